"""Exceptions raised by the SDK.

Hierarchy::

    CloudConnexaError
    ├── APIConnectionError          the request did not get an HTTP answer
    │   └── APITimeoutError         ... because a timeout expired
    ├── APIResponseValidationError  an answer whose body cannot be read as documented
    ├── UnsupportedByAPIVersion     the client's API version lacks the operation (nothing sent)
    ├── ClientClosedError           the client, or the event loop it was used on, is closed
    └── APIStatusError              the final answer was not 2xx (a 3xx redirect included)
        ├── BadRequestError             400
        ├── AuthenticationError         401 (and a rejected token request)
        ├── PermissionDeniedError       403
        ├── NotFoundError               404 (and 400 "... not found ...")
        ├── ConflictError               409
        ├── UnprocessableEntityError    422
        ├── RateLimitError              429 (`retry_after`)
        └── InternalServerError         500-511

Any other status (3xx, 418, 520, ...) raises a plain `APIStatusError`; for a redirect the
message names its `Location` (the SDK never follows redirects: a redirect would carry the
credentials elsewhere). Every exception pickles with its status, message and body, and the
request attached to it (`exc.request`, `exc.response.request`) has its `Authorization` header
replaced by `[secure]`. Usage::

    try:
        client.dns_records.get("abc")
    except cloudconnexa.NotFoundError as exc:
        print(exc.status_code, exc.body)
"""

from __future__ import annotations

import copy
import json
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "CloudConnexaError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "UnsupportedByAPIVersion",
    "make_status_error",
    "redact_request",
    "redact_url",
]

_SECRET_QUERY_PARAMS = frozenset({"client_secret", "client_id", "access_token"})
_EXCERPT_CHARS = 200
_SECRET_HEADERS = ("authorization", "proxy-authorization")
_LOCATION_CHARS = 300


