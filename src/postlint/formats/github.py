"""`--format github`: GitHub Actions workflow commands, one annotation per finding."""
from __future__ import annotations

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(report, **_: object) -> str:
    lines = []
    for fr in report.files:
        if fr.error:
            lines.append(f"::error file={_escape_prop(fr.path)}"
                         f"{',line=' + str(fr.error_line) if fr.error_line else ''}::{_escape_data(fr.error)}")
            continue
        for msg in fr.internal_errors:
            lines.append(f"::error file={_escape_prop(fr.path)}::{_escape_data(msg)}")
        for f in fr.findings:
            loc = fr.location(f)
            props = [f"file={_escape_prop(fr.path)}"]
            if loc["line"] is not None:
                props += [f"line={loc['line']}", f"col={loc['column']}", f"endLine={loc['end_line']}",
                          f"endColumn={loc['end_column']}"]
            props.append(f"title={_escape_prop('postlint ' + f.rule)}")
            text = f.message
            if f.suggestions:
                text += " → " + " | ".join(f.suggestions)
            lines.append(f"::{LEVEL[f.severity]} {','.join(props)}::{_escape_data(text)}")
    return "\n".join(lines) + ("\n" if lines else "")
