"""Which genre a draft is when nothing declares it: press release, media advisory, statement, op-ed, pitch,
article or post.

The structure rules only fit some genres (INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les
réseaux sociaux », describes the press release and the pitch): a media advisory has who/what/when/where
lines instead of a lead and a body, a statement speaks in the organisation's own voice and needs no
spokesperson quote, a blog post or a newsroom article has no contact block. A draft's `type:` (front
matter, `--type`, config) always wins; without one, `detect` reads, in this order:

1. labels — a heading, or one of the first lines, saying what the text is: « Communiqué de presse »,
   "For immediate release", "Media advisory", « Invitation presse », "Statement by …", « Déclaration de … »,
   « Tribune », "Op-ed";
2. shape — two or more of who/what/when/where lines make an advisory; two or more release parts (an end
   mark `###`/`-30-`, a press contact block, an "About …" section, notes to editors, a dateline opening
   the first paragraph) make a press release; a subject or greeting, a sign-off and a request for coverage
   make a pitch; a byline or a news-agency dateline, or a long text, make an article;
3. otherwise a post, as before.

A page of a static site (Hugo, Jekyll…, `document.site`) is a web page, not a social post: without a label or
a press-specific shape it is an article (the social-post rules — hashtag and exclamation counts — do not fit
it). Its shape alone makes a release only with a press part (a bare « Contacts » / « À propos » pair is how a
product or team page ends), and a page dated more than ARCHIVE_YEARS ago (front matter `date:`, or a date in
its first lines: « For Immediate Release / September 24, 1998 ») is an archive, published long ago: an
article, whatever it says it was.

Detection is conservative on purpose: taking a post for a press release would demand a contact block of it.
A line that points at a release ("Communiqué de presse ici 👉 https://…") is not a label, and who/what/when/
where lines make an advisory only beside a word for the press (an event post has them too).
Threads are not detected (their posts are split when the draft is read): declare `type: thread`.
"""
from __future__ import annotations

from datetime import date, datetime

from msgspec import Struct

from postlint.document import press
from postlint.document import press_labels as labels
from postlint.document.model import Document
from postlint.text.normalize import fold
from postlint.text.patterns import LazyRegex

ARCHIVE_YEARS = 3  # a site page dated further back is an archive, not a draft to prepare
_YEAR = LazyRegex(r"\b(19[5-9]\d|20\d\d)\b")
_MONTH_WORD = LazyRegex(r"\b(?:jan|feb|fev|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|aou|sep|oct|nov|dec)\w*\.?\s")
TEXT_LINE_WORDS = 25  # a line this long is the text's own paragraph: the labels above it are the top lines
TOP_LINES = 8  # labels count in the first lines of the body (release line, title, "TRIBUNE DE …")
ARTICLE_WORDS = 450  # longer, with no release part, reads as an article (blog or news), not a post
_PIECES = LazyRegex(r"\s+[-–—|/]\s+|\s*:\s+|\s*[|/]\s*")
_MARKUP = LazyRegex(r"^[\s#>*_\[]+|(?<![\s*_\]])[\s*_\]]+$")  # the trailing run from its start: linear
_ADVISORY = LazyRegex(
    r"^(?:(?:media|press|news)\s+(?:advisory|alert)|photo\s+(?:opportunity|call|op)|press\s+invitation|"
    r"media\s+invitation|invitation\s+(?:a\s+la\s+|aux\s+|pour\s+les\s+)?(?:presse|medias?|journalistes|redactions)|"
    r"avis\s+aux\s+(?:medias|redactions|journalistes)|avis\s+(?:de|a\s+la)\s+presse|invitation\s+presse|"
    r"convocation\s+de\s+presse)\b")
# « Conférence de presse annuelle … Invitation aux journalistes »: anywhere in the title
_INVITATION = LazyRegex(r"\binvitation\s+(?:aux|a\s+la|pour\s+les)\s+(?:journalistes|presse|medias|redactions)\b")
# a post pointing at a release is not one: "Communiqué de presse ici 👉 https://…", "Read our statement here"
_POINTER = LazyRegex(r"https?://|www\.|\b(?:ici|here|lien|link|below|ci-dessous|lire|read|voir|see)\b|[→👉⬇]")
# an advisory's who/what/when/where lines speak to the press; an event post's do not
_PRESS_CUE = LazyRegex(r"\b(?:media|medias|press|presse|journalists?|journalistes?|reporters?|accreditation|"
                       r"interviews?|photo\s+opportunit\w+|camera|redactions?|newsroom)\b")
