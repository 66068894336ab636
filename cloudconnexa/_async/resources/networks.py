"""`client.networks`: networks, and their connectors, routes, IP services and applications."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, TypeVar

import httpx

from cloudconnexa_generated.v1_2_3.models.generate_network_connector_bundle_type import (
    GenerateNetworkConnectorBundleType,
)
from cloudconnexa_generated.v1_2_3.models.ip_sec_config_request import IpSecConfigRequest
from cloudconnexa_generated.v1_2_3.models.network_application_request import (
    NetworkApplicationRequest,
)
from cloudconnexa_generated.v1_2_3.models.network_application_response import (
    NetworkApplicationResponse,
)
from cloudconnexa_generated.v1_2_3.models.network_application_route_request import (
    NetworkApplicationRouteRequest,
)
from cloudconnexa_generated.v1_2_3.models.network_connector_request import (
    NetworkConnectorRequest,
)
from cloudconnexa_generated.v1_2_3.models.network_connector_response import (
    NetworkConnectorResponse,
)
from cloudconnexa_generated.v1_2_3.models.network_create_request import NetworkCreateRequest
from cloudconnexa_generated.v1_2_3.models.network_create_request_internet_access import (
    NetworkCreateRequestInternetAccess,
)
from cloudconnexa_generated.v1_2_3.models.network_ip_service_request import (
    NetworkIpServiceRequest,
)
from cloudconnexa_generated.v1_2_3.models.network_ip_service_request_type import (
    NetworkIpServiceRequestType,
)
from cloudconnexa_generated.v1_2_3.models.network_ip_service_response import (
    NetworkIpServiceResponse,
)
from cloudconnexa_generated.v1_2_3.models.network_response import NetworkResponse
from cloudconnexa_generated.v1_2_3.models.network_route_request import NetworkRouteRequest
from cloudconnexa_generated.v1_2_3.models.network_route_response import NetworkRouteResponse
from cloudconnexa_generated.v1_2_3.models.network_update_request import NetworkUpdateRequest
from cloudconnexa_generated.v1_2_3.models.network_update_request_internet_access import (
    NetworkUpdateRequestInternetAccess,
)
from cloudconnexa_generated.v1_2_3.models.network_update_request_tunneling_protocol import (
    NetworkUpdateRequestTunnelingProtocol,
)
from cloudconnexa_generated.v1_2_3.models.page_network_application_response import (
    PageNetworkApplicationResponse,
)
from cloudconnexa_generated.v1_2_3.models.page_network_connector_response import (
    PageNetworkConnectorResponse,
)
from cloudconnexa_generated.v1_2_3.models.page_network_ip_service_response import (
    PageNetworkIpServiceResponse,
)
from cloudconnexa_generated.v1_2_3.models.page_network_response import PageNetworkResponse
from cloudconnexa_generated.v1_2_3.models.page_network_route_response import (
    PageNetworkRouteResponse,
)
from cloudconnexa_generated.v1_2_3.models.service_config_request import ServiceConfigRequest
from cloudconnexa_generated.v1_2_3.models.service_route_request import ServiceRouteRequest

from ..._base_client import NOT_GIVEN, NotGiven
from ..._constants import DEFAULT_PAGE_SIZE
from ..._params import Id, check_id
from ..._versions import refuse_removed_ipsec_fields
from .._paginator import AsyncPaginator
from .._resource import AsyncAPIResource, AsyncChildResource, AsyncCrudResource, CrudOperations
from ._applications import AsyncApplicationsBase
from ._connectors import AsyncConnectorVerbs, ConnectorOperations

__all__ = [
    "AsyncNetworkApplications",
    "AsyncNetworkConnectors",
    "AsyncNetworkIpServices",
    "AsyncNetworkRoutes",
    "AsyncNetworks",
]

ModelT = TypeVar("ModelT")
_Json = Mapping[str, Any]
"""A nested request object may be given as a model or as a mapping in wire names."""


class _IpSecChecked(AsyncAPIResource):
    """Refuses, before sending, the IPsec certificate fields that API v1.2.3 removed."""

    async def _send(self, operation: str, **arguments: Any) -> httpx.Response:
        if arguments.get("body") is not None:
            refuse_removed_ipsec_fields(await self._api_version(), arguments["body"])
        return await super()._send(operation, **arguments)


class _NetworkChildResource(AsyncChildResource[ModelT]):
    """A record that belongs to one network: its listing can be narrowed to that network."""

    _parent_param = "network_id"

    def list(self, *, network_id: Id | None = None, page_size: int = DEFAULT_PAGE_SIZE) -> AsyncPaginator[ModelT]:
        """Every record, or those of `network_id` only, fetched lazily page by page.

        Example:
            async for item in aclient.networks.routes.list(network_id=network.id):
                print(item.id)
        """
        return self._list_of(network_id, page_size)


class AsyncNetworkConnectors(
    _IpSecChecked,
    _NetworkChildResource[NetworkConnectorResponse],
    AsyncConnectorVerbs[GenerateNetworkConnectorBundleType],
):
    """Network connectors: CRUD, .ovpn profiles, installer bundles and IPsec tunnels.

    Example:
        connector = await aclient.networks.connectors.create(
            network_id=network.id, name="office-gw", vpn_region_id="eu-central-1"
        )
        profile = await aclient.networks.connectors.generate_profile(connector.id)
    """

    _operations = CrudOperations(
        list="network.list_network_connectors",
        get="network.get_network_connector",
        create="network.create_network_connector",
        update="network.update_network_connector",
        delete="network.delete_network_connector",
    )
    _model = NetworkConnectorResponse
    _page_model = PageNetworkConnectorResponse
    _request_model = NetworkConnectorRequest
    _noun = "network connector"
    _connector_operations = ConnectorOperations(
        generate_profile="network.generate_network_connector_profile",
        revoke_profile="network.revoke_network_connector_profile",
        generate_profile_token="network.generate_network_connector_profile_token",
        generate_bundle="network.generate_network_connector_bundle",
        suspend="network.suspend_network_connector",
        activate="network.activate_network_connector",
    )
    _bundle_types = GenerateNetworkConnectorBundleType

    async def create(
        self,
        *,
        network_id: Id,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        vpn_region_id: Id | NotGiven = NOT_GIVEN,
        ip_sec_config: IpSecConfigRequest | _Json | NotGiven = NOT_GIVEN,
        body: NetworkConnectorRequest | Any | None = None,
    ) -> NetworkConnectorResponse:
        """Add a connector to `network_id`, from keyword fields or from `body`."""
        fields = {"name": name, "description": description, "vpnRegionId": vpn_region_id,
                  "ipSecConfig": ip_sec_config}  # fmt: skip
        return await self._create_in(network_id, body, fields)

    async def update(
        self,
        id: Id,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        vpn_region_id: Id | NotGiven = NOT_GIVEN,
        ip_sec_config: IpSecConfigRequest | _Json | NotGiven = NOT_GIVEN,
        body: NetworkConnectorRequest | Any | None = None,
    ) -> NetworkConnectorResponse:
        """Replace a connector (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "description": description, "vpnRegionId": vpn_region_id,
                  "ipSecConfig": ip_sec_config}  # fmt: skip
        return await self._update(id, body, fields)

    async def start_ipsec(self, id: Id) -> None:
        """Start the connector's IPsec tunnel."""
        await self._send("network.start_network_connector_ipsec", id=check_id(id))

    async def stop_ipsec(self, id: Id) -> None:
        """Stop the connector's IPsec tunnel."""
        await self._send("network.stop_network_connector_ipsec", id=check_id(id))


