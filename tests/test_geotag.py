"""geotag.*: image metadata of the draft's images, coordinates and precise places in the text."""
from __future__ import annotations

import pytest

from conftest import rules_of
from test_exif import make_jpeg


def found(result, rule):
    return [result.finding_dict(f) for f in result.findings if f.rule == rule]


def draft_with_image(src="img/a.jpg", lang="fr"):
    return (f"---\nlang: {lang}\nimages:\n  - src: {src}\n    alt: \"Une affiche\"\n    credit: \"© Awa Diallo\"\n"
            f"    consent: true\n---\nJournée portes ouvertes samedi.\n")


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "case" / "img").mkdir(parents=True)
    return tmp_path / "case"


def test_exif_gps_on_front_matter_image(lint, folder):
    make_jpeg(folder / "img" / "a.jpg")
    r = lint(draft_with_image())
    [f] = found(r, "geotag.exif-gps")
    # a poster for an open day: the place leaks (a warning) but locates nobody vulnerable (not an error)
    assert f["severity"] == "warning" and f["line"] == 4 and f["text"] == "img/a.jpg"
    assert "14,75° N, 17,39° O" in f["message"] and "14,7536" not in f["message"]
    [sugg] = f["suggestions"]  # the path as the draft was named on the command line, here absolute
    assert sugg.startswith("postlint strip-metadata ") and sugg.endswith("/case/img/a.jpg")


def test_exif_gps_on_markdown_and_html_images_english(lint, folder):
    make_jpeg(folder / "img" / "a.jpg")
    make_jpeg(folder / "img" / "b.jpg", gps=None)
    text = "---\nlang: en\n---\nOur van.\n\n![Van](img/a.jpg)\nPhoto: Jane Doe\n\n<img src=\"img/a.jpg\" alt=\"x\">\n" \
           "Photo: Jane Doe\n\n![Clean](img/b.jpg)\nPhoto: Jane Doe\n"
    r = lint(text)
    fs = found(r, "geotag.exif-gps")
    assert [f["line"] for f in fs] == [6, 9]
    assert "14.75° N, 17.39° W" in fs[0]["message"]


@pytest.mark.parametrize("src,alt,body,severity", [
    # a portrait: by its folder, by a person's name in the file name, by the alt text
    ("img/team/a.jpg", "Une affiche", "Journée portes ouvertes samedi.", "error"),
    ("img/awa-diallo.jpg", "Une affiche", "Journée portes ouvertes samedi.", "error"),
    ("img/a.jpg", "Portrait de Awa Diallo", "Journée portes ouvertes samedi.", "error"),
    ("img/a.jpg", "Awa Diallo devant le local", "Journée portes ouvertes samedi.", "error"),
    # the draft speaks of a child, a vulnerable setting, or sensitive work in two kinds of words
    ("img/a.jpg", "Une affiche", "Awa, 9 ans, est venue avec sa mère.", "error"),
    ("img/a.jpg", "Une affiche", "Visite au centre hospitalier de Thiès.", "error"),
    ("img/a.jpg", "Une affiche", "La maraude de réduction des risques repart ce soir.", "error"),
    ("img/a.jpg", "La camionnette de la maraude", "Départ à 20 h.", "error"),
    # a thing or a public place, nobody named: the position is still a leak, a warning
    ("img/a.jpg", "Une affiche", "Journée portes ouvertes samedi.", "warning"),
    ("img/tableau-blanc.jpg", "Un tableau blanc couvert de schémas", "Notre atelier de conception.", "warning"),
    ("img/a.jpg", "Le guichet", "Le simulateur compte les situations sans domicile et sans domicile stable.",
     "warning"),
])
def test_gps_is_an_error_only_where_the_place_can_harm_someone(lint, folder, src, alt, body, severity):
    (folder / src).parent.mkdir(parents=True, exist_ok=True)
    make_jpeg(folder / src)
    r = lint(f"---\nlang: fr\nimages:\n  - src: {src}\n    alt: \"{alt}\"\n    credit: \"© Awa Diallo\"\n"
             f"    consent: true\n---\n{body}\n")
    [f] = found(r, "geotag.exif-gps")
    assert f["severity"] == severity


@pytest.mark.parametrize("error,severity", [(1414.0, "warning"), (65.0, "error"), (None, "error")])
def test_a_fix_the_camera_calls_coarse_is_a_warning(lint, folder, error, severity):
    # a portrait (error) unless the camera records that its fix is uncertain by 500 m or more (GPSHPositioningError)
    gps = {1: "N", 2: (14.0, 45.0, 13.0), 3: "W", 4: (17.0, 23.0, 26.99)}
    if error is not None:
        gps[31] = error
    make_jpeg(folder / "img" / "awa-diallo.jpg", gps=gps)
    r = lint(draft_with_image("img/awa-diallo.jpg"))
    [f] = found(r, "geotag.exif-gps")
    assert f["severity"] == severity


