"""What it checks: three or more words in a row written in capitals ("ATTENTION NOUVELLE DATE"); in a
heading, a paragraph that is one bold or italic line ("**HOW IT WORKS**"), the text's first line with no full
stop (a title), or the organisation's name above its coordinates ("BP : … / Tel : …"), it is reported as info; so
is a run of fewer than seven words (a label, a name, a slogan: "FOR RELEASE AT", "GET TESTED NOW"). A longer run
in the text is a shouted sentence: a warning.
Acronyms (VIH, ONU, HIV, UNICEF, and any word not in the French/English word lists), release lines
of press releases (COMMUNIQUÉ DE PRESSE, FOR IMMEDIATE RELEASE, EMBARGO…), confidentiality markers
(INTERNAL – DO NOT SHARE) and datelines (DAKAR, LE 5 MAI 2025 –) are not counted. Nor are capitals that are
not the writer's shouting: words in quotation marks (a motto, a title, a subject line), block quotes (an
embedded post of another account, a testimony), table cells, lists of terms or codes separated by commas
("GET, PUT, POST, DELETE"), an enacted text's section headings ("SECTION 4. REPORTS TO CONGRESS"),
references whose line holds a year in brackets (authors and titles set in capitals by citation style), a
licence's disclaimer ("PROVIDED "AS IS", WITHOUT WARRANTY"), a layout's status badges (`<span
class="label">NOT ON TRACK</span>`, buttons, button labels scraped into a summary: "VISIT EVENT PAGE REGISTER NOW",
"LEARN MORE", « EN SAVOIR PLUS ») and placeholders ("[AGENCY NAME HERE]", "FRAMEWORK NAME HERE").
Nor are capitals that name or show something: a name led by an acronym inside a sentence (« SOS SOUTIEN AUX
SANS-PAPIERS et LE RELAIS appellent … », "the FRASER RIVER AT MISSION station"), codes and times ("DE-AC52-07",
"9:30AM-12:00AM ET"), a report's title before its subtitle ("MANAGING FOR RESULTS: Selected Agencies …"),
numbered notes citing a source, words in quotation-mark entities (&ldquo;…&rdquo;), the attribution after a
quotation ("— JANE DOE, City Magazine"), one item of a longer list of terms ("BIT STRING, OCTET STRING,
UTCTime"), lists of signatory organisations, a page that talks about capitals ("in caps", « en majuscules »)
a numbered list of three or more phrases in capitals, and text reproduced in an example container
(`<div class="example-container">`). A line that is only capitals still counts; a bold list item or a bold
run-in label ("**PRÉSENTATION** : …") in capitals is a heading (info).
Why: text in capitals is slower to read, especially for people with dyslexia or low vision; some
screen readers spell it out letter by letter, and it reads as shouting.
Fix safety: unsafe, never applied by --fix (names would lose their capitals); the suggestion gives
the text in lower case."""
from __future__ import annotations

from functools import lru_cache

import regex

from postlint.core.rule import Context, Edit, Fix, Option, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.document.press_labels import COORDINATE_LABEL
from postlint.rules.accessibility._sources import SOURCE_A11Y
from postlint.text import lang as L
from postlint.text.dates import MONTH_NAMES
from postlint.text.patterns import LazyRegex
from postlint.text.quotes import in_quotes

