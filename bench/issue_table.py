#!/usr/bin/env python3
"""The table of issue 19, re-measured: postlint, proselint and alex on the same drafts, in one run.

    python bench/run.py --issue-table [--repeat 3] [--big-repeat 1] [--alex PATH]

Rows: 1 draft (a pre-commit hook), 1 French draft that mentions a child, 5 drafts — these three as the hook
runs them (`postlint check --warm`, its warm process running), plus the hook's first run, before any warm process
(`--precommit-only`: only these four, printed) —, 1,000 drafts (default
`--jobs auto` and `--jobs 1`), 10,000 drafts, peak memory over 10,000 drafts (`--jobs 1`, JSON report),
CPU per draft over 10,000 drafts, and 10,000 unchanged drafts re-checked from the warm cache. Corpora come
from `make_corpus.py` (seed 7). Every measurement is a fresh process; the tools run in turn (interleaved) so
that other work on the machine hits all of them alike; medians are reported. postlint runs `--no-cache` except
in the warm-cache row (proselint and alex keep no cache).
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
from datetime import datetime, UTC
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CHILD_DRAFT = """\
---
type: post
platforms: [facebook]
lang: fr
---
Ousmane, 6 ans, orphelin, dort chaque soir au centre d'accueil de Kayes. Grâce à vos dons, il a repris le \
chemin de l'école et rêve de devenir médecin.

