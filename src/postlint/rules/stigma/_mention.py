"""A stigma term that is mentioned, described or used in another sense rather than the writer's label for people
(called from `_scan.py`, loaded only for documents with a match):

- scare quotes: the label is the whole content of its quotation marks and no verb reports it as someone's word
  (« Transformer les « toxicos » en citoyens », 'help "addicts" find homes'): the marks keep it at a distance,
  so it is info — they may also only mark slang, which the editor judges; not reported when the sentence judges it
  (« la stigmatisation des « toxicos » »). 'called them "junkies"', « parle de « camés » pour désigner … » report an
  insult aimed at people: those keep their severity;
- a community's own voice: a quotation whose speaker the attribution names as one of the group (', says X, a former
  injecting drug user'), a first-person self-description ("I am a former drug user", « je suis une ancienne
  toxicomane »), and a label describing the person quoted (', says X, … and former drug user', "X, a former drug
  user herself") — the person's own description, theirs to choose (info);
- "current and former drug users": the group as a whole, not a past that follows the person; the base term's own
  severity applies;
- other senses: attackers of a system ("cyber criminals", "a criminal breaks into the service"), a field of work
  named after the people it serves ("prisoner support"), the title of a cited work in a reference list
  ("Braa, J. … 2007. Developing health information systems in developing countries. *MIS Quarterly*, 31(2)"),
  « bénéficiaires » on the page of a public allowance (the administrative recipients).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from postlint.core.spans import Span
from postlint.rules.stigma import _context as context
from postlint.rules.stigma._senses import SITE_TAIL

# ----------------------------------------------------------------------------------------- scare quotes
_OPEN = {"«": "»", "“": "”", '"': '"', "‘": "’"}
_SPACE = " \u00a0\u202f\t"
# a verb that reports the word as someone's name for people: "called the people who died", « traitée de »,
# « parle encore de », "referred to them as" — the quotation marks attribute an insult, they do not distance it
_NAMING = re.compile(
    r"(?i)\b(?:call(?:s|ed|ing)?|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|"
    r"term(?:s|ed)?|nicknam\w*|nam(?:e|es|ed|ing)|refer\w*(?:\s+to)?|describ\w*|known|talk\w*|speak\w*|spoke|"
    r"trait\w*|qualifi\w*|appel\w*|surnomm\w*|nomm\w*|désign\w*|parl\w*|tax\w*)\b"
    r"(?:[^.!?;:«“\"‘\n]{0,60}?)[ \u00a0]*(?:as|comme|de|d['’]|des|en)?[ \u00a0]*$")
_NAMING_AFTER = re.compile(r"(?i)[ \u00a0]*,?[ \u00a0]*(?:pour[ \u00a0]+(?:désigner|parler|qualifier|nommer|décrire)|"
                           r"to[ \u00a0]+(?:describe|refer|name|label|mean))\b")


def scare_quoted(text: str, sentence: Span, span: Span) -> bool:
    """The label alone between quotation marks, not reported as someone's word for people."""
    i = span.start - 1
    while i >= sentence.start and text[i] in _SPACE:
        i -= 1
    j = span.end
    while j < sentence.end and text[j] in _SPACE:
        j += 1
    if i < sentence.start or j >= sentence.end or text[i] not in _OPEN or text[j] != _OPEN[text[i]]:
        return False
    if _NAMING_AFTER.match(text, j + 1, min(sentence.end, j + 40)) or _SAID_AFTER.match(text, j + 1, sentence.end):
        return False  # « « ex-toxico », dit-elle »: one word of someone's speech
    return not _NAMING.search(text, max(sentence.start, i - 90), i)


# the sentence turns the quoted label into the person, or sets one against the other: « Transformer les « toxicos »
# en citoyens », 'from "addicts" to neighbours', « pas des « drogués » mais des personnes »
_DET = r"(?:(?:les|des|de|d['’]|the|a|an|ces|these|those|nos|our)[ \u00a0]*)?"
_TURNS = ((re.compile(rf"(?i)\b(?:transform\w*|turn\w*|chang\w*)[ \u00a0]+{_DET}$"),
           re.compile(r"(?i)[ \u00a0]*(?:en|into)\b")),
          (re.compile(rf"(?i)\b(?:from|de)[ \u00a0]+{_DET}$"), re.compile(r"(?i)[ \u00a0]*(?:to|à)\b")),
          (re.compile(rf"(?i)\b(?:pas|not|no[ \u00a0]+longer|plus|ni)[ \u00a0]+{_DET}$"),
           re.compile(r"(?i)[ \u00a0]*,?[ \u00a0]*(?:mais|but)\b")))


