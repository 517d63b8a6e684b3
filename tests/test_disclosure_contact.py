"""disclosure.personal-contact: phone numbers (libphonenumber) and free-webmail addresses."""
from __future__ import annotations

import pytest

RULE = "disclosure.personal-contact"


def _found(result):
    return [result.finding_dict(f) for f in result.findings if f.rule == RULE]


def _doc(text: str, lang: str = "fr", type: str = "post") -> str:
    return f"---\ntype: {type}\nlang: {lang}\n---\n{text}\n"


@pytest.mark.parametrize("text,number", [
    ("Appelez directement Modou au +221 77 123 45 67.", "+221 77 123 45 67"),
    ("Appelez Awa au 06 12 34 56 78.", "06 12 34 56 78"),
    ("Joignable au 0612345678 le soir.", "0612345678"),
    ("Écrivez à Moussa sur WhatsApp : +223 65 01 23 45.", "+223 65 01 23 45"),
    ("À Bamako, appelez Moussa au 65 01 23 45.", "65 01 23 45"),
    ("À Genève, le numéro de Léa : 078 123 45 67.", "078 123 45 67"),
    ("Call Thabo on +27 82 123 4567.", "+27 82 123 4567"),
])
def test_mobile_numbers_in_a_post(lint, text, number):
    found = _found(lint(_doc(text)))
    assert [(d["text"], d["severity"]) for d in found] == [(number, "warning")]


@pytest.mark.parametrize("text", [
    "Ligne d'écoute : 3114, ou le 119 pour l'enfance en danger, ou le 3919.",
    "Un don de 25 000 FCFA finance 1 200 dépistages en 2024.",
    "Rendez-vous le 12/06/2026 à 14 h, salle 12.",
    "IBAN FR76 3000 6000 0112 3456 7890 189, ISBN 978-2-07-036822-8.",
    "Le standard du centre : 01 23 45 67 89.",
    "Numéro vert gratuit : 0 800 123 456.",
    "Nous avons distribué 1 250 000 préservatifs entre 2019 et 2024.",
])
def test_not_a_personal_phone(lint, text):
    assert _found(lint(_doc(text))) == []


def test_north_american_numbers_are_info_unless_the_text_says_mobile(lint):
    # the US/Canadian numbering plan cannot tell a mobile from a landline: the words before it can
    text = "Call Maria on her cell at (202) 555-0143, or Sam on +1 415 555 0199."
    found = _found(lint(_doc(text, lang="en")))
    assert [(d["text"], d["severity"]) for d in found] == [("(202) 555-0143", "warning"),
                                                          ("+1 415 555 0199", "info")]


def test_a_us_number_without_plus_one_is_read_with_the_places_of_the_draft(lint):
    text = "Our San Francisco team: call Tom on his cell (646) 867-5309."
    found = _found(lint(_doc(text, lang="en")))
    assert [(d["text"], d["severity"]) for d in found] == [("(646) 867-5309", "warning")]


def test_a_labelled_mobile_in_a_pitch_signature_is_not_flagged(lint):
    text = "Dear Ms Okafor,\n\nOn Thursday we publish a survey.\n\nKind regards,\n\nTom Rivera\nMobile: +1 646 867 5309"
    assert _found(lint(_doc(text, lang="en", type="pitch"))) == []


def test_a_number_labelled_office_is_not_a_mobile(lint):
    text = "Media: press@accessmed.org | Office: +1 646 798 2210. Standard : +1 514 555 0188."
    assert _found(lint(_doc(text, lang="en"))) == []


def test_mobile_in_a_pitch_signature_is_not_flagged(lint):
    # a pitch goes privately to one journalist: the press officer's mobile under "Kind regards" is expected
    text = ("Dear Ms Okafor,\n\nOn Thursday we publish the first survey of drug checking at festivals.\n\n"
            "Kind regards,\n\nOlivia Grant\nPress Officer\nDirect line: +44 20 7946 0321 | Mobile: +44 7911 123456")
    assert _found(lint(_doc(text, lang="en", type="pitch"))) == []
    # the same number in the body of the pitch is still a warning
    text = "Dear Ms Okafor,\n\nCall our peer worker Sam on +44 7911 123456.\n\nKind regards,\n\nOlivia"
    found = _found(lint(_doc(text, lang="en", type="pitch")))
    assert [(d["text"], d["severity"]) for d in found] == [("+44 7911 123456", "warning")]


def test_office_line_and_org_address_in_press_contact_are_expected(lint):
    text = ("# Titre\n\nDakar, le 2 décembre 2024 – Texte.\n\n"
            "Contact presse : Khady Sow, chargée de communication, presse@sunusante.org, +221 33 825 14 10\n")
    assert _found(lint(_doc(text, type="press-release"))) == []


