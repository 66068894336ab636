"""What network and host applications share: the models and `update`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cloudconnexa_generated.v1_1_0.models.application_request import ApplicationRequest
from cloudconnexa_generated.v1_1_0.models.application_response import ApplicationResponse
from cloudconnexa_generated.v1_1_0.models.application_route_request import (
    ApplicationRouteRequest,
)
from cloudconnexa_generated.v1_1_0.models.page_application_response import (
    PageApplicationResponse,
)
from cloudconnexa_generated.v1_1_0.models.service_config_request import ServiceConfigRequest

from ..._base_client import NOT_GIVEN, NotGiven
from ..._params import Id
from .._resource import AsyncChildResource

__all__ = ["AsyncApplicationsBase"]

_Json = Mapping[str, Any]


class AsyncApplicationsBase(AsyncChildResource[ApplicationResponse]):
    """Applications (domain-based services) of a network or a host; subclasses declare
    `_operations`, `_noun` and a `create` that takes their parent's keyword.

    Example:
        class AsyncHostApplications(_HostChildResource[ApplicationResponse], AsyncApplicationsBase):
            _operations = CrudOperations(list="host.list_host_applications", ...)
            _noun = "host application"
    """

    _model = ApplicationResponse
    _page_model = PageApplicationResponse
    _request_model = ApplicationRequest

    async def update(
        self,
        id: Id,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        routes: Sequence[ApplicationRouteRequest | _Json] | NotGiven = NOT_GIVEN,
        config: ServiceConfigRequest | _Json | NotGiven = NOT_GIVEN,
        body: ApplicationRequest | Any | None = None,
    ) -> ApplicationResponse:
        """Replace an application (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "description": description, "routes": routes, "config": config}
        return await self._update(id, body, fields)
