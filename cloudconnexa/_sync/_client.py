# Generated from cloudconnexa/_async/_client.py by scripts/unasync.py. Do not edit.
"""`Client`: the entry point, one attribute per API area."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._base_client import SyncAPIClient

# A `functools.cached_property` whose first use imports the resource module under the SDK's
# import lock (many threads making their first calls at once must not deadlock the import).
from .._operations import lazy_resource as cached_property

if TYPE_CHECKING:
    from .resources.access_groups import AccessGroups
    from .resources.access_visibility import AccessVisibility
    from .resources.account import Account
    from .resources.audit_logs import AuditLogs
    from .resources.cyber_shield import CyberShield
    from .resources.device_postures import DevicePostures
    from .resources.devices import Devices
    from .resources.dns import DnsRecords
    from .resources.dns_log import DnsLog
    from .resources.hosts import Hosts
    from .resources.location_contexts import LocationContexts
    from .resources.networks import Networks
    from .resources.sessions import Sessions
    from .resources.settings import Settings
    from .resources.user_groups import UserGroups
    from .resources.users import Users
    from .resources.vpn_regions import VpnRegions

__all__ = ["Client"]


class Client(SyncAPIClient):
    """Client for the CloudConnexa API; the sync and async clients have the same methods.

    Unset arguments come from `CLOUDCONNEXA_BASE_URL` (a URL or a bare cloud id such as
    `"acme"`), `CLOUDCONNEXA_CLIENT_ID` and `CLOUDCONNEXA_CLIENT_SECRET`. The access token is
    fetched on first use and refreshed before it expires; 429s, timeouts and 502/503/504 are
    retried as documented in Errors; every listing auto-paginates.

    Example:
        with cloudconnexa.Client("acme", client_id="...", client_secret="...") as client:
            for network in client.networks.list():
                print(network.name)
            record = client.dns.get("8d5e...")
    """

    @cached_property
    def networks(self) -> Networks:
        """Networks, and their `connectors`, `routes`, `ip_services` and `applications`."""
        from .resources.networks import Networks

        return Networks(self)

    @cached_property
    def hosts(self) -> Hosts:
        """Hosts, and their `connectors`, `ip_services` and `applications`."""
        from .resources.hosts import Hosts

        return Hosts(self)

    @cached_property
    def dns(self) -> DnsRecords:
        """DNS records (`get`/`get_many` work on v1.0 too, through a listing scan)."""
        from .resources.dns import DnsRecords

        return DnsRecords(self)

    @cached_property
    def user_groups(self) -> UserGroups:
        """User groups (`get`/`get_many` work on v1.0 too, through a listing scan)."""
        from .resources.user_groups import UserGroups

        return UserGroups(self)

    @cached_property
    def users(self) -> Users:
        """Users."""
        from .resources.users import Users

        return Users(self)

    @cached_property
    def devices(self) -> Devices:
        """Devices and their .ovpn profiles."""
        from .resources.devices import Devices

        return Devices(self)

    @cached_property
    def device_postures(self) -> DevicePostures:
        """Device posture policies."""
        from .resources.device_postures import DevicePostures

        return DevicePostures(self)

    @cached_property
    def location_contexts(self) -> LocationContexts:
        """Location context policies."""
        from .resources.location_contexts import LocationContexts

        return LocationContexts(self)

    @cached_property
    def access_groups(self) -> AccessGroups:
        """Access groups, their sources and destinations."""
        from .resources.access_groups import AccessGroups

        return AccessGroups(self)

    @cached_property
    def vpn_regions(self) -> VpnRegions:
        """The VPN regions of the WPC."""
        from .resources.vpn_regions import VpnRegions

        return VpnRegions(self)

    @cached_property
    def sessions(self) -> Sessions:
        """OpenVPN sessions (cursor batches)."""
        from .resources.sessions import Sessions

        return Sessions(self)

    @cached_property
    def cyber_shield(self) -> CyberShield:
        """Cyber Shield domain filtering: allow and block lists."""
        from .resources.cyber_shield import CyberShield

        return CyberShield(self)

    @cached_property
    def settings(self) -> Settings:
        """WPC, user, DNS and authentication settings."""
        from .resources.settings import Settings

        return Settings(self)

    @cached_property
    def audit_logs(self) -> AuditLogs:
        """The audit log: configuration changes, in cursor batches (API v1.1.6+)."""
        from .resources.audit_logs import AuditLogs

        return AuditLogs(self)

    @cached_property
    def account(self) -> Account:
        """The account of the API key: new Cloud IDs (API v1.1.6+)."""
        from .resources.account import Account

        return Account(self)

    @cached_property
    def access_visibility(self) -> AccessVisibility:
        """The Access Visibility feature switch (API v1.1.1+)."""
        from .resources.access_visibility import AccessVisibility

        return AccessVisibility(self)

    @cached_property
    def dns_log(self) -> DnsLog:
        """DNS Log: its switch (API v1.1.1+) and the DNS requests users sent."""
        from .resources.dns_log import DnsLog

        return DnsLog(self)
