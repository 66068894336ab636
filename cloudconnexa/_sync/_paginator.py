# Generated from cloudconnexa/_async/_paginator.py by scripts/unasync.py. Do not edit.
"""Auto-paginating iterator over a "page of X" endpoint."""

from __future__ import annotations

from collections.abc import Generator, Iterator, Callable
from typing import Any, Generic, TypeVar

from httpx import Response

from .._exceptions import APIResponseValidationError
from .._pagination import (
    ListingMismatch,
    Page,
    PageCursor,
    PageRequest,
    validate_page_size,
    validate_start_page,
)
from .._prefetch import Prefetcher

__all__ = ["Paginator"]

ItemT = TypeVar("ItemT")

FetchPage = Callable[[PageRequest], Response]
"""Sends one page request (I/O only: answers wait their turn unparsed, which is smaller)."""
ReadPage = Callable[[Response, PageRequest], Any]
"""Parses one page's answer into its `Page*Response` model, when the page's turn comes."""


class Paginator(Generic[ItemT]):
    """Iterates every record of a listing, in order, lazily.

    Nothing is requested until iteration starts. Once the first page has told the total,
    the following pages are fetched concurrently, up to `workers` requests in flight (the
    client's `max_concurrency`; within its rate limit), each finished request making room
    for the next at once. At most `look_ahead` pages are started ahead of the one being
    iterated, and they wait unparsed (each is parsed when its turn comes), so memory stays
    a few pages whatever the size of the listing. Stopping early (`break`) cancels the
    requests in flight and sends no more. Iterating again starts a new listing.
    A page that does not add up (another page than the one asked for, the same page again)
    raises `APIResponseValidationError` instead of looping or repeating records.

    Example:
        for record in client.dns.list(page_size=500):
            print(record.domain)

        for page in client.dns.list().from_page(5).pages():
            print(page.number, len(page))
    """

    def __init__(
        self,
        fetch_page: FetchPage,
        read_page: ReadPage,
        page_size: int,
        *,
        look_ahead: int = 1,
        workers: int = 1,
        start_page: int = 0,
    ) -> None:
        self._fetch_page = fetch_page
        self._read_page = read_page
        self._page_size = validate_page_size(page_size)
        self._look_ahead = look_ahead
        self._workers = workers
        self._start_page = validate_start_page(start_page)

    def _replace(self, *, look_ahead: int, start_page: int) -> Paginator[ItemT]:
        return Paginator(
            self._fetch_page,
            self._read_page,
            self._page_size,
            look_ahead=look_ahead,
            workers=self._workers,
            start_page=start_page,
        )

    def from_page(self, page: int) -> Paginator[ItemT]:
        """The same listing starting at page `page` (0-based, in pages of this `page_size`),
        e.g. to resume an export that stopped after page 4: `list().from_page(5)`."""
        return self._replace(look_ahead=self._look_ahead, start_page=page)

    def sequential(self) -> Paginator[ItemT]:
        """The same listing fetched one page at a time, each page only when it is needed
        (fewest requests when stopping early; used by the v1.0 `get` scan)."""
        return self._replace(look_ahead=1, start_page=self._start_page)

    def pages(self) -> Generator[Page[ItemT], None, None]:
        """Yield whole pages, for page-level work or progress reporting."""
        cursor = PageCursor(self._page_size, first_page=self._start_page)
        prefetcher = Prefetcher(self._fetch_page, self._workers)
        try:
            while (expected := cursor.next_request) is not None:
                while len(prefetcher) < self._look_ahead and (request := cursor.launch()) is not None:
                    prefetcher.start(request)
                response = prefetcher.next_result()
                raw_page = self._read_page(response, expected)
                try:
                    page: Page[ItemT] = cursor.advance(raw_page)
                except ListingMismatch as exc:
                    raise APIResponseValidationError(response, str(exc)) from None
                yield page
        finally:
            prefetcher.cancel()

    def __iter__(self) -> Iterator[ItemT]:
        pages = self.pages()
        try:
            for page in pages:
                for item in page.items:
                    yield item
        finally:
            pages.close()  # a `break` in the caller cancels the pages in flight now

    def to_list(self) -> list[ItemT]:
        """Every record of the listing in one list (fine for small listings)."""
        return [item for item in self]
