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
senses = lazy_module("postlint.rules.stigma._senses")
mention = lazy_module("postlint.rules.stigma._mention")


class Hit(Struct):
    span: Span
    entry: Any  # TermEntry
    surface: str
    plural: bool
    quoted: bool
    sentence_start: bool
    mentioned: bool = False  # the quotation marks hold the term alone, named as a word ("the word 'addict'")
    speech: bool = False  # quoted words of someone else: a sentence or a headline, or a block quote
    own: bool = False  # the writer names a group they belong to ("like many other drug users, I …")
    voice: str = ""  # "scare": the label alone in quotation marks; "described": the person quoted, described


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
    accepted = tuple((a["term"], tuple(a.get("rules") or ())) for a in org.get("accept", ()) if isinstance(a, dict))
    key = ("stigma.hits", doc.lang, extra, names, accepted)
    memo = _scans(doc)
    if key in memo:
        return memo[key]
    matcher, protected = matchers(doc.lang, extra, names)
    chosen = _accepted_matcher(doc.lang, accepted)
    named = _named_entries(matcher, names)
    hits: list[Hit] = []
    linked: frozenset[str] | None = None  # names of linked packages and sites, read at the first match
    replaced: list[tuple[int, int]] | None = None  # first column of tables of replacements ("Instead of: | Use:")
    glossary: list[tuple[int, int]] | None = None  # headwords of a glossary's entries
    for region, text, block in _regions(doc):
        shielded = [m.span for m in protected.finditer(text, region.start, region.end)]
        own_terms = [] if chosen is None else list(chosen.finditer(text, region.start, region.end))
        for m in matcher.finditer(text, region.start, region.end):
            m = mention.inclusive_former(matcher, text, m)  # "current or former drug users": the base term's own
            if m is None or any(m.span.overlaps(s) for s in shielded):
                continue
            if any(m.span.overlaps(a.span) and _accepts(a.entry.id, m.entry.domain) for a in own_terms):
                continue  # wording the organisation chose (config `organization.accept`)
            if m.entry.id in named:
                continue  # contested wording the organisation's own name uses: « Autosupport des usagers de drogues »
            if linked is None:
                linked = senses.linked_names(doc.source)
            if linked and m.surface.lower() in linked:
                continue  # "the [nuts](https://docs.ropensci.org/nuts) package": a name, wherever the word stands
            if replaced is None:
                replaced = senses.replacement_cells(doc.source)
            if any(a <= m.span.start and m.span.end <= b for a, b in replaced):
                continue  # "Don't say | Say" / "females | women": named to be replaced
            if glossary is None:
                glossary = senses.glossary_headwords(doc.source)
            if any(a <= m.span.start and m.span.end <= b for a, b in glossary):
                continue  # "**substance abuse**: abuso de drogas": a glossary's headword, named to be defined
            hit = _hit(doc, text, region, block, m)
            if hit is not None:
                hits.append(hit)
                if len(hits) >= MAX_HITS:
                    break
        if len(hits) >= MAX_HITS:
            break
    memo[key] = hits
    return hits


# A text with thousands of stigmatising words is not a draft a person will fix place by place: past this many, the
# rest of the text is not read for them (each place costs its context checks: a 1 MB line of "junkie" took 25 s).
MAX_HITS = 3000


def _hit(doc: Document, text: str, region: Span, block: Any, m: Any) -> Hit | None:
    """The match as a hit, or None where the words are not the writer's: a name, the title of a work, a
    fixed designation, someone else's quoted words about a contested term, a quotation reproduced to rebut it."""
    sentence = _sentence(doc, m.span.start) if block is not None else region
    if sentence.start == sentence.end:
        sentence = region  # a block no sentence covers (a front-matter summary): the block is the sentence
    contested = m.entry.severity == "info"
    if block is not None and block.kind != "heading" and (
            context.in_proper_name(text, sentence, m.span) or context.in_title(doc.source, m.span)):
        return None
    if context.in_designation(text, sentence, m.span, contested=contested, lang=doc.lang):
        return None
    if senses.hanging_prefix(text, m.span) or (block is not None and (
            senses.surname(text, m.span) or senses.linked_title(doc.source, m.span))):
        return None  # « psycho- and sociolinguistics », "Angela Hooker", "[The War on Marijuana in Black and White](…)"
    if block is not None and ((block.kind != "heading" and senses.unmarked_title(doc.source, m.span))
                              or _another_sense(doc, text, sentence, m)):
        return None  # "its study, Criminalizing … as Mental Hospitals", "one in three girls in developing countries"
    if block is not None and mention.other_sense(doc, text, sentence, m):
        return None  # "prisoner support", a cited article's title
    if contested and block is not None and (senses.field_label(doc.source, m.span)
                                            or (doc.lang == "en" and senses.office(text, sentence, m.span))):
        return None  # « **Bénéficiaires :** les agents… », "Google chairman Eric Schmidt"
    if contested and (context.person_first(text, m.span) or context.administrative(text, m.span)
                      or (m.entry.label == "contested" and context.qualifies_a_thing(text, m.span))):
        return None
    continued = block is not None and (block.span.start in _continued_quotes(doc)
                                       or mention.excerpt(doc.source, block.span.start))  # "…" / "- Title - site.com"
    quoted = block is not None and (block.quoted or continued or in_quotes(text, region.start, m.span.start))
    start = text[sentence.start:m.span.start].strip() == ""
    # the source, not the prose: "the word *junkie*" (italics are masked in the prose)
    mentioned = (block is not None and context.mentioned(doc.source, sentence, m.span)
                 or context.rejected(text, region, m.span))
    if block is not None and ((mentioned and context.denounced(text, sentence)) or senses.rebutted_belief(
            text, sentence, m.span) or senses.corrected(text, sentence, m.span)):
        # named to denounce it (« dénominations négatives : débile »), a stereotype reported to rebut it, a correction
        # that quotes the alternative ('"a person with diabetes" instead of "a diabetic"')
        return None
    quotation = quoted and not mentioned and (block.quoted or continued or context.speech(text, region, m.span))
    if quotation and context.rebutted(text, region, m.span):
        return None  # « "Un toxicomane de 41 ans…", écrit l'AFP : une dépêche stigmatisante »
    # in a press release the quotations are mostly the organisation's own (its spokesperson's): it can edit a
    # stigmatising word in them; a contested term in a quotation is the speaker's choice, often a partner's
    speech = quotation and (doc.meta.type != "press-release" or contested
                            or mention.peer_speaker(doc.lang, text, region, m.span, m.entry.domain))
    if speech and (contested or continued or (not block.quoted and context.long_quotation(text, region, m.span))):
        return None  # someone else's statement, kept verbatim, or a contested term in their words: theirs
    own = (not quoted and context.self_designation(text, sentence, m.span, doc.lang)) \
        or mention.self_described(text, sentence, m.span, doc.lang, m.entry.domain)
    if own and contested:
        return None
    voice = mention.voice(text, region, sentence, m.span, quoted and not mentioned and not quotation, own, m.entry)
    if voice == "silent" or (voice and contested):
        return None  # a label in scare quotes the sentence judges or rejects, a contested term for a named person
    return Hit(m.span, m.entry, m.surface, m.plural, quoted, start, mentioned, speech, own, voice)


