"""Wordlists: strict loading, every entry's own examples, organisation lists, the YAML-rule API."""
from __future__ import annotations

import textwrap
from collections import defaultdict

import pytest

from postlint.core.errors import RuleDefinitionError
from postlint.lexicon.wordlists import DOMAINS, bundled_lists, load_file


def _entries():
    for lang in ("fr", "en"):
        for wl in bundled_lists(lang):
            for e in wl.entries:
                yield pytest.param(e, id=f"{lang}/{wl.domain}/{e.id}")


def _hits(text: str, lang: str, settings=None):
    from postlint.rules.stigma._scan import scan
    from postlint.engine.config import Settings
    from postlint.document.parse import parse_bytes

    doc = parse_bytes(text.encode("utf-8"), "example.md", base_dir=".")
    doc.lang = lang
    return scan(doc, settings or Settings())


def test_sizes():
    fr = [e for wl in bundled_lists("fr") for e in wl.entries]
    en = [e for wl in bundled_lists("en") for e in wl.entries]
    assert len(fr) + len(en) >= 200
    assert len(fr) >= 90
    assert {wl.domain for wl in bundled_lists("fr")} == set(DOMAINS)
    assert {wl.domain for wl in bundled_lists("en")} == set(DOMAINS)


@pytest.mark.parametrize("entry", list(_entries()))
def test_entry_examples(entry):
    """Each sentence in `flag` is flagged by this entry; each sentence in `pass` is not."""
    assert entry.examples.get("flag") and entry.examples.get("pass"), "every entry needs both kinds of example"
    for sentence in entry.examples["flag"]:
        ids = [h.entry.id for h in _hits(sentence, entry.lang)]
        assert entry.id in ids, f"not flagged: {sentence!r} (got {ids})"
    for sentence in entry.examples["pass"]:
        hits = [h.surface for h in _hits(sentence, entry.lang) if h.entry.id == entry.id]
        assert not hits, f"flagged by mistake: {sentence!r} ({hits})"


@pytest.mark.parametrize("entry", list(_entries()))
def test_entry_fields(entry):
    assert entry.prefer and entry.note and entry.source
    assert entry.severity in ("error", "warning", "info")
    if entry.fix == "safe":
        assert len(entry.prefer) == 1


def test_unconditional_forms_are_not_listed_twice():
    """Two entries without context claiming the same form would make the result depend on file order."""
    from postlint.lexicon.forms import surface_forms

    for lang in ("fr", "en"):
        owners = defaultdict(set)
        for wl in bundled_lists(lang):
            for e in wl.entries:
                if not e.context:
                    for form, _ in surface_forms(e):
                        owners[form.lower()].add(e.id)
        clashes = {f: ids for f, ids in owners.items() if len(ids) > 1}
        assert not clashes, clashes