_STATEMENT = LazyRegex(
    r"^(?:(?:joint|official|press)\s+)?statement(?:\s+(?:issued\s+by|by|from|of|on|attributable|to|for|at)\b|$)|"
    r"^(?:remarks|speech|discours|allocution)\s+(?:by|of|de|du|d')|^as\s+prepared\s+for\s+delivery\b|"
    # a leader's message for a day: « Message du gouverneur général … à l'occasion de … », "Message from the …"
    r"^message\s+(?:du|de\s+la|de\s+l'|des|from\s+the|by\s+the|of\s+the)\b|"
    r"^declaration(?:\s+(?:conjointe|commune|officielle|liminaire))?(?:\s+(?:de|du|des|d'|sur|a|pour)\b|$)|"
    r"^(?:prise\s+de\s+position|position\s+statement|lettre\s+ouverte|open\s+letter)\b")
_OPED = LazyRegex(r"^(?:tribune|op-?ed|opinion|point\s+de\s+vue|commentary|chronique|editorial|guest\s+column)"
                  r"(?:\s+(?:de|d'|par|by|from)\b|$)")
# "Catherine Russell's remarks at the Joint Launch of …": a speech, whatever label the page adds
_REMARKS = LazyRegex(r"^.{0,100}\b(?:remarks|speech)\s+(?:at|to|before|on\s+the\s+occasion)\b")
# « Communiqué de presse Asud / Safe », « Communiqué de l'Alliance des Femmes du 3 juillet 2019 »
_RELEASE_OF = LazyRegex(r"^communique\s+(?:de\s+presse|conjoint)\s+(?:de|du|des|d')\s*\S|^communique\s+de\s+presse\s+\S")
# « Communiqué de l'Alliance des Femmes du 3 juillet 2019 »: the organisation's own word, a statement
_COMMUNIQUE_OF = LazyRegex(r"^communique\s+(?:de|du|des|d')\s*(?!presse\b)\S")
# who/what/when/where lines of an advisory ("What: …", « Quand : … », "**Date :** …")
_WWW = LazyRegex(r"^[*_\s-]*(what|when|where|who|why|quoi|quand|ou|qui|pourquoi|date|lieu|heure|time|venue)"
                 r"[*_\s]*:")
_WWW_KEY = {"quoi": "what", "quand": "when", "date": "when", "heure": "when", "time": "when", "ou": "where",
            "lieu": "where", "venue": "where", "qui": "who", "pourquoi": "why"}
_BYLINE = LazyRegex(r"^(?:By|BY|Par|PAR|Written\s+by|[ÉE]crit\s+par|Auteur\s*:|Author\s*:)\s+\p{Lu}")
_AGENCY = LazyRegex(r"\((?:xinhua|afp|reuters|ap|app|aps|nan|ips|irin|ots/\w+|ani|pti|apa|map|acp|agp|ami|pana)\)|"
                    r"\b(?:xinhua|afp|reuters|apa)\s*[-–—]{1,2}\s|^reading\s+time\s*:")
# a wire story's dateline: the city in capitals and a dash or colon, no date ("ACCRA - …", "ISLAMABAD: …")
_WIRE_CITY = LazyRegex(r"^(?!(?:URGENT|BREAKING|NEW|UPDATE|ALERT|NEWS|THREAD|PSA|FYI|OMG|WOW|RAPPEL|INFO|ATTENTION)\b)\p{Lu}{3,}(?:[ ,]+\p{Lu}{2,}){0,2}\s*(?:[-–—]|:)\s+\p{Lu}")
_PITCH_ASK = LazyRegex(r"\b(?:story|stories|interview|coverage|your\s+(?:readers|listeners|viewers|audience)|"
                       r"segment|sujet|reportage|entretien|interviewer|vos\s+(?:lecteurs|auditeurs)|couvrir|"
                       r"couverture|papier)\b")


class Genre(Struct):
    type: str  # one of core.vocab.DOC_TYPES
    reason: str  # what decided it, for `--verbose` and tests: "label: Media advisory", "shape: …"