Merci à toutes les personnes qui nous soutiennent. #ReseauKora #LesMotsComptent
"""


def _median(samples: list, key: str) -> float:
    return statistics.median(getattr(s, key) for s in samples)


def main(args, measure, tool, capture) -> int:
    sys.path.insert(0, str(HERE))
    import make_corpus
    import warm_bench as warm

    work = Path(args.workdir or "/tmp/postlint-issue-table")
    work.mkdir(parents=True, exist_ok=True)
    c1k, c10k = work / "c1k", work / "c10k"
    if not (c1k / "one-post.md").exists():
        make_corpus.generate(c1k, 960, 40, 7)
    if not (c10k / "one-post.md").exists() and not getattr(args, "precommit_only", False):
        make_corpus.generate(c10k, 9600, 400, 7)
    (c1k / "child-fr.md").write_text(CHILD_DRAFT, encoding="utf-8")
    five = sorted((c1k / "posts" / "0000").glob("*.md"))[:5]
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTLINT_")}
    env["NO_COLOR"] = "1"
    # a frozen copy of the tree (as run.py --freeze): edits made during the run change neither what is measured
    # nor the code fingerprint of the cache keys (the warm-cache row would miss on every draft)
    frozen = work / "frozen"
    shutil.rmtree(frozen, ignore_errors=True)
    for name in ("src", "rules", "wordlists"):
        shutil.copytree(ROOT / name, frozen / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", frozen / "pyproject.toml")
    env["PYTHONPATH"] = os.pathsep.join([str(frozen / "src"), *filter(None, [env.get("PYTHONPATH")])])
    capture([sys.executable, "-m", "compileall", "-q", str(frozen / "src")])
    # the copy must check drafts: a tree caught in the middle of an edit (a syntax error in a rule) would be
    # measured failing fast
    probe = subprocess.run([sys.executable, "-m", "postlint", "check", "--no-cache", "--format", "json", "."],
                           cwd=c1k / "press", env=env, capture_output=True, text=True, timeout=600)
    if "could not be checked" in probe.stderr or '"error": "' in probe.stdout or "internal error" in probe.stderr:
        sys.exit(f"the frozen copy does not check drafts cleanly: {probe.stderr[-500:]}")
    postlint, proselint = tool("postlint"), tool("proselint")
    alex = [args.alex] if args.alex else ([shutil.which("alex")] if shutil.which("alex") else None)
    n1k = sum(1 for _ in c1k.rglob("*.md")) - 1  # without child-fr.md
    n10k = sum(1 for _ in c10k.rglob("*.md"))

    def others(files: list[str], cwd: Path) -> list[tuple[str, list[str]]]:
        out = [("proselint", [*proselint, "check", *files])]
        if alex and not (args.no_alex_big and cwd == c10k):
            out.append(("alex", [*alex, "--quiet", *files]))
        return out

    rows: list[tuple[str, str, int, dict[str, list]]] = []  # label, folder, files, samples by tool

    def run(label: str, cwd: Path, n: int, repeat: int, mine: dict[str, list[str]], files: list[str],
            before=None, after=None) -> None:
        samples: dict[str, list] = {}
        print(f"{label} …", flush=True)
        for _ in range(repeat):
            for name, cmd in [*mine.items(), *others(files, cwd)]:
                if name.startswith("postlint") and before:
                    before()
                sample = measure(cmd, cwd, env, None, args.timeout)
                if name.startswith("postlint") and after:
                    after(sample)
                samples.setdefault(name, []).append(sample)
        rows.append((label, str(cwd), n, samples))

    # The pre-commit rows run the hook's own command (`.pre-commit-hooks.yaml`: `postlint check --warm`), as a
    # user's commits do: a warm process, started by the first run, answers the following ones. Its runs' CPU
    # (the forked children) is added to each sample's; the first run, before any warm process, is its own row.
    hook = warm.hook_entry(ROOT)
    pl = [*postlint, *hook, "--no-cache"]
    warm.settle(frozen)
    env.pop("CI", None)  # a developer's machine, where the hook's warm process is on (never under CI)
    env["XDG_RUNTIME_DIR"] = str(warm.runtime(work))
    server = warm.Server(work / "runtime" / "postlint")
    server.stop()
    run("1 draft, pre-commit, first run (no warm process yet)", c1k, 1, args.repeat,
        {"postlint": [*pl, "one-post.md"]}, ["one-post.md"], before=server.stop, after=lambda s: server.ready())
    measure([*pl, "one-post.md"], c1k, env, None, args.timeout)  # the first run: it starts the warm process
    server.ready()
    run("1 draft, pre-commit", c1k, 1, args.repeat, {"postlint": [*pl, "one-post.md"]}, ["one-post.md"],
        before=server.mark, after=server.add_cpu)
    run("1 French draft that mentions a child", c1k, 1, args.repeat, {"postlint": [*pl, "child-fr.md"]},
        ["child-fr.md"], before=server.mark, after=server.add_cpu)
    rel5 = [str(p.relative_to(c1k)) for p in five]
    run("5 drafts", c1k, 5, args.repeat, {"postlint": [*pl, *rel5]}, rel5, before=server.mark,
        after=server.add_cpu)
    server.stop()
    env.pop("XDG_RUNTIME_DIR")
    pl = [*postlint, "check", "--no-cache"]
    (c1k / "child-fr.md").unlink()
    if getattr(args, "precommit_only", False):
        return render(_info(args, capture, postlint, proselint, alex, env), rows, None, n10k)
    run("1,000 drafts", c1k, n1k, args.repeat,
        {"postlint": [*pl, "."], "postlint --jobs 1": [*pl, "--jobs", "1", "."]}, ["."])
    run("10,000 drafts", c10k, n10k, args.big_repeat,
        {"postlint": [*pl, "."], "postlint --jobs 1 (JSON)": [*pl, "--jobs", "1", "--format", "json", "."]}, ["."])
    cache = work / "cache-10k"
    shutil.rmtree(cache, ignore_errors=True)
    e = dict(env, POSTLINT_CACHE_DIR=str(cache))
    measure([*postlint, "check", "--jobs", "1", "."], c10k, e, None, args.timeout)  # fills the cache
    warm_rows = [measure([*postlint, "check", "."], c10k, e, None, args.timeout) for _ in range(args.repeat)]
    shutil.rmtree(cache, ignore_errors=True)

    text = render(_info(args, capture, postlint, proselint, alex, env), rows, warm_rows, n10k)
    return text


def _info(args, capture, postlint, proselint, alex, env) -> dict:
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": capture(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"]) or "?",
        "dirty": bool(capture(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"])),
        "cpus": os.cpu_count(), "load": os.getloadavg(),
        "postlint": capture([*postlint, "--version"], env=env),
        "proselint": capture([*proselint, "version"], env=env),
        "alex": capture([*alex, "--version"], env=env) if alex else "not run",
        "python": sys.version.split()[0],
    }


def render(info: dict, rows: list, warm: list | None, n10k: int) -> str:
    import platform

    def cell(samples: list | None, n: int) -> str:
        if not samples:
            return "–"
        wall = _median(samples, "wall")
        return f"{wall:.2f} s" if n < 100 else f"{wall / n * 1000:.1f} ms/draft"

    lines = [
        "## The table of issue 19, re-measured",
        "",
        f"- {info['date']}; commit {info['commit']}"
        + (" (working tree with uncommitted changes)" if info["dirty"] else ""),
        f"- machine: {platform.system()} {platform.machine()}, {info['cpus']} CPUs, Python {info['python']}; "
        f"load average {' '.join(f'{x:.1f}' for x in info['load'])} at the end (the machine was shared with "
        "other work: compare the tools within a row, not with another run)",
        f"- {info['postlint']}; {info['proselint']}; alex {info['alex']}",
        "- medians of interleaved runs (postlint, proselint, alex in turn); wall time of the whole process; "
        "postlint `--no-cache` except in the warm-cache row",
        "- pre-commit rows: the hook's command, `postlint check --warm`, with its warm process running (started by "
        "one earlier run); its CPU includes the warm process's forked runs. The first run of a session, before "
        "any warm process, is the row marked so",
        "",
        "| work | postlint | proselint | alex | postlint ÷ proselint (wall) | postlint CPU ÷ proselint CPU |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for label, _cwd, n, samples in rows:
        mine = [k for k in samples if k.startswith("postlint")]
        for k in mine:
            ratio = _median(samples[k], "wall") / _median(samples["proselint"], "wall")
            cpu = _median(samples[k], "cpu") / max(1e-9, _median(samples["proselint"], "cpu"))
            name = label if k == "postlint" else f"{label}, `{k[9:]}`"
            lines.append(f"| {name} | {cell(samples[k], n)} | {cell(samples.get('proselint'), n)} | "
                         f"{cell(samples.get('alex'), n)} | {ratio:.2f}× | {cpu:.2f}× |")
    big = next((s for label, _c, _n, s in rows if label.startswith("10,000")), None)
    if big is None:  # --precommit-only
        return "\n".join(lines) + "\n"
    j1 = big["postlint --jobs 1 (JSON)"]
    lines.append(f"| peak memory, 10,000 drafts, `--jobs 1`, JSON report | {_median(j1, 'maxrss_mb'):.0f} MB | "
                 f"{_median(big['proselint'], 'maxrss_mb'):.0f} MB | "
                 f"{_median(big['alex'], 'maxrss_mb'):.0f} MB | – | – |" if "alex" in big else
                 f"| peak memory, 10,000 drafts | {_median(j1, 'maxrss_mb'):.0f} MB | "
                 f"{_median(big['proselint'], 'maxrss_mb'):.0f} MB | – | – | – |")
    lines.append(f"| CPU per draft, 10,000 drafts, `--jobs 1` (user + system) | "
                 f"{_median(j1, 'cpu') / n10k * 1000:.2f} ms | {_median(big['proselint'], 'cpu') / n10k * 1000:.2f} ms"
                 f" | {_median(big['alex'], 'cpu') / n10k * 1000:.2f} ms | – | – |" if "alex" in big else
                 f"| CPU per draft, 10,000 drafts, `--jobs 1` (user + system) | "
                 f"{_median(j1, 'cpu') / n10k * 1000:.2f} ms | {_median(big['proselint'], 'cpu') / n10k * 1000:.2f} ms"
                 " | – | – | – |")
    lines.append(f"| warm cache, 10,000 unchanged drafts | {_median(warm, 'wall'):.2f} s | – | – | – | – |")
    return "\n".join(x for x in lines if x is not None) + "\n"


if __name__ == "__main__":
    sys.exit("run it through bench/run.py --issue-table")
