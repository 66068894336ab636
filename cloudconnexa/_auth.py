"""OAuth 2.0 client-credentials auth as an `httpx.Auth` flow.

The first request (not the client's construction) fetches a token with
`POST /api/v1/oauth/token?grant_type=client_credentials` and HTTP Basic credentials (never
in the query string: it ends up in logs). The token is reused until it is within the
refresh margin of its expiry; a 401 refreshes it once and replays the request once::

    auth = OAuthClientCredentials("client-id", Secret("client-secret"))
    httpx.Client(base_url="https://acme.api.openvpn.com", auth=auth)

The token request crosses the same transport as every other request, so it is rate-limited
and retried like them. Concurrency: the refresh runs under a lock (a `threading.Lock` in
`sync_auth_flow`, an `anyio.Lock` in `async_auth_flow`) and re-checks the token after
acquiring it, so 50 callers needing a token cause one token request. The flow logic lives
once, in `_flow`, which yields lock markers around the refresh; the twins only lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Final

import anyio
import httpx

from ._config import Secret
from ._constants import (
    DEFAULT_TOKEN_EXPIRES_IN,
    EXT_RAISE_FOR_STATUS,
    TOKEN_PATH,
    TOKEN_REFRESH_FRACTION,
    TOKEN_REFRESH_MARGIN,
)
from ._exceptions import APIStatusError, AuthenticationError, make_status_error

__all__ = ["OAuthClientCredentials", "TokenState"]


class TokenState:
    """The current access token and when to refresh it (pure; `now` is monotonic time)."""

    def __init__(self, margin: float = TOKEN_REFRESH_MARGIN, fraction: float = TOKEN_REFRESH_FRACTION) -> None:
        self.margin = margin
        """Refresh this many seconds before expiry ..."""
        self.fraction = fraction
        """... but at most this fraction of the token's lifetime early."""
        self.token: str | None = None
        self.refresh_at = 0.0

    def store(self, token: str, expires_in: float, now: float) -> None:
        self.token = token
        self.refresh_at = now + expires_in - min(self.margin, self.fraction * expires_in)

    def needs_refresh(self, now: float, stale: str | None = None) -> bool:
        """True if there is no token, it is near expiry, or it is `stale` (got a 401)."""
        return self.token is None or self.token == stale or now >= self.refresh_at

    def invalidate(self) -> None:
        self.token = None

    def __repr__(self) -> str:
        state = "no token" if self.token is None else f"refresh_at={self.refresh_at:.1f}"
        return f"TokenState({state})"


class _LockOp:
    def __init__(self, name: str) -> None:
        self.name = name


_ACQUIRE: Final = _LockOp("acquire")
_RELEASE: Final = _LockOp("release")
_Step = httpx.Request | _LockOp


class OAuthClientCredentials(httpx.Auth):
    """`httpx.Auth` adding `Authorization: Bearer <token>`, fetching it as needed."""

    requires_response_body = True

    def __init__(
        self,
        client_id: str,
        client_secret: Secret,
        *,
        token_path: str = TOKEN_PATH,
        clock: Callable[[], float] = time.monotonic,
        state: TokenState | None = None,
    ) -> None:
        if not isinstance(client_secret, Secret):
            raise TypeError("client_secret must be a cloudconnexa Secret")
        self._basic = httpx.BasicAuth(client_id, client_secret.get_secret_value())
        self._client_id = client_id
        self._token_path = token_path
        self._clock = clock
        self.state = state if state is not None else TokenState()
        self._sync_lock = threading.Lock()
        self._async_lock: anyio.Lock | None = None

    def __repr__(self) -> str:
        return f"OAuthClientCredentials(client_id={self._client_id!r}, {self.state!r})"

    # -- pure pieces ------------------------------------------------------------------------

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        url = request.url.copy_with(path=self._token_path, query=b"grant_type=client_credentials", fragment=None)
        headers = {"Accept": "application/json"}
        if "User-Agent" in request.headers:
            headers["User-Agent"] = request.headers["User-Agent"]
        token_request = httpx.Request("POST", url, headers=headers, extensions=dict(request.extensions))
        # The auth layer maps token errors itself (to a clearer AuthenticationError).
        token_request.extensions[EXT_RAISE_FOR_STATUS] = False
        return next(self._basic.auth_flow(token_request))

    def _store(self, response: httpx.Response) -> None:
        if not response.is_success:
            prefix = "token request rejected (check client_id/client_secret): "
            error = make_status_error(response, prefix=prefix)
            if response.status_code in (400, 401):
                raise AuthenticationError(error.message, response=response, body=error.body)
            raise error
        try:
            payload = response.json()
            token = payload["access_token"]
            expires_in = float(payload.get("expires_in", DEFAULT_TOKEN_EXPIRES_IN))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise APIStatusError("token response has no access_token", response=response, body=None) from None
        if not isinstance(token, str) or not token:
            raise APIStatusError("token response has no access_token", response=response, body=None)
        self.state.store(token, expires_in, self._clock())

    def _refresh(self, request: httpx.Request, stale: str | None) -> Generator[_Step, object]:
        if not self.state.needs_refresh(self._clock(), stale):
            return
        yield _ACQUIRE
        # Re-check: another caller may have refreshed while we waited for the lock.
        if self.state.needs_refresh(self._clock(), stale):
            response = yield self._token_request(request)
            assert isinstance(response, httpx.Response)
            self._store(response)
        yield _RELEASE

    def _authorize(self, request: httpx.Request) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {self.state.token}"
        return request

    def _flow(self, request: httpx.Request) -> Generator[_Step, object]:
        """The whole flow; yields requests to send and lock markers for the twins."""
        yield from self._refresh(request, stale=None)
        used = self.state.token
        response = yield self._authorize(request)
        assert isinstance(response, httpx.Response)
        if response.status_code != 401:
            return
        yield from self._refresh(request, stale=used)
        response = yield self._authorize(request)
        assert isinstance(response, httpx.Response)
        if response.status_code == 401:
            raise make_status_error(response)

    # -- drivers: the lock-free one and the two locking twins ----------------------------

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Lock-free flow (single-threaded use and unit tests drive it with `send`)."""
        flow = self._flow(request)
        step = next(flow)
        while True:
            reply = None if isinstance(step, _LockOp) else (yield step)
            try:
                step = flow.send(reply)
            except StopIteration:
                return

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        flow, held = self._flow(request), False
        try:
            step = next(flow)
            while True:
                reply: httpx.Response | None = None
                if step is _ACQUIRE:
                    self._sync_lock.acquire()
                    held = True
                elif step is _RELEASE:
                    held = False
                    self._sync_lock.release()
                elif isinstance(step, httpx.Request):
                    reply = yield step
                    reply.read()
                step = flow.send(reply)
        except StopIteration:
            return
        finally:
            if held:
                self._sync_lock.release()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._async_lock is None:
            self._async_lock = anyio.Lock()
        flow, held = self._flow(request), False
        try:
            step = next(flow)
            while True:
                reply: httpx.Response | None = None
                if step is _ACQUIRE:
                    await self._async_lock.acquire()
                    held = True
                elif step is _RELEASE:
                    held = False
                    self._async_lock.release()
                elif isinstance(step, httpx.Request):
                    reply = yield step
                    await reply.aread()
                step = flow.send(reply)
        except StopIteration:
            return
        finally:
            if held:
                self._async_lock.release()
