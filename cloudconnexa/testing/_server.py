"""`FakeCloudConnexa`: the fake server object (uvicorn on 127.0.0.1, OS-assigned port).

with FakeCloudConnexa(api_version="1.2.3") as server:
    server.seed.dns_records(50)
    client = httpx.Client(base_url=server.base_url)
    token = client.post("/api/v1/oauth/token", params={"grant_type": "client_credentials"},
                        auth=(server.client_id, server.client_secret)).json()
    ...
    assert server.spec_violations == []
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from typing import Any, TypeVar

import httpx
import uvicorn

from .._async._client import AsyncClient
from .._constants import DEFAULT_API_VERSION
from .._sync._client import Client
from ._app import FakeApp, RequestRecord, SpecViolation
from ._clock import Clock, ManualClock, MonotonicClock
from ._faults import FaultInjector
from ._ratelimit import RateLimit, RateLimiter, resolve_rate_limit
from ._seed import Seeder
from ._spec import load_spec
from ._store import Store
from ._tokens import TokenIssuer
from ._transport import InProcessTransport

__all__ = ["FakeCloudConnexa"]

_ClientT = TypeVar("_ClientT", Client, AsyncClient)

DEFAULT_TOKEN_TTL = 43199  # what the real service answers (about 12 h)
_UNSTARTED_PORT = 9  # "discard": never reached, the in-process transport ignores the address


class FakeCloudConnexa:
    """A stateful in-memory CloudConnexa API, driven by the spec of its API version.

    Args:
        api_version: any version the SDK speaks (default: the SDK's default, the current API).
        client_id, client_secret: the one API key the token endpoint accepts.
        token_ttl: seconds an access token lives (on `clock`).
        rate_limit: None (off; headers still sent), "realistic" (burst 20, then one
            request per 15 s) or a `RateLimit`.
        clock: a `Clock`; pass a `ManualClock` to drive expiry and rate limits by hand.
        validate_requests / validate_responses: openapi-core checks (turn responses
            off for benchmarks).
        port: 0 (default) lets the OS choose.

    Start with `with FakeCloudConnexa() as server:` (or `.start()`/`.stop()`); use
    `server.transport()` instead of the socket for fast in-process tests.
    """

    def __init__(
        self,
        api_version: str = DEFAULT_API_VERSION,
        *,
        client_id: str = "fake-client-id",
        client_secret: str = "fake-client-secret",  # noqa: S107 - a test fixture value
        token_ttl: int = DEFAULT_TOKEN_TTL,
        rate_limit: RateLimit | str | None = None,
        clock: Clock | None = None,
        validate_requests: bool = True,
        validate_responses: bool = True,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.api_version = api_version
        self.spec = load_spec(api_version)
        self.clock: Clock = clock if clock is not None else MonotonicClock()
        self._initial_clock = self.clock
        self.client_id = client_id
        self.client_secret = client_secret
        self.store = Store()
        self.faults = FaultInjector()
        self.tokens = TokenIssuer(client_id, client_secret, token_ttl, self.clock)
        self.limiter = RateLimiter(resolve_rate_limit(rate_limit), self.clock)
        self.app = FakeApp(
            self.spec,
            self.store,
            self.tokens,
            self.limiter,
            self.faults,
            validate_requests=validate_requests,
            validate_responses=validate_responses,
        )
        self.seed = Seeder(self.spec, self.store)
        self._host = host
        self._port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return (
            f"FakeCloudConnexa(api_version={self.api_version!r}, base_url={self.base_url if self._server else None!r})"
        )

    # ------------------------------------------------------------ lifecycle

    def start(self) -> FakeCloudConnexa:
        """Serve on a background thread; returns once the socket accepts connections."""
        if self._server is not None:
            return self
        # IPPROTO_TCP: asyncio sets TCP_NODELAY only then (else ~40 ms Nagle stall per request).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, lifespan="off", log_level="critical", access_log=False, timeout_graceful_shutdown=1
        )
        server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="fake-cloudconnexa", daemon=True
        )
        self._server = server
        self._thread.start()
        while not server.started and self._thread.is_alive():
            threading.Event().wait(0.005)  # poll: uvicorn offers no start callback
        if not server.started:
            raise RuntimeError("fake CloudConnexa server failed to start")
        return self

    def stop(self) -> None:
        """Shut the server down and wait for its thread."""
        if self._server is None:
            return
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    def __enter__(self) -> FakeCloudConnexa:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------ addresses

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>` (the port is known once started; before that, with the
        OS to choose it, port 9 stands in: a valid URL for clients on `transport()`)."""
        return f"http://{self._host}:{self._port or _UNSTARTED_PORT}"

    def transport(self) -> InProcessTransport:
        """A sync+async httpx transport into this server's app, without sockets."""
        return InProcessTransport(self.app)

    def client(self, **options: Any) -> Client:
        """A `cloudconnexa.Client` wired to this server (URL, credentials, API version).

        A started server is reached over loopback, otherwise in process. When the server
        runs on a `ManualClock`, the client waits on that clock too, so rate limits and
        `Retry-After` play out in simulated time::

            server = FakeCloudConnexa(rate_limit="realistic", clock=ManualClock())
            with server.client() as client:
                for i in range(30):
                    client.dns.create(domain=f"host{i}.internal")   # ~165 simulated seconds
        """
        client = Client(**self._client_options(options, sync=True))
        return self._own_in_process(client, options)

    def async_client(self, **options: Any) -> AsyncClient:
        """The `cloudconnexa.AsyncClient` twin of `client()`."""
        client = AsyncClient(**self._client_options(options, sync=False))
        return self._own_in_process(client, options)

    def _own_in_process(self, client: _ClientT, options: dict[str, Any]) -> _ClientT:
        # The in-process httpx client is made here for this client alone, so closing the
        # client must close it (and the transport's thread and event loop), unlike an
        # `http_client` a caller passes in and owns.
        if self._server is None and "http_client" not in options:
            client._owns_http = True
        return client

    def _client_options(self, options: dict[str, Any], *, sync: bool) -> dict[str, Any]:
        wired: dict[str, Any] = {
            "base_url": self.base_url if self._server is not None else "http://127.0.0.1:9",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "api_version": self.api_version,
        }
        if self._server is None:
            wired["http_client"] = (httpx.Client if sync else httpx.AsyncClient)(transport=self.transport())
        elif "http_client" not in options:
            wired["trust_env"] = False  # loopback: never through a proxy set for this machine
        if isinstance(self.clock, ManualClock):
            wired["_clock"] = self.clock.now
            wired["_sleep"] = self.clock.sleep if sync else self.clock.asleep
        return {**wired, **options}

    # ------------------------------------------------------------ observation

    @property
    def requests(self) -> list[RequestRecord]:
        """Every request handled so far: (method, path, status, query)."""
        return self.app.requests

    @property
    def spec_violations(self) -> list[SpecViolation]:
        """Replies that broke the spec (answered 500 instead). Tests assert it is empty."""
        return self.app.violations

    @property
    def token_requests(self) -> int:
        """How many requests reached the token endpoint."""
        return self.count(path=self.app.token_path)

    def count(self, path: str | None = None, method: str | None = None, status: int | None = None) -> int:
        """How many logged requests match all the given filters."""
        return sum(
            1
            for r in list(self.requests)
            if (path is None or r.path == path)
            and (method is None or r.method == method.upper())
            and (status is None or r.status == status)
        )

    # ------------------------------------------------------------ control

    def expire_all_tokens(self) -> None:
        """Invalidate every issued token: the next bearer request gets 401."""
        self.tokens.expire_all()

    def reset(self) -> None:
        """Back to a fresh server: empty store, no faults, tokens, buckets or logs, and the
        clock it was built with (a `ManualClock` set with `configure` does not leak on)."""
        self.configure(clock=self._initial_clock)
        self.store.clear()
        self.faults.clear()
        self.tokens.expire_all()
        self.limiter.reset()
        self.app.requests.clear()
        self.app.violations.clear()

    def configure(self, **options: Any) -> None:
        """Change `rate_limit`, `clock`, `token_ttl` or validation on a running server."""
        for name, value in options.items():
            if name == "rate_limit":
                self.limiter.limit = resolve_rate_limit(value)
            elif name == "clock":
                self.clock = self.tokens.clock = self.limiter.clock = value
            elif name == "token_ttl":
                if value < 1:
                    raise ValueError(f"token_ttl must be >= 1, got {value!r}")
                self.tokens.ttl = value
            elif name in ("validate_requests", "validate_responses"):
                setattr(self.app, name, bool(value))
            else:
                raise TypeError(f"configure() got an unknown option {name!r}")
