"""Every rule's examples behave as its documentation says: a "fail" (flagged) example gives a finding of that
rule, a "pass" (not flagged) example none.

Each example is checked through the public API (`postlint.engine.runner.check_text`) with only its rule selected,
in the context `postlint.dev.examples` describes (an example organisation's `.postlint.yaml`, a few images, a
fixed publication date) — the same context docs/rules/README.md documents.
"""
from __future__ import annotations

import pytest

from postlint.dev.docs import documented_rules
from postlint.dev.examples import example_findings

RULES = {r.id: r for r in documented_rules()}

# Examples that do not behave as documented yet: most are descriptions rather than drafts. They wait for
# the rule modules' owners (requests in /work/tmp/requests-F.md); remove a line once its example runs.
DESCRIPTION = "a description of a draft, not a draft"
FRONT_MATTER = "front matter described inline: the example is not a draft"
PENDING: dict[tuple[str, str], str] = {
}


def _examples():
    for rule_id, r in RULES.items():
        for kind in ("fail", "pass"):
            for i, text in enumerate(r.examples.get(kind, ())):
                reason = PENDING.get((rule_id, text))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                yield pytest.param(rule_id, kind, text, id=f"{rule_id}::{kind}{i}", marks=marks)


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


def test_pending_examples_still_exist():
    """A pending example that its rule no longer has is a stale line of PENDING."""
    current = {(rule_id, text) for rule_id, r in RULES.items() for kind in ("fail", "pass")
               for text in r.examples.get(kind, ())}
    stale = [key for key in PENDING if key not in current]
    assert not stale, f"remove these lines from PENDING (the examples changed): {stale}"
