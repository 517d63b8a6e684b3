"""disclosure.embargo: time and zone before or after the date; embargo lines in a pitch."""
from __future__ import annotations

from datetime import date

import pytest

DAY = date(2026, 12, 2)  # the embargo day of the lines below
BEFORE = date(2026, 11, 20)
AFTER = date(2026, 12, 10)


def _found(result):
    return [result.finding_dict(f) for f in result.findings if f.rule == "disclosure.embargo"]


def _doc(text: str, lang: str, type_: str = "press-release", extra: str = "") -> str:
    return f"---\ntype: {type_}\nlang: {lang}\n{extra}---\n{text}\n"


# ----------------------------------------------------------------------------- time and zone before the date
TIME_FIRST = [
    ("en", "EMBARGOED UNTIL 00:01 GMT, 2 December 2026"),
    ("en", "Under embargo until 10:00 a.m. ET on Dec. 2, 2026"),
    ("en", "Embargoed until 9 a.m. Eastern on December 2, 2026"),
    ("en", "Embargoed until noon PT, Dec 2 2026"),
    ("en", "EMBARGOED UNTIL MIDNIGHT UTC+1, 2 DECEMBER 2026"),
    ("en", "Not for publication before 09:00 BST, 2 December 2026"),
    ("en", "Hold for release until 10am WAT on 2 December 2026"),
    ("fr", "Sous embargo jusqu'à 00h01 GMT le 2 décembre 2026"),
    ("fr", "embargo : 10 h (heure de Dakar), mardi 2 décembre 2026"),
    ("fr", "Sous embargo jusqu'à minuit (heure de Paris) le 2 décembre 2026"),
    ("fr", "Ne pas diffuser avant 14H30 CET, le mercredi 2 décembre 2026"),
    ("fr", "Embargo : midi UTC+1, 2/12/2026"),
]


@pytest.mark.parametrize("lang,text", TIME_FIRST)
def test_time_and_zone_before_the_date_are_read_on_the_day(lint, lang, text):
    found = _found(lint(_doc(text, lang), today=DAY))
    assert [(d["line"], d["column"], d["severity"]) for d in found] == [(5, 1, "info")]
    assert found[0]["text"] == text  # the span covers the date, the time and the zone
    assert "fuseau" not in found[0]["message"] and "time zone" not in found[0]["message"]
    assert found[0]["message"] == ("L'embargo est levé aujourd'hui : publiez après l'heure indiquée." if lang == "fr"
                                   else "The embargo lifts today: publish after the stated time.")


@pytest.mark.parametrize("lang,text", TIME_FIRST)
def test_time_and_zone_before_the_date_before_the_day(lint, lang, text):
    found = _found(lint(_doc(text, lang), today=BEFORE))
    assert [(d["line"], d["severity"]) for d in found] == [(5, "error")]
    assert found[0]["message"] == ("Sous embargo jusqu'au 2026-12-02 : ne pas publier le 2026-11-20." if lang == "fr"
                                   else "Under embargo until 2026-12-02: do not publish on 2026-11-20.")


@pytest.mark.parametrize("lang,text,missing", [
    ("en", "EMBARGOED UNTIL 00:01, 2 December 2026", "Give the time zone."),
    ("fr", "Sous embargo jusqu'à 10 h le 2 décembre 2026", "Précisez le fuseau horaire."),
    ("fr", "Sous embargo jusqu'au 2 décembre 2026", "Précisez l'heure et le fuseau horaire."),
    # a time in the next sentence is not the embargo's
    ("fr", "Sous embargo jusqu'au 2 décembre 2026 à 00h01. La conférence aura lieu à 10 h GMT.",
     "Précisez le fuseau horaire."),
    ("fr", "Embargo : 2 décembre 2026 ; conférence à 10h GMT", "Précisez l'heure et le fuseau horaire."),
    # "ET" after a French time is the word "et", not Eastern Time
    ("fr", "EMBARGO JUSQU'AU 2 DÉCEMBRE 2026 À 10H ET APRÈS DIFFUSION", "Précisez le fuseau horaire."),
])
def test_missing_time_or_zone_still_reported(lint, lang, text, missing):
    found = _found(lint(_doc(text, lang), today=DAY))
    assert [(d["line"], d["severity"]) for d in found] == [(5, "warning")]
    assert found[0]["message"].endswith(missing)


