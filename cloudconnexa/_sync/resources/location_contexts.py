# Generated from cloudconnexa/_async/resources/location_contexts.py by scripts/unasync.py. Do not edit.
"""`client.location_contexts`: location context policies."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cloudconnexa_generated.v1_2_3.models.country_check_request import CountryCheckRequest
from cloudconnexa_generated.v1_2_3.models.default_check_request import DefaultCheckRequest
from cloudconnexa_generated.v1_2_3.models.ip_check_request import IpCheckRequest
from cloudconnexa_generated.v1_2_3.models.location_context_request import LocationContextRequest
from cloudconnexa_generated.v1_2_3.models.location_context_response import (
    LocationContextResponse,
)
from cloudconnexa_generated.v1_2_3.models.page_location_context_response import (
    PageLocationContextResponse,
)

from ..._base_client import NOT_GIVEN, NotGiven
from ..._params import Id
from .._resource import CrudResource, CrudOperations

__all__ = ["LocationContexts"]


class LocationContexts(CrudResource[LocationContextResponse]):
    """Location context policies: `list`, `get`, `create`, `update`, `delete`.

    The checks (`ip_check`, `country_check`, `default_check`) take a request model or a
    mapping in the API's field names.

    Example:
        policy = client.location_contexts.create(
            name="EU only", user_groups_ids=[group.id],
            country_check={"allowed": True, "countries": ["DE", "FR"]},
            default_check={"allowed": False},
        )
    """

    _operations = CrudOperations(
        list="location_context.list_location_contexts",
        get="location_context.get_location_context",
        create="location_context.create_location_context",
        update="location_context.update_location_context",
        delete="location_context.delete_location_context",
    )
    _model = LocationContextResponse
    _page_model = PageLocationContextResponse
    _request_model = LocationContextRequest
    _noun = "location context"

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        user_groups_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        ip_check: IpCheckRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        country_check: CountryCheckRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        default_check: DefaultCheckRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        body: LocationContextRequest | Any | None = None,
    ) -> LocationContextResponse:
        """Create a location context policy from keyword fields, or from `body` (a model of
        either API version, or a mapping in the API's field names)."""
        fields = {"name": name, "description": description, "userGroupsIds": user_groups_ids,
                  "ipCheck": ip_check, "countryCheck": country_check,
                  "defaultCheck": default_check}  # fmt: skip
        return self._create(body, fields)

    def update(
        self,
        id: Id,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        user_groups_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        ip_check: IpCheckRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        country_check: CountryCheckRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        default_check: DefaultCheckRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        body: LocationContextRequest | Any | None = None,
    ) -> LocationContextResponse:
        """Replace a location context policy (PUT: fields you leave out are cleared)."""
        fields = {"name": name, "description": description, "userGroupsIds": user_groups_ids,
                  "ipCheck": ip_check, "countryCheck": country_check,
                  "defaultCheck": default_check}  # fmt: skip
        return self._update(id, body, fields)
