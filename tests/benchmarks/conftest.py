"""Make the top-level `benchmarks` package importable (it is not installed).

This folder has no `__init__.py` on purpose: as a package it would itself be named
`benchmarks` and shadow the real one.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
