"""Privacy rules on patterns of published text (issue 17): what must stay quiet beside what must still fire.

Drafts written for these tests, after patterns seen in real publications (never the publications themselves):
secrets in tutorials, shared documents, images that are not photographs, public addresses, map links to venues.
"""
from __future__ import annotations

import pytest


def _found(result, rule: str) -> list[dict]:
    return [result.finding_dict(f) for f in result.findings if f.rule == rule]


def _doc(text: str, lang: str = "en", type_: str = "post") -> str:
    return f"---\ntype: {type_}\nlang: {lang}\n---\n{text}\n"


# ----------------------------------------------------------------------------- disclosure.secret
@pytest.mark.parametrize("text", [
    "```\nlocation / {\n  proxy_pass http://localhost:3000/;\n}\n```",
    '```r\noptions(dvn.user = "username", dvn.pwd = "password")\n```',
    "Register: https://www.eventbrite.com/e/x?ref=1&client_token=92c14b7ecebb42b383215f1c8823e7f5&eid=1010",
])
def test_not_a_secret(lint, text):
    assert _found(lint(_doc(text)), "disclosure.secret") == []


@pytest.mark.parametrize("text", [
    "Canva team login: comms@ong.org / password: LagosAction26",
    "https://api.example.org/v1?access_token=92c14b7ecebb42b383215f1c8823e7f5",
    '```\nDB_PASSWORD = "Kx9!vTq2r"\n```',
])
def test_still_a_secret(lint, text):
    assert [d["severity"] for d in _found(lint(_doc(text)), "disclosure.secret")] == ["error"]


# ----------------------------------------------------------------------------- disclosure.private-link
@pytest.mark.parametrize("text", [
    "If you'd like to bring up a topic, add it to the [council agenda](https://docs.google.com/document/d/1LBks/edit).",
    "This is an [example of the charter](https://docs.google.com/document/d/1-eU/edit?usp=sharing) we use.",
    "Is there a convention for the readme? ([document](https://docs.google.com/document/d/1UpY/edit#heading=h.5v))",
    "- [Community call notes](https://docs.google.com/document/d/1au2/edit?tab=t.0)",
])
def test_a_document_shared_on_purpose_is_not_flagged(lint, text):
    assert _found(lint(_doc(text)), "disclosure.private-link") == []


@pytest.mark.parametrize("text", [
    "Here is the budget: https://docs.google.com/spreadsheets/d/1Qw3/edit#gid=0",
    "INTERNAL – DO NOT SHARE\n\nPartners can add their logos to the shared sheet: "
    "https://docs.google.com/spreadsheets/d/1Qw3/edit#gid=0",
])
def test_an_editable_document_still_fires(lint, text):
    assert len(_found(lint(_doc(text)), "disclosure.private-link")) == 1


# ----------------------------------------------------------------------------- disclosure.image-consent
@pytest.mark.parametrize("text", [
    "She is a core member of the Chicago Books to Women in Prison reading group.\n\n![Jane](/images/board/jane.jpg)",
    "Hosts: UCT: University of Cape Town; GSH: Grootte Schuur Hospital; SU: Stellenbosch University.\n\n"
    "![Highlights](/images/collage.jpg)",
])
def test_a_setting_word_in_a_name_or_a_glossary_is_not_a_setting(lint, text):
    assert _found(lint(_doc(text)), "disclosure.image-consent") == []


@pytest.mark.parametrize("text,lang", [
    ("Visite à la prison de Rebeuss.\n\n![Atelier](img/rebeuss.jpg)", "fr"),
    ("Our workshop at Pollsmoor Prison.\n\n![Workshop](img/p.jpg)", "en"),
])
def test_a_real_setting_still_asks_for_consent(lint, text, lang):
    assert len(_found(lint(_doc(text, lang)), "disclosure.image-consent")) == 1


