"""The documentation generated from the rules (`postlint docs`) is up to date, complete, and readable Markdown.

docs/rules/<id>.md, docs/rules/README.md and the README's rule table come from the registry
(postlint.dev.docs): a rule changed without running `postlint docs` fails `test_generated_docs_are_up_to_date`.
"""
from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, run_cli
from postlint.cli.docs import docs as docs_command
from postlint.dev import docs


def test_generated_docs_are_up_to_date():
    stale = docs.stale(ROOT)
    assert not stale, "out of date — run `postlint docs` and commit the result: " + ", ".join(stale)


@pytest.fixture(scope="module")
def generated():
    return docs.generate(ROOT)


def test_every_rule_has_a_page_with_its_data(generated):
    for r in docs.documented_rules():
        page = generated[ROOT / "docs" / "rules" / f"{r.id}.md"]
        assert page.startswith(docs.GENERATED) and f"# `{r.id}`" in page, r.id
        assert f"| default severity | {r.severity} |" in page and f"| category | `{r.category}` |" in page
        assert r.explain.strip(), f"{r.id}: no documentation (its module's docstring)"
        first = inspect.cleandoc(r.explain).splitlines()[0]
        assert docs.inline(docs.LABEL.sub("", first))[:30] in page, (r.id, first)
        for name in r.options:
            assert f"| `{name}` |" in page, (r.id, name)
        for kind, label in (("fail", "Flagged:"), ("pass", "Not flagged:")):
            for example in r.examples.get(kind, ()):
                fenced = "\n".join(docs.fence(example, "markdown"))
                assert f"{label}\n\n{fenced}" in page, (r.id, example)


def test_readme_table_and_index_list_every_rule_once(generated):
    readme = generated[ROOT / "README.md"]
    table = readme.split(docs.TABLE_START, 1)[1].split(docs.TABLE_END, 1)[0]
    index = generated[ROOT / "docs" / "rules" / "README.md"]
    for r in docs.documented_rules():
        assert table.count(f"| [{r.id}](docs/rules/{r.id}.md) | {r.severity} |") == 1, r.id
        assert index.count(f"| [{r.id}]({r.id}.md) |") == 1, r.id
    assert _outside_table(readme) == _outside_table((ROOT / "README.md").read_text(encoding="utf-8")), \
        "only the text between the markers is generated"


def _outside_table(text: str) -> str:
    before, rest = text.split(docs.TABLE_START, 1)
    return before + rest.split(docs.TABLE_END, 1)[1]


def test_documentation_text_becomes_markdown():
    text = '''First line.

    What it checks: a <img> tag, `<video>` in code,
    # not a heading
    and a snippet:
      rules:
        tone.jargon: {terms: [a]}
    Why: because.
    Fix safety: none.'''
    md = "\n".join(docs.explain_markdown(text))
    assert "**What it checks:** a &lt;img> tag, `<video>` in code," in md
    assert "\n\\# not a heading\n" in md
    assert "```text\nrules:\n  tone.jargon: {terms: [a]}\n```" in md
    assert "\n\n**Why:** because.\n\n**Fix safety:** none." in md


def test_fences_are_longer_than_the_backticks_inside():
    assert docs.fence("use ```code``` here", "markdown") == ["````markdown", "use ```code``` here", "````"]


def _checkout(tmp_path: Path) -> Path:
    root = tmp_path / "checkout"
    root.mkdir()
    (root / "README.md").write_text(f"# x\n\n{docs.TABLE_START}\nold table\n{docs.TABLE_END}\n\nEnd.\n",
                                    encoding="utf-8")
    return root


def test_docs_command_writes_then_checks(tmp_path):
    root = _checkout(tmp_path)
    runner = CliRunner()
    before = runner.invoke(docs_command, ["--check", "--root", str(root)])
    assert before.exit_code == 1 and "out of date: README.md" in before.output
    assert "out of date: docs/rules/stigma.hiv.md" in before.output
    written = runner.invoke(docs_command, ["--root", str(root)])
    assert written.exit_code == 0, written.output
    assert (root / "docs" / "rules" / "hashtags.count.md").is_file()
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "old table" not in readme and readme.endswith(f"{docs.TABLE_END}\n\nEnd.\n")
    assert re.search(r"\| \[hashtags\.count\]\(docs/rules/hashtags\.count\.md\) \| warning \|", readme)
    after = runner.invoke(docs_command, ["--check", "--root", str(root)])
    assert after.exit_code == 0 and "up to date" in after.output
    # a page of a rule that no longer exists is stale, and removed
    (root / "docs" / "rules" / "tone.old-rule.md").write_text("gone\n", encoding="utf-8")
    assert docs.stale(root) == ["docs/rules/tone.old-rule.md"]
    assert docs.write(root) == ["docs/rules/tone.old-rule.md"]
    assert not (root / "docs" / "rules" / "tone.old-rule.md").exists()


def test_docs_command_without_markers_is_a_usage_error(tmp_path):
    root = tmp_path / "checkout"
    root.mkdir()
    (root / "README.md").write_text("# x\n", encoding="utf-8")
    result = CliRunner().invoke(docs_command, ["--check", "--root", str(root)])
    assert result.exit_code == 2 and "markers" in result.output


def test_postlint_docs_is_a_command():
    p = run_cli("docs", "--help")
    assert p.returncode == 0 and "--check" in p.stdout, p.stderr


def test_ci_runs_the_readme_test_command():
    """.ci/run calls exactly the README's second set-up command (install with the test tools, run the tests)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(readme) if line.startswith("# 2. install with the test tools"))
    command = readme[at + 1].strip()
    assert command.endswith("python3 -m pytest"), command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in [line.strip() for line in ci]
