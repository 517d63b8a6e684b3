#!/usr/bin/env python3
"""Profile a real `postlint` run with cProfile and print where the time goes.

    python bench/profile.py bench/corpus                       # postlint check --no-cache --jobs 1 bench/corpus
    python bench/profile.py --out run.prof --top 40 -- check --no-cache --jobs 1 --format json drafts/
    python -m pstats run.prof                                  # browse it; or snakeviz run.prof

The command runs in this process exactly as the `postlint` console script runs it (same collector setting,
same entry point), but returns here instead of ending with `os._exit`, so the profile is written. Its report
goes to /dev/null unless `--show-output`. cProfile inflates the cost of many small Python calls: use it to
find *which* code, `bench/rule_costs.py` and `bench/run.py` for *how much*.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import io
import os
import sys

# this file is named like the standard library's `profile`, which cProfile imports: not from this folder
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]
import cProfile  # noqa: E402
import pstats  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="postlint.prof", help="profile file (default: postlint.prof)")
    ap.add_argument("--top", type=int, default=30, help="rows of each table")
    ap.add_argument("--show-output", action="store_true", help="print postlint's own report too")
    ap.add_argument("args", nargs="*", help="postlint's arguments (a lone path means `check --no-cache --jobs 1 PATH`)")
    args = ap.parse_args(argv)
    cli_args = args.args or ["."]
    if cli_args[0] not in ("check", "rules", "explain", "docs", "init", "strip-metadata"):
        cli_args = ["check", "--no-cache", "--jobs", "1", *cli_args]
    status = profile_run(cli_args, args.out, args.show_output)
    stats = pstats.Stats(args.out)
    print(f"postlint {' '.join(cli_args)} → exit {status}; profile written to {args.out}\n")
    for key, title in (("cumulative", "by cumulative time"), ("tottime", "by own time")):
        buf = io.StringIO()
        pstats.Stats(args.out, stream=buf).strip_dirs().sort_stats(key).print_stats(args.top)
        print(f"## {title}\n")
        print(buf.getvalue().split("\n", 4)[-1] if buf.getvalue().count("\n") > 4 else buf.getvalue())
    del stats
    return 0


def profile_run(cli_args: list[str], out: str, show_output: bool) -> int:
    from postlint.cli.start import entry, exit_status

    gc.set_threshold(200_000, 30, 30)  # as postlint.cli.start.main
    sys.argv = ["postlint", *cli_args]
    prof = cProfile.Profile()
    sink = contextlib.nullcontext() if show_output else contextlib.redirect_stdout(open(os.devnull, "w"))
    status = 0
    with sink:
        prof.enable()
        try:
            entry()
        except SystemExit as e:
            status = exit_status(e.code)
        finally:
            prof.disable()
    prof.dump_stats(out)
    return status


if __name__ == "__main__":
    sys.exit(main())
