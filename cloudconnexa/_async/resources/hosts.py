"""`client.hosts`: hosts, and their connectors, IP services and applications."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, TypeVar

from cloudconnexa_generated.v1_1_0.models.application_request import ApplicationRequest
from cloudconnexa_generated.v1_1_0.models.application_response import ApplicationResponse
from cloudconnexa_generated.v1_1_0.models.application_route_request import (
    ApplicationRouteRequest,
)
from cloudconnexa_generated.v1_1_0.models.generate_host_connector_bundle_type import (
    GenerateHostConnectorBundleType,
)
from cloudconnexa_generated.v1_1_0.models.host_connector_request import HostConnectorRequest
from cloudconnexa_generated.v1_1_0.models.host_connector_response import HostConnectorResponse
from cloudconnexa_generated.v1_1_0.models.host_create_request import HostCreateRequest
from cloudconnexa_generated.v1_1_0.models.host_create_request_internet_access import (
    HostCreateRequestInternetAccess,
)
from cloudconnexa_generated.v1_1_0.models.host_ip_service_request import HostIpServiceRequest
from cloudconnexa_generated.v1_1_0.models.host_ip_service_response import HostIpServiceResponse
from cloudconnexa_generated.v1_1_0.models.host_response import HostResponse
from cloudconnexa_generated.v1_1_0.models.host_update_request import HostUpdateRequest
from cloudconnexa_generated.v1_1_0.models.host_update_request_internet_access import (
    HostUpdateRequestInternetAccess,
)
from cloudconnexa_generated.v1_1_0.models.page_application_response import (
    PageApplicationResponse,
)
from cloudconnexa_generated.v1_1_0.models.page_host_connector_response import (
    PageHostConnectorResponse,
)
from cloudconnexa_generated.v1_1_0.models.page_host_ip_service_response import (
    PageHostIpServiceResponse,
)
from cloudconnexa_generated.v1_1_0.models.page_host_response import PageHostResponse
from cloudconnexa_generated.v1_1_0.models.service_config_request import ServiceConfigRequest

from ..._base_client import NOT_GIVEN, NotGiven
from ..._compat import host_ip_service_body_for_v1_0
from ..._constants import DEFAULT_PAGE_SIZE
from ..._params import build_body, check_id
from ..._parsing import parse_bool, parse_model, parse_text
from .._paginator import AsyncPaginator
from .._resource import AsyncCrudResource, CrudOperations

__all__ = [
    "AsyncHostApplications",
    "AsyncHostConnectors",
    "AsyncHostIpServices",
    "AsyncHosts",
]

ModelT = TypeVar("ModelT")
_Json = Mapping[str, Any]
"""A nested request object may be given as a model or as a mapping in wire names."""


class _HostChildResource(AsyncCrudResource[ModelT]):
    """A record that belongs to one host: its listing can be narrowed to that host."""

    def list(self, *, host_id: str | None = None, page_size: int = DEFAULT_PAGE_SIZE) -> AsyncPaginator[ModelT]:
        """Every record, or those of `host_id` only, fetched lazily page by page.

        Example:
            async for item in aclient.hosts.connectors.list(host_id=host.id):
                print(item.id)
        """
        if host_id is None:
            return self._list(page_size)
        return self._list(page_size, host_id=check_id(host_id, "host_id"))


class AsyncHostConnectors(_HostChildResource[HostConnectorResponse]):
    """Host connectors: CRUD, .ovpn profiles and installer bundles.

    Example:
        connector = await aclient.hosts.connectors.create(
            host_id=host.id, name="db-1", vpn_region_id="eu-central-1"
        )
        token = await aclient.hosts.connectors.generate_profile_token(connector.id)
    """

    _operations = CrudOperations(
        list="host.list_host_connectors",
        get="host.get_host_connector",
        create="host.create_host_connector",
        update="host.update_host_connector",
        delete="host.delete_host_connector",
    )
    _model = HostConnectorResponse
    _page_model = PageHostConnectorResponse
    _request_model = HostConnectorRequest
    _noun = "host connector"

    async def create(
        self,
        *,
        host_id: str,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        vpn_region_id: str | NotGiven = NOT_GIVEN,
        body: HostConnectorRequest | Any | None = None,
    ) -> HostConnectorResponse:
        """Add a connector to `host_id`, from keyword fields or from `body`."""
        fields = {"name": name, "description": description, "vpnRegionId": vpn_region_id}
        return await self._create(body, fields, host_id=check_id(host_id, "host_id"))

    async def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        vpn_region_id: str | NotGiven = NOT_GIVEN,
        body: HostConnectorRequest | Any | None = None,
    ) -> HostConnectorResponse:
        """Replace a connector (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "description": description, "vpnRegionId": vpn_region_id}
        return await self._update(id, body, fields)

    async def generate_profile(self, id: str) -> str:
        """A new .ovpn profile for the connector, as text."""
        response = await self._send("host.generate_host_connector_profile", id=check_id(id))
        return parse_text(response)

    async def revoke_profile(self, id: str) -> bool:
        """Revoke the connector's profile; the API's boolean answer."""
        response = await self._send("host.revoke_host_connector_profile", id=check_id(id))
        return parse_bool(response)

    async def generate_profile_token(self, id: str) -> str:
        """A one-time token the connector uses to fetch its encrypted profile."""
        operation = "host.generate_host_connector_profile_token"
        return parse_text(await self._send(operation, id=check_id(id)))

    async def generate_bundle(self, id: str, *, type: Literal["MSI", "DMG"] | GenerateHostConnectorBundleType) -> str:
        """An installer bundle for the connector: `type="MSI"` (Windows) or `"DMG"` (macOS)."""
        response = await self._send("host.generate_host_connector_bundle", id=check_id(id), type_=_bundle_type(type))
        return parse_text(response)