@pytest.mark.parametrize("lang,text", [
    ("en", "Embargoed until June 26, 2026 9am EST"),
    ("en", "Embargo: 2026-12-02T09:00Z"),
    ("en", "Embargo: 2026-12-02T09:00+01:00"),
    ("en", "Embargoed until 2 December 2026 at 10:00 West Africa Time"),
    ("fr", "Sous embargo jusqu'au 2 décembre 2026 à 10 h 30 (heure de Paris)"),
])
def test_time_and_zone_after_the_date_still_read(lint, lang, text):
    today = date(2026, 6, 26) if "June" in text else DAY
    found = _found(lint(_doc(text, lang), today=today))
    assert [(d["line"], d["severity"]) for d in found] == [(5, "info")]
    assert found[0]["text"] == text.rstrip(")")


# ----------------------------------------------------------------------------- pitches
PITCH = "Hi Tom, we launch the report next week.\n\n{line}\n\nWould you like an interview?"


@pytest.mark.parametrize("lang,line", [
    ("en", "It is under embargo until 00:01 GMT on Thursday 3 December 2026."),
    ("en", "Embargoed until 10:00 a.m. ET on Dec. 3, 2026"),
    ("fr", "Le rapport est sous embargo jusqu'au jeudi 3 décembre 2026 à 00h01 (heure de Paris)."),
])
@pytest.mark.parametrize("today", [BEFORE, date(2026, 12, 3)])
def test_well_formed_embargo_in_a_pitch_is_not_reported(lint, lang, line, today):
    assert _found(lint(_doc(PITCH.format(line=line), lang, "pitch"), today=today)) == []


def test_same_line_in_a_press_release_is_an_error(lint):
    line = "It is under embargo until 00:01 GMT on Thursday 3 December 2026."
    found = _found(lint(_doc(PITCH.format(line=line), "en"), today=BEFORE))
    assert [(d["line"], d["severity"]) for d in found] == [(7, "error")]


@pytest.mark.parametrize("lang,line,message", [
    ("en", "Under embargo until Thursday 3 December 2026.",
     "Embargo offered until 2026-12-03: tell the journalist the time and time zone."),
    ("en", "Under embargo until 3 December 2026, 10am.",
     "Embargo offered until 2026-12-03: tell the journalist the time zone."),
    ("fr", "Sous embargo jusqu'au jeudi 3 décembre 2026.",
     "Embargo proposé jusqu'au 2026-12-03 : indiquez au journaliste l'heure et le fuseau horaire."),
    ("fr", "Sous embargo jusqu'au 3 décembre 2026 à 10 h.",
     "Embargo proposé jusqu'au 2026-12-03 : indiquez au journaliste le fuseau horaire."),
    ("en", "Under embargo until further notice.",
     "Embargo offered without a readable date: tell the journalist the date, time and time zone "
     "('under embargo until 00:01 GMT on Thursday 3 December 2026')."),
    ("fr", "Sous embargo jusqu'à nouvel ordre.",
     "Embargo proposé sans date lisible : indiquez au journaliste la date, l'heure et le fuseau horaire "
     "(« sous embargo jusqu'au jeudi 3 décembre 2026 à 00h01 GMT »)."),
    ("en", "Under embargo until 00:01 GMT on 1 May 2026.",
     "The embargo offered lifted on 2026-05-01: update the date or remove the line."),
    ("fr", "Sous embargo jusqu'au 1er mai 2026 à 00h01 GMT.",
     "L'embargo proposé est levé depuis le 2026-05-01 : mettez la date à jour ou retirez la mention."),
])
def test_incomplete_or_stale_embargo_in_a_pitch_is_info(lint, lang, line, message):
    found = _found(lint(_doc(PITCH.format(line=line), lang, "pitch"), today=BEFORE))
    assert [(d["line"], d["column"], d["severity"], d["message"]) for d in found] == [(7, 1, "info", message)]


def test_pitch_forced_on_the_command_line(lint):
    text = "---\nlang: en\n---\nUnder embargo until 00:01 GMT on Thursday 3 December 2026.\n"
    assert _found(lint(text, type="pitch", today=BEFORE)) == []
    assert [d["severity"] for d in _found(lint(text, today=BEFORE))] == ["error"]


