"""Where a stigma term stands, read from the text around it: inside a name or the title of a work (not
flagged), named as a word or rejected in a glossary (info), inside someone's quoted words (info outside
press releases) or inside quotation marks at all (the message says so). Used by `_scan.py`, which loads it
only for documents with a match.
"""
from __future__ import annotations

import bisect
import re

from postlint.core.spans import Span
from postlint.text.normalize import fold

_CONNECTORS = {"de", "des", "du", "d", "la", "le", "les", "l", "et", "pour", "contre", "of", "the", "and", "for",
               "against", "on", "in", "à", "au", "aux", "en"}


_LETTERS = re.compile(r"[^\W\d_]+")


def in_proper_name(text: str, sentence: Span, span: Span) -> bool:
    """The term is part of a capitalised name (« Auto-Support des Usagers de Drogues », "Drug Users
    Forum"), not a title-case headline."""
    # the words around the term (a whole sentence up to 400 characters): a run-on "sentence" of a hundred
    # thousand characters must not be read again for each of its matches
    lo, hi = max(sentence.start, span.start - 200), min(sentence.end, span.end + 200)
    words = [(m.start(), m.end(), m.group(0)) for m in _LETTERS.finditer(text, lo, hi)]
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
    # a title is a few words: look within 300 characters of the term (keeps a 5 MB line linear)
    line_start = max(source.rfind("\n", max(0, span.start - 300), span.start) + 1, span.start - 300, 0)
    line_end = source.find("\n", span.end, span.end + 300)
    line_end = min(len(source), span.end + 300) if line_end < 0 else line_end
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
    return bool(_MENTION_CUE.search(text, max(sentence.start, i - 120), i))


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


# words listed after a noun that names them as words: « associent les maladies mentales à des dénominations
# négatives : débile, attardé, aliéné », "slurs such as: junkie, crackhead"
_LISTED_BEFORE = re.compile(
    r"(?i)\b(?:dénominations?|qualificatifs?|insultes?|injures?|mots|termes|étiquettes|sobriquets|words|terms|"
    r"labels|slurs|insults|epithets)\b[^.!?:\n]{0,30}:\s*(?:[^\W\d_]+[\s,]+){0,6}$")


def rejected(text: str, region: Span, span: Span) -> bool:
    lo = max(region.start, span.start - 160)  # the cues sit just before the term: a 5 MB line stays linear
    line_start = max(text.rfind("\n", lo, span.start) + 1, lo)
    return bool(_REJECTED_BEFORE.search(text, max(line_start, span.start - 160), span.start)
                or _LISTED_BEFORE.search(text, max(line_start, span.start - 120), span.start)
                or _REJECTED_AFTER.match(text, span.end, min(region.end, span.end + 80)))


# the organisation quoting its own slogan or campaign line: its words, not someone else's
_OWN_WORDS = re.compile(r"(?i)\b(?:(?:notre|nos)\s+(?:slogan|devise|campagne|mot\s+d'ordre|message)s?|"
                        r"(?:our)\s+(?:slogan|motto|tagline|campaign|message)s?)\b[^.!?]{0,40}$")


def speech(text: str, region: Span, span: Span) -> bool:
    """The quotation around the term holds other words too — a quoted sentence or headline, someone
    else's speech — not a lone word in scare quotes ('called them "junkies"')."""
    lo, hi = max(region.start, span.start - _REACH), min(region.end, span.end + _REACH)  # linear on huge blocks
    before = text[lo:span.start]
    opening = max(before.rfind(c) for c in _OPENING + "‘")
    if opening < 0 or _OWN_WORDS.search(before, max(0, opening - 60), opening):
        return False
    closing = [k for k in (text.find(c, span.end, hi) for c in _CLOSING) if k >= 0]
    if before[opening] == "‘":
        closing = [m.start() for m in re.finditer(r"’(?![^\W\d_])", text[span.end:hi])][:1]
        closing = [span.end + k for k in closing]
    inside = text[lo + opening + 1:span.start] + " " + text[span.end:min(closing, default=hi)]
    return len(re.findall(r"[^\W\d_]+", inside)) >= 2


