"""`client.user_groups`: user groups of the WPC."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cloudconnexa_generated.v1_2_3.models.page_user_group_response import PageUserGroupResponse
from cloudconnexa_generated.v1_2_3.models.tunnel_bypass_request import TunnelBypassRequest
from cloudconnexa_generated.v1_2_3.models.user_group_request import UserGroupRequest
from cloudconnexa_generated.v1_2_3.models.user_group_request_connect_auth import (
    UserGroupRequestConnectAuth,
)
from cloudconnexa_generated.v1_2_3.models.user_group_request_internet_access import (
    UserGroupRequestInternetAccess,
)
from cloudconnexa_generated.v1_2_3.models.user_group_response import UserGroupResponse

from ..._base_client import NOT_GIVEN, NotGiven
from ..._params import Id
from .._resource import AsyncScannableResource, CrudOperations

__all__ = ["AsyncUserGroups"]


class AsyncUserGroups(AsyncScannableResource[UserGroupResponse]):
    """User groups: `list`, `get`, `get_many`, `create`, `update`, `delete`.

    `get` and `get_many` work on both API versions: v1.1.0 has a single-record read; on v1.0
    the SDK scans the listing (1000 groups per request) and stops at the first match.

    Example:
        group = await aclient.user_groups.create(
            name="Engineering", internet_access="SPLIT_TUNNEL_ON", vpn_region_ids=["eu-central-1"]
        )
        same = await aclient.user_groups.get(group.id)
    """

    _operations = CrudOperations(
        list="user_group.list_user_groups",
        get="user_group.get_user_group",
        create="user_group.create_user_group",
        update="user_group.update_user_group",
        delete="user_group.delete_user_group",
    )
    _model = UserGroupResponse
    _page_model = PageUserGroupResponse
    _request_model = UserGroupRequest
    _noun = "user group"

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        vpn_region_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        internet_access: UserGroupRequestInternetAccess | str | NotGiven = NOT_GIVEN,
        max_device: int | NotGiven = NOT_GIVEN,
        connect_auth: UserGroupRequestConnectAuth | str | NotGiven = NOT_GIVEN,
        all_regions_included: bool | NotGiven = NOT_GIVEN,
        gateways_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        tunnel_bypass: TunnelBypassRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        body: UserGroupRequest | Any | None = None,
    ) -> UserGroupResponse:
        """Create a user group from keyword fields, or from `body` (a model of any API
        version, or a mapping in the API's field names). `tunnel_bypass` (subnets that bypass
        the tunnel, e.g. `{"ipv4Subnets": ["10.9.0.0/16"]}`) needs API v1.2.3."""
        fields = {"name": name, "vpnRegionIds": vpn_region_ids, "internetAccess": internet_access,
                  "maxDevice": max_device, "connectAuth": connect_auth,
                  "allRegionsIncluded": all_regions_included,
                  "gatewaysIds": gateways_ids, "tunnelBypass": tunnel_bypass}  # fmt: skip
        return await self._create(body, fields)

    async def update(
        self,
        id: Id,
        *,
        name: str | NotGiven = NOT_GIVEN,
        vpn_region_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        internet_access: UserGroupRequestInternetAccess | str | NotGiven = NOT_GIVEN,
        max_device: int | NotGiven = NOT_GIVEN,
        connect_auth: UserGroupRequestConnectAuth | str | NotGiven = NOT_GIVEN,
        all_regions_included: bool | NotGiven = NOT_GIVEN,
        gateways_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        tunnel_bypass: TunnelBypassRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        body: UserGroupRequest | Any | None = None,
    ) -> UserGroupResponse:
        """Replace a user group (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "vpnRegionIds": vpn_region_ids, "internetAccess": internet_access,
                  "maxDevice": max_device, "connectAuth": connect_auth,
                  "allRegionsIncluded": all_regions_included,
                  "gatewaysIds": gateways_ids, "tunnelBypass": tunnel_bypass}  # fmt: skip
        return await self._update(id, body, fields)
