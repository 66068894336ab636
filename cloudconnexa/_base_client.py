"""The HTTP core of the façade: one configured `httpx` client handed to generated code.

`SyncAPIClient` / `AsyncAPIClient` resolve the configuration, build an `httpx.Client` /
`httpx.AsyncClient` carrying the base URL, timeout, our OAuth `httpx.Auth` and our
retrying, rate-limited transport, and give it to the generated `Client` of the selected
API version (`set_httpx_client` / `set_async_httpx_client`). Every generated endpoint
function therefore inherits auth, retries, rate limiting and error raising::

    with SyncAPIClient("acme", client_id="id", client_secret="secret") as core:
        fast = core.with_options(timeout=5.0, max_retries=0)   # shares pool, token, limiter
        sync_detailed(client=fast.generated_client)

`with_options` builds a new httpx client whose transport is `RetryTransport.derive(policy)`:
same inner transport (pool), same rate limiter and in-flight slots, same auth object (so
the same token), another retry policy and timeout. Closing the copy closes only its own
httpx client; closing the original closes the shared pool, after which the copies raise
`ClientClosedError` (as does `with_options` on a closed client). For one raw request
without a copy, the transport also reads the request extensions `cloudconnexa_max_retries`
and `cloudconnexa_max_rate_limit_wait`.

Injected `http_client`: its settings (limits, proxies, verify, headers, event hooks, ...) are
kept. The SDK sets its `auth` and `base_url` (and `timeout`, if given), and wraps the
transport(s) httpx keeps in the private `_transport` attribute and `_mounts` dict (proxy
mounts) in our retry transport, in place. The caller owns an injected client: `close()`
does not close it.
"""

from __future__ import annotations

import copy
import functools
import inspect
import time
from collections.abc import Awaitable, Callable, Mapping
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeAlias, TypeVar, cast

import anyio
import httpx

from ._auth import OAuthClientCredentials
from ._config import ClientConfig, resolve_config
from ._constants import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RATE_LIMIT_WAIT,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
)
from ._exceptions import ClientClosedError
from ._operations import import_module
from ._pool import SINGLE_POOL_MAX
from ._ratelimit import RateLimiter
from ._response import AsyncRawResponseProxy, RawResponseProxy, record_response
from ._retry import RetryPolicy
from ._transport import (
    AsyncRetryTransport,
    RetryTransport,
    default_async_transport,
    default_limits,
    default_transport,
)
from ._urls import url_prefix
from ._version import __version__
from ._versions import VersionState

if TYPE_CHECKING:
    from cloudconnexa_generated.v1_0.client import Client as V1_0Client
    from cloudconnexa_generated.v1_1_0.client import Client as V1_1_0Client
    from cloudconnexa_generated.v1_2_3.client import Client as V1_2_3Client

__all__ = ["NOT_GIVEN", "AsyncAPIClient", "BaseClient", "GeneratedClient", "NotGiven", "SyncAPIClient"]

GeneratedClient: TypeAlias = "V1_2_3Client | V1_1_0Client | V1_0Client"
"""The generated `Client` class of each supported API version (`client.generated_client`)."""

QueryParams: TypeAlias = Mapping[str, "str | int | float | bool | None | list[str | int | float | bool]"]

_HttpT = TypeVar("_HttpT", httpx.Client, httpx.AsyncClient)
_TransportT = TypeVar("_TransportT", RetryTransport, AsyncRetryTransport)


