#!/usr/bin/env python3
"""Run postlint, as a content repository's CI would, on real static-site repositories; measure it.

    python bench/real/repos_measure.py bench/real/repos.csv --root /work/tmp/repos \
        --out bench/real/repos-before            # writes repos-before.json and repos-before.md
    python bench/real/repos_measure.py bench/real/repos.csv --root DIR --only GSA__digitalgov.gov \
        --raw-dir /tmp/raw                       # also keep postlint's raw JSON, one file per repo

The list file is a CSV with a header; the columns used are
  name             the repository's folder name (under --root unless `path` is given)
  path             optional: the work tree's path (absolute, or relative to --root)
  commit           the commit that was checked out (recorded, and compared with the work tree's
                   .git HEAD when there is one)
  content_folders  the content folders, separated by spaces, relative to the repository root
other columns (url, generator, lang, markdown_files) are copied into the report.

For each repository the script runs, from the repository root,
    postlint check --format json --no-cache <content folders>
with the standard library only, and measures:
  - markdown_files: *.md and *.markdown files under the content folders (same skips as postlint:
    .git, node_modules, virtual environments, build and cache folders);
  - files: files postlint reported (it also reads *.txt and *.docx);
  - words: words in the bodies (front matter left out) of the files postlint reported; a word is a
    run of letters or digits, with inner apostrophes or hyphens (l'association, co-op) kept as one;
  - refused: files with a file-level `error` (not checked at all), with the most common messages;
  - input errors: `input_errors` entries (a named image or captions file that does not exist), by
    kind, with the 5 most common messages (paths replaced by <path> to group them);
  - internal errors: `internal_errors` entries (`internal error in rule …`), by rule and exception;
  - findings by rule and severity, and per 1,000 words;
  - exit code, wall time (seconds), and stderr line count.
Nothing from the repositories is written except counts, rule ids and the grouped error messages;
the raw postlint JSON (which quotes repository text) goes only to --raw-dir, kept outside this
repository.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent

SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "env", "__pycache__", "build", "dist",
             "_site", "public", ".cache", ".postlint_cache", ".tox", ".mypy_cache", ".pytest_cache"}
MD_SUFFIXES = (".md", ".markdown")
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
FRONT_MATTER = re.compile(r"\A\ufeff?(?:---|\+\+\+)[ \t]*\r?\n.*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                          re.S)


def count_markdown(root: Path, folders: list[str]) -> int:
    n = 0
    for folder in folders:
        base = root / folder
        if base.is_file():
            n += base.suffix.lower() in MD_SUFFIXES
            continue
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
            n += sum(1 for f in filenames if f.lower().endswith(MD_SUFFIXES))
    return n


def count_words(path: Path) -> int:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return 0
    m = FRONT_MATTER.match(text)
    if m:
        text = text[m.end():]
    return len(WORD.findall(text))


QUOTED = re.compile(r"""«[^»]*»|"[^"]*"|'[^']*'|`[^`]*`|“[^”]*”|‘[^’]*’""")
LEAD = re.compile(r"^[^\s:]+(?::\d+)?:\s+")          # "path:line: " that opens postlint's messages
FILEISH = re.compile(r"/|\.[A-Za-z0-9]{1,8}$")
NOT_FOUND = re.compile(r"file not found: (['\"])(.*?)\1(?:\s*\(|\s*$)")


def normalise(msg: str) -> str:
    """Group messages that differ only by the draft they come from and the file they name.

    The draft's path and line go; a quoted value that looks like a file or a path becomes <path>;
    other quoted values (a front-matter `type:` or `lang:` value) are kept."""
    msg = LEAD.sub("", msg.strip())

    def q(m):
        inner = m.group(0)[1:-1]
        return "<path>" if FILEISH.search(inner) else m.group(0)
    msg = QUOTED.sub(q, msg)
    return re.sub(r"\s+", " ", msg).strip()


SITE_DIRS = ("", "static", "assets", "public", "src", "src/static", "src/assets")


