"""An httpx transport that runs the fake's ASGI app in process, sync and async.

    with httpx.Client(transport=server.transport(), base_url=server.base_url) as c: ...
    async with httpx.AsyncClient(transport=server.transport(), base_url=...) as c: ...

`httpx.ASGITransport` is async-only; the sync side runs the same coroutine in a
private event loop thread (an anyio blocking portal, started on first use). A
`reset=True` fault surfaces as `httpx.RemoteProtocolError`, as over a socket.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal

from ._app import ConnectionReset

__all__ = ["InProcessTransport"]


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Both `handle_request` and `handle_async_request`, no sockets."""

    def __init__(self, app: Any) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self._portal: BlockingPortal | None = None
        self._portal_cm: contextlib.AbstractContextManager[BlockingPortal] | None = None
        self._lock = threading.Lock()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._asgi.handle_async_request(request)
            content = await response.aread()
        except ConnectionReset as exc:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request) from exc
        return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        async_request = httpx.Request(request.method, request.url, headers=request.headers, content=body)
        response = self._get_portal().call(self.handle_async_request, async_request)
        return httpx.Response(response.status_code, headers=response.headers, content=response.content, request=request)

    def _get_portal(self) -> BlockingPortal:
        with self._lock:
            if self._portal is None:
                self._portal_cm = start_blocking_portal()
                self._portal = self._portal_cm.__enter__()
            return self._portal

    def close(self) -> None:
        with self._lock:
            if self._portal_cm is not None:
                self._portal_cm.__exit__(None, None, None)
            self._portal = self._portal_cm = None

    async def aclose(self) -> None:
        return None
