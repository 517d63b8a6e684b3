#!/usr/bin/env python3
"""Compare two `postlint check --format json` reports of the same files: same findings, same places?

    python bench/same_findings.py BEFORE.json AFTER.json [RULE_PREFIX ...]   # exit 0 when identical

Used to check that a speed change keeps every result: run the corpus before and after, compare.
Prints the findings only in one report (rule, path, line, column, message), at most 40 of each.
"""
from __future__ import annotations

import json
import sys


def findings(path: str, prefixes: tuple[str, ...] = ()) -> set[tuple]:
    report = json.load(open(path, encoding="utf-8"))
    out = set()
    for f in report["files"]:
        out.add((f["path"], "<file>", f.get("language"), f.get("type"), json.dumps(f.get("error"))))
        for x in f["findings"]:
            if prefixes and not x["rule"].startswith(prefixes):
                continue
            out.add((f["path"], x["rule"], x["line"], x["column"], x.get("end_line"), x.get("end_column"),
                     x["severity"], x["message"], json.dumps(x.get("suggestions"), sort_keys=True),
                     json.dumps(x.get("fix"), sort_keys=True)))
    return out


def main(argv: list[str]) -> int:
    prefixes = tuple(argv[2:])
    before, after = findings(argv[0], prefixes), findings(argv[1], prefixes)
    gone, new = sorted(before - after), sorted(after - before)
    for title, rows in (("only in " + argv[0], gone), ("only in " + argv[1], new)):
        if rows:
            print(f"{title}: {len(rows)}")
            for r in rows[:40]:
                print("  ", *r[:6], (r[7] if len(r) > 7 else "")[:100])
    print(f"{len(before)} vs {len(after)} rows; {'identical' if not gone and not new else 'DIFFERENT'}")
    return 0 if not gone and not new else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