def _top_lines(doc: Document, raw: bool = False) -> list[str]:
    """The first non-empty lines of the body, markup stripped (folded unless `raw`)."""
    out: list[str] = []
    idx = doc.line_index
    first = idx.position(doc.body.start)[0]
    for n in range(first, idx.line_count + 1):
        line = idx.line_text(n)
        line = line[:300]  # a label sits at the start of its line
        text = _MARKUP.sub("", line if raw else fold(line)).strip()
        if text:
            out.append(text)
            if len(out) >= TOP_LINES:
                break
            if len(out) >= 2 and len(text.split()) >= TEXT_LINE_WORDS:
                break  # the text has begun: a short page's last line (a site's « COMMUNIQUÉ » tag) is no top line
    return out


def _label(text: str) -> tuple[str, str] | None:
    """The genre a title or top line announces, by any of its pieces ("Death penalty - Joint statement to …")."""
    invitation = _INVITATION.search(text)
    if invitation:
        return "advisory", invitation.group(0)
    pieces = [p.strip(" .,;*_") for p in _PIECES.split(text)]
    for p in pieces:
        if _ADVISORY.match(p):
            return "advisory", p
    for p in pieces:
        if _STATEMENT.match(p) or _REMARKS.search(p) or _COMMUNIQUE_OF.match(p):
            return "statement", p
    for p in pieces:
        if _OPED.match(p):
            return "op-ed", p
    for p in pieces:
        if labels.RELEASE_LINE.match(p) or _RELEASE_OF.match(p):
            return "press-release", p
    return None


def detect(doc: Document, today: date | None = None) -> Genre:
    """The draft's genre from its labels and shape (see the module docstring). Reads the first and last lines;
    the release analysis runs only when a release part's label is in the text (detection runs on every
    draft that declares no type: posts must not pay for it). `today`: the run's date (`--today`), which makes a
    site page dated long before it an archive."""
    if doc.is_empty():
        return Genre("post", "empty")
    if doc.site:
        year = _archived(doc, today or date.today())
        if year:
            return Genre("article", f"site page: published in {year}")
    heads = [fold(doc.prose_of(b.span)).strip(" #*_") for b in doc.blocks[:40] if b.kind == "heading"][:4]
    top = _top_lines(doc)
    for text in heads + [line for line in top if not _POINTER.search(line)]:
        found = _label(text)
        if found:
            return Genre(found[0], f"label: {found[1]}")
    first, last = _edge_lines(doc)
    www = {_WWW_KEY.get(m.group(1), m.group(1)) for line in first if (m := _WWW.match(line))}
    if len(www & {"what", "when", "where"}) >= 2 and (_PRESS_CUE.search(" ".join(first + last)) or any(
            labels.CONTACT_GENERIC.match(line.lstrip(" *_#")) for line in first + last)):
        return Genre("advisory", "shape: " + "/".join(sorted(www)) + " lines")
    release = _release_parts(doc)
    if doc.site and not set(release) & {"press contact", "notes to editors", "end mark"}:
        release = []  # a site's product or team page ends with « Contacts » and « À propos » too
    if len(release) >= 2:
        return Genre("press-release", "shape: " + ", ".join(release))
    body = doc.prose[doc.body.start:doc.body.end]
    long = len(body) > 20 * ARTICLE_WORDS  # surely over ARTICLE_WORDS words: not counted
    if not long and _is_pitch(body, top, last):
        return Genre("pitch", "shape: greeting, sign-off and a request for coverage")
    raw_top = _top_lines(doc, raw=True)[:4]
    if any(_BYLINE.match(line) or _WIRE_CITY.match(line) for line in raw_top) or \
            any(_AGENCY.search(line) for line in top[:4]):
        return Genre("article", "shape: byline or news-agency dateline")
    if long or press.word_count(body) > ARTICLE_WORDS:
        return Genre("article", f"shape: more than {ARTICLE_WORDS} words")
    if doc.site:
        return Genre("article", f"site page ({doc.site})")
    return Genre("post", "default")


