"""disclosure.confidential, disclosure.private-link, disclosure.secret and disclosure.embargo."""
from __future__ import annotations

from datetime import date

import pytest


def _found(result, rule_id):
    return [result.finding_dict(f) for f in result.findings if f.rule == rule_id]


def _doc(text: str, lang: str = "fr", extra: str = "") -> str:
    return f"---\ntype: post\nlang: {lang}\n{extra}---\n{text}\n"


# ----------------------------------------------------------------------------- confidential
@pytest.mark.parametrize("text,marker", [
    ("INTERNAL – DO NOT SHARE\n\nDraft post.", "INTERNAL"),
    ("CONFIDENTIEL\n\nLe rapport annuel est prêt.", "CONFIDENTIEL"),
    ("Document confidentiel – merci de le garder pour vous.", "Document confidentiel"),
    ("Note à usage interne uniquement : chiffres provisoires.", "à usage interne uniquement"),
    ("Merci de ne pas diffuser ce document.", "ne pas diffuser"),
    ("For internal use only. Figures are provisional.", "For internal use only"),
    ("Not for distribution: board minutes.", "Not for distribution"),
    ("Please do not share this document outside the team.", "do not share"),
    ("This document is CONFIDENTIAL.", "CONFIDENTIAL"),
])
def test_confidential_markers(lint, text, marker):
    found = _found(lint(_doc(text, lang="en")), "disclosure.confidential")
    assert found and found[0]["text"] == marker and found[0]["severity"] == "error"


@pytest.mark.parametrize("text,kind", [
    ("Draft post for the day of action.", "Draft"),
    ("BROUILLON\n\nNotre campagne commence lundi.", "BROUILLON"),
    ("[draft] Our campaign starts on Monday with a march.", "draft"),
    ("Rendez-vous le [à compléter] à Bamako.", "[à compléter]"),
    ("Launch on [TBC] in Lagos.", "[TBC]"),
    ("TODO : vérifier le chiffre.", "TODO"),
    ("Nous avons dépisté XXX personnes.", "XXX"),
    ("Bonjour {{prénom}}, merci !", "{{prénom}}"),
])
def test_drafts_and_placeholders_are_warnings(lint, text, kind):
    found = _found(lint(_doc(text)), "disclosure.confidential")
    assert [(d["text"], d["severity"]) for d in found] == [(kind, "warning")]


@pytest.mark.parametrize("text", [
    "Toutes les consultations sont confidentielles et gratuites.",
    "Confidentiel et gratuit : appelez-nous.",
    "TOUTES NOS CONSULTATIONS SONT CONFIDENTIELLES ET GRATUITES.",
    "Ne pas partager son matériel d'injection.",
    "Do not share needles.",
    "The draft law was tabled in May.",
    "Draft law on drug policy: what changes",
    "Le projet de loi sera examiné en juin.",
    "Internal displacement is rising in the Sahel this year.",
    "Elle est interne en médecine à Dakar.",
    "Au XXe siècle, la loi a changé.",
    "Vos données restent confidentielles.",
])
def test_not_confidentiality_markers(lint, text):
    assert _found(lint(_doc(text)), "disclosure.confidential") == []


# ----------------------------------------------------------------------------- private links
@pytest.mark.parametrize("text,severity", [
    ("Le tableau : https://docs.google.com/spreadsheets/d/1Qw3ErTy/edit#gid=0", "warning"),
    ("[notre note](https://docs.google.com/document/d/abc123/edit?usp=sharing)", "warning"),
    ("Photos : https://www.dropbox.com/s/abc/photos.zip?dl=0", "warning"),
    ("Les fichiers : https://we.tl/t-abc123", "warning"),
    ("Le dossier : https://ongsahel-my.sharepoint.com/personal/awa/Documents", "warning"),
    ("docs.google.com/presentation/d/xyz/edit", "warning"),
    ("Le rapport : http://intranet.ong.local/rapport.pdf", "error"),
    ("Voir http://localhost:8000/preview", "error"),
    ("Voir http://192.168.1.20/partage", "error"),
    ("Voir [le rapport](file:///C:/Users/awa/rapport.pdf)", "error"),
])
def test_private_links(lint, text, severity):
    found = _found(lint(_doc(text)), "disclosure.private-link")
    assert [d["severity"] for d in found] == [severity]


