# Generated from cloudconnexa/_async/resources/hosts.py by scripts/unasync.py. Do not edit.
"""`client.hosts`: hosts, and their connectors, IP services and applications."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, TypeVar

from cloudconnexa_generated.v1_2_3.models.generate_host_connector_bundle_type import (
    GenerateHostConnectorBundleType,
)
from cloudconnexa_generated.v1_2_3.models.host_application_request import (
    HostApplicationRequest,
)
from cloudconnexa_generated.v1_2_3.models.host_application_response import (
    HostApplicationResponse,
)
from cloudconnexa_generated.v1_2_3.models.host_application_route_request import (
    HostApplicationRouteRequest,
)
from cloudconnexa_generated.v1_2_3.models.host_connector_request import HostConnectorRequest
from cloudconnexa_generated.v1_2_3.models.host_connector_response import HostConnectorResponse
from cloudconnexa_generated.v1_2_3.models.host_create_request import HostCreateRequest
from cloudconnexa_generated.v1_2_3.models.host_create_request_internet_access import (
    HostCreateRequestInternetAccess,
)
from cloudconnexa_generated.v1_2_3.models.host_ip_service_request import HostIpServiceRequest
from cloudconnexa_generated.v1_2_3.models.host_ip_service_response import HostIpServiceResponse
from cloudconnexa_generated.v1_2_3.models.host_response import HostResponse
from cloudconnexa_generated.v1_2_3.models.host_update_request import HostUpdateRequest
from cloudconnexa_generated.v1_2_3.models.host_update_request_internet_access import (
    HostUpdateRequestInternetAccess,
)
from cloudconnexa_generated.v1_2_3.models.page_host_application_response import (
    PageHostApplicationResponse,
)
from cloudconnexa_generated.v1_2_3.models.page_host_connector_response import (
    PageHostConnectorResponse,
)
from cloudconnexa_generated.v1_2_3.models.page_host_ip_service_response import (
    PageHostIpServiceResponse,
)
from cloudconnexa_generated.v1_2_3.models.page_host_response import PageHostResponse
from cloudconnexa_generated.v1_2_3.models.service_config_request import ServiceConfigRequest

from ..._base_client import NOT_GIVEN, NotGiven
from ..._compat import host_ip_service_body_for_v1_0
from ..._constants import DEFAULT_PAGE_SIZE
from ..._params import Id, build_body
from .._paginator import Paginator
from .._resource import ChildResource, CrudResource, CrudOperations
from ._applications import ApplicationsBase
from ._connectors import ConnectorVerbs, ConnectorOperations

__all__ = [
    "HostApplications",
    "HostConnectors",
    "HostIpServices",
    "Hosts",
]

ModelT = TypeVar("ModelT")
_Json = Mapping[str, Any]
"""A nested request object may be given as a model or as a mapping in wire names."""


class _HostChildResource(ChildResource[ModelT]):
    """A record that belongs to one host: its listing can be narrowed to that host."""

    _parent_param = "host_id"

    def list(self, *, host_id: Id | None = None, page_size: int = DEFAULT_PAGE_SIZE) -> Paginator[ModelT]:
        """Every record, or those of `host_id` only, fetched lazily page by page.

        Example:
            for item in client.hosts.connectors.list(host_id=host.id):
                print(item.id)
        """
        return self._list_of(host_id, page_size)


class HostConnectors(
    _HostChildResource[HostConnectorResponse],
    ConnectorVerbs[GenerateHostConnectorBundleType],
):
    """Host connectors: CRUD, .ovpn profiles and installer bundles.

    Example:
        connector = client.hosts.connectors.create(
            host_id=host.id, name="db-1", vpn_region_id="eu-central-1"
        )
        token = client.hosts.connectors.generate_profile_token(connector.id)
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
    _connector_operations = ConnectorOperations(
        generate_profile="host.generate_host_connector_profile",
        revoke_profile="host.revoke_host_connector_profile",
        generate_profile_token="host.generate_host_connector_profile_token",
        generate_bundle="host.generate_host_connector_bundle",
        suspend="host.suspend_host_connector",
        activate="host.activate_host_connector",
    )
    _bundle_types = GenerateHostConnectorBundleType

    def create(
        self,
        *,
        host_id: Id,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        vpn_region_id: Id | NotGiven = NOT_GIVEN,
        body: HostConnectorRequest | Any | None = None,
    ) -> HostConnectorResponse:
        """Add a connector to `host_id`, from keyword fields or from `body`."""
        fields = {"name": name, "description": description, "vpnRegionId": vpn_region_id}
        return self._create_in(host_id, body, fields)

    def update(
        self,
        id: Id,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        vpn_region_id: Id | NotGiven = NOT_GIVEN,
        body: HostConnectorRequest | Any | None = None,
    ) -> HostConnectorResponse:
        """Replace a connector (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "description": description, "vpnRegionId": vpn_region_id}
        return self._update(id, body, fields)


class HostIpServices(_HostChildResource[HostIpServiceResponse]):
    """IP services a host publishes, in the v1.1.0 shape on both API versions.

    You always pass the v1.1.0 fields (`name`, `description`, `config`) and always get
    `HostIpServiceResponse` back. On a v1.0 server the request is sent as the v1.0
    `ServiceRequest` (`type` SERVICE_DESTINATION, empty `routes`, unless a v1.0 `body=` sets
    them) and the v1.0 extras in the answer stay in `additional_properties`.

    Example:
        service = client.hosts.ip_services.create(
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

    def create(
        self,
        *,
        host_id: Id,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        config: ServiceConfigRequest | _Json | NotGiven = NOT_GIVEN,
        body: HostIpServiceRequest | Any | None = None,
    ) -> HostIpServiceResponse:
        """Add an IP service to `host_id`, from keyword fields or from `body` (a model of
        either API version, or a mapping in the API's field names)."""
        fields = {"name": name, "description": description, "config": config}
        return self._create_in(host_id, body, fields)

    def update(
        self,
        id: Id,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        config: ServiceConfigRequest | _Json | NotGiven = NOT_GIVEN,
        body: HostIpServiceRequest | Any | None = None,
    ) -> HostIpServiceResponse:
        """Replace an IP service (PUT: fields you leave out are cleared, not kept)."""
        fields = {"name": name, "description": description, "config": config}
        return self._update(id, body, fields)

    def _build_request(self, model: type[Any], body: object, fields: Mapping[str, Any]) -> Any:
        """The request model the client's API version expects (the only version branch)."""
        request = build_body(model, body, fields)
        if self._client.api_version != "1.0":
            return request
        # Imported here: only a v1.0 client needs the v1.0 models.
        from cloudconnexa_generated.v1_0.models.service_request import ServiceRequest

        return ServiceRequest.from_dict(host_ip_service_body_for_v1_0(request.to_dict()))


class HostApplications(
    _HostChildResource[HostApplicationResponse], ApplicationsBase[HostApplicationResponse]
):
    """Applications (domain-based services) a host publishes.

    Example:
        app = client.hosts.applications.create(
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
    _noun = "host application"
    _model = HostApplicationResponse
    _page_model = PageHostApplicationResponse
    _request_model = HostApplicationRequest

    def create(
        self,
        *,
        host_id: Id,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        routes: Sequence[HostApplicationRouteRequest | _Json] | NotGiven = NOT_GIVEN,
        config: ServiceConfigRequest | _Json | NotGiven = NOT_GIVEN,
        body: HostApplicationRequest | Any | None = None,
    ) -> HostApplicationResponse:
        """Add an application to `host_id`, from keyword fields or from `body`."""
        fields = {"name": name, "description": description, "routes": routes, "config": config}
        return self._create_in(host_id, body, fields)


class Hosts(CrudResource[HostResponse]):
    """Hosts: `list`, `get`, `create`, `update`, `delete`, and the `connectors`,
    `ip_services` and `applications` that belong to them.

    Example:
        host = client.hosts.create(
            name="db-server", internet_access="SPLIT_TUNNEL_ON",
            connectors=[{"name": "db-1", "vpnRegionId": "eu-central-1"}],
        )
        for service in client.hosts.ip_services.list(host_id=host.id):
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
    _update_model = HostUpdateRequest
    _noun = "host"

    @cached_property
    def connectors(self) -> HostConnectors:
        """Connectors of hosts (`list(host_id=...)`, profiles, bundles)."""
        return HostConnectors(self._client)

    @cached_property
    def ip_services(self) -> HostIpServices:
        """IP services of hosts (v1.1.0 shape on both API versions)."""
        return HostIpServices(self._client)

    @cached_property
    def applications(self) -> HostApplications:
        """Applications of hosts."""
        return HostApplications(self._client)

    def create(
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
        return self._create(body, fields)

    def update(
        self,
        id: Id,
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
        return self._update(id, body, fields)
