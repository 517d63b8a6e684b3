"""`--format markdown`: a compact summary for a pull-request comment (GitHub-flavoured Markdown).

One headline with the counts, then one table per draft (folded in `<details>` when there are many
drafts), each row a finding: severity, line (or ¶ for Word drafts), rule, message, suggestions. Long runs
are cut at `max_rows` findings so the comment stays under GitHub's size limit.
"""
from __future__ import annotations

from postlint.core.vocab import SEVERITIES, SEVERITY_RANK

ICON = {"error": "🔴", "warning": "🟠", "info": "🔵"}
MAX_ROWS = 200
FOLD_AFTER = 3  # with more drafts than this, each table is folded


def _cell(text: str, limit: int = 300) -> str:
    """Table-cell safe: one line, pipes and HTML escaped, Markdown markers neutralised, length capped."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]|#@~":
        text = text.replace(ch, "\\" + ch)
    return text


def _code(text: str) -> str:
    text = " ".join(str(text).split()).replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def render(report, max_rows: int = MAX_ROWS, **_: object) -> str:
    s = report.summary()
    unreadable = [fr for fr in report.files if fr.error]
    out = []
    if s["findings"] == 0 and not unreadable and s["files_with_errors"] == 0:
        out.append(f"### ✅ postlint: no findings in {_plural(s['files'], 'draft')}")
        return "\n".join(out) + "\n"
    parts = [f"{ICON['error']} {_plural(s['error'], 'error')}", f"{ICON['warning']} {_plural(s['warning'], 'warning')}",
             f"{ICON['info']} {s['info']} info"]
    out.append(f"### postlint: {' · '.join(parts)} in {_plural(s['files'], 'draft')}")
    if unreadable:
        out.append("")
        out.append(f"**{_plural(len(unreadable), 'draft')} could not be read:**")
        for fr in unreadable:
            error = fr.error[len(fr.path):].lstrip(": ") if fr.error.startswith(fr.path) else fr.error
            out.append(f"- {_code(fr.path)}: {_cell(error)}")
    internal = [(fr, m) for fr in report.files for m in fr.internal_errors]
    if internal:
        out.append("")
        out.append("**Internal errors (please report them):**")
        for fr, msg in internal:
            out.append(f"- {_code(fr.path)}: {_cell(msg)}")
    with_findings = [fr for fr in report.files if fr.findings and not fr.error]
    fold = len(with_findings) > FOLD_AFTER
    shown = 0
    for fr in with_findings:
        out.append("")
        counts = ", ".join(_plural(n, sev) if sev != "info" else f"{n} info" for sev in SEVERITIES
                           if (n := sum(1 for f in fr.findings if f.severity == sev)))
        title = f"{_code(fr.path)} ({fr.language or '?'}, {fr.type or '?'}): {counts}"
        if fold:
            out.append(f"<details><summary>{_cell(fr.path)}: {counts}</summary>")
            out.append("")
        else:
            out.append(f"#### {title}")
            out.append("")
        paragraphs = fr.doc is not None and fr.doc.paragraph_numbers is not None
        out.append(f"| | {'¶' if paragraphs else 'Line'} | Rule | Message | Suggestions |")
        out.append("|---|---|---|---|---|")
        findings = sorted(fr.findings, key=lambda f: (-SEVERITY_RANK.get(f.severity, 0),
                                                      f.span.start if f.span else -1))
        for f in findings:
            if shown >= max_rows:
                break
            loc = fr.location(f)
            where = "—" if loc["line"] is None else (str(loc["line"]) if paragraphs
                                                     else f"{loc['line']}:{loc['column']}")
            sugg = " · ".join(_cell(x, 120) for x in f.suggestions[:3]) or ""
            out.append(f"| {ICON.get(f.severity, '')} {f.severity} | {where} | {_code(f.rule)} | "
                       f"{_cell(f.message)} | {sugg} |")
            shown += 1
        if fold:
            out.append("")
            out.append("</details>")
        if shown >= max_rows:
            break
    remaining = s["findings"] - shown
    if remaining > 0:
        out.append("")
        out.append(f"…and {_plural(remaining, 'more finding')}. Run `postlint check` locally, or open the "
                   f"HTML report (`--format html`), for the full list.")
    return "\n".join(out) + "\n"
