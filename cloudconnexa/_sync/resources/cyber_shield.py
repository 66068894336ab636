# Generated from cloudconnexa/_async/resources/cyber_shield.py by scripts/unasync.py. Do not edit.
"""`client.cyber_shield`: Cyber Shield domain filtering (allow and block lists)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from cloudconnexa_generated.v1_2_3.models.add_domains_request import AddDomainsRequest
from cloudconnexa_generated.v1_2_3.models.domain_and_comment import DomainAndComment
from cloudconnexa_generated.v1_2_3.models.remove_domains_request import RemoveDomainsRequest

from ..._params import to_wire
from .._resource import APIResource

__all__ = ["CyberShield"]

MAX_DOMAINS = 1000
"""The API takes at most 1000 domains per add request."""

DomainsWithComments = Mapping[str, str] | Iterable[DomainAndComment | Mapping[str, Any]]


def _add_request(domains: DomainsWithComments) -> AddDomainsRequest:
    """`{"domain": "comment"}`, or DomainAndComment models / mappings, as the request body."""
    if isinstance(domains, (str, bytes)):
        raise TypeError("domains must be a {domain: comment} mapping or a list, not a string")
    if isinstance(domains, Mapping):
        entries = [{"domain": _domain(domain, "domains"), "comment": comment}
                   for domain, comment in domains.items()]  # fmt: skip
    else:
        entries = [to_wire(entry) for entry in domains]
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict):
                raise TypeError(f"domains[{index}] must be a DomainAndComment or a mapping")
    if not 1 <= len(entries) <= MAX_DOMAINS:
        raise ValueError(f"domains must hold 1 to {MAX_DOMAINS} entries, got {len(entries)}")
    return AddDomainsRequest.from_dict({"domainAndComments": entries})


def _remove_request(domains: Iterable[str]) -> RemoveDomainsRequest:
    if isinstance(domains, (str, bytes)):
        raise TypeError("domains must be a collection of domains, not a single string")
    names = [_domain(domain, f"domains[{index}]") for index, domain in enumerate(domains)]
    if not names:
        raise ValueError("domains must name at least one domain")
    return RemoveDomainsRequest(domains=names)


def _domain(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must hold str domains, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not hold an empty domain")
    return value


class CyberShield(APIResource):
    """Cyber Shield domain filtering: add domains to (or remove them from) the allow and
    block lists. An added domain replaces any existing entry for it (and its comment).

    Example:
        client.cyber_shield.add_blocked_domains({"evil.example": "Added for CVE-2024-0001"})
        client.cyber_shield.remove_blocked_domains(["evil.example"])
    """

    def add_allowed_domains(self, domains: DomainsWithComments) -> None:
        """Add domains to the allow list: a `{domain: comment}` mapping or a list of
        DomainAndComment models / `{"domain": ..., "comment": ...}` mappings (max 1000)."""
        self._send("cyber_shield_domain_filtering.add_cyber_shield_allow_list_domains",
                         body=_add_request(domains))  # fmt: skip

    def remove_allowed_domains(self, domains: Iterable[str]) -> None:
        """Remove domains from the allow list (other entries stay)."""
        self._send("cyber_shield_domain_filtering.remove_cyber_shield_allow_list_domains",
                         body=_remove_request(domains))  # fmt: skip

    def add_blocked_domains(self, domains: DomainsWithComments) -> None:
        """Add domains to the block list (same forms as `add_allowed_domains`)."""
        self._send("cyber_shield_domain_filtering.add_cyber_shield_block_list_domains",
                         body=_add_request(domains))  # fmt: skip

    def remove_blocked_domains(self, domains: Iterable[str]) -> None:
        """Remove domains from the block list (other entries stay)."""
        self._send("cyber_shield_domain_filtering.remove_cyber_shield_block_list_domains",
                         body=_remove_request(domains))  # fmt: skip
