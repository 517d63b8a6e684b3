"""Every stigma match of a document, all domains at once.

The terms, their alternatives, sources, severities and context conditions are in
`wordlists/<lang>/stigma/<domain>.yaml`; an organisation adds its own with config `wordlists:`.
One matcher per language (and organisation lists) scans a document once; every rule then keeps
the matches of its domain. Names and self-designations (config `organization.names`, the lists'
`exempt:` phrases, capitalised proper names) are not flagged; a term inside a quotation is, with a
message saying so (quoted speech as info, see `_finding.finding`).
"""
from __future__ import annotations

import bisect
from typing import Any

from msgspec import Struct

from postlint.core.lazyimport import lazy_module
from postlint.core.spans import Span
from postlint.document.analysis import analysis
from postlint.document.model import Document
from postlint.text.quotes import in_quotes

context = lazy_module("postlint.rules.stigma._context")  # read only for documents with a match


class Hit(Struct):
    span: Span
    entry: Any  # TermEntry
    surface: str
    plural: bool
    quoted: bool
    sentence_start: bool
    mentioned: bool = False  # the quotation marks hold the term alone, named as a word ("the word 'addict'")
    speech: bool = False  # quoted words of someone else: a sentence or a headline, or a block quote


# (language, organisation wordlists, organisation names) → (matcher, matcher of the protected names)
MATCHERS: dict[tuple, tuple] = {}


def matchers(lang: str, extra: tuple[str, ...], names: tuple[str, ...]):
    """The stigma matcher of a language and the matcher of the names it must not flag, built once."""
    key = (lang, extra, names)
    if key not in MATCHERS:
        from postlint.lexicon.index import matcher_for
        from postlint.lexicon.terms import TermEntry, TermMatcher

        _, exempt, matcher = matcher_for(lang, extra)
        protected = TermEntry(id="exempt", avoid=list(exempt) + list(names), lang=lang, accents="loose")
        MATCHERS[key] = (matcher, TermMatcher([protected]))
    return MATCHERS[key]


def scan(doc: Document, settings: Any) -> list[Hit]:
    """Every stigma match of the document (all domains), computed once per document."""
    extra = tuple(getattr(settings, "wordlists", ()) or ())
    org = getattr(settings, "organization", {}) or {}
    names = tuple(n for n in org.get("names", ()) if isinstance(n, str))
    key = ("stigma.hits", doc.lang, extra, names)
    memo = _scans(doc)
    if key in memo:
        return memo[key]
    matcher, protected = matchers(doc.lang, extra, names)
    hits: list[Hit] = []
    for region, text, block in _regions(doc):
        shielded = [m.span for m in protected.finditer(text, region.start, region.end)]
        for m in matcher.finditer(text, region.start, region.end):
            if any(m.span.overlaps(s) for s in shielded):
                continue
            sentence = _sentence(doc, m.span.start) if block is not None else region
            if block is not None and block.kind != "heading" and (
                    context.in_proper_name(text, sentence, m.span) or context.in_title(doc.source, m.span)):
                continue
            quoted = block is not None and (block.quoted or in_quotes(text, region.start, m.span.start))
            start = text[sentence.start:m.span.start].strip() == ""
            # the source, not the prose: "the word *junkie*" (italics are masked in the prose)
            mentioned = (block is not None and context.mentioned(doc.source, sentence, m.span)
                         or context.rejected(text, region, m.span))
            # in a press release the quotations are the organisation's own (its spokesperson's): it can edit them
            speech = (quoted and not mentioned and doc.meta.type != "press-release"
                      and (block.quoted or context.speech(text, region, m.span)))
            hits.append(Hit(m.span, m.entry, m.surface, m.plural, quoted, start, mentioned, speech))
    memo[key] = hits
    return hits


@analysis
def _scans(doc: Document) -> dict[tuple, list[Hit]]:
    """The scans of this document, by language, extra wordlists and organisation names."""
    return {}


@analysis
def _sentence_starts(doc: Document) -> list[int]:
    return [s.start for s in doc.sentences()]


def _regions(doc: Document):
    for b in doc.text_blocks():
        yield b.span, doc.prose, b
    for im in doc.images:  # alt text is published too (it is masked in the prose)
        if im.alt_span and im.alt:
            yield im.alt_span, doc.source, None


def _sentence(doc: Document, offset: int) -> Span:
    spans = doc.sentences()
    starts = _sentence_starts(doc)
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and spans[i].start <= offset < spans[i].end:
        return spans[i]
    return Span(offset, offset)
