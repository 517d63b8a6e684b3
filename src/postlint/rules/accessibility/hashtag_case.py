"""What it checks: a hashtag made of several words written all in lower case (#nothingaboutuswithoutus)
or all in capitals (#STOPSTIGMA). Words are found with French and English word lists; a one-word tag
(#health, #Dakar, #cupping) and an acronym (#VIH, #UNAIDS) are fine; a tag whose only split leaves a stray
letter or a two-letter piece (#brasil, #usability) is taken for one word the lists miss. Hashtags inside a
block quote (an embedded post of another account, a quoted testimony) or in an image's alt text (a
transcription of a poster) are someone else's spelling and are left alone; so are chat channels
(#watercooler on Slack, lower case by convention) on a line or in a list that speaks of channels. The organisation's and the campaigns'
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
from postlint.text.patterns import LazyRegex

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
        words = None if L.is_word_form(part) or _inflected(part) else L.segment(part)
        if words and len(words) > 1 and _plausible(words):
            split = True
            out.extend(_word_case(w) for w in words)
        else:
            out.append(part)
    return "".join(out) if split else None


_CHANNEL = LazyRegex(r"(?i)\b(?:slack|channels?|canal|canaux|salon|discord|mattermost|irc)\b")
_LIST_ITEM = LazyRegex(r"^\s*(?:[-*+]|\d+[.)])\s+[*_]*#")


def _channel(doc: Document, tag) -> bool:
    """A chat channel's name (#watercooler, #workbench-beta on Slack), lower case by convention, not a hashtag: on
    a line that speaks of channels, or opening an item of a list of them in a page that does."""
    line = doc.line_index.line_text(doc.position(tag.span.start)[0])
    if doc.source[tag.span.end:tag.span.end + 1] == "-" or _CHANNEL.search(line):
        return True
    return bool(_LIST_ITEM.match(line)) and _speaks_of_channels(doc.prose, doc.body.start, doc.body.end)


@lru_cache(maxsize=8)
def _speaks_of_channels(prose: str, start: int, end: int) -> bool:
    """The body speaks of chat channels: read once per page, not per hashtag."""
    return _CHANNEL.search(prose, start, end) is not None


_ONE_LETTER_WORDS = frozenset({"a", "y", "à", "o"})  # and "I", first: #iamhere


def _plausible(words: list[str]) -> bool:
    """A split that reads as words, not as one word the lists miss: no stray letter (entrepreneur|i|at), and two
    pieces only when both are full words (#brasil is not bras|il, #usability not us|ability)."""
    if any(len(w) == 1 and w.lower() not in _ONE_LETTER_WORDS and (i or w.lower() != "i") for i, w in enumerate(words)):
        return False
    return len(words) > 2 or all(len(w) > 2 for w in words)


def _inflected(word: str) -> bool:
    """An English -ing/-ed/-er form of a listed word (#cupping, #hacking, #volunteered): one word."""
    key = word.lower()
    for end in ("ing", "ed", "er", "ers"):
        if key.endswith(end) and len(key) - len(end) >= 3:
            stem = key[:-len(end)]
            stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 3 and stem[-1] == stem[-2] else set())
            if any(L.is_word(s) for s in stems):
                return True
    return False


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
    others = None
    for tag in doc.hashtags:
        body = tag.name
        if not needs_camel_case(body):
            continue
        if others is None:  # block quotes (an embedded post of another account) and alt text (a transcription)
            others = doc.quoted_spans() + [
                im.alt_span for im in doc.images if im.alt_span is not None]
        if any(sp.start <= tag.span.start < sp.end for sp in others) or _channel(doc, tag):
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