class NotGiven:
    """Sentinel for "argument not given" where None means something (`timeout=None`)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()

TimeoutTypes = float | httpx.Timeout | None


class BaseClient(Generic[_HttpT]):
    """What the sync and async clients share: configuration, policies, kwargs building."""

    _http: _HttpT
    _owns_http: bool
    _url_prefix: str
    """The base URL as text, which generated paths follow (see `_urls`)."""

    def __init__(
        self,
        base_url: str | None,
        *,
        client_id: str | None,
        client_secret: str | None,
        api_version: str | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        max_rate_limit_wait: float | NotGiven,
        max_concurrency: int | NotGiven,
        clock: Callable[[], float] | None,
    ) -> None:
        self._config: ClientConfig = resolve_config(base_url, client_id, client_secret, api_version)
        self._versions = VersionState(self._config.api_version)
        self._timeout_given = not isinstance(timeout, NotGiven)
        self._timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else httpx.Timeout(timeout)
        self._policy = RetryPolicy(
            max_retries=DEFAULT_MAX_RETRIES if isinstance(max_retries, NotGiven) else max_retries,
            max_rate_limit_wait=DEFAULT_MAX_RATE_LIMIT_WAIT
            if isinstance(max_rate_limit_wait, NotGiven)
            else max_rate_limit_wait,
        )
        clock = clock if clock is not None else time.monotonic
        concurrency = DEFAULT_MAX_CONCURRENCY if isinstance(max_concurrency, NotGiven) else max_concurrency
        self._limiter = RateLimiter(concurrency, clock=clock)
        self._auth = OAuthClientCredentials(
            self._config.client_id, self._config.client_secret, clock=clock, base_url=self._config.base_url
        )
        self._generated: GeneratedClient | None = None

    # -- read-only views ------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def api_version(self) -> str:
        """The API version in use; with `api_version="auto"`, "auto" until the first call detects it."""
        return self._versions.current

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._policy.max_retries

    @property
    def http_client(self) -> _HttpT:
        """The configured httpx client (auth, retries, limits included)."""
        return self._http

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_version={self.api_version!r},"
            f" client_id={self._config.client_id!r})"
        )

    # -- building httpx clients -----------------------------------------------------------

    def _http_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for the httpx client the SDK creates itself."""
        return {
            "base_url": self._config.base_url,
            "timeout": self._timeout,
            "auth": self._auth,
            "headers": {"User-Agent": f"cloudconnexa-python/{__version__}"},
            "follow_redirects": False,
        }

    def _install(self, http: _HttpT, wrap: Callable[[Any], Any], kind: type) -> None:
        """Make an injected httpx client ours: auth, base URL, wrapped transports (in place)."""
        transports = [http._transport, *(t for t in http._mounts.values() if t is not None)]
        if any(isinstance(t, kind) for t in transports):
            raise ValueError("http_client is already used by another CloudConnexa client")
        http.auth = self._auth
        http.base_url = httpx.URL(self._config.base_url)
        if self._timeout_given:
            http.timeout = self._timeout
        else:
            self._timeout = http.timeout
        http._transport = wrap(http._transport)
        http._mounts = {p: None if t is None else wrap(t) for p, t in http._mounts.items()}

    def _use_http(
        self,
        http_client: Any,
        client_class: type[_HttpT],
        wrap: Callable[[Any], Any],
        transport_class: type,
        trust_env: bool = True,
    ) -> None:
        """Build our httpx client, or adopt the caller's (`http_client`) in place.

        Our own client is built the way httpx builds a default one (so `trust_env` brings
        HTTP(S)_PROXY/ALL_PROXY/NO_PROXY mounts and SSL_CERT_FILE/SSL_CERT_DIR, as in plain
        httpx), then its transport and every proxy mount are wrapped in our retry transport.
        """
        if not isinstance(trust_env, bool):
            raise TypeError(f"trust_env must be a bool, not {type(trust_env).__name__}")
        if http_client is None:
            concurrency = self._limiter.max_concurrency
            # One SSL context for every pool: each would otherwise load the CA bundle (~20 ms).
            ssl_context = httpx.create_ssl_context(trust_env=trust_env)
            http = client_class(
                limits=default_limits(concurrency), trust_env=trust_env, verify=ssl_context, **self._http_kwargs()
            )
            # A pool per connection is cheaper than one shared pool (see `_pool`).
            if concurrency > SINGLE_POOL_MAX and isinstance(http, httpx.Client):
                http._transport = default_transport(concurrency, trust_env=trust_env, ssl_context=ssl_context)
            elif concurrency > SINGLE_POOL_MAX and isinstance(http, httpx.AsyncClient):
                http._transport = default_async_transport(concurrency, trust_env=trust_env, ssl_context=ssl_context)
            http._transport = wrap(http._transport)
            http._mounts = {p: None if t is None else wrap(t) for p, t in http._mounts.items()}
            self._http, self._owns_http = http, True
            self._url_prefix = url_prefix(http.base_url)
        elif not trust_env:
            raise ValueError("trust_env=False applies to the httpx client the SDK builds: set it on http_client")
        elif isinstance(http_client, client_class):
            self._install(http_client, wrap, transport_class)
            self._http, self._owns_http = http_client, False
            self._url_prefix = url_prefix(http_client.base_url)
        else:
            expected = f"httpx.{client_class.__name__}"
            raise TypeError(f"http_client must be an {expected}, not {type(http_client).__name__}")

    def _derived_kwargs(self, http: _HttpT) -> dict[str, Any]:
        """Settings of `http` for a `with_options` copy (transport and mounts set after)."""
        return {
            "auth": self._auth,
            "base_url": http.base_url,
            "timeout": self._timeout,
            "headers": http.headers,
            "cookies": http.cookies,
            "event_hooks": http.event_hooks,
            "follow_redirects": http.follow_redirects,
            "trust_env": http.trust_env,
        }

    def _adopt_transports(self, new: _HttpT, old: _HttpT) -> None:
        """Point `new` at transports sharing `old`'s pools and limiter, with our policy."""

        def derive(transport: Any) -> Any:
            return transport.derive(self._policy)

        new._transport = derive(old._transport)
        new._mounts = {p: None if t is None else derive(t) for p, t in old._mounts.items()}

    def _copy_with(
        self,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        max_rate_limit_wait: float | NotGiven,
    ) -> Self:
        if self._http.is_closed:
            raise ClientClosedError("with_options() on a closed client: its connection pool is closed")
        changes: dict[str, Any] = {}
        if not isinstance(max_retries, NotGiven):
            changes["max_retries"] = max_retries
        if not isinstance(max_rate_limit_wait, NotGiven):
            changes["max_rate_limit_wait"] = max_rate_limit_wait
        clone = copy.copy(self)
        clone._policy = self._policy.replace(**changes)
        if not isinstance(timeout, NotGiven):
            clone._timeout = httpx.Timeout(timeout)
        clone._generated = None
        # Lazily built resources (`cached_property`) hold the original client: rebuild them.
        for name in list(vars(clone)):
            if isinstance(getattr(type(clone), name, None), functools.cached_property):
                del clone.__dict__[name]
        # A new httpx client of the same kind, on transports sharing this one's pool and limiter.
        http_class = httpx.AsyncClient if isinstance(self._http, httpx.AsyncClient) else httpx.Client
        clone._http = http_class(**clone._derived_kwargs(self._http))
        clone._owns_http = True  # owns the new httpx client, which does not own the pool
        clone._adopt_transports(clone._http, self._http)
        return clone

    # -- generated code -------------------------------------------------------------------

    def _generated_module(self) -> ModuleType:
        """`cloudconnexa_generated.<version>.client`, imported on first use."""
        package = self._config.generated_package
        return import_module(f"cloudconnexa_generated.{package}.client")

    def _new_generated_client(self) -> GeneratedClient:
        client_class = self._generated_module().Client
        return cast("GeneratedClient", client_class(base_url=self.base_url, timeout=self._timeout))

    @staticmethod
    def _request_kwargs(
        method: str,
        path: str,
        params: QueryParams | None,
        json: object,
        content: bytes | str | None,
        headers: Mapping[str, str] | None,
    ) -> dict[str, Any]:
        """Check a `request(...)` call and turn it into httpx keyword arguments."""
        if not isinstance(method, str) or not method.isalpha():
            raise ValueError(f"method must be an HTTP method such as 'GET', got {method!r}")
        if not isinstance(path, str):
            raise TypeError(f"path must be a str, not {type(path).__name__}")
        if not path.startswith("/") or path.startswith("//"):
            # An absolute URL would carry the bearer token to another host.
            raise ValueError(f"path must be a path on the API host starting with '/', got {path!r}")
        if json is not None and content is not None:
            raise ValueError("pass json or content, not both")
        kwargs: dict[str, Any] = {"method": method.upper(), "url": path, "params": params, "headers": headers}
        if json is not None:
            kwargs["json"] = json
        if content is not None:
            kwargs["content"] = content
        return kwargs


