"""An httpx transport that runs the fake's ASGI app in process, sync and async.

    with httpx.Client(transport=server.transport(), base_url=server.base_url) as c: ...
    async with httpx.AsyncClient(transport=server.transport(), base_url=...) as c: ...

`httpx.ASGITransport` is async-only; the sync side runs the same coroutine on a
private event loop in a daemon thread (started on first use, so an unclosed client
never keeps the interpreter alive). A
`reset=True` fault surfaces as `httpx.RemoteProtocolError`, as over a socket.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

from ._app import ConnectionReset

__all__ = ["InProcessTransport"]


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Both `handle_request` and `handle_async_request`, no sockets."""

    def __init__(self, app: Any) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
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
        future = asyncio.run_coroutine_threadsafe(self.handle_async_request(async_request), self._get_loop())
        response = future.result()
        return httpx.Response(response.status_code, headers=response.headers, content=response.content, request=request)

    def _get_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                self._thread = threading.Thread(
                    target=_run_until_stopped, args=(loop,), name="fake-cloudconnexa-transport", daemon=True
                )
                self._thread.start()
                self._loop = loop
            return self._loop

    def close(self) -> None:
        """Stop the private loop and wait for its thread (which closes the loop's descriptors)."""
        with self._lock:
            loop, self._loop = self._loop, None
            thread, self._thread = self._thread, None
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    async def aclose(self) -> None:
        return None


def _run_until_stopped(loop: asyncio.AbstractEventLoop) -> None:
    try:
        loop.run_forever()
    finally:
        loop.close()
