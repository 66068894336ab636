"""A minimal HTTP/1.1 server with canned answers, for benchmarks that measure the clients.

The fake server (Starlette behind uvicorn) spends about a millisecond per answer: with 100
requests in flight it, not the client, sets the pace. This one spends a few microseconds (an
asyncio protocol, no framework): keep-alive; the token for `POST /api/v1/oauth/token`; a DNS
record carrying the requested id for `GET /api/v1/dns-records/{id}` with a bearer token,
held `latency` seconds like a distant server; 401 without a bearer token, 404 elsewhere.
Every answer carries the `X-RateLimit-*` headers of the real service. Run in a child process
by `benchmarks._server.canned_process`; `python -m benchmarks._canned LATENCY RECORDS` prints
the base URL, credentials and record ids as one JSON line, then serves until stdin closes.
"""

from __future__ import annotations

import asyncio
import json
import sys
import uuid

from ._common import RATE_HEADERS, TOKEN_PATH, dns_record

__all__ = ["CannedConnection", "serve"]

_ID_MARK = "00000000-0000-0000-0000-00000000cafe"
# A record's bytes around its id: each answer is then one join, whatever the id.
_BEFORE_ID, _AFTER_ID = json.dumps(dns_record(0, _ID_MARK)).encode().split(_ID_MARK.encode())
_HEADERS = b"".join(
    [b"\r\nContent-Type: application/json", *(f"\r\n{k}: {v}".encode() for k, v in RATE_HEADERS.items()), b"\r\n\r\n"]
)
_RECORDS = b"/api/v1/dns-records/"
_TOKEN = TOKEN_PATH.encode()


def _answer(status: bytes, body: bytes) -> bytes:
    return b"HTTP/1.1 " + status + b"\r\nContent-Length: " + str(len(body)).encode() + _HEADERS + body


_TOKEN_ANSWER = _answer(b"200 OK", json.dumps({"access_token": "canned-token", "expires_in": 43199}).encode())
_UNAUTHORIZED = _answer(b"401 Unauthorized", b'{"message": "no bearer token"}')
_NOT_FOUND = _answer(b"404 Not Found", b'{"message": "not found"}')


def _content_length(head: bytes) -> int:
    """The Content-Length of a lower-cased request head (0 if none)."""
    at = head.find(b"\r\ncontent-length:")
    if at < 0:
        return 0
    end = head.find(b"\r\n", at + 2)
    return int(head[at + 17 : end if end >= 0 else len(head)])


class CannedConnection(asyncio.Protocol):
    """One keep-alive connection. httpx sends one request at a time per connection, so
    answers go out in order even though record answers are delayed."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:  # noqa: ARG002 - asyncio.Protocol signature
        self.transport = None

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end]
            lowered = head.lower()
            size = end + 4 + _content_length(lowered)
            if len(self.buffer) < size:
                return
            self.buffer = self.buffer[size:]
            method, path, _ = head.split(b" ", 2)
            self._respond(method, path, b"\r\nauthorization: bearer " in lowered)

    def _respond(self, method: bytes, path: bytes, bearer: bool) -> None:
        if method == b"POST" and path.split(b"?", 1)[0] == _TOKEN:
            self._send(_TOKEN_ANSWER)
        elif not bearer:
            self._send(_UNAUTHORIZED)
        elif method == b"GET" and path.startswith(_RECORDS):
            body = _BEFORE_ID + path[len(_RECORDS) :] + _AFTER_ID
            asyncio.get_running_loop().call_later(self.latency, self._send, _answer(b"200 OK", body))
        else:
            self._send(_NOT_FOUND)

    def _send(self, answer: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(answer)


async def serve(latency: float, records: int) -> None:
    """Serve on a free loopback port until stdin closes; the connection details go to stdout."""
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: CannedConnection(latency), "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    info = {
        "base_url": f"http://127.0.0.1:{port}",
        "client_id": "canned-id",
        "client_secret": "canned-secret",
        "ids": [str(uuid.UUID(int=index + 1)) for index in range(records)],
    }
    print(json.dumps(info), flush=True)
    async with server:
        await loop.run_in_executor(None, sys.stdin.read)


if __name__ == "__main__":
    asyncio.run(serve(float(sys.argv[1]), int(sys.argv[2])))
