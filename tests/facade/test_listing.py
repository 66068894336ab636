"""Listing on both clients: concurrent pages in order, start page, early exit, pages and
cursors that do not add up (issue 10 item 2, issue 14 item 1, issue 15 item 5)."""

from __future__ import annotations

import concurrent.futures
import math
import threading
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx
import pytest

import cloudconnexa
from cloudconnexa import APIResponseValidationError
from cloudconnexa._prefetch import Prefetcher

from .conftest import BASE_URL, TOKEN, FakeListing


def _records(n: int) -> list[dict[str, object]]:
    return [{"id": str(uuid.UUID(int=i + 1)), "domain": f"host{i}.internal"} for i in range(n)]


def test_listing_fetches_every_page_once_in_order(api, make_client):
    listing = FakeListing(_records(205))
    api.get("/api/v1/dns-records").mock(side_effect=listing)
    records = make_client().dns.list(page_size=10).to_list()
    assert [r.domain for r in records] == [f"host{i}.internal" for i in range(205)]
    assert sorted(int(r.url.params["page"]) for r in listing.requests) == list(range(21))  # ceil(205/10)


def test_from_page_starts_there(api, make_client):
    listing = FakeListing(_records(55))
    api.get("/api/v1/dns-records").mock(side_effect=listing)
    paginator = make_client().dns.list(page_size=10)
    records = list(paginator.from_page(3))
    assert [r.domain for r in records] == [f"host{i}.internal" for i in range(30, 55)]
    assert sorted(int(r.url.params["page"]) for r in listing.requests) == [3, 4, 5]


@pytest.mark.parametrize(("value", "error"), [(-1, ValueError), ("2", TypeError)])
def test_from_page_is_validated(make_client, value, error):
    with pytest.raises(error, match="page"):
        make_client().dns.list().from_page(value)


def _page(content: list[Any], page: int | None, total: int, size: int, total_pages: int | None = None) -> dict:
    body = {"content": content, "size": size, "numberOfElements": len(content), "totalElements": total,
            "totalPages": total_pages if total_pages is not None else math.ceil(total / size)}  # fmt: skip
    if page is not None:
        body["page"] = page
    return body


def test_server_ignoring_page_is_an_error_not_a_loop(api, make_client):
    records = _records(30)
    route = api.get("/api/v1/dns-records").respond(200, json=_page(records[:10], 0, 30, 10))
    with pytest.raises(APIResponseValidationError, match="asked for page 1 and got page 0"):
        make_client().dns.list(page_size=10).to_list()
    assert route.call_count <= 3


def test_server_repeating_page_zero_without_page_field_is_an_error(api, make_client):
    records = _records(30)
    api.get("/api/v1/dns-records").respond(200, json=_page(records[:10], None, 30, 10))
    with pytest.raises(APIResponseValidationError, match="same record as page 0"):
        make_client().dns.list(page_size=10).to_list()


def test_absurd_total_pages_is_bounded_by_total_elements(api, make_client):
    records = _records(25)

    def serve(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params["page"])
        return httpx.Response(200, json=_page(records[n * 10 : n * 10 + 10], n, 25, 10, total_pages=10**9))

    route = api.get("/api/v1/dns-records").mock(side_effect=serve)
    assert len(make_client().dns.list(page_size=10).to_list()) == 25
    assert route.call_count == 3


def test_an_empty_page_ends_the_listing(api, make_client):
    records = _records(10)

    def serve(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params["page"])
        return httpx.Response(200, json=_page(records if n == 0 else [], n, 10**6, 10))

    api.get("/api/v1/dns-records").mock(side_effect=serve)
    assert len(make_client(max_concurrency=2).dns.list(page_size=10).to_list()) == 10


def test_a_cursor_seen_before_is_an_error(api, make_client):
    cursors = iter(["A", "B", "A", "B", "A"])

    def serve(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"sessions": [{"id": request.url.params.get("cursor", "s0")}],
                                         "nextCursor": next(cursors)})  # fmt: skip

    route = api.get("/api/v1/sessions").mock(side_effect=serve)
    with pytest.raises(APIResponseValidationError, match="nextCursor 'A', already followed"):
        make_client().sessions.list().to_list()
    assert route.call_count == 3


