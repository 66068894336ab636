# Generated from cloudconnexa/_async/resources/dns_log.py by scripts/unasync.py. Do not edit.
"""`client.dns_log`: the DNS Log feature switch and the DNS requests users sent."""

from __future__ import annotations

import datetime
from typing import Any

from cloudconnexa_generated.v1_2_3.models.page_user_dns_resolution_response import (
    PageUserDnsResolutionResponse,
)
from cloudconnexa_generated.v1_2_3.models.user_dns_resolution_response import (
    UserDnsResolutionResponse,
)

from ..._constants import DEFAULT_PAGE_SIZE
from .._paginator import Paginator
from .._resource import FeatureSwitch, SwitchOperations

__all__ = ["MIN_DNS_LOG_PAGE_SIZE", "DnsLog"]

MIN_DNS_LOG_PAGE_SIZE = 10
"""The DNS Log listing accepts page sizes from 10 (to 10000; the paginator reads up to 1000)."""


class DnsLog(FeatureSwitch):
    """DNS Log: the feature switch (API v1.1.1+) and the hourly DNS resolutions per user.

    Example:
        client.dns_log.enable()
        hour = datetime.datetime(2026, 11, 8, 14, tzinfo=datetime.timezone.utc)
        for row in client.dns_log.list(start_hour=hour, hours_back=2):
            print(row.member_id, row.domain, row.allowed_count, row.blocked_count)
    """

    _switch = SwitchOperations(
        get_enabled="dns_log.get_dns_log_enabled",
        enable="dns_log.enable_dns_log",
        disable="dns_log.disable_dns_log",
    )

    def list(
        self,
        *,
        start_hour: datetime.datetime,
        hours_back: int = 1,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Paginator[UserDnsResolutionResponse]:
        """DNS resolutions per user and domain, aggregated by hour, fetched lazily page by page.

        `start_hour` (rounded down to the hour by the API; at most 30 days back) and the
        `hours_back` (1 or 2) hours before it; `page_size` 10..1000.
        """
        if not isinstance(start_hour, datetime.datetime):
            raise TypeError(f"start_hour must be a datetime.datetime, not {type(start_hour).__name__}")
        if isinstance(hours_back, bool) or not isinstance(hours_back, int):
            raise TypeError(f"hours_back must be an int, not {type(hours_back).__name__}")
        if hours_back not in (1, 2):
            raise ValueError(f"hours_back must be 1 or 2, got {hours_back}")
        if isinstance(page_size, int) and not isinstance(page_size, bool) and page_size < MIN_DNS_LOG_PAGE_SIZE:
            raise ValueError(f"page_size must be at least {MIN_DNS_LOG_PAGE_SIZE}, got {page_size}")
        filters: dict[str, Any] = {"start_hour": start_hour, "hours_back": hours_back}
        return self._paginate("dns_log.list_user_dns_resolutions", PageUserDnsResolutionResponse, page_size, **filters)
