"""`--format text` (default): `path:line:col: severity [rule] message`, the source line with the span
marked, suggestions, and a summary. Colour only when writing to a terminal.

Messages and suggestions come from the rules in the draft's language; the words this format adds follow
it too. Kept as they are, whatever the language: the `severity [rule]` layout that editors' problem
matchers read, and the run's closing summary ("1 file(s) checked: …"), one line for all the drafts of a
run, which pre-commit logs and scripts read."""
from __future__ import annotations

import re
import unicodedata

WORDS = {
    "fr": {"suggestion": "suggestion", "suggestions": "suggestions", "fixable": "(corrigeable avec --fix)"},
    "en": {"suggestion": "suggestion", "suggestions": "suggestions", "fixable": "(fixable with --fix)"},
}
COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "bold": "\033[1m", "dim": "\033[2m",
           "reset": "\033[0m", "green": "\033[32m"}


def render(report, color: bool = False, quiet: bool = False, **_: object) -> str:
    c = _colours(color)
    out: list[str] = []
    for fr in report.files:
        out.extend(_file_lines(fr, c, quiet))
    out.extend(_summary_lines(report, c, quiet))
    return "\n".join(out) + "\n"


class Writer:
    """The text of `render`, written as each file is done (`add`), closed by `close(report)`: a folder's
    drafts need not all stay in memory until the end (only the closing summary needs the whole run)."""

    def __init__(self, out, color: bool = False, quiet: bool = False, **_: object):
        self.out, self.quiet, self.c = out, quiet, _colours(color)
        self.written = False

    def add(self, fr) -> None:
        lines = _file_lines(fr, self.c, self.quiet)
        if lines:
            self.out.write("\n".join(lines) + "\n")
            self.written = True

    def close(self, report) -> None:
        lines = _summary_lines(report, self.c, self.quiet)
        if lines or not self.written:
            self.out.write("\n".join(lines) + "\n")
        self.out.finish()


def _colours(color: bool) -> dict[str, str]:
    return COLOURS if color else {k: "" for k in COLOURS}


def _file_lines(fr, c: dict[str, str], quiet: bool) -> list[str]:
    out: list[str] = []
    if fr.error:
        out.append(f"{c['error']}{fr.error}{c['reset']}" if fr.error.startswith(fr.path)
                   else f"{c['error']}{fr.path}: {fr.error}{c['reset']}")
        return out
    for msg in fr.internal_errors:
        out.append(f"{c['error']}{fr.path}: {msg}{c['reset']}")
    for f in fr.findings:
        loc = fr.location(f)
        where = f"{fr.path}:{loc['line']}:{loc['column']}" if loc["line"] is not None else f"{fr.path}"
        out.append(f"{c['bold']}{where}{c['reset']}: {c[f.severity]}{f.severity}{c['reset']} "
                   f"[{f.rule}] {f.message}")
        if quiet:
            continue
        if f.span is not None and fr.doc is not None:
            line_no, col = fr.doc.position(f.span.start)
            line = fr.doc.line_index.line_text(line_no)
            end_line, end_col = fr.doc.position(f.span.end)
            width = (end_col - col) if end_line == line_no else max(1, len(line) - col + 1)
            shown, pad, marks = excerpt(line, col - 1, col - 1 + max(1, width))
            # a Word draft: its paragraph number, as in the finding's location
            label = loc["line"] if fr.doc.paragraph_numbers else line_no
            out.append(f"  {c['dim']}{label:>4} |{c['reset']} {shown}")
            out.append(f"       {c['dim']}|{c['reset']} {pad}{c[f.severity]}{marks}{c['reset']}")
        if f.suggestions:
            words = WORDS["fr" if fr.language == "fr" else "en"]
            label = words["suggestion"] if len(f.suggestions) == 1 else words["suggestions"]
            fix = f" {c['green']}{words['fixable']}{c['reset']}" if f.fixable else ""
            out.append(f"       = {label}: {' | '.join(f.suggestions)}{fix}")
    return out