CAPS_WORD = LazyRegex(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*")
# confidentiality markers are the disclosure rules' concern, and conventionally in capitals
_MARKERS = (r"internal|interne|confidenti|do\s+not\s+(?:share|forward|distribute|publish)|"
            r"ne\s+pas\s+(?:diffuser|partager|transf[ée]rer|publier)|draft\b|brouillon|"
            r"not\s+for\s+(?:publication|distribution)")
MARKER = LazyRegex(r"(?i)\b(?:" + _MARKERS + ")")
RELEASE_LINE = LazyRegex(
    r"(?i)^[\s>*_#\-–—|\[(]*(?:communiqu[ée](?:\s+de\s+presse)?|press\s+release|news\s+release|media\s+release|"
    r"for\s+immediate\s+release|pour\s+(?:diffusion|publication)\s+imm[ée]diate|(?:sous\s+)?embargo|"
    r"media\s+advisory|avis\s+aux\s+m[ée]dias|notes?\s+(?:to|for)\s+editors|notes?\s+aux\s+r[ée]dactions|"
    r"contacts?\s+(?:presse|m[ée]dias?)|(?:media|press)\s+contacts?|[àa]\s+propos\s+d|about\s+|(?:fin|end)\W*$|"
    r"###|-\s*30\s*-|" + _MARKERS + ")")


# Two letters that are not lower case, joined only by marks or apostrophes: every capitalised word holds one,
# and n such words hold at least n non-overlapping ones (each match takes two letters of a chain of
# letters): a draft with fewer than `min_words` matches cannot hold a run, and is not read word by word.
_UPPER_PAIR = LazyRegex(r"[^\P{L}\p{Ll}][\p{M}'’]*[^\P{L}\p{Ll}]")
_RUN_BREAK = LazyRegex(r"[\p{Ll}]|\n[ \t]*\n")  # between two words: a lower-case letter or a blank line


@lru_cache(maxsize=32768)  # a function of the word alone (and of fixed word lists); words repeat across drafts
def _caps_kind(word: str) -> str:
    """lower (breaks a run), caps (a shouted dictionary word) or neutral (acronym, name, single letter)."""
    letters = [c for c in word if c.isalpha()]
    if any(c.islower() for c in letters):
        return "lower"
    if len(letters) < 2 or word.upper() in L.ACRONYMS or regex.fullmatch(r"[IVXLCDM]+", word):
        return "neutral"
    return "caps" if L.is_word(word) else "neutral"  # not in the word lists: an acronym or a name


def _sentence_case(text: str, at_start: bool) -> str:
    out = []
    for m in regex.finditer(r"[\p{L}\p{M}'’]+|[^\p{L}\p{M}'’]+", text):
        w = m.group(0)
        if w[:1].isalpha():
            if w.upper() in L.ACRONYMS:
                out.append(w)
            elif at_start and not out:
                out.append(w[:1] + w[1:].lower())
            else:
                out.append(w.lower())
        else:
            out.append(w)
    return "".join(out)


SHOUTED_WORDS = 7  # a run this long is a shouted sentence (a warning); a shorter one is a label or a name (info)


@rule("accessibility.all-caps", severity="warning", summary="Run of words in ALL CAPITALS",
      source=SOURCE_A11Y, fix="sometimes",
      options={"min_words": Option(int, 3, "how many capitalised words in a row make a run", minimum=2)},
      examples={"fail": ("ATTENTION NOUVELLE DATE POUR LA FORMATION",),
                "pass": ("Le VIH et l'ONU", "COMMUNIQUÉ DE PRESSE", "FOR IMMEDIATE RELEASE")})
def all_caps(doc: Document, ctx: Context):
    need = ctx.options.get("min_words", 3)
    prose = doc.prose
    if len(_UPPER_PAIR.findall(prose)) < need:
        return
    release: dict[int, bool] = {}  # line number → a release line (many words share a line)
    for block in doc.text_blocks():
        if block.kind in ("code", "quote", "table_cell") or block.quoted:
            continue  # a block quote is someone else's words (an embedded post, a testimony); a table cell a value
        run: list[tuple[int, int, str]] = []
        for m in [*CAPS_WORD.finditer(prose, block.span.start, block.span.end), None]:
            kind = None
            if m is not None:
                kind = _caps_kind(m.group(0))
                # "skip" acts like "lower": only a word that is not lower case needs a look at its line
                if kind != "lower" and (prose[m.start() - 1:m.start()] in ("#", "@")
                                        or _release_line(doc, m.start(), release)):
                    kind = "skip"
            broken = m is None or kind in ("lower", "skip") or (
                run and _RUN_BREAK.search(prose, run[-1][1], m.start()))
            if broken:
                caps = [w for w in run if w[2] == "caps"]
                if (len(caps) >= need and not _dateline(doc, caps[0][0], caps[-1][1])
                        and not MARKER.search(prose, caps[0][0], caps[-1][1])  # "(CONFIDENTIEL)" mid-line
                        and not _bracketed(doc.source, caps[0][0], caps[-1][1])
                        and not _not_shouting(doc, block.span.start, caps[0][0], caps[-1][1])):
                    # a heading set in capitals is a layout habit, and a short run a label, a name or a slogan
                    # ("FOR RELEASE AT", "PUBLIEZ CE QUE VOUS PAYEZ", "GET TESTED NOW"): reported, not blocking
                    minor = block.kind == "heading" or len(run) < SHOUTED_WORDS or _heading_like(doc, block, caps[-1][1])
                    yield _caps_finding(doc, ctx, caps[0][0], caps[-1][1], "info" if minor else None)
                run = []
            if m is not None and kind in ("caps", "neutral"):
                if kind == "neutral" and not run:
                    continue
                run.append((m.start(), m.end(), kind))


MONTHS = LazyRegex(rf"(?i)\b(?:{MONTH_NAMES})\b")


def _dateline(doc: Document, start: int, end: int) -> bool:
    """"DAKAR, SÉNÉGAL, LE 5 MAI 2025 –": a press release dateline, conventionally in capitals."""
    line = doc.line_index.line_text(doc.position(start)[0])
    if len(CAPS_WORD.findall(doc.source[start:end])) <= 4 and (
            regex.match(r"[\s>*_]*[\p{Lu}\s.'’/]+[\s*_]*[—–]\s", line)  # a wire story's "SALT LAKE CITY — …"
            or regex.search(r"[—–]\s*[\p{Lu}\s.'’/]+[\s*_]*$", line)):  # "SOURCE: Deseret News – SALT LAKE CITY"
        return True
    return bool(MONTHS.search(doc.source[start:end]) and regex.search(r"\d", line)) or bool(
        regex.match(r"[\p{Lu}\s,.'’/\-]+,\s*(?:(?:le|on)\s+)?\d{1,2}", line))  # "ABIDJAN / DAKAR, 5 …"


def _release_line(doc: Document, offset: int, memo: dict[int, bool]) -> bool:
    """The line of `offset` is a release line; `memo` keeps the answer per line number."""
    number = doc.position(offset)[0]
    if number not in memo:
        memo[number] = bool(RELEASE_LINE.match(doc.line_index.line_text(number)))
    return memo[number]


def _caps_finding(doc: Document, ctx: Context, start: int, end: int, severity: str | None = None):
    span = Span(start, end)
    text = doc.source[start:end]
    at_start = not doc.prose[:start].strip() or bool(regex.search(r"(?:^|[.!?:]\s+|\n)[\s>*_#\-]*$",
                                                                  doc.prose[max(0, start - 40):start]))
    softer = _sentence_case(text, at_start)
    fix = Fix((Edit(span, softer),), "unsafe", softer) if softer != text else None
    return ctx.finding(span, ctx.msg(
        fr="Mots en capitales : plus lents à lire, parfois épelés par les lecteurs d'écran, et lus comme un cri. "
           "Écrivez en minuscules (« {s} »).",
        en="Words in capitals: slower to read, sometimes spelt out by screen readers, and read as shouting. "
           "Use lower case ('{s}').", s=softer), suggestions=[softer], fix=fix, severity=severity)


# "SECTION 4. RESPONSIBILITIES OF FEDERAL AGENCIES", "SEC. 2. …", "Section III. …": an enacted text's heading,
# set in capitals as enacted and quoted as such
_LEGAL_HEADING = LazyRegex(r"^(?:\{\{[<%][^}]*[>%]\}\})?[\s>*_#\-|]*(?:SECTION|SEC|Section|Sec|ARTICLE|Article|ART|Art|TITLE|Title|PART|Part|"
                           r"CHAPTER|Chapter|CHAPITRE|Chapitre|TITRE|Titre)\.?\s+[\dIVXLC]+[A-Za-z]?\b\.?")
_LIST_GAP = LazyRegex(r"[,;|/]")
_EXAMPLE_DIV = LazyRegex(r"(?r)<(?:div|section|aside|figure)\b[^<>]*\bclass\s*=\s*[\"'][^\"'<>]*"
                         r"(?:example|quote|citation|excerpt)")
# a status badge of the page's layout: <span class="label label-danger">…</span> NOT ON TRACK
_BADGE = LazyRegex(r"<(?:span|div|strong|em|p|a|button)\b[^<>]*\bclass\s*=\s*[\"'][^\"'<>]*\b(?:label|badge|tag|pill|chip|button|btn)"
                   r"\b[^<>]*>(?:\s*<i\b[^<>]*>\s*</i>)?[^<>]*$")
# a reference list's entry, authors and titles in capitals by citation style: "GARNER, LEGAL WRITING … (2001)",
# a numbered note "41. See …", "34. …, As quoted by …, HarperCollins 1999"
_REFERENCE = LazyRegex(r"\(\s*(?:1[89]|20)\d\d[a-z]?\s*\)|\((?:\w+\s+){0,3}(?:1[89]|20)\d\d\)|"
                       r"^\s*\d{1,3}\\?\.\s+(?:See\b|Voir\b|As\s+quoted\b|[^\n]*,[^\n]*,[^\n]*\b(?:1[89]|20)\d\d\b|"
                       r"[^\n]*,[^\n]*(?:\b(?:1[89]|20)\d\d\b|\b(?:see|voir)\s+(?:www\.|https?:)|\bpp?\.\s*\d))")
# a licence's or a contract's disclaimer, in capitals by legal convention: "PROVIDED "AS IS", WITHOUT WARRANTY"
_DISCLAIMER = LazyRegex(r"\bWARRANT(?:Y|IES)\b|\bLIABILITY\b|\bAS\s+IS\b")


def _not_shouting(doc: Document, block_start: int, start: int, end: int) -> bool:
    """Capitals that are not the writer's shouting: quoted words (a motto, a title, a subject line: "DO ALL THE
    THINGS"), a list of terms or codes ("GET, PUT, POST, DELETE"; "VA, DE, NJ, MA"), an enacted text's
    section heading, an editor's placeholder in brackets ("[AGENCY NAME HERE] I, [NAME …]")."""
    prose = doc.prose
    if in_quotes(prose, block_start, start):
        return True
    words = list(CAPS_WORD.finditer(prose, start, end))
    gaps = [g for a, b in zip(words, words[1:]) if (g := prose[a.end():b.start()]) != "-"]  # TIME-OF-DAY: one
    if gaps and sum(1 for g in gaps if _LIST_GAP.search(g)) * 2 >= len(gaps):
        return True
    if any("," in g for g in gaps) and (regex.match(r"\s*,", prose[end:end + 3])
                                        or regex.search(r",\s*$", prose[max(0, start - 3):start])):
        return True  # "BIT STRING, OCTET STRING, UTCTime": one item in a longer list of terms
    if regex.search(r",\s*$", prose[max(0, start - 3):start]) and regex.match(r"\s*,", prose[end:end + 3]):
        return True  # "coffee, STUNNING NATIONAL PARK PHOTO, selfie": one item of a list
    container = _EXAMPLE_DIV.search(doc.source, max(0, start - 3000), start)
    if container and "</div" not in doc.source[container.end():start]:
        return True  # <div class="example-container">: a letter or a sign reproduced as an example
    number = doc.position(start)[0]
    line = doc.line_index.line_text(number)
    if _LEGAL_HEADING.match(line) or _REFERENCE.search(line) or _DISCLAIMER.search(prose, max(block_start, start - 300), end + 300):
        return True
    if _BADGE.search(doc.source, max(0, start - 160), start):
        return True
    labels = _buttons(doc.source[start:end])
    if labels > 1 or labels == 1 and not regex.search(r"[\p{L}\p{N}]", regex.sub(r"<[^>]*>", "", line.replace(
            doc.source[start:end], ""))):
        return True  # a row of buttons, or one button alone on its line
    line_start = start - doc.position(start)[1] + 1
    before, after = doc.source[line_start:start], doc.source[end:end + 200].split("\n", 1)[0]
    if before.rfind("[") > before.rfind("]") and after.find("]") >= 0 and (
            after.find("[") < 0 or after.find("]") < after.find("[")):
        return True
    return _mention(doc, block_start, start, end, line, before, after)


# the label of a button or a link scraped with the page ("VISIT EVENT PAGE REGISTER NOW", « EN SAVOIR PLUS »): each
# label opens with a call to action and is at most four words long
_CTA = frozenset("""visit register learn read sign download apply subscribe donate join watch view see click get buy
shop contact follow share explore discover book rsvp order listen submit continue start try
inscrivez-vous inscrivez s'inscrire lire télécharger voir découvrir découvrez faire rejoindre rejoignez suivre
suivez contacter contactez participer postuler réserver regarder écouter accéder visiter en""".split())
_CTA_TAIL = frozenset("""now more here page up today online in us site event events story video guide report
maintenant plus ici la le les en ligne nous don vidéo suite programme""".split())


def _buttons(text: str) -> int:
    """How many button labels the run is made of (0: it is not a row of labels): every label a call to action
    ("REGISTER NOW", "LEARN MORE", "VISIT EVENT PAGE"), its last word a usual end of one ("NOW", "PAGE", « PLUS »)."""
    words = [w.lower() for w in CAPS_WORD.findall(text)]
    labels: list[list[str]] = []
    for w in words:
        if w in _CTA and (not labels or len(labels[-1]) > 1):
            labels.append([w])
        elif labels and len(labels[-1]) < 4:
            labels[-1].append(w)
        else:
            return 0
    return len(labels) if all(len(lb) > 1 and lb[-1] in _CTA_TAIL for lb in labels) else 0


# a code or a time, letters glued to digits: "DE-AC52-07NA27344", "9:30AM-12:00AM ET", "GLAD1"
_CODE = LazyRegex(r"\p{L}\d|\d\p{L}")
_PLACEHOLDER = LazyRegex(r"\b(?:NAME|NOM|TITLE|TITRE)\s+(?:GOES\s+)?(?:HERE|ICI)\b")
# quotation marks written as HTML entities (front matter summaries): &ldquo;DO ALL THE THINGS!&rdquo;
_ENTITY_OPEN = LazyRegex(r"&(?:ldquo|laquo|quot|#8220|#171|#34);")
_ENTITY_CLOSE = LazyRegex(r"&(?:rdquo|raquo|quot|#8221|#187|#34);")
# the attribution after a quotation: “…” - HEIDI STEVENS, Chicago Magazine, CHICAGOANS OF THE YEAR
_ATTRIBUTION = LazyRegex(r"[”\"»]\s*[-–—]\s")
# a report's title, its subtitle in title case: "MANAGING FOR RESULTS: Selected Agencies Need to …"
_SUBTITLE = LazyRegex(r"^\s*:\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+")
# a capital word that is not a dictionary word just before the run: an acronym or a name ("SOS SOUTIEN Ô SANS
# PAPIERS et LE PARIA appellent", "the FRASER RIVER AT MISSION via …")
_NAME_HEAD = LazyRegex(r"(?:^|[\s(«“\"'’])(\p{Lu}[\p{M}\d&.+-]*\p{Lu}[\p{Lu}\p{M}\d&.+-]*)\s+$")
# the page talks about capitals: its capitals are a demonstration ("I mean that in caps, DO BIG GOOD")
_CAPS_TALK = LazyRegex(r"(?i)\b(?:in\s+caps|all[-\s]caps|capital\s+letters|upper[-\s]?case|en\s+majuscules|"
                       r"en\s+capitales)\b")
_SIGNATORIES = LazyRegex(r"(?im)^[\s>*_#\-]*(?:(?:premi[eè]res?\s+|organisations?\s+|associations?\s+)?"
                         r"(?:co-?)?signataires?|signatories|signed\s+by|sign[ée]\s+par|list\s+of\s+signatories)\b")
_NUMBERED_CAPS = LazyRegex(r"(?m)^[ \t]*\d{1,3}\\?[.)][ \t]+[^\p{Ll}\n*_]*\p{Lu}{2}[^\p{Ll}\n*_]*$")


def _mention(doc: Document, block_start: int, start: int, end: int, line: str, before: str, after: str) -> bool:
    """Capitals that name or show something rather than shout it: a code, a placeholder, quoted words in HTML
    entities, a quotation's attribution, a report's title before its subtitle, a name led by an acronym in a
    sentence, a list of signatory organisations, a demonstration of capitals, a numbered list of phrases."""
    text = doc.source[start:end]
    if _CODE.search(text) or _PLACEHOLDER.search(text) or _SUBTITLE.match(after):
        return True
    opened = [m.end() for m in _ENTITY_OPEN.finditer(before)]
    if opened and not _ENTITY_CLOSE.search(before, opened[-1]):
        return True
    if _ATTRIBUTION.search(before) or _CAPS_TALK.search(doc.prose, block_start, min(len(doc.prose), end + 300)):
        return True
    head = _NAME_HEAD.search(before)
    if head and _caps_kind(head.group(1)) == "neutral" and regex.search(r"\p{Ll}", after):
        return True  # a name in a sentence; a line that is only capitals ("UXUI GRAPHIC WEB DESIGNER") still fires
    if len(line.split()) <= 12 and _SIGNATORIES.search(doc.source, max(0, start - 2000), start):
        return True
    return bool(_NUMBERED_CAPS.match(line)) and _numbered_caps_list(doc.source)


@lru_cache(maxsize=8)
def _numbered_caps_list(source: str) -> bool:
    """The page has a numbered list of capitalised lines (three or more): read once per page, not per run."""
    return len(_NUMBERED_CAPS.findall(source)) >= 3


_BOLD_LINE = LazyRegex(r"^\s*(?:(?:\d+\\?[.)]|[-*+])\s*)?(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*(?::?\s*$|:\s|:?\s*<br\s*/?>)")
_ITALIC_LINE = LazyRegex(r"^\s*(?:\*[^*\n]+\*|_[^_\n]+_)\s*$")


def _heading_like(doc: Document, block, end: int) -> bool:
    """The capitals ending at `end` head their paragraph as a heading would, in all but markup: one bold line
    ("**HOW IT WORKS**", a run-in "**LABEL** :"), one italic line, the text's first line with no full stop
    ("CONFÉRENCE DE PRESSE DU GROUPE DE CONTACT"), or the first line above the organisation's coordinates
    (« CONVENTION TCHADIENNE … » over "BP : … / Tel : …")."""
    text = doc.source[block.span.start:block.span.end]
    one_line = "\n" not in text.strip()
    if block.kind == "paragraph":
        if one_line and (_ITALIC_LINE.match(text) or (not doc.source[doc.body.start:block.span.start].strip()
                                                       and text.rstrip()[-1:] not in ".!?")):
            return True
        if 0 <= end <= doc.source.find("\n", block.span.start) and COORDINATE_LABEL.search(text):
            return True
    m = _BOLD_LINE.match(text)  # a run-in label ("**LABEL** : text") only for capitals inside the label
    return block.kind in ("paragraph", "list_item") and m is not None and block.span.start + m.end() >= end and (
        block.kind == "paragraph" or one_line)  # "1. **LA PROBLÉMATIQUE**": a numbered heading


def _bracketed(source: str, start: int, end: int) -> bool:
    """« [NOM DU RÉSEAU] », "<INSERT QUOTE>": an editor's note in brackets (disclosure.confidential's concern)."""
    before = source[max(0, start - 3):start].rstrip()
    after = source[end:end + 3].lstrip()
    return before[-1:] in ("[", "<") and after[:1] in ("]", ">")


RULES = [all_caps]

