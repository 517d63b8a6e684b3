"""Tone rules: the YAML count/pattern rules of rules/tone.yaml, tone.exclamation and tone.jargon."""
from __future__ import annotations

import pytest


def found(result, rule):
    return [result.finding_dict(f) for f in result.findings if f.rule == rule]


TIGHT = {"rules": {"tone.exclamation": {"max": 1}, "tone.emoji": {"max": 3}}}


def test_rules_come_from_yaml():
    from postlint.engine.registry import load_registry

    reg = load_registry()
    assert reg.get("tone.exclamation").origin != "yaml:rules/tone.yaml"  # Python: it also reads long texts
    assert reg.get("tone.exclamation").options["max"].default == 3
    assert set(reg.get("tone.emoji").options) == {"max"} and reg.get("tone.emoji").options["max"].default == 10
    assert reg.get("tone.proselytising").origin == "yaml:rules/tone.yaml"


def test_double_exclamation_counts_two(lint):
    text = "---\nlang: fr\n---\nLe local d'accueil ouvre enfin ses portes ce soir !! Merci à toutes et à tous.\n"
    f = found(lint(text, config=TIGHT), "tone.exclamation")
    assert len(f) == 1 and f[0]["line"] == 4 and f[0]["text"] == "!" and "2 points" in f[0]["message"]
    assert found(lint(text), "tone.exclamation") == []  # default max 3


def test_exclamations_per_post_of_a_thread(lint):
    text = "---\ntype: thread\n---\nBravo ! Merci !\n\n---\n\nEt encore ! Oui ! Super ! Génial !\n"
    f = found(lint(text), "tone.exclamation")
    assert len(f) == 1 and f[0]["line"] == 8


def test_emoji_count(lint):
    text = ("---\nlang: fr\n---\nSoirée de soutien vendredi 🎶 : concert 🎸, repas partagé 🍲 et tombola 🎁. "
            "Venez nombreux 🙌\n")
    f = found(lint(text, config=TIGHT), "tone.emoji")
    assert len(f) == 1 and f[0]["line"] == 4 and "5 emoji" in f[0]["message"]
    assert found(lint(text), "tone.emoji") == []
    assert found(lint(text, config={"rules": {"tone.emoji": "off"}}), "tone.emoji") == []


@pytest.mark.parametrize("text,hit", [
    ("Only by accepting Jesus as their saviour can these families find true hope.", "accepting Jesus as their saviour"),
    ("Pray with us, and share the Gospel with everyone you meet.", "share the Gospel"),
    ("Give your life to Christ today.", "Give your life to Christ"),
    ("Jesus is the only way.", "Jesus is the only way"),
    ("Acceptez Jésus comme votre sauveur.", "Acceptez Jésus comme votre sauveur"),
    ("Convertissez-vous avant qu'il ne soit trop tard.", "Convertissez-vous"),
    ("Partagez l'Évangile autour de vous.", "Partagez l'Évangile"),
    ("Allahou akbar !", "Allahou akbar"),
    ("Dimanche, votez pour Moussa Diop.", "votez pour Moussa Diop"),
    ("Vote for the Green Party on Thursday.", "Vote for the Green Party"),
])
def test_proselytising(lint, text, hit):
    f = found(lint(text), "tone.proselytising")
    assert hit in [x["text"] for x in f], f


@pytest.mark.parametrize("text", [
    "We met faith leaders in the church hall to plan the food distribution.",
    "Les leaders religieux du quartier soutiennent la campagne de dépistage.",
    "La mosquée du quartier accueille la distribution de kits.",
    "Votez pour votre projet préféré du budget participatif !",
    "Go vote on Sunday: every voice counts.",
    "Vote for change: register before 30 June.",
    "The Gospel choir sang at the vigil for people lost to overdose.",
    "Les élections ont lieu dimanche ; notre réseau ne soutient aucun candidat.",
])
def test_not_proselytising(lint, text):
    assert found(lint(text), "tone.proselytising") == []


def test_jargon_off_when_empty(lint):
    assert found(lint("Nous renforçons les capacités des parties prenantes."), "tone.jargon") == []


def test_jargon_list_and_mapping(lint):
    cfg = {"rules": {"tone.jargon": {"terms": ["renforcement des capacités => formation", "parties prenantes"]}}}
    text = "Le Renforcement des capacités des parties prenantes commence lundi.\n"
    f = found(lint(text, config=cfg, lang="fr"), "tone.jargon")
    assert [x["text"] for x in f] == ["Renforcement des capacités", "parties prenantes"]
    assert f[0]["suggestions"] == ["Formation"] and f[0]["fix"]["applicability"] == "unsafe"
    assert f[1]["suggestions"] == []
    cfg = {"rules": {"tone.jargon": {"terms": {"synergy": ["working together", "cooperation"]}}}}
    f = found(lint("Great SYNERGY with partners.", config=cfg), "tone.jargon")
    assert f[0]["suggestions"] == ["WORKING TOGETHER", "COOPERATION"] and not f[0]["fixable"]


def test_status_labels_of_a_list_of_dates_are_not_shouting_but_exclamations_in_the_prose_are(lint):
    dates = "".join(f"- ~~{d} mars~~ Complet !\n" for d in (3, 10, 17, 24)) + "- ~~31 mars~~ Annulé !\n"
    page = f"---\nlang: fr\ntype: article\n---\nNos ateliers de formation.\n\n{dates}\nÀ bientôt.\n"
    assert found(lint(page), "tone.exclamation") == []
    shout = "".join(f"- Venez nombreuses à l'atelier du {d} mars !\n" for d in (3, 10, 17, 24, 31))
    page = f"---\nlang: fr\ntype: article\n---\nNos ateliers de formation.\n\n{shout}\nÀ bientôt !\n"
    assert len(found(lint(page), "tone.exclamation")) == 1
