"""Placeholder-looking marks that a published page carries on purpose (the placeholder findings of
`disclosure.confidential` leave them out): a model page's slots, a cut in a quotation, "TBD" in a schedule, a noun
("on my TODO"), part of a path, specimen text, a quoted model filled with slots, a link's text, escaped brackets, a
cell of a sample spreadsheet, a step of a path drawn with arrows ("[click]>>[link shortening service]"), a bracketed
label given as an example ("like [Infographic] or [Video]"), a "## TODO" heading over a published roadmap.
"""
from __future__ import annotations

import regex

from postlint.document import site as sites
from postlint.document.model import Document
from postlint.rules.disclosure._placeholders import block_of, in_quotation
from postlint.text.patterns import LazyRegex

_SCHEDULE = LazyRegex(r"(?i)(?:dates?|times?|heures?|venue|lieu|location|speakers?|topics?|sujets?|intervenants?|"
                      r"agenda|programme|program)\W{0,3}$")
# A published page that shows a model or sample (plainlanguage.gov "examples", a template to copy, a style guide's
# specimen text): its "[Insert agency name.]", "[name of defendant]" and "Lorem ipsum" are the content.
_EXAMPLE_PATH = LazyRegex(r"(?i)(?:^|/)(?:examples?|samples?|templates?|models?|exemples?|modeles?|gabarits?)(?:/|$)"
                          r"|(?:kitchen-sink|style-guide|typography)[^/]*$")
# the page says it is a template to copy ("Use this template", « Utilisez ce modèle »)
_TEMPLATE_SAID = LazyRegex(r"(?i)\b(?:(?:use|copy|download|this|our)[ \t]+(?:this[ \t]+)?template|"
                           r"(?:utilisez|copiez|ce)[ \t]+(?:ce[ \t]+)?(?:mod[eè]le|gabarit))\b")
# a Liquid/Hugo variable of a site's template ("{{ site.url }}", "{{ author }}"): markup, on a site's page
_TEMPLATE_VAR = LazyRegex(r"\{\{-?[ \t]*[A-Za-z_][\w.]*[ \t]*-?\}\}", regex.V0)
_EXAMPLE_TITLE = LazyRegex(r"(?i)\b(?:template|example|sample|model|exemple|mod[eè]le|gabarit|kitchen[ -]sink|"
                           r"style[ -]guide|typography)")
_NOUN_BEFORE = LazyRegex(r"(?i)\b(?:my|our|your|their|his|her|the|a|on|mon|ma|notre|votre|la|le)[ \t]+$")
# a bracketed label given as an example: "like [Infographic] or [Video]", "such as [PDF]", « comme [Vidéo] »
_EXAMPLE_BEFORE = LazyRegex(r"(?i)(?:\blike|such[ \t]+as|e\.g\.,?|for[ \t]+example,?|\bcomme|par[ \t]+exemple,?|"
                            r"tels?[ \t]+que|telles?[ \t]+que)[ \t]+(?:\[[^\]\n]{1,30}\][ \t]*(?:,|or|and|ou|et)[ \t]+)*$")
_ELLIPSIS = frozenset(("[...]", "[…]", "[…]"))


def example_page(doc: Document) -> bool:
    """A site's model, template or specimen page (draft or not: a kitchen-sink page is never a finished text)."""
    if not doc.site:
        return False
    fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
    title = fm.get("title")
    about = " ".join(v for k in ("summary", "description", "deck") if isinstance(v := fm.get(k), str))
    return bool(_EXAMPLE_PATH.search(doc.path.replace("\\", "/")) or
                isinstance(title, str) and _EXAMPLE_TITLE.search(title) or _TEMPLATE_SAID.search(about) or
                _TEMPLATE_SAID.search(doc.source, doc.body.start, min(doc.body.end, doc.body.start + 1500)))