# ----------------------------------------------------------------------------------------- names of bodies
# An organisation, programme, law, day, declaration, plan or work is named with a head noun: « Programme commun
# des Nations Unies sur le VIH/sida », "Law on HIV/AIDS", « Déclaration politique sur le VIH/sida », "the
# National HIV/AIDS Control Programme". Its words are the name's, not the writer's.
_HEADS = frozenset("""
programme programmes program programs law laws act acts loi lois décret decree code déclaration declaration plan plans
strategy stratégie day journée journées week semaine month mois year année conference conférence summit sommet
convention charter charte protocol protocole rules règles principles principes guidelines directives framework cadre
commission committee comité council conseil coalition network réseau association associations alliance federation
fédération union fund fonds foundation fondation institute institut centre center agency agence office ministry
ministère department direction division unit unité service bureau secretariat secrétariat initiative campaign campagne
project projet forum platform plateforme collectif collective observatory observatoire society société trust
partnership partenariat authority autorité administration court cour tribunal assembly assemblée parliament parlement report rapport
movement mouvement group groupe organisation organization regroupement defender défenseur taskforce board
ligue league rencontre rencontres
networks forums coalitions groups organisations organizations alliances unions councils committees commissions
federations institutes platforms collectives movements
commissariat haut-commissariat commissioner commissaire rapporteur rapporteuse
""".split())
_HEADS_UNACCENTED = frozenset(fold(h) for h in _HEADS)
# the same nouns written in lower case head a fixed designation of bodies (« associations de lutte contre le
# sida », « l'unité VIH/SIDA des HUG ») — for contested wording only: "an association of junkies" is the writer's
_BODIES = frozenset("""
association associations organisme organismes organisation organisations organization organizations ong ngo ngos
réseau réseaux network networks coalition coalitions regroupement regroupements plateforme plateformes platform
collectif collectifs fédération fédérations federation unité unit structure structures acteurs actrices actors
""".split())
_LINKS = frozenset("de des du d la le les l et pour contre sur avec of the and for against on in with to à au aux en".split())
_ARTICLES = frozenset("la le les l the".split())
# words that end a name walking backwards: a verb or a pronoun is no part of a name (« l'Association aide
# les usagers »); in English the name's words are capitalised, so any lower-case word ends it
_NOT_NAME = frozenset("""
qui que qu dont où est sont a ont était sera fait plus mais ou pas ne n se s il elle ils elles nous vous on ce cette
ces leur leurs son sa ses notre nos votre vos y aussi très tous toutes tout aide aident soutient soutiennent
accompagne accompagnent accueille accueillent organise organisent lance lancent appelle appellent demande demandent
invite invitent salue saluent réunit réunissent propose proposent dénonce dénoncent rappelle rappellent publie
publient présente présentent reçoit reçoivent
""".split())
_VERB_END = re.compile(r"(?:(?<![mdn])ent|ons|ez|aient|eront)$")  # not engagement, président
_WORD = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*")
_GAP = re.compile(r"[ \u00a0\u202f\t'’,/]*")  # the words of one name: spaces, elision, a list's commas,
# the slash of "HIV/AIDS" (« National Center for HIV/AIDS, Viral Hepatitis, STD, and TB Prevention »)


def _capital(w: str) -> bool:
    return w[:1].isupper()


