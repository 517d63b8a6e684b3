"""Every rule survives ordinary real-world sentences: thousands of generated sentences mixing places,
numbers, currencies, phone-like and date-like strings, in English and French, give no internal error.

(`The United States of America had 360 000 cases.` once crashed disclosure.personal-contact with
KeyError: 'US' and the rule was skipped for the whole file.)"""
from __future__ import annotations

import itertools
import random
from datetime import date

import pytest

from postlint.api import check_text

PLACES = ["The United States of America", "the United States", "the US", "the U.S.", "California", "Washington DC",
          "Washington, D.C.", "New York, NY 10017", "Dakar", "Kayes N'Di", "Bamako", "Côte d'Ivoire", "Senegal",
          "Paris 75011", "Genève", "Saint-Louis du Sénégal", "the UK", "Canada", "Québec", "Kinshasa", "RDC",
          "Burkina Faso", "Île-de-France", "Guinée-Bissau", "Addis Ababa", "Lagos State", "Texas", "DC 20405",
          "Ouagadougou 01 BP 123", "Geneva CH-1211", "la Californie", "les États-Unis", "le Mali", "Thiès"]
NUMBERS = ["360 000", "360,000", "1.5 million", "12 %", "3,5 millions", "42", "Q2 2015", "2015", "20405",
           "100 000 cases", "one in five", "1er", "n° 12", "10 000 F CFA", "US$ 5,000", "€ 1 200", "$3.2bn",
           "FCFA 25 000", "15 h 30", "3:45 pm", "CHF 200", "£40", "₦ 5,000", "25 000 XOF"]
CONTACTS = ["+221 77 123 45 67", "(202) 555-0143", "555-0143", "+1 202 555 0143", "06 12 34 56 78",
            "+33 6 12 34 56 78", "0800 123 456", "BP 3219", "postlint@example.org", "ext. 204", "20405",
            "+223 20 22 33 44", "1-800-273-8255", "116 111", "112", "+41 22 791 21 11"]
DATES = ["2015-02-30", "31/12/2026", "12/31/2026", "1 December 2026", "le 1er décembre 2026", "Dec. 7, 2026",
         "07.12.2026", "2026-12-07T10:00", "lundi 7 décembre", "Monday 7 December", "Q4", "FY2025"]
EN = ["{p} had {n} cases.", "Our team will be in {p} {d}.", "{p} {c}.", "Call {c} before {d}.",
      "In {p}, {n} people were tested on {d}.", "Write to {c} or visit our office in {p}.",
      "The grant of {n} covers {p} until {d}.", "Maria, 34, lives in {p} and can be reached at {c}.",
      "I was diagnosed with HIV in {p} in {d}.", "Our partners in {p} reached {n} people.",
      "Embargoed until {d}: {p} announces {n}."]
FR = ["{p} compte {n} cas.", "Notre équipe sera à {p} le {d}.", "Appelez le {c} avant le {d}.",
      "À {p}, {n} personnes ont été dépistées le {d}.", "Écrivez au {c} ou passez à notre bureau de {p}.",
      "Awa, 11 ans, élève à {p}, joignable au {c}.", "Sous embargo jusqu'au {d} : {p} annonce {n}.",
      "Le budget de {n} couvre {p} jusqu'au {d}.", "J'ai appris ma séropositivité à {p} en {d}."]
ISSUE = ["The United States of America had 360 000 cases.", "Our team will be in California Q2 2015.",
         "Washington DC 20405."]
TODAY = date(2026, 12, 7)


def sentences(templates: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for t in itertools.islice(itertools.cycle(templates), n):
        out.append(t.format(p=rnd.choice(PLACES), n=rnd.choice(NUMBERS), c=rnd.choice(CONTACTS), d=rnd.choice(DATES)))
    return out


def drafts(lang: str, n: int = 1500, per_draft: int = 25) -> list[str]:
    """`n` sentences in drafts of `per_draft` (a post per paragraph, a few to a paragraph)."""
    sents = sentences(EN if lang == "en" else FR, n, seed=7 if lang == "en" else 11)
    out = []
    for i in range(0, len(sents), per_draft):
        chunk = sents[i:i + per_draft]
        out.append("\n\n".join(" ".join(chunk[j:j + 3]) for j in range(0, len(chunk), 3)) + "\n")
    return out


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("never-raise")
    (d / ".postlint.yaml").write_text('organization:\n  names: ["Kora Network"]\n  phones: ["+221 33 800 00 00"]\n',
                                      encoding="utf-8")
    return d


def _errors(folder, text: str, **kw) -> list[str]:
    r = check_text(text, path=folder / "draft.md", today=TODAY, **kw)
    return list(r.internal_errors) + ([r.error] if r.error and "internal" in r.error else [])


@pytest.mark.parametrize("sentence", ISSUE)
def test_issue_sentences(folder, sentence):
    for kw in ({}, {"lang": "en"}, {"type": "press-release"}):
        assert _errors(folder, sentence + "\n", **kw) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("doc_type", [None, "press-release"])
def test_thousands_of_sentences(folder, lang, doc_type):
    failures = []
    for text in drafts(lang):
        errs = _errors(folder, text, lang=lang, type=doc_type)
        if errs:
            failures.append((errs[0], text[:200]))
    assert not failures, f"{len(failures)} drafts with internal errors, first: {failures[0]}"
