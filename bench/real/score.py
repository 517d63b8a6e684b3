#!/usr/bin/env python3
"""Precision of postlint on text that real organisations published, from the judged verdicts in this folder.

    python bench/real/score.py [--texts DIR] [--json OUT] [--unjudged OUT.jsonl]

The texts are not in the repository (they are not ours to republish): `sources*.csv` lists them (address,
date, language, genre) and DIR holds one `<id>.md` per source (default: $POSTLINT_REAL_TEXTS, else
/work/tmp/real/texts). Each text is checked as the hook would check a content file, with the publication
date as `--date`, through `postlint.api`. A finding is joined to its verdict in `verdicts*.jsonl` by
(id, rule, line, column, text); the judging guide is ../shared/eval/real-world.md of the project's steering
repository (true / false / unjudgeable, one line of reason each).

Prints precision = true / (true + false) overall, per severity and per rule, each with its sample size;
the findings no verdict covers yet (judge them: a change that adds findings must have them judged); and the
verdicts whose finding is gone — a judged *true* finding that disappeared is lost recall.

No type is forced: postlint detects each text's genre (press release, advisory, statement, op-ed, article,
post…) as it does for a draft without `type:`; the detected genre is compared with the `genre` column. A
structure finding on a text listed as an excerpt is counted not judgeable without a verdict: the page store
kept only the opening, which does not show the contact block or the "about" paragraph.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEVERITIES = ("error", "warning", "info")


def sources() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted(HERE.glob("sources*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows.extend(csv.DictReader(fh))
    return rows


def verdicts() -> dict[tuple, dict]:
    out: dict[tuple, dict] = {}
    for path in sorted(HERE.glob("verdicts*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                v = json.loads(line)
                entry = {**v, "_file": f"{path.name}:{n}"}
                out[key(v)] = entry  # the last file judging a place wins…
                out[key(v) + (v.get("severity"),)] = entry  # …unless one judged it at the severity it has now
    return out


def key(f: dict) -> tuple:
    return (f["id"], f["rule"], f.get("line"), f.get("column"), f.get("text") or "")


FOLDED: set[tuple] = set()  # places of info findings folded into one per wording (engine.aggregate)
CRASHES: list[str] = []  # "id: internal error in rule …" (a rule that crashed is silent on that text)
DETECTED: dict[str, str] = {}  # id → the genre postlint detected (FileResult.type)
GENRE_NAMES = {"media-advisory": "advisory"}  # sources' genre column → postlint's type names
# findings that need the whole text: on an excerpt they cannot be judged (attachment wording can)
WHOLE_TEXT_RULES = ("structure.",)
ANY_TEXT_RULES = ("structure.attachment",)


def findings(texts: Path, rows: list[dict[str, str]]) -> tuple[list[dict], list[str]]:
    import msgspec.structs

    from postlint.api import check_text

    out: list[dict] = []
    missing: list[str] = []
    for row in rows:
        path = texts / f"{row['id']}.md"
        if not path.is_file():
            missing.append(row["id"])
            continue
        published = date.fromisoformat(row["published"]) if row.get("published") else None
        result = check_text(path.read_text(encoding="utf-8"), path=str(path), today=published)
        CRASHES.extend(f"{row['id']}: {e}" for e in result.internal_errors)
        DETECTED[row["id"]] = result.type
        if result.error:
            out.append({"id": row["id"], "rule": "<input error>", "severity": "error", "line": result.error_line,
                        "column": None, "text": result.error, "complete": row.get("complete", "")})
            continue
        for f in result.findings:
            loc = result.location(f)
            out.append({"id": row["id"], "rule": f.rule, "severity": f.severity, "line": loc["line"],
                        "column": loc["column"], "text": result.text(f), "message": f.message,
                        "complete": row.get("complete", "")})
            for s in getattr(f, "occurrences", ())[1:]:  # folded places are listed by the finding, not gone
                g = msgspec.structs.replace(f, span=s, text=None, occurrences=())
                gl = result.location(g)
                FOLDED.add((row["id"], f.rule, gl["line"], gl["column"], result.text(g)))
    return out, missing


def genres(rows: list[dict[str, str]]) -> dict[str, dict]:
    """How many texts of each listed genre postlint detected as that genre, complete texts and all texts."""
    out: dict[str, dict] = {}
    for scope in ("complete", "all"):
        by: dict[str, Counter] = defaultdict(Counter)
        for row in rows:
            if row["id"] not in DETECTED or (scope == "complete" and row.get("complete") != "yes"):
                continue
            listed = GENRE_NAMES.get(row["genre"], row["genre"])
            by[listed]["total"] += 1
            by[listed]["right"] += DETECTED[row["id"]] == listed
            if DETECTED[row["id"]] != listed:
                by[listed]["as " + DETECTED[row["id"]]] += 1
        out[scope] = {"right": sum(c["right"] for c in by.values()), "total": sum(c["total"] for c in by.values()),
                      "by": {k: dict(v) for k, v in by.items()}}
    return out


def precision(counter: Counter) -> str:
    judged = counter["true"] + counter["false"]
    if not judged:
        return "–"
    return f"{counter['true'] / judged:.2f} ({counter['true']}/{judged})"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", default=os.environ.get("POSTLINT_REAL_TEXTS", "/work/tmp/real/texts"))
    ap.add_argument("--json", help="write the figures as JSON here")
    ap.add_argument("--unjudged", help="write the findings without a verdict here (JSON lines), to judge")
    ap.add_argument("--false", dest="false_out", help="write the findings judged false here (JSON lines, with the reason)")
    args = ap.parse_args(argv)

    rows = sources()
    judged = verdicts()
    found, missing = findings(Path(args.texts), rows)
    overall: Counter = Counter()
    by_sev: dict[str, Counter] = defaultdict(Counter)
    by_rule: dict[str, Counter] = defaultdict(Counter)
    unjudged = []
    seen = set()
    excerpt_structure = 0
    resevered = 0
    false_found: list[dict] = []
    for f in found:
        v = judged.get(key(f) + (f["severity"],)) or judged.get(key(f))
        seen.add(key(f))
        if v is None and f["complete"] != "yes" and f["rule"].startswith(WHOLE_TEXT_RULES) \
                and f["rule"] not in ANY_TEXT_RULES:
            excerpt_structure += 1  # the opening of a page does not show its contact or "about" paragraph
            overall["unjudgeable"] += 1
            by_rule[f["rule"]]["unjudgeable"] += 1
            continue
        if v is not None and v.get("severity") and v["severity"] != f["severity"]:
            # a verdict holds at the severity it was judged at (real-world.md): a right finding at the wrong
            # severity is false there, and may be true at the new one, so it is judged again
            resevered += 1
            v = None
        if v is None:
            unjudged.append(f)
            continue
        if v["verdict"] == "false":
            false_found.append({**f, "reason": v.get("reason", ""), "pattern": v.get("pattern", "")})
        overall[v["verdict"]] += 1
        by_sev[f["severity"]][v["verdict"]] += 1
        by_rule[f["rule"]][v["verdict"]] += 1
    places = {k[:4] for k in seen}  # a place that still fires with a re-cut span is judged under its new text
    gone = [v for k, v in judged.items() if len(k) == 5 and k not in seen and k not in FOLDED
            and k[0] not in missing and k[:4] not in places]
    lost = [v for v in gone if v["verdict"] == "true"]

    print(f"texts: {len(rows) - len(missing)} checked ({len(missing)} listed but not in {args.texts})")
    print(f"findings: {len(found)}, judged {len(found) - len(unjudged)}, unjudged {len(unjudged)}")
    print(f"  of which judged before at another severity (to judge again): {resevered}")
    print(f"internal errors: {len(CRASHES)}")
    for line in CRASHES[:20]:
        print(f"  {line}")
    print(f"precision: {precision(overall)}  unjudgeable: {overall['unjudgeable']}")
    for sev in SEVERITIES:
        print(f"  {sev:8} {precision(by_sev[sev])}")
    print("per rule:")
    for rule in sorted(by_rule, key=lambda r: -(by_rule[r]["true"] + by_rule[r]["false"])):
        c = by_rule[rule]
        print(f"  {rule:32} {precision(c):>16}  unjudgeable {c['unjudgeable']}")
    print(f"structure findings on excerpts (not judgeable, no verdict needed): {excerpt_structure}")
    genre_rows = genres(rows)
    for scope in ("complete", "all"):
        g = genre_rows[scope]
        print(f"genre detected ({scope} texts): {g['right']}/{g['total']} as listed; " + ", ".join(
            f"{name} {c['right']}/{c['total']}" for name, c in sorted(g["by"].items())))
    print(f"folded places (info findings reported once per wording): {len(FOLDED)}")
    print(f"verdicts whose finding is gone: {len(gone)} (judged true: {len(lost)})")
    for v in lost[:40]:
        print(f"  lost true finding: {v['id']}:{v.get('line')} {v['rule']} {v.get('text', '')!r}")
    if args.unjudged:
        with open(args.unjudged, "w", encoding="utf-8") as fh:
            for f in unjudged:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    if args.false_out:
        with open(args.false_out, "w", encoding="utf-8") as fh:
            for f in false_found:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    if args.json:
        figures = {"texts": len(rows) - len(missing), "findings": len(found), "unjudged": len(unjudged),
                   "overall": dict(overall), "severity": {s: dict(by_sev[s]) for s in SEVERITIES},
                   "rules": {r: dict(c) for r, c in sorted(by_rule.items())}, "gone": len(gone),
                   "internal_errors": CRASHES, "excerpt_structure": excerpt_structure, "genres": genre_rows,
                   "lost_true": len(lost)}
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
