"""The per-file pipeline: read → Document → rules → suppression → FileResult (→ fixes).

    paths ─► discover ─► for each file: settings (nearest config + overrides + CLI)
                                         doc = parse(bytes)          (InputError → FileResult.error)
                                         lang.resolve(doc)
                                         active = ruleset.active_rules(settings, registry, doc)
                                         findings = engine.run(doc, active) → suppress.apply
"""
from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

from msgspec import Struct, field
from msgspec.structs import replace

from postlint.core.errors import ConfigError, InputError, PostlintError
from postlint.core.files import read_draft
from postlint.document.parse import parse_bytes
from postlint.engine import config as cfg
from postlint.engine import execute as engine
from postlint.engine import fixes, ruleset, suppress
from postlint.engine.assets import missing_files
from postlint.engine.discover import discover
from postlint.engine.registry import load_registry
from postlint.engine.report import FileResult, Report
from postlint.text import lang

class RunOptions(Struct):
    config: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: str | None = None
    type: str | None = None
    platforms: tuple[str, ...] = ()
    today: date = field(default_factory=date.today)
    fix: bool = False
    diff: bool = False
    use_cache: bool = True
    cache_dir: str | None = None
    stdin_filename: str | None = None


# During one `check_paths` run, the settings of each folder's governing config, read once: a config file
# does not change in the middle of a run, and looking it up again cost a third of a warm-cache run.
# Outside a run (the API, `serve`) every call looks again, so an edited config is seen at once.
_RUN_CONFIGS: dict[tuple[str, str | None], cfg.Settings] | None = None


def config_for(folder: str, opts: RunOptions) -> cfg.Settings:
    """The settings of the config that governs the files of `folder` (`--config`, or the nearest one)."""
    key = (folder, opts.config)
    memo = _RUN_CONFIGS
    if memo is not None and key in memo:
        return memo[key]
    settings = cfg.load(opts.config or cfg.find_config(folder))
    if memo is not None:
        memo[key] = settings
    return settings


def _folder_of(path: str) -> str:
    """The absolute folder of `path`; during a run, computed once per folder (a warm-cache run of 10,000
    drafts spent a tenth of its time in `os.path.abspath`)."""
    memo = _RUN_FOLDERS
    if memo is None:
        return os.path.dirname(os.path.abspath(path))
    folder = os.path.dirname(path)
    found = memo.get(folder)
    if found is None:
        found = memo[folder] = os.path.dirname(os.path.abspath(path))
    return found


_RUN_FOLDERS: dict[str, str] | None = None


def settings_for(path: str, opts: RunOptions) -> cfg.Settings:
    where = _folder_of(path) if path not in ("-",) else os.getcwd()
    if path == "-" and opts.stdin_filename:
        where = os.path.dirname(os.path.abspath(opts.stdin_filename))
    base = config_for(where, opts)
    s = base.for_file(opts.stdin_filename if path == "-" and opts.stdin_filename else path)
    cli = (opts.lang, opts.type, tuple(opts.platforms), tuple(opts.select), tuple(opts.ignore), opts.today)
    # one Settings object per (config, command line) rather than per file: the rule selection computed
    # for it is then reused for every file (config.active_rules)
    key = (id(s), cli)
    hit = _WITH_CLI.get(key)
    if hit is None or hit[0] is not s:
        hit = (s, replace(s, force_lang=cli[0], force_type=cli[1], force_platforms=cli[2], select=cli[3],
                          ignore=cli[4], today=cli[5]))
        if len(_WITH_CLI) > 256:
            _WITH_CLI.clear()
        _WITH_CLI[key] = hit
    return hit[1]


_WITH_CLI: dict[tuple, tuple[cfg.Settings, cfg.Settings]] = {}


