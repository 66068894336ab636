"""Issue 10 item 1: first calls from many threads (or tasks) at once never deadlock imports.

Each case runs in a fresh interpreter, where nothing of the generated package is imported
yet: that is the state in which Python's per-module import locks raised `_DeadlockError`.
`CLOUDCONNEXA_FIRST_USE_PROCESSES` raises the number of fresh processes (20 for the full
drill); the default keeps the suite quick.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

PROCESSES = int(os.environ.get("CLOUDCONNEXA_FIRST_USE_PROCESSES", "3"))

_COMMON = """
import httpx, cloudconnexa

def handler(request):
    if request.url.path.endswith("/oauth/token"):
        return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
    return httpx.Response(404, json={"errorMessage": "nothing here"})

NAMES = ["networks", "hosts", "dns", "user_groups", "users", "devices", "device_postures",
         "location_contexts", "access_groups", "vpn_regions"]
OPTIONS = dict(base_url="https://acme.api.openvpn.com", client_id="id", client_secret="secret")
"""

_SYNC_SCRIPT = (
    _COMMON
    + """
import threading
client = cloudconnexa.Client(**OPTIONS, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
errors = []
barrier = threading.Barrier(32)

def first_call(i):
    barrier.wait()
    try:
        listing = getattr(client, NAMES[i % len(NAMES)]).list()
        listing if isinstance(listing, list) else listing.to_list()
    except cloudconnexa.NotFoundError:
        pass
    except BaseException as exc:
        errors.append(repr(exc))

threads = [threading.Thread(target=first_call, args=(i,)) for i in range(32)]
for t in threads: t.start()
for t in threads: t.join()
print(len(errors), errors[:3])
"""
)

_ASYNC_SCRIPT = (
    _COMMON
    + """
import asyncio

async def main():
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = cloudconnexa.AsyncClient(**OPTIONS, http_client=http)
    errors = []

    async def first_call(i):
        try:
            listing = getattr(client, NAMES[i % len(NAMES)]).list()
            await (listing if hasattr(listing, "__await__") else listing.to_list())
        except cloudconnexa.NotFoundError:
            pass
        except BaseException as exc:
            errors.append(repr(exc))

    await asyncio.gather(*(first_call(i) for i in range(200)))
    await http.aclose()
    print(len(errors), errors[:3])

asyncio.run(main())
"""
)


def _run(script: str) -> str:
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_first_calls_from_32_threads_in_fresh_processes() -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        outputs = list(pool.map(_run, [_SYNC_SCRIPT] * PROCESSES))
    assert outputs == ["0 []"] * PROCESSES


def test_200_concurrent_first_calls_on_a_fresh_async_client() -> None:
    assert _run(_ASYNC_SCRIPT) == "0 []"
