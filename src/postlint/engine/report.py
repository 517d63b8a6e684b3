"""Results of a run, in the shape of the JSON report (version, files with their findings, summary), ready for
any formatter."""
from __future__ import annotations

from typing import Any

from msgspec import Struct, field

from postlint import __version__
from postlint.document.model import Document
from postlint.core.vocab import SEVERITY_RANK
from postlint.core.rule import Finding


class FileResult(Struct):
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    error_line: int | None = None
    language: str | None = None
    type: str | None = None
    doc: Document | None = None  # kept for formatters that show the source (text, html)
    internal_errors: list[str] = field(default_factory=list)  # rules that crashed on this file
    input_errors: list[str] = field(default_factory=list)  # referenced files missing (the draft is still checked)
    fixed: int = 0  # fixes applied by --fix
    fixed_text: str | None = None  # stdin with --fix: the corrected draft (printed instead of written)

    def location(self, f: Finding) -> dict[str, Any]:
        """1-based line/column of a finding (`None` for document-level findings)."""
        if f.span is None or self.doc is None:
            return {"line": None, "column": None, "end_line": None, "end_column": None}
        line, col = self.doc.position(f.span.start)
        end_line, end_col = self.doc.position(f.span.end)
        if self.doc.paragraph_numbers:  # .docx: report paragraph numbers as lines
            pn = self.doc.paragraph_numbers
            line = pn[min(line, len(pn)) - 1]
            end_line = pn[min(end_line, len(pn)) - 1]
        return {"line": line, "column": col, "end_line": end_line, "end_column": end_col}

    def text(self, f: Finding) -> str:
        if f.text is not None:
            return f.text
        if f.span is None or self.doc is None:
            return ""
        return self.doc.source[f.span.start:f.span.end]

    def finding_dict(self, f: Finding) -> dict[str, Any]:
        d: dict[str, Any] = {"rule": f.rule, "category": f.category, "severity": f.severity, "message": f.message}
        d.update(self.location(f))
        d["text"] = self.text(f)
        d["suggestions"] = list(f.suggestions)
        d["fixable"] = f.fixable
        if len(f.occurrences) > 1 and self.doc is not None:
            # an info finding folded by wording (engine.aggregate) stands for every place of that wording
            d["occurrences"] = [{**self._edit_loc(s), "text": self.doc.source[s.start:s.end]} for s in f.occurrences]
        if f.fix is not None:
            d["fix"] = {"applicability": f.fix.applicability, "title": f.fix.title,
                        "edits": [{**self._edit_loc(e.span), "replacement": e.replacement} for e in f.fix.edits]}
        if f.source:
            d["source"] = f.source
        return d

    def _edit_loc(self, span) -> dict[str, int]:
        assert self.doc is not None  # a finding with a fix comes from a parsed draft
        line, col = self.doc.position(span.start)
        end_line, end_col = self.doc.position(span.end)
        return {"line": line, "column": col, "end_line": end_line, "end_column": end_col}


class Report(Struct):
    files: list[FileResult] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for fr in self.files:
            for f in fr.findings:
                counts[f.severity] = counts.get(f.severity, 0) + 1
        return {"files": len(self.files), "findings": sum(counts.values()), **counts,
                "files_with_errors": sum(1 for fr in self.files if fr.error or fr.internal_errors or fr.input_errors)}

    def to_dict(self) -> dict[str, Any]:
        files = []
        for fr in self.files:
            entry: dict[str, Any] = {"path": fr.path, "language": fr.language, "type": fr.type, "error": fr.error,
                     "findings": [] if fr.error else [fr.finding_dict(f) for f in fr.findings]}
            if fr.error_line is not None:
                entry["error_line"] = fr.error_line
            if fr.internal_errors:
                entry["internal_errors"] = fr.internal_errors
            if fr.input_errors:
                entry["input_errors"] = fr.input_errors
            files.append(entry)
        return {"version": __version__, "files": files, "summary": self.summary()}

    def exit_code(self, fail_on: str) -> int:
        if any(fr.error or fr.internal_errors or fr.input_errors for fr in self.files):
            return 2
        threshold = SEVERITY_RANK[fail_on]
        if any(SEVERITY_RANK[f.severity] >= threshold for fr in self.files for f in fr.findings):
            return 1
        return 0
