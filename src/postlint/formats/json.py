"""`--format json`: exactly the object of contract §4 (plus optional extension fields)."""
from __future__ import annotations

import json


def render(report, **_: object) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
