#!/usr/bin/env python3
"""Benchmark postlint against proselint on the same files, in the same run; write bench/results.md.

    python bench/run.py                  # full corpus (generated if missing), 3 repetitions
    python bench/run.py --quick          # 500 posts + 20 press releases in a temporary folder
    python bench/run.py --repeat 5 --cold-repeat 11 --jobs 2

Measurements (each a separate process, wall time and peak memory = max RSS from `os.wait4`):
  (a) cold start: `postlint check --no-cache one-post.md` vs `proselint check one-post.md`;
      plus a `python -X importtime` probe of the same postlint run (what dominates start-up, and
      whether spaCy or another heavy library was imported);
  (b) the whole corpus with every rule on (`--select` of every category; language model included),
      empty cache, vs proselint with every check enabled;
  (c) the whole corpus again with the warm cache of (b).
Runs alternate between the tools so that noise from other work on the machine hits both alike.
Medians are reported, with min–max. A cProfile of postlint on a sample of the corpus shows where the
time goes. Raw samples go to bench/results.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from datetime import datetime, UTC
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
HEAVY = ("spacy", "fr_core_news_sm", "thinc", "torch", "langdetect", "PIL", "phonenumbers", "docx", "flask")


@dataclass
class Sample:
    wall: float
    maxrss_mb: float
    rc: int
    cpu: float = 0.0  # user + system time of the process and its reaped children


def measure(cmd: list[str], cwd: Path, env: dict, out_path: Path | None = None, timeout: float = 3600) -> Sample:
    """Run `cmd`; wall time, and max RSS of the process and its reaped children (worker processes)."""
    out = open(out_path, "wb") if out_path else subprocess.DEVNULL
    err = open(str(out_path) + ".err", "wb") if out_path else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if out_path:
            out.close()
            err.close()
    return Sample(wall, usage.ru_maxrss / 1024, p.returncode, usage.ru_utime + usage.ru_stime)


def tool(name: str) -> list[str]:
    exe = shutil.which(name)
    if exe:
        return [exe]
    module = {"postlint": "postlint", "proselint": "proselint"}[name]  # alex: see --alex
    return [sys.executable, "-m", module]


def capture(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> str:
    try:
        return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def paired_cpu_ratio(mine: list, theirs: list) -> float | None:
    """Median of the CPU-time ratios of runs taken in turn (sample i of each tool ran back to back)."""
    cpu = [(x["cpu"] if isinstance(x, dict) else x.cpu, y["cpu"] if isinstance(y, dict) else y.cpu)
           for x, y in zip(mine, theirs)]
    ratios = [p / q for p, q in cpu if p and q]
    return statistics.median(ratios) if ratios else None


def stats(samples: list[Sample]) -> dict:
    walls = [s.wall for s in samples]
    rss = [s.maxrss_mb for s in samples]
    return {"n": len(samples), "wall": statistics.median(walls), "wall_min": min(walls), "wall_max": max(walls),
            "rss": statistics.median(rss), "rss_max": max(rss), "rc": sorted({s.rc for s in samples})}


# --------------------------------------------------------------------------------------------- probes
def import_probe(corpus: Path, env: dict) -> dict:
    """`python -X importtime` of the cold run: top-level imports by cumulative time, heavy libraries."""
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "postlint", "check", "--no-cache",
                        "one-post.md"], cwd=corpus, env=env, capture_output=True, text=True, timeout=300)
    rows = []
    for line in p.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            rows.append((int(m.group(1)), int(m.group(2)), len(m.group(3)), m.group(4)))
    top = [r for r in rows if r[2] == 1]  # "| name": one space = imported at top level
    total_us = sum(r[1] for r in top)
    imported = {r[3].split(".")[0] for r in rows}
    by_package: dict[str, int] = {}
    for self_us, _, _, name in rows:
        pkg = name.split(".")[0]
        by_package[pkg] = by_package.get(pkg, 0) + self_us
    return {"total_ms": total_us / 1000,
            "top": [(name, cum / 1000) for _, cum, _, name in sorted(top, key=lambda r: -r[1])[:12]],
            "by_package": sorted(((k, v / 1000) for k, v in by_package.items()), key=lambda kv: -kv[1])[:12],
            "heavy": sorted(h for h in HEAVY if h in imported)}


def profile_probe(files: list[Path], corpus: Path, env: dict, select: list[str], workdir: Path) -> dict:
    """cProfile of one postlint process over a sample of the corpus (no cache)."""
    prof = workdir / "profile.out"
    cmd = [sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "postlint", "check", "--no-cache",
           *select_args(select), *[str(f.relative_to(corpus)) for f in files]]
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=corpus, env=env, capture_output=True, timeout=3600)
    wall = time.perf_counter() - t0
    if not prof.exists():
        return {"files": len(files), "wall": wall, "cumulative": [], "tottime": []}
    st = pstats.Stats(str(prof))
    entries = []
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in st.stats.items():
        entries.append((_short(filename, line, func), ncalls, tottime, cumtime))
    interesting = [e for e in entries if "postlint" in e[0] or any(h in e[0] for h in HEAVY + ("markdown_it",
                                                                                            "yaml", "regex"))]
    return {"files": len(files), "wall": wall,
            "model_loaded": any("spacy/language.py" in e[0] or "fr_core_news_sm" in e[0] for e in entries),
            "cumulative": sorted(interesting, key=lambda e: -e[3])[:25],
            "tottime": sorted(entries, key=lambda e: -e[2])[:15]}


def rule_cost_probe(files: list[Path], corpus: Path, env: dict, select: list[str]) -> dict | None:
    """bench/rule_costs.py over a sample: time per rule, parse and language step (no profiler overhead)."""
    cmd = [sys.executable, str(HERE / "rule_costs.py"), *select_args(select),
           *[str(f.relative_to(corpus)) for f in files]]
    p = subprocess.run(cmd, cwd=corpus, env=env, capture_output=True, text=True, timeout=3600)
    try:
        return json.loads(p.stdout)
    except ValueError:
        return None


def _short(filename: str, line: int, func: str) -> str:
    if filename == "~":
        return func
    for marker in ("site-packages/", "/src/", "/lib/python3"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    return f"{filename}:{line}({func})"


def select_args(categories: list[str]) -> list[str]:
    return [a for c in categories for a in ("--select", c)]


def summary_line(path: Path) -> str:
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    except OSError:
        return ""
    return lines[-1] if lines else ""


def finding_lines(path: Path) -> int:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return 0
    return len(re.findall(r"^\S.*?:\d+:\d+: ", text, re.M))


# ---------------------------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="postlint vs proselint benchmark")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--quick", action="store_true", help="small corpus in a temporary folder (smoke test)")
    ap.add_argument("--repeat", type=int, default=3, help="repetitions of (b) and (c)")
    ap.add_argument("--cold-repeat", type=int, default=15, help="repetitions of (a)")
    ap.add_argument("--jobs", type=int, default=1, help="also measure (b)/(c) with `--jobs N` when N > 1 "
                    "(`--jobs 1` and the default, `--jobs auto`, are always measured)")
    ap.add_argument("--profile-files", type=int, default=400, help="files in the cProfile sample (0: none)")
    ap.add_argument("--no-proselint", action="store_true")
    ap.add_argument("--output", type=Path, default=HERE / "results.md")
    ap.add_argument("--timeout", type=float, default=3600)
    ap.add_argument("--freeze", action="store_true",
                    help="copy src/, rules/ and wordlists/ first and measure that copy (PYTHONPATH), so that "
                         "edits made to the tree during the run do not change what is measured")
    ap.add_argument("--issue-table", action="store_true",
                    help="measure only the table of issue 19 (postlint, proselint and alex on 1, 5, 1,000 and "
                         "10,000 drafts; memory; warm cache) and put it at the top of --output")
    ap.add_argument("--big-repeat", type=int, default=1, help="repetitions of the 10,000-draft rows (--issue-table)")
    ap.add_argument("--precommit-only", action="store_true",
                    help="with --issue-table: only the pre-commit rows (1 draft, first run, French child, 5 drafts), "
                         "printed, nothing written")
    ap.add_argument("--no-alex-big", action="store_true", help="no alex on the 10,000 drafts (≈ 10 min)")
    ap.add_argument("--alex", help="the alex command (npm install alex; default: alex on PATH)")
    ap.add_argument("--workdir", help="where --issue-table generates its corpora (default /tmp/postlint-issue-table)")
    args = ap.parse_args(argv)
    if args.issue_table:
        import issue_table

        section = issue_table.main(args, measure, tool, capture)
        if args.precommit_only:
            print(section)
            return 0
        old = args.output.read_text(encoding="utf-8") if args.output.exists() else "# Benchmark results\n\n"
        marker = "## The table of issue 19, re-measured"
        if marker in old:
            before, _, rest = old.partition(marker)
            after = rest[rest.index("\n## ") + 1:] if "\n## " in rest else ""
        else:
            before, _, after = old.partition("## (a)")
            after = "## (a)" + after if after else ""
        args.output.write_text(before + section + "\n" + after, encoding="utf-8")
        print(section)
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="postlint-bench-"))
    try:
        return run(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(args, tmp: Path) -> int:
    sys.path.insert(0, str(HERE))
    import make_corpus

    corpus = args.corpus
    if args.quick:
        corpus = tmp / "corpus"
        make_corpus.generate(corpus, 500, 20, 7)
    elif not (corpus / "one-post.md").exists():
        print(f"generating {corpus} …", flush=True)
        make_corpus.generate(corpus, 5000, 200, 7)
    corpus = corpus.resolve()
    drafts = sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt"))
    n_files = len(drafts)
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTLINT_")}
    env["NO_COLOR"] = "1"
    if args.freeze:
        frozen = tmp / "frozen"
        for name in ("src", "rules", "wordlists"):
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, frozen / name, ignore=shutil.ignore_patterns("__pycache__"))
        # postlint finds rules/ and wordlists/ beside pyproject.toml in a checkout (postlint/resources.py):
        # without it the copy would run with no bundled YAML rule and no word list
        shutil.copy2(ROOT / "pyproject.toml", frozen / "pyproject.toml")
        env["PYTHONPATH"] = os.pathsep.join([str(frozen / "src"), *filter(None, [env.get("PYTHONPATH")])])
        capture([sys.executable, "-m", "compileall", "-q", str(frozen / "src")])  # as an installed package has
    postlint, proselint = tool("postlint"), tool("proselint")
    has_proselint = not args.no_proselint and (shutil.which("proselint") or _importable("proselint"))

    rules = []
    raw_rules = capture([*postlint, "rules", "--format", "json"], cwd=corpus, env=env)
    try:
        rules = json.loads(raw_rules) if raw_rules else []
    except ValueError:
        pass
    if args.freeze:  # the copy must hold what the tree holds (rules/ and wordlists/ found beside it)
        tree_rules = json.loads(capture([*postlint, "rules", "--format", "json"], cwd=corpus,
                                        env={k: v for k, v in env.items() if k != "PYTHONPATH"}) or "[]")
        if len(tree_rules) != len(rules):
            sys.exit(f"the frozen copy lists {len(rules)} rules, the tree {len(tree_rules)}: not measuring that")
    categories = sorted({r["category"] for r in rules})
    info = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(), "machine": f"{platform.system()} {platform.machine()}",
        "cpus": os.cpu_count(),
        "postlint": capture([*postlint, "--version"], env=env),
        "proselint": capture([*proselint, "version"], env=env) if has_proselint else "not run",
        "commit": capture(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"]) or "?",
        "dirty": bool(capture(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"])),
        "load": _load(), "frozen": args.freeze,
        "rules": len(rules), "rules_on_by_default": sum(1 for r in rules if r.get("enabled", True)),
        "categories": categories, "files": n_files,
        "corpus_mb": sum(p.stat().st_size for p in drafts) / 1e6,
        "corpus": "quick (500 posts, 20 press releases)" if args.quick else str(corpus.relative_to(ROOT))
        if corpus.is_relative_to(ROOT) else str(corpus),
    }
    print(f"{n_files} drafts, {len(rules)} rules in {len(categories)} categories", flush=True)

    # proselint with every check on, as postlint gets every rule on
    prose_cfg = tmp / "proselintrc.json"
    try:
        default = json.loads(capture([*proselint, "dump-config", "--default"], env=env) or "{}")
        default["checks"] = {k: True for k in default.get("checks", {})}
        prose_cfg.write_text(json.dumps(default), encoding="utf-8")
    except ValueError:
        prose_cfg = None

    results: dict = {"info": info, "samples": {}}
    S = results["samples"]

    def add(key: str, sample: Sample) -> None:
        S.setdefault(key, []).append(sample)

    # (a) cold start, one post
    print("(a) cold start …", flush=True)
    measure([sys.executable, "-c", "pass"], corpus, env)  # warm the page cache
    for _ in range(args.cold_repeat):
        add("python -c pass", measure([sys.executable, "-c", "pass"], corpus, env))
        add("a postlint", measure([*postlint, "check", "--no-cache", "one-post.md"], corpus, env,
                                  tmp / "a-postlint.txt", args.timeout))
        # the first run after an install or a word-list edit builds the saved term index (postlint/lexicon/index.py)
        add("a postlint no index", measure([*postlint, "check", "--no-cache", "one-post.md"], corpus,
                                           dict(env, POSTLINT_INDEX_CACHE="off"), tmp / "a-postlint.txt", args.timeout))
        if has_proselint:
            add("a proselint", measure([*proselint, "check", "one-post.md"], corpus, env, tmp / "a-proselint.txt",
                                       args.timeout))
    imports = import_probe(corpus, env)

    # (b) whole corpus, empty cache; (c) again, warm cache
    job_counts = ["1", "auto"] + ([str(args.jobs)] if args.jobs > 1 else [])
    select = select_args(categories)
    outputs_equal = True
    for rep in range(args.repeat):
        print(f"(b)/(c) repetition {rep + 1}/{args.repeat} …", flush=True)
        for jobs in job_counts:
            # (b) checking alone (`--no-cache`: proselint keeps no cache either), then the same run writing an
            # empty cache (a user's first run), then (c) on that cache. The cache goes where users have it, in
            # the checked folder; creating files is slow on this machine's work disk (≈ 1 ms a file, erratic),
            # which is why the write cost is reported on its own line.
            cache = corpus / f".postlint_cache-bench-{rep}-{jobs}"
            e = dict(env, POSTLINT_CACHE_DIR=str(cache))
            cmd = [*postlint, "check", *select, "--jobs", jobs, "."]
            b_out, w_out, c_out = tmp / f"b-{jobs}.txt", tmp / f"w-{jobs}.txt", tmp / f"c-{jobs}.txt"
            add(f"b postlint j{jobs}", measure([*cmd[:2], "--no-cache", *cmd[2:]], corpus, e, b_out, args.timeout))
            add(f"w postlint j{jobs}", measure(cmd, corpus, e, w_out, args.timeout))
            add(f"c postlint j{jobs}", measure(cmd, corpus, e, c_out, args.timeout))
            outputs_equal &= _same_report(b_out, c_out) and _same_report(b_out, w_out)
            shutil.rmtree(cache, ignore_errors=True)
        if has_proselint:
            pcmd = [*proselint, *(["--config", str(prose_cfg)] if prose_cfg else []), "check", "."]
            add("b proselint", measure(pcmd, corpus, env, tmp / "b-proselint.txt", args.timeout))

    results["b_summary"] = summary_line(tmp / "b-1.txt")
    results["b_findings"] = finding_lines(tmp / "b-1.txt")
    results["b_errors"] = _error_lines(tmp / "b-1.txt.err")
    results["proselint_findings"] = finding_lines(tmp / "b-proselint.txt") if has_proselint else None
    results["cache_outputs_equal"] = outputs_equal
    results["jobs_outputs_equal"] = _same_report(tmp / "b-1.txt", tmp / "b-auto.txt")
    results["auto_workers"] = capture([sys.executable, "-c", "from postlint.engine.runner import auto_jobs; "
                                       f"print(auto_jobs({n_files}))"], env=env) or "?"
    results["imports"] = imports

    if args.profile_files:
        print("profile …", flush=True)
        step = max(1, n_files // args.profile_files)
        sample = drafts[::step][:args.profile_files]
        results["rule_costs"] = rule_cost_probe(sample, corpus, env, categories)
        results["profile"] = profile_probe(sample, corpus, env, categories, tmp)

    info["load_end"] = _load()
    stats_by_key = {k: stats(v) for k, v in S.items()}
    results["stats"] = stats_by_key
    args.output.write_text(render(results, n_files, job_counts), encoding="utf-8")
    raw = {"info": info, "stats": stats_by_key,
           "samples": {k: [asdict(s) for s in v] for k, v in S.items()},
           "b_summary": results["b_summary"], "imports": imports}
    args.output.with_suffix(".json").write_text(json.dumps(raw, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {args.output} and {args.output.with_suffix('.json')}")
    print(args.output.read_text(encoding="utf-8").split("## Where the time goes")[0])
    return 0


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _importable(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def _same_report(a: Path, b: Path) -> bool:
    try:
        return a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def _error_lines(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return lines[:10]


# -------------------------------------------------------------------------------------------- report
def render(res: dict, n_files: int, job_counts: list[str]) -> str:
    info, st = res["info"], res["stats"]

    def row(label: str, key: str, per_file: bool = False) -> str:
        s = st.get(key)
        if not s:
            return f"| {label} | – | – | – | – |"
        per = f"{s['wall'] / n_files * 1000:.2f} ms" if per_file else "–"
        return (f"| {label} | {s['wall']:.2f} s ({s['wall_min']:.2f}–{s['wall_max']:.2f}) | {per} | "
                f"{s['rss']:.0f} MB | {','.join(map(str, s['rc']))} |")

    def wall(key: str) -> float | None:
        return st[key]["wall"] if key in st else None

    lines = [
        "# Benchmark results",
        "",
        "Generated by `python bench/run.py` (see `docs/benchmark.md`). Do not edit by hand: re-run it.",
        "",
        f"- date: {info['date']}; commit {info['commit']}{' + uncommitted changes' if info['dirty'] else ''}",
        f"- machine: {info['machine']}, {info['cpus']} CPUs, Python {info['python']}; load average "
        f"{info['load']} at the start, {info['load_end']} at the end (other work on the machine slows both tools)",
        f"- {info['postlint']} ({info['rules']} rules, {info['rules_on_by_default']} on by default; "
        f"categories: {', '.join(info['categories']) or 'none'}); {info['proselint']}",
        f"- corpus: {info['corpus']}: {n_files} drafts, {info['corpus_mb']:.1f} MB"
        + ("; measured on a frozen copy of the tree (`--freeze`)" if info["frozen"] else ""),
        "",
        "Wall time is the median of the repetitions (min–max in brackets); memory is the median peak RSS "
        "of the process (with `--jobs`, the largest worker or parent). Exit code 1 means findings.",
        "",
        "## (a) Cold start, one post",
        "",
        "| command | wall | per file | peak RSS | exit |",
        "| --- | --- | --- | --- | --- |",
        row("`python -c pass` (interpreter alone)", "python -c pass"),
        row("`postlint check --no-cache one-post.md`", "a postlint"),
        row("the same without the saved term index (`POSTLINT_INDEX_CACHE=off`: a first run)", "a postlint no index"),
        row("`proselint check one-post.md`", "a proselint"),
        "",
    ]
    imp = res["imports"]
    lines += [f"Import probe (`python -X importtime`, same run): {imp['total_ms']:.0f} ms of imports; heavy "
              f"libraries imported: {', '.join(imp['heavy']) or 'none'}.", "",
              "| top-level import | cumulative |", "| --- | --- |"]
    lines += [f"| `{name}` | {ms:.1f} ms |" for name, ms in imp["top"]]
    lines += ["", "| package (self time of all its modules) | time |", "| --- | --- |"]
    lines += [f"| `{name}` | {ms:.1f} ms |" for name, ms in imp["by_package"]]
    lines += ["", "## (b) Whole corpus, every rule on, empty cache — and (c) again with the warm cache", "",
              "| run | wall | per file | peak RSS | exit |", "| --- | --- | --- | --- | --- |"]
    for j in job_counts:
        label = f"`--jobs {j}`" + (" (the default)" if j == "auto" else "")
        lines.append(row(f"(b) postlint, {label}, `--no-cache`", f"b postlint j{j}", True))
        lines.append(row(f"(b) the same writing the empty cache (a first run), {label}", f"w postlint j{j}", True))
        lines.append(row(f"(c) postlint warm cache, {label}", f"c postlint j{j}", True))
    lines.append(row("proselint, every check enabled", "b proselint", True))
    lines += ["", f"postlint's summary line: `{res['b_summary']}`"
              + (f"; proselint reported {res['proselint_findings']} findings" if res["proselint_findings"] is not None
                 else "") + ".",
              f"(b) with the cache and (c) printed exactly the report of (b): {'yes' if res['cache_outputs_equal'] else 'NO'}; "
              f"`--jobs auto` printed exactly the report of `--jobs 1`: {'yes' if res['jobs_outputs_equal'] else 'NO'}."]
    if res["b_errors"]:
        lines += ["", "postlint's stderr in (b) (first lines):", "", "```", *res["b_errors"], "```"]

    a, ap_, b, bp, c = wall("a postlint"), wall("a proselint"), wall("b postlint j1"), wall("b proselint"), \
        wall("c postlint j1")
    samples = res.get("samples", {})
    ratio = paired_cpu_ratio(samples.get("a postlint", []), samples.get("a proselint", []))
    b_auto, w_auto = wall("b postlint jauto"), wall("w postlint jauto")
    lines += ["", "## Targets", "", "| target | measured | met |", "| --- | --- | --- |"]
    if a is not None and ap_ is not None:
        # judged on the median ratio of CPU times of runs taken in turn: on a shared machine the medians
        # of wall times move by more than the difference between the tools
        met = (ratio if ratio is not None else a / ap_) <= 1.0 and "spacy" not in imp["heavy"]
        lines.append(f"| (a) cold one post no slower than proselint's cold run, without spaCy | {a:.2f} s vs "
                     f"{ap_:.2f} s (median wall); postlint/proselint CPU time, median of "
                     f"{len(samples.get('a postlint', []))} interleaved pairs: "
                     f"{f'{ratio:.2f}' if ratio is not None else 'n/a'}; spaCy imported: "
                     f"{'yes' if 'spacy' in imp['heavy'] else 'no'} | {_yes(met)} |")
    if b_auto is not None and bp is not None:
        lines.append(f"| (b) per file no slower than proselint, every rule on — as run by default (`--jobs auto`: "
                     f"{res['auto_workers']} process(es) here) | {b_auto / n_files * 1000:.2f} ms vs "
                     f"{bp / n_files * 1000:.2f} ms per file | {_yes(b_auto <= bp)} |")
    if w_auto is not None and bp is not None:
        lines.append(f"| (b) the same, default run writing the empty cache (a first run) | "
                     f"{w_auto / n_files * 1000:.2f} ms vs {bp / n_files * 1000:.2f} ms per file | {_yes(w_auto <= bp)} |")
    if b is not None and bp is not None:
        lines.append(f"| (b) the same in one process (`--jobs 1`) | {b / n_files * 1000:.2f} ms vs "
                     f"{bp / n_files * 1000:.2f} ms per file | {_yes(b <= bp)} |")
    if b is not None and c is not None:
        lines.append(f"| (c) warm cache under a tenth of (b) | {c:.2f} s vs {b:.2f} s ({c / b:.1%}) | "
                     f"{_yes(c < b / 10)} |")
    prof = res.get("profile")
    lines += ["", "## Where the time goes"]
    rc = res.get("rule_costs")
    if rc and rc.get("rows"):
        n = max(1, rc["files"])
        lines += ["", f"Time per rule over {rc['files']} drafts of the corpus, in one process (`bench/rule_costs.py`: "
                      f"each rule's check, the parse and the language step wrapped with a timer). Imports "
                      f"{rc['import_s']:.2f} s, rule registry {rc['registry_s']:.2f} s, checking {rc['checking_s']:.2f} s "
                      "in all. `max` is the slowest single call (a first call may load the language model).", "",
                  "| step | total | per draft | max | share of checking |", "| --- | --- | --- | --- | --- |"]
        for name, total, _calls, mx in rc["rows"][:15]:
            lines.append(f"| {name} | {total:.2f} s | {total / n * 1000:.2f} ms | {mx * 1000:.0f} ms | "
                         f"{total / max(rc['checking_s'], 1e-9):.0%} |")
    if prof and prof["cumulative"]:
        lines += ["", f"cProfile (which inflates the cost of many small Python calls) of one `postlint check --no-cache` process over {prof['files']} drafts of the corpus "
                      f"(every {max(1, n_files // max(1, prof['files']))}th file; {prof['wall']:.1f} s under the "
                      f"profiler; French language model loaded: {'yes' if prof['model_loaded'] else 'no'}). "
                      "Cumulative time of postlint's own functions and of the libraries it calls:", "",
                  "| function | calls | own time | cumulative |", "| --- | --- | --- | --- |"]
        lines += [f"| `{name}` | {calls} | {tt:.2f} s | {ct:.2f} s |" for name, calls, tt, ct in prof["cumulative"]]
        lines += ["", "Largest own time (any function):", "", "| function | calls | own time | cumulative |",
                  "| --- | --- | --- | --- |"]
        lines += [f"| `{name}` | {calls} | {tt:.2f} s | {ct:.2f} s |" for name, calls, tt, ct in prof["tottime"]]
    else:
        lines += ["", "(no profile: run without `--profile-files 0`)"]
    return "\n".join(lines) + "\n"


def _yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


if __name__ == "__main__":
    sys.exit(main())
