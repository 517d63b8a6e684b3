"""Where a stigma term stands, read from the text around it: inside a name or the title of a work (not
flagged), named as a word or rejected in a glossary (info), inside someone's quoted words (info outside
press releases) or inside quotation marks at all (the message says so). Used by `_scan.py`, which loads it
only for documents with a match.
"""
from __future__ import annotations

import re

from postlint.core.spans import Span

_CONNECTORS = {"de", "des", "du", "d", "la", "le", "les", "l", "et", "pour", "contre", "of", "the", "and", "for",
               "against", "on", "in", "à", "au", "aux", "en"}


def in_proper_name(text: str, sentence: Span, span: Span) -> bool:
    """The term is part of a capitalised name (« Auto-Support des Usagers de Drogues », "Drug Users
    Forum"), not a title-case headline."""
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\W\d_]+", text[sentence.start:sentence.end])]
    words = [(s + sentence.start, e + sentence.start, w) for s, e, w in words]
    if not words:
        return False

    def cap(w: str) -> bool:
        return w[0].isupper() and not (len(w) > 1 and w.isupper())

    def joined(i: int) -> bool:  # words i and i + 1 sit side by side: a name never spans a line or a symbol
        return _NAME_GAP.fullmatch(text, words[i][1], words[i + 1][0]) is not None

    inside = [i for i, (s, e, _) in enumerate(words) if s < span.end and e > span.start]
    # « Usagers de Drogues »: the connectors inside the term stay lower-case in a name
    if not inside or not all(cap(words[i][2]) or words[i][2].lower() in _CONNECTORS for i in inside) \
            or not any(cap(words[i][2]) for i in inside):
        return False
    content = [w for _, _, w in words if w.lower() not in _CONNECTORS]
    if len(content) >= 4 and sum(cap(w) for w in content) / len(content) >= 0.6:
        return False  # a headline in title case: its words are not a name
    lo, hi = inside[0], inside[-1]
    caps = 0  # capitalised words of the name outside the term ("Third World" alone is not a name)
    i = lo - 1
    while i >= 0 and joined(i):
        w = words[i][2]
        if cap(w) and w.lower() not in _CONNECTORS:  # « Les » opening a sentence is no part of a name
            caps += 1
            lo = i
        elif w.lower() not in _CONNECTORS or i == 0 or not cap(words[i - 1][2]):
            break
        i -= 1
    i = hi + 1
    while i < len(words) and joined(i - 1):
        w = words[i][2]
        if cap(w) and w.lower() not in _CONNECTORS:
            caps += 1
            hi = i
        elif w.lower() not in _CONNECTORS or i + 1 >= len(words) or not cap(words[i + 1][2]):
            break
        i += 1
    if caps < 1:
        return False
    # a capital after a line break or a symbol may only open a line ("❌ Sidéen → ✅ …")
    return (lo > 0 and joined(lo - 1)) or caps + sum(cap(words[k][2]) for k in inside) >= 3


# the title of a book, film or report, in italics or quotation marks: « *Junky* (1953) », 'the film
# "Diary of a Junkie"', 'Burroughs's *Junky*' — a name, not the writer's words about people
_TITLE_DELIMS = {"*": "*", "_": "_", "«": "»", "“": "”", '"': '"'}
_WORK_BEFORE = re.compile(
    r"(?i)\b(?:book|novel|film|movie|documentary|memoir|series|play|song|album|podcast|essay|report|"
    r"livre|roman|documentaire|série|émission|pièce|chanson|essai|ouvrage|mémoires|rapport)"
    r"\W+(?:\w+\W+){0,2}[*_«“\"]+\s*$")
_POSSESSIVE_BEFORE = re.compile(r"[A-Z][\w.-]+['’]s?\s+[*_«“\"]+\s*$")  # "Burroughs's *Junky*": a weaker cue
_WORK_AFTER = re.compile(r"[*_»”\"]+\s*(?:\(\D{0,20}\d{4}\)|,?\s+(?:by|de|d['’])\s*[A-Z])")


def in_title(source: str, span: Span) -> bool:
    line_start = source.rfind("\n", 0, span.start) + 1
    line_end = source.find("\n", span.end)
    line_end = len(source) if line_end < 0 else line_end
    for opening, closing in _TITLE_DELIMS.items():
        o = source.rfind(opening, line_start, span.start)
        c = source.find(closing, span.end, line_end)
        if o < 0 or c < 0 or (opening == closing and source.count(opening, line_start, o) % 2):
            continue
        inner = source[o + 1:c].strip(" *_")
        words = re.findall(r"[^\W\d_]+", inner)
        if not words or len(words) > 12 or not words[0][0].isupper():
            continue
        # a year or "by/de Name" after, or "the film", « la série » before: the title may be in sentence case
        # (French titles: *Confessions d'un toxicomane*); after a possessive alone, it must be in Title Case
        if _WORK_AFTER.match(source, c, line_end) or _WORK_BEFORE.search(source, line_start, o + 1):
            return True
        if (_POSSESSIVE_BEFORE.search(source, line_start, o + 1)
                and all(w[0].isupper() for w in words if len(w) > 3)):
            return True
    return False


