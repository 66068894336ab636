"""Page cursors shared by the sync and async paginators.

CloudConnexa pages are numbered from 0 and hold 1 to 1000 records; every "page of X" answer
carries `content`, `page`, `size`, `numberOfElements`, `totalElements` and `totalPages`.
The pure logic here decides what to fetch next; `_async/_paginator.py` (and its generated
sync twin) only does the I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from ._constants import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

__all__ = [
    "ListingMismatch",
    "Page",
    "PageCursor",
    "PageRequest",
    "look_ahead_pages",
    "validate_page_size",
    "validate_start_page",
]

ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)


class PageLike(Protocol[ItemT_co]):
    """What the generated `Page*Response` models have in common (fields may be UNSET)."""

    @property
    def content(self) -> Any: ...
    @property
    def total_pages(self) -> Any: ...
    @property
    def total_elements(self) -> Any: ...


def validate_page_size(page_size: int) -> int:
    """Reject a page size the API would refuse, naming the argument."""
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise TypeError(f"page_size must be an int, not {type(page_size).__name__}")
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}")
    return page_size


@dataclass(frozen=True)
class PageRequest:
    """The query of one page: `page` counts from 0, `size` is 1..1000."""

    page: int
    size: int = DEFAULT_PAGE_SIZE


@dataclass(frozen=True)
class Page(Generic[ItemT]):
    """One fetched page: its records and the totals the server reported.

    Example:
        for page in client.dns.list(page_size=500).pages():
            print(page.number, len(page.items), page.total_elements)
    """

    items: Sequence[ItemT]
    number: int
    size: int
    total_elements: int | None
    total_pages: int | None

    def __len__(self) -> int:
        return len(self.items)


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


MAX_LOOK_AHEAD_PAGES = 20
"""Pages started ahead of the one being iterated, at most. They wait as unparsed bodies
(a page of 1000 DNS records is about 180 kB of JSON, 850 kB once parsed), so the bound is
a few parsed pages' worth of memory."""


def look_ahead_pages(max_concurrency: int) -> int:
    """How many pages a listing starts ahead of the one being iterated: twice the in-flight
    bound (capped), so when `max_concurrency` answers arrive together as many requests can
    go out at once, while the consumer works through the answers."""
    return max(1, min(2 * max_concurrency, MAX_LOOK_AHEAD_PAGES))


def validate_start_page(page: int) -> int:
    """Reject a start page the API would refuse, naming the argument."""
    if isinstance(page, bool) or not isinstance(page, int):
        raise TypeError(f"page must be an int, not {type(page).__name__}")
    if page < 0:
        raise ValueError(f"page must be >= 0 (pages count from 0), got {page}")
    return page


class ListingMismatch(ValueError):
    """A page that does not add up (wrong number, repeated, too long); the paginator raises
    it as `APIResponseValidationError` with the page's response attached."""


class PageCursor:
    """Walks the pages of one listing: which pages to ask for, in what order, and when to stop.

    Pages are answered in order through `advance`; `launch` hands out the pages that may be
    requested ahead of that (the I/O layer fetches them concurrently). Until an answer has
    reported the totals only the next page is handed out; after it, every page up to the last
    one, which is `ceil(totalElements / size)` (or `totalPages` when smaller, or when the
    server sends no `totalElements`). The walk stops on an empty page, on a short page, or
    at that last page, so a listing costs exactly ceil(total / size) requests (one more only
    when the server sends no totals and the total is an exact multiple of `size`).

    It refuses (`ListingMismatch`) a page numbered other than the one asked for (a server or
    proxy ignoring `page`), a page whose first record is the previous page's first record (a
    server answering the same page again), and a page longer than `size`.

    Example:
        cursor = PageCursor(500, first_page=0)
        while (request := cursor.launch()) is not None:
            page = cursor.advance(fetch(request))
    """

    def __init__(self, page_size: int = DEFAULT_PAGE_SIZE, *, first_page: int = 0) -> None:
        self._size = validate_page_size(page_size)
        self._next_answer = validate_start_page(first_page)
        self._next_launch = self._next_answer
        self._last: int | None = None
        """The last page to fetch, once an answer reported the totals."""
        self._done = False
        self._previous_first: object = _NOTHING
        self.pages_fetched = 0

    @property
    def done(self) -> bool:
        """Whether the listing is exhausted (no page is left to fetch or answer)."""
        return self._done

    @property
    def next_request(self) -> PageRequest | None:
        """The page whose answer `advance` expects next, or None when the listing is over."""
        return None if self._done else PageRequest(self._next_answer, self._size)

    def launch(self) -> PageRequest | None:
        """The next page that may be requested now, or None (none yet, or none left).

        Before the totals are known only the page `advance` expects next is handed out.
        """
        if self._done:
            return None
        limit = self._next_answer if self._last is None else self._last
        if self._next_launch > limit:
            return None
        request = PageRequest(self._next_launch, self._size)
        self._next_launch += 1
        return request

    def advance(self, raw_page: PageLike[ItemT]) -> Page[ItemT]:
        """Check and record the answer to `next_request`; return it in a uniform shape."""
        if self._done:
            raise RuntimeError("advance() called after the last page")
        number, size = self._next_answer, self._size
        content = raw_page.content
        items: Sequence[ItemT] = content if isinstance(content, list) else []
        reported = _int_or_none(getattr(raw_page, "page", None))
        if reported is not None and reported != number:
            raise ListingMismatch(f"asked for page {number} and got page {reported}: the server ignored `page`")
        if len(items) > size:
            raise ListingMismatch(f"page {number} holds {len(items)} records, more than the size asked ({size})")
        if items and items[0] == self._previous_first:
            raise ListingMismatch(f"page {number} starts with the same record as page {number - 1}: a repeated page")
        total_elements = _int_or_none(raw_page.total_elements)
        total_pages = _int_or_none(raw_page.total_pages)
        page = Page(items, number, size, total_elements, total_pages)
        self.pages_fetched += 1
        self._previous_first = items[0] if items else _NOTHING
        self._next_answer = number + 1
        self._next_launch = max(self._next_launch, self._next_answer)
        bound = _last_page(total_elements, total_pages, size)
        if bound is not None:
            self._last = bound
        self._done = not items or len(items) < size or (self._last is not None and number >= self._last)
        return page


_NOTHING = object()


def _last_page(total_elements: int | None, total_pages: int | None, size: int) -> int | None:
    """The number of the last page the totals allow (-1: none), or None when unreported."""
    bounds = []
    if total_elements is not None:
        bounds.append(-(-max(0, total_elements) // size))
    if total_pages is not None:
        bounds.append(max(0, total_pages))
    return min(bounds) - 1 if bounds else None