# ----------------------------------------------------------------------------- image-credit.missing
@pytest.mark.parametrize("text", [
    "![](/img/posts/capture-d-e-cran-2022-04-26-a-11.50.05.png)",
    "![Screenshot of the new form](/img/form.jpg)",
    "![Organization](/images/merger.png \"Proposed structure of the two organisations\")",
    "![Status badge](https://example.r-universe.dev/badges/:registry)",
    '<img src="https://avatars.githubusercontent.com/u/2720790?v=4" width="100px;" alt="Doron G"/>',
    "![Logo du réseau](img/logo-reseau.jpg)",
    "![Cumulative spending chart](/img/budget.png)",
    "```r\nplot(tide)\n```\n\n![](/img/blog/plot_track-1.png)",
    "Most pictures were taken by Bérénice B., our volunteer photographer.\n\n"
    "![CarpentryCon](https://farm2.staticflickr.com/1754/276_z.jpg)",
    "![](/img/diagram.svg)",
])
def test_images_that_are_not_photographs_need_no_credit(lint, text):
    assert _found(lint(_doc(text)), "image-credit.missing") == []


@pytest.mark.parametrize("text", [
    "![Group_photo](/images/16S_DC_group_photo.jpg)",
    '<img src="/images/people/claire.jpg" alt="Claire M." class="img-thumbnail"/>',
    "![](https://lh5.googleusercontent.com/N6kU-iqkVWY6xcR4x700Uj1)",
    "![Participants at the workshop](/img/workshop.png)",
    "![Affiche de la journée portes ouvertes](img/affiche.jpg)",
    "![Lauréate](img/a.jpg)\nCrédit : Fatou Ba\n\n![Le public applaudit](https://example.sn/public.jpg)",
])
def test_photographs_still_need_a_credit(lint, text):
    assert len(_found(lint(_doc(text)), "image-credit.missing")) == 1


# ----------------------------------------------------------------------------- geotag.precise-location
@pytest.mark.parametrize("text", [
    "Voters turned out for the 2021 Supreme Court election in large numbers.",
    "[The 2023 Instructor Notes Drive](https://example.org/drive) starts next week.",
    "Send comments to the General Services Administration, 1800 F Street NW, Washington, DC 20405.",
    "GSA – 1800 F Street NW",
    "Although we are headquartered in Washington, DC at 1800 F Street, a team works in San Francisco.",
])
def test_years_and_public_buildings_are_not_private_addresses(lint, text):
    assert _found(lint(_doc(text)), "geotag.precise-location") == []


@pytest.mark.parametrize("text,lang", [
    ("She lives at 14 Kenyatta Road with her two sons.", "en"),
    ("The van parks at 2021 Main Street every Friday.", "en"),
    ("Ministry of Health, 14 Kenyatta Road: the shelter where she lives.", "en"),
    ("Elle vit au 12 rue Carnot.", "fr"),
])
def test_private_addresses_still_fire(lint, text, lang):
    assert len(_found(lint(_doc(text, lang)), "geotag.precise-location")) == 1


# ----------------------------------------------------------------------------- geotag.coordinates
def test_a_map_link_to_a_named_venue_is_not_a_position(lint):
    text = ("Join us at [TechNexus](https://www.google.com/maps/place/TechNexus+Venture+Collaborative/"
            "@41.8847,-87.6403,17z/data=!3m1) on Tuesday.")
    assert _found(lint(_doc(text)), "geotag.coordinates") == []


@pytest.mark.parametrize("text", [
    "The van parks [here](https://www.google.com/maps/place/41.8847,-87.6403) tonight.",
    "Tonight the van parks at -33.9249, 18.4241 from 8pm.",
])
def test_a_bare_position_still_fires(lint, text):
    assert len(_found(lint(_doc(text)), "geotag.coordinates")) == 1


def test_a_credit_in_the_alt_text_counts(lint):
    text = '{{< figure alt="unconf17 group. Photo (c) Karthik Ram" src="/img/unconf17-group.jpg" >}}\n\n' \
           "![Group photo by Karthik Ram](/img/group.jpg)"
    assert _found(lint(_doc(text)), "image-credit.missing") == []


