"""Integration fixtures: SDK clients against the bundled fake server over real loopback HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture
def sleeps() -> list[float]:
    """Every wait the client asked for (retry backoff, Retry-After, rate limiter)."""
    return []


@pytest.fixture
def connect(client_factory: Callable[..., Any], sleeps: list[float]) -> Callable[..., Any]:
    """`connect(server, **options)`: a client (sync or async) for `server` that records its
    sleeps instead of sleeping, so retry tests take no wall-clock time."""

    def make(server: Any, **options: Any) -> Any:
        options.setdefault("_sleep", sleeps.append)
        return client_factory(
            server.base_url,
            client_id=server.client_id,
            client_secret=server.client_secret,
            api_version=server.api_version,
            **options,
        )

    return make
