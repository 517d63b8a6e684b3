"""Speed without changing results: the language model only where the name heuristics cannot decide, one
process forked after loading, results passed on as each file is done."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli

from postlint.document.names import ner_undecided
from postlint.text import nlp


@pytest.mark.parametrize("text", [
    "Ousmane, 6 ans, orpheline, dort chaque soir au centre de Kayes.",  # a name with an age, a known town
    "La petite Awa, 14 ans, vit avec sa mère dans le quartier de Grand Yoff.",  # a name, a precise place
    "#LesMotsComptent #Dakar #ReseauKora",  # hashtags
    "Awa Ndiaye, 9 ans, élève de CE2, nous parle du VIH.",  # acronyms
    "Plus d'infos sur notre site.",  # a sentence's first word
    "Merci à l'Hôpital Principal de Dakar.",  # an institution
    "une phrase sans majuscule",
    "Inscriptions auprès de Mamadou : Binta10@yahoo.fr.",  # a common word opening a sentence; an address
    "Contactez-nous au +227 93 12 34 56 ou à Ousmane.Coulibaly@gmail.com.",
    "MERCI À TOUS !!!",  # capitals, and a lone capital letter
    "Que Dieu bénisse nos équipes.",  # God is no one to protect
    "Only faith can save these young people.",
])
def test_heuristics_decide(text):
    assert not ner_undecided(text)


@pytest.mark.parametrize("text", [
    "La jeune Tchilabalo Kpatcha, orpheline, est hébergée chez nous.",  # a name no list knows
    "Nous avons rencontré Tchamba à la sortie de l'école.",
    "La mère d'Ekoué, 8 ans, témoigne.",  # after an apostrophe
    "Tchilabalo a 8 ans.",  # an unknown name opening a sentence is no dictionary word
])
def test_heuristics_leave_it_to_the_model(text):
    assert ner_undecided(text)
    assert nlp.needs_model(text)


def test_decided_texts_do_not_load_the_model(monkeypatch):
    def refuse():
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(nlp, "french_ner", refuse)
    assert nlp.entities(["Ousmane, 6 ans, dort au centre de Kayes.", "#Dakar"]) == [[], []]


def test_forked_workers_give_the_report_of_one_process(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    for i in range(24):
        body = ("Les toxicomanes du quartier." if i % 3 == 0 else "Un texte propre.") + f" Numéro {i}.\n"
        (tmp_path / f"d{i:02}.md").write_text(f"---\nlang: fr\n---\n{body}", encoding="utf-8")
    one = run_cli("check", "--no-cache", "--format", "json", "--jobs", "1", ".", cwd=tmp_path)
    two = run_cli("check", "--no-cache", "--format", "json", "--jobs", "2", ".", cwd=tmp_path)
    assert one.returncode == two.returncode
    assert one.stdout == two.stdout
    assert json.loads(one.stdout)["summary"]["files"] == 24
