"""image-credit.* and the consent rules (minors.image-consent, disclosure.image-consent)."""
from __future__ import annotations

import pytest

from postlint.rules.image_credit.missing import credit_kind  # defined in the category's _credit


def found(result, rule):
    return [result.finding_dict(f) for f in result.findings if f.rule == rule]


# Credits the parser must find (caption conventions of FR and EN communication teams).
CREDITED = {
    "caption next line": "![a](x.jpg)\nPhoto : Awa Diallo / Grdr\n",
    "caption after a blank line": "![a](x.jpg)\n\nPhoto : Awa Diallo / Grdr\n",
    "italic caption": "![a](x.jpg)\n*Photo : Awa Diallo*\n",
    "bold label": "![a](x.jpg)\n**Crédit** : Awa Diallo\n",
    "copyright sign": "![a](x.jpg)\n© Awa Diallo\n",
    "legend ending with the credit": "![a](x.jpg)\nDes jeunes au travail à Thiès. Photo : Awa Diallo\n",
    "credit in brackets": "![a](x.jpg)\nDes jeunes au travail (© Awa Diallo / Grdr)\n",
    "title": '![a](x.jpg "© Awa Diallo")\n',
    "same line": "![a](x.jpg) Photo : Awa Diallo\n",
    "photo by on library": "![a](x.jpg)\nPhoto by Jane Doe on Unsplash\n",
    "figcaption": "<figure><img src=\"x.jpg\" alt=\"a\"><figcaption>Photo : Awa Diallo</figcaption></figure>\n",
    "html img and caption line": "<img src=\"x.jpg\" alt=\"a\">\nPhoto : Awa Diallo\n",
    "front matter caption": "---\nimages:\n  - src: x.jpg\n    caption: \"Marche à Dakar. Photo : Awa Diallo\"\n---\nTexte.\n",
    "two images one line": "![a](x.jpg) ![b](y.jpg)\nPhotos : Awa Diallo\n",
    "image credit": "![a](x.jpg)\nImage credit: UNICEF/Jane Doe\n",
    "courtesy of": "![a](x.jpg)\nCourtesy of the Ministry of Health\n",
    "photo de": "![a](x.jpg)\nPhoto de Awa Diallo pour Grdr\n",
    "parenthesised": "![a](x.jpg)\n(Photo : Awa Diallo)\n",
    "crédit photo": "![a](x.jpg)\nCrédit photo : Awa Diallo\n",
    "crédits photos": "![a](x.jpg)\nCrédits photos : Awa Diallo\n",
    "photo credit": "![a](x.jpg)\nPhoto credit: Jane Doe\n",
    "source": "![a](x.jpg)\nSource : ministère de la Santé\n",
}


@pytest.mark.parametrize("text", list(CREDITED.values()), ids=list(CREDITED))
def test_credited_images_pass(lint, text):
    r = lint(text)
    assert not found(r, "image-credit.missing"), [im.credit for im in r.doc.images]
    assert all(im.credit for im in r.doc.images)


@pytest.mark.parametrize("text,line", [
    ("---\nlang: fr\nimages:\n  - src: img/jury.jpg\n    alt: \"Le jury\"\n---\nRemise des prix.\n", 4),
    ("Remise des prix.\n\n![Le public](https://example.org/public.jpg)\n\nMerci à tous.\n", 3),
    ("Texte.\n\n<img src=\"x.jpg\" alt=\"a\">\n", 3),
    ('![a](x.jpg "Le marché de Thiès")\n', 1),  # a title that is not a credit
    ("Photo : Awa Diallo\n\n![a](x.jpg)\n", 3),  # a credit goes under the image, not above
])
def test_uncredited_images_flagged_on_their_line(lint, text, line):
    r = lint(text)
    [f] = found(r, "image-credit.missing")
    assert f["line"] == line and f["severity"] == "warning"


def test_front_matter_finding_points_at_src_value(lint):
    r = lint("---\nimages:\n  - src: \"img/jury.jpg\"\n    alt: x\n---\nTexte.\n")
    [f] = found(r, "image-credit.missing")
    assert f["text"] == "img/jury.jpg" and f["line"] == 3 and f["column"] == 11


def test_messages_in_the_draft_language(lint):
    fr = found(lint("---\nlang: fr\n---\nBonjour à toutes et à tous.\n\n![a](x.jpg)\n"), "image-credit.missing")
    en = found(lint("---\nlang: en\n---\nHello everyone.\n\n![a](x.jpg)\n"), "image-credit.missing")
    assert fr[0]["message"].startswith("Image sans crédit") and en[0]["message"].startswith("Image without a credit")


@pytest.mark.parametrize("credit,kind", [
    ("via Unsplash", "library"), ("© Pexels", "library"), ("Source : Pixabay", "library"), ("Unsplash", "library"),
    ("https://www.pexels.com/photo/123/", "library"), ("Wikimedia Commons, CC BY-SA 4.0", "library"),
    ("Photo by Jane Doe on Unsplash", "ok"), ("Photo : Jane Doe / Pexels", "ok"), ("© Awa Diallo / Grdr", "ok"),
    ("Source : Google Images", "vague"), ("Photo : Internet", "vague"), ("© DR", "vague"), ("Source : Facebook", "vague"),
    ("Crédit :", "vague"), ("Source : ministère de la Santé", "ok"),
])
def test_credit_kinds(credit, kind):
    assert credit_kind(credit) == kind


def test_free_library_is_info_and_vague_source_is_a_warning(lint):
    r = lint("![a](x.jpg)\nvia Unsplash\n\n![b](y.jpg)\nSource : Google Images\n")
    [lib] = found(r, "image-credit.free-library")
    assert lib["severity"] == "info" and lib["line"] == 1
    [vague] = found(r, "image-credit.missing")
    assert vague["line"] == 4 and "Google Images" in vague["message"]


