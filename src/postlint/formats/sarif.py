"""`--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it."""
from __future__ import annotations

import json
import os
from typing import Any

from postlint import __version__

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
HELP_URI = "https://github.com/postlint/postlint#rules"


def _uri(path: str) -> str:
    p = path.replace(os.sep, "/")
    if os.path.isabs(p):
        try:
            p = os.path.relpath(p).replace(os.sep, "/")
        except ValueError:
            return "file://" + p
    return p[2:] if p.startswith("./") else p


def render(report, registry=None, **_: object) -> str:
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for fr in report.files:
        file_items(fr, results, notifications)
    rules_meta, index = _rules(sorted({r["ruleId"] for r in results}), registry)
    for res in results:
        res["ruleIndex"] = index[res["ruleId"]]
    return json.dumps(_document(rules_meta, results, notifications), ensure_ascii=False, indent=2) + "\n"


def _rules(used: list[str], registry) -> tuple[list[dict[str, Any]], dict[str, int]]:
    if registry is None:
        from postlint.engine.registry import load_registry

        registry = load_registry()
    rules_meta: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for rid in used:
        r = registry.get(rid)
        index[rid] = len(rules_meta)
        desc = {"id": rid, "name": rid, "shortDescription": {"text": r.summary if r else rid},
                "helpUri": f"{HELP_URI}-{rid.replace('.', '-')}",
                "properties": {"category": r.category if r else rid.split(".")[0], "tags": [r.category if r else "postlint"]}}
        if r is not None:
            desc["defaultConfiguration"] = {"level": LEVEL[r.severity]}
            if r.explain or r.source:
                desc["fullDescription"] = {"text": (r.explain or r.summary).strip()[:1000]}
                desc["help"] = {"text": (r.source or r.summary)}
        rules_meta.append(desc)
    return rules_meta, index


def _document(rules_meta: list, results: list, notifications: list) -> dict[str, Any]:
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "postlint", "version": __version__, "semanticVersion": __version__,
                            "informationUri": "https://github.com/postlint/postlint", "rules": rules_meta}},
        "columnKind": "unicodeCodePoints", "results": results}
    if notifications:
        run["invocations"] = [{"executionSuccessful": False, "toolExecutionNotifications": notifications}]
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def file_items(fr, results: list, notifications: list) -> None:
    """One file's results (`ruleIndex` left None: it is known once every file is done) and notifications."""
    uri = _uri(fr.path)
    if fr.error:
        notifications.append({"level": "error", "message": {"text": fr.error},
                              "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]})
        return
    for msg in fr.internal_errors:
        notifications.append({"level": "error", "message": {"text": msg},
                              "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]})
    for f in fr.findings:
        loc = fr.location(f)
        region = ({"startLine": loc["line"], "startColumn": loc["column"], "endLine": loc["end_line"],
                   "endColumn": loc["end_column"]} if loc["line"] is not None else {"startLine": 1})
        # the label in the draft's language, like the message it follows
        label = "Suggestions :" if fr.language == "fr" else "Suggestions:"
        text = f.message + (f" {label} {' | '.join(f.suggestions)}." if f.suggestions else "")
        res = {"ruleId": f.rule, "ruleIndex": None, "level": LEVEL[f.severity],
               "message": {"text": text},
               "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
               "properties": {"category": f.category, "documentLevel": loc["line"] is None}}
        if f.fix is not None and fr.doc is not None:
            reps = []
            for e in f.fix.edits:
                l1, c1 = fr.doc.position(e.span.start)
                l2, c2 = fr.doc.position(e.span.end)
                reps.append({"deletedRegion": {"startLine": l1, "startColumn": c1, "endLine": l2, "endColumn": c2},
                             "insertedContent": {"text": e.replacement}})
            res["fixes"] = [{"description": {"text": f.fix.title or "postlint fix"},
                             "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": reps}]}]
        results.append(res)


_MARK = "\u0000postlint-results\u0000"


class Writer:
    """The text of `render`, without holding the results: each file's results are spooled to a temporary file,
    one compact line each, as the file is done (`add`); `close(report)` writes the rules the run used, then the
    results with their rule index."""

    def __init__(self, out, registry=None, **_: object):
        import tempfile

        self.out = out
        self.registry = registry
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.used: set[str] = set()
        self.count = 0
        self.notifications: list[dict[str, Any]] = []

    def add(self, fr) -> None:
        results: list[dict[str, Any]] = []
        file_items(fr, results, self.notifications)
        for res in results:
            self.used.add(res["ruleId"])
            self.spool.write(json.dumps(res, ensure_ascii=False) + "\n")
        self.count += len(results)

    def close(self, report) -> None:
        rules_meta, index = _rules(sorted(self.used), self.registry)
        doc = _document(rules_meta, [_MARK] if self.count else [], self.notifications)
        head, _, tail = json.dumps(doc, ensure_ascii=False, indent=2).partition(json.dumps(_MARK))
        self.out.write(head.rstrip(" ") if self.count else head)
        self.spool.seek(0)
        for i, line in enumerate(self.spool):
            res = json.loads(line)
            res["ruleIndex"] = index[res["ruleId"]]
            text = json.dumps(res, ensure_ascii=False, indent=2).replace("\n", "\n        ")
            self.out.write(("" if i == 0 else ",\n") + "        " + text)
        self.spool.close()
        self.out.write(tail + "\n")
        self.out.finish()