# -- concurrency and early exit, driven directly (no portal) to observe requests in flight --


class Blocking:
    """A listing of `pages` pages of 10; pages >= `block_from` wait until released."""

    def __init__(self, pages: int, block_from: int) -> None:
        self.records = _records(pages * 10)
        self.pages, self.block_from = pages, block_from
        self.requested: list[int] = []
        self.cancelled: list[int] = []
        self.in_flight = self.max_in_flight = 0

    def body(self, n: int) -> dict[str, Any]:
        return _page(self.records[n * 10 : n * 10 + 10], n, len(self.records), 10)


def _token_or(request: httpx.Request) -> httpx.Response | None:
    return httpx.Response(200, json=TOKEN) if request.url.path.endswith("/oauth/token") else None


def _sync_handler(
    listing: Blocking, release: threading.Event, *, sent: int, signal: threading.Event
) -> Callable[[httpx.Request], httpx.Response]:
    """Serves `listing`'s pages on any thread, holding those from `block_from` on until
    `release`; sets `signal` once `sent` pages have been requested."""
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        if (token := _token_or(request)) is not None:
            return token
        n = int(request.url.params["page"])
        with lock:
            listing.requested.append(n)
            listing.in_flight += 1
            listing.max_in_flight = max(listing.max_in_flight, listing.in_flight)
            if len(listing.requested) == sent:
                signal.set()
        if n >= listing.block_from:
            release.wait()
        with lock:
            listing.in_flight -= 1
        return httpx.Response(200, json=listing.body(n))

    return handler


def _async_handler(listing: Blocking, release: anyio.Event) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
    """Serves `listing`'s pages, holding those from `block_from` on until `release`."""

    async def handler(request: httpx.Request) -> httpx.Response:
        if (token := _token_or(request)) is not None:
            return token
        n = int(request.url.params["page"])
        listing.requested.append(n)
        listing.in_flight += 1
        listing.max_in_flight = max(listing.max_in_flight, listing.in_flight)
        try:
            if n >= listing.block_from:
                await release.wait()
            else:
                await anyio.sleep(0)
        except BaseException:
            listing.cancelled.append(n)
            raise
        finally:
            listing.in_flight -= 1
        return httpx.Response(200, json=listing.body(n))

    return handler


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_async_pages_are_fetched_concurrently_and_break_cancels_them():
    listing = Blocking(pages=30, block_from=2)
    release = anyio.Event()

    handler = _async_handler(listing, release)
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with cloudconnexa.AsyncClient(BASE_URL, client_id="i", client_secret="s", http_client=http) as client:
        seen = []
        async for record in client.dns.list(page_size=10):
            seen.append(record.domain)
            if len(seen) == 11:  # the first record of page 1
                break
        for _ in range(5):
            await anyio.sleep(0)
        # page 0 alone, then max_concurrency (10) at once; page 1's answer may have made
        # room for page 11 before the break.
        sent = sorted(listing.requested)
        assert sent[:11] == list(range(11)) and sent[11:] in ([], [11])
        assert 1 < listing.max_in_flight <= 10
        assert sorted(listing.cancelled) == sent[2:]  # the early exit cancelled them
        release.set()
        for _ in range(5):
            await anyio.sleep(0)
        assert sorted(listing.requested) == sent  # and sent nothing more
    await http.aclose()


def test_sync_pages_use_threads_and_break_sends_nothing_more():
    listing = Blocking(pages=30, block_from=2)
    release = threading.Event()
    all_started = threading.Event()
    handler = _sync_handler(listing, release, sent=12, signal=all_started)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with cloudconnexa.Client(BASE_URL, client_id="i", client_secret="s", http_client=http) as client:
        seen = []
        for record in client.dns.list(page_size=10):
            seen.append(record.domain)
            if len(seen) == 11:
                # pages 2..10 are in flight on the pool, and page 11 in the place page 1 freed
                assert all_started.wait(timeout=30)
                break
        release.set()
        assert sorted(listing.requested) == list(range(12))
        assert seen == [f"host{i}.internal" for i in range(11)]
    http.close()


