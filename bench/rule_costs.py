#!/usr/bin/env python3
"""Time every rule, and parsing and language resolution, over a set of drafts, in one process.

    python bench/rule_costs.py [--select CATEGORY]... FILE...      # prints JSON on stdout

The files go through the real pipeline (`postlint.engine.runner.check_path`, no cache); each rule's check
function and the parse / language steps are wrapped with a timer. Unlike cProfile this adds almost
no overhead, so the shares are those of a normal run. A rule's first call may include loading what it
needs (the French language model for NER rules): `max` shows it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from msgspec.structs import replace


class Timer:
    def __init__(self):
        self.total: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.max: dict[str, float] = {}

    def add(self, name: str, seconds: float) -> None:
        self.total[name] = self.total.get(name, 0.0) + seconds
        self.calls[name] = self.calls.get(name, 0) + 1
        self.max[name] = max(self.max.get(name, 0.0), seconds)

    def wrap(self, name: str, fn, consume: bool = False):
        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                out = fn(*args, **kwargs)
                if consume:  # checks are generators: the work happens while they are consumed
                    out = list(out or ())
                return out
            finally:
                self.add(name, time.perf_counter() - t0)
        return timed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--select", action="append", default=[])
    ap.add_argument("files", nargs="+")
    args = ap.parse_args(argv)

    t_start = time.perf_counter()
    from postlint.text import lang
    from postlint.engine import runner
    from postlint.engine.registry import load_registry
    t_import = time.perf_counter() - t_start

    timer = Timer()
    t0 = time.perf_counter()
    registry = load_registry()
    t_registry = time.perf_counter() - t0
    for r in registry:
        wrapped = timer.wrap(f"rule {r.id}", r.check, consume=True)
        registry.rules[r.id] = replace(r, check=wrapped)
    runner.parse_bytes = timer.wrap("parse", runner.parse_bytes)
    lang.resolve = timer.wrap("language resolution", lang.resolve)

    opts = runner.RunOptions(select=tuple(args.select), use_cache=False)
    t0 = time.perf_counter()
    errors = 0
    for f in args.files:
        result, _ = runner.check_path(f, opts)
        errors += bool(result.error or result.internal_errors)
    t_files = time.perf_counter() - t0

    rows = sorted(((name, timer.total[name], timer.calls[name], timer.max[name]) for name in timer.total),
                  key=lambda r: -r[1])
    json.dump({"files": len(args.files), "errors": errors, "import_s": t_import, "registry_s": t_registry,
               "checking_s": t_files, "rows": rows}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
