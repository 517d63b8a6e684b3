"""Terminology from the published guides: generated forms (adjectives used as nouns, a term after a quantity,
singulars of plural phrases), constructions with agreement, the sentence-per-term set (bench/terminology)."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from postlint.api import check_text
from postlint.lexicon.forms import singularize
from postlint.lexicon.wordlists import bundled_lists, load_file

ROOT = Path(__file__).resolve().parents[1]


def _stigma(text: str, lang: str) -> list:
    return check_text(text, lang=lang, select=["stigma"]).findings


def test_entry_ids_are_unique_per_language():
    """Two files with one id: the later entry would silently replace the earlier one (`merged`)."""
    for lang in ("fr", "en"):
        counts = Counter(e.id for wl in bundled_lists(lang) for e in wl.entries)
        assert not [i for i, n in counts.items() if n > 1]


@pytest.mark.parametrize("text,lang,word", [
    ("Les épileptiques sont exclus de l'école.", "fr", "épileptiques"),
    ("Une centaine d'épileptiques ont été reçus.", "fr", "épileptiques"),
    ("Une centaine de clandestins ont été interpellés à Ceuta.", "fr", "clandestins"),
    ("Plus de 300 clandestins ont été refoulés.", "fr", "clandestins"),
    ("Epileptics are refused driving licences.", "en", "Epileptics"),
    ("An epileptic was refused a licence.", "en", "epileptic"),
    ("Insulin stocks for diabetics ran out.", "en", "diabetics"),
    ("Les séropos du groupe de parole se retrouvent le jeudi.", "fr", "séropos"),
])
def test_labels_and_quantities_are_flagged(text, lang, word):
    assert any(word in f.text for f in _stigma(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Une crise épileptique a été signalée.", "fr"),
    ("Les personnes épileptiques sont souvent exclues.", "fr"),
    ("An epileptic seizure was recorded.", "en"),
    ("A diabetic diet is provided.", "en"),
    ("Une femme séropositive a témoigné.", "fr"),
    ("Autistic people and Deaf people lead the project.", "en"),
    ("Une personne autiste et une personne sourde animent l'atelier.", "fr"),
])
def test_adjectives_stay_silent(text, lang):
    assert not _stigma(text, lang)


def test_plural_phrase_gets_its_singular():
    assert singularize("handicapés mentaux", "fr") == "handicapé mental"
    assert singularize("mental patients", "en") == "mental patient"


@pytest.mark.parametrize("text,lang,span,suggestion", [
    ("Awa souffre d'une dépression depuis l'enfance.", "fr", "souffre d'une", "vit avec une"),
    ("Beaucoup de jeunes souffrent de dépression sans le dire.", "fr", "souffrent de", "vivent avec une"),
    ("Les enfants souffrant de surdité sont scolarisés à part.", "fr", "souffrant de", "ayant une"),
    ("Trois élèves sont atteints de cécité.", "fr", "sont atteints de", "ont une"),
    ("Il souffre du sida depuis dix ans.", "fr", "souffre du sida", "vit avec le VIH"),
    ("Amara suffers from epilepsy and coaches the team.", "en", "suffers from", "has"),
    ("She is suffering from depression, her sister says.", "en", "is suffering from", "is living with"),
    ("Two of the pupils are afflicted with cerebral palsy.", "en", "are afflicted with", "have"),
])
def test_constructions_agree(text, lang, span, suggestion):
    found = [f for f in _stigma(text, lang) if f.text.lower() == span.lower()]
    assert found, [f.text for f in _stigma(text, lang)]
    assert suggestion in found[0].suggestions


@pytest.mark.parametrize("text,lang", [
    ("Les familles souffrant de la faim ont reçu des vivres.", "fr"),
    ("Families suffering from hunger received food parcels.", "en"),
    ("Les personnes atteintes d'albinisme sont menacées.", "fr"),
    ("Une femme atteinte de diabète témoigne.", "fr"),
    ("Le Sénégal assure la présidence tournante.", "fr"),
    ("Thousands of volunteers are pouring into the camp.", "en"),
])
def test_constructions_leave_other_senses_alone(text, lang):
    assert not _stigma(text, lang)


def test_issue_misses():
    assert _stigma("Thousands of migrants are flooding into Europe.", "en")
    assert _stigma("Un afflux massif de migrants déferle sur l'île.", "fr")


def test_adjective_key_generates_entries(tmp_path):
    p = tmp_path / "labels.yaml"
    p.write_text("lang: en\ndomain: disability\nentries:\n  - id: x\n    adjective: true\n    avoid: [asthmatic]\n"
                 "    prefer: [person with asthma]\n    reason: r\n", encoding="utf-8")
    ids = [e.id for e in load_file(p).entries]
    assert ids == ["x", "x-singular"]


def test_sentence_set_is_current():
    """bench/terminology/sentences.jsonl holds every entry's examples (run make_set.py after editing lists)."""
    rows = [json.loads(x) for x in (ROOT / "bench/terminology/sentences.jsonl").read_text("utf-8").splitlines()]
    have = {(r["lang"], r["entry"], r["sentence"]) for r in rows}
    for lang in ("fr", "en"):
        for wl in bundled_lists(lang):
            for e in wl.entries:
                for s in e.examples.get("flag", []):
                    assert (lang, e.id, s) in have, f"run python3 bench/terminology/make_set.py ({e.id})"
