"""`python -m benchmarks [--quick] [--only NAME ...] [--output PATH]`.

Full mode prints the table and writes benchmarks/results/latest.json. Quick mode runs tiny
sizes and checks correctness only (exact request counts, memory bound, zero failures, no
PoolTimeout); wall-clock goals are reported, never asserted. Exit status 1 when a check fails.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

from . import (
    concurrency,
    import_time,
    listing,
    overhead,
    pagination_memory,
    rate_limit,
    requests_saved,
    scaling,
)
from ._common import Section

__all__ = ["BENCHMARKS", "main", "run_all"]

BENCHMARKS: dict[str, Callable[[bool], Section]] = {
    "overhead": overhead.run,
    "concurrency": concurrency.run,
    "requests": requests_saved.run,
    "rate_limit": rate_limit.run,
    "memory": pagination_memory.run,
    "import": import_time.run,
    "listing": listing.run,
    "scaling": scaling.run,
}
RESULTS = Path(__file__).parent / "results" / "latest.json"


def run_all(quick: bool, only: list[str] | None = None) -> list[Section]:
    sections = []
    for name, bench in BENCHMARKS.items():
        if only and name not in only:
            continue
        started = time.perf_counter()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        sections.append(bench(quick))
        print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return sections


def _table(sections: list[Section]) -> str:
    lines = ["| benchmark | metric | value | goal | met |", "|---|---|---|---|---|"]
    for section in sections:
        for row in section.rows:
            met = "" if row.met is None else ("yes" if row.met else "**no**")
            lines.append(f"| {row.benchmark} | {row.metric} | {row.value:g} {row.unit} | {row.goal} | {met} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, correctness only")
    parser.add_argument("--only", nargs="*", choices=list(BENCHMARKS), help="run only these")
    parser.add_argument("--output", type=Path, default=None, help=f"JSON results (default in full mode: {RESULTS})")
    args = parser.parse_args(argv)
    sections = run_all(args.quick, args.only)
    print(_table(sections))
    output = args.output or (None if args.quick else RESULTS)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(
            json.dumps(
                {
                    "quick": args.quick,
                    "python": platform.python_version(),
                    "machine": f"{platform.system()} {platform.machine()}",
                    "sections": [dataclasses.asdict(section) for section in sections],
                },
                indent=2,
            )
            + "\n"
        )
    failures = [failure for section in sections for failure in section.failures]
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
