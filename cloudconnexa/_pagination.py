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

__all__ = ["Page", "PageCursor", "PageRequest", "validate_page_size"]

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


class PageCursor:
    """Walks the pages of one listing: which page to ask for next, and when to stop.

    It stops on an empty page, on the last page the server announced (`totalPages`), or on
    a short page when the server sent no totals, so a listing costs exactly
    ceil(total / size) requests (one more only when the total is an exact multiple and the
    server omits `totalPages`).
    """

    def __init__(self, page_size: int = DEFAULT_PAGE_SIZE, *, first_page: int = 0) -> None:
        self._next: PageRequest | None = PageRequest(first_page, validate_page_size(page_size))
        self.pages_fetched = 0

    @property
    def next_request(self) -> PageRequest | None:
        """The page to fetch next, or None when the listing is exhausted."""
        return self._next

    def advance(self, raw_page: PageLike[ItemT]) -> Page[ItemT]:
        """Record the page just fetched for `next_request`, and return it in a uniform shape."""
        request = self._next
        if request is None:
            raise RuntimeError("advance() called after the last page")
        content = raw_page.content
        items: Sequence[ItemT] = content if isinstance(content, list) else []
        total_pages = _int_or_none(raw_page.total_pages)
        page = Page(
            items=items,
            number=request.page,
            size=request.size,
            total_elements=_int_or_none(raw_page.total_elements),
            total_pages=total_pages,
        )
        self.pages_fetched += 1
        is_last = (
            not items
            or (total_pages is not None and request.page + 1 >= total_pages)
            or (total_pages is None and len(items) < request.size)
        )
        self._next = None if is_last else PageRequest(request.page + 1, request.size)
        return page