_PRIVATE_HOOKS = ("_clock", "_sleep")


def _hide_private_hooks(cls: type[Any]) -> type[Any]:
    """Leave the test hooks `_clock`/`_sleep` out of `inspect.signature(cls)` (and `help()`):
    they stay accepted, for `FakeCloudConnexa.client()`, but are not part of the public API."""
    signature = inspect.signature(cls.__init__)
    parameters = [p for name, p in signature.parameters.items() if name != "self" and name not in _PRIVATE_HOOKS]
    cls.__signature__ = signature.replace(parameters=parameters)
    return cls


@_hide_private_hooks
class SyncAPIClient(BaseClient[httpx.Client]):
    """Blocking client core. Use as a context manager or call `close()`."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_version: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_rate_limit_wait: float | NotGiven = NOT_GIVEN,
        max_concurrency: int | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None = None,
        trust_env: bool = True,
        _clock: Callable[[], float] | None = None,
        _sleep: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(
            base_url, client_id=client_id, client_secret=client_secret, api_version=api_version,
            timeout=timeout, max_retries=max_retries, max_rate_limit_wait=max_rate_limit_wait,
            max_concurrency=max_concurrency, clock=_clock,
        )  # fmt: skip
        sleep = _sleep if _sleep is not None else time.sleep

        def wrap(inner: httpx.BaseTransport | None) -> RetryTransport:
            return RetryTransport(inner, policy=self._policy, limiter=self._limiter, sleep=sleep)

        self._use_http(http_client, httpx.Client, wrap, RetryTransport, trust_env)

    @property
    def generated_client(self) -> GeneratedClient:
        """The generated `Client` of the selected API version, using our httpx client (so
        generated endpoint functions get auth, retries, rate limiting and typed errors)."""
        if self._generated is None:
            self._generated = self._new_generated_client().set_httpx_client(self._http)
        return self._generated

    @property
    def with_raw_response(self) -> RawResponseProxy:
        """Every call, returning a `RawResponse` (status, headers, request, elapsed, `.parse()`).

        Example:
            raw = client.with_raw_response.dns.get(record_id)
            print(raw.status_code, raw.headers.get("x-ratelimit-remaining"), raw.parse().domain)
        """
        return RawResponseProxy(self)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: QueryParams | None = None,
        json: object = None,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Call an endpoint the façade does not wrap, with auth, retries, rate limiting and
        typed errors (an answer >= 400 raises `APIStatusError`). `path` is relative to the
        base URL.

        Example:
            regions = client.request("GET", "/api/v1/regions").json()
        """
        response = self._http.request(**self._request_kwargs(method, path, params, json, content, headers))
        record_response(response)
        return response

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_rate_limit_wait: float | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with other limits, sharing the connection pool, token and rate limiter."""
        return self._copy_with(timeout, max_retries, max_rate_limit_wait)

    def close(self) -> None:
        """Close the connection pool (not an injected `http_client`: its owner closes it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


@_hide_private_hooks
class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """Async client core. Use `async with` or call `await aclose()`."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_version: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_rate_limit_wait: float | NotGiven = NOT_GIVEN,
        max_concurrency: int | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None = None,
        trust_env: bool = True,
        _clock: Callable[[], float] | None = None,
        _sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__(
            base_url, client_id=client_id, client_secret=client_secret, api_version=api_version,
            timeout=timeout, max_retries=max_retries, max_rate_limit_wait=max_rate_limit_wait,
            max_concurrency=max_concurrency, clock=_clock,
        )  # fmt: skip
        sleep = _sleep if _sleep is not None else anyio.sleep

        def wrap(inner: httpx.AsyncBaseTransport | None) -> AsyncRetryTransport:
            return AsyncRetryTransport(inner, policy=self._policy, limiter=self._limiter, sleep=sleep)

        self._use_http(http_client, httpx.AsyncClient, wrap, AsyncRetryTransport, trust_env)

    @property
    def generated_client(self) -> GeneratedClient:
        """The generated `Client` of the selected API version, using our httpx client (so
        generated endpoint functions get auth, retries, rate limiting and typed errors)."""
        if self._generated is None:
            self._generated = self._new_generated_client().set_async_httpx_client(self._http)
        return self._generated

    @property
    def with_raw_response(self) -> AsyncRawResponseProxy:
        """Every call, returning a `RawResponse` (status, headers, request, elapsed, `.parse()`).

        Example:
            raw = await aclient.with_raw_response.dns.get(record_id)
            print(raw.status_code, raw.headers.get("x-ratelimit-remaining"), raw.parse().domain)
        """
        return AsyncRawResponseProxy(self)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: QueryParams | None = None,
        json: object = None,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Call an endpoint the façade does not wrap, with auth, retries, rate limiting and
        typed errors (an answer >= 400 raises `APIStatusError`). `path` is relative to the
        base URL.

        Example:
            regions = (await aclient.request("GET", "/api/v1/regions")).json()
        """
        response = await self._http.request(**self._request_kwargs(method, path, params, json, content, headers))
        record_response(response)
        return response

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_rate_limit_wait: float | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with other limits, sharing the connection pool, token and rate limiter."""
        return self._copy_with(timeout, max_retries, max_rate_limit_wait)

    async def aclose(self) -> None:
        """Close the connection pool (not an injected `http_client`: its owner closes it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
