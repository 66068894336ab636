# Generated from cloudconnexa/_async/resources/settings.py by scripts/unasync.py. Do not edit.
"""`client.settings`: WPC, user, DNS and authentication settings, one get/set pair each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from cloudconnexa_generated.v1_2_3.models.dns_server_addresses import DnsServerAddresses
from cloudconnexa_generated.v1_2_3.models.dns_zone import DnsZone
from cloudconnexa_generated.v1_2_3.models.dns_zones import DnsZones
from cloudconnexa_generated.v1_2_3.models.domain_routing_subnet import DomainRoutingSubnet
from cloudconnexa_generated.v1_2_3.models.group_mapping_response import GroupMappingResponse
from cloudconnexa_generated.v1_2_3.models.set_default_connect_auth_body import (
    SetDefaultConnectAuthBody,
)
from cloudconnexa_generated.v1_2_3.models.set_device_enforcement_body import (
    SetDeviceEnforcementBody,
)
from cloudconnexa_generated.v1_2_3.models.set_ip_allocation_mode_body import (
    SetIpAllocationModeBody,
)
from cloudconnexa_generated.v1_2_3.models.set_profile_distribution_body import (
    SetProfileDistributionBody,
)
from cloudconnexa_generated.v1_2_3.models.set_topology_body import SetTopologyBody
from cloudconnexa_generated.v1_2_3.models.subnet import Subnet

from ..._base_client import NOT_GIVEN, NotGiven
from ..._exceptions import APIResponseValidationError
from ..._params import build_body, check_choice
from ..._parsing import parse_bool, parse_int, parse_json_or_empty, parse_model, parse_text
from .._resource import APIResource

__all__ = ["Settings"]

ModelT = TypeVar("ModelT", Subnet, DnsZones, DnsServerAddresses, DomainRoutingSubnet, GroupMappingResponse)


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
    return value


def _number(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} must not be negative, got {value}")
    return value


def _text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def _strings(values: object, name: str) -> list[str]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list of str, not {type(values).__name__}")
    return [_text(value, f"{name}[{index}]") for index, value in enumerate(values)]


def _model(model: type[ModelT], value: object, fields: Mapping[str, Any], name: str) -> ModelT:
    if value is None and all(isinstance(field, NotGiven) for field in fields.values()):
        raise TypeError(f"{name}: pass a {model.__name__}, a mapping or keyword fields")
    return build_body(model, value, fields)


class Settings(APIResource):
    """Settings of the WPC: one `get_X`/`set_X` pair per setting (group mappings are
    read-only). Each `set_X` returns the value the API stored.

    Text settings come back as `str`; those with a fixed set of values (`topology`,
    `default_connect_auth`, `device_enforcement`, `profile_distribution`) accept the
    generated enum member or its string.

    Example:
        if not client.settings.get_two_factor_auth_enabled():
            client.settings.set_two_factor_auth_enabled(True)
        client.settings.set_topology("FULL_MESH")
        subnet = client.settings.get_subnet()
        print(subnet.ip_v4_address)
    """

    def _text_setting(self, operation: str, **body: Any) -> str:
        return parse_text(self._send(f"settings.{operation}", **body))

    def _bool_setting(self, operation: str, **body: Any) -> bool:
        return parse_bool(self._send(f"settings.{operation}", **body))

    def _int_setting(self, operation: str, **body: Any) -> int:
        return parse_int(self._send(f"settings.{operation}", **body))

    def _strings_setting(self, operation: str, **body: Any) -> list[str]:
        response = self._send(f"settings.{operation}", **body)
        values = parse_json_or_empty(response, [])
        if not isinstance(values, list) or not all(isinstance(item, str) for item in values):
            raise APIResponseValidationError(response, "expected a JSON array of strings")
        return values

    def _model_setting(self, operation: str, model: type[ModelT], **body: Any) -> ModelT:
        return parse_model(self._send(f"settings.{operation}", **body), model)

    # WPC -------------------------------------------------------------------------------

    def get_topology(self) -> str:
        """The WPC topology, e.g. "FULL_MESH" or "CUSTOM"."""
        return self._text_setting("get_topology")

    def set_topology(self, value: SetTopologyBody | str) -> str:
        """Set the WPC topology ("FULL_MESH" or "CUSTOM")."""
        body = check_choice(SetTopologyBody, value, "topology")
        return self._text_setting("set_topology", body=body)

    def get_routes_advanced_configuration_enabled(self) -> bool:
        """Whether advanced configuration of routes is on (API v1.2.0+)."""
        return self._bool_setting("get_routes_advanced_configuration_enabled")

    def set_routes_advanced_configuration_enabled(self, value: bool) -> bool:
        """Turn advanced configuration of routes on or off (API v1.2.0+)."""
        body = _flag(value, "routes_advanced_configuration_enabled")
        return self._bool_setting("set_routes_advanced_configuration_enabled", body=body)

    def get_ip_allocation_mode(self) -> str:
        """The WPC IP allocation mode: "BOTH" (IPv4 and IPv6) or "IP_V4_ONLY" (API v1.2.3)."""
        return self._text_setting("get_ip_allocation_mode")

    def set_ip_allocation_mode(self, value: SetIpAllocationModeBody | str) -> str:
        """Set the WPC IP allocation mode ("BOTH" or "IP_V4_ONLY"; API v1.2.3). In IPv4-only
        mode the API leaves IPv6 fields out of its answers."""
        body = check_choice(SetIpAllocationModeBody, value, "ip_allocation_mode")
        return self._text_setting("set_ip_allocation_mode", body=body)

    def get_default_region(self) -> str:
        """The id of the default VPN region."""
        return self._text_setting("get_default_region")

    def set_default_region(self, value: str) -> str:
        """Set the default VPN region by id (see `client.vpn_regions.list()`)."""
        return self._text_setting("set_default_region", body=_text(value, "default_region"))

    def get_client_options(self) -> list[str]:
        """The extra OpenVPN client options of the WPC."""
        return self._strings_setting("get_client_options")

    def set_client_options(self, value: Sequence[str]) -> list[str]:
        """Replace the extra OpenVPN client options."""
        body = _strings(value, "client_options")
        return self._strings_setting("set_client_options", body=body)

    def get_snat(self) -> bool:
        """Whether source NAT is enabled."""
        return self._bool_setting("get_snat")

    def set_snat(self, value: bool) -> bool:
        """Enable or disable source NAT."""
        return self._bool_setting("set_snat", body=_flag(value, "snat"))

    def get_subnet(self) -> Subnet:
        """The WPC subnet (`ip_v4_address`, `ip_v6_address`: lists of CIDRs)."""
        return self._model_setting("get_subnet", Subnet)

    def set_subnet(
        self,
        value: Subnet | Mapping[str, Any] | None = None,
        *,
        ip_v4_address: Sequence[str] | NotGiven = NOT_GIVEN,
        ip_v6_address: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> Subnet:
        """Replace the WPC subnet, from a model/mapping or keyword fields."""
        fields = {"ipV4Address": ip_v4_address, "ipV6Address": ip_v6_address}
        body = _model(Subnet, value, fields, "subnet")
        return self._model_setting("set_subnet", Subnet, body=body)

    def get_domain_routing_subnet(self) -> DomainRoutingSubnet:
        """The subnet used for domain routing (`ip_v4_address`, `ip_v6_address`)."""
        return self._model_setting("get_domain_routing_subnet", DomainRoutingSubnet)

    def set_domain_routing_subnet(
        self,
        value: DomainRoutingSubnet | Mapping[str, Any] | None = None,
        *,
        ip_v4_address: str | NotGiven = NOT_GIVEN,
        ip_v6_address: str | NotGiven = NOT_GIVEN,
    ) -> DomainRoutingSubnet:
        """Replace the domain routing subnet, from a model/mapping or keyword fields."""
        fields = {"ipV4Address": ip_v4_address, "ipV6Address": ip_v6_address}
        body = _model(DomainRoutingSubnet, value, fields, "domain_routing_subnet")
        return self._model_setting("set_domain_routing_subnet", DomainRoutingSubnet, body=body)

    # Users -----------------------------------------------------------------------------

    def get_default_connect_auth(self) -> str:
        """How often users authenticate to connect, e.g. "ON_PRIOR_AUTH"."""
        return self._text_setting("get_default_connect_auth")

    def set_default_connect_auth(self, value: SetDefaultConnectAuthBody | str) -> str:
        """Set the default connect authentication ("NO_AUTH", "ON_PRIOR_AUTH", "EVERY_TIME")."""
        body = check_choice(SetDefaultConnectAuthBody, value, "default_connect_auth")
        return self._text_setting("set_default_connect_auth", body=body)

    def get_device_enforcement(self) -> str:
        """The device enforcement mode, e.g. "LEARN_AND_ENFORCE"."""
        return self._text_setting("get_device_enforcement")

    def set_device_enforcement(self, value: SetDeviceEnforcementBody | str) -> str:
        """Set the device enforcement mode (see SetDeviceEnforcementBody for the values)."""
        body = check_choice(SetDeviceEnforcementBody, value, "device_enforcement")
        return self._text_setting("set_device_enforcement", body=body)

    def get_profile_distribution(self) -> str:
        """How profiles are distributed, e.g. "AUTOMATIC" or "MANUAL"."""
        return self._text_setting("get_profile_distribution")

    def set_profile_distribution(self, value: SetProfileDistributionBody | str) -> str:
        """Set how profiles are distributed (see SetProfileDistributionBody for the values)."""
        body = check_choice(SetProfileDistributionBody, value, "profile_distribution")
        return self._text_setting("set_profile_distribution", body=body)

    def get_device_allowance(self) -> int:
        """How many devices each user may have."""
        return self._int_setting("get_device_allowance")

    def set_device_allowance(self, value: int) -> int:
        """Set how many devices each user may have."""
        body = _number(value, "device_allowance")
        return self._int_setting("set_device_allowance", body=body)

    def get_device_allowance_force_update(self) -> bool:
        """Whether a device allowance change applies to existing users too."""
        return self._bool_setting("get_device_allowance_force_update")

    def set_device_allowance_force_update(self, value: bool) -> bool:
        """Set whether a device allowance change applies to existing users too."""
        body = _flag(value, "device_allowance_force_update")
        return self._bool_setting("set_device_allowance_force_update", body=body)

    def get_connection_timeout(self) -> int:
        """The user connection timeout."""
        return self._int_setting("get_connection_timeout")

    def set_connection_timeout(self, value: int) -> int:
        """Set the user connection timeout."""
        body = _number(value, "connection_timeout")
        return self._int_setting("set_connection_timeout", body=body)

    # DNS -------------------------------------------------------------------------------

    def get_default_dns_suffix(self) -> str:
        """The default DNS suffix."""
        return self._text_setting("get_default_dns_suffix")

    def set_default_dns_suffix(self, value: str) -> str:
        """Set the default DNS suffix."""
        body = _text(value, "default_dns_suffix")
        return self._text_setting("set_default_dns_suffix", body=body)

    def get_dns_proxy_enabled(self) -> bool:
        """Whether the DNS proxy is enabled."""
        return self._bool_setting("get_dns_proxy_enabled")

    def set_dns_proxy_enabled(self, value: bool) -> bool:
        """Enable or disable the DNS proxy."""
        body = _flag(value, "dns_proxy_enabled")
        return self._bool_setting("set_dns_proxy_enabled", body=body)

    def get_dns_server_addresses(self) -> DnsServerAddresses:
        """The custom DNS servers (`primary_ip_v4`, `secondary_ip_v4`)."""
        return self._model_setting("get_dns_server_addresses", DnsServerAddresses)

    def set_dns_server_addresses(
        self,
        value: DnsServerAddresses | Mapping[str, Any] | None = None,
        *,
        primary_ip_v4: str | NotGiven = NOT_GIVEN,
        secondary_ip_v4: str | NotGiven = NOT_GIVEN,
    ) -> DnsServerAddresses:
        """Replace the custom DNS servers, from a model/mapping or keyword fields."""
        fields = {"primaryIpV4": primary_ip_v4, "secondaryIpV4": secondary_ip_v4}
        body = _model(DnsServerAddresses, value, fields, "dns_server_addresses")
        return self._model_setting("set_dns_server_addresses", DnsServerAddresses, body=body)

    def get_dns_zones(self) -> DnsZones:
        """The DNS zones (`zones`: name and addresses each)."""
        return self._model_setting("get_dns_zones", DnsZones)

    def set_dns_zones(
        self,
        value: DnsZones | Mapping[str, Any] | None = None,
        *,
        zones: Sequence[DnsZone | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
    ) -> DnsZones:
        """Replace the DNS zones, from a model/mapping or `zones=[...]`."""
        body = _model(DnsZones, value, {"zones": zones}, "dns_zones")
        return self._model_setting("set_dns_zones", DnsZones, body=body)

    # Authentication --------------------------------------------------------------------

    def get_two_factor_auth_enabled(self) -> bool:
        """Whether two-factor authentication is required."""
        return self._bool_setting("get_two_factor_auth_enabled")

    def set_two_factor_auth_enabled(self, value: bool) -> bool:
        """Require (or stop requiring) two-factor authentication."""
        body = _flag(value, "two_factor_auth_enabled")
        return self._bool_setting("set_two_factor_auth_enabled", body=body)

    def get_trusted_devices_allowed(self) -> bool:
        """Whether users may mark devices as trusted."""
        return self._bool_setting("get_trusted_devices_allowed")

    def set_trusted_devices_allowed(self, value: bool) -> bool:
        """Allow or forbid trusted devices."""
        body = _flag(value, "trusted_devices_allowed")
        return self._bool_setting("set_trusted_devices_allowed", body=body)

    def get_ldap_group_mappings(self) -> GroupMappingResponse:
        """The LDAP group -> user group mappings (read-only)."""
        return self._model_setting("get_ldap_group_mappings", GroupMappingResponse)

    def get_saml_group_mappings(self) -> GroupMappingResponse:
        """The SAML group -> user group mappings (read-only)."""
        return self._model_setting("get_saml_group_mappings", GroupMappingResponse)
