"""`python -m postlint.dev new-rule CATEGORY NAME`: the two files of a new rule, ready to fill in.

- `src/postlint/rules/<category_pkg>/<name_mod>.py` — the rule module: its docstring is the rule's
  documentation (What it checks / Why / Examples / Fix safety), `@rule(...)` its data and examples,
  `RULES = [...]` what the registry collects (it finds the module by walking `postlint.rules`);
- `tests/rules/cases/<category>.<name>.yaml` — its cases (format: tests/rules/test_rule_cases.py).

The scaffold is a working rule (it reports the placeholder words "lorem ipsum") whose cases and examples pass,
so the test suite is green from the first minute; every `TODO` says what to replace.
"""
from __future__ import annotations

import keyword
import re
from pathlib import Path
from string import Template

from postlint.core.vocab import CATEGORIES

NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


class NewRuleError(Exception):
    """A category or name that cannot make a rule, or a rule that already exists."""


def rule_files(root: Path, category: str, name: str) -> tuple[Path, Path]:
    """(rule module, case file) of the rule `category.name` in the checkout at `root`."""
    module = root / "src" / "postlint" / "rules" / category.replace("-", "_") / f"{name.replace('-', '_')}.py"
    return module, root / "tests" / "rules" / "cases" / f"{category}.{name}.yaml"


def _known_ids() -> set[str]:
    """Ids of the rules that exist now (none if the rules cannot be loaded: the files are checked anyway)."""
    from postlint.core.errors import PostlintError
    from postlint.engine.registry import builtin_rules, bundled_yaml_rules

    try:
        rules = builtin_rules() + bundled_yaml_rules()
    except PostlintError:
        return set()
    return {r.id for r in rules} | {a for r in rules for a in r.aliases}


def scaffold(root: Path, category: str, name: str) -> list[Path]:
    """Write the rule module and the case file of `category.name` under `root`; never overwrites."""
    root = Path(root)
    if category not in CATEGORIES:
        raise NewRuleError(f"unknown category {category!r} (one of: {', '.join(CATEGORIES)})")
    if category + "." in name:
        name = name.split(".", 1)[1]  # `new-rule tone tone.my-rule` means `tone.my-rule`
    name = name.replace("_", "-")
    if not NAME.fullmatch(name):
        raise NewRuleError(f"bad rule name {name!r}: kebab-case, lower-case letters and digits "
                           "(e.g. `no-click-here`)")
    rule_id = f"{category}.{name}"
    module, cases = rule_files(root, category, name)
    for path in (module, cases):
        if path.exists():
            raise NewRuleError(f"{path.relative_to(root).as_posix()} already exists: not overwritten")
    if rule_id in _known_ids():
        raise NewRuleError(f"a rule {rule_id!r} already exists (`postlint explain {rule_id}`)")
    func = name.replace("-", "_")
    if keyword.iskeyword(func):
        func += "_rule"
    values = {"rule_id": rule_id, "func": func, "category": category}
    package = module.parent
    written = []
    if not package.is_dir():
        package.mkdir(parents=True)
        init = package / "__init__.py"
        init.write_text("", encoding="utf-8")
        written.append(init)
    cases.parent.mkdir(parents=True, exist_ok=True)
    module.write_text(Template(MODULE).substitute(values), encoding="utf-8")
    cases.write_text(Template(CASES).substitute(values), encoding="utf-8")
    return [*written, module, cases]


MODULE = '''\
"""TODO: one paragraph saying what $rule_id reports, as `postlint explain $rule_id` shows it.

What it checks: TODO — what the rule reports and where (text, headings, alt text, front matter), and what
it deliberately leaves alone. For now: the placeholder words "lorem ipsum", whatever their case.
Why: TODO — the guideline it comes from, cited by organisation and title as in `source=` below, and the
harm the rule prevents.
Examples: see `examples=` below; `postlint docs` puts them on the rule's page and
tests/test_rule_examples.py checks them (flagged: a finding of this rule; not flagged: none).
Fix safety: none. TODO: if the rule offers fixes, say which are safe (`--fix` applies those) and why.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.core.rule import Context, Finding, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.text.patterns import LazyRegex

# TODO: what the rule looks for. A pattern is compiled on first use; a big one also declares a keyword gate
# beside it (postlint.text.gates.declare, see CONTRIBUTING.md).
TERMS = LazyRegex(r"\\blorem\\s+ipsum\\b", re.IGNORECASE)


@rule("$rule_id", severity="warning",
      summary="TODO: what the rule reports, in one line (for `postlint rules`)",
      source="TODO: Organisation, « Title of the guide »: « the sentence this rule applies »",
      examples={"fail": ("Lorem ipsum dolor sit amet.",),
                "pass": ("Un texte sans le motif.",)})
def $func(doc: Document, ctx: Context) -> Iterator[Finding]:
    for m in TERMS.finditer(doc.prose):  # `prose`: the source with code, URLs and markup masked
        yield ctx.finding(Span(m.start(), m.end()),
                          ctx.msg(fr="« {t} » : TODO, le message en français.",
                                  en="'{t}': TODO, the message in English.", t=m.group()))


RULES = [$func]
'''

CASES = '''\
# Cases of $rule_id (format: tests/rules/test_rule_cases.py). Each draft is checked with every rule, alone in
# a folder; `expect` lists the findings of $rule_id in order, comparing the keys given.
rule: $rule_id
cases:
  flagged:
    options: {lang: fr}
    draft: |
      Lorem ipsum dolor sit amet.
    expect:
      - {line: 1, column: 1, text: Lorem ipsum, severity: warning, message_contains: "le message en français"}
  flagged_in_english:
    options: {lang: en}
    draft: |
      Our report, lorem ipsum, is out.
    expect:
      - {line: 1, text: lorem ipsum, message_contains: "the message in English"}
  not_flagged:
    draft: |
      Un texte sans le motif.
    expect: []
'''