def _turned(text: str, sentence: Span, i: int, j: int) -> bool:
    """`i`, `j`: the opening and closing marks around the label."""
    return any(before.search(text, max(sentence.start, i - 40), i)
               and after.match(text, j + 1, min(sentence.end, j + 12)) for before, after in _TURNS)


# ----------------------------------------------------------------------------------------- a community's voice
_SAID_AFTER = re.compile(r"(?i)[ \u00a0]*,?[ \u00a0]*(?:dit|dis|disait|déclare|lance|répond|says|said|asks?|asked|"
                         r"replie[sd]|answere?d?)\b")
_VERB = (r"(?:says|said|explains?|explained|adds?|added|notes?|noted|recalls?|recalled|stresse[sd]|insists?|"
         r"insisted|warns?|warned|argues|argued|according\s+to|dit|déclare|explique|ajoute|souligne|précise|estime|"
         r"témoigne|rappelle|affirme|conclut|raconte|confie|insiste|selon)")
_AFTER_QUOTE = re.compile(rf"(?i)[\s,.]*(?:[^\W\d_][\w.'’-]*[ \u00a0]+){{0,4}}{_VERB}\b")
_BEFORE_QUOTE = re.compile(rf"(?i)\b{_VERB}[ \u00a0]*:?[ \u00a0]*$")
_REFLEXIVE = re.compile(r"(?i)[ \u00a0]*,?[ \u00a0]*(?:herself|himself|themself|elle-même|lui-même)\b")
_END = re.compile(r"[.!?](?=[ \u00a0]|$)|[«“\"]")


# the domains whose labels name a group a person belongs to (not gendered wording such as "spokesman", "mankind")
PEER_DOMAINS = frozenset({"drug-use", "hiv", "sex-work", "incarceration", "mental-health", "disability", "migration"})


def peer_speaker(lang: str, text: str, region: Span, span: Span, domain: str) -> bool:
    """The quotation around the term is attributed to someone the attribution names as one of the group the term
    names ('…,” says X, development officer and former injecting drug user'; « X, travailleuse du sexe, explique :
    « … » »): a community's own words about itself."""
    bounds = context.quote_bounds(text, region, span) if domain in PEER_DOMAINS else None
    if bounds is None:
        return False
    o, c = bounds
    if c < region.end and _AFTER_QUOTE.match(text, c + 1, min(region.end, c + 120)):
        stop = _END.search(text, c + 1, min(region.end, c + 250))
        if _member(lang, text, c + 1, stop.start() if stop else min(region.end, c + 250), domain):
            return True
    lo = max(region.start, o - 250)
    cut = max(text.rfind(ch, lo, o) for ch in ".!?»”")
    lo = max(lo, cut + 1)
    return bool(_BEFORE_QUOTE.search(text, lo, o)) and _member(lang, text, lo, o, domain)


def described(text: str, region: Span, span: Span) -> bool:
    """The label describes one named person: in the attribution of a quotation (', says Carmen T., development officer
    and former injecting drug user'; 'Ana R., a former drug user, said: “…”') or with a reflexive ("Ana, a former
    drug user herself")."""
    lo = max(region.start, span.start - 160)
    named = _NAMED_BEFORE.search(text, lo, span.start)  # "Ana R., a former ": an apposition opens on a name
    if named and _REFLEXIVE.match(text, span.end, min(region.end, span.end + 20)):
        return True
    closing = max(text.rfind(ch, lo, span.start) for ch in "»”\"")
    if closing >= 0 and not _END.search(text, closing + 1, span.start):
        m = _SAYS_NAME.match(text, closing + 1, span.start)
        if m and _apposition(text[m.end():span.start]):
            return True
    return bool(named) and _NAMED_SAYS.match(text, span.end, min(region.end, span.end + 120)) is not None


# the words that may stand between "I am a" and the label: "I am a former", « je suis une ancienne »
_QUALIFIERS = r"(?:(?:former|ex-?|recovering|current|proud|active|long-?time|retired|also|myself|ancien(?:ne)?s?|" \
              r"actuel(?:le)?s?|fière?s?|moi-même|aussi)[ \u00a0]+){0,2}"
