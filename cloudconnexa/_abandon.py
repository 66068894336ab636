"""Telling a sync request that waits on a worker thread that nobody wants it any more.

An async request is abandoned by cancelling its task. A sync page request of a listing runs
on a worker thread of the listing's `Prefetcher`, and after a `break` it may still be
waiting for an in-flight slot (when other calls of the client hold them all); once it has
one, it would be sent although its answer will be dropped. So the worker runs the request
with the listing's `threading.Event` in `abandoned`, and the transport checks it when the
slot is taken, just before sending: set, it raises `RequestAbandoned` instead::

    run_unless_abandoned(listing_stopped, fetch, page)   # on the worker thread
    listing_stopped.set()                                 # on the caller's, at `break`
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextvars import ContextVar
from typing import TypeVar

from ._exceptions import CloudConnexaError

__all__ = ["RequestAbandoned", "abandoned", "check_abandoned", "run_unless_abandoned"]

KeyT = TypeVar("KeyT")
T = TypeVar("T")

abandoned: ContextVar[threading.Event | None] = ContextVar("cloudconnexa_abandoned", default=None)
"""The event that, once set, means the request being made on this thread is not wanted."""


class RequestAbandoned(CloudConnexaError):
    """Raised in place of sending a request whose caller has stopped waiting for it (it
    ends on a worker thread whose result nobody reads)."""


def check_abandoned() -> None:
    """Raise `RequestAbandoned` if the request about to be sent is no longer wanted."""
    event = abandoned.get()
    if event is not None and event.is_set():
        raise RequestAbandoned("the listing that asked for this page has stopped; not sent")


def run_unless_abandoned(event: threading.Event, fetch: Callable[[KeyT], T], key: KeyT) -> T:
    """`fetch(key)`, its requests checked against `event` (on a worker thread)."""
    token = abandoned.set(event)
    try:
        return fetch(key)
    finally:
        abandoned.reset(token)
