"""`--format text` (default): `path:line:col: severity [rule] message`, the source line with the span
marked, suggestions, and a summary. Colour only when writing to a terminal.

Messages and suggestions come from the rules in the draft's language; the words this format adds follow
it too. Kept as they are, whatever the language: the `severity [rule]` layout that editors' problem
matchers read, and the run's closing summary ("1 file(s) checked: …"), one line for all the drafts of a
run, which pre-commit logs and scripts read."""
from __future__ import annotations

WORDS = {
    "fr": {"suggestion": "suggestion", "suggestions": "suggestions", "fixable": "(corrigeable avec --fix)"},
    "en": {"suggestion": "suggestion", "suggestions": "suggestions", "fixable": "(fixable with --fix)"},
}
COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "bold": "\033[1m", "dim": "\033[2m",
           "reset": "\033[0m", "green": "\033[32m"}


def render(report, color: bool = False, quiet: bool = False, **_: object) -> str:
    c = COLOURS if color else {k: "" for k in COLOURS}
    out: list[str] = []
    for fr in report.files:
        if fr.error:
            out.append(f"{c['error']}{fr.error}{c['reset']}" if fr.error.startswith(fr.path)
                       else f"{c['error']}{fr.path}: {fr.error}{c['reset']}")
            continue
        for msg in fr.internal_errors:
            out.append(f"{c['error']}{fr.path}: {msg}{c['reset']}")
        for f in fr.findings:
            loc = fr.location(f)
            where = f"{fr.path}:{loc['line']}:{loc['column']}" if loc["line"] is not None else f"{fr.path}"
            out.append(f"{c['bold']}{where}{c['reset']}: {c[f.severity]}{f.severity}{c['reset']} "
                       f"[{f.rule}] {f.message}")
            if quiet:
                continue
            if f.span is not None and fr.doc is not None and fr.doc.paragraph_numbers is None:
                line_no, col = fr.doc.position(f.span.start)
                line = fr.doc.line_index.line_text(line_no)
                end_line, end_col = fr.doc.position(f.span.end)
                width = (end_col - col) if end_line == line_no else max(1, len(line) - col + 1)
                out.append(f"  {c['dim']}{line_no:>4} |{c['reset']} {line}")
                out.append(f"       {c['dim']}|{c['reset']} {' ' * (col - 1)}{c[f.severity]}{'^' * max(1, width)}"
                           f"{c['reset']}")
            if f.suggestions:
                words = WORDS["fr" if fr.language == "fr" else "en"]
                label = words["suggestion"] if len(f.suggestions) == 1 else words["suggestions"]
                fix = f" {c['green']}{words['fixable']}{c['reset']}" if f.fixable else ""
                out.append(f"       = {label}: {' | '.join(f.suggestions)}{fix}")
    s = report.summary()
    if s["findings"] or s["files_with_errors"] or not quiet:
        parts = [f"{s['error']} error(s)", f"{s['warning']} warning(s)", f"{s['info']} info"]
        fixed = sum(fr.fixed for fr in report.files)
        tail = f"; {fixed} fix(es) applied" if fixed else ""
        errs = f"; {s['files_with_errors']} file(s) could not be checked" if s["files_with_errors"] else ""
        out.append(f"{c['bold']}{s['files']} file(s) checked: {', '.join(parts)}{errs}{tail}{c['reset']}")
    return "\n".join(out) + "\n"