def input_error_kind(msg: str, repo: Path, draft: Path) -> str:
    """Kind of an input error; for a file not found, what the reference looks like and whether the
    file exists where the site generator would look (the site root or its static folders)."""
    m = NOT_FOUND.search(msg)
    if not m:
        return "other: " + normalise(msg)[:60]
    ref = m.group(2).strip()
    if "{{" in ref or "{%" in ref:
        return "templated path ({{ … }})"
    if re.match(r"^[a-z][a-z0-9+.-]*://", ref, re.I) or ref.startswith("//"):
        return "URL"
    clean = urllib.parse.unquote(ref.split("?")[0].split("#")[0])
    if clean.startswith("/"):
        dirs = list(SITE_DIRS) + [str(p.relative_to(repo)) for p in repo.glob("themes/*/static")]
        found = any((repo / d / clean.lstrip("/")).is_file() for d in dirs)
        return "site-root path, exists under the site root/static folder" if found \
            else "site-root path, absent from the repository"  # also from the checked-out tree
    found = (repo / draft.parent / clean).is_file()
    return "relative path, exists" if found else "relative path, absent from the repository"


INTERNAL = re.compile(r"internal error in rule ([\w.\-]+):\s*(.{0,60})")


def run_repo(row: dict, root: Path, postlint: list[str], raw_dir: Path | None, jobs: str | None) -> dict:
    name = row["name"]
    repo = Path(row.get("path") or name)
    if not repo.is_absolute():
        repo = root / repo
    folders = row["content_folders"].split()
    missing_folders = [f for f in folders if not (repo / f).exists()]
    cmd = postlint + ["check", "--format", "json", "--no-cache"]
    if jobs:
        cmd += ["--jobs", jobs]
    cmd += folders
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, encoding="utf-8", errors="replace")
    wall = time.perf_counter() - t0
    res: dict = {
        "name": name, "url": row.get("url", ""), "commit": row.get("commit", ""),
        "generator": row.get("generator", ""), "lang": row.get("lang", ""),
        "content_folders": folders, "missing_folders": missing_folders,
        "command": "postlint " + " ".join(cmd[len(postlint):]),
        "exit_code": proc.returncode, "wall_s": round(wall, 2),
        "stderr_lines": len([l for l in proc.stderr.splitlines() if l.strip()]),
        "markdown_files": count_markdown(repo, folders),
    }
    if raw_dir:
        raw_dir.mkdir(parents=True, exist_ok=True)
        (raw_dir / f"{name}.json").write_text(proc.stdout, encoding="utf-8")
        (raw_dir / f"{name}.stderr.txt").write_text(proc.stderr, encoding="utf-8")
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        res["report_error"] = "no JSON on stdout: " + proc.stderr.strip().splitlines()[-1][:300] \
            if proc.stderr.strip() else "no JSON on stdout"
        return res
    files = report.get("files", [])
    words = 0
    refused = collections.Counter()
    input_msgs = collections.Counter()
    input_kinds = collections.Counter()
    input_exact = collections.Counter()
    files_with_input = 0
    internal = collections.Counter()
    files_with_internal = 0
    by_rule = collections.Counter()
    by_rule_sev: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    by_sev = collections.Counter()
    langs = collections.Counter()
    types = collections.Counter()
    for f in files:
        p = repo / f["path"]
        words += count_words(p)
        langs[f.get("language") or "?"] += 1
        types[f.get("type") or "?"] += 1
        if f.get("error"):
            refused[normalise(str(f["error"]))] += 1
        ie = f.get("input_errors") or []
        if ie:
            files_with_input += 1
        for m in ie:
            m = str(m)
            input_msgs[normalise(m)] += 1
            input_exact[LEAD.sub("", m.strip())] += 1
            input_kinds[input_error_kind(m, repo, Path(f["path"]))] += 1
        ine = f.get("internal_errors") or []
        if ine:
            files_with_internal += 1
        for m in ine:
            mm = INTERNAL.search(str(m))
            internal[f"{mm.group(1)}: {mm.group(2)}" if mm else normalise(str(m))] += 1
        for x in f.get("findings", []):
            by_rule[x["rule"]] += 1
            by_rule_sev[x["rule"]][x["severity"]] += 1
            by_sev[x["severity"]] += 1
    per_k = (lambda n: round(1000 * n / words, 3) if words else None)
    res.update({
        "files": len(files), "words": words,
        "languages": dict(langs), "types": dict(types),
        "refused": sum(refused.values()), "refused_messages": refused.most_common(),
        "input_errors": sum(input_msgs.values()), "files_with_input_errors": files_with_input,
        "input_error_kinds": dict(input_kinds.most_common()),
        "input_error_messages": input_msgs.most_common(),
        "input_error_top5": input_exact.most_common(5),
        "internal_errors": sum(internal.values()), "files_with_internal_errors": files_with_internal,
        "internal_error_rules": internal.most_common(),
        "findings": sum(by_rule.values()), "findings_by_severity": dict(by_sev),
        "findings_per_1k_words": per_k(sum(by_rule.values())),
        "by_rule": {r: {"count": n, "per_1k_words": per_k(n), "severity": dict(by_rule_sev[r])}
                    for r, n in by_rule.most_common()},
        "summary": report.get("summary"),
    })
    return res