def test_mobile_in_press_contact_block_is_the_organisations_contact(lint):
    # the organisation's own press contact, published on purpose: with or without a declared type
    text = "# Titre\n\nTexte.\n\n## Contacts presse\n\nAwa Diallo, chargée de communication\n\n+223 65 01 23 45\n"
    assert _found(lint(_doc(text, type="press-release"))) == []
    assert _found(lint(_doc(text, type="post"))) == []
    # a number the block calls personal is still flagged
    text = "# Titre\n\nTexte.\n\n## Contacts presse\n\nAwa Diallo, portable perso : +223 65 01 23 45\n"
    assert [d["text"] for d in _found(lint(_doc(text)))] == ["+223 65 01 23 45"]


@pytest.mark.parametrize("text,lang", [
    # a press office header: landline and after-hours mobile in one block
    ("For Immediate Release\n\nTel: +44 (0) 20 7413 5566\nAfter hours: +44 7700 900 123\n\n# Title\n\nText.", "en"),
    # a "Contacts presse" line opening a block of names and numbers
    ("Texte.\n\nContacts presse\nAwa Diallo, présidente\nTél. : 06 12 34 56 78\nEmail : infos@reseau-exemple.fr", "fr"),
    # "For more information, contact:" on its own line, the contact in the next blocks
    ("Text.\n\nFor more information, contact:\n\nSam Otieno,\nExecutive Director\n\nCell +254 712 345 678", "en"),
    # a helpline given beside the toll-free line
    ("For help call toll-free 0800 60 60 60 or WhatsApp 071 234 5678.", "en"),
    # after a press role in the same sentence
    ("Pour une entrevue, contacter : Léo Roy, coordonnateur des communications, 514 555 0188", "fr"),
])
def test_the_organisations_own_press_contact_is_not_flagged(lint, text, lang):
    if "WhatsApp" in text:
        text = "Johannesburg. " + text
    assert _found(lint(_doc(text, lang=lang))) == []


@pytest.mark.parametrize("text,number", [
    ("Call our peer worker Sam on +44 7911 123456 tonight.", "+44 7911 123456"),
    ("Texte.\n\nAwa, notre médiatrice, répond au 06 12 34 56 78.", "06 12 34 56 78"),
])
def test_a_mobile_outside_any_contact_block_still_fires(lint, text, number):
    lang = "en" if "Call" in text else "fr"
    assert [d["text"] for d in _found(lint(_doc(text, lang=lang)))] == [number]


@pytest.mark.parametrize("text", [
    "The United States of America had 360 000 cases.",
    "Our team will be in California Q2 2015.",
    "Washington DC 20405.",
    "NEW YORK, March 1 2022 – The United States of America had 360 000 cases.",
])
def test_north_american_places_do_not_crash(lint, text):
    result = lint(_doc(text, lang="en"))
    assert not getattr(result, "errors", None)
    assert _found(result) == []


def test_every_place_region_has_a_digit_threshold():
    from postlint.rules.disclosure.personal_contact import MIN_PHONE_DIGITS, PLACE_REGIONS
    assert set(PLACE_REGIONS.values()) <= set(MIN_PHONE_DIGITS)


def test_a_date_prefix_in_a_file_name_is_not_a_phone(lint):
    text = 'See [the update]({{< ref "2015-01-12-15-customer-service-trends.md" >}}).'
    assert _found(lint(_doc(text, lang="en"))) == []


def test_configured_official_numbers_and_region(lint):
    cfg = {"organization": {"phones": ["+221 77 123 45 67"]}}
    assert _found(lint(_doc("Notre ligne WhatsApp : +221 77 123 45 67."), config=cfg)) == []
    cfg = {"region": "SN"}
    found = _found(lint(_doc("Appelez le 77 123 45 67."), config=cfg))
    assert [d["text"] for d in found] == ["77 123 45 67"]


@pytest.mark.parametrize("text,address,severity", [
    ("Écrivez-lui à modou.fall@yahoo.fr.", "modou.fall@yahoo.fr", "warning"),
    ("Contact : awa.diallo@gmail.com", "awa.diallo@gmail.com", "warning"),
    ("[Écrivez-moi](mailto:jean.dupont@orange.fr)", "jean.dupont@orange.fr", "warning"),
    ("Presse : presse.sunusante@gmail.com", "presse.sunusante@gmail.com", "info"),
])
def test_free_webmail_addresses(lint, text, address, severity):
    found = _found(lint(_doc(text)))
    assert [(d["text"], d["severity"]) for d in found] == [(address, severity)]
    if severity == "warning":
        assert "professionnelle" in found[0]["message"]


def test_organisation_domains_are_not_personal(lint):
    cfg = {"organization": {"website": "https://www.sunusante.org", "email_domains": ["sunu.sn"]}}
    text = "Écrivez à modou@sunusante.org, à awa@sunu.sn ou à info@partenaire.ml."
    assert _found(lint(_doc(text), config=cfg)) == []


def test_addresses_in_code_are_not_read(lint):
    assert _found(lint(_doc("`awa@gmail.com`\n\n```\nbob@yahoo.fr\n```"))) == []


def test_english_message(lint):
    found = _found(lint(_doc("Call Thabo on +27 82 123 4567 or mail thabo@gmail.com.", lang="en")))
    assert len(found) == 2
    assert all("personal" in d["message"].lower() for d in found)