_NAME = r"(?:[A-Z][\w.'’-]*[ \u00a0]+){0,3}[A-Z][\w.'’-]*"
_NAMED_BEFORE = re.compile(rf"\b{_NAME},[ \u00a0]+(?:(?:an?|une?|the|la|le|l['’])[ \u00a0]*)?{_QUALIFIERS}$")
_SAYS_NAME = re.compile(rf"(?i:[\s,]*{_VERB})[ \u00a0]+{_NAME}(?=,)")
_NAMED_SAYS = re.compile(rf"[^.!?«“\"]{{0,80}}?,[ \u00a0]*(?i:{_VERB})[ \u00a0]*:?[ \u00a0]*[«“\"]")
_CLAUSE = re.compile(r"(?i)\b(?:who|whom|which|that|about|to|from|with|by|for|against|among|qui|que|dont|sur|contre|"
                     r"auprès|avec|par|pour|vers|\w+ing)\b")


def _apposition(between: str) -> bool:
    """Words that describe the speaker beside their name (", development officer at ICW and"), not a clause about
    others (", referring to testimonies from")."""
    return between.lstrip().startswith(",") and len(between.split()) <= 14 and not _CLAUSE.search(between)


def voice(text: str, region: Span, sentence: Span, span: Span, lone: bool, own: bool, entry: Any) -> str:
    """"scare" for a label alone in quotation marks (`lone`: quoted, not named as a word, not someone's speech),
    "silent" when the sentence judges it or turns it into the person, "described" for a label describing one named
    person, "" otherwise."""
    if own:
        return ""
    domain = entry.domain
    # a label for a group of people, not a framing ("flood of migrants", « crime passionnel »)
    if lone and domain in PEER_DOMAINS and entry.prefer_plural and scare_quoted(text, sentence, span):
        i = span.start - 1
        while text[i] in _SPACE:
            i -= 1
        j = span.end
        while text[j] in _SPACE:
            j += 1
        return "silent" if context.denounced(text, sentence) or _turned(text, sentence, i, j) else "scare"
    return "described" if domain in PEER_DOMAINS and described(text, region, span) else ""


# a label with its article ("I am a former …", « je suis une ancienne … »), not an adjective ("I am crazy") nor a
# comparison that reports how others see the speaker ("they look at me like I am a junkie", « comme si j'étais »)
_NOT_COMPARED = r"(?<!like )(?<!if )(?<!though )(?<!si )"
_SELF = {"en": re.compile(r"(?i)" + _NOT_COMPARED + r"\b(?:I[ \u00a0]+am|I['’]m|I[ \u00a0]+was|"
                          r"I(?:[ \u00a0]+have|['’]ve)[ \u00a0]+been|we[ \u00a0]+are|we['’]re)[ \u00a0]+"
                          r"(?:also[ \u00a0]+|proudly[ \u00a0]+)?"
                          r"(?:an?[ \u00a0]+|one[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?)" + _QUALIFIERS + "$"),
         "fr": re.compile(r"(?i)" + _NOT_COMPARED + r"(?:\bje[ \u00a0]+suis|\bj['’](?:étais|ai[ \u00a0]+été)|"
                          r"\bnous[ \u00a0]+sommes)[ \u00a0]+(?:une?[ \u00a0]+|des[ \u00a0]+)" + _QUALIFIERS + "$")}


def self_described(text: str, sentence: Span, span: Span, lang: str, domain: str) -> bool:
    """'I am a former injecting drug user', « je suis une ancienne toxicomane »: the speaker's own description."""
    if domain not in PEER_DOMAINS:
        return False  # "I am a chairman": gendered wording, not a group the speaker belongs to
    pattern = _SELF.get(lang, _SELF["en"])
    return bool(pattern.search(text, max(sentence.start, span.start - 60), span.start))


MEMBERS: dict[tuple[str, str], Any] = {}


