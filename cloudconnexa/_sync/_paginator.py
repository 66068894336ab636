# Generated from cloudconnexa/_async/_paginator.py by scripts/unasync.py. Do not edit.
"""Auto-paginating iterator over a "page of X" endpoint."""

from __future__ import annotations

from collections.abc import Iterator, Callable
from typing import Any, Generic, TypeVar

from .._pagination import Page, PageCursor, PageRequest, validate_page_size

__all__ = ["Paginator"]

ItemT = TypeVar("ItemT")


class Paginator(Generic[ItemT]):
    """Iterates every record of a listing, fetching one page at a time, lazily.

    Nothing is requested until iteration starts, and only the current page is held in
    memory. Iterating again starts a new listing from page 0.

    Example:
        for record in client.dns.list(page_size=500):
            print(record.domain)

        for page in client.dns.list().pages():
            print(page.number, len(page))
    """

    def __init__(self, fetch_page: Callable[[PageRequest], Any], page_size: int) -> None:
        self._fetch_page = fetch_page
        self._page_size = validate_page_size(page_size)

    def pages(self) -> Iterator[Page[ItemT]]:
        """Yield whole pages, for page-level work or progress reporting."""
        cursor = PageCursor(self._page_size)
        while (request := cursor.next_request) is not None:
            page: Page[ItemT] = cursor.advance(self._fetch_page(request))
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            for item in page.items:
                yield item

    def to_list(self) -> list[ItemT]:
        """Every record of the listing in one list (fine for small listings)."""
        return [item for item in self]