@pytest.mark.parametrize("text", [
    "https://docs.google.com/document/d/e/2PACX-1vR/pub",
    "https://docs.google.com/forms/d/e/1FAIpQLSe/viewform",
    "https://www.sunusante.org/rapport",
    "[rapport](rapport.pdf) et [intranet](intranet.html)",
    "https://ongsahel.notion.site/Programme-2026",
])
def test_public_links(lint, text):
    assert _found(lint(_doc(text)), "disclosure.private-link") == []


# ----------------------------------------------------------------------------- secrets
@pytest.mark.parametrize("text,secret", [
    ("Canva team login: comms@lagoshrc.org / password: LagosAction26", "password: LagosAction26"),
    ("Wi-Fi de l'atelier, mot de passe : Bamako2026!", "mot de passe : Bamako2026!"),
    ("mdp = Xk9#pLq2", "mdp = Xk9#pLq2"),
    ("Le mot de passe est « Soleil2026 ».", "mot de passe est « Soleil2026"),
    ("api_key=sk_live_abcdefghijklmnopqrstuvwx", "sk_live_abcdefghijklmnopqrstuvwx"),
    ("AWS key AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
    ("token ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
    ("https://bob:hunter22@ftp.example.org/files", "https://bob:hunter22@ftp.example.org"),
    ("```\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n```",
     "-----BEGIN RSA PRIVATE KEY-----"),
])
def test_secrets(lint, text, secret):
    found = _found(lint(_doc(text)), "disclosure.secret")
    assert [(d["text"], d["severity"]) for d in found] == [(secret, "error")]
    assert "compromis" in found[0]["message"]


@pytest.mark.parametrize("text", [
    "Choisissez un mot de passe fort.",
    "Password: ********",
    "Le mot de passe est envoyé par SMS.",
    "Mot de passe : demandez-le à l'accueil.",
    "As a token of thanks: Thank you all.",
    "Activez la double authentification sur vos comptes.",
])
def test_not_secrets(lint, text):
    assert _found(lint(_doc(text)), "disclosure.secret") == []


# ----------------------------------------------------------------------------- embargo
D = date(2026, 6, 20)


def test_front_matter_embargo_in_the_future_is_a_document_level_error(lint):
    result = lint(_doc("Texte.", lang="en", extra="embargo: 2026-06-26T00:01\n"), today=D)
    found = _found(result, "disclosure.embargo")
    assert [(d["line"], d["severity"]) for d in found] == [(None, "error")]
    assert "2026-06-26" in found[0]["message"] and "time zone" in found[0]["message"]


def test_front_matter_embargo_lifted_or_today(lint):
    assert _found(lint(_doc("Texte.", extra="embargo: 2026-06-19\n"), today=D), "disclosure.embargo") == []
    today = _found(lint(_doc("Texte.", extra="embargo: 2026-06-20T09:00+02:00\n"), today=D), "disclosure.embargo")
    assert [d["severity"] for d in today] == ["info"]
    no_time = _found(lint(_doc("Texte.", extra="embargo: 2026-06-20\n"), today=D), "disclosure.embargo")
    assert [d["severity"] for d in no_time] == ["warning"]


@pytest.mark.parametrize("text,severity", [
    ("Sous embargo jusqu'au 26 juin 2026 à 00h01 (heure de Paris)", "error"),
    ("EMBARGOED UNTIL 26 June 2026, 00:01 GMT", "error"),
    ("Embargoed until June 26, 2026 9am EST", "error"),
    ("Ne pas publier avant le 30/06/2026 à 10h.", "error"),
    ("Sous embargo jusqu'au 26 juin à 00h01", "error"),
    ("Sous embargo jusqu'au 20 juin 2026 à 10h00 GMT", "info"),
    ("Sous embargo jusqu'au 20 juin 2026", "warning"),
    ("Sous embargo jusqu'au 2 mai 2026 à 10h GMT", "info"),
    ("Embargoed until Wednesday noon", "warning"),
])
def test_text_embargo_lines(lint, text, severity):
    found = _found(lint(_doc(text, lang="en"), today=D), "disclosure.embargo")
    assert [(d["line"], d["severity"]) for d in found] == [(5, severity)]


def test_text_embargo_message_asks_for_time_zone(lint):
    found = _found(lint(_doc("Sous embargo jusqu'au 26 juin 2026 à 00h01. Le rapport est prêt."), today=D),
                   "disclosure.embargo")
    assert "fuseau horaire" in found[0]["message"]


def test_immediate_release_has_no_embargo(lint):
    assert _found(lint(_doc("FOR IMMEDIATE RELEASE\n\nNews.", lang="en"), today=D), "disclosure.embargo") == []


# ----------------------------------------------------------------------------- bracketed placeholder notes
@pytest.mark.parametrize("text,lang,note", [
    ("Plus d'infos : [LIEN À INSÉRER].", "fr", "[LIEN À INSÉRER]"),
    ("Le ministre [NOM DU MINISTRE] ouvrira la séance.", "fr", "[NOM DU MINISTRE]"),
    ("Inscriptions : <lien à venir>", "fr", "<lien à venir>"),
    ("Le rapport complet (lien à ajouter) est en ligne.", "fr", "(lien à ajouter)"),
    ("Le rapport est en ligne {lien}.", "fr", "{lien}"),
    ("Les chiffres (à compléter) seront publiés.", "fr", "(à compléter)"),
    ("Rendez-vous le 12 mai [date à confirmer] à Dakar.", "fr", "[date à confirmer]"),
    ("Read the report: [INSERT LINK].", "en", "[INSERT LINK]"),
    ("More at [link TBC].", "en", "[link TBC]"),
    ("The director said <add quote>.", "en", "<add quote>"),
    ("Our nurses at work (photo to come).", "en", "(photo to come)"),
    ("Sign up (insert link here).", "en", "(insert link here)"),
    ("[Name of speaker] will open the summit.", "en", "[Name of speaker]"),
    ("Quote from the director: TK.", "en", "TK"),
    ("Rendez-vous le […] à Dakar.", "fr", "[…]"),
])
def test_bracketed_placeholders(lint, text, lang, note):
    found = _found(lint(_doc(text, lang=lang)), "disclosure.confidential")
    assert [(d["text"], d["severity"]) for d in found] == [(note, "warning")]


@pytest.mark.parametrize("text,lang", [
    ("Le rapport est publié (voir le lien ci-dessous).", "fr"),
    ("Le nouveau plan (à venir en 2027, selon le ministère) prévoit 12 centres.", "fr"),
    ("Le rapport annuel (à venir) détaillera nos actions.", "fr"),
    ("Voir [le rapport](https://example.org/rapport) et la note [1] ou [^2].", "fr"),
    ("- [ ] relire\n- [x] publier", "fr"),
    ("Un texte <b>gras</b>, <em>italique</em>, <https://example.org> et <contact@example.org>.", "fr"),
    ("Awa [nom modifié] a 30 ans.", "fr"),
    ("Inscriptions : [lien en bio]", "fr"),
    ("[VIDÉO] Retour sur la marche du 8 mars.", "fr"),
    ("Photo (Crédit : Awa Diallo) et [Photo : ONG].", "fr"),
    ("Le taux (en %) baisse ; date limite (12 mai).", "fr"),
    ("`<nom>` est une balise de gabarit.", "fr"),
    ("Sign the petition (add your name!) today.", "en"),
    ("Join us (link in bio).", "en"),
    ("The minister said [the bill] would pass.", "en"),
    ("Shop at TK Maxx for our fundraiser.", "en"),
    ("Le ministre a dit : « Nous allons […] ouvrir trois centres. »", "fr"),  # a cut in a quotation
    ("> We will [...] open three centres.", "en"),
])
def test_bracketed_text_that_is_not_a_placeholder(lint, text, lang):
    assert _found(lint(_doc(text, lang=lang)), "disclosure.confidential") == []