def _member(lang: str, text: str, start: int, end: int, domain: str) -> bool:
    """A label of the domain's people (avoided or preferred wording) between start and end."""
    if end - start < 3:
        return False
    key = (lang, domain)
    if key not in MEMBERS:
        from postlint.lexicon.index import matcher_for
        from postlint.lexicon.terms import TermEntry, TermMatcher

        entries = [e for e in matcher_for(lang)[0] if e.domain == domain and e.prefer_plural]
        people = sorted({p for e in entries for p in [*e.prefer, *e.prefer_plural]}
                        | {a for e in entries if not e.context.get("requires") for a in e.avoid if "{" not in a})
        MEMBERS[key] = TermMatcher([TermEntry(id="member", avoid=people, lang=lang, accents="loose", inflect=True)]) \
            if people else None
    matcher = MEMBERS[key]
    return matcher is not None and next(iter(matcher.finditer(text, start, end)), None) is not None


# ----------------------------------------------------------------------------------------- a reproduced excerpt
# a passage copied from an article, with its cuts marked by a lone ellipsis and its source on the line after it
# ("…" between paragraphs, then "- As Other Crimes Recede, … - NYTimes.com"): the article's words, not the writer's
_SOURCE_LINE = re.compile(r"(?m)^[ \t]*[-–—][ \t]+[^\n]{3,200}?" + SITE_TAIL + r"[ \t]*$")
_ELISION = re.compile(r"(?m)^[ \t>]*(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))[ \t]*$")
_BREAK = re.compile(r"(?m)^(?:#{1,6}[ \t][^\n]*|(?:---|\*\*\*|___)[ \t]*)$")


def excerpt(source: str, offset: int) -> bool:
    """`offset` is inside such a passage: after the last heading or rule before its source line."""
    found = _excerpts(source)
    k = bisect.bisect_right(found, (offset, len(source) + 1)) - 1
    return k >= 0 and found[k][0] <= offset < found[k][1]


@lru_cache(maxsize=8)
def _excerpts(source: str) -> tuple[tuple[int, int], ...]:
    lines = [(m.start(), m.end()) for m in _SOURCE_LINE.finditer(source)]
    if not lines:
        return ()
    breaks = [b.end() for b in _BREAK.finditer(source)]  # each read once: a long file stays linear
    cuts = [e.start() for e in _ELISION.finditer(source)]
    out = []
    previous = 0  # a passage starts after the last heading, rule or source line before its own source line
    for at, end in lines:
        k = bisect.bisect_left(breaks, at) - 1
        start = max(breaks[k] if k >= 0 else 0, previous)
        previous = end
        c = bisect.bisect_left(cuts, start)
        if c < len(cuts) and cuts[c] < at:
            out.append((start, at))
    return tuple(out)


# ----------------------------------------------------------------------------------------- current and former
_FORMER = re.compile(r"(?i)(?:former|ex-|ex[ \u00a0]|anciens?|anciennes?|ancien·nes?)[ \u00a0]*")
_CURRENT = re.compile(r"(?i)\b(?:current|present|actuel(?:le)?s?|actuel·les?)[ \u00a0]*(?:and|or|&|/|et|ou)[ \u00a0]*$")


def inclusive_former(matcher: Any, text: str, m: Any) -> Any:
    """"current or former drug users" names everyone who uses or used drugs: the label of the past ("former drug
    user") gives way to the base term (its own severity), or to nothing when the base term is not listed."""
    former = _FORMER.match(text, m.span.start)
    if former is None or former.end() >= m.span.end \
            or not _CURRENT.search(text, max(0, m.span.start - 25), m.span.start):
        return m
    base = [b for b in matcher.finditer(text, former.end(), m.span.end) if b.span.end == m.span.end]
    return min(base, key=lambda b: b.span.start) if base else None


# ----------------------------------------------------------------------------------------- other senses
_CYBER_BEFORE = re.compile(r"(?i)\b(?:cyber|online|internet|computer|identity)[- \u00a0]*$")
_ATTACK_AFTER = re.compile(
    r"(?i)[ \u00a0]+(?:(?:who|that|can|could|may|might|will|would|often|also|successfully|then|to)[ \u00a0]+){0,3}"
    r"(?:exploit|steal|stole|hack|break[s]?[ \u00a0]+into|broke[ \u00a0]+into|breach|phish|spoof|impersonat|"
    r"intercept|infect|hijack|compromis|ransom|defraud|harvest)\w*")
_FIELD_AFTER = re.compile(r"(?i)[ \u00a0]+(?:support|advocacy|rights|solidarity|re-?entry|outreach|organi[sz]ing|"
                          r"abolition)\b(?![-‐])")