def check_bytes(raw: bytes, path: str, settings: cfg.Settings, display_path: str | None = None) -> FileResult:
    """Lint one draft's bytes. Never raises for bad input: errors land in `FileResult.error`."""
    shown = display_path or path
    registry = load_registry(settings.rule_paths, settings.wordlists)
    ruleset.check_rules(settings, registry)
    try:
        doc = parse_bytes(raw, shown, doc_type=settings.force_type,
                          base_dir=os.path.dirname(os.path.abspath(path)) if path != "-" else os.getcwd(),
                          site=settings.site)
    except InputError as e:
        return FileResult(path=shown, error=str(e), error_line=e.line)
    if not settings.force_type and "type" not in doc.front_matter and settings.type:
        doc.meta.type = settings.type
        if settings.type == "thread":  # thread parts are split at parse time
            doc = parse_bytes(raw, shown, doc_type="thread", base_dir=doc.base_dir, site=settings.site)
    if settings.force_platforms:
        doc.meta.platforms = settings.force_platforms
    elif not doc.meta.platforms and settings.platforms:
        doc.meta.platforms = settings.platforms
    lang.resolve(doc, settings)
    active = ruleset.active_rules(settings, registry, doc)
    res = engine.run(doc, active, settings)
    findings = suppress.apply(doc, res.findings)
    findings.extend(suppress.directive_findings(doc, registry))
    result = FileResult(path=shown, findings=findings, language=doc.lang, type=doc.meta.type, doc=doc)
    result.internal_errors = [f"internal error in rule {c.rule}: {c.message}" for c in res.crashes]
    result.input_errors = missing_files(doc, shown)
    return result


def check_path(path: str, opts: RunOptions, stdin: bytes | None = None) -> tuple[FileResult, str | None]:
    """Lint one file (with --fix/--diff handling). Returns the result and a diff text if asked."""
    result, diff_text, _hit = _check_path(path, opts, stdin)
    return result, diff_text


def _check_path(path: str, opts: RunOptions, stdin: bytes | None = None) -> tuple[FileResult, str | None, bool]:
    """`check_path`, and whether the result came from the cache (its document is already light)."""
    shown = path if path != "-" else (opts.stdin_filename or "-")
    try:
        settings = settings_for(path, opts)
    except ConfigError as e:
        return FileResult(path=shown, error=str(e), error_line=e.line), None, False
    if _PACKING and not opts.fix and not opts.diff and path != "-":
        hit = _pack_hit(path, settings, shown, opts)  # one stat and a lookup: the draft is not even read
        if hit is not None:
            return hit, None, True
    try:
        if path == "-":
            raw = stdin or b""
        else:
            raw = read_draft(path)  # regular files up to MAX_DRAFT_BYTES: never a FIFO or /dev/zero
    except InputError as e:
        return FileResult(path=shown, error=str(e)), None, False
    # a file named on the command line is read whatever its suffix (as Markdown unless it is a Word file)
    cache = None
    if opts.use_cache and not opts.fix and not opts.diff and path != "-":
        from postlint.engine.cache import Cache  # not imported by --no-cache runs (hashlib: ≈ 3 ms of a cold start)

        cache = Cache.for_settings(opts.cache_dir or settings.cache_dir)
        hit = cache.get(raw, path, settings, shown)
        if hit is not None:
            return hit, None, True
    try:
        result = check_bytes(raw, path, settings, display_path=shown)
    except PostlintError as e:
        return FileResult(path=shown, error=str(e), error_line=e.line), None, False
    except RecursionError:
        return FileResult(path=shown, error=f"{shown}: the draft is nested too deeply to parse"), None, False
    except Exception as e:  # last resort: a bug of ours must not hide the other files' results
        return FileResult(path=shown, error=f"{shown}: internal error while checking ({type(e).__name__}: {e}); "
                                            "please report it"), None, False
    diff_text = None
    if (opts.fix or opts.diff) and result.doc is not None and not result.error:
        doc = result.doc
        edits = fixes.safe_edits(doc, result.findings)
        if edits:
            after = fixes.apply_edits(doc.source, edits)
            if opts.diff:
                diff_text = fixes.unified_diff(shown, doc.source, after)
            if opts.fix and path != "-" and raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                # fixes are written as UTF-8: do not re-encode a UTF-16 draft behind the user's back
                result.input_errors.append(f"{shown}: UTF-16 file: fixes not written; save it as UTF-8 to use --fix")
            elif opts.fix and path != "-":
                try:  # never into a Word file, nor over a file changed since it was read
                    new_raw = fixes.write_fixed(path, doc, after, raw)
                except InputError as e:
                    result.input_errors.append(str(e))
                else:
                    again = check_bytes(new_raw, path, settings, display_path=shown)
                    again.fixed = len(edits)
                    result = again
            elif opts.fix and path == "-":
                result.fixed_text = after
                result.fixed = len(edits)
    if cache is not None and not result.error:
        cache.put(raw, path, settings, result)
    return result, diff_text, False


