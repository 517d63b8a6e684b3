"""`postlint explain RULE --lang fr|en`: French explanations for every rule, the locale as the default, and
English (with a note) for a rule that has no French text — never a crash."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from conftest import run_cli
from postlint.cli.explain import FR_FILE, french_texts, locale_lang

TEST_RULES = str(Path(__file__).parent / "data" / "rules")
GUIDES = ("INPUD", "ACT Alliance", "Grdr", "L'élaboration d'une politique en matière de médias sociaux", "UIP",
          "ONUSIDA", "ONU")


def current_rule_ids() -> list[str]:
    p = run_cli("rules", "--format", "json")
    assert p.returncode == 0, p.stderr
    return [r["id"] for r in json.loads(p.stdout)]


def test_the_french_file_is_valid_yaml_with_summary_and_explanation():
    data = yaml.safe_load(FR_FILE.read_text(encoding="utf-8"))
    for rule_id, entry in data["rules"].items():
        assert entry.get("summary") and entry.get("explain"), rule_id
        assert "\n" not in entry["summary"].strip(), rule_id


def test_every_current_rule_has_a_french_text_citing_its_guide():
    entries = french_texts()["rules"]
    ids = current_rule_ids()
    assert len(ids) > 40
    missing = [i for i in ids if i not in entries]
    assert missing == [], f"add French explanations to {FR_FILE.name} for: {missing}"
    for rule_id in ids:
        text = entries[rule_id]["explain"]
        assert "Ce qui est vérifié" in text and "Pourquoi" in text and "Correction" in text, rule_id
        assert any(g in text for g in GUIDES), f"{rule_id}: cite the guide by organisation and title"
        # never internal references in what users read
        assert not re.search(r"guide \d{3}|contract §|shared/|domain reference", text), rule_id
    stale = sorted(set(entries) - set(ids))
    assert stale == [], f"French texts for rules that no longer exist: {stale}"


def test_french_explanation():
    p = run_cli("explain", "hashtags.count", "--lang", "fr")
    assert p.returncode == 0, p.stderr
    assert "Plus de hashtags dans une publication" in p.stdout
    assert "Ce qui est vérifié" in p.stdout and "Grdr" in p.stdout
    assert "sévérité par défaut : warning" in p.stdout and "Correction :" in p.stdout
    assert "What it checks" not in p.stdout


def test_english_explanation_is_unchanged():
    p = run_cli("explain", "hashtags.count", "--lang", "en", env={"LANG": "fr_FR.UTF-8"})
    assert p.returncode == 0
    assert "What it checks" in p.stdout and "default severity: warning" in p.stdout


@pytest.mark.parametrize("env, lang", [
    ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LC_ALL": "fr_SN.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
    ({"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
    ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}, "en"),
    ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}, "en"),
])
def test_the_locale_is_the_default(env, lang):
    assert locale_lang(env) == lang
    p = run_cli("explain", "tone.emoji", env=env)
    assert p.returncode == 0
    assert ("Ce qui est vérifié" in p.stdout) == (lang == "fr")


def test_a_rule_without_french_text_falls_back_to_english(tmp_path):
    (tmp_path / ".postlint.yaml").write_text(f"rule_paths: [{TEST_RULES}]\n", encoding="utf-8")
    p = run_cli("explain", "tone.test-word", "--lang", "fr", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert "Pas encore d'explication en français" in p.stdout
    assert "A test word with one safe replacement" in p.stdout
    assert "Traceback" not in p.stderr


def test_a_category_lists_french_summaries():
    p = run_cli("explain", "structure", "--lang", "fr")
    assert p.returncode == 0
    assert "Un communiqué cite un porte-parole nommé" in p.stdout


def test_a_missing_or_broken_french_file_is_english_not_a_crash(monkeypatch, tmp_path):
    from postlint.cli import explain as E
    from postlint.engine.registry import load_registry

    rule = load_registry().get("tone.emoji")
    for content in (None, "rules: [unclosed\n"):
        target = tmp_path / "fr.yaml"
        if content is not None:
            target.write_text(content, encoding="utf-8")
        monkeypatch.setattr(E, "FR_FILE", target)
        E.french_texts.cache_clear()
        text = E.explain_text(rule, "fr")
        assert "More emoji in a post" in text and "Pas encore d'explication" in text
    E.french_texts.cache_clear()
