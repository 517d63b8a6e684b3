"""Score postlint on the sentence-per-term set: recall on avoided terms per language, and false flags on
sentences that use the guides' preferred terms (and on close controls).

    python3 bench/terminology/score.py [--show] [--json OUT]

A sentence of kind `avoid` counts as caught when a stigma rule reports a finding in it (any severity);
a sentence of kind `prefer` or `control` is a false flag when any stigma rule reports anything in it.
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


sys.path.insert(0, str(Path(__file__).resolve().parent))


def load() -> list[dict]:
    rows = []
    for name in ("sentences.jsonl", "extra.jsonl"):
        p = HERE / name
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rows.append(json.loads(line))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="list misses and false flags")
    ap.add_argument("--json")
    ap.add_argument("--table", help="write the per-guide table (Markdown) to this file")
    args = ap.parse_args()
    from postlint.api import check_text

    rows = load()
    stats: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])  # (lang, kind) → [hits, total]
    by_domain: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    problems = []
    caught_entry: dict[tuple, bool] = {}  # (lang, entry) → every flag sentence caught
    for r in rows:
        res = check_text(r["sentence"], lang=r["lang"], select=["stigma"])
        flagged = bool(res.findings)
        if r["kind"] == "avoid" and "entry" in r:
            k = (r["lang"], r["entry"], r["guide"])
            caught_entry[k] = caught_entry.get(k, True) and flagged
        key = (r["lang"], r["kind"])
        stats[key][1] += 1
        stats[key][0] += flagged
        if r["kind"] == "avoid":
            by_domain[(r["lang"], r.get("domain", "?"))][1] += 1
            by_domain[(r["lang"], r.get("domain", "?"))][0] += flagged
            if not flagged:
                problems.append(("MISS", r))
        elif flagged:
            problems.append(("FALSE", r, [f.text for f in res.findings]))
    out = {}
    for lang in ("fr", "en"):
        hit, tot = stats[(lang, "avoid")]
        fp, ptot = stats[(lang, "prefer")]
        cfp, ctot = stats[(lang, "control")]
        out[lang] = {"recall": round(hit / tot, 3) if tot else None, "avoid": tot, "caught": hit,
                     "prefer_flagged": fp, "prefer": ptot, "control_flagged": cfp, "control": ctot}
        print(f"{lang}: recall={hit / max(tot, 1):.3f} ({hit}/{tot})  preferred-term false flags={fp}/{ptot}"
              f"  control false flags={cfp}/{ctot}")
    for (lang, domain), (hit, tot) in sorted(by_domain.items()):
        print(f"  {lang} {domain:15} {hit}/{tot}")
    if args.show:
        for p in problems:
            print(p[0], p[1]["lang"], p[1].get("entry", ""), repr(p[1]["sentence"]), *(p[2:] if len(p) > 2 else ()))
    if args.table:
        _table(caught_entry, Path(args.table))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


def _table(caught: dict[tuple, bool], path: Path) -> None:
    import re

    from guides import GUIDES

    lines = ["| Guide | Organisation | Lang | Pairs taken | Pairs covered | Recall |", "|---|---|---|---|---|---|"]
    for org, title, lang, pattern in GUIDES:
        hits = [ok for (lg, _e, src), ok in caught.items() if re.search(pattern, src)]
        if not hits:
            continue
        lines.append(f"| {title} | {org} | {lang} | {len(hits)} | {sum(hits)} | {sum(hits) / len(hits):.2f} |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
