"""The `postlint` command as a process: set the garbage collector for a short run, start the CLI, and leave
without tearing the interpreter down.

A run allocates many long-lived objects (modules, rules, word indexes) and few reference cycles; CPython's
default collector, every 700 allocations, re-scans them again and again: ≈ 25 ms of a 0.25 s cold
`check` of one post measured here (10 %). Collecting every 200,000 allocations instead is what mypy does
for the same reason (`mypy/util.py`, `tune_gc`).

At the end, the interpreter's own shutdown (a last collection, then freeing every module, pattern and
index one by one) took another ≈ 25 ms of that run, for memory the operating system reclaims anyway. So,
once the CLI has finished — reports printed, fixes and cache entries written and closed, worker processes
joined — the process flushes its standard streams and ends with `os._exit`, as mypy does (`hard_exit`).
Nothing postlint writes waits for interpreter shutdown. A coverage tool does (it saves its data in an
`atexit` hook), so under one the normal exit is kept.

`check --warm` (the pre-commit hook's entry) first offers the run to a warm postlint process
(`postlint.cli.warm_client`); when none takes it, the run is in-process as always, then one is started in the
background for the next runs. `--warm`/`--no-warm` are removed from the command line here: they choose the
process, not the check.

Both settings live here, not in `postlint.cli`, so that a program importing postlint as a library keeps
its own collector and its own exit. So does the last resort for an unexpected error: one line on stderr
and exit status 2, never a traceback (set POSTLINT_DEBUG=1 to see it).
"""
from __future__ import annotations

import gc
import os
import sys


def main() -> None:
    gc.set_threshold(200_000, 30, 30)
    warm = False
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        from postlint.cli import warm_client

        warm = warm_client.requested(sys.argv)
        if warm:
            status = warm_client.run(sys.argv)
            if status is not None:
                _leave(status)
        sys.argv = warm_client.without_flags(sys.argv)
    status = run()
    if warm and warm_client.last_refusal in ("absent", "stale"):
        # for the next runs; this one's output is out first, so that nobody waits for the start
        _flush()
        warm_client.spawn()
    _leave(status)


def run() -> int:
    """The command line on `sys.argv`, in this process: its exit status."""
    try:
        entry()
    except SystemExit as e:
        return exit_status(e.code)
    return 0


def entry() -> None:
    """Run the command line: an unexpected error is one line on stderr and exit 2, never a traceback
    (set POSTLINT_DEBUG=1 to see it)."""
    # imported here, once `main` has set the collector: loading the modules is most of a run's allocations
    import click

    from postlint.cli import main as cli

    try:
        cli()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as e:  # pragma: no cover - last resort
        if os.environ.get("POSTLINT_DEBUG"):
            raise
        click.echo(f"postlint: internal error: {type(e).__name__}: {e} (set POSTLINT_DEBUG=1 for details)", err=True)
        sys.exit(2)


def exit_status(code: object) -> int:
    """The exit status `sys.exit(code)` would give: None is 0, an integer itself, anything else is printed
    on stderr and gives 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _leave(status: int) -> None:
    # coverage saves its data in an atexit hook; cProfile (`python -m cProfile -m postlint`) writes its profile
    # when the program returns: under either, or any profiler or tracer, leave the normal way
    if "coverage" in sys.modules or sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(status)
    _flush()
    os._exit(status)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a reader gone (`| head`) or a closed stream: nothing left to say
            pass
