"""`AsyncClient`: the entry point, one attribute per API area."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._base_client import AsyncAPIClient

# A `functools.cached_property` whose first use imports the resource module under the SDK's
# import lock (many threads making their first calls at once must not deadlock the import).
from .._operations import lazy_resource as cached_property

if TYPE_CHECKING:
    from .resources.access_groups import AsyncAccessGroups
    from .resources.access_visibility import AsyncAccessVisibility
    from .resources.account import AsyncAccount
    from .resources.audit_logs import AsyncAuditLogs
    from .resources.cyber_shield import AsyncCyberShield
    from .resources.device_postures import AsyncDevicePostures
    from .resources.devices import AsyncDevices
    from .resources.dns import AsyncDnsRecords
    from .resources.dns_log import AsyncDnsLog
    from .resources.hosts import AsyncHosts
    from .resources.location_contexts import AsyncLocationContexts
    from .resources.networks import AsyncNetworks
    from .resources.sessions import AsyncSessions
    from .resources.settings import AsyncSettings
    from .resources.user_groups import AsyncUserGroups
    from .resources.users import AsyncUsers
    from .resources.vpn_regions import AsyncVpnRegions

__all__ = ["AsyncClient"]


class AsyncClient(AsyncAPIClient):
    """Client for the CloudConnexa API; the sync and async clients have the same methods.

    Unset arguments come from `CLOUDCONNEXA_BASE_URL` (a URL or a bare cloud id such as
    `"acme"`), `CLOUDCONNEXA_CLIENT_ID` and `CLOUDCONNEXA_CLIENT_SECRET`. The access token is
    fetched on first use and refreshed before it expires; 429s, timeouts and 502/503/504 are
    retried as documented in Errors; every listing auto-paginates.

    Example:
        async with cloudconnexa.AsyncClient("acme", client_id="...", client_secret="...") as client:
            async for network in client.networks.list():
                print(network.name)
            record = await client.dns.get("8d5e...")
    """

    @cached_property
    def networks(self) -> AsyncNetworks:
        """Networks, and their `connectors`, `routes`, `ip_services` and `applications`."""
        from .resources.networks import AsyncNetworks

        return AsyncNetworks(self)

    @cached_property
    def hosts(self) -> AsyncHosts:
        """Hosts, and their `connectors`, `ip_services` and `applications`."""
        from .resources.hosts import AsyncHosts

        return AsyncHosts(self)

    @cached_property
    def dns(self) -> AsyncDnsRecords:
        """DNS records (`get`/`get_many` work on v1.0 too, through a listing scan)."""
        from .resources.dns import AsyncDnsRecords

        return AsyncDnsRecords(self)

    @cached_property
    def user_groups(self) -> AsyncUserGroups:
        """User groups (`get`/`get_many` work on v1.0 too, through a listing scan)."""
        from .resources.user_groups import AsyncUserGroups

        return AsyncUserGroups(self)

    @cached_property
    def users(self) -> AsyncUsers:
        """Users."""
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

    @cached_property
    def devices(self) -> AsyncDevices:
        """Devices and their .ovpn profiles."""
        from .resources.devices import AsyncDevices

        return AsyncDevices(self)

    @cached_property
    def device_postures(self) -> AsyncDevicePostures:
        """Device posture policies."""
        from .resources.device_postures import AsyncDevicePostures

        return AsyncDevicePostures(self)

    @cached_property
    def location_contexts(self) -> AsyncLocationContexts:
        """Location context policies."""
        from .resources.location_contexts import AsyncLocationContexts

        return AsyncLocationContexts(self)

    @cached_property
    def access_groups(self) -> AsyncAccessGroups:
        """Access groups, their sources and destinations."""
        from .resources.access_groups import AsyncAccessGroups

        return AsyncAccessGroups(self)

    @cached_property
    def vpn_regions(self) -> AsyncVpnRegions:
        """The VPN regions of the WPC."""
        from .resources.vpn_regions import AsyncVpnRegions

        return AsyncVpnRegions(self)

    @cached_property
    def sessions(self) -> AsyncSessions:
        """OpenVPN sessions (cursor batches)."""
        from .resources.sessions import AsyncSessions

        return AsyncSessions(self)

    @cached_property
    def cyber_shield(self) -> AsyncCyberShield:
        """Cyber Shield domain filtering: allow and block lists."""
        from .resources.cyber_shield import AsyncCyberShield

        return AsyncCyberShield(self)

    @cached_property
    def settings(self) -> AsyncSettings:
        """WPC, user, DNS and authentication settings."""
        from .resources.settings import AsyncSettings

        return AsyncSettings(self)

    @cached_property
    def audit_logs(self) -> AsyncAuditLogs:
        """The audit log: configuration changes, in cursor batches (API v1.1.6+)."""
        from .resources.audit_logs import AsyncAuditLogs

        return AsyncAuditLogs(self)

    @cached_property
    def account(self) -> AsyncAccount:
        """The account of the API key: new Cloud IDs (API v1.1.6+)."""
        from .resources.account import AsyncAccount

        return AsyncAccount(self)

    @cached_property
    def access_visibility(self) -> AsyncAccessVisibility:
        """The Access Visibility feature switch (API v1.1.1+)."""
        from .resources.access_visibility import AsyncAccessVisibility

        return AsyncAccessVisibility(self)

    @cached_property
    def dns_log(self) -> AsyncDnsLog:
        """DNS Log: its switch (API v1.1.1+) and the DNS requests users sent."""
        from .resources.dns_log import AsyncDnsLog

        return AsyncDnsLog(self)