# a reference-list entry: authors with initials, a year, then the title (where the term is), then a locator
_REFERENCE = re.compile(
    r"[ \t>]*(?:\[\^[^\]\n]{1,20}\]:|[-*+]|\d{1,3}[.)]|\[\d{1,3}\])?[ \t]*"
    r"[A-Z][\w'’-]+(?:,[ \u00a0]+(?:[A-Z]\.[ \u00a0-]?)+|[ \u00a0]+[A-Z]{1,3}[,.])"
    r"[^\n]{0,300}?\(?(?:19|20)\d\d[a-z]?\)?[.,]")
_LOCATOR = re.compile(r"(?i)\bdoi\b|https?://|\b\d+[ \u00a0]*\(\d+\)|\bpp?\.[ \u00a0]*\d|\b\d+[-–]\d+\b|\bISBN\b")
_BENEFIT = re.compile(r"\b(?:[Aa]llocations?|[Pp]restations?[ \u00a0]+(?:sociales?|familiales?|de[ \u00a0]+compens\w+)"
                      r"|[Mm]inima[ \u00a0]+sociaux|R\.?S\.?A\b|AAH|APA|APL|ASPA"
                      r"|[Rr]evenu[ \u00a0]+de[ \u00a0]+solidarité|[Ss]ubventions?|[Ff]inancements?[ \u00a0]+publics"
                      r"|[Aa]ides[ \u00a0]+publiques)")
# « bénéficiaires » named earlier in the paragraph with the allowance they receive: « le nombre de bénéficiaires du
# revenu de solidarité active (RSA) … Or, de très nombreux bénéficiaires peinent … » — the same administrative group
_ADMIN_EARLIER = re.compile(r"(?i)\bbénéficiaires?[ \u00a0]+(?:du|de[ \u00a0]+la|de[ \u00a0]+l['’]|des|d['’])[ \u00a0]*"
                            r"(?:[^\W\d_]+[ \u00a0]+){0,2}?(?=" + _BENEFIT.pattern + ")")
# what a page is about: its front matter's title, mission or description, and its first heading
_SUBJECT = re.compile(r"(?m)^(?:(?:title|mission|description|summary|titre|résumé)[ \t]*:|#{1,2}[ \t])[^\n]*")


def other_sense(doc: Any, text: str, sentence: Span, m: Any) -> bool:
    """The term names a field of work or is in a cited work's title (any entry; the senses of one entry are in
    `_scan._another_sense`)."""
    if m.entry.severity == "info" and _FIELD_AFTER.match(text, m.span.end, min(len(text), m.span.end + 20)):
        return True
    return cited_reference(doc.source, m.span)


def attackers(text: str, sentence: Span, span: Span) -> bool:
    """"cyber criminals", "criminals can exploit": people attacking data, not people with convictions."""
    return bool(_CYBER_BEFORE.search(text, max(0, span.start - 12), span.start)
                or _ATTACK_AFTER.match(text, span.end, min(sentence.end, span.end + 60)))


def benefit_recipients(source: str, text: str, sentence: Span) -> bool:
    """« Plateforme du R.S.A », mission « l'attribution de l'allocation … »: the recipients of an allowance the page
    or the paragraph names."""
    return _benefit_page(source) or _named_earlier(text, sentence)


def cited_reference(source: str, span: Span) -> bool:
    """The term is in the title of a work listed in a reference list or a footnote: after its authors and year,
    before its journal, volume, pages or DOI."""
    line_start = source.rfind("\n", max(0, span.start - 400), span.start) + 1
    if line_start == 0 and span.start > 400:
        return False
    ref = _REFERENCE.match(source, line_start, span.start)
    if ref is None:
        return False
    line_end = source.find("\n", span.end, span.end + 400)
    return bool(_LOCATOR.search(source, span.end, line_end if line_end >= 0 else min(len(source), span.end + 400)))


def _named_earlier(text: str, sentence: Span) -> bool:
    lo = max(0, sentence.start - 600)
    lo = max(lo, text.rfind("\n\n", lo, sentence.start) + 2)  # the same paragraph
    return _ADMIN_EARLIER.search(text, lo, sentence.start) is not None


@lru_cache(maxsize=8)
def _benefit_page(source: str) -> bool:
    """The page is about a public allowance: its title, mission or description, or its first heading, names one."""
    subject = [m.group(0) for m in _SUBJECT.finditer(source, 0, min(len(source), 4000))]
    return any(_BENEFIT.search(line) for line in subject[:4])