def fmt(x, nd=2):
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.{nd}f}"
    return str(x)


def write_markdown(meta: dict, results: list[dict], path: Path) -> None:
    L: list[str] = []
    L.append(f"# postlint on real content repositories — {meta['label']}")
    L.append("")
    L.append(f"postlint {meta['postlint_version']} (commit {meta['postlint_commit']}), run {meta['run_at']} "
             f"on {meta['cpus']} CPU(s); command per repository: `{meta['command_form']}` from its root. "
             "Words: body text of the files checked, front matter left out. Refused: files with a "
             "file-level `error`. Generated by `bench/real/repos_measure.py`.")
    L.append("")
    L.append("| repository | generator | lang | folders | .md files | files checked | words | refused | "
             "input errors (files) | internal errors (files) | findings | per 1k words | exit | wall s |")
    L.append("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    tot = collections.Counter()
    for r in results:
        if "report_error" in r:
            L.append(f"| {r['name']} | {r['generator']} | {r['lang']} | {' '.join(r['content_folders'])} | "
                     f"{r['markdown_files']} | – | – | – | – | – | – | – | {r['exit_code']} | {r['wall_s']} |")
            continue
        L.append(f"| {r['name']} | {r['generator']} | {r['lang']} | `{' '.join(r['content_folders'])}` | "
                 f"{r['markdown_files']} | {r['files']} | {r['words']} | {r['refused']} | "
                 f"{r['input_errors']} ({r['files_with_input_errors']}) | "
                 f"{r['internal_errors']} ({r['files_with_internal_errors']}) | {r['findings']} | "
                 f"{fmt(r['findings_per_1k_words'])} | {r['exit_code']} | {fmt(r['wall_s'], 1)} |")
        for k in ("markdown_files", "files", "words", "refused", "input_errors", "files_with_input_errors",
                  "internal_errors", "files_with_internal_errors", "findings"):
            tot[k] += r[k]
        tot["wall_s"] += r["wall_s"]
    if tot["words"]:
        L.append(f"| **all** | | | | {tot['markdown_files']} | {tot['files']} | {tot['words']} | {tot['refused']} | "
                 f"{tot['input_errors']} ({tot['files_with_input_errors']}) | "
                 f"{tot['internal_errors']} ({tot['files_with_internal_errors']}) | {tot['findings']} | "
                 f"{1000 * tot['findings'] / tot['words']:.2f} | | {tot['wall_s']:.1f} |")
    L.append("")
    ok = [r for r in results if "report_error" not in r]
    # per rule
    rules = collections.Counter()
    for r in ok:
        for rule, v in r["by_rule"].items():
            rules[rule] += v["count"]
    short = {r["name"]: f"r{i + 1}" for i, r in enumerate(ok)}
    L.append("## Findings per 1,000 words, by rule")
    L.append("")
    L.append("Columns: " + ", ".join(f"{short[r['name']]} = {r['name']}" for r in ok) + ".")
    L.append("")
    L.append("| rule | severity | findings | per 1k words (all) | " + " | ".join(short[r["name"]] for r in ok) + " |")
    L.append("| --- | --- | ---: | ---: | " + " | ".join("---:" for _ in ok) + " |")
    for rule, n in rules.most_common():
        sev = collections.Counter()
        for r in ok:
            sev.update(r["by_rule"].get(rule, {}).get("severity", {}))
        cells = []
        for r in ok:
            v = r["by_rule"].get(rule)
            cells.append(fmt(v["per_1k_words"], 3) if v else "·")
        L.append(f"| {rule} | {'/'.join(sev)} | {n} | {1000 * n / tot['words']:.3f} | " + " | ".join(cells) + " |")
    L.append("")
    # errors
    L.append("## Refused files, input errors, internal errors")
    L.append("")
    allref = collections.Counter()
    allin = collections.Counter()
    allkinds = collections.Counter()
    allint = collections.Counter()
    for r in ok:
        for m, n in r["refused_messages"]:
            allref[m] += n
        for m, n in r["input_error_messages"]:
            allin[m] += n
        allkinds.update(r["input_error_kinds"])
        for m, n in r["internal_error_rules"]:
            allint[m] += n
    L.append("Input errors by kind (all repositories): " +
             (", ".join(f"{k} {n}" for k, n in allkinds.most_common()) or "none") + ".")
    L.append("")
    for title, c in (("Most common refusal messages (paths and quoted names replaced)", allref),
                     ("Input-error messages, grouped (the file named replaced by <path>)", allin),
                     ("Internal errors (rule: exception)", allint)):
        L.append(f"**{title}**")
        L.append("")
        if not c:
            L.append("none")
        for m, n in c.most_common(10):
            L.append(f"- {n} × {m}")
        L.append("")
    L.append("Per repository:")
    L.append("")
    for r in results:
        L.append(f"- **{r['name']}** — `{r['command']}`; exit {r['exit_code']}; commit `{r['commit'][:12]}`"
                 + (f"; missing folders {r['missing_folders']}" if r.get("missing_folders") else ""))
        if "report_error" in r:
            L.append(f"  - {r['report_error']}")
            continue
        L.append(f"  - languages {r['languages']}; types {r['types']}; severities {r['findings_by_severity']}")
        if r["refused_messages"]:
            L.append("  - refused: " + "; ".join(f"{n} × {m}" for m, n in r["refused_messages"]))
        if r["input_error_messages"]:
            L.append("  - input errors by kind: " + "; ".join(f"{n} × {k}" for k, n in r["input_error_kinds"].items()))
            L.append("  - 5 most common input-error messages: "
                     + "; ".join(f"{n} × {m}" for m, n in r["input_error_top5"]))
        if r["internal_error_rules"]:
            L.append("  - internal errors: " + "; ".join(f"{n} × {m}" for m, n in r["internal_error_rules"]))
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("list", type=Path, help="CSV list of repositories (see above)")
    ap.add_argument("--root", type=Path, default=Path("."), help="folder holding the work trees")
    ap.add_argument("--out", type=Path, required=True, help="output stem: writes STEM.json and STEM.md")
    ap.add_argument("--only", default="", help="comma-separated repository names")
    ap.add_argument("--raw-dir", type=Path, help="keep postlint's raw JSON and stderr here (outside the repo)")
    ap.add_argument("--postlint", default="postlint", help="command to run postlint (default: postlint)")
    ap.add_argument("--jobs", help="pass --jobs to postlint (default: postlint's own, auto)")
    ap.add_argument("--label", default="baseline", help="title of the Markdown report")
    args = ap.parse_args(argv)
    rows = list(csv.DictReader(args.list.open(encoding="utf-8")))
    if args.only:
        keep = set(args.only.split(","))
        rows = [r for r in rows if r["name"] in keep]
    postlint = args.postlint.split()
    version = subprocess.run(postlint + ["--version"], capture_output=True, text=True).stdout.strip().split()[-1]
    commit = subprocess.run(["git", "-C", str(PROJECT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "unknown"
    results = []
    for row in rows:
        print(f"… {row['name']}", file=sys.stderr, flush=True)
        r = run_repo(row, args.root, postlint, args.raw_dir, args.jobs)
        print(f"  {r.get('files', '?')} files, {r.get('findings', '?')} findings, exit {r['exit_code']}, "
              f"{r['wall_s']} s", file=sys.stderr, flush=True)
        results.append(r)
    meta = {"label": args.label, "postlint_version": version, "postlint_commit": commit,
            "run_at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "cpus": os.cpu_count(),
            "command_form": "postlint check --format json --no-cache <content folders>"
                            + (f" --jobs {args.jobs}" if args.jobs else "")}
    out_json = args.out.with_suffix(".json")
    out_md = args.out.with_suffix(".md")
    out_json.write_text(json.dumps({"meta": meta, "repositories": results}, indent=1, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    write_markdown(meta, results, out_md)
    print(f"wrote {out_json} and {out_md}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