def _pack_hit(path: str, settings: cfg.Settings, shown: str, opts: RunOptions) -> FileResult | None:
    from postlint.engine.cache import Cache

    return Cache.for_settings(opts.cache_dir or settings.cache_dir).stat_hit(path, settings, shown)


# a run of many files with the cache on reads the cache's pack (engine/cache.py): hits by file identity
_PACKING = False


def check_selectors(path: str, opts: RunOptions) -> None:
    """`--select`/`--ignore` name rules or categories that exist (those of the config that applies to
    `path` included): a typo would otherwise check nothing, or everything, and say nothing."""
    if not (opts.select or opts.ignore):
        return
    try:
        settings = settings_for(path, opts)
    except ConfigError:
        return  # reported with the file
    registry = load_registry(settings.rule_paths, settings.wordlists)
    for option, selectors in (("--select", opts.select), ("--ignore", opts.ignore)):
        for sel in selectors:
            ruleset.rules_named(sel, registry, option)


def excluded(path: str, opts: RunOptions) -> bool:
    """A file found by walking a folder that the nearest config's `exclude:` globs name (explicitly named
    files are always checked)."""
    try:
        settings = config_for(_folder_of(path), opts)
    except ConfigError:
        return False  # reported when the file is checked
    if not settings.exclude:
        return False
    rel = cfg.relpath(path, settings.root)
    return any(cfg.glob_match(rel, g) for g in settings.exclude)


def check_paths(paths: list[str], opts: RunOptions, jobs: int = 1, stdin: bytes | None = None,
                on_result: Callable[[FileResult], None] | None = None, light: bool = False
                ) -> tuple[Report, list[str]]:
    """Check files and folders. `on_result` is called with each file's result as soon as it is done, in the
    order of the files (a formatter that writes as it goes); the report then keeps each file's findings and
    errors but not its text. `light`: keep only what reports read of each document (the text and its lines,
    as a cache hit or a worker process gives), not the parsed model — memory stays flat on large folders."""
    global _RUN_CONFIGS, _RUN_FOLDERS, _PACKING
    _RUN_CONFIGS, _RUN_FOLDERS = {}, {}
    try:
        return _check_paths(paths, opts, jobs, stdin, on_result, light)
    finally:
        _RUN_CONFIGS = _RUN_FOLDERS = None
        if _PACKING:
            from postlint.engine import cache as result_cache

            _PACKING = False
            result_cache.end_run()


