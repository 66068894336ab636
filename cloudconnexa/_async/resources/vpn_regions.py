"""`client.vpn_regions`: the VPN regions a WPC can use."""

from __future__ import annotations

from cloudconnexa_generated.v1_2_3.models.vpn_region_response import VpnRegionResponse

from ..._parsing import parse_model_list
from .._resource import AsyncAPIResource

__all__ = ["AsyncVpnRegions"]


class AsyncVpnRegions(AsyncAPIResource):
    """VPN regions: `list` (one request; the endpoint is not paged).

    Example:
        regions = await aclient.vpn_regions.list()
        print([region.id for region in regions])
    """

    async def list(self) -> list[VpnRegionResponse]:
        """Every VPN region, in one list."""
        return parse_model_list(await self._send("region.list_vpn_regions"), VpnRegionResponse)
