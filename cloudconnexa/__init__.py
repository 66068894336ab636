"""Typed sync and async Python SDK for the OpenVPN CloudConnexa REST API.

Example:
    import cloudconnexa

    with cloudconnexa.Client("acme") as client:        # credentials from CLOUDCONNEXA_* env vars
        for network in client.networks.list():
            print(network.name)

The async twin is `cloudconnexa.AsyncClient`. Models live in `cloudconnexa.types`, errors
are importable from here (`cloudconnexa.NotFoundError`, ...), and `cloudconnexa.testing`
ships a fake CloudConnexa server for offline tests.
"""

from ._async._client import AsyncClient
from ._async._paginator import AsyncPaginator
from ._base_client import NOT_GIVEN, NotGiven
from ._constants import (
    DEFAULT_API_VERSION,
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_PAGE_SIZE,
    DEFAULT_TIMEOUT,
    SUPPORTED_API_VERSIONS,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    CloudConnexaError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    UnsupportedByAPIVersion,
)
from ._logging import setup_from_env as _setup_logging_from_env
from ._operations import UnsupportedOperationError
from ._pagination import Page
from ._response import RawResponse
from ._sync._client import Client
from ._sync._paginator import Paginator
from ._version import __version__

__all__ = [
    "DEFAULT_API_VERSION",
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "SUPPORTED_API_VERSIONS",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientClosedError",
    "CloudConnexaError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "UnprocessableEntityError",
    "UnsupportedByAPIVersion",
    "UnsupportedOperationError",
    "__version__",
]

_setup_logging_from_env()  # CLOUDCONNEXA_LOG=debug|info

# Public names report the package, not the private module they are defined in (as httpx does).
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type):
        _value.__module__ = __name__
del _name, _value
