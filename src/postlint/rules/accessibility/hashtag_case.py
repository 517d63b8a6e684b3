"""What it checks: a hashtag made of several words written all in lower case (#nothingaboutuswithoutus)
or all in capitals (#STOPSTIGMA). Words are found with French and English word lists; a one-word tag
(#health, #Dakar) and an acronym (#VIH, #UNAIDS) are fine. The organisation's and the campaigns'
hashtags are left to `hashtags.official-spelling`, which knows their exact spelling.
Why: screen readers read #nothingaboutuswithoutus as one long made-up word; #NothingAboutUsWithoutUs
is read word by word, and is easier for everyone to read.
Fix safety: suggestion only — the split is a guess (check the suggested capitals). Changing a
campaign hashtag's case is fine: platforms match hashtags without regard to case."""
from __future__ import annotations

from functools import lru_cache

import regex

from postlint.core.rule import Context, rule
from postlint.document.model import Document
from postlint.rules.accessibility._sources import SOURCE_A11Y
from postlint.text import lang as L
from postlint.text.hashtags import official_spellings, tag_key

# Acronyms that are also everyday words: a word of a split hashtag, they are written as words
# (#PeopleWhoUseDrugs, #ActNow, #AccèsAuxSoins, #UnMondeSansSIDA), not WHO, ACT, AU, UN.
WORD_ACRONYMS = frozenset({"WHO", "ACT", "UN", "AU", "EU", "AI", "ODD", "ID", "PAM", "PS", "AP", "NB"})


def _word_case(word: str) -> str:
    if word.upper() in L.ACRONYMS and word.upper() not in WORD_ACRONYMS:
        return word.upper()
    return word[:1].upper() + word[1:].lower()


@lru_cache(maxsize=8192)  # a function of the tag alone (and of fixed word lists); tags repeat across drafts
def camel_case(body: str) -> str | None:
    """CamelCase form of a run-together hashtag body, or None when it is one word (or unknown)."""
    parts = regex.findall(r"[^\W\d_]+|\d+|_+", body)
    out, split = [], False
    for part in parts:
        if not part.isalpha():
            out.append(part)
            continue
        if part.upper() in L.ACRONYMS and len(parts) > 1:
            out.append(part.upper())
            continue
        words = None if L.is_word_form(part) else L.segment(part)
        if words and len(words) > 1:
            split = True
            out.extend(_word_case(w) for w in words)
        else:
            out.append(part)
    return "".join(out) if split else None


@lru_cache(maxsize=8192)
def needs_camel_case(body: str) -> bool:
    """The hashtag body is long enough to hold several words and has no capital inside to show them."""
    letters = [c for c in body if c.isalpha()]
    if len(letters) < 6:
        return False
    if all(c.isupper() for c in letters):
        return body.upper() not in L.ACRONYMS
    return not any(c.isupper() for c in letters[1:])  # all lower case, or only the first letter capital


@rule("accessibility.hashtag-case", severity="warning", summary="Multi-word hashtag not written in CamelCase",
      source=SOURCE_A11Y, fix="never",
      examples={"fail": ("#nothingaboutuswithoutus", "#santementale", "#BLACKLIVESMATTER"),
                "pass": ("#NothingAboutUsWithoutUs", "#health", "#VIH", "#CivicTech")})
def hashtag_case(doc: Document, ctx: Context):
    official = None
    for tag in doc.hashtags:
        body = tag.name
        if not needs_camel_case(body):
            continue
        if official is None:  # the organisation's and the campaigns' tags, as hashtags.official-spelling reads them
            official = set(official_spellings(ctx.organization.get("hashtags") or [], doc.meta.campaigns,
                                              ctx.campaigns))
        if tag_key(tag.text) in official:
            continue  # an official or campaign hashtag: hashtags.official-spelling gives its spelling, with a fix
        camel = camel_case(body)
        if not camel or camel == body:
            continue
        yield ctx.finding(tag.span, ctx.msg(
            fr="Hashtag de plusieurs mots sans majuscules : les lecteurs d'écran le lisent comme un seul mot. "
               "Écrivez #{c}.",
            en="Multi-word hashtag without capitals: screen readers read it as one word. Write #{c}.", c=camel),
            suggestions=["#" + camel])


RULES = [hashtag_case]