def test_remote_images_are_never_fetched(lint):
    r = lint("![a](https://example.org/a.jpg)\nPhoto : X\n")
    assert not rules_of(r, "geotag")


def test_missing_image_warns_and_credit_is_still_checked(lint):
    r = lint("---\nlang: fr\nimages:\n  - src: img/introuvable.jpg\n    alt: \"Affiche\"\n---\nPortes ouvertes.\n")
    [f] = found(r, "geotag.image-metadata")
    assert f["severity"] == "warning" and f["line"] == 4 and "introuvable" in f["message"].lower()
    assert found(r, "image-credit.missing")


def test_image_outside_the_project_is_not_read(lint, tmp_path):
    make_jpeg(tmp_path / "outside.jpg")
    r = lint(draft_with_image("../outside.jpg"))
    assert not found(r, "geotag.exif-gps")
    [f] = found(r, "geotag.image-metadata")
    assert "hors du dossier du projet" in f["message"]


def test_identifying_metadata_warning_and_plain_camera_is_fine(lint, folder):
    make_jpeg(folder / "img" / "a.jpg", gps=None, owner="Awa Diallo", serial="SN12345")
    make_jpeg(folder / "img" / "b.jpg", gps=None)
    r = lint(draft_with_image() + "\n![b](img/b.jpg)\nPhoto : X\n")
    [f] = found(r, "geotag.image-metadata")
    assert f["line"] == 4 and "Awa Diallo" in f["message"] and "numéro de série" in f["message"]


def test_damaged_and_non_image_files_are_reported_not_crashing(lint, folder):
    data = bytearray(open(make_jpeg(folder / "img" / "a.jpg"), "rb").read())
    i = data.find(b"Exif\x00\x00")
    data[i + 10:i + 14] = b"\xff\xff\xff\x7f"
    (folder / "img" / "a.jpg").write_bytes(bytes(data))
    (folder / "img" / "b.jpg").write_text("not an image")
    r = lint(draft_with_image() + "\n![b](img/b.jpg)\nPhoto : X\n")
    assert r.error is None and not r.internal_errors
    msgs = [f["message"] for f in found(r, "geotag.image-metadata")]
    assert len(msgs) == 2 and all("illisibles" in m for m in msgs)


# ------------------------------------------------------------------------------------------- text
@pytest.mark.parametrize("text,expected", [
    ("Tonight the van parks at -33.9249, 18.4241 from 8pm.", "-33.9249, 18.4241"),
    ("Point de rencontre : 14°41'N 17°26'W, derrière le marché.", "14°41'N 17°26'W"),
    ("GPS : 14.6928° N, 17.4467° W.", "14.6928° N, 17.4467° W"),
    ("Position: 14.692, -17.446", "14.692, -17.446"),
    ("Nous sommes au 14,6928 -17,4467 ce soir.", "14,6928 -17,4467"),
    ("Voir https://www.google.com/maps/@14.6928,-17.4467,15z pour venir.", "https://www.google.com/maps/@14.6928,-17.4467,15z"),
    ("Carte : https://www.openstreetmap.org/#map=17/14.69280/-17.44670", "https://www.openstreetmap.org/#map=17/14.69280/-17.44670"),
    ("Itinéraire : https://maps.google.com/?q=14.6928,-17.4467", "https://maps.google.com/?q=14.6928,-17.4467"),
    ("[Le lieu](geo:14.6928,-17.4467)", "geo:14.6928,-17.4467"),
    ("Adresse what3words : ///index.home.raft", "///index.home.raft"),
    ("Plus code : 7FG9+2X Dakar", "7FG9+2X"),
])
def test_coordinates_found(lint, text, expected):
    r = lint(f"---\nlang: fr\n---\n{text}\n")
    [f] = found(r, "geotag.coordinates")
    assert f["text"] == expected and f["severity"] == "warning" and f["line"] == 4


@pytest.mark.parametrize("text", [
    "Rendez-vous à 14:30, score 2-1, version 3.8.18, prix 12.50, 13.75 €.",
    "Le 14.11.2026 à 18h, appelez le 77.123.45.67 ou le +221 77 123 45 67.",
    "Les chiffres : 12.500, 13.750 personnes ; 1.234, 5.678 et 9.1011 kits.",
    "Temperature 35°C today, 40% humidity, ratio 0.75, 0.25, 1.5 2.5.",
    "Latitude de manœuvre : 12,5 % ; budget 3,75, 4,25 millions.",
    "See https://example.org/report?id=14.6928 and https://www.google.com/maps/place/Dakar",
    "```\nlat = 14.6928, -17.4467\n```",
])
def test_coordinates_lookalikes_not_flagged(lint, text):
    r = lint(f"---\nlang: fr\n---\n{text}\n")
    assert not found(r, "geotag.coordinates"), found(r, "geotag.coordinates")