def _bundle_type(value: object) -> GenerateHostConnectorBundleType:
    # The generated enum keeps unknown values (lenient parsing), so check membership here:
    # an unknown bundle type is a caller's typo, not a new server value.
    allowed = [member.value for member in GenerateHostConnectorBundleType]
    if value not in allowed:
        raise ValueError(f"type must be one of {allowed}, not {value!r}")
    return GenerateHostConnectorBundleType(value)


class AsyncHostIpServices(_HostChildResource[HostIpServiceResponse]):
    """IP services a host publishes, in the v1.1.0 shape on both API versions.

    You always pass the v1.1.0 fields (`name`, `description`, `config`) and always get
    `HostIpServiceResponse` back. On a v1.0 server the request is sent as the v1.0
    `ServiceRequest` (`type` SERVICE_DESTINATION, empty `routes`, unless a v1.0 `body=` sets
    them) and the v1.0 extras in the answer stay in `additional_properties`.

    Example:
        service = await aclient.hosts.ip_services.create(
            host_id=host.id, name="postgres",
            config={"customServiceTypes": [{"protocol": "TCP", "port": [{"lowerValue": 5432}]}]},
        )
    """

    _operations = CrudOperations(
        list="host.list_host_ip_services",
        get="host.get_host_ip_service",
        create="host.create_host_ip_service",
        update="host.update_host_ip_service",
        delete="host.delete_host_ip_service",
    )
    _model = HostIpServiceResponse
    _page_model = PageHostIpServiceResponse
    _request_model = HostIpServiceRequest
    _noun = "host IP service"

    async def create(
        self,
        *,
        host_id: str,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        config: ServiceConfigRequest | _Json | NotGiven = NOT_GIVEN,
        body: HostIpServiceRequest | Any | None = None,
    ) -> HostIpServiceResponse:
        """Add an IP service to `host_id`, from keyword fields or from `body` (a model of
        either API version, or a mapping in the API's field names)."""
        fields = {"name": name, "description": description, "config": config}
        request = self._request_for_version(body, fields)
        response = await self._send(self._operations.create, body=request, host_id=check_id(host_id, "host_id"))
        return parse_model(response, HostIpServiceResponse)

    async def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        config: ServiceConfigRequest | _Json | NotGiven = NOT_GIVEN,
        body: HostIpServiceRequest | Any | None = None,
    ) -> HostIpServiceResponse:
        """Replace an IP service (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "description": description, "config": config}
        request = self._request_for_version(body, fields)
        response = await self._send(self._operations.update, id=check_id(id), body=request)
        return parse_model(response, HostIpServiceResponse)

    def _request_for_version(self, body: object, fields: Mapping[str, Any]) -> Any:
        """The request model the client's API version expects (the only version branch)."""
        request = build_body(HostIpServiceRequest, body, fields)
        if self._client.api_version != "1.0":
            return request
        # Imported here: only a v1.0 client needs the v1.0 models.
        from cloudconnexa_generated.v1_0.models.service_request import ServiceRequest

        return ServiceRequest.from_dict(host_ip_service_body_for_v1_0(request.to_dict()))