# -- a finished request frees its place at once, not when its page is consumed (issue 14) --
# max_concurrency 2: at most 2 requests in flight and 4 pages started ahead of the page
# being iterated. The consumer stops on the first record of page 1; pages 1 and 2 answer at
# once, so pages 3 and 4 must be sent while the consumer still holds page 1, and nothing
# beyond page 4 (the look-ahead bound) until it moves on.


def test_sync_a_finished_request_frees_its_place_before_its_page_is_consumed():
    listing = Blocking(pages=30, block_from=3)
    release = threading.Event()
    five_sent = threading.Event()
    handler = _sync_handler(listing, release, sent=5, signal=five_sent)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with cloudconnexa.Client(BASE_URL, client_id="i", client_secret="s", http_client=http, max_concurrency=2) as c:
        records = iter(c.dns.list(page_size=10))
        seen = [next(records).domain for _ in range(11)]  # page 0, then the first record of page 1
        assert five_sent.wait(timeout=30)  # pages 3 and 4 went out while page 1 is held
        assert sorted(listing.requested) == [0, 1, 2, 3, 4]
        assert listing.max_in_flight <= 2
        records.close()  # the early exit: pages 3 and 4 finish on their threads, nothing more
        release.set()
        assert sorted(listing.requested) == [0, 1, 2, 3, 4]
        assert seen == [f"host{i}.internal" for i in range(11)]
    http.close()


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_async_a_finished_request_frees_its_place_before_its_page_is_consumed():
    listing = Blocking(pages=30, block_from=3)
    release = anyio.Event()

    handler = _async_handler(listing, release)
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = cloudconnexa.AsyncClient(BASE_URL, client_id="i", client_secret="s", http_client=http, max_concurrency=2)
    async with client:
        records = client.dns.list(page_size=10).__aiter__()
        seen = [(await records.__anext__()).domain for _ in range(11)]
        for _ in range(50):  # let the tasks run; the consumer holds page 1 meanwhile
            await anyio.sleep(0)
        assert sorted(listing.requested) == [0, 1, 2, 3, 4]
        assert listing.max_in_flight <= 2
        await records.aclose()  # type: ignore[attr-defined]
        for _ in range(5):
            await anyio.sleep(0)
        assert sorted(listing.cancelled) == [3, 4]
        release.set()
        for _ in range(5):
            await anyio.sleep(0)
        assert sorted(listing.requested) == [0, 1, 2, 3, 4]
        assert seen == [f"host{i}.internal" for i in range(11)]
    await http.aclose()


def test_sync_page_request_waiting_for_a_slot_is_not_sent_after_break():
    # Other calls of the client hold every in-flight slot, so the listing's worker threads
    # wait for one. Once the listing is abandoned (`break` cancels its Prefetcher), the
    # slots come free: the page requests that were waiting must not be sent.
    release = threading.Event()
    holding = threading.Event()
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if (token := _token_or(request)) is not None:
            return token
        sent.append(request.url.path)
        if request.url.path.endswith("/hog"):
            holding.set()
            release.wait()
        return httpx.Response(200, json={})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with cloudconnexa.Client(BASE_URL, client_id="i", client_secret="s", http_client=http, max_concurrency=1) as client:
        client.request("GET", "/api/v1/warm-up")  # the token, so the hog holds only the slot
        hog = threading.Thread(target=client.request, args=("GET", "/api/v1/hog"))
        hog.start()
        assert holding.wait(timeout=30)  # the client's only slot is taken
        prefetcher: Prefetcher[int, httpx.Response] = Prefetcher(
            lambda n: client.request("GET", f"/api/v1/page-{n}"), workers=2
        )
        prefetcher.start(1)
        prefetcher.start(2)
        prefetcher._submit_queued()  # both go to worker threads, as in next_result()
        futures = [future for _, future in prefetcher._queue]
        assert all(future is not None for future in futures)
        for _ in range(3000):  # both workers are inside the request, waiting for the slot
            if all(future is not None and future.running() for future in futures):
                break
            threading.Event().wait(0.01)
        prefetcher.cancel()
        release.set()
        hog.join(timeout=30)
        done, _ = concurrent.futures.wait([f for f in futures if f is not None], timeout=30)
        assert len(done) == 2
    assert sent == ["/api/v1/warm-up", "/api/v1/hog"]
    http.close()