def test_coordinates_error_in_a_post_about_a_child(lint):
    r = lint("---\nlang: en\n---\nThe 9-year-old girl waits at -33.9249, 18.4241 every evening.\n")
    [f] = found(r, "geotag.coordinates")
    assert f["severity"] == "error" and "child" in f["message"]


@pytest.mark.model  # a French child cue loads the NER
def test_thread_child_in_another_post_stays_a_warning(lint):
    r = lint("---\ntype: thread\nlang: fr\n---\nUne fillette de 8 ans a repris l'école.\n---\n"
             "La camionnette stationne au 12 rue Carnot ce soir.\n")
    [f] = found(r, "geotag.precise-location")
    assert f["severity"] == "warning" and f["text"] == "12 rue Carnot"


@pytest.mark.parametrize("text,expected,severity", [
    ("Notre permanence : 25 avenue Bourguiba, Dakar.", "25 avenue Bourguiba", "warning"),
    ("Meet us at 14 Kenyatta Road tonight.", "14 Kenyatta Road", "warning"),
    ("Elle vit dans le camp de Mbera, bloc C, tente 14.", "bloc C", "warning"),
    ("📍 Centre d'accueil, 25 avenue Bourguiba", "📍 Centre d'accueil, 25 avenue Bourguiba", "warning"),
    ("📍 Dakar", "📍 Dakar", "info"),
])
def test_precise_location(lint, text, expected, severity):
    r = lint(f"---\nlang: fr\n---\n{text}\n")
    fs = found(r, "geotag.precise-location")
    assert fs and fs[0]["text"] == expected and fs[0]["severity"] == severity


@pytest.mark.parametrize("text", [
    "Contact presse : Khady Sow, 12 rue Carnot, Dakar.",
    "La réunion a lieu salle 3, bloc A du ministère.",
    "Elle travaille au bloc opératoire ; 12 rues ont été nettoyées.",
    "# Communiqué\n\nTexte.\n\n## À propos de Sunu Santé\n\nSiège social au 12 rue Carnot, Dakar.",
])
def test_precise_location_not_flagged(lint, text):
    r = lint(f"---\nlang: fr\n---\n{text}\n")
    assert not found(r, "geotag.precise-location"), found(r, "geotag.precise-location")


@pytest.mark.model  # a French child cue loads the NER
def test_address_is_an_error_when_the_post_is_about_a_child(lint):
    r = lint("---\nlang: fr\n---\nLa petite, orpheline de 7 ans, habite au 12 rue Carnot à Thiès.\n")
    [f] = found(r, "geotag.precise-location")
    assert f["severity"] == "error" and "enfant" in f["message"]


@pytest.mark.parametrize("text", [
    "Find us: Amani Trust, 45 Leonard Street, London EC2A 4QS",
    "Visit us at 45 Leonard Street, London, on Saturday.",
    "Our offices are at 45 Leonard Street, London.",
    "Where to find us: 45 Leonard Street, London.",
    "Retrouvez-nous au 12 rue Carnot, Dakar.",
    "Nos bureaux : 12 rue Carnot, Dakar.",
    "Notre siège est au 12 rue Carnot, Dakar.",
    "Venez nous voir au 12 rue Carnot, Dakar.",
    "Adresse du centre : 12 rue Carnot, Dakar.",
])
def test_the_organisations_own_address_is_not_flagged(lint, text):
    r = lint(f"---\nlang: fr\n---\n{text}\n")
    assert not found(r, "geotag.precise-location"), found(r, "geotag.precise-location")


@pytest.mark.parametrize("text,expected", [
    ("She lives at 12 rue Carnot with her two sons.", "12 rue Carnot"),
    ("Elle vit au 12 rue Carnot avec ses deux fils.", "12 rue Carnot"),
    ("The shelter is at 45 Leonard Street, London.", "45 Leonard Street"),
    ("Find us: the women's shelter at 45 Leonard Street.", "45 Leonard Street"),
    ("Contact : foyer d'hébergement Les Amandiers, 12 rue Carnot.", "12 rue Carnot"),
    ("Find us online. Her family lives at 14 Kenyatta Road.", "14 Kenyatta Road"),
])
def test_homes_and_shelters_stay_flagged_after_an_org_label(lint, text, expected):
    fs = found(lint(f"---\nlang: fr\n---\n{text}\n"), "geotag.precise-location")
    assert [f["text"] for f in fs] == [expected]


@pytest.mark.model  # a French child cue loads the NER
def test_find_us_is_not_exempt_in_a_post_about_a_child(lint):
    r = lint("---\nlang: fr\n---\nAwa, 9 ans, suit nos ateliers. Retrouvez-nous au 12 rue Carnot, Dakar.\n")
    assert [(f["text"], f["severity"]) for f in found(r, "geotag.precise-location")] == [("12 rue Carnot", "error")]