_NAME_GAP = re.compile(r"[ \u00a0\u202f\t,.'’\-‐]*")  # what may separate the words of one name
_OPENING, _CLOSING = "«“\"", "»”\""
# a verb or noun that names a word rather than a person: « le mot », « d'écrire », "the word", "stop using".
# "called them 'junkies'" is not one: that reports an insult aimed at people (flagged, tests/data/qa/stigma).
_MENTION_CUE = re.compile(
    r"(?i)\b(?:mots?|termes?|expressions?|vocables?|qualificatifs?|étiquettes?|écrire|dire|appeler|employer|utiliser|"
    r"bannir|words?|terms?|phrases?|labels?|say|saying|write|writing|use|using)"
    r"\b[^«“\".!?]{0,80}$")


def mentioned(text: str, sentence: Span, span: Span) -> bool:
    """The term stands alone between quotation marks, after a cue that names it as a word: « Arrêtons
    d'écrire « toxicomane » », 'the word "addict"'. Quoting a whole sentence is not this."""
    i = span.start - 1
    while i >= sentence.start and text[i] in " \u00a0\u202f":
        i -= 1
    j = span.end
    while j < sentence.end and text[j] in " \u00a0\u202f":
        j += 1
    if i < sentence.start or j >= sentence.end or text[i] not in _OPENING + "*_" or text[j] not in _CLOSING + "*_":
        return False
    return bool(_MENTION_CUE.search(text, sentence.start, i))


# a glossary line or a correction names the word it rejects: "❌ Toxicomane → ✅ Personne qui…",
# « au lieu de « toxicomane » », "instead of 'addict'", « Dites … , pas « drogué » »
# (a phrase cue wants quotation marks: "instead of addicts sleeping in the park" uses the word)
_REJECTED_BEFORE = re.compile(r"(?i)(?:[❌🚫✗✘⛔✖]\ufe0f?[\s«“\"‘']*|\b(?:au lieu de|plutôt que|instead of|rather than|"
                              r"(?:ne )?dites pas|n'écrivez pas|don'?t (?:say|write)|avoid|pas|not|non)\s*[«“\"‘']"
                              r"\s*(?:[^\W\d_]+[\s-]+){0,2})$")
_REJECTED_AFTER = re.compile(
    r"[\s»”\"’']*(?:→|->|⇒|➡\ufe0f?|=>|⟶)\s*(?:✅|✔|👍|☑)"
    # « - Toxicomane : à éviter », "Junkie: avoid"
    r"|[\s»”\"’'*_]*:\s*(?:à\s+(?:éviter|bannir|proscrire|oublier)|(?:mot\s+)?interdit|non\b|avoid|never|don'?t\s+use)"
    # « … de « drogués ». Ce mot tue. », '"addicts". This word…': the next sentence is about the word
    r"|[\s»”\"’']*[.!?…]\s+(?:ce|ces|this|these)\s+(?:mots?|termes?|words?|terms?|labels?)\b"
    # « Toxicomanes, drogués, camés : ces mots enferment », "addict, junkie — these words…"
    r"|[^.!?\n]{0,80}?[:—–-]\s*(?:ces|ce|tous\s+ces|these|those|such)\s+(?:mots?|termes?|étiquettes?|words?|terms?|"
    r"labels?)\b", re.I)


def rejected(text: str, region: Span, span: Span) -> bool:
    line_start = max(text.rfind("\n", region.start, span.start) + 1, region.start)
    return bool(_REJECTED_BEFORE.search(text, line_start, span.start)
                or _REJECTED_AFTER.match(text, span.end, region.end))


# the organisation quoting its own slogan or campaign line: its words, not someone else's
_OWN_WORDS = re.compile(r"(?i)\b(?:(?:notre|nos)\s+(?:slogan|devise|campagne|mot\s+d'ordre|message)s?|"
                        r"(?:our)\s+(?:slogan|motto|tagline|campaign|message)s?)\b[^.!?]{0,40}$")


def speech(text: str, region: Span, span: Span) -> bool:
    """The quotation around the term holds other words too — a quoted sentence or headline, someone
    else's speech — not a lone word in scare quotes ('called them "junkies"')."""
    before = text[region.start:span.start]
    opening = max(before.rfind(c) for c in _OPENING + "‘")
    if opening < 0 or _OWN_WORDS.search(before, 0, opening):
        return False
    closing = [k for k in (text.find(c, span.end, region.end) for c in _CLOSING) if k >= 0]
    if before[opening] == "‘":
        closing = [m.start() for m in re.finditer(r"’(?![^\W\d_])", text[span.end:region.end])][:1]
        closing = [span.end + k for k in closing]
    inside = text[region.start + opening + 1:span.start] + " " + text[span.end:min(closing, default=region.end)]
    return len(re.findall(r"[^\W\d_]+", inside)) >= 2
