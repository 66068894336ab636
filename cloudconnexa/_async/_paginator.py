"""Auto-paginating iterator over a "page of X" endpoint."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Generic, TypeVar

from .._pagination import Page, PageCursor, PageRequest, validate_page_size

__all__ = ["AsyncPaginator"]

ItemT = TypeVar("ItemT")


class AsyncPaginator(Generic[ItemT]):
    """Iterates every record of a listing, fetching one page at a time, lazily.

    Nothing is requested until iteration starts, and only the current page is held in
    memory. Iterating again starts a new listing from page 0.

    Example:
        async for record in aclient.dns.list(page_size=500):
            print(record.domain)

        async for page in aclient.dns.list().pages():
            print(page.number, len(page))
    """

    def __init__(self, fetch_page: Callable[[PageRequest], Awaitable[Any]], page_size: int) -> None:
        self._fetch_page = fetch_page
        self._page_size = validate_page_size(page_size)

    async def pages(self) -> AsyncIterator[Page[ItemT]]:
        """Yield whole pages, for page-level work or progress reporting."""
        cursor = PageCursor(self._page_size)
        while (request := cursor.next_request) is not None:
            page: Page[ItemT] = cursor.advance(await self._fetch_page(request))
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def to_list(self) -> list[ItemT]:
        """Every record of the listing in one list (fine for small listings)."""
        return [item async for item in self]
