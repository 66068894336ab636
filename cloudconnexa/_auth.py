"""OAuth 2.0 client-credentials auth as an `httpx.Auth` flow.

The first request (not the client's construction) fetches a token with
`POST /api/v1/oauth/token?grant_type=client_credentials` and HTTP Basic credentials (never
in the query string: it ends up in logs). The token is reused until it is within the
refresh margin of its expiry; a 401 refreshes it once and replays the request once::

    auth = OAuthClientCredentials("client-id", Secret("client-secret"))
    httpx.Client(base_url="https://acme.api.openvpn.com", auth=auth)

The token request crosses the same transport as every other request, so it is rate-limited
and retried like them (as an idempotent request: 502/503/504 and timeouts are retried).

Credentials go to one origin only: the token is requested from the configured `base_url`
(or, without one, the origin of the first request), and a request to any other origin
through the same httpx client is refused with a `ValueError` before either credential is
attached. Token answers: 400/401 are `AuthenticationError` (check the credentials), other
errors their usual `APIStatusError`, and a 2xx without a usable `access_token` or with a
non-numeric `expires_in` an `APIResponseValidationError` naming the field; a missing or null
`expires_in` means the documented lifetime (`DEFAULT_TOKEN_EXPIRES_IN`).

Concurrency: the refresh runs under a lock (a `threading.Lock` in `sync_auth_flow`, an
`anyio.Lock` in `async_auth_flow`) and re-checks the token after acquiring it, so 50
callers needing a token cause one token request. The flow logic lives once, in `_flow`,
which yields lock markers around the refresh; the twins only lock. The common case, a
fresh token for the API's origin, is attached directly (`_authorize_fresh`): no lock, no
inner generator; a 401 then continues with the same refresh-once, replay-once steps.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Final

import anyio
import httpx

from ._config import Secret
from ._constants import (
    DEFAULT_TOKEN_EXPIRES_IN,
    EXT_IDEMPOTENT,
    EXT_RAISE_FOR_STATUS,
    TOKEN_PATH,
    TOKEN_REFRESH_FRACTION,
    TOKEN_REFRESH_MARGIN,
)
from ._exceptions import APIResponseValidationError, AuthenticationError, make_status_error

__all__ = ["OAuthClientCredentials", "TokenState", "parse_token_answer"]

_Origin = tuple[str, str, int | None]


def _origin(url: httpx.URL) -> _Origin:
    return (url.scheme, url.host, url.port)


def parse_token_answer(payload: object) -> tuple[str, float]:
    """(access_token, expires_in seconds) from a decoded token answer; ValueError names the
    field that is missing or malformed. A missing or null `expires_in` is the default."""
    if not isinstance(payload, dict):
        raise ValueError(f"token response is not a JSON object (got {type(payload).__name__})")
    token = payload.get("access_token")
    if not isinstance(token, str) or not token.strip():
        raise ValueError("token response has no access_token (a non-empty string)")
    expires_in = payload.get("expires_in")
    if expires_in is None:
        return token, float(DEFAULT_TOKEN_EXPIRES_IN)
    if isinstance(expires_in, bool):
        raise ValueError(f"token response expires_in is not a number: {expires_in!r}")
    try:
        seconds = float(expires_in)
    except (TypeError, ValueError):
        raise ValueError(f"token response expires_in is not a number: {str(expires_in)[:40]!r}") from None
    if not seconds > 0 or seconds == float("inf"):  # also refuses NaN
        raise ValueError(f"token response expires_in must be a positive number of seconds, got {seconds!r}")
    return token, seconds


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
        base_url: str | httpx.URL | None = None,
    ) -> None:
        if not isinstance(client_secret, Secret):
            raise TypeError("client_secret must be a cloudconnexa Secret")
        self._basic = httpx.BasicAuth(client_id, client_secret.get_secret_value())
        self._client_id = client_id
        self._token_path = token_path
        self._clock = clock
        self.state = state if state is not None else TokenState()
        # The only origin that gets credentials; None: pinned by the first request.
        self._origin: _Origin | None = None if base_url is None else _origin(httpx.URL(base_url))
        self._sync_lock = threading.Lock()
        self._async_lock: anyio.Lock | None = None

    def __repr__(self) -> str:
        return f"OAuthClientCredentials(client_id={self._client_id!r}, {self.state!r})"

    # -- pure pieces ------------------------------------------------------------------------

    def _check_origin(self, request: httpx.Request) -> None:
        """Refuse to attach credentials to a request for another origin than the API's."""
        origin = _origin(request.url)
        if self._origin is None:
            self._origin = origin
        elif origin != self._origin:
            scheme, host, port = self._origin
            expected = httpx.URL(scheme=scheme, host=host, port=port)
            got = httpx.URL(scheme=origin[0], host=origin[1], port=origin[2])
            raise ValueError(
                f"refusing to send CloudConnexa credentials to {str(got).rstrip('/')}: this client"
                f" only talks to {str(expected).rstrip('/')} (use another httpx client for other hosts)"
            )

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        assert self._origin is not None  # set by _check_origin before any token request
        scheme, host, port = self._origin
        url = httpx.URL(
            scheme=scheme, host=host, port=port, path=self._token_path, query=b"grant_type=client_credentials"
        )
        headers = {"Accept": "application/json"}
        if "User-Agent" in request.headers:
            headers["User-Agent"] = request.headers["User-Agent"]
        token_request = httpx.Request("POST", url, headers=headers, extensions=dict(request.extensions))
        # The auth layer maps token errors itself (to a clearer AuthenticationError).
        token_request.extensions[EXT_RAISE_FOR_STATUS] = False
        token_request.extensions[EXT_IDEMPOTENT] = True  # another token twice is harmless
        return next(self._basic.auth_flow(token_request))

    def _store(self, response: httpx.Response) -> None:
        if not response.is_success:
            if response.status_code in (400, 401):
                prefix = "token request rejected (check client_id/client_secret): "
                error = make_status_error(response, prefix=prefix)
                raise AuthenticationError(error.message, response=response, body=error.body)
            raise make_status_error(response, prefix="token request failed: ")
        try:
            payload = json.loads(response.content)
        except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, deep nesting
            raise APIResponseValidationError(response, "token response is not valid JSON") from None
        try:
            token, expires_in = parse_token_answer(payload)
        except ValueError as exc:
            raise APIResponseValidationError(response, str(exc)) from None
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

    def _authorize_fresh(self, request: httpx.Request) -> str | None:
        """The common case, without a lock or a generator: when the token needs no refresh
        and `request` goes to the API's origin, authorize it and return the token used;
        else None, and `_flow` decides."""
        token = self.state.token
        if token is None or self.state.needs_refresh(self._clock()) or _origin(request.url) != self._origin:
            return None
        self._authorize(request)
        return token

    def _flow(self, request: httpx.Request) -> Generator[_Step, object]:
        """The whole flow; yields requests to send and lock markers for the twins."""
        self._check_origin(request)
        yield from self._refresh(request, stale=None)
        used = self.state.token
        response = yield self._authorize(request)
        assert isinstance(response, httpx.Response)
        if response.status_code == 401:
            yield from self._after_401(request, used)

    def _after_401(self, request: httpx.Request, used: str | None) -> Generator[_Step, object]:
        """The token `used` was refused: refresh it once, replay the request once."""
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
        used = self._authorize_fresh(request)
        if used is None:
            flow = self._flow(request)
        else:
            first = yield request  # the common case: one request, no lock, no inner generator
            if first.status_code != 401:
                return
            first.read()
            flow = self._after_401(request, used)
        held = False
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
        used = self._authorize_fresh(request)
        if used is None:
            flow = self._flow(request)
        else:
            first = yield request  # the common case: one request, no lock, no inner generator
            if first.status_code != 401:
                return
            await first.aread()
            flow = self._after_401(request, used)
        if self._async_lock is None:
            self._async_lock = anyio.Lock()
        held = False
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
