"""Defaults shared by the whole SDK, in one place.

Every number here is a default: the client constructor (and `with_options`) overrides the
per-client ones. Values come from the API catalog (`general_facts`) and user reports:
CloudConnexa allows a burst of about 20 requests per API key, then about one request every
15 s, answers 429 beyond that, and its Sessions docs advise retrying after a minute.
"""

from __future__ import annotations

from typing import Final

import httpx

__all__ = [
    "API_VERSIONS",
    "AUTO_API_VERSION",
    "DEFAULT_API_VERSION",
    "DEFAULT_BACKOFF_INITIAL",
    "DEFAULT_BACKOFF_JITTER",
    "DEFAULT_BACKOFF_MAX",
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_MAX_RATE_LIMIT_WAIT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOKEN_EXPIRES_IN",
    "ENV_API_VERSION",
    "ENV_BASE_URL",
    "ENV_CLIENT_ID",
    "ENV_CLIENT_SECRET",
    "EXT_IDEMPOTENT",
    "EXT_MAX_RATE_LIMIT_WAIT",
    "EXT_MAX_RETRIES",
    "EXT_RAISE_FOR_STATUS",
    "IDEMPOTENT_METHODS",
    "MAX_LIMITER_WAIT",
    "MAX_PAGE_SIZE",
    "MAX_RETRY_AFTER",
    "SPEC_VERSIONS",
    "SUPPORTED_API_VERSIONS",
    "TOKEN_PATH",
    "TOKEN_REFRESH_FRACTION",
    "TOKEN_REFRESH_MARGIN",
    "package_name",
]

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
"""30 s per read/write/pool wait, 5 s to connect."""

DEFAULT_MAX_RETRIES: Final = 3
"""Retries after a connection error, a timeout or a 502/503/504 (not after 429)."""

DEFAULT_MAX_RATE_LIMIT_WAIT: Final = 600.0
"""Total seconds one call may spend waiting out 429 answers before RateLimitError.

Separate from `max_retries` because the API's real limits (about 1 request / 15 s after the
burst, "retry after a minute") need several long waits, not three short ones.
"""

MAX_RETRY_AFTER: Final = 120.0
"""Cap on a single wait taken from a `Retry-After` header (a hostile or buggy value)."""

MAX_LIMITER_WAIT: Final = 120.0
"""Cap on a single wait imposed by the client-side rate limiter."""

DEFAULT_BACKOFF_INITIAL: Final = 0.5
DEFAULT_BACKOFF_MAX: Final = 8.0
DEFAULT_BACKOFF_JITTER: Final = 0.5
"""Exponential backoff: 0.5 s, 1 s, 2 s, ... capped at 8 s, plus up to 0.5 s of jitter."""

DEFAULT_MAX_CONCURRENCY: Final = 10
"""Requests in flight per client; also the connection pool size, so no call waits on the pool."""

TOKEN_PATH: Final = "/api/v1/oauth/token"
TOKEN_REFRESH_MARGIN: Final = 60.0
"""Refresh the access token this many seconds before it expires ..."""
TOKEN_REFRESH_FRACTION: Final = 0.1
"""... but never earlier than this fraction of its lifetime (short-lived tokens)."""
DEFAULT_TOKEN_EXPIRES_IN: Final = 43199
"""Token lifetime assumed when the token answer omits `expires_in` (the documented value)."""

API_VERSIONS: Final[dict[str, str]] = {
    "1.0": "v1_0",
    "1.1.0": "v1_1_0",
    "1.1.1": "v1_2_3",
    "1.1.3": "v1_2_3",
    "1.1.6": "v1_2_3",
    "1.2.0": "v1_2_3",
    "1.2.3": "v1_2_3",
}
"""Every documented API version the client accepts, oldest first -> the generated package
under `cloudconnexa_generated` that serves it. A version whose package has its own name
(`"1.2.3"` -> `v1_2_3`) has its own spec, `openapi/cloudconnexa-v1.2.3.yaml`, listed in
`openapi/versions.yaml` (the table the build scripts read; `scripts/check_versions.py` fails
when the two disagree); the others are served by a newer package, limited to the operations
their version had (`x-introduced-in` in the spec; see `_versions.py`)."""
SUPPORTED_API_VERSIONS: Final[tuple[str, ...]] = tuple(API_VERSIONS)
"""The `api_version` values a client accepts (besides "auto"), oldest first."""
DEFAULT_API_VERSION: Final = "1.2.3"
AUTO_API_VERSION: Final = "auto"
"""`api_version="auto"`: detect the tenant's version on first need (see `_versions.py`)."""


def package_name(version: str) -> str:
    """The package a version would have of its own: "1.2.3" -> "v1_2_3"."""
    return "v" + version.replace(".", "_")


SPEC_VERSIONS: Final[tuple[str, ...]] = tuple(v for v, pkg in API_VERSIONS.items() if pkg == package_name(v))
"""The versions with a spec and a generated package of their own, oldest first."""

ENV_API_VERSION: Final = "CLOUDCONNEXA_API_VERSION"
ENV_BASE_URL: Final = "CLOUDCONNEXA_BASE_URL"
ENV_CLIENT_ID: Final = "CLOUDCONNEXA_CLIENT_ID"
ENV_CLIENT_SECRET: Final = "CLOUDCONNEXA_CLIENT_SECRET"

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# Request extensions understood by our transport (httpx passes `extensions` through untouched).
EXT_MAX_RETRIES: Final = "cloudconnexa_max_retries"
EXT_MAX_RATE_LIMIT_WAIT: Final = "cloudconnexa_max_rate_limit_wait"
EXT_RAISE_FOR_STATUS: Final = "cloudconnexa_raise_for_status"
EXT_IDEMPOTENT: Final = "cloudconnexa_idempotent"
"""Retry this request like an idempotent one whatever its method (the token POST: asking
for another token twice is harmless)."""

DEFAULT_PAGE_SIZE: Final = 1000
"""Page size used by the paginators when the caller gives none: the API's maximum, because
under CloudConnexa's rate limit every request saved is ~15 s saved (one page of 1000 small
records is a few hundred KiB)."""
MAX_PAGE_SIZE: Final = 1000
"""The API accepts page sizes 1..1000."""