def _another_sense(doc: Document, text: str, sentence: Span, m: Any) -> bool:
    """Entries whose words take another sense in a known setting (`_senses.py`, `_mention.py`): the capitalised
    name of Deaf culture, the UN grouping behind a figure, an act a conduct policy forbids, a suspicion, a breach of
    a code of conduct or an attack on data, a grant's or an allowance's recipients."""
    eid = m.entry.id
    if eid == "the-deaf-blind":
        return senses.deaf_community(text, m.span)
    if eid in ("developing-countries", "voie-de-developpement"):
        return senses.statistical_grouping(text, sentence, m.span)
    if eid == "commit-suicide":
        return senses.prohibited_act(text, sentence, m.span)
    if eid == "offender":
        return (senses.suspected(text, sentence, m.span) or senses.conduct_breach(doc.source, text, sentence, m.span)
                or mention.attackers(text, sentence, m.span))
    if eid == "beneficiaires":
        return senses.grant_recipients(doc.source) or mention.benefit_recipients(doc.source, text, sentence)
    return False


def _named_entries(matcher: Any, names: tuple[str, ...]) -> frozenset[str]:
    """The contested (info) entries that the organisation's own configured names contain: an organisation
    called « Autosupport des usagers de drogues » has chosen that wording for the people it represents."""
    if not names:
        return frozenset()
    return frozenset(m.entry.id for n in names for m in matcher.finditer(n, 0, len(n)) if m.entry.severity == "info")


def _accepts(rules: str, domain: str) -> bool:
    """`rules` is the entry id of an accepted term: the rule ids it covers, joined by spaces (empty: all)."""
    return not rules or any(r in ("stigma", f"stigma.{domain}") for r in rules.split())


ACCEPTED: dict[tuple, Any] = {}


def _accepted_matcher(lang: str, accepted: tuple[tuple[str, tuple[str, ...]], ...]):
    """A matcher of the terms the organisation accepts, with their inflections; each match's entry id holds
    the rules it covers."""
    if not accepted:
        return None
    key = (lang, accepted)
    if key not in ACCEPTED:
        from postlint.lexicon.terms import TermEntry, TermMatcher

        ACCEPTED[key] = TermMatcher([TermEntry(id=" ".join(rules), avoid=[term], lang=lang, accents="loose", inflect=True)
                                     for term, rules in accepted])
    return ACCEPTED[key]


@analysis
def _scans(doc: Document) -> dict[tuple, list[Hit]]:
    """The scans of this document, by language, extra wordlists and organisation names."""
    return {}


@analysis
def _continued_quotes(doc: Document) -> frozenset[int]:
    """Starts of the paragraphs inside a quotation of several paragraphs whose marks open in an earlier one
    and close in a later one (“… / … / …”), found only when the quotation does close within four paragraphs."""
    text = doc.prose
    inside: set[int] = set()
    pending: list[int] = []
    opened = False
    for b in doc.text_blocks():
        if b.kind != "paragraph":
            opened, pending = False, []
            continue
        if opened:
            part = text[b.span.start:b.span.end]
            if sum(part.count(c) for c in "”»") > sum(part.count(c) for c in "“«"):
                inside.update(pending + [b.span.start])  # closed here: the paragraphs between were quoted
                opened, pending = False, []
            elif len(pending) >= 4:
                opened, pending = False, []
            elif not part.lstrip().startswith(("“", "«")):
                pending.append(b.span.start)
            continue
        opened = in_quotes(text, b.span.start, b.span.end)
    return frozenset(inside)


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
