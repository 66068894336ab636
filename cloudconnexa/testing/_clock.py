"""Clocks for the fake server: the real monotonic clock and a manual one for tests.

The fake reads time only through a `Clock` (token expiry, rate-limit buckets), so a
test can run the "realistic" rate limit (1 request per 15 s) in milliseconds::

    clock = ManualClock()
    with FakeCloudConnexa(rate_limit="realistic", clock=clock) as server:
        ...                 # 20 requests pass, the 21st gets 429 + Retry-After: 15
        clock.advance(15)   # one more request passes

A client under test "sleeps" on the same clock by being given `sleep=clock.sleep`
(or `clock.asleep` for async code). The clock is a virtual-time scheduler: a sleeper
waits until the clock reaches its deadline, and when every sleeper is waiting and nothing
else is running, the clock jumps to the earliest deadline. So concurrent sleepers overlap,
as they would in real time (ten tasks sleeping 15 s take 15 simulated seconds, not 150),
and bulk jobs of many tasks or threads run in simulated seconds.

"Nothing else is running" is judged per kind of sleeper: for asyncio tasks, the event loop
has no other ready callback (so the waits must be on this clock or on in-process work, as
with the fake's in-process transport, not on sockets); for threads, every live thread that
has ever slept on this clock is sleeping now or idle (it has not read the clock for 0.5 s
of real time, e.g. a pool worker without work), or the earliest sleeper has waited 2 s of
real time.
Under other async backends (trio) `asleep` advances the clock by the delay, one sleeper at
a time.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import threading
import time
from typing import Protocol, runtime_checkable

import sniffio

__all__ = ["Clock", "ManualClock", "MonotonicClock"]

_QUIET = 0.002
"""Real seconds between two checks of a sleeping thread."""
_IDLE = 0.5
"""Real seconds after which a thread that neither sleeps nor reads the clock counts as idle
(e.g. a pool worker with no work): longer than a busy thread's stall on a loaded machine."""
_PATIENCE = 1000
"""Checks (2 s) the earliest sleeping thread waits at most before moving the clock anyway."""


@runtime_checkable
class Clock(Protocol):
    """Anything with `now() -> float` (seconds, monotonic)."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: `time.monotonic()`."""

    def now(self) -> float:
        return time.monotonic()

    def __repr__(self) -> str:
        return "MonotonicClock()"


class ManualClock:
    """A clock that only moves when told to, or when every sleeper on it waits; thread-safe.

    Usage::

        clock = ManualClock()
        clock.advance(15.0)
        assert clock.now() == 15.0
        retrying_client = make_client(sleep=clock.sleep)  # sleeping moves the clock

        async def job(): await asyncio.gather(*(clock.asleep(15) for _ in range(10)))
        asyncio.run(job()); assert clock.now() == 30.0   # the ten sleeps overlapped
    """

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)
        self._lock = threading.Condition()
        self._order = itertools.count()
        self._tasks: list[tuple[float, int, asyncio.Future[None]]] = []
        self._driver: asyncio.Task[None] | None = None
        self._participants: dict[int | None, threading.Thread] = {}
        """Threads that have slept on this clock (the clock jumps when all of them sleep)."""
        self._asleep: dict[int | None, float] = {}
        """Deadline of each thread sleeping now."""
        self._touched: dict[int | None, float] = {}
        """Real time each thread last read or slept on the clock."""

    def now(self) -> float:
        with self._lock:
            self._touched[threading.get_ident()] = time.monotonic()
            return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward by `seconds` (must be >= 0)."""
        if seconds < 0:
            raise ValueError(f"seconds must be >= 0, got {seconds!r}")
        with self._lock:
            self._now += seconds
            self._lock.notify_all()

    def _advance_to(self, deadline: float) -> None:
        with self._lock:
            if deadline > self._now:
                self._now = deadline
            self._lock.notify_all()

    def sleep(self, seconds: float) -> None:
        """A drop-in `time.sleep` for clients on this clock: returns once the clock reaches
        now + `seconds`, moving it there when every other thread sleeping on it waits too."""
        me = threading.current_thread()
        with self._lock:
            self._participants[me.ident] = me
            self._touched[me.ident] = time.monotonic()
            if seconds <= 0:
                return  # `sleep(0)` only joins the threads the clock waits for
            deadline = self._now + seconds
            self._asleep[me.ident] = deadline
            try:
                checks = 0
                while self._now < deadline:
                    self._lock.wait(_QUIET)
                    checks += 1
                    if self._now >= deadline or min(self._asleep.values()) < deadline:
                        continue  # woken, or an earlier sleeper moves the clock first
                    if checks >= _PATIENCE or self._all_threads_asleep():
                        self._now = deadline
                        self._lock.notify_all()
            finally:
                del self._asleep[me.ident]
                self._touched[me.ident] = time.monotonic()

    def _all_threads_asleep(self) -> bool:
        """Whether every live thread that ever slept on this clock is sleeping now (or idle:
        it has not read the clock for `_IDLE` real seconds)."""
        real_now = time.monotonic()
        for ident, thread in list(self._participants.items()):
            if not thread.is_alive():
                del self._participants[ident]
            elif ident not in self._asleep and real_now - self._touched.get(ident, 0.0) < _IDLE:
                return False
        return True

    async def asleep(self, seconds: float) -> None:
        """A drop-in `anyio.sleep` for async clients on this clock: returns once the clock
        reaches now + `seconds`; concurrent sleepers overlap (see the module docstring)."""
        if sniffio.current_async_library() != "asyncio":
            self.advance(max(0.0, seconds))
            return
        loop = asyncio.get_running_loop()
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            heapq.heappush(self._tasks, (self._now + seconds, next(self._order), future))
        if self._driver is None or self._driver.done() or self._driver.get_loop() is not loop:
            self._driver = loop.create_task(self._drive(loop))
        await future

    async def _drive(self, loop: asyncio.AbstractEventLoop) -> None:
        """Wake sleepers whose deadline has come; when the loop is otherwise idle, jump."""
        while True:
            await _until_idle(loop)
            with self._lock:
                live = [entry for entry in self._tasks if not entry[2].done() and entry[2].get_loop() is loop]
                heapq.heapify(live)
                self._tasks = live
                if not live:
                    return
                self._now = max(self._now, live[0][0])
                while self._tasks and self._tasks[0][0] <= self._now:
                    heapq.heappop(self._tasks)[2].set_result(None)

    def __repr__(self) -> str:
        return f"ManualClock(now={self._now!r})"


async def _until_idle(loop: asyncio.AbstractEventLoop) -> None:
    """Return once no other callback is ready to run twice in a row (every task waits)."""
    ready = getattr(loop, "_ready", None)  # asyncio's run queue; absent on other loops
    idle_rounds = 0
    for _ in range(10_000):
        await asyncio.sleep(0)
        idle_rounds = idle_rounds + 1 if ready is not None and not ready else 0
        if idle_rounds >= 2 or (ready is None and _ >= 50):
            return
