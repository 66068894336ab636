"""What the SDK logs, on the `cloudconnexa` logger, and `CLOUDCONNEXA_LOG`.

* DEBUG, one line per attempt (each retry and each token request is an attempt)::

      GET /api/v1/dns-records -> 200 in 0.041 s (attempt 1, X-RateLimit-Remaining 17, waited 0.00 s)

  `waited` is the client-side rate limiter's wait before this attempt.
* INFO: every rate-limiter wait before an attempt, and every retry with its reason and wait
  (logged by `RetryBudget.log_retry`).

Lines carry the method and the URL path only: no query (the token request's could carry
credentials), no header, no body, so no token or secret can reach a log.

`CLOUDCONNEXA_LOG=debug` (or `info`) in the environment attaches a stderr handler at that
level when `cloudconnexa` is imported; without it the SDK adds no handler (the library
convention: the application configures logging).
"""

from __future__ import annotations

import logging
import os
import warnings
import weakref

import httpx

__all__ = ["ENV_LOG", "log_attempt", "log_limiter_wait", "logger", "setup_from_env"]

logger = logging.getLogger("cloudconnexa")

ENV_LOG = "CLOUDCONNEXA_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

# Attempt numbers per request object: a retry or a 401 replay sends the same `httpx.Request`
# again. Kept only while DEBUG is on, and dropped with the request.
_attempts: weakref.WeakKeyDictionary[httpx.Request, int] = weakref.WeakKeyDictionary()


def log_limiter_wait(request: httpx.Request, seconds: float) -> None:
    """INFO: the rate limiter holds this attempt back (the API key's tokens are spent)."""
    if logger.isEnabledFor(logging.INFO):
        logger.info("rate limiter: waiting %.2f s before %s %s", seconds, request.method, request.url.path)


def log_attempt(request: httpx.Request, outcome: httpx.Response | BaseException, elapsed: float, waited: float) -> None:
    """DEBUG: one attempt's method, path, status (or error), time, number, remaining tokens."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    attempt = _attempts[request] = _attempts.get(request, 0) + 1
    if isinstance(outcome, httpx.Response):
        status = str(outcome.status_code)
        remaining = outcome.headers.get("x-ratelimit-remaining", "-")
    else:
        status, remaining = type(outcome).__name__, "-"
    logger.debug(
        "%s %s -> %s in %.3f s (attempt %d, X-RateLimit-Remaining %s, waited %.2f s)",
        request.method, request.url.path, status, elapsed, attempt, remaining, waited,
    )  # fmt: skip


def setup_from_env() -> None:
    """Attach a stderr handler at the level named by `CLOUDCONNEXA_LOG` (debug or info)."""
    value = os.environ.get(ENV_LOG, "").strip().lower()
    if not value:
        return
    level = _LEVELS.get(value)
    if level is None:
        warnings.warn(f"{ENV_LOG}={value!r} is not 'debug' or 'info'; ignored", stacklevel=2)
        return
    if not any(getattr(h, "_cloudconnexa_env", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._cloudconnexa_env = True  # type: ignore[attr-defined]  # marks ours: added once
        logger.addHandler(handler)
    logger.setLevel(level)
