"""Apply safe fixes: non-overlapping edits by offset, one pass; the bytes to write keep the encoding,
BOM and every line's own ending (a file mixing LF and CRLF keeps both): only the flagged words change.
`write_fixed` writes them (never into a Word file, never over a file changed since it was read).
`--diff` shows the same edits as a unified diff."""
from __future__ import annotations

from postlint.core.errors import InputError
from postlint.core.files import FileChangedError, write_atomic
from postlint.core.rule import Edit, Finding
from postlint.document.model import Document


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
        chosen.extend(_line_endings(doc.source, e) for e in edits)
    return sorted(chosen, key=lambda e: (e.span.start, e.span.end))


def _line_endings(source: str, e: Edit) -> Edit:
    """A replacement that breaks a line uses the ending of the line it is on."""
    if "\n" not in e.replacement:
        return e
    nl = source.find("\n", e.span.start)
    ending = "\r\n" if (nl > 0 and source[nl - 1] == "\r") or (nl < 0 and "\r\n" in source) else "\n"
    text = e.replacement.replace("\r\n", "\n")
    return Edit(e.span, text.replace("\n", ending) if ending != "\n" else text)


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
    """The bytes of the fixed text: UTF-8, with the BOM if the file had one (line endings are the edits')."""
    data = text.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if doc.had_bom else data


def write_fixed(path: str, doc: Document, after: str, original: bytes) -> bytes:
    """Write the fixed text over `path` and return its bytes; InputError (naming the file, nothing
    written) for a Word file, a file changed since `original` was read from it, or a failed write."""
    if doc.fmt == "docx":
        raise InputError("fixes not applied: --fix does not edit Word files (make the suggested changes in "
                         "Word, or see them with --diff)", path)
    data = encode(doc, after)
    try:
        write_atomic(path, data, expect=original)
    except FileChangedError:
        raise InputError("fixes not applied: the file changed while it was checked (saved by an editor?); "
                         "run postlint again", path) from None
    except OSError as e:
        raise InputError(f"fixes not applied: cannot write the file ({e.strerror or e})", path) from None
    return data


def unified_diff(path: str, before: str, after: str) -> str:
    import difflib

    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))