def test_front_matter_embargo_of_a_pitch(lint):
    done = _found(lint(_doc("Hi Tom.", "en", "pitch", "embargo: 2026-12-03T00:01+00:00\n"), today=BEFORE))
    assert done == []
    no_zone = _found(lint(_doc("Hi Tom.", "en", "pitch", "embargo: 2026-12-03T00:01\n"), today=BEFORE))
    assert [(d["line"], d["severity"], d["message"]) for d in no_zone] == [
        (None, "info", "Embargo offered until 2026-12-03 00:01: tell the journalist the time zone.")]
    lifted = _found(lint(_doc("Hi Tom.", "en", "pitch", "embargo: 2026-12-01\n"), today=AFTER))
    assert lifted == []


def test_explain_documents_pitches():
    from postlint.rules.disclosure.embargo import embargo

    assert "type: pitch" in embargo.explain and "before or after the date" in embargo.explain


@pytest.mark.parametrize("text", [
    "EMBARGO : ne pas publier avant le mardi 2 décembre 2026 à 00 h 01 GMT",
    "SOUS EMBARGO – ne pas diffuser avant le 2 décembre 2026 à 00 h 01 GMT",
])
def test_a_label_and_a_phrase_on_one_line_are_one_embargo(lint, text):
    [f] = _found(lint(_doc(text, "fr"), today=BEFORE))
    assert f["column"] == 1 and f["severity"] == "error"


def test_embargoed_with_a_colon_is_read(lint):
    [f] = _found(lint(_doc("Embargoed: 00:01 GMT Monday 14 December 2026", "en"), today=BEFORE))
    assert f["severity"] == "error" and f["column"] == 1


# ----------------------------------------------------------------------------- "on hold until" is not an embargo
@pytest.mark.parametrize("text", [
    "The project was put on hold until December 8 while we wait for funding.",
    "The beta phase is [on Hold until after the conference](https://example.org/1), likely until mid-December.",
    "Placing the call on hold until an agent is available.",
])
def test_on_hold_until_is_not_an_embargo(lint, text):
    assert _found(lint(_doc(text, "en", "post"), today=BEFORE)) == []


@pytest.mark.parametrize("text", [
    "HOLD UNTIL 2 December 2026, 00:01 GMT\n\nThe report is out.",
    "Please hold until 2 December 2026 at 10:00 GMT.",
    "Hold for release until 10am WAT on 2 December 2026",
])
def test_hold_until_heading_a_release_is_an_embargo(lint, text):
    assert [d["severity"] for d in _found(lint(_doc(text, "en"), today=BEFORE))] == ["error"]


# ----------------------------------------------------------------------------- a site page's publication keys
def _site_page(tmp_path, front: str, today: date):
    from postlint.api import check_text

    (tmp_path / "config.toml").write_text('baseURL = "https://example.org/"\n', encoding="utf-8")
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    page = tmp_path / "content" / "release.md"
    page.parent.mkdir(exist_ok=True)
    text = f"---\ntitle: Rapport\n{front}\n---\nSous embargo jusqu'au 26 juin 2026 à 00h01 GMT.\n"
    page.write_text(text, encoding="utf-8")
    result = check_text(text, path=page, today=today)
    return [(d["severity"], d["line"]) for d in _found(result)], _found(result)


@pytest.mark.parametrize("front,expected", [
    ("publishDate: 2026-06-20", [("error", 3)]),  # the site publishes before the embargo lifts
    ("date: 2026-06-22", [("error", 3)]),  # a future date: Hugo builds the page on that day
    ("publishDate: 2026-06-27", [("info", 5)]),  # scheduled after the embargo
    ("draft: true", [("info", 5)]),  # not published
    ("publishDate: 2026-06-28\nexpiryDate: 2026-06-25", [("info", 6)]),  # never online after the embargo
    ("description: no publication key", [("error", 5)]),  # published today, as before
])
def test_site_publication_keys_decide_the_publication_day(tmp_path, front, expected):
    got, found = _site_page(tmp_path, front, date(2026, 6, 10))
    assert got == expected
    if front.startswith("publishDate: 2026-06-20"):
        assert "2026-06-20" in found[0]["message"] and "2026-06-26" in found[0]["message"]