def in_designation(text: str, sentence: Span, span: Span, *, contested: bool, lang: str) -> bool:
    """The term is part of the name of a body, programme, law, day, declaration, plan or report (a capitalised
    head noun before it, through capitalised words and links: "Programme on HIV/AIDS", « Déclaration politique
    sur le VIH/sida »; or after it: "HIV/AIDS Control Programme"), or — contested wording only — of a fixed
    designation of bodies (« associations communautaires de lutte contre le sida », « l'unité VIH/SIDA »)."""
    # a name is short: the words just before the term are enough (and keep long sentences linear)
    before = list(_WORD.finditer(text, max(sentence.start, span.start - 200), span.start))[-12:]
    lowers = 0
    end = span.start
    for k in range(len(before) - 1, -1, -1):
        m = before[k]
        if not _GAP.fullmatch(text, m.end(), end):
            break
        end = m.start()
        w = m.group(0)
        key = w.lower()
        if _capital(w) and (key in _HEADS or (w.isupper() and fold(key) in _HEADS_UNACCENTED)):
            return True  # « RESEAU DES PERSONNES VIVANT AVEC LE VIH/SIDA »: capitals often drop the accents
        if key in _BODIES and contested:
            return True
        if key in _HEADS and contested and _ACRONYM_SOON.match(text, span.end, min(sentence.end, span.end + 80)):
            return True  # « journée scientifique … de lutte contre le sida en Côte d'Ivoire (JosCo-CI) »: its name
        if key in _LINKS or _capital(w):
            continue
        if key in ("qui", "that", "which") and m.end() == before[-1].end() and contested:
            continue  # « un réseau d'ONG qui lutte contre le sida »: the body's mission, in its usual words
        # a French name's adjectives and nouns follow its head (« Programme commun », « organismes
        # communautaires québécois de lutte ») — never a verb or a pronoun; an English name's lower-case words
        # follow a link ("Standard Minimum Rules for the treatment of prisoners")
        if not contested:
            break  # "the Foundation for sick junkies": a label in lower case is the writer's, name or not
        lowers += 1
        linked = k > 0 and before[k - 1].group(0).lower() in _LINKS
        if lowers > (4 if lang == "fr" else 2) or key in _NOT_NAME or _VERB_END.search(key) \
                or (lang != "fr" and not linked):
            break
    # an office's official title, capitalised mid-sentence: "the Spokesman for the Secretary-General"
    if contested and _capital(text[span.start:span.end]) and text[sentence.start:span.start].strip() \
            and _OFFICE_AFTER.match(text, span.end, min(sentence.end, span.end + 60)):
        return True
    # after the term: "the National HIV/AIDS Control Programme", "Tajikistan HIV/AIDS Law", "Substance Abuse and
    # Mental Health Services Administration" (links between capitalised words)
    start, prev = span.end, ""
    for k, m in enumerate(_WORD.finditer(text, span.end, min(sentence.end, span.end + 120))):
        gap, w = text[start:m.start()], m.group(0)
        # "Allies in Substance Abuse Prevention (ASAP) Coalition": the acronym's brackets inside the name
        bracket = _BRACKET_GAP.fullmatch(gap) is not None and (w.isupper() or prev.isupper())
        if k >= 7 or not (_GAP.fullmatch(gap) or bracket) or "," in gap:
            break
        prev = w
        if not _capital(w) and w not in ("and", "of", "for", "on"):
            break
        if w.lower() in _HEADS:
            return True
        start = m.end()
    return _acronym_named(text, sentence, span)


