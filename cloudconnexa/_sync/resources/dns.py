# Generated from cloudconnexa/_async/resources/dns.py by scripts/unasync.py. Do not edit.
"""`client.dns`: DNS records of the WPC."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cloudconnexa_generated.v1_2_3.models.dns_record_request import DnsRecordRequest
from cloudconnexa_generated.v1_2_3.models.dns_record_response import DnsRecordResponse
from cloudconnexa_generated.v1_2_3.models.page_dns_record_response import PageDnsRecordResponse

from ..._base_client import NOT_GIVEN, NotGiven
from ..._params import Id
from .._resource import ScannableResource, CrudOperations

__all__ = ["DnsRecords"]


class DnsRecords(ScannableResource[DnsRecordResponse]):
    """DNS records: `list`, `get`, `get_many`, `create`, `update`, `delete`.

    `get` and `get_many` work on both API versions: v1.1.0 has a single-record read; on v1.0
    the SDK scans the listing (1000 records per request) and stops at the first match.

    Example:
        record = client.dns.create(domain="db.internal", ipv4_addresses=["10.0.0.5"])
        same = client.dns.get(record.id)
    """

    _operations = CrudOperations(
        list="dns_record.list_dns_records",
        get="dns_record.get_dns_record",
        create="dns_record.create_dns_record",
        update="dns_record.update_dns_record",
        delete="dns_record.delete_dns_record",
    )
    _model = DnsRecordResponse
    _page_model = PageDnsRecordResponse
    _request_model = DnsRecordRequest
    _noun = "DNS record"

    def create(
        self,
        *,
        domain: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        ipv4_addresses: Sequence[str] | NotGiven = NOT_GIVEN,
        ipv6_addresses: Sequence[str] | NotGiven = NOT_GIVEN,
        body: DnsRecordRequest | Any | None = None,
    ) -> DnsRecordResponse:
        """Create a DNS record from keyword fields, or from `body` (a model of either API
        version, or a mapping in the API's field names)."""
        fields = {"domain": domain, "description": description,
                  "ipv4Addresses": ipv4_addresses, "ipv6Addresses": ipv6_addresses}  # fmt: skip
        return self._create(body, fields)

    def update(
        self,
        id: Id,
        *,
        domain: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        ipv4_addresses: Sequence[str] | NotGiven = NOT_GIVEN,
        ipv6_addresses: Sequence[str] | NotGiven = NOT_GIVEN,
        body: DnsRecordRequest | Any | None = None,
    ) -> DnsRecordResponse:
        """Replace a DNS record (PUT: fields you leave out are cleared, not kept)."""
        fields = {"domain": domain, "description": description,
                  "ipv4Addresses": ipv4_addresses, "ipv6Addresses": ipv6_addresses}  # fmt: skip
        return self._update(id, body, fields)
