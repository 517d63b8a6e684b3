"""Independent check of the stigma wordlists: recall on sentences written from the guides' own lists, not from
our entries (bench/terminology/independent.jsonl: lang, guide, term, kind avoid|prefer, sentence).

    python3 bench/terminology/independent.py [--json OUT] [--quiet]

An `avoid` sentence is caught when any stigma rule reports a finding in it; a `prefer` sentence is a false
flag when any stigma rule reports anything in it. Prints recall per language and per guide, then the misses
and the false flags.
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

SET = Path(__file__).resolve().parent / "independent.jsonl"


def load(path: Path = SET) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{n}: not JSON: {exc}") from None
    return rows


def measure(rows: list[dict]) -> dict:
    """Return {lang: {avoid, caught, recall, prefer, prefer_flagged}, by_guide, misses, false_flags}."""
    from postlint.api import check_text

    stats: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    guides: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    misses, false_flags = [], []
    for r in rows:
        res = check_text(r["sentence"], lang=r["lang"], select=["stigma"])
        flagged = bool(res.findings)
        key = (r["lang"], r["kind"])
        stats[key][1] += 1
        stats[key][0] += flagged
        if r["kind"] == "avoid":
            guides[(r["lang"], r["guide"])][1] += 1
            guides[(r["lang"], r["guide"])][0] += flagged
            if not flagged:
                misses.append(r)
        elif flagged:
            false_flags.append({**r, "findings": [f"{f.rule}: {f.text}" for f in res.findings]})
    out: dict = {"by_guide": {f"{lg} | {g}": {"caught": h, "avoid": t} for (lg, g), (h, t) in sorted(guides.items())},
                 "misses": misses, "false_flags": false_flags}
    for lang in ("en", "fr"):
        hit, tot = stats[(lang, "avoid")]
        fp, ptot = stats[(lang, "prefer")]
        out[lang] = {"avoid": tot, "caught": hit, "recall": round(hit / tot, 3) if tot else None,
                     "prefer": ptot, "prefer_flagged": fp}
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    args = ap.parse_args()
    out = measure(load())
    for lang in ("en", "fr"):
        s = out[lang]
        print(f"{lang}: recall={s['recall']:.3f} ({s['caught']}/{s['avoid']})  "
              f"preferred-term sentences flagged={s['prefer_flagged']}/{s['prefer']}")
    print("per guide:")
    for name, s in out["by_guide"].items():
        print(f"  {s['caught']:3}/{s['avoid']:<3} {name}")
    if not args.quiet:
        for r in out["misses"]:
            print(f"MISS {r['lang']} [{r['term']}] {r['sentence']}  ({r['guide']})")
        for r in out["false_flags"]:
            print(f"FALSE {r['lang']} [{r['term']}] {r['sentence']}  {r['findings']}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