# English only: a French title's gender is the point of the rule (« Madame le ministre de la Justice »)
_OFFICE_AFTER = re.compile(r"[ \u00a0]+(?:for|of|to)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
_ACRONYM = re.compile(r"[ \u00a0]*\(([A-Z][A-Za-z0-9+&\-]{1,11})\)")
# an acronym given a few words later, before any other bracket or sentence end: the words before it are a name
_ACRONYM_SOON = re.compile(r"[^.;!?()\n]{0,60}?\([ \u00a0]*[A-Z][A-Za-z0-9+&\-]{1,11}[ \u00a0]*\)")
_BRACKET_GAP = re.compile(r"[ \u00a0]*[()][ \u00a0]*")


def _acronym_named(text: str, sentence: Span, span: Span) -> bool:
    """A name given with its acronym: two capitalised words or more, links between them, the term at the end
    and the acronym's first letter the name's — "Sex Workers Education and Advocacy Network (SWEAN)". Not
    « personnes vivant avec le VIH/sida (PVVIH) »: a designation in lower case is the writer's wording."""
    m = _ACRONYM.match(text, span.end)
    if m is None:
        return False
    words = list(_WORD.finditer(text, max(sentence.start, span.start - 120), span.end))
    name: list[str] = []
    end = span.end
    for w in reversed(words):
        if not _GAP.fullmatch(text, w.end(), end) and w.end() < span.start:
            break  # « la Ligue … (LSDH) et la Rencontre Africaine pour la Défense des Droits de l'Homme (RADDHO) »
        end = w.start()
        if _capital(w.group(0)):
            name.append(w.group(0))
        elif w.group(0).lower() not in _LINKS:
            break
    # the name opens with the acronym's first letter; the capitalised run may start earlier ("Senegal's Ligue…")
    return any(k >= 1 and w[0] == m.group(1)[0] for k, w in enumerate(name))


_PERSON_BEFORE = re.compile(r"(?i)\b(?:personnes?|people|persons?)\s+$")
_VERB_TERM = re.compile(r"(?i)(?:souffr|suffer|atteint|afflict|are\b|is\b|sont\b|est\b)")


def person_first(text: str, span: Span) -> bool:
    """« personnes usagères de drogues »: the person comes first, the term qualifies them (not "people suffer
    from depression", where the term is what is said of them)."""
    return bool(_PERSON_BEFORE.search(text, max(0, span.start - 20), span.start)) \
        and not _VERB_TERM.match(text, span.start)


# ----------------------------------------------------------------------------------------- a community's voice
# the writer counts themself in: "like many other drug users, I …", "as a sex worker, I …", « Nous, usagers de
# drogues, … », « en tant qu'usagère de drogues, je … »
_SELF_CUE = re.compile(
    r"(?i)(?:\b(?:other|fellow|autres)\s+|\bas\s+(?:an?|one\s+of\s+the)\s+|\b(?:we|us)\s*,?\s+(?:the\s+)?|"
    r"\bnous(?:\s+autres)?\s*,\s*(?:les\s+)?|\ben\s+tant\s+qu(?:e\s+|['’]\s*)(?:anciens?\s+|anciennes?\s+)?)$")
_FIRST_PERSON = {"en": re.compile(r"(?i)\b(?:I|I['’]m|I['’]ve|me|my|we|we['’]re|our|us)\b"),
                 "fr": re.compile(r"(?i)(?:\b(?:je|moi|nous|notre|nos|mon|ma|mes)\b|\bj['’])")}


def self_designation(text: str, sentence: Span, span: Span, lang: str) -> bool:
    """The writer names a group they belong to, in the first person: a community's own voice."""
    if not _SELF_CUE.search(text, max(sentence.start, span.start - 40), span.start):
        return False
    first = _FIRST_PERSON.get(lang, _FIRST_PERSON["en"])
    return bool(first.search(text, max(sentence.start, span.start - 300), span.start)
                or first.search(text, span.end, min(sentence.end, span.end + 300)))


# ----------------------------------------------------------------------------------------- quoted to rebut
_DENOUNCE = re.compile(
    r"(?i)\b(?:stigmatis\w*|stigmatiz\w*|insult\w*|injurieu\w*|dégradant\w*|humiliant\w*|déshumanis\w*|"
    r"dehumani[sz]\w*|offensant\w*|offensive|choquant\w*|scandaleu\w*|inacceptables?|unacceptable|dénon[cç]\w*|"
    r"denounc\w*|derogatory|demeaning|degrading|slurs?|shameful|sic|faux|fausses?|false|myths?|mythes?|préjugés?|"
    r"prejudices?|stéréotypes?|stereotypes?|clichés?|prétend\w*|claim(?:s|ed)?|négati\w*|péjorati\w*|pejorative|"
    # « … « prostituée » en langage vulgaire ou ordurier », "the crude word": the writer names the word as coarse
    r"(?:langage|langue|terme|mot|vocabulaire|registre|expression)s?[ \u00a0]+(?:vulgaires?|orduri\w+|grossi\w+)|"
    r"(?:vulgar|crude|coarse)[ \u00a0]+(?:terms?|words?|language|slang|expressions?))\b")


def denounced(text: str, sentence: Span) -> bool:
    """The sentence judges the words it names: « associent les maladies mentales à des dénominations négatives :
    débile, aliéné », "slurs such as junkie" — a mention made to denounce, not a use."""
    return _DENOUNCE.search(text, sentence.start, min(sentence.end, sentence.start + 600)) is not None



_REACH = 1500  # how far a quotation and its judgement are looked for (a paragraph; keeps huge blocks linear)


def quote_bounds(text: str, region: Span, span: Span) -> tuple[int, int] | None:
    """The quotation marks around the term within its block: (opening, closing) offsets."""
    lo, hi = max(region.start, span.start - _REACH), min(region.end, span.end + _REACH)
    opening = max(text.rfind(c, lo, span.start) for c in _OPENING + "‘")
    if opening < 0:
        return None
    closing = [k for k in (text.find(c, span.end, hi) for c in _CLOSING + "’") if k >= 0]
    return opening, min(closing, default=hi)


def long_quotation(text: str, region: Span, span: Span, words: int = 15) -> bool:
    """The quotation around the term is a statement of `words` words or more, kept verbatim (a minister's
    declaration, a report's finding), not a reported phrase ('a nurse told me I was "wasting my time on a
    junkie"'): its wording is its author's, not the writer's to change."""
    bounds = quote_bounds(text, region, span)
    return bounds is not None and len(_WORD.findall(text, bounds[0], bounds[1])) >= words


def rebutted(text: str, region: Span, span: Span) -> bool:
    """A quotation reproduced to denounce it: « "Un toxicomane de 41 ans…", écrit l'AFP : une dépêche
    stigmatisante » — the judgement stands outside the quotation marks, in the same paragraph."""
    bounds = quote_bounds(text, region, span)
    if bounds is None:
        return False
    o, c = bounds
    cues = _cues(text, region)
    k = bisect.bisect_left(cues, max(region.start, o - _REACH))
    if k < len(cues) and cues[k] < o:
        return True
    k = bisect.bisect_left(cues, c)
    return k < len(cues) and cues[k] < min(region.end, c + _REACH)


_CUES: dict[tuple[int, int, int], tuple[str, list[int]]] = {}


def _cues(text: str, region: Span) -> list[int]:
    """Where the block's judgements stand (read once per block, not once per match; the entry keeps its
    text, so an id is never reused while it is cached)."""
    key = (id(text), region.start, region.end)
    hit = _CUES.get(key)
    if hit is None or hit[0] is not text:
        if len(_CUES) > 32:
            _CUES.clear()
        hit = _CUES[key] = (text, [m.start() for m in _DENOUNCE.finditer(text, region.start, region.end)])
    return hit[1]


# ----------------------------------------------------------------------------------------- another sense
# an administrative or legal category named by its acronym: « bénéficiaires du RSA », « bénéficiaire de l'AAH »,
# "beneficiaries of SNAP"
_ACRONYM_AFTER = re.compile(r"\s+(?:de|du|des|d['’]|of|of\s+the)\s*(?:l['’]\s*)?[A-Z]{2,}[a-z]?\b")


def administrative(text: str, span: Span) -> bool:
    return bool(_ACRONYM_AFTER.match(text, span.end))


# a contested word qualifying an institution or an act, not people: "the medical marijuana program", "no criminal
# conduct", "a health issue, not a criminal one"
_QUALIFIED = re.compile(
    r"[ \u00a0]+(?:programs?|programmes?|laws?|acts?|cards?|dispensar(?:y|ies)|polic(?:y|ies)|legislation|"
    r"registry|conduct|liability|proceedings?|prosecutions?|sanctions?|code|ones?)\b(?![-‐])")


def qualifies_a_thing(text: str, span: Span) -> bool:
    return bool(_QUALIFIED.match(text, span.end))