def _archived(doc: Document, today: date) -> int | None:
    """The year of a site page dated more than ARCHIVE_YEARS before `today`: its front matter `date:`, else a date
    (a month word and a year) in its first lines."""
    this_year = today.year
    when = doc.meta.page_date
    if isinstance(when, (date, datetime)):
        return when.year if when.year < this_year - ARCHIVE_YEARS else None
    for line in _top_lines(doc)[:6]:
        m = _YEAR.search(line)
        if m and _MONTH_WORD.search(line[:m.start()] + " ") and len(line) < 60:
            year = int(m.group(1))
            return year if year < this_year - ARCHIVE_YEARS else None
    return None


EDGE_LINES = 40  # who/what/when/where lines sit in the first lines; the sign-off in the last


def _edge_lines(doc: Document) -> tuple[list[str], list[str]]:
    """The first and the last non-empty lines of the body, folded."""
    idx = doc.line_index
    lo, hi = idx.position(doc.body.start)[0], idx.line_count
    pick = list(range(lo, min(hi, lo + EDGE_LINES) + 1))
    tail = [n for n in range(max(lo, hi - 12), hi + 1) if n not in pick]
    text = {n: fold(idx.line_text(n)[:300]) for n in pick + tail}
    first = [text[n] for n in pick if text[n].strip()]
    last = [text[n] for n in pick + tail if text[n].strip()][-4:]
    return first, last


# a line that may open a release part: worth running the release analysis for
_PART_LINE = LazyRegex(
    r"^[\s#>*_-]*(?:#{3,}|-\s*30\s*-|[–—]\s*30\s*[–—]|fin|ends?|xxx|contacts?|media|press|relations|service\s+de\s+presse|"
    r"attachee?s?\s+de\s+presse|renseignements|source|pour\s+(?:plus|toute|de\s+plus|davantage|une|les)|for\s+|"
    r"interviews?|about|a\s+propos|qui\s+sommes|who\s+we|presentation|background|notes?|editor|informations?)")
_DATELINE_START = LazyRegex(r"^[\s#>*_-]*\p{L}[\p{L}' .-]{1,40}(?:,|\s[-–—(])[^\n]{0,40}\d")


_BARE_CONTACT = LazyRegex(r"^contacts?\b\s*[:–—-]?\s*$")


def _release_parts(doc: Document) -> list[str]:
    """The parts of a press release the draft has, besides its title: each one alone is common elsewhere
    (a blog post ends with "About us", a news article opens with a dateline), two together are a release."""
    found: list[str] = []
    lines = [fold(line[:60]) for line in doc.source[doc.body.start:doc.body.end].split("\n") if line.strip()]
    if sum(1 for line in lines if _PART_LINE.match(line)) + any(map(_DATELINE_START.match, lines[:6])) < 2:
        return found  # fewer than two lines that could open a part: no need to analyse the release
    us = press.units(doc)
    if any(u.kind == "end" and not labels.THEMATIC_BREAK.match(doc.source[u.span.start:u.span.end])
           and "*" not in doc.source[u.span.start:u.span.end] for u in us):
        found.append("end mark")
    rel = press.analyse(doc)
    if rel.contact is not None and rel.contact.label is not None and labels.CONTACT_LABEL.match(
            label := press.folded(doc, rel.contact.label).lstrip(" *_#")):
        # a site page's bare « Contacts » heading is not a press contact
        found.append("press contact" if not doc.site or not _BARE_CONTACT.match(label) else "contact")
    if rel.about is not None and rel.about.label is not None:
        found.append("about section")
    if rel.notes is not None:
        found.append("notes to editors")
    if rel.dateline is not None or any(u.kind == "dateline" for u in us[:4]):
        found.append("dateline")
    return found


def _is_pitch(body: str, top: list[str], tail: list[str]) -> bool:
    greeting = any(line.lstrip().startswith(("objet", "subject", "bonjour", "hello", "hi ", "dear", "cher", "chere",
                                             "madame", "monsieur")) for line in top[:3])
    if not greeting:
        return False
    signoff = any(t.strip(" ,.!*_").startswith(("cordialement", "bien a vous", "best", "kind regards", "regards",
                                                "thanks", "thank you", "sincerely", "merci", "a bientot",
                                                "salutations")) for t in tail)
    words = press.word_count(body)
    return signoff and words <= 400 and bool(_PITCH_ASK.search(fold(body)))
