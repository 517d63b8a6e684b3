"""Titles in a press release: the headline's own words (without the label or date around them) and titles
quoted in the text (« Visibles, invisibles : … », a report's or a campaign's name), which are not quotations.

Reads the parts `postlint.document.press` finds; the structure rules (`postlint.rules.structure`) use it.
"""
from __future__ import annotations

from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.document.press_labels import DATE, RELEASE_LINE
from postlint.text.normalize import fold
from postlint.text.patterns import LazyRegex

_HEAD_PIECES = LazyRegex(r"\s+[-–—|]\s+|\s*//\s*|(?<=\S)\s*:\s+")
_DATE_ONLY = LazyRegex(rf"^(?:{DATE}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})\s*$")
_LABEL_ONLY = LazyRegex(r"^(?:(?:media|press|news)\s+(?:advisory|alert)|avis\s+aux\s+medias|invitation\s+presse)$")
# a title announced by the words before it: « le rapport « … » », "the campaign "…"", « sous le thème « … » »
_TITLE_NOUN = LazyRegex(
    r"(?:article|billet|depeche|tribune|communique|publication|rapport|report|campagne|campaign|film|documentaire|documentary|livre|book|ouvrage|exposition|exhibition|"
    r"etude|study|guide|spectacle|piece|play|projet|project|programme|program|conference|colloque|webinaire|"
    r"webinar|seminaire|theme|slogan|titre|title|titled|intitulee?s?|entitled|called|appele|nomme|named|"
    r"hashtag|motto|devise|mot\s+d'ordre|plan|strategie|strategy|initiative|declaration|charte|charter|"
    r"resolution|loi|law|act|bill|manifeste|manifesto|album|chanson|song|emission|show|podcast|serie|series)"
    r"\s*(?:[:,]\s*)?(?:(?:de|du|des|d'|of|the|le|la|les|l')\s+[^\s«“\"]+\s*){0,3}$")
_SENTENCE_END = LazyRegex(r"[.!?…]\s*[»”\"]?\s*$|[.!?]\s")


def headline_text(doc: Document, span: Span) -> str:
    """The headline's words: without a label opening it (« Communiqué de presse – … », "Media advisory: …")
    or a date opening or closing it ("24.11.2000: …", "… – 21 November 2024"), which are not the title."""
    text = " ".join(doc.prose[span.start:span.end].split()).strip(" *_")
    while True:
        pieces = _HEAD_PIECES.split(text, maxsplit=1)
        head = fold(pieces[0]).strip(" *_.")
        if len(pieces) == 2 and (RELEASE_LINE.match(head) or _LABEL_ONLY.match(head) or _DATE_ONLY.match(head)):
            text = pieces[1].strip()
            continue
        seps = list(_HEAD_PIECES.finditer(text))
        if seps and _DATE_ONLY.match(fold(text[seps[-1].end():]).strip(" *_.")):
            text = text[:seps[-1].start()].strip()
            continue
        return text


def is_title(doc: Document, quote: Span, before: str) -> bool:
    """A quoted title rather than a quoted statement: announced by a title word ("the report", « le thème »,
    "titled"), or with no sentence inside and a colon or at most 12 words (« Visibles, invisibles : … »)."""
    inner = doc.prose[quote.start:quote.end].strip("«»“”\"„ \n")
    if _TITLE_NOUN.search(fold(before[-80:]).rstrip(" «“\"„")):
        return True
    if _SENTENCE_END.search(inner):
        return False
    return ":" in inner or len(inner.split()) <= 12