class AsyncNetworkRoutes(_NetworkChildResource[NetworkRouteResponse]):
    """Routes (subnets or domains) a network makes reachable.

    Example:
        route = await aclient.networks.routes.create(network_id=network.id, value="10.1.0.0/16")
    """

    _operations = CrudOperations(
        list="network.list_network_routes",
        get="network.get_network_route",
        create="network.create_network_route",
        update="network.update_network_route",
        delete="network.delete_network_route",
    )
    _model = NetworkRouteResponse
    _page_model = PageNetworkRouteResponse
    _request_model = NetworkRouteRequest
    _noun = "network route"

    async def create(
        self,
        *,
        network_id: Id,
        value: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: NetworkRouteRequest | Any | None = None,
    ) -> NetworkRouteResponse:
        """Add a route to `network_id`, from keyword fields or from `body`."""
        fields = {"value": value, "description": description}
        return await self._create_in(network_id, body, fields)

    async def update(
        self,
        id: Id,
        *,
        value: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        body: NetworkRouteRequest | Any | None = None,
    ) -> NetworkRouteResponse:
        """Replace a route (PUT: fields you leave out are cleared, not kept)."""
        return await self._update(id, body, {"value": value, "description": description})


class AsyncNetworkIpServices(_NetworkChildResource[NetworkIpServiceResponse]):
    """IP services a network publishes (protocols and ports on its routes).

    Example:
        service = await aclient.networks.ip_services.create(
            network_id=network.id, name="ssh", type="SERVICE_DESTINATION",
            routes=[{"value": "10.1.0.10/32"}], config={"serviceTypes": ["SSH"]},
        )
    """

    _operations = CrudOperations(
        list="network.list_network_ip_services",
        get="network.get_network_ip_service",
        create="network.create_network_ip_service",
        update="network.update_network_ip_service",
        delete="network.delete_network_ip_service",
    )
    _model = NetworkIpServiceResponse
    _page_model = PageNetworkIpServiceResponse
    _request_model = NetworkIpServiceRequest
    _noun = "network IP service"

    async def create(
        self,
        *,
        network_id: Id,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        routes: Sequence[ServiceRouteRequest | _Json] | NotGiven = NOT_GIVEN,
        config: ServiceConfigRequest | _Json | NotGiven = NOT_GIVEN,
        type: NetworkIpServiceRequestType | str | NotGiven = NOT_GIVEN,
        body: NetworkIpServiceRequest | Any | None = None,
    ) -> NetworkIpServiceResponse:
        """Add an IP service to `network_id`, from keyword fields or from `body`."""
        fields = {"name": name, "description": description, "routes": routes,
                  "config": config, "type": type}  # fmt: skip
        return await self._create_in(network_id, body, fields)

    async def update(
        self,
        id: Id,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        routes: Sequence[ServiceRouteRequest | _Json] | NotGiven = NOT_GIVEN,
        config: ServiceConfigRequest | _Json | NotGiven = NOT_GIVEN,
        type: NetworkIpServiceRequestType | str | NotGiven = NOT_GIVEN,
        body: NetworkIpServiceRequest | Any | None = None,
    ) -> NetworkIpServiceResponse:
        """Replace an IP service (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "description": description, "routes": routes,
                  "config": config, "type": type}  # fmt: skip
        return await self._update(id, body, fields)


class AsyncNetworkApplications(
    _NetworkChildResource[NetworkApplicationResponse], AsyncApplicationsBase[NetworkApplicationResponse]
):
    """Applications (domain-based services) a network publishes.

    Example:
        app = await aclient.networks.applications.create(
            network_id=network.id, name="wiki", routes=[{"value": "wiki.internal"}],
            config={"serviceTypes": ["HTTPS"]},
        )
    """

    _operations = CrudOperations(
        list="network.list_network_applications",
        get="network.get_network_application",
        create="network.create_network_application",
        update="network.update_network_application",
        delete="network.delete_network_application",
    )
    _noun = "network application"
    _model = NetworkApplicationResponse
    _page_model = PageNetworkApplicationResponse
    _request_model = NetworkApplicationRequest

    async def create(
        self,
        *,
        network_id: Id,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        routes: Sequence[NetworkApplicationRouteRequest | _Json] | NotGiven = NOT_GIVEN,
        config: ServiceConfigRequest | _Json | NotGiven = NOT_GIVEN,
        body: NetworkApplicationRequest | Any | None = None,
    ) -> NetworkApplicationResponse:
        """Add an application to `network_id`, from keyword fields or from `body`."""
        fields = {"name": name, "description": description, "routes": routes, "config": config}
        return await self._create_in(network_id, body, fields)


class AsyncNetworks(_IpSecChecked, AsyncCrudResource[NetworkResponse]):
    """Networks: `list`, `get`, `create`, `update`, `delete`, and the `connectors`, `routes`,
    `ip_services` and `applications` that belong to them.

    Example:
        network = await aclient.networks.create(
            name="office", internet_access="SPLIT_TUNNEL_ON", egress=False,
            connectors=[{"name": "office-gw", "vpnRegionId": "eu-central-1"}],
        )
        async for route in aclient.networks.routes.list(network_id=network.id):
            print(route.subnet)
    """

    _operations = CrudOperations(
        list="network.list_networks",
        get="network.get_network",
        create="network.create_network",
        update="network.update_network",
        delete="network.delete_network",
    )
    _model = NetworkResponse
    _page_model = PageNetworkResponse
    _request_model = NetworkCreateRequest
    _update_model = NetworkUpdateRequest
    _noun = "network"

    @cached_property
    def connectors(self) -> AsyncNetworkConnectors:
        """Connectors of networks (`list(network_id=...)`, profiles, bundles, IPsec)."""
        return AsyncNetworkConnectors(self._client)

    @cached_property
    def routes(self) -> AsyncNetworkRoutes:
        """Routes of networks."""
        return AsyncNetworkRoutes(self._client)

    @cached_property
    def ip_services(self) -> AsyncNetworkIpServices:
        """IP services of networks."""
        return AsyncNetworkIpServices(self._client)

    @cached_property
    def applications(self) -> AsyncNetworkApplications:
        """Applications of networks."""
        return AsyncNetworkApplications(self._client)

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        internet_access: NetworkCreateRequestInternetAccess | str | NotGiven = NOT_GIVEN,
        egress: bool | NotGiven = NOT_GIVEN,
        routes: Sequence[NetworkRouteRequest | _Json] | NotGiven = NOT_GIVEN,
        connectors: Sequence[NetworkConnectorRequest | _Json] | NotGiven = NOT_GIVEN,
        tunneling_protocol: str | NotGiven = NOT_GIVEN,
        gateways_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        body: NetworkCreateRequest | Any | None = None,
    ) -> NetworkResponse:
        """Create a network (with its first routes and connectors) from keyword fields, or
        from `body` (a model of either API version, or a mapping in the API's field names)."""
        fields = {"name": name, "description": description, "internetAccess": internet_access,
                  "egress": egress, "routes": routes, "connectors": connectors,
                  "tunnelingProtocol": tunneling_protocol, "gatewaysIds": gateways_ids}  # fmt: skip
        return await self._create(body, fields)

    async def update(
        self,
        id: Id,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        egress: bool | NotGiven = NOT_GIVEN,
        internet_access: NetworkUpdateRequestInternetAccess | str | NotGiven = NOT_GIVEN,
        gateways_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        tunneling_protocol: NetworkUpdateRequestTunnelingProtocol | str | NotGiven = NOT_GIVEN,
        body: NetworkUpdateRequest | Any | None = None,
    ) -> NetworkResponse:
        """Replace a network's settings (PUT: fields you leave out are cleared, not kept).

        Routes and connectors are not part of an update: use `routes` and `connectors`.
        """
        fields = {"name": name, "description": description, "egress": egress,
                  "internetAccess": internet_access, "gatewaysIds": gateways_ids,
                  "tunnelingProtocol": tunneling_protocol}  # fmt: skip
        return await self._update(id, body, fields)
