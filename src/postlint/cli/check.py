"""`postlint check`: check drafts and report (text, JSON, SARIF, GitHub annotations, HTML, Markdown).

Exit status: 0 nothing at or above `--fail-on`; 1 findings at or above it; 2 a usage, config or input
error (other files are still checked and reported).
"""
from __future__ import annotations

import os
import sys
from datetime import date

import click

from postlint.core.errors import PostlintError
from postlint.core.vocab import DOC_TYPES, LANGS, PLATFORMS, SEVERITIES, platform_name
from postlint.formats import FORMATS, render, streamer


def _jobs(ctx, param, value):
    """`auto` → 0 (the runner chooses from the number of files and CPUs), or an integer 1–64."""
    if value in (None, "auto", "0", 0):
        return 0
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise click.BadParameter(f"{value!r} is not a number of processes or 'auto'") from None
    if not 1 <= n <= 64:
        raise click.BadParameter(f"{n} is not in the range 1-64 (or 'auto')")
    return n


def _date(ctx, param, value):
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE.")
@click.option("--config", type=click.Path(dir_okay=False), help="Use this config file instead of discovering one.")
@click.option("--select", multiple=True, metavar="RULE_OR_CATEGORY",
              help="Only these rules (repeatable, or comma-separated).")
@click.option("--ignore", multiple=True, metavar="RULE_OR_CATEGORY",
              help="Skip these rules (repeatable, or comma-separated).")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="warning", show_default=True,
              help="Lowest severity that makes the exit code 1.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--diff", is_flag=True, help="Print safe fixes as a unified diff; change nothing.")
@click.option("--lang", type=click.Choice(LANGS), help="Force the language.")
@click.option("--type", "doc_type", type=click.Choice(DOC_TYPES), help="Force the document type.")
@click.option("--platform", "platforms", multiple=True, metavar="NAME", help="Force the target platform(s).")
@click.option("--date", "today", callback=_date, metavar="YYYY-MM-DD",
              help="Publication date for embargo checks (default: today).")
@click.option("--jobs", "-j", callback=_jobs, default="auto", show_default=True, metavar="N|auto",
              help="Check files in N processes; auto: one per CPU (at most 4) for large runs (200+ files per "
                   "process), else one.")
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
@click.option("--quiet", "-q", is_flag=True, help="Only the finding lines (text format).")
@click.option("--stdin-filename", metavar="NAME", help="Name (and folder) to use for text read from stdin.")
@click.option("--warm/--no-warm", default=None,
              help="Hand the run to a warm postlint process in the background (started by the first run; "
                   "the pre-commit hook's default). POSTLINT_WARM=1/0 sets it; off under CI.")
def check(paths, fmt, output, config, select, ignore, fail_on, fix, diff, lang, doc_type, platforms, today, jobs,
          no_cache, quiet, stdin_filename, warm):
    """Check drafts (files or folders; no path checks "."; "-" reads stdin)."""
    del warm  # chosen by postlint.cli.start before the command line reaches here: it picks the process
    from postlint.engine.runner import RunOptions, check_paths

    norm_platforms = []
    for p in platforms:
        for part in p.split(","):
            name = platform_name(part)
            if name is None:
                raise click.BadParameter(f"unknown platform {part!r} (allowed: {', '.join(PLATFORMS)})",
                                         param_hint="--platform")
            norm_platforms.append(name)
    if not paths:
        # the current folder, as ruff and black do — whatever stdin is: in CI, cron or a hook with
        # `pass_filenames: false` stdin is not a terminal, and reading it would check nothing and pass
        paths = (".",)
    # `--select a,b` as ruff reads it, as well as the repeatable `--select a --select b`
    opts = RunOptions(config=config, select=comma_list(select), ignore=comma_list(ignore), lang=lang,
                      type=doc_type, platforms=tuple(norm_platforms), today=today, fix=fix, diff=diff,
                      use_cache=not no_cache, stdin_filename=stdin_filename)
    if config and not os.path.isfile(config):
        click.echo(f"{config}: config file not found", err=True)
        sys.exit(2)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    try:
        # the engine's runner rather than `postlint.api.check_paths`: this command also reads stdin, runs
        # in several processes and prints the fixes' diffs
        # JSON and SARIF are written as each file is done, and only reports' data is kept of each draft
        # (`light`): memory stays flat on large folders
        colour = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        stream = None if diff or fix and "-" in paths else streamer(fmt, output, color=colour, quiet=quiet)
        report, diffs = check_paths(list(paths), opts, jobs=jobs, stdin=stdin, light=True,
                                    on_result=stream.add if stream is not None else None)
    except PostlintError as e:  # rule files or plugins that cannot load: nothing can be checked
        click.echo(f"postlint: {e}", err=True)
        sys.exit(2)
    to_terminal = output is None and sys.stdout.isatty()
    if stream is not None:
        stream.close(report)
    text = "" if stream is not None else render(fmt, report, color=to_terminal and not os.environ.get("NO_COLOR"),
                                                 quiet=quiet)
    if diff:
        # an empty diff would look like a run that did nothing: say there is nothing to fix
        shown = "".join(diffs) if diffs else "--diff: nothing to fix (no finding has a fix).\n"
        if fmt == "text":
            text = shown + text
        else:
            click.echo(shown, err=True, nl=False)
    stdin_fixed = [fr for fr in report.files if fr.path == (stdin_filename or "-") and fix and "-" in paths]
    if stdin_fixed and not diff:
        # like other fixers: the corrected draft goes to stdout, the report to stderr
        fr = stdin_fixed[0]
        click.echo(fr.fixed_text if fr.fixed_text is not None else (stdin or b"").decode("utf-8", "replace"),
                   nl=False)
        click.echo(text, nl=False, err=True)
    elif output and stream is None:
        from postlint.core.files import write_report

        try:
            write_report(output, text.encode("utf-8"))
        except OSError as e:  # a missing folder, a read-only one: say which file, not a traceback
            click.echo(f"{output}: cannot write the report: {e.strerror or e}", err=True)
            sys.exit(2)
    else:
        click.echo(text, nl=False)
    # errors for people reading a terminal or a CI log, whatever the format
    for fr in report.files:
        if fmt != "text" and fr.error:
            click.echo(fr.error if fr.error.startswith(fr.path) else f"{fr.path}: {fr.error}", err=True)
        if fmt != "text":
            for msg in fr.internal_errors:
                click.echo(f"{fr.path}: {msg}", err=True)
        for msg in fr.input_errors:
            click.echo(msg, err=True)
    sys.exit(report.exit_code(fail_on))


def comma_list(values: tuple[str, ...]) -> tuple[str, ...]:
    """`("a,b", "c")` → `("a", "b", "c")`: repeatable options that also take comma-separated lists."""
    return tuple(x.strip() for v in values for x in v.split(",") if x.strip())