def _summary_lines(report, c: dict[str, str], quiet: bool) -> list[str]:
    s = report.summary()
    if not (s["findings"] or s["files_with_errors"] or not quiet):
        return []
    parts = [f"{s['error']} error(s)", f"{s['warning']} warning(s)", f"{s['info']} info"]
    fixed = sum(fr.fixed for fr in report.files)
    tail = f"; {fixed} fix(es) applied" if fixed else ""
    errs = f"; {s['files_with_errors']} file(s) could not be checked" if s["files_with_errors"] else ""
    return [f"{c['bold']}{s['files']} file(s) checked: {', '.join(parts)}{errs}{tail}{c['reset']}"]


# a marked span longer than this (in terminal columns) shows its start and end around " … "
MAX_MARK = 60
# columns of the line shown on each side of a short span (a Markdown paragraph is often one long line)
MAX_CONTEXT = 100
_NOT_TAB = re.compile(r"[^\t]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_NOT_TAB = re.compile(r"[\x00-\x08\x0a-\x7f]")
_END = 24  # columns kept at each end of a long span, and of context on each side of it


def width(text: str) -> int:
    """Terminal columns: combining marks and format characters take none, wide (CJK, most emoji) two."""
    if text.isascii():  # the common case, at C speed
        return len(text)
    return len(text) + sum(-1 if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf")
                           else 1 if unicodedata.east_asian_width(ch) in ("W", "F") else 0
                           for ch in _NON_ASCII.findall(text))


def _pad(text: str) -> str:
    """Blank space as wide as `text`; its tabs kept, so the marker stays under the span."""
    if text.isascii():
        return _NOT_TAB.sub(" ", text)
    # ASCII at C speed; each other character as wide as it shows
    return _NON_ASCII.sub(lambda m: " " * width(m.group()), _ASCII_NOT_TAB.sub(" ", text))


def excerpt(line: str, start: int, end: int) -> tuple[str, str, str]:
    """(line as shown, blank before the marker, marker) for the span [start, end) of `line`. A span wider
    than MAX_MARK columns shows its first and last characters around " … "; the line around a span is cut
    to MAX_CONTEXT columns on each side with "…" (a paragraph on one very long line, a 5 MB line)."""
    end = min(max(end, start + 1), max(len(line), start + 1))
    # cut by characters first: widths are then measured on a few hundred characters, whatever the line
    before, span, after = line[max(0, start - 4 * MAX_CONTEXT):start], line[start:end], line[end:end + 4 * MAX_CONTEXT]
    cut_before, cut_after = start > 4 * MAX_CONTEXT, end + 4 * MAX_CONTEXT < len(line)
    if len(span) > 4 * MAX_MARK:
        span = span[:2 * MAX_MARK] + span[-2 * MAX_MARK:]  # both ends are all that is shown
    long_span = width(span) > MAX_MARK
    keep = _END if long_span else MAX_CONTEXT
    if cut_before or width(before) > keep:
        before = "…" + _cut(before, keep, left=False)
    if cut_after or width(after) > keep:
        after = _cut(after, keep, left=True) + "…"
    if not long_span:
        return before + span + after, _pad(before), "^" * max(1, width(span))
    head, tail = _cut(span, _END, left=True), _cut(span, _END, left=False)
    marks = "^" * max(1, width(head)) + " … " + "^" * max(1, width(tail))
    return before + head + " … " + tail + after, _pad(before), marks


def _cut(text: str, cols: int, *, left: bool) -> str:
    """The first (`left`) or last characters of `text` filling at most `cols` columns, combining marks kept
    with their letter."""
    if text.isascii():  # one column per character
        return text[:cols] if left else text[max(0, len(text) - cols):]
    guess = text[:cols] if left else text[max(0, len(text) - cols):]
    nxt = text[cols:cols + 1] if left else guess[:1]  # a zero-width mark there would belong with the cut
    if width(guess) == cols and (not nxt or width(nxt) > 0):
        return guess  # one column per character here too (no wide or combining character to weigh)
    chars = list(text if left else reversed(text))
    out: list[str] = []
    used = 0
    for ch in chars:
        w = width(ch)
        if used + w > cols and w:
            break
        out.append(ch)
        used += w
    kept = "".join(out if left else reversed(out))
    if not left:  # do not start on a combining mark cut from its letter
        while kept and width(kept[0]) == 0:
            kept = kept[1:]
    return kept
