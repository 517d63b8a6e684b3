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
    if registry is None:
        from postlint.engine.registry import load_registry

        registry = load_registry()
    used = sorted({f.rule for fr in report.files for f in fr.findings})
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
    results = []
    notifications = []
    for fr in report.files:
        uri = _uri(fr.path)
        if fr.error:
            notifications.append({"level": "error", "message": {"text": fr.error},
                                  "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]})
            continue
        for msg in fr.internal_errors:
            notifications.append({"level": "error", "message": {"text": msg},
                                  "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]})
        for f in fr.findings:
            loc = fr.location(f)
            region = ({"startLine": loc["line"], "startColumn": loc["column"], "endLine": loc["end_line"],
                       "endColumn": loc["end_column"]} if loc["line"] is not None else {"startLine": 1})
            text = f.message + (f" Suggestions: {' | '.join(f.suggestions)}." if f.suggestions else "")
            res = {"ruleId": f.rule, "ruleIndex": index[f.rule], "level": LEVEL[f.severity],
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
    run = {"tool": {"driver": {"name": "postlint", "version": __version__, "semanticVersion": __version__,
                               "informationUri": "https://github.com/postlint/postlint", "rules": rules_meta}},
           "columnKind": "unicodeCodePoints", "results": results}
    if notifications:
        run["invocations"] = [{"executionSuccessful": False, "toolExecutionNotifications": notifications}]
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"
