"""The verbs network and host connectors share: .ovpn profiles, profile tokens, bundles,
suspend and activate."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar, Generic, Literal, TypeVar

from ..._params import Id, check_id
from ..._parsing import parse_bool, parse_text
from .._resource import AsyncAPIResource

__all__ = ["AsyncConnectorVerbs", "ConnectorOperations"]

BundleTypeT = TypeVar("BundleTypeT", bound=StrEnum)


@dataclass(frozen=True)
class ConnectorOperations:
    """The generated operations (`"tag.operation"`) behind one kind of connector's verbs."""

    generate_profile: str
    revoke_profile: str
    generate_profile_token: str
    generate_bundle: str
    suspend: str
    activate: str


class AsyncConnectorVerbs(AsyncAPIResource, Generic[BundleTypeT]):
    """Profile and bundle verbs of a connector resource; subclasses declare
    `_connector_operations` and `_bundle_types` (the generated bundle-type enum).

    Example:
        class AsyncHostConnectors(AsyncChildResource[HostConnectorResponse],
                                  AsyncConnectorVerbs[GenerateHostConnectorBundleType]):
            _connector_operations = ConnectorOperations(...)
            _bundle_types = GenerateHostConnectorBundleType
    """

    _connector_operations: ClassVar[ConnectorOperations]
    _bundle_types: ClassVar[type[StrEnum]]

    async def generate_profile(self, id: Id) -> str:
        """A new .ovpn profile for the connector, as text."""
        response = await self._send(self._connector_operations.generate_profile, id=check_id(id))
        return parse_text(response)

    async def revoke_profile(self, id: Id) -> bool:
        """Revoke the connector's profile; the API's boolean answer."""
        response = await self._send(self._connector_operations.revoke_profile, id=check_id(id))
        return parse_bool(response)

    async def generate_profile_token(self, id: Id) -> str:
        """A one-time token the connector uses to fetch its encrypted profile."""
        operation = self._connector_operations.generate_profile_token
        return parse_text(await self._send(operation, id=check_id(id)))

    async def generate_bundle(self, id: Id, *, type: Literal["MSI", "DMG"] | BundleTypeT) -> str:
        """An installer bundle for the connector: `type="MSI"` (Windows) or `"DMG"` (macOS)."""
        operation = self._connector_operations.generate_bundle
        response = await self._send(operation, id=check_id(id), type_=self._bundle_type(type))
        return parse_text(response)

    async def suspend(self, id: Id) -> None:
        """Suspend the connector: its connectivity is disabled until `activate` (API v1.2.0+)."""
        await self._send(self._connector_operations.suspend, id=check_id(id))

    async def activate(self, id: Id) -> None:
        """Activate a suspended connector and restore its connectivity (API v1.2.0+)."""
        await self._send(self._connector_operations.activate, id=check_id(id))

    def _bundle_type(self, value: object) -> Any:
        # The generated enum keeps unknown values (lenient parsing), so check membership here:
        # an unknown bundle type is a caller's typo, not a new server value.
        allowed = [member.value for member in self._bundle_types]
        if value not in allowed:
            raise ValueError(f"type must be one of {allowed}, not {value!r}")
        return self._bundle_types(value)
