"""Every rule has its case file, `tests/rules/cases/<id>.yaml`, and every case file tests a rule that exists."""
from __future__ import annotations

from pathlib import Path

import yaml

from postlint.dev.docs import documented_rules

CASES = Path(__file__).parent / "cases"


def test_every_rule_has_a_case_file():
    missing = [r.id for r in documented_rules() if not (CASES / f"{r.id}.yaml").is_file()]
    assert not missing, ("rules without tests/rules/cases/<id>.yaml (`python -m postlint.dev new-rule` writes one): "
                         + ", ".join(missing))


def test_every_case_file_names_its_rule_and_has_cases():
    ids = {r.id for r in documented_rules()}
    for f in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        assert data.get("rule") == f.stem, f"{f.name}: `rule:` should be {f.stem!r}"
        assert f.stem in ids, f"{f.name}: no rule {f.stem!r}"
        cases = data.get("cases") or {}
        assert any(c.get("expect") for c in cases.values()), f"{f.name}: no case where the rule reports something"
        assert any(not c.get("expect") for c in cases.values()), f"{f.name}: no case where it reports nothing"
