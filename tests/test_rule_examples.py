"""Every rule's examples behave as its documentation says: a "fail" (flagged) example gives a finding of that
rule, a "pass" (not flagged) example none.

Each example is checked through the public API (`postlint.api.check_text`) with only its rule selected,
in the context `postlint.dev.examples` describes (an example organisation's `.postlint.yaml`, a few images, a
fixed publication date) — the same context docs/rules/README.md documents.
"""
from __future__ import annotations

import pytest

from postlint.dev.docs import documented_rules
from postlint.dev.examples import example_findings

RULES = {r.id: r for r in documented_rules()}

def _examples():
    for rule_id, r in RULES.items():
        for kind in ("fail", "pass"):
            for i, text in enumerate(r.examples.get(kind, ())):
                yield pytest.param(rule_id, kind, text, id=f"{rule_id}::{kind}{i}")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return tmp_path_factory.mktemp("examples")


@pytest.mark.parametrize("rule_id,kind,text", list(_examples()))
def test_example(rule_id, kind, text, base):
    found = example_findings(RULES[rule_id], text, base)
    if kind == "fail":
        assert found, f"{rule_id}: the flagged example {text!r} gives no finding of the rule"
    else:
        assert not found, f"{rule_id}: the example {text!r} is documented as not flagged, but gives: " + \
            "; ".join(f.message for f in found)


def test_every_rule_has_flagged_and_clean_examples():
    missing = [f"{rule_id} ({kind})" for rule_id, r in RULES.items() for kind in ("fail", "pass")
               if not r.examples.get(kind)]
    assert not missing, "rules without examples: " + ", ".join(missing)

