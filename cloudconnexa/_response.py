"""Raw HTTP answers of façade calls: `client.with_raw_response.<area>.<method>(...)`.

Every resource method sends through one point (`APIResource._send`), which reports each
response to `record_response`. `with_raw_response` runs the ordinary method while a context
variable collects those reports, then wraps the last one with the method's own return value,
so every method, including methods added later, has a raw form without code of its own::

    raw = client.with_raw_response.dns.get(record_id)
    raw.status_code, raw.headers["x-ratelimit-remaining"], raw.elapsed
    record = raw.parse()                      # what client.dns.get(record_id) returns

    raw = await aclient.with_raw_response.networks.connectors.create(network_id=..., name=...)

A call that returns a lazy listing (a paginator, a session iterator) fetches its first page
or batch, so there is an answer to show; `.parse()` returns the listing itself, which starts
again from the beginning when iterated. A call that sends several requests (a v1.0 listing
scan) reports the last answer; all of them are in `http_responses`. An error answer raises
the usual `APIStatusError` (its `.response` is the raw answer).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["AsyncRawResponseProxy", "RawResponse", "RawResponseProxy", "capture_responses", "record_response"]

T = TypeVar("T")

_capture: ContextVar[list[httpx.Response] | None] = ContextVar("cloudconnexa_raw_responses", default=None)


def record_response(response: httpx.Response) -> None:
    """Report an answer to a `with_raw_response` call in progress (a no-op otherwise)."""
    captured = _capture.get()
    if captured is not None:
        captured.append(response)


@contextmanager
def capture_responses() -> Iterator[list[httpx.Response]]:
    """Collect the answers `record_response` reports in this context (thread or task)."""
    captured: list[httpx.Response] = []
    token = _capture.set(captured)
    try:
        yield captured
    finally:
        _capture.reset(token)


class RawResponse(Generic[T]):
    """The HTTP answer behind a façade call, and the value that call returns (`parse()`)."""

    def __init__(self, responses: list[httpx.Response], value: T, call: str) -> None:
        if not responses:
            raise TypeError(f"{call}() sent no request: with_raw_response wraps calls to the API")
        self.http_responses: tuple[httpx.Response, ...] = tuple(responses)
        """Every answer the call received, in order (several for a v1.0 listing scan)."""
        self.http_response: httpx.Response = responses[-1]
        """The last answer (the only one for most calls)."""
        self._value = value

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """Answer headers, e.g. `X-RateLimit-Remaining`."""
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        """The request as sent (its `Authorization` header is masked in its repr by httpx)."""
        return self.http_response.request

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to the end of the answer (last attempt)."""
        return self.http_response.elapsed

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    def parse(self) -> T:
        """The value the ordinary call returns (a model, a list, None, a listing)."""
        return self._value

    def __repr__(self) -> str:
        request = self.http_request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"


def _proxied(target: object, name: str) -> object:
    if name.startswith("_"):
        raise AttributeError(name)
    value = getattr(target, name)
    if not callable(value) and not hasattr(value, "_send"):
        raise AttributeError(f"with_raw_response.{name} is not an API area or call")
    return value


def _call_name(target: object) -> str:
    return str(getattr(target, "__qualname__", type(target).__name__))


class RawResponseProxy:
    """`client.with_raw_response` and what is reached from it: an area gives an area, a
    call gives a `RawResponse`."""

    def __init__(self, target: object) -> None:
        self._target = target

    def __getattr__(self, name: str) -> RawResponseProxy:
        return RawResponseProxy(_proxied(self._target, name))

    def __call__(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        if not callable(self._target):
            raise TypeError(f"{type(self._target).__name__} is an API area, not a call")
        with capture_responses() as captured:
            value = self._target(*args, **kwargs)
            start = getattr(value, "pages", None) or getattr(value, "batches", None)
            if start is not None:  # a lazy listing: fetch its first page so there is an answer
                units = start()
                try:
                    next(units, None)
                finally:
                    units.close()
        return RawResponse(captured, value, _call_name(self._target))


class AsyncRawResponseProxy:
    """The `AsyncClient` twin of `RawResponseProxy` (calls are awaited)."""

    def __init__(self, target: object) -> None:
        self._target = target

    def __getattr__(self, name: str) -> AsyncRawResponseProxy:
        return AsyncRawResponseProxy(_proxied(self._target, name))

    async def __call__(self, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        if not callable(self._target):
            raise TypeError(f"{type(self._target).__name__} is an API area, not a call")
        with capture_responses() as captured:
            value = self._target(*args, **kwargs)
            if hasattr(value, "__await__"):
                value = await value
            start = getattr(value, "pages", None) or getattr(value, "batches", None)
            if start is not None:  # a lazy listing: fetch its first page so there is an answer
                units = start()
                try:
                    await anext(units, None)
                finally:
                    await units.aclose()
        return RawResponse(captured, value, _call_name(self._target))