def test_a_service_line_listed_beside_the_services_email_is_not_personal(lint):
    text = ("To book a session, please contact them:\n\n- by email at [aaact@canada.ca](mailto:aaact@canada.ca)\n"
            "- by phone at [819-994-4835](tel:819-994-4835)")
    assert _found(lint(_doc(text)), "disclosure.personal-contact") == []


def test_an_html_mailto_is_one_finding(lint):
    text = 'Shoot me an email (<a href="mailto:cathyd125@gmail.com">cathyd125@gmail.com</a>) & let\'s share!'
    assert [d["text"] for d in _found(lint(_doc(text)), "disclosure.personal-contact")] == ["cathyd125@gmail.com"]


def test_an_institutions_address_block_is_public(lint):
    text = "**U.S. General Services Administration, Central Office**<br/>\n1800 F Street NW, Washington, DC 20405<br/>"
    assert _found(lint(_doc(text)), "geotag.precise-location") == []
    text = "Our volunteer Awa Diallo\n14 Kenyatta Road, Nairobi"
    assert len(_found(lint(_doc(text)), "geotag.precise-location")) == 1


def test_example_users_in_a_guide_are_not_people(lint):
    text = ("### Why it's important\n\n- Mateo is in a hurry to fill out a form for his sick daughter.\n"
            "- Janet has dementia and needs to validate her identification.")
    assert _found(lint(_doc(text)), "disclosure.third-party-status") == []
    assert _found(lint(_doc("- Janet Smith has dementia and lives alone.")), "disclosure.third-party-status")


def test_an_english_came_is_not_drug_context(lint):
    text = "There were two options. The first, which I began using, was downloading datasets. He came home."
    assert _found(lint(_doc(text)), "disclosure.lived-experience") == []


# ----------------------------------------------------------------------------- media advisories
def test_a_media_advisory_gives_its_venue_and_dial_in_code(lint):
    text = ("Lieu\n\nL'amphithéâtre, au sous-sol\n\n330, avenue Université\n\nMoncton (N.-B.) E1C 2Z3\n\n"
            "Les médias peuvent également participer par Zoom :\n\nhttps://exemple.zoom.us/j/64366433103\n\n"
            "Code d'accès : 212518")
    result = lint(_doc(text, "fr", "advisory"))
    assert _found(result, "geotag.precise-location") == []
    assert _found(result, "disclosure.secret") == []
    # a numeric code after a conference link, in any genre
    assert _found(lint(_doc("Rejoignez-nous : https://exemple.zoom.us/j/643\n\nCode d'accès : 212518", "fr")),
                  "disclosure.secret") == []


def test_a_media_advisorys_embargo_is_the_one_it_offers(lint):
    from datetime import date
    text = "Media Advisory\n\nEmbargoed Until: Monday, March 18, 2019, 2:00 p.m. ET\nContact: Media Relations"
    assert _found(lint(_doc(text, "en", "advisory"), today=date(2019, 3, 15)), "disclosure.embargo") == []
    assert _found(lint(_doc(text, "en", "press-release"), today=date(2019, 3, 15)), "disclosure.embargo")


def test_signatories_numbers_are_the_statements_contacts(lint):
    text = ("Nous dénonçons l'usage excessif de la force.\n\nOnt signé :\n\nSadikh N., RADDHO : 77 633 87 13\n"
            "Assane N., LSDH : 77 638 79 13")
    assert _found(lint(_doc(text, "fr")), "disclosure.personal-contact") == []
    assert _found(lint(_doc("Appelez Modou au 77 633 87 13.\n\nDakar", "fr")), "disclosure.personal-contact")


def test_a_setting_far_from_the_image_does_not_ask_consent(lint):
    text = ("## Our board\n\nAwa volunteers at the Fann Hospital library on weekends.\n\n## Photos\n\n"
            "![The board at the annual meeting](img/board.jpg)")
    assert _found(lint(_doc(text)), "disclosure.image-consent") == []
    text = "## Visit\n\nOur team visited the Fann Hospital paediatric ward.\n\n![The ward](img/ward.jpg)"
    assert len(_found(lint(_doc(text)), "disclosure.image-consent")) == 1