def redact_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` whose credential headers read `[secure]` (as httpx shows them).

    Exceptions keep this copy, so a pickled error or an error tracker never holds the bearer
    token or the Basic client secret.
    """
    if not any(name in request.headers for name in _SECRET_HEADERS):
        return request
    redacted = copy.copy(request)
    redacted.headers = request.headers.copy()
    for name in _SECRET_HEADERS:
        if name in redacted.headers:
            redacted.headers[name] = "[secure]"
    return redacted


def _redact_response(response: httpx.Response) -> httpx.Response:
    """A shallow copy of `response` pointing at the redacted copy of its request, with no
    `history` (the SDK follows no redirects; there httpx keeps the auth flow's token answers,
    access tokens in their bodies)."""
    try:
        request = response.request
    except RuntimeError:  # a response built without a request
        return response
    redacted = redact_request(request)
    if redacted is request and not response.history:
        return response
    response = copy.copy(response)
    response.request = redacted
    response.history = []
    return response


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    """Unpickle an SDK exception without calling its keyword-only `__init__`."""
    error = cls.__new__(cls)
    BaseException.__init__(error, *args)
    error.__dict__.update(state)
    return error


class CloudConnexaError(Exception):
    """Root of every exception this SDK raises on purpose.

    Example:
        try:
            client.networks.list().to_list()
        except cloudconnexa.CloudConnexaError as exc:   # anything the SDK raises
            log.error("CloudConnexa call failed: %s", exc)
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds with `cls(*args)`, which keyword-only constructors refuse:
        # a NotFoundError raised in a ProcessPoolExecutor worker became BrokenProcessPool.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class APIConnectionError(CloudConnexaError):
    """The request never got an HTTP answer (DNS, refused connection, reset, TLS, ...).

    Raised after the retries the method allows (GET/PUT/DELETE are retried; a POST whose
    connection broke after sending is not, since it may have been applied).

    Example:
        except cloudconnexa.APIConnectionError as exc:
            print("network problem for", exc.request.url)
    """

    def __init__(self, message: str = "connection error", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = redact_request(request)
        """The request that failed (its `Authorization` header reads `[secure]`)."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired.

    Example:
        fast = client.with_options(timeout=2.0, max_retries=0)
        try:
            fast.vpn_regions.list()
        except cloudconnexa.APITimeoutError:
            ...
    """

    def __init__(self, message: str = "request timed out", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(CloudConnexaError):
    """An answer whose body cannot be read as documented: truncated JSON, an HTML page from a
    proxy, a JSON array where an object was promised, JSON nested past the recursion limit,
    a body that does not match its `Content-Encoding`, a token answer without `access_token`.

    Example:
        except cloudconnexa.APIResponseValidationError as exc:
            print(exc.status_code, exc.response.text[:200])
    """

    def __init__(self, response: httpx.Response, message: str) -> None:
        response = _redact_response(response)
        request = response.request
        full = f"{message} ({response.status_code} for {request.method} {redact_url(request.url)})"
        super().__init__(full)
        self.message = full
        self.response = response
        """The `httpx.Response` whose body did not match."""
        self.request = request
        self.status_code = response.status_code


class UnsupportedByAPIVersion(CloudConnexaError):
    """The client's API version does not have this operation; no request was sent.

    Example:
        try:
            client.users.force_password_change(user.id)
        except cloudconnexa.UnsupportedByAPIVersion as exc:
            print(exc.operation, "needs API", exc.introduced_in, "; client speaks", exc.api_version)
    """

    def __init__(self, operation: str, *, api_version: str, introduced_in: str, detail: str = "") -> None:
        message = (
            f"{operation} needs CloudConnexa API v{introduced_in} or later; this client uses"
            f' v{api_version} (pass api_version="{introduced_in}" or newer if your tenant has it)'
        )
        super().__init__(message + (f"; {detail}" if detail else ""))
        self.operation = operation
        """The operation refused, e.g. "user.force_user_password_change"."""
        self.api_version = api_version
        """The client's API version."""
        self.introduced_in = introduced_in
        """The first documented API version that has the operation."""
        self._detail = detail

    def __reduce__(self) -> tuple[Any, ...]:
        return (_unsupported, (self.operation, self.api_version, self.introduced_in, self._detail))


def _unsupported(operation: str, api_version: str, introduced_in: str, detail: str) -> UnsupportedByAPIVersion:
    return UnsupportedByAPIVersion(operation, api_version=api_version, introduced_in=introduced_in, detail=detail)


class ClientClosedError(CloudConnexaError, RuntimeError):
    """The client cannot send: it (or the client it was copied from with `with_options`) was
    closed, or an `AsyncClient` is used on a new event loop after the one that opened its
    connections was closed (a second `asyncio.run`). Create the client where it is used.

    Example:
        async def main():
            async with cloudconnexa.AsyncClient("acme") as client:   # one client per loop
                ...
        asyncio.run(main())
    """


class APIStatusError(CloudConnexaError):
    """The final answer was not 2xx; see `status_code` and `body` (and, for a redirect, the
    `Location` in `message`).
    """

    def __init__(self, message: str, *, response: httpx.Response, body: dict[str, Any] | None) -> None:
        response = _redact_response(response)
        super().__init__(message)
        self.message = message
        """Human-readable summary: status, method, URL (secrets removed), API message."""
        self.response = response
        """The `httpx.Response` (body already read)."""
        self.request = response.request
        """The `httpx.Request` that got this answer (`Authorization` reads `[secure]`)."""
        self.status_code = response.status_code
        """The HTTP status code."""
        self.method = response.request.method
        """The HTTP method of the request."""
        self.url = redact_url(response.request.url)
        """The request URL, with credential-like query parameters removed."""
        self.body = body
        """The parsed JSON error body (`errorMessage`, `statusError`, `errorDetails`) or None."""


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation (see `body["errorDetails"]`).

    Example:
        except cloudconnexa.BadRequestError as exc:
            for field, problems in (exc.body or {}).get("errorDetails", {}).items():
                print(field, [p.get("message") for p in problems])
    """


class AuthenticationError(APIStatusError):
    """401, or the token endpoint rejected the client credentials.

    The SDK already refreshed the token once and replayed the request; this means the
    credentials are wrong, expired or revoked. Example:
        except cloudconnexa.AuthenticationError:
            sys.exit("check CLOUDCONNEXA_CLIENT_ID / CLOUDCONNEXA_CLIENT_SECRET")
    """


class PermissionDeniedError(APIStatusError):
    """403: the API key lacks the permission (read-only vs modify).

    Example:
        except cloudconnexa.PermissionDeniedError:
            print("this API key is read-only")
    """


class NotFoundError(APIStatusError):
    """404, or a 400 whose message says the object was not found (the live API answers some
    missing ids that way), or an id a v1.0 listing scan did not find.

    Example:
        try:
            record = client.dns.get(record_id)
        except cloudconnexa.NotFoundError:
            record = None
    """


class ConflictError(APIStatusError):
    """409: the object conflicts with an existing one.

    Example:
        except cloudconnexa.ConflictError:
            group = next(g for g in client.user_groups.list() if g.name == "engineering")
    """


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but refused.

    Example:
        except cloudconnexa.UnprocessableEntityError as exc:
            print(exc.body)
    """


class RateLimitError(APIStatusError):
    """429: too many requests, still after waiting out the client's rate-limit budget
    (`max_rate_limit_wait`, 600 s by default).

    Example:
        patient = client.with_options(max_rate_limit_wait=3600)
        try:
            patient.dns.create(domain="db.internal")
        except cloudconnexa.RateLimitError as exc:
            print("still limited; server asked for", exc.retry_after, "s")
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: dict[str, Any] | None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body)
        self.retry_after = retry_after
        """Seconds the server asked to wait (`Retry-After` delta-seconds), if it said."""


class InternalServerError(APIStatusError):
    """500-511: the service failed (502/503/504 were already retried for idempotent methods).

    Example:
        except cloudconnexa.InternalServerError as exc:
            print(exc.status_code, exc.method, exc.url)
    """


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def redact_url(url: httpx.URL) -> str:
    """`url` as text without user info or query parameters that could carry credentials."""
    if url.userinfo:
        url = url.copy_with(userinfo=b"")
    if not url.query:
        return str(url)
    pairs = parse_qsl(url.query.decode("ascii", "replace"), keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k.lower() not in _SECRET_QUERY_PARAMS]
    return str(url.copy_with(query=urlencode(kept).encode("ascii") if kept else None))


def _parse_body(response: httpx.Response) -> dict[str, Any] | None:
    try:
        parsed = json.loads(response.content)
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError; deep nesting
        return None
    return parsed if isinstance(parsed, dict) else None


_MESSAGE_KEYS = ("errorMessage", "message", "error", "error_description")
"""Top-level keys that carry a message, in the order they are quoted: the API's own
`ErrorResponse`, its gateway (`message`), OAuth-style answers (`error`, `error_description`).
`statusError` (a code such as "NOT_FOUND") is quoted only when nothing else is said."""
_MESSAGE_CHARS = 300
"""Longest API text quoted in a message; `exc.body` keeps everything."""
_DETAIL_CHARS = 120


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else f"{text[: limit - 3]}..."


def _shorten_middle(text: str, limit: int) -> str:
    """`text` with its middle elided past `limit` (a URL keeps its host and its last segment)."""
    if len(text) <= limit:
        return text
    keep = (limit - 3) // 2
    return f"{text[:keep]}...{text[-keep:]}"


def _api_messages(body: dict[str, Any] | None) -> list[str]:
    """Every message of an error body: the top-level message keys, then each
    `errorDetails.<field>[].message` (as "field: message"), without repeats."""
    if body is None:
        return []
    messages = [body[key] for key in _MESSAGE_KEYS if isinstance(body.get(key), str) and body[key].strip()]
    details = body.get("errorDetails")
    if isinstance(details, dict):
        for field, entries in details.items():
            for entry in entries if isinstance(entries, list) else [entries]:
                text = entry.get("message") if isinstance(entry, dict) else entry
                if isinstance(text, str) and text.strip():
                    messages.append(f"{_shorten(str(field), _DETAIL_CHARS // 2)}: {text}")
    if not messages and isinstance(body.get("statusError"), str) and body["statusError"].strip():
        messages.append(body["statusError"])
    unique: list[str] = []
    for message in messages:
        if message not in unique:
            unique.append(message)
    return unique


def _summary(messages: list[str]) -> str:
    """All messages joined with "; ", each and the whole bounded in length."""
    parts = [_shorten(message, _DETAIL_CHARS) for message in messages]
    return _shorten("; ".join(parts), _MESSAGE_CHARS)


def _excerpt(response: httpx.Response) -> str:
    text = response.content[:_EXCERPT_CHARS].decode("utf-8", "replace").strip()
    return " ".join(text.split())


def _redirect_target(response: httpx.Response) -> str:
    """Where a 3xx answer points (absolute, credentials removed, bounded), or ""."""
    location = response.headers.get("location", "")
    if not (300 <= response.status_code < 400 and location):
        return ""
    try:
        target = redact_url(response.request.url.join(location))
    except (httpx.InvalidURL, ValueError):
        target = location.encode("ascii", "backslashreplace").decode("ascii")
    return target if len(target) <= _LOCATION_CHARS else target[: _LOCATION_CHARS - 3] + "..."


def _retry_after_seconds(response: httpx.Response) -> float | None:
    try:
        return max(0.0, float(response.headers.get("retry-after", "")))
    except ValueError:
        return None


def make_status_error(response: httpx.Response, *, prefix: str = "") -> APIStatusError:
    """Map an error answer (body already read) to the matching exception, without raising it.

    CloudConnexa answers some missing ids with 400 and a "not found" message; those become
    `NotFoundError`. `prefix` is prepended to the message (e.g. "token request rejected").

    >>> raise make_status_error(response)  # doctest: +SKIP
    """
    body = _parse_body(response)
    messages = _api_messages(body)
    status = response.status_code
    # Registered 5xx only: 520-style proxy codes are not the service's own failure.
    fallback = InternalServerError if 500 <= status <= 511 else APIStatusError
    cls = _STATUS_CLASSES.get(status, fallback)
    # The "not found" text may sit in any message key, or be the whole (plain-text) body.
    texts = messages or ([_excerpt(response)] if body is None else [])
    if body is not None and isinstance(body.get("statusError"), str):
        texts = [*texts, body["statusError"]]
    if status == 400 and any("not found" in text.lower().replace("_", " ") for text in texts):
        cls = NotFoundError
    detail = _summary(messages) if messages else _shorten(_excerpt(response), _MESSAGE_CHARS)
    request = response.request
    url = _shorten_middle(redact_url(request.url), _MESSAGE_CHARS)  # exc.url keeps it whole
    status_text = f"{status} {response.reason_phrase}".strip()
    message = f"{prefix}{status_text} for {request.method} {url}"
    if detail:
        message = f"{message}: {detail}"
    if target := _redirect_target(response):
        message = f"{message} (redirect to {target}; the SDK does not follow redirects)"
    if cls is RateLimitError:
        return RateLimitError(message, response=response, body=body, retry_after=_retry_after_seconds(response))
    return cls(message, response=response, body=body)