def _check_paths(paths: list[str], opts: RunOptions, jobs: int, stdin: bytes | None,
                 on_result: Callable[[FileResult], None] | None, light: bool) -> tuple[Report, list[str]]:
    files, problems = discover(paths)
    named = {os.path.abspath(p) for p in paths if p != "-" and not os.path.isdir(p)}
    files = [f for f in files if f == "-" or named and os.path.abspath(f) in named or not excluded(f, opts)]
    check_selectors(files[0] if files else "-", opts)  # "-": the current folder's config
    report = Report(files=[])
    diffs: list[str] = []
    global _PACKING
    if opts.use_cache and not opts.fix and not opts.diff:
        from postlint.engine import cache as result_cache

        result_cache.begin_run(len(files))
        _PACKING = result_cache.packing()

    def done(result: FileResult, diff_text: str | None, hit: bool = False) -> None:
        if on_result is not None:
            on_result(result)
            result.doc = None  # written: the report keeps findings and errors (summary, exit status)
        elif light and not hit:  # a cache hit's document is light already
            result.doc = _detach(result.doc)
        report.files.append(result)
        if diff_text:
            diffs.append(diff_text)

    for problem in problems:
        done(problem, None)
    auto = jobs <= 0
    if auto:
        # as many workers as the run is large — and as there are idle processors: on a busy machine, a worker
        # gets no processor of its own and only adds its cost
        jobs = min(auto_jobs(len(files)), idle_cpus())
    parallel = jobs > 1 and len(files) > 8 and "-" not in files and _can_fork()
    hits: dict[int, FileResult] = {}
    if parallel and _PACKING:
        # drafts unchanged since the last run are hits found here in a stat each: only the others are worth
        # sending to workers (a warm run forks none)
        for i, f in enumerate(files):
            try:
                hit = _pack_hit(f, settings_for(f, opts), f, opts)
            except ConfigError:
                hit = None
            if hit is not None:
                hits[i] = hit
        todo = len(files) - len(hits)
        if auto:
            jobs = min(jobs, auto_jobs(todo))
        parallel = jobs > 1 and todo > 8
    if not parallel:
        for i, f in enumerate(files):
            if i in hits:
                done(hits.pop(i), None, True)
            else:
                done(*_check_path(f, opts, stdin=stdin))
        return report, diffs
    # Load once, then fork: the first files are checked here, which loads the rules, compiles the patterns and
    # the term index, reads the configs — the workers inherit all of it instead of each doing it again.
    order = [i for i in range(len(files)) if i not in hits]
    head, rest = order[:WARM_UP_FILES], order[WARM_UP_FILES:]
    early = {i: _check_path(files[i], opts) for i in head}  # reported in their turn, below
    import multiprocessing

    global _FORK_OPTS
    _FORK_OPTS = opts
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            results = pool.imap(_worker, [files[i] for i in rest],
                                chunksize=max(1, min(64, len(rest) // (jobs * 8))))
            for i in range(len(files)):
                if i in hits:
                    done(hits.pop(i), None, True)
                    continue
                if i in early:
                    done(*early.pop(i))
                    continue
                result, diff_text, packed = next(results)
                if packed:
                    from postlint.engine import cache as result_cache

                    result_cache.absorb(packed)
                done(result, diff_text)
    finally:
        _FORK_OPTS = None
    return report, diffs


# Files checked in the parent process before the workers are forked (see _check_paths).
WARM_UP_FILES = 4
# Below this many files per process a worker does not pay for itself: forking copies nothing, but each worker
# that meets what the parent did not (a language model, a rarely used pattern) loads it again.
FILES_PER_WORKER = 200
MAX_AUTO_WORKERS = 4
_FORK_OPTS: RunOptions | None = None


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def auto_jobs(n_files: int) -> int:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cpus, MAX_AUTO_WORKERS, n_files // FILES_PER_WORKER))


def idle_cpus() -> int:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    # the processes runnable right now (Linux: /proc/loadavg "running/total", this process included): a
    # CPU-bound neighbour is nearly always among them. The one-minute average is only the fallback: it lags both
    # ways — it misses work started seconds ago, and still counts the runs that just ended (a hook run after
    # another, a benchmark), which kept a folder in one process on an idle machine
    try:
        with open("/proc/loadavg", encoding="ascii") as fh:
            busy = int(fh.read().split()[3].split("/")[0]) - 1
    except (OSError, ValueError, IndexError):
        try:
            busy = round(os.getloadavg()[0])
        except OSError:  # not measurable here
            busy = 0
    return max(1, cpus - busy)


def _worker(path: str):
    assert _FORK_OPTS is not None  # set by the parent before forking
    result, diff_text, hit = _check_path(path, _FORK_OPTS)
    if not hit:
        result.doc = _detach(result.doc)
    packed = None
    if _PACKING:  # the pack items made here go to the parent, which writes the packs at the end of the run
        from postlint.engine import cache as result_cache

        packed = result_cache.drain()
    return result, diff_text, packed


def _detach(doc):
    """Documents travel back from worker processes: send only what reports use (the text and its lines,
    as a cache hit does), not the parsed model — pickling that cost more than checking a short post."""
    if doc is None:
        return None
    from postlint.document.model import light_document

    return light_document(doc.path, doc.source, doc.lang, had_bom=doc.had_bom, prose=doc.prose,
                          line_index=doc.line_index, front_matter_span=doc.front_matter_span, body=doc.body,
                          paragraph_numbers=doc.paragraph_numbers, fmt=doc.fmt)


def check_source(raw: bytes, path: str, opts: RunOptions, display_path: str | None = None) -> FileResult:
    """Lint a draft's bytes as if they were the file `path` (`-`: the current folder): the config that
    governs `path` applies, with `opts` over it. Nothing is read from `path` and nothing is cached.
    ConfigError (and other PostlintError) when the config or the rules cannot load; bad input is
    `FileResult.error`. `postlint.api` (and through it the review page server) calls it."""
    settings = settings_for(path, opts)
    return check_bytes(raw, path, settings, display_path=display_path)