def deliberate_slot(doc: Document, s: int, e: int, spots: list[tuple[int, int]]) -> bool:
    """A placeholder-looking mark that is there on purpose: a cut in a published page ("[…]"), "TBD" in a
    schedule ("2016-04-13: Titus Brown, TBD", "specific dates TBD"), a noun ("on my TODO"), part of a path
    (".well-known/acme-challenge/XXXX"), "Lorem Ipsum" named in a sentence (filler left over goes on: "Lorem
    ipsum dolor…"), or a quoted model filled with slots ("> For the week ending XX/XX/XX, we spent $XX")."""
    text, src = doc.source[s:e], doc.source
    low = text.lower()
    published = sites.published(doc)
    if text in _ELLIPSIS:
        return published
    line_start = src.rfind("\n", 0, s) + 1
    line_end = src.find("\n", e)
    line = src[line_start:line_end if line_end >= 0 else len(src)]
    if text[:1] in "[<" and _not_a_note(doc, s, e, text):
        return True
    if text[:1] == "[" and _EXAMPLE_BEFORE.search(src, max(line_start, s - 40), s):
        return True  # "clarifications like [Infographic] or [Video]": examples of a bracketed label, named
    if _spreadsheet_cell(src, line_start):
        return True  # "| 2 | TODO: Formula for the rate | 513 |" under "| A | B | C |": a tutorial's sample sheet
    if src[s - 1:s] == "[" and src[e:e + 1] == "]" and _not_a_note(doc, s - 1, e + 1, src[s - 1:e + 1]):
        return True  # a bare mark in brackets ("[TK]"): the same tests as a note
    if published and (_TEMPLATE_VAR.fullmatch(text) or in_quotation(src, src, s) or
                      "&#8220;" in src[line_start:s] and "&#8221;" in src[e:line_start + len(line)]):
        # a published page quotes a model letter or a formula ("“[insert user] needs a way to [insert need]”")
        # or inserts an editor's words in a quotation ("> your mobile [phone]"): the brackets are on purpose
        return True
    if low in ("tbd", "tbc", "tba"):
        if src[s - 1:s] == "(" and regex.match(r"[ \t]+\p{L}", src[e:e + 3]):
            return True  # "(TBC depending on the list of attendees)": a caveat, said on purpose
        block = block_of(doc, s)
        return bool(block is not None and block.kind in ("list_item", "table_cell") or
                    _SCHEDULE.search(src, max(line_start, s - 20), s) or "<td" in line)
    if low == "todo":
        block = block_of(doc, s)
        if published and block is not None and block.kind == "heading" and \
                not regex.search(r"\w", src[block.span.start:s] + src[e:block.span.end]):
            return True  # "## TODO" over a published release's list of planned features: a roadmap section
        return bool(_NOUN_BEFORE.search(src, max(line_start, s - 12), s))
    if low.startswith("xx"):
        if s > 1 and src[s - 1] == "/" and src[s - 2].isalnum():
            return True
    if low.startswith("lorem"):
        # filler left over goes on ("Lorem ipsum dolor…"); a page showing it three times is a type specimen
        return not regex.match(r"[ \t]+dolor", src[e:e + 10]) or published and src.lower().count("lorem ipsum") >= 3
    if line.lstrip().startswith(">"):
        return sum(1 for a, _ in spots if line_start <= a < line_start + len(line)) >= 3
    return False


# a Markdown table drawn as a spreadsheet: its header cells are column letters ("| | A | B | C |")
_SHEET_HEADER = LazyRegex(r"[ \t]*\|?(?:[ \t]*\|)?(?:[ \t]*[A-Z][ \t]*\|){2,}[ \t]*(?:[A-Z][ \t]*)?\|?[ \t]*", regex.V0)
# an arrow between two bracketed steps: "[click on Twitter]>>[link shortening service]>>[final site]"
_ARROW_AFTER = LazyRegex(r"[ \t]*(?:>>?|->|=>|→|⇒|»)[ \t]*\[", regex.V0)
_ARROW_BEFORE = LazyRegex(r"\][ \t]*(?:>>?|->|=>|→|⇒|»)[ \t]*$", regex.V0)


def _spreadsheet_cell(src: str, line_start: int) -> bool:
    """The line is a row of a Markdown table whose header row names spreadsheet columns (A, B, C…): the table
    shows a sample sheet, and a "TODO" in a cell is that sheet's content."""
    if not src.startswith("|", line_start) and not src[line_start:line_start + 4].lstrip().startswith("|"):
        return False
    top = line_start
    while top > 0:  # up to the table's first row
        prev = src.rfind("\n", 0, top - 1) + 1
        if not src[prev:top].lstrip().startswith("|"):
            break
        top = prev
    end = src.find("\n", top)
    return bool(_SHEET_HEADER.fullmatch(src, top, end if end >= 0 else len(src)))


def _not_a_note(doc: Document, s: int, e: int, text: str) -> bool:
    """Brackets that are not a note to fill in: the text of a link ("[Lien questionnaire] (https://…)", a
    reference link "[time]" defined as "[time]: https://…", an embed's "<a …>[image or embed]</a>"), brackets
    escaped on purpose ("\\[number\\]", ASN.1 notation), or an XML element ("<name>{{ author }}</name>")."""
    src = doc.source
    if src[max(0, s - 1):s] == "\\":
        return True
    # a gloss after a foreign term or an acronym ("<span lang="en">brand</span> [image de marque]", "COMEX [Comité…]")
    if text[0] == "[" and (src[:s].rstrip().endswith(("</span>", "</abbr>")) or
                           regex.search(r"\b\p{Lu}{2,}\p{Ll}*[ \t]*$", src[max(0, s - 12):s])):
        return True
    if text[0] == "<":
        return f"</{text[1:-1].split()[0]}>" in src[e:e + 200] if text[1:-1].split() else False
    if regex.match(r"[ \t]?\(https?://", src[e:e + 12]) or f"\n{text}:" in src:
        return True
    if text[0] == "[" and (_ARROW_AFTER.match(src, e) or _ARROW_BEFORE.search(src, max(0, s - 6), s)):
        return True  # a step of a path drawn with arrows ("[click]>>[link shortening service]>>[site]")
    if src[max(0, s - 1):s] == ">" and src[e:e + 4] == "</a>" or src[:s].rstrip().endswith("</a>"):
        return True  # an HTML link's text ("<a …>[image or embed]</a>") or a label after it ("Turkmen</a> [TK]")
    return any(lk.span.start <= s and e <= lk.span.end for lk in doc.links)