# ----------------------------------------------------------------------------------------- validation
def _write(tmp_path, text: str, name: str = "our-terms.yaml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


GOOD = """\
    lang: fr
    domain: drug-use
    entries:
      - id: shooteur
        avoid: [shooteur·euse]
        prefer: [personne qui s'injecte des drogues]
        reason: Surnom qui réduit la personne à un geste.
        severity: warning
    """


def test_organisation_list_loads_without_examples(tmp_path):
    wl = load_file(_write(tmp_path, GOOD))
    [e] = wl.entries
    assert (e.id, e.lang, e.domain, e.severity) == ("shooteur", "fr", "drug-use", "warning")


@pytest.mark.parametrize("bad,message,line", [
    ("    colour: red\n", "unknown key 'colour'", 9),
    ("    severity: fatal\n", "severity: expected error, warning or info", 9),
    ("    fix: maybe\n", "fix: expected safe, unsafe or none", 9),
    ("    requires: [{near: [x]}]\n", "unknown key 'near'", 9),
    ("    window: 40\n", "window: a number of words from 1 to 12", 9),
    ("    examples: {fail: [x]}\n", "unknown key 'fail'", 9),
])
def test_bad_entry_is_an_error_naming_file_and_line(tmp_path, bad, message, line):
    p = _write(tmp_path, textwrap.dedent(GOOD) + bad)
    with pytest.raises(RuleDefinitionError) as e:
        load_file(p)
    assert message in str(e.value)
    assert e.value.path == str(p) and e.value.line == line


def test_missing_fields_and_bad_file_keys(tmp_path):
    with pytest.raises(RuleDefinitionError, match="`reason` is required"):
        load_file(_write(tmp_path, "lang: fr\ndomain: hiv\nentries:\n  - {id: x, avoid: [y]}\n", "a.yaml"))
    with pytest.raises(RuleDefinitionError, match="domain: unknown domain 'tone'"):
        load_file(_write(tmp_path, "lang: fr\ndomain: tone\nentries: []\n", "b.yaml"))
    with pytest.raises(RuleDefinitionError, match="lang: fr or en is required"):
        load_file(_write(tmp_path, "domain: hiv\nentries:\n  - {id: x, avoid: [y], reason: z}\n", "c.yaml"))
    with pytest.raises(RuleDefinitionError, match="duplicate entry id 'x'"):
        load_file(_write(tmp_path, "lang: en\ndomain: hiv\nentries:\n  - {id: x, avoid: [y], reason: z}\n"
                                   "  - {id: x, avoid: [w], reason: z}\n", "d.yaml"))
    with pytest.raises(RuleDefinitionError, match="fix: safe needs exactly one alternative"):
        load_file(_write(tmp_path, "lang: en\ndomain: hiv\nentries:\n  - {id: x, avoid: [y], reason: z, "
                                   "prefer: [a, b], fix: safe}\n", "e.yaml"))
    with pytest.raises(RuleDefinitionError) as e:
        load_file(_write(tmp_path, "lang: en\nentries: [\n", "f.yaml"))
    assert "invalid YAML" in str(e.value) and e.value.line


def test_bundled_entries_need_examples(tmp_path):
    folder = tmp_path / "fr" / "stigma"
    folder.mkdir(parents=True)
    p = folder / "hiv.yaml"
    p.write_text("entries:\n  - {id: x, avoid: [y], reason: z, prefer: [w], source: s}\n", encoding="utf-8")
    with pytest.raises(RuleDefinitionError, match="examples: at least one sentence"):
        load_file(p, bundled=True)


# ----------------------------------------------------------------------------------------- organisation lists
def test_config_wordlist_adds_entries(lint, tmp_path):
    words = _write(tmp_path, GOOD)
    config = {"wordlists": [str(words)]}
    result = lint("Les shooteuses du quartier.", lang="fr", config=config)
    found = [result.finding_dict(f) for f in result.findings if f.category == "stigma"]
    assert [(d["rule"], d["text"], d["suggestions"]) for d in found] == [
        ("stigma.drug-use", "shooteuses", ["personne qui s'injecte des drogues"])]


def test_config_wordlist_overrides_a_bundled_entry_by_id(lint, tmp_path):
    words = tmp_path / "ours.yaml"
    words.write_text(textwrap.dedent("""\
        lang: fr
        domain: drug-use
        entries:
          - id: usager-de-drogues
            avoid: [usager·ère de drogues]
            prefer: [personne qui utilise des drogues]
            reason: Notre réseau préfère la formulation centrée sur la personne.
            severity: warning
        """), encoding="utf-8")
    result = lint("Chaque usager de drogues est le bienvenu.", lang="fr", config={"wordlists": [str(words)]})
    [f] = [f for f in result.findings if f.category == "stigma"]
    assert f.severity == "warning" and "Notre réseau" in f.message


def test_invalid_config_wordlist_is_reported_with_file_and_line(tmp_path):
    from postlint.engine.runner import RunOptions, check_path

    folder = tmp_path / "org"
    folder.mkdir()
    (folder / "terms.yaml").write_text("lang: fr\ndomain: hiv\nentries:\n  - id: x\n    avoid: [y]\n"
                                       "    reason: z\n    sevrity: info\n", encoding="utf-8")
    (folder / ".postlint.yaml").write_text("wordlists: [terms.yaml]\n", encoding="utf-8")
    (folder / "post.md").write_text("Bonjour.\n", encoding="utf-8")
    result, _ = check_path(str(folder / "post.md"), RunOptions(use_cache=False))
    assert result.error and "terms.yaml:7" in result.error and "unknown key 'sevrity'" in result.error


# ----------------------------------------------------------------------------------------- YAML-rule API
def test_load_wordlist_for_yaml_rules(tmp_path):
    from postlint.lexicon.wordlists import load_wordlist

    fr = load_wordlist("stigma/drug-use", "fr")
    assert any(e.id == "toxicomane" for e in fr)
    with pytest.raises(RuleDefinitionError):
        load_wordlist("stigma/nothing-here", "fr")


def test_yaml_terms_rule_can_use_a_bundled_wordlist(tmp_path):
    from postlint.document.parse import parse_bytes
    from postlint.core.rule import Context
    from postlint.rules.yaml import load_file as load_rules

    p = tmp_path / "custom.yaml"
    p.write_text(textwrap.dedent("""\
        category: tone
        rules:
          - id: tone.drug-words
            kind: terms
            summary: Drug words from the stigma list
            wordlist: stigma/drug-use
            message: {fr: "« {match} » : {suggestions}", en: "'{match}': {suggestions}"}
        """), encoding="utf-8")
    [rule] = load_rules(p, origin="config")
    doc = parse_bytes(b"Les toxicomanes et la droguerie.", "d.md", base_dir=".")
    doc.lang = "fr"
    ctx = Context(rule=rule, doc=doc, severity="warning", options={}, settings=None, today=None)
    found = list(rule.check(doc, ctx))
    assert [doc.text_of(f.span) for f in found] == ["toxicomanes"]
