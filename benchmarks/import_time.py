"""6. `import cloudconnexa` vs `import httpx`, each in a fresh interpreter (min of N rounds).

cloudconnexa imports httpx, so the ratio is at least 1; the goal is <= 2x. The generated
endpoint modules must not be imported by `import cloudconnexa` (they load on first use).
"""

from __future__ import annotations

import subprocess
import sys

from ._common import Section

__all__ = ["run"]

GOAL = 2.0
_PROBE = (
    "import sys, time\n"
    "start = time.perf_counter()\n"
    "import {module}\n"
    "elapsed = time.perf_counter() - start\n"
    "api = [m for m in sys.modules if m.startswith('cloudconnexa_generated.') and '.api.' in m]\n"
    "print(elapsed, len(api))\n"
)


def _import(module: str) -> tuple[float, int]:
    """(seconds, generated endpoint modules loaded) for one fresh `import module`."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(module=module)], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), int(out[1])


def run(quick: bool = False) -> Section:
    section = Section("6. import time (fresh interpreter)")
    rounds = 2 if quick else 15
    sdk, raw, loaded = [], [], 0
    for _ in range(rounds):  # interleaved, so disk cache and drift hit both alike
        seconds, loaded = _import("cloudconnexa")
        sdk.append(seconds)
        raw.append(_import("httpx")[0])
    ratio = min(sdk) / min(raw)
    section.add("import cloudconnexa (min)", round(min(sdk) * 1e3, 1), "ms")
    section.add("import httpx (min)", round(min(raw) * 1e3, 1), "ms")
    section.add("cloudconnexa / httpx", round(ratio, 2), "x", f"<= {GOAL}x", ratio <= GOAL)
    section.add("generated endpoint modules imported", loaded, "count", "= 0", loaded == 0)
    section.check(loaded == 0, f"import: {loaded} generated endpoint modules loaded eagerly")
    return section
