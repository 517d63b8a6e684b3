"""`--format json`: the documented report object — version, files (path, language, type, error, findings) and
summary — plus optional extension fields."""
from __future__ import annotations

import json


def render(report, **_: object) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
