#!/usr/bin/env python3
"""Draw the judging sample from a repos_measure.py run, and score the verdicts.

    # 1. sample (stratified by rule) from the raw postlint JSON kept by repos_measure.py --raw-dir;
    #    the worksheet quotes repository text, so write it OUTSIDE this repository
    python bench/real/repos_sample.py sample --raw-dir /tmp/raw --root /tmp/repos \
        --seed 20261207 --size 120 --worksheet /tmp/worksheet.jsonl
    # 2. judge: copy each worksheet line into bench/real/repos-verdicts.jsonl with "verdict"
    #    (true | false | unjudgeable) and a one-line "reason" (see shared/eval/real-world.md)
    # 3. score
    python bench/real/repos_sample.py score bench/real/repos-verdicts.jsonl --out bench/real/repos-precision.md

Sampling: every finding of the run is a member of exactly one stratum, its rule. A rule with N of the
run's T findings gets n = min(N, max(3, round(size * N / T))) findings, drawn with
random.Random(seed).sample from its findings in a fixed order (repository, path, line, column, rule,
position in the report), so that every rule that fires is judged at least 3 times (or every time,
when it fired fewer than 3 times) and common rules in proportion. Precision per rule is read on its
own stratum; the overall figure is given both as judged (unweighted) and weighted by each rule's share
of all findings (each rule's precision × its N, summed, over the judged rules' N).
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path


def load_findings(raw_dir: Path) -> list[dict]:
    out = []
    for fn in sorted(raw_dir.glob("*.json")):
        repo = fn.stem
        report = json.loads(fn.read_text(encoding="utf-8"))
        for f in report.get("files", []):
            for i, x in enumerate(f.get("findings", [])):
                out.append({"repo": repo, "path": f["path"], "rule": x["rule"], "severity": x["severity"],
                            "line": x.get("line"), "column": x.get("column"), "text": x.get("text"),
                            "message": x.get("message"), "language": f.get("language"), "type": f.get("type"),
                            "_i": i})
    out.sort(key=lambda d: (d["repo"], d["path"], d["line"] or 0, d["column"] or 0, d["rule"], d["_i"]))
    return out


def context(root: Path, d: dict, before: int = 3, after: int = 3) -> str:
    p = root / d["repo"] / d["path"]
    try:
        lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    if not d["line"]:
        return "\n".join(lines[:12])
    a = max(0, d["line"] - 1 - before)
    b = min(len(lines), d["line"] + after)
    return "\n".join(f"{'>' if k + 1 == d['line'] else ' '}{k + 1:5} | {lines[k]}" for k in range(a, b))


def cmd_sample(args) -> int:
    findings = load_findings(args.raw_dir)
    total = len(findings)
    by_rule: dict[str, list[dict]] = collections.defaultdict(list)
    for d in findings:
        by_rule[d["rule"]].append(d)
    rng = random.Random(args.seed)
    sample = []
    plan = {}
    for rule in sorted(by_rule):
        pop = by_rule[rule]
        n = min(len(pop), max(3, round(args.size * len(pop) / total)))
        plan[rule] = (len(pop), n)
        sample.extend(rng.sample(pop, n))
    with args.worksheet.open("w", encoding="utf-8") as w:
        for d in sample:
            d = dict(d)
            d.pop("_i")
            d["context"] = context(args.root, d)
            w.write(json.dumps(d, ensure_ascii=False) + "\n")
    json.dump({"seed": args.seed, "size": args.size, "total_findings": total,
               "strata": {r: {"population": p, "sampled": n} for r, (p, n) in plan.items()}},
              args.plan.open("w", encoding="utf-8") if args.plan else sys.stdout, indent=1)
    print(f"\n{len(sample)} findings sampled from {total} across {len(plan)} rules", file=sys.stderr)
    return 0


PATTERNS = {
    "MARKUP": "site-generator markup read as prose (Hugo shortcodes, Liquid/Nunjucks tags, heading anchors, "
              "file names inside attributes)",
    "MENTION": "a word used in another sense, or mentioned rather than used (names, examples, ordinary prose)",
    "GENRE": "a rule written for social posts or press releases applied to web pages, templates, model texts, "
             "deliberately public documents or silent media",
    "OWNIMG": "a credit asked for an image that needs none (own screenshots, charts, generated plots, logos, "
              "avatars, flyers)",
    "QUOTE": "verbatim quotations, official names and titles, legal terms",
    "SITEPATH": "an image path relative to the site root, or templated, looked up in the draft's folder",
    "THRESH": "a soft threshold exceeded by a hair",
    "CODE": "code samples and URL parameters read as secrets",
    "OWNADDR": "the organisation's own public address or event venue",
    "CREDITNEAR": "a credit given in the prose next to the image",
}


def precision(t: int, f: int) -> str:
    return f"{t / (t + f):.2f}" if t + f else "–"


def cmd_score(args) -> int:
    rows = [json.loads(line) for line in args.verdicts.open(encoding="utf-8") if line.strip()]
    plan = json.loads(args.plan.read_text(encoding="utf-8")) if args.plan else None
    def tally(key):
        c = collections.defaultdict(collections.Counter)
        for r in rows:
            c[key(r)][r["verdict"]] += 1
        return c
    tot = collections.Counter(r["verdict"] for r in rows)
    L = ["# Judged precision of postlint on real content repositories", ""]
    commits = sorted({r.get("judged_at", "?") for r in rows})
    L.append(f"{len(rows)} findings judged (postlint {', '.join(commits)}), per `shared/eval/real-world.md`; "
             "precision = true / (true + false); n = true + false (unjudgeable left out). "
             "Sample drawn by `bench/real/repos_sample.py`"
             + (f" with seed {plan['seed']} from {plan['total_findings']} findings." if plan else "."))
    L.append("")
    weighted = ""
    if plan:
        num = den = 0.0
        per = tally(lambda r: r["rule"])
        for rule, c in per.items():
            if c["true"] + c["false"]:
                N = plan["strata"][rule]["population"]
                num += N * c["true"] / (c["true"] + c["false"])
                den += N
        weighted = f"; weighted by each rule's share of all findings: **{num / den:.2f}**" if den else ""
    L.append(f"**Overall**: {precision(tot['true'], tot['false'])} (n = {tot['true'] + tot['false']}; "
             f"{tot['true']} true, {tot['false']} false, {tot['unjudgeable']} unjudgeable){weighted}.")
    L.append("")
    L.append("| severity | precision | n | true | false | unjudgeable |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for sev, c in sorted(tally(lambda r: r["severity"]).items()):
        L.append(f"| {sev} | {precision(c['true'], c['false'])} | {c['true'] + c['false']} | {c['true']} | "
                 f"{c['false']} | {c['unjudgeable']} |")
    L.append("")
    L.append("| rule | findings in the run | precision | n | true | false | unjudgeable |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    per = tally(lambda r: r["rule"])
    for rule in sorted(per, key=lambda k: -(plan["strata"][k]["population"] if plan else 0)):
        c = per[rule]
        pop = plan["strata"][rule]["population"] if plan else ""
        L.append(f"| {rule} | {pop} | {precision(c['true'], c['false'])} | {c['true'] + c['false']} | "
                 f"{c['true']} | {c['false']} | {c['unjudgeable']} |")
    L.append("")
    L.append("| repository | precision | n | true | false | unjudgeable |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for repo, c in sorted(tally(lambda r: r["repo"]).items()):
        L.append(f"| {repo} | {precision(c['true'], c['false'])} | {c['true'] + c['false']} | {c['true']} | "
                 f"{c['false']} | {c['unjudgeable']} |")
    L.append("")
    if any("pattern" in r for r in rows):
        L.append("## False alarms by pattern")
        L.append("")
        pat = collections.Counter(r.get("pattern", "?") for r in rows if r["verdict"] == "false")
        for p, n in pat.most_common():
            mine = [r for r in rows if r["verdict"] == "false" and r.get("pattern", "?") == p]
            rules = collections.Counter(r["rule"] for r in mine)
            ex = next(r for r in mine if r["rule"] == rules.most_common(1)[0][0])
            L.append(f"- {n} × **{p}** ({PATTERNS.get(p, '')}; rules: "
                     + ", ".join(f"{r} {k}" for r, k in rules.most_common()) + ")")
            L.append(f"  - e.g. {ex['repo']} `{ex['path']}`:{ex['line']} [{ex['rule']}] "
                     f"«{(ex['text'] or '')[:60]}»: {ex['reason']}")
        L.append("")
    text = "\n".join(L) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--raw-dir", type=Path, required=True)
    s.add_argument("--root", type=Path, required=True)
    s.add_argument("--seed", type=int, default=20261207)
    s.add_argument("--size", type=int, default=120)
    s.add_argument("--worksheet", type=Path, required=True)
    s.add_argument("--plan", type=Path, help="write the strata (population, sampled) here")
    s.set_defaults(func=cmd_sample)
    c = sub.add_parser("score")
    c.add_argument("verdicts", type=Path)
    c.add_argument("--plan", type=Path, help="the plan written by `sample` (for weights and populations)")
    c.add_argument("--out", type=Path)
    c.set_defaults(func=cmd_score)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
