"""postlint as a library: check a draft given as text, or files and folders, and get what `postlint check`
reports — the same findings, messages and exit status.

    from postlint.api import RunOptions, check_paths, check_text

    result = check_text("Les toxicomanes du quartier…", path="drafts/post.md", lang="fr")
    for f in result.findings:
        print(f.rule, f.category, f.severity, f.message, result.location(f))

    report = check_paths(["drafts/"], RunOptions(select=("stigma", "disclosure")))
    print(report.to_dict())         # the object `--format json` prints
    status = report.exit_code("warning")

The entry point for editor integrations (a language server) and plugins' tests; the review page server
(`postlint.web.server`) calls `check_bytes`; `postlint check` uses the same engine functions underneath. Nothing here
prints or exits. The configuration that governs `path` (the nearest `.postlint.yaml`, or `config`) is
looked up on every call, so an edited config counts at once.

Errors: a config or a rule file that cannot be used raises `postlint.core.errors.ConfigError` (a
`PostlintError`: `str(e)` names the file and line); an unknown language, document type or platform
raises ValueError. A draft that cannot be read (binary, invalid UTF-8, broken front matter) is not an
exception: its `FileResult.error` says why, with no findings.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date

from postlint.core.vocab import DOC_TYPES, LANGS, PLATFORMS, platform_name
from postlint.engine import runner
from postlint.engine.report import FileResult, Report
from postlint.engine.runner import RunOptions

__all__ = ["FileResult", "Report", "RunOptions", "check_bytes", "check_paths", "check_text"]


def check_text(text: str, *, path: str | os.PathLike[str] = "-", lang: str | None = None, type: str | None = None,
               platforms: Iterable[str] = (), config: str | os.PathLike[str] | None = None,
               today: date | None = None, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> FileResult:
    """Check one draft given as text, as if it were the file `path`: the config that governs `path` applies
    (its `overrides` too), its folder is where local images are looked for, and the suffix says how to read
    it (Markdown or plain text). `path="-"` is a draft in the current folder. The file itself is not read,
    nothing is written and nothing is cached.

    `lang` (fr, en), `type` (post, thread, press-release, pitch, article) and `platforms` (x, bluesky,
    mastodon, threads, instagram, linkedin, facebook, tiktok, youtube; aliases such as twitter accepted)
    override the draft and its config, as `--lang`, `--type` and `--platform` do; `config` is the file of
    `--config`; `today` the publication date for embargo checks (default: today); `select` and `ignore`
    rule ids, id prefixes or categories, as `--select` and `--ignore`.

    `result.location(finding)` gives a finding's 1-based line and column as in the JSON report (`line`,
    `column`, `end_line`, `end_column`; None for a finding about the whole draft); `result.error` is set,
    and `findings` empty, when the draft could not be read.
    """
    return check_bytes(text.encode("utf-8"), path=path, lang=lang, type=type, platforms=platforms, config=config,
                       today=today, select=select, ignore=ignore)


def check_bytes(raw: bytes, *, path: str | os.PathLike[str] = "-", shown_as: str | None = None,
                lang: str | None = None, type: str | None = None, platforms: Iterable[str] = (),
                config: str | os.PathLike[str] | None = None, today: date | None = None,
                select: Iterable[str] = (), ignore: Iterable[str] = ()) -> FileResult:
    """`check_text` for a draft given as the bytes of its file (a Word `.docx` included: `path`'s suffix says
    how to read it). `shown_as` is the name reports give the file (default: `path`). Raises as `check_text`;
    a draft that cannot be read is a `FileResult` with its `error`, or a `PostlintError` of kind "input error"
    where the engine refuses the bytes before reading them."""
    opts = RunOptions(config=os.fspath(config) if config is not None else None, select=tuple(select),
                      ignore=tuple(ignore), lang=_choice(lang, LANGS, "lang"), type=_choice(type, DOC_TYPES, "type"),
                      platforms=_platforms(platforms), today=today or date.today(), use_cache=False)
    path = os.fspath(path)
    runner.check_selectors(path, opts)
    return runner.check_source(raw, path, opts, display_path=shown_as)


def check_paths(paths: Iterable[str | os.PathLike[str]], options: RunOptions | None = None) -> Report:
    """Check files and folders as `postlint check PATHS` does: folders are walked (skipping version
    control, dependency and virtual-environment folders, and the config's `exclude`), a missing path is a
    file entry with an `error`, and each file gets the config that governs it, with `options` over it.

    `options` defaults to `RunOptions()`: today's date, no forced language or type, the result cache on
    (in `.postlint_cache/`, as the command uses it); `RunOptions(fix=True)` applies safe fixes in place and
    reports what remains. One process; "-" (stdin) is not read here: use `check_text`.
    """
    opts = options if options is not None else RunOptions()
    report, _diffs = runner.check_paths([os.fspath(p) for p in paths], opts)
    return report


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if value is not None and value not in allowed:
        raise ValueError(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return value


def _platforms(names: Iterable[str]) -> tuple[str, ...]:
    if isinstance(names, str):
        names = (names,)
    out = []
    for p in names:
        name = platform_name(p)
        if name is None:
            raise ValueError(f"unknown platform {p!r} (allowed: {', '.join(PLATFORMS)})")
        out.append(name)
    return tuple(out)
