"""`PageCursor`: which pages to request, in what order, when to stop, what does not add up."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from cloudconnexa._pagination import ListingMismatch, PageCursor, look_ahead_pages


@dataclass
class Raw:
    content: Any
    page: Any = None
    total_elements: Any = None
    total_pages: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def answer(number: int, items: list[int], total: int | None, size: int, pages: int | None = None) -> Raw:
    total_pages = pages if pages is not None else (None if total is None else -(-total // size))
    return Raw(items, number, total, total_pages)


def walk(cursor: PageCursor, serve: Any, limit: int = 1000) -> list[int]:
    """Launch everything allowed, answer in order; return the pages requested."""
    requested: list[int] = []
    queue: list[int] = []
    while not cursor.done and len(requested) < limit:
        while (request := cursor.launch()) is not None:
            requested.append(request.page)
            queue.append(request.page)
        cursor.advance(serve(queue.pop(0)))
    return requested


def test_before_the_totals_only_the_next_page_is_launched() -> None:
    cursor = PageCursor(10)
    assert cursor.launch().page == 0
    assert cursor.launch() is None
    cursor.advance(answer(0, list(range(10)), 35, 10))
    assert [cursor.launch().page for _ in range(3)] == [1, 2, 3]
    assert cursor.launch() is None


@pytest.mark.parametrize("total", [0, 1, 999, 1000, 1001, 20_000])
def test_a_listing_costs_ceil_total_over_size(total: int) -> None:
    size = 1000

    def serve(n: int) -> Raw:
        return answer(n, list(range(n * size, min(total, (n + 1) * size))), total, size)

    assert walk(PageCursor(size), serve) == list(range(max(1, -(-total // size))))


def test_total_pages_absurd_is_bounded_by_total_elements() -> None:
    # totalPages 10**9 with 25 records in pages of 10: 3 pages, not a billion.
    def serve(n: int) -> Raw:
        return answer(n, list(range(n * 10, min(25, n * 10 + 10))), 25, 10, pages=10**9)

    assert walk(PageCursor(10), serve) == [0, 1, 2]


def test_an_empty_page_stops_the_walk() -> None:
    def serve(n: int) -> Raw:
        return answer(n, list(range(10)) if n == 0 else [], 10**6, 10)

    requested = walk(PageCursor(10), serve)
    assert requested[:2] == [0, 1] and len(requested) <= 1 + 10**5


def test_no_totals_walks_until_a_short_page() -> None:
    def serve(n: int) -> Raw:
        return answer(n, list(range(n * 10, n * 10 + (10 if n < 3 else 4))), None, 10)

    assert walk(PageCursor(10), serve) == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("second", "match"),
    [
        (Raw([10], page=0, total_elements=30, total_pages=3), "asked for page 1 and got page 0"),
        (Raw([0], page=None, total_elements=30, total_pages=3), "same record as page 0"),
        (Raw(list(range(11)), page=1, total_elements=30, total_pages=3), "more than the size asked"),
    ],
)
def test_pages_that_do_not_add_up(second: Raw, match: str) -> None:
    cursor = PageCursor(10)
    cursor.launch()
    cursor.advance(Raw(list(range(10)), page=0, total_elements=30, total_pages=3))
    with pytest.raises(ListingMismatch, match=match):
        cursor.advance(second)


def test_start_page() -> None:
    cursor = PageCursor(10, first_page=5)
    assert cursor.launch().page == 5
    with pytest.raises(ListingMismatch, match="asked for page 5 and got page 0"):
        cursor.advance(Raw([1], page=0, total_elements=60, total_pages=6))


@pytest.mark.parametrize(("value", "error"), [(-1, ValueError), ("3", TypeError), (True, TypeError)])
def test_start_page_validated(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="page"):
        PageCursor(10, first_page=value)  # type: ignore[arg-type]


def test_look_ahead_is_twice_max_concurrency_capped() -> None:
    assert [look_ahead_pages(n) for n in (1, 4, 10, 100)] == [2, 8, 20, 20]