def test_no_image_no_finding(lint):
    r = lint("---\nlang: fr\n---\nLes photos d'enfants de la campagne #NoPriceOnKids ont fait le tour du monde.\n")
    assert not [f for f in r.findings if f.category == "image-credit"]


# ------------------------------------------------------------------------------------------- consent
def fm_image(**fields):
    extra = "".join(f"    {k}: {v}\n" for k, v in fields.items())
    return f"---\nlang: fr\nimages:\n  - src: https://example.org/a.jpg\n    alt: \"Une salle\"\n    credit: \"© X\"\n{extra}---\n"


def test_minors_without_consent_is_an_error(lint):
    r = lint(fm_image(minors="true") + "Atelier de lecture.\n")
    [f] = found(r, "minors.image-consent")
    assert f["severity"] == "error" and f["line"] == 4 and "aucun consentement" in f["message"]
    assert not found(r, "disclosure.image-consent")


@pytest.mark.parametrize("consent", ["true", "oui", "yes"])
def test_minors_with_consent_passes(lint, consent):
    assert not found(lint(fm_image(minors="true", consent=consent) + "Atelier.\n"), "minors.image-consent")


def test_minors_with_consent_false_says_so(lint):
    [f] = found(lint(fm_image(minors="true", consent="false") + "Atelier.\n"), "minors.image-consent")
    assert "consent: false" in f["message"]


@pytest.mark.parametrize("text,reason", [
    ("Visite du service de pédiatrie de l'hôpital régional de Ziguinchor.", "hôpital"),
    ("Distribution de kits au camp de réfugiés de Mbera.", "camp"),
    ("Atelier au centre de rétention de Nouadhibou.", "détention"),
    ("Nos équipes au camp de Kakuma cette semaine.", "camp"),
])
def test_vulnerable_setting_needs_consent(lint, text, reason):
    r = lint(fm_image() + text + "\n")
    [f] = found(r, "disclosure.image-consent")
    assert f["severity"] == "warning" and reason in f["message"]
    assert not found(lint(fm_image(consent="true") + text + "\n"), "disclosure.image-consent")


def test_vulnerable_setting_inline_image_gets_a_hint_english(lint):
    r = lint("---\nlang: en\n---\nOur nurses at the IDP camp in Maiduguri.\n\n![Nurses](https://example.org/n.jpg)\n"
             "Photo: Jane Doe\n")
    [f] = found(r, "disclosure.image-consent")
    assert "front matter" in f["message"] and "displacement camp" in f["message"]


def test_minors_in_a_camp_names_the_setting(lint):
    [f] = found(lint(fm_image(minors="true") + "Les enfants du camp de réfugiés de Mbera.\n"), "minors.image-consent")
    assert "camp de réfugiés" in f["message"]


@pytest.mark.parametrize("text", [
    "Permanence de la clinique juridique mercredi.",
    "Orientation vers le centre de santé de Pikine.",
    "Camp d'été pour les bénévoles à Saly.",
    "Notre groupe de parole accueille des femmes vivant avec le VIH.",
    "Together with the regional hospital, we opened a new space in Banjul.",
    "Douze orientations vers l'hôpital de Pikine cette semaine.",
    "Women in rural districts, where the nearest clinic is a day's journey away, met the MPs.",
    "Dans ces villages, l'hôpital le plus proche est à 40 km.",
])
def test_ordinary_settings_need_no_consent_flag(lint, text):
    assert not found(lint(fm_image() + text + "\n"), "disclosure.image-consent")


@pytest.mark.parametrize("text", [
    "Amina lives in Shelter 12, Block D of Minawao camp.",
    "Our team visited Minawao camp this week.",
    "Distribution de vivres dans le camp de Minawao.",
    "Amina vit au camp de M'béra depuis 2013.",
    "Families at the IDP site in Kaya received kits.",
    "Distribution au site de déplacés de Barsalogho.",
    "La famille vit dans l'abri 14 depuis janvier.",
    "Displaced families in block D wait for food.",
])
def test_named_camps_and_camp_places_need_consent(lint, text):
    [f] = found(lint(fm_image() + text + "\n"), "disclosure.image-consent")
    assert "camp" in f["message"]


@pytest.mark.parametrize("text", [
    "Summer camp starts in July for 40 volunteers.",
    "Les bénévoles du camp d'été ont joué au foot.",
    "Le camp de vacances ouvre en juillet.",
    "Boot Camp for young activists: three days of training.",
    "The national team's training camp opens on Monday.",
    "Le camp d'entraînement de l'équipe nationale.",
    "Book a camp site by the lake for the weekend retreat.",
    "The political camp of the president rejected the bill.",
    "Le camp présidentiel a rejeté le texte.",
    "La réunion a lieu salle 3, bloc A du ministère.",
])
def test_leisure_and_political_camps_are_not_camp_settings(lint, text):
    assert not found(lint(fm_image() + text + "\n"), "disclosure.image-consent")


@pytest.mark.parametrize("text,credited", [
    ('{{< figure src="a.jpg" caption="The speaker, Amazon\'s Alexa - image from www.amazon.co.uk" >}}\n', True),
    ('{{< figure src="a.jpg" caption="Picture from Wikimedia Commons" >}}\n', True),
    ("![Alexa](a.jpg)\nImage from Amazon\n", True),
    # where the picture was taken is not who made it
    ('{{< figure src="a.jpg" caption="An image from the workshop" >}}\n', False),
    ("![Alexa](a.jpg)\nImage from the workshop\n", False),
])
def test_image_from_a_source_is_a_credit(text, credited):
    from postlint.document.parse import parse_text
    [im] = parse_text(text, "x.md").images
    assert bool(im.credit) is credited
