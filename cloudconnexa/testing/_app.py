"""The fake CloudConnexa ASGI app (starlette routing, one route per spec path).

Pipeline per request: fault injection → rate limit (per API key) → bearer auth (the
token endpoint excepted) → routing (404 unknown path, 405 known path/other method:
what a Spring server answers, e.g. `GET /api/v1/dns-records/{id}` on v1.0) → request
validation (400) → behaviour → response validation (a mismatch is answered 500 and
recorded in `violations`). Every error body is an `ErrorResponse`.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any

import anyio
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route
from starlette.types import Receive, Scope, Send

from ._behaviours import BEHAVIOURS, Call, Reply
from ._classify import plan
from ._errors import ApiError, detail, error_body
from ._faults import Fault, FaultInjector
from ._ratelimit import RateLimiter
from ._spec import Operation, Spec
from ._store import Store
from ._tokens import TokenIssuer, basic_credentials
from ._validation import CoreRequest, CoreResponse, drop_json_nulls, request_errors, response_errors

__all__ = ["FakeApp", "RequestRecord", "SpecViolation", "ConnectionReset"]


@dataclass(frozen=True)
class RequestRecord:
    """One handled request in `server.requests`."""

    method: str
    path: str
    status: int
    """0 when the connection was reset without a response."""
    query: str = ""


@dataclass(frozen=True)
class SpecViolation:
    """A reply of the fake that broke its own spec (a bug in the fake or the spec)."""

    method: str
    path: str
    operation_id: str
    status: int
    errors: list[str] = field(default_factory=list)


class ConnectionReset(Exception):
    """Raised inside the app to drop the connection (fault `reset=True`)."""


async def _no_endpoint(*_: Any) -> None:  # never called: routes are only used for matching
    raise RuntimeError("routes are only used for matching")


class FakeApp:
    """The ASGI callable; all state lives in the objects passed in."""

    def __init__(
        self,
        spec: Spec,
        store: Store,
        tokens: TokenIssuer,
        limiter: RateLimiter,
        faults: FaultInjector,
        *,
        validate_requests: bool = True,
        validate_responses: bool = True,
    ) -> None:
        self.spec = spec
        self.store = store
        self.tokens = tokens
        self.limiter = limiter
        self.faults = faults
        self.validate_requests = validate_requests
        self.validate_responses = validate_responses
        self.requests: list[RequestRecord] = []
        self.violations: list[SpecViolation] = []
        self._log_lock = threading.Lock()
        self.siblings = {(op.method, op.path): op for op in spec.operations}
        self.plan = plan(spec)  # every operation's behaviour, inferred from its shape
        self.behaviours = self.plan.names
        self.token_path = next(
            (path for (_, path), name in self.behaviours.items() if name == "token"),
            "/api/v1/oauth/token",
        )
        # Literal routes first, so /hosts/ip-services never matches /hosts/{id}.
        paths = sorted({op.path for op in spec.operations}, key=lambda p: (p.count("{"), p))
        self.routes = [Route(p, _no_endpoint, methods=[m for (m, q) in self.siblings if q == p]) for p in paths]

    # ------------------------------------------------------------------ ASGI

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await receive()  # lifespan.startup: nothing to set up
            await send({"type": "lifespan.startup.complete"})
            await receive()  # lifespan.shutdown
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        method, path = request.method, scope["path"]
        fault = self.faults.take(method, path)
        if fault is not None and fault.delay:
            await anyio.sleep(fault.delay)
        if fault is not None and fault.reset:
            self._log(method, path, 0, scope)
            # Start a reply, then fail: the server drops the connection mid-response.
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
            raise ConnectionReset("fault injection: connection reset")
        if fault is not None and fault.status and not (fault.truncated or fault.non_json):
            response = _json_response(fault.status, error_body(fault.status, "injected fault"))
        else:
            response = await self.handle(request)
        if fault is not None and (fault.truncated or fault.non_json):
            response = _faulty(fault, response)
        if fault is not None:
            response.headers.update(fault.headers)
        self._log(method, path, response.status_code, scope)
        await response(scope, receive, send)

    # ------------------------------------------------------------------ pipeline

    async def handle(self, request: Request) -> Response:
        """The service proper (no faults): limit, auth, route, validate, serve."""
        body = await request.body()
        op, path_params, allowed = self._route(request.scope)
        is_token = request.url.path == self.token_path
        key = self._api_key(request, is_token)
        verdict = self.limiter.take(key)
        if not verdict.allowed:
            response = self._error(ApiError(429, "Too many requests", headers=verdict.headers))
        elif not is_token and key == "":
            response = self._error(ApiError(401, "Full authentication is required"))
        elif op is None:
            response = self._no_route(allowed)
        else:
            response = self._serve(request, op, path_params, body)
        if op is not None and self.validate_responses:
            response = self._check_response(request, op, path_params, body, response)
        response.headers.update(verdict.headers)
        return response

    def _route(self, scope: Scope) -> tuple[Operation | None, dict[str, str], list[str]]:
        allowed: list[str] = []
        for route in self.routes:
            match, child = route.matches(scope)
            if match is Match.FULL:
                params = {k: str(v) for k, v in child.get("path_params", {}).items()}
                return self.siblings[(scope["method"], route.path)], params, []
            if match is Match.PARTIAL and not allowed:
                allowed = sorted(route.methods or ())
        return None, {}, allowed

    def _api_key(self, request: Request, is_token: bool) -> str:
        """The client_id a request spends from ("" when unauthenticated)."""
        if is_token:
            creds = basic_credentials(request.headers.get("authorization"))
            if creds is None:
                creds = (request.query_params.get("client_id", ""), "")
            return creds[0] or "anonymous"
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return ""
        return self.tokens.owner(header[7:].strip()) or ""

    def _no_route(self, allowed: list[str]) -> Response:
        if allowed:
            response = self._error(ApiError(405, "Request method not supported"))
            response.headers["Allow"] = ", ".join(allowed)
            return response
        return self._error(ApiError(404, "No endpoint at this path"))

    def _serve(self, request: Request, op: Operation, path_params: dict[str, str], body: bytes) -> Response:
        query = list(request.query_params.multi_items())
        content_type = _declared_media(op, request.headers.get("content-type", ""))
        body = drop_json_nulls(body, content_type)  # the live API reads a null member as absent
        try:
            if self.validate_requests:
                core = CoreRequest(op, request.url.path, path_params, query, request.headers, body, content_type)
                try:
                    details = request_errors(self.spec, core)
                except (RecursionError, UnicodeDecodeError):
                    # The validator's own JSON decoding gave up: non-UTF-8 or absurdly nested
                    # JSON is the caller's 400 (what `_parse_body` says), not a crash (500).
                    _parse_body(op, body, content_type)
                    raise
                if details:
                    raise ApiError(400, "Request validation failed", details)
            if self.behaviours[(op.method, op.path)] == "token":
                return self._token(request, body)
            parsed = _parse_body(op, body, content_type)
            call = Call(op, path_params, dict(query), parsed, self.store, self.siblings, self.plan)
            reply = BEHAVIOURS[self.behaviours[(op.method, op.path)]](call)
        except ApiError as exc:
            return self._error(exc)
        return _to_response(reply)

    def _token(self, request: Request, body: bytes) -> Response:
        form = dict(request.query_params)
        if body and "json" not in request.headers.get("content-type", ""):
            form.update({k: v for k, v in _form(body).items() if k not in form})
        if form.get("grant_type") != "client_credentials":
            raise ApiError(
                400,
                "grant_type must be client_credentials",
                {"grant_type": [detail("unsupported grant type", "INVALID")]},
            )
        creds = basic_credentials(request.headers.get("authorization")) or (
            form.get("client_id", ""),
            form.get("client_secret", ""),
        )
        if not self.tokens.credentials_ok(*creds):
            raise ApiError(401, "Bad client credentials")
        token = self.tokens.issue()
        payload = {"access_token": token, "token_type": "bearer", "expires_in": self.tokens.ttl, "scope": "api"}
        return _json_response(200, payload)

    def _check_response(
        self,
        request: Request,
        op: Operation,
        path_params: dict[str, str],
        body: bytes,
        response: Response,
    ) -> Response:
        core_req = CoreRequest(
            op,
            request.url.path,
            path_params,
            list(request.query_params.multi_items()),
            request.headers,
            body,
            request.headers.get("content-type", ""),
        )
        core_resp = CoreResponse(
            response.status_code, response.headers.get("content-type", ""), dict(response.headers), bytes(response.body)
        )
        errors = response_errors(self.spec, core_req, core_resp)
        if not errors:
            return response
        self.violations.append(
            SpecViolation(op.method, request.url.path, op.operation_id, response.status_code, errors)
        )
        return self._error(ApiError(500, "Fake server reply broke the spec: " + "; ".join(errors)))

    def _error(self, exc: ApiError) -> Response:
        response = _json_response(exc.status, exc.body())
        response.headers.update(exc.headers)
        return response

    def _log(self, method: str, path: str, status: int, scope: Scope) -> None:
        query = scope.get("query_string", b"").decode("latin-1")
        with self._log_lock:
            self.requests.append(RequestRecord(method, path, status, query))


# ---------------------------------------------------------------------- helpers


def _json_response(status: int, payload: Any) -> Response:
    return Response(json.dumps(payload, separators=(",", ":")), status_code=status, media_type="application/json")


def _to_response(reply: Reply) -> Response:
    if reply.media is None:
        return Response(status_code=reply.status)
    if reply.media == "application/json":
        return _json_response(reply.status, reply.body)
    return Response(str(reply.body), status_code=reply.status, media_type=reply.media)


def _declared_media(op: Operation, content_type: str) -> str:
    """The spec's spelling of the request media type when only parameters differ.

    Spring accepts `text/plain` for a `text/plain; charset=utf-8` endpoint; openapi-core
    compares the strings, so the fake maps one onto the other before validating.
    """
    base = content_type.split(";")[0].strip().lower()
    for media in op.request_content:
        if media.split(";")[0].strip().lower() == base:
            return media
    return content_type or "application/octet-stream"


def _parse_body(op: Operation, body: bytes, content_type: str) -> Any:
    if not body:
        return None
    if op.text_request and not content_type.startswith("application/json"):
        return body.decode("utf-8", errors="replace")
    try:
        return json.loads(body)
    except ValueError:  # JSONDecodeError, UnicodeDecodeError (not UTF-8)
        raise ApiError(400, "Malformed JSON request body", {"body": [detail("not valid JSON", "MALFORMED")]}) from None
    except RecursionError:
        raise ApiError(
            400, "Malformed JSON request body", {"body": [detail("nested too deeply", "MALFORMED")]}
        ) from None


def _form(body: bytes) -> dict[str, str]:
    from urllib.parse import parse_qsl

    return dict(parse_qsl(body.decode("latin-1")))


def _faulty(fault: Fault, response: Response) -> Response:
    """A truncated JSON body, or a non-JSON one, with a plausible status."""
    if fault.truncated:
        data = bytes(response.body)
        return Response(
            data[: max(1, len(data) // 2)],
            status_code=fault.status or response.status_code,
            media_type="application/json",
        )
    status = fault.status or 502
    if 200 <= status < 300:
        return Response("OK", status_code=status, media_type="text/plain")
    html = (
        f"<html><head><title>{status} Bad Gateway</title></head><body>"
        f"<center><h1>{status} Bad Gateway</h1></center><hr><center>nginx</center>"
        "</body></html>"
    )
    return Response(html, status_code=status, media_type="text/html")