class AsyncHostApplications(_HostChildResource[ApplicationResponse]):
    """Applications (domain-based services) a host publishes.

    Example:
        app = await aclient.hosts.applications.create(
            host_id=host.id, name="grafana", routes=[{"value": "grafana.internal"}],
            config={"serviceTypes": ["HTTPS"]},
        )
    """

    _operations = CrudOperations(
        list="host.list_host_applications",
        get="host.get_host_application",
        create="host.create_host_application",
        update="host.update_host_application",
        delete="host.delete_host_application",
    )
    _model = ApplicationResponse
    _page_model = PageApplicationResponse
    _request_model = ApplicationRequest
    _noun = "host application"

    async def create(
        self,
        *,
        host_id: str,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        routes: Sequence[ApplicationRouteRequest | _Json] | NotGiven = NOT_GIVEN,
        config: ServiceConfigRequest | _Json | NotGiven = NOT_GIVEN,
        body: ApplicationRequest | Any | None = None,
    ) -> ApplicationResponse:
        """Add an application to `host_id`, from keyword fields or from `body`."""
        fields = {"name": name, "description": description, "routes": routes, "config": config}
        return await self._create(body, fields, host_id=check_id(host_id, "host_id"))

    async def update(
        self,
        id: str,
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


class AsyncHosts(AsyncCrudResource[HostResponse]):
    """Hosts: `list`, `get`, `create`, `update`, `delete`, and the `connectors`,
    `ip_services` and `applications` that belong to them.

    Example:
        host = await aclient.hosts.create(
            name="db-server", internet_access="SPLIT_TUNNEL_ON",
            connectors=[{"name": "db-1", "vpnRegionId": "eu-central-1"}],
        )
        async for service in aclient.hosts.ip_services.list(host_id=host.id):
            print(service.name)
    """

    _operations = CrudOperations(
        list="host.list_hosts",
        get="host.get_host",
        create="host.create_host",
        update="host.update_host",
        delete="host.delete_host",
    )
    _model = HostResponse
    _page_model = PageHostResponse
    _request_model = HostCreateRequest
    _noun = "host"

    @cached_property
    def connectors(self) -> AsyncHostConnectors:
        """Connectors of hosts (`list(host_id=...)`, profiles, bundles)."""
        return AsyncHostConnectors(self._client)

    @cached_property
    def ip_services(self) -> AsyncHostIpServices:
        """IP services of hosts (v1.1.0 shape on both API versions)."""
        return AsyncHostIpServices(self._client)

    @cached_property
    def applications(self) -> AsyncHostApplications:
        """Applications of hosts."""
        return AsyncHostApplications(self._client)

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        internet_access: HostCreateRequestInternetAccess | str | NotGiven = NOT_GIVEN,
        domain: str | NotGiven = NOT_GIVEN,
        connectors: Sequence[HostConnectorRequest | _Json] | NotGiven = NOT_GIVEN,
        gateways_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        body: HostCreateRequest | Any | None = None,
    ) -> HostResponse:
        """Create a host (with its first connectors) from keyword fields, or from `body`
        (a model of either API version, or a mapping in the API's field names)."""
        fields = {"name": name, "description": description, "internetAccess": internet_access,
                  "domain": domain, "connectors": connectors,
                  "gatewaysIds": gateways_ids}  # fmt: skip
        return await self._create(body, fields)

    async def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        internet_access: HostUpdateRequestInternetAccess | str | NotGiven = NOT_GIVEN,
        domain: str | NotGiven = NOT_GIVEN,
        gateways_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        body: HostUpdateRequest | Any | None = None,
    ) -> HostResponse:
        """Replace a host's settings (PUT: fields you leave out are cleared, not kept).

        Connectors are not part of an update: use `connectors`.
        """
        fields = {"name": name, "description": description, "internetAccess": internet_access,
                  "domain": domain, "gatewaysIds": gateways_ids}  # fmt: skip
        # The update DTO differs from the create one (`_request_model`), so build it here.
        request = build_body(HostUpdateRequest, body, fields)
        response = await self._send(self._operations.update, id=check_id(id), body=request)
        return parse_model(response, HostResponse)
