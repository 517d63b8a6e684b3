"""The `postlint` command as a process: set the garbage collector for a short run, then start the CLI.

A run allocates many long-lived objects (modules, rules, word indexes) and few reference cycles; CPython's
default collector, every 700 allocations, re-scans them again and again: ≈ 25 ms of a 0.25 s cold
`check` of one post measured here (10 %). Collecting every 200,000 allocations instead is what mypy does for the same reason
(`mypy/util.py`, `tune_gc`). It is set here, before any import, and not in `postlint.cli`, so that a
program importing postlint as a library keeps its own collector settings.
"""
from __future__ import annotations

import gc


def main() -> None:
    gc.set_threshold(200_000, 30, 30)
    from postlint.cli import entry

    entry()
