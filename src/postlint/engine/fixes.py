"""Apply safe fixes: non-overlapping edits by offset, one pass; the bytes to write keep the encoding,
BOM and line endings (`core.files.write_atomic` writes them). `--diff` shows the same edits as a unified diff."""
from __future__ import annotations


from postlint.document.model import Document
from postlint.core.rule import Edit, Finding


def safe_edits(doc: Document, findings: list[Finding]) -> list[Edit]:
    """The safe edits of `findings`, first come first served when two overlap; never in front matter
    or non-prose text (code, URLs) unless the rule targeted front matter on purpose."""
    chosen: list[Edit] = []
    for f in findings:
        if not f.fixable or f.fix is None:
            continue
        edits = list(f.fix.edits)
        if any(_overlaps(e, c) for e in edits for c in chosen):
            continue
        if any(not _editable(doc, e) for e in edits):
            continue
        chosen.extend(edits)
    return sorted(chosen, key=lambda e: (e.span.start, e.span.end))


def _overlaps(a: Edit, b: Edit) -> bool:
    if a.span.start == a.span.end or b.span.start == b.span.end:
        return a.span.start == b.span.start
    return a.span.start < b.span.end and b.span.start < a.span.end


def _editable(doc: Document, e: Edit) -> bool:
    if doc.front_matter_span and e.span.start < doc.front_matter_span.end:
        return False
    if e.span.start == e.span.end:
        return True
    # the edited text must be prose (not masked code, URL or markup)
    return doc.prose[e.span.start:e.span.end].strip() != "" or doc.source[e.span.start:e.span.end].strip() == ""


def apply_edits(source: str, edits: list[Edit]) -> str:
    out = []
    pos = 0
    for e in edits:
        out.append(source[pos:e.span.start])
        out.append(e.replacement)
        pos = e.span.end
    out.append(source[pos:])
    return "".join(out)


def encode(doc: Document, text: str) -> bytes:
    if doc.newline == "\r\n":
        # replacements are written with "\n"; bring them to the file's line ending
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if doc.had_bom else data


def unified_diff(path: str, before: str, after: str) -> str:
    import difflib

    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))
