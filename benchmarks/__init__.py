"""Benchmarks of the cloudconnexa SDK against plain httpx, on this machine.

    python -m benchmarks           # full run: prints a table, writes benchmarks/results/latest.json
    python -m benchmarks --quick   # tiny sizes, correctness assertions only (CI)

Every figure is a ratio or a count measured in the same run (see BENCHMARKS.md).
"""
