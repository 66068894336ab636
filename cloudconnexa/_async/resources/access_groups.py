"""`client.access_groups`: access groups, their sources and destinations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cloudconnexa_generated.v1_2_3.models.access_group_request import AccessGroupRequest
from cloudconnexa_generated.v1_2_3.models.access_group_response import AccessGroupResponse
from cloudconnexa_generated.v1_2_3.models.access_item_destination_request import (
    AccessItemDestinationRequest,
)
from cloudconnexa_generated.v1_2_3.models.access_item_destination_request_type import (
    AccessItemDestinationRequestType,
)
from cloudconnexa_generated.v1_2_3.models.access_item_source_request import (
    AccessItemSourceRequest,
)
from cloudconnexa_generated.v1_2_3.models.access_item_source_request_type import (
    AccessItemSourceRequestType,
)
from cloudconnexa_generated.v1_2_3.models.page_access_group_response import (
    PageAccessGroupResponse,
)
from cloudconnexa_generated.v1_2_3.models.remove_access_group_destination_type import (
    RemoveAccessGroupDestinationType,
)
from cloudconnexa_generated.v1_2_3.models.remove_access_group_source_type import (
    RemoveAccessGroupSourceType,
)

from ..._base_client import NOT_GIVEN, NotGiven
from ..._params import Id, build_body, check_choice, check_id
from ..._parsing import parse_model
from .._resource import AsyncCrudResource, CrudOperations

__all__ = ["AsyncAccessGroups"]

SourceItem = AccessItemSourceRequest | Mapping[str, Any]
DestinationItem = AccessItemDestinationRequest | Mapping[str, Any]


class AsyncAccessGroups(AsyncCrudResource[AccessGroupResponse]):
    """Access groups: `list`, `get`, `create`, `update`, `delete`, and `add_source`,
    `remove_source`, `add_destination`, `remove_destination` to edit one in place.

    Sources and destinations take a request model or a mapping in the API's field names
    (`type`, `allCovered`, `parent`, `children`).

    Example:
        group = await aclient.access_groups.create(
            name="Eng to prod",
            source=[{"type": "USER_GROUP", "allCovered": False, "children": [eng.id]}],
            destination=[{"type": "NETWORK_SERVICE", "allCovered": True, "parent": net.id}],
        )
        await aclient.access_groups.add_source(group.id, type="USER_GROUP", children=[ops.id])
        await aclient.access_groups.remove_source(group.id, type="USER_GROUP", child_id=ops.id)
    """

    _operations = CrudOperations(
        list="access_group.list_access_groups",
        get="access_group.get_access_group",
        create="access_group.create_access_group",
        update="access_group.update_access_group",
        delete="access_group.delete_access_group",
    )
    _model = AccessGroupResponse
    _page_model = PageAccessGroupResponse
    _request_model = AccessGroupRequest
    _noun = "access group"

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        source: Sequence[SourceItem] | NotGiven = NOT_GIVEN,
        destination: Sequence[DestinationItem] | NotGiven = NOT_GIVEN,
        body: AccessGroupRequest | Any | None = None,
    ) -> AccessGroupResponse:
        """Create an access group from keyword fields, or from `body` (a model of either API
        version, or a mapping in the API's field names)."""
        fields = {"name": name, "description": description, "source": source,
                  "destination": destination}  # fmt: skip
        return await self._create(body, fields)

    async def update(
        self,
        id: Id,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        source: Sequence[SourceItem] | NotGiven = NOT_GIVEN,
        destination: Sequence[DestinationItem] | NotGiven = NOT_GIVEN,
        body: AccessGroupRequest | Any | None = None,
    ) -> AccessGroupResponse:
        """Replace an access group (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "description": description, "source": source,
                  "destination": destination}  # fmt: skip
        return await self._update(id, body, fields)

    async def add_source(
        self,
        id: Id,
        *,
        type: AccessItemSourceRequestType | str | NotGiven = NOT_GIVEN,
        all_covered: bool | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        children: Sequence[str] | NotGiven = NOT_GIVEN,
        body: AccessItemSourceRequest | Any | None = None,
    ) -> AccessGroupResponse:
        """Add one source item (e.g. user groups) to an access group; returns the group."""
        fields = {"type": type, "allCovered": all_covered, "parent": parent, "children": children}
        return await self._edit(
            "access_group.add_access_group_source",
            id,
            body=build_body(AccessItemSourceRequest, body, fields),
        )

    async def add_destination(
        self,
        id: Id,
        *,
        type: AccessItemDestinationRequestType | str | NotGiven = NOT_GIVEN,
        all_covered: bool | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        children: Sequence[str] | NotGiven = NOT_GIVEN,
        body: AccessItemDestinationRequest | Any | None = None,
    ) -> AccessGroupResponse:
        """Add one destination item (e.g. network services) to an access group."""
        fields = {"type": type, "allCovered": all_covered, "parent": parent, "children": children}
        return await self._edit(
            "access_group.add_access_group_destination",
            id,
            body=build_body(AccessItemDestinationRequest, body, fields),
        )

    async def remove_source(
        self,
        id: Id,
        *,
        type: RemoveAccessGroupSourceType | str,
        parent_id: Id | None = None,
        child_id: Id | None = None,
    ) -> AccessGroupResponse:
        """Remove a source (a parent, or one child of it) from an access group."""
        return await self._edit(
            "access_group.remove_access_group_source",
            id,
            type_=check_choice(RemoveAccessGroupSourceType, type, "type"),
            **_item_ids(parent_id, child_id),
        )

    async def remove_destination(
        self,
        id: Id,
        *,
        type: RemoveAccessGroupDestinationType | str,
        parent_id: Id | None = None,
        child_id: Id | None = None,
    ) -> AccessGroupResponse:
        """Remove a destination (a parent, or one child of it) from an access group."""
        return await self._edit(
            "access_group.remove_access_group_destination",
            id,
            type_=check_choice(RemoveAccessGroupDestinationType, type, "type"),
            **_item_ids(parent_id, child_id),
        )

    async def _edit(self, operation: str, id: Id, **arguments: Any) -> AccessGroupResponse:
        response = await self._send(operation, id=check_id(id), **arguments)
        return parse_model(response, AccessGroupResponse)


def _item_ids(parent_id: Id | None, child_id: Id | None) -> dict[str, str]:
    ids = {"parent_id": parent_id, "child_id": child_id}
    return {name: check_id(value, name) for name, value in ids.items() if value is not None}
