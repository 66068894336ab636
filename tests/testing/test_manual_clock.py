"""`ManualClock` is a virtual-time scheduler: concurrent sleepers overlap (issue 14 item 4)."""

from __future__ import annotations

import asyncio
import threading

import pytest

from cloudconnexa.testing import ManualClock


def test_async_sleepers_overlap_and_wake_in_deadline_order() -> None:
    clock = ManualClock()
    woke: list[tuple[int, float]] = []

    async def sleeper(seconds: int) -> None:
        await clock.asleep(seconds)
        woke.append((seconds, clock.now()))

    async def job() -> None:
        await asyncio.gather(*(sleeper(15) for _ in range(10)))
        await asyncio.gather(*(sleeper(s) for s in (3, 1, 2)))

    asyncio.run(job())
    assert clock.now() == 18.0  # 15 (ten overlapping sleeps) + 3 (the longest of the next three)
    assert woke[-3:] == [(1, 16.0), (2, 17.0), (3, 18.0)]


def test_async_sleep_waits_for_running_work_before_jumping() -> None:
    clock = ManualClock()
    seen: list[float] = []

    async def busy() -> None:
        for _ in range(100):  # work that yields to the loop but never sleeps on the clock
            seen.append(clock.now())
            await asyncio.sleep(0)

    async def job() -> None:
        await asyncio.gather(clock.asleep(15), busy())

    asyncio.run(job())
    assert seen == [0.0] * 100 and clock.now() == 15.0


def test_a_cancelled_async_sleeper_does_not_move_the_clock() -> None:
    clock = ManualClock()

    async def job() -> None:
        task = asyncio.ensure_future(clock.asleep(100))
        await asyncio.sleep(0)
        task.cancel()
        await clock.asleep(5)

    asyncio.run(job())
    assert clock.now() == 5.0


def test_thread_sleepers_overlap() -> None:
    clock = ManualClock()
    barrier = threading.Barrier(8)

    def sleeper() -> None:
        clock.sleep(0)  # joins the threads the clock waits for before it jumps
        barrier.wait()
        clock.sleep(15)

    threads = [threading.Thread(target=sleeper) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert clock.now() == 15.0  # eight overlapping sleeps, not 120
    clock.sleep(5)  # a lone sleeper (the others are gone) moves the clock at once
    assert clock.now() == 20.0


def test_advance_rejects_negative() -> None:
    with pytest.raises(ValueError, match="seconds"):
        ManualClock().advance(-1)
