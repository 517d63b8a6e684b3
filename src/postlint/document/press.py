"""What each part of a press release is: release and embargo lines, headline, subtitle, lead, body, quotes,
contact block, "about" boilerplate, notes to editors and end marks (who is quoted and who is the contact:
`postlint.document.press_people`).

The structure rules (`postlint.rules.structure`) only read the `Release` built here, so every rule agrees
on which paragraphs are the body. The analysis works on units: Markdown blocks, with special lines (release
line, embargo, dateline, end mark) split out of their paragraph, and thematic breaks (`***`) added. The module
is long because the analysis is one pass in which each part is found from those found before it (sections,
then headline, lead and body): split, its steps would share most of their state.
"""
from __future__ import annotations

from collections.abc import Callable

from msgspec import Struct, field
from msgspec.structs import replace

from postlint.document.model import Block, Document, Link
from postlint.core.spans import Span
from postlint.text.patterns import LazyRegex
from postlint.text.normalize import fold
from postlint.text.sentences import split_sentences
from postlint.document.analysis import analysis
from postlint.document.press_labels import (
    DATELINE, RELEASE_LINE, EMBARGO_LINE, END_MARK, THEMATIC_BREAK, NOTES_LABEL, CONTACT_LABEL, CONTACT_GENERIC,
    CONTACT_WAY, ABOUT_LABEL, ORG_INTRO, ORG_MISSION, ORG_NOUN, FIELD_LINE, EMAIL, PHONE, DOMAIN, COUNT_WORD,
    PARA_KINDS, EMPHASIS_ONLY)


lazy_regex = LazyRegex  # patterns compiled on first use (start-up time matters in hooks)
_DASH_SEP = LazyRegex(r"\s+[-–—|/]\s+")
_ABOUT_HEAD = LazyRegex(r"[*_]*(?:About|ABOUT|about)\s+(?:us\b|the\s|our\s|\p{Lu})")
_NAMED = LazyRegex(r"\s\p{Lu}")
_ENDS_PUNCT = LazyRegex(r"[!?;,]\s*$")
_LABEL_HEAD = LazyRegex(r"[^.!?]*?(?:\s[:–—]|:)\s")
_DIGIT = LazyRegex(r"\d")
_BOLD_LABEL = LazyRegex(r"\s*(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*[:–—-]?\s*")
_COLON = LazyRegex(r"\s[:–—]\s|:\s|:$")
_URL_KEY = LazyRegex(r"^(?:https?://)?(?:www\.)?|/+$")



class Unit(Struct):
    kind: str  # heading | paragraph | list | quote | table | release | embargo | dateline | end | separator
    span: Span
    level: int = 0
    role: str = ""  # headline | subtitle | lead | body | contact | about | notes | top | tail


class Section(Struct):
    """The contact block, the "about" boilerplate or the notes to editors."""

    span: Span  # everything the section covers
    label: Span | None = None  # the label ("Contact presse :", "## À propos de …") if any
    text: Span | None = None  # the section's own text, after the label


class Release(Struct):
    units: list[Unit]
    headline: Unit | None = None
    headline_span: Span | None = None  # may be one line of a unit (plain text)
    subtitle: Span | None = None
    lead: Unit | None = None
    body: list[Unit] = field(default_factory=list)
    contact: Section | None = None
    about: Section | None = None
    notes: Section | None = None
    dateline: Span | None = None

    def text_units(self) -> list[Unit]:
        """The units that carry the release's own text: headline, subtitle, lead and body."""
        return [u for u in self.units if u.role in ("headline", "subtitle", "lead", "body")]

    def in_text(self, span: Span) -> bool:
        spans = [u.span for u in self.text_units()] + ([self.subtitle] if self.subtitle else [])
        return any(s.start <= span.start < s.end for s in spans)


def word_count(text: str) -> int:
    return len(COUNT_WORD.findall(text))


def folded(doc: Document, span: Span) -> str:
    """The prose of `span`, folded (no accents, lower case) and with white space collapsed."""
    return " ".join(fold(doc.prose[span.start:span.end]).split())


def sentences(doc: Document, span: Span) -> list[Span]:
    return split_sentences(doc.prose, span)


# ------------------------------------------------------------------------------------------- units
def _line_kind(doc: Document, span: Span) -> str | None:
    raw = doc.source[span.start:span.end].strip()
    if END_MARK.match(raw.strip("*_ ").strip() or raw):
        return "end"
    text = folded(doc, span).strip(" *_")
    if not text:
        return None
    pieces = [p.strip(" :") for p in _DASH_SEP.split(text)]
    if all(RELEASE_LINE.match(p) or EMBARGO_LINE.match(p) or DATELINE.match(p + " ") and len(p.split()) <= 8
           for p in pieces) and RELEASE_LINE.match(pieces[0]):
        return "release"
    if EMBARGO_LINE.match(text) and len(text.split()) <= 16:
        return "embargo"
    m = DATELINE.match(text)
    if m and len(text.split()) <= 12 and not text[m.end():].strip(" -–—."):
        return "dateline"  # "Genève, le 3 mars 2021" on its own line
    return None


@analysis
def units(doc: Document) -> list[Unit]:
    idx = doc.line_index
    out: list[Unit] = []
    for b in doc.blocks:
        if b.kind in ("code", "caption"):
            continue
        b = _with_trailing_markup(doc, b)
        raw = doc.source[b.span.start:b.span.end].strip()
        if b.kind != "heading" and not doc.prose[b.span.start:b.span.end].strip() and \
                any(b.span.overlaps(im.span) for im in doc.images):
            continue  # an image on its own is not a paragraph
        if b.kind == "heading":
            kind = "end" if END_MARK.match(raw.strip("# ") or raw) or not doc.prose_of(b.span).strip() else "heading"
            if kind == "heading" and (line_kind := _line_kind(doc, b.span)) in ("release", "embargo"):
                kind = line_kind  # "# COMMUNIQUÉ DE PRESSE" above the real headline
            out.append(Unit(kind, b.span, b.level))
            continue
        kind = {"list_item": "list", "table_cell": "table"}.get(b.kind, b.kind)
        whole_line = idx.line_span(idx.position(b.span.start)[0])
        if kind == "list" and END_MARK.match(doc.source[whole_line.start:whole_line.end].strip()):
            out.append(Unit("end", whole_line))  # "- 30 -" reads as a list item in Markdown
            continue
        if kind == "list" and out and out[-1].kind == "list" and \
                not doc.source[out[-1].span.end:b.span.start].count("\n") > 2:
            out[-1].span = Span(out[-1].span.start, b.span.end)  # one list = one paragraph
            continue
        # split release, embargo, dateline and end-mark lines out of their paragraph
        first, last = idx.position(b.span.start)[0], idx.position(b.span.end)[0]
        group: Span | None = None
        for n in range(first, last + 1):
            ls = idx.line_span(n)
            ls = Span(max(ls.start, b.span.start), min(ls.end, b.span.end))
            special = _line_kind(doc, ls) if kind == "paragraph" else None
            if special:
                if group:
                    out.append(Unit(kind, group))
                    group = None
                out.append(Unit(special, ls))
            else:
                group = Span(group.start, ls.end) if group else ls
        if group and doc.source[group.start:group.end].strip():
            out.append(Unit(kind, group))
    # thematic breaks (`***`, `---`) are not blocks: find them between blocks
    for n in range(idx.position(doc.body.start)[0], idx.line_count + 1):
        ls = idx.line_span(n)
        if THEMATIC_BREAK.match(doc.source[ls.start:ls.end]) and not any(
                b.span.overlaps(ls) or b.span.start == ls.start for b in doc.blocks):
            prev = idx.line_text(n - 1).strip() if n > 1 else ""
            if not prev or doc.source[ls.start:ls.end].strip()[0] != "-":  # `---` under text is a setext heading
                out.append(Unit("separator", ls))
    out.sort(key=lambda u: u.span.start)
    return out


def _with_trailing_markup(doc: Document, b: Block) -> Block:
    """A block whose last line ends in a URL or markup (masked in the prose) extends to the end of that line."""
    line_end = doc.line_index.line_span(doc.position(b.span.end)[0]).end
    tail = doc.source[b.span.end:line_end]
    if tail.strip() and not doc.prose[b.span.end:line_end].strip():
        return replace(b, span=Span(b.span.start, b.span.end + len(tail.rstrip())))
    return b


# ------------------------------------------------------------------------------------------- labels
def _is_contact(doc: Document, u: Unit) -> bool:
    text = folded(doc, u.span).lstrip(" *_#")
    if CONTACT_LABEL.match(text) or CONTACT_LABEL.match(folded(doc, first_line(doc, u.span)).strip(" *_#:")):
        return True  # "Contacts presse" alone on its line, then one line per name, phone and e-mail
    if CONTACT_GENERIC.match(text):
        return bool(CONTACT_WAY.search(text) or EMAIL.search(doc.source[u.span.start:u.span.end]))
    return False


def _coordinates(doc: Document, u: Unit) -> bool:
    """The organisation's coordinates without a label, a block of short lines at the foot: "BP : 5839 Ndjamena
    E mail : …" / "Tel : +235 …" — a phone and an e-mail (or an e-mail label) in a few lines."""
    raw = doc.source[u.span.start:u.span.end]
    if u.kind != "paragraph" or "\n" not in raw.strip() or PHONE.search(raw) is None:
        return False
    text = folded(doc, u.span)
    return word_count(text) <= 60 and (EMAIL.search(raw) is not None or _EMAIL_LABEL.search(text) is not None)


_EMAIL_LABEL = lazy_regex(r"\b(?:e-?\s?mail|courriel|mel)\s*:")


# "About the African Parliamentary Network on Health and Human Rights": organisation names run long
ABOUT_LABEL_WORDS = 16


def _is_about(doc: Document, u: Unit) -> bool:
    text = folded(doc, u.span).lstrip(" *_#")
    m = ABOUT_LABEL.match(text)
    if not m:
        return False
    if u.kind == "heading":
        return True
    raw = doc.source[u.span.start:u.span.end].lstrip()
    if text.startswith("about") and not _ABOUT_HEAD.match(raw):
        return False  # "About 300 people came": approximately, not a label
    first_line = raw.split("\n", 1)[0]
    if raw[:2] in ("**", "__") or (len(first_line.split()) <= 10 and not first_line.rstrip().endswith(".")
                                   and "\n" in raw.strip()):
        return True
    if not text.startswith("presentation") and _bare(doc, u, ABOUT_LABEL_WORDS) \
            and not _ENDS_PUNCT.search(first_line):
        return True  # a plain-text label line with a long name: "About the African Parliamentary Network on …"
    head = text[m.end():m.end() + 90]
    if _LABEL_HEAD.match(head):  # "À propos de Sunu Santé : …", not "À propos de la réforme : la Fédération …"
        return text.startswith(("about us", "qui sommes", "who we")) or bool(_NAMED.search(raw[1:].split(":")[0]))
    return _bare(doc, u) or text[:1] == "q"


def _bare(doc: Document, u: Unit, max_words: int = 8) -> bool:
    """A label alone on its line ("Media contact:", "Notes aux rédactions")."""
    text = doc.prose[u.span.start:u.span.end].strip()
    return "\n" not in text and word_count(text) <= max_words and not text.endswith(".") and "@" not in text \
        and not _DIGIT.search(text)


def _label_end(doc: Document, u: Unit) -> int:
    """Offset where a labelled unit's own text starts (after "Contact presse :" or a bold/first-line label)."""
    raw = doc.source[u.span.start:u.span.end]
    m = _BOLD_LABEL.match(raw)
    if m:
        return u.span.start + m.end()
    line_end = raw.find("\n")
    first_line = raw if line_end < 0 else raw[:line_end]
    colon = _COLON.search(first_line[:120])
    if colon:
        return u.span.start + colon.end()
    if line_end > 0 and len(first_line.split()) <= 10:
        return u.span.start + line_end + 1
    return u.span.start


def _section(doc: Document, us: list[Unit], i: int, is_label: Callable[[Unit], bool], max_units: int,
             bare_words: int = 8) -> tuple[Section, int]:
    """The section labelled by unit i: its own text, or the paragraphs after a bare label or a heading.

    Returns the section and the index of the first unit after it."""
    u = us[i]
    start = u.span.end if u.kind == "heading" else _label_end(doc, u)
    end, j = u.span.end, i + 1
    text_start = start
    if u.kind == "heading" or _bare(doc, u, bare_words) or not doc.prose[start:u.span.end].strip():
        while j < len(us) and j - i <= max_units and us[j].kind in PARA_KINDS and not is_label(us[j]):
            end = us[j].span.end
            j += 1
        if j > i + 1:
            text_start = us[i + 1].span.start
    label_end = start
    while label_end > u.span.start and doc.source[label_end - 1].isspace():
        label_end -= 1
    label = u.span if u.kind == "heading" else (Span(u.span.start, label_end) if label_end > u.span.start else None)
    return Section(Span(u.span.start, end), label, Span(text_start, end) if end > text_start else None), j


# ------------------------------------------------------------------------------------------- release
@analysis
def analyse(doc: Document) -> Release:
    """The release's parts (computed once per document)."""
    us = units(doc)
    rel = Release(us)

    # sections first: contact (may sit at the top), about, notes to editors
    def kind_of(u: Unit) -> str | None:
        if u.kind not in ("heading", "paragraph"):
            return None
        if NOTES_LABEL.match(folded(doc, u.span).lstrip(" *_#")):
            return "notes"
        if _is_contact(doc, u):
            return "contact"
        if _is_about(doc, u):
            return "about"
        return None

    def is_label(u: Unit) -> bool:
        return kind_of(u) is not None

    i = 0
    while i < len(us):
        name = kind_of(us[i])
        if name and getattr(rel, name) is None:
            sec, j = _section(doc, us, i, is_label, {"contact": 4, "about": 2, "notes": 12}[name],
                              ABOUT_LABEL_WORDS if name == "about" else 8)
            setattr(rel, name, sec)
            for k in range(i, j):
                us[k].role = name
            i = j
            continue
        i += 1
    if rel.contact is None:  # no labelled block: the organisation's coordinates at the foot, if any
        foot = next((u for u in reversed(us[-4:]) if not u.role and _coordinates(doc, u)), None)
        if foot is not None:
            rel.contact, foot.role = Section(foot.span, None, foot.span), "contact"

    # top: release/embargo/dateline lines and the contact block before the headline
    content = [u for u in us if not u.role and u.kind not in ("release", "embargo", "end", "separator", "dateline")]
    for u in us:
        if not u.role and u.kind in ("release", "embargo", "dateline", "end", "separator"):
            u.role = "meta" if u.kind in ("release", "embargo", "dateline") else "tail"
    pos = 0
    top = content[0] if len(content) > 1 and content[0].kind != "heading" and content[1].kind == "heading" else None
    if top and rel.contact is None and word_count(doc.prose[top.span.start:top.span.end]) <= 30 and \
            (PHONE.search(doc.source[top.span.start:top.span.end]) or EMAIL.search(doc.source[top.span.start:top.span.end])):
        rel.contact, top.role = Section(top.span, None, top.span), "contact"  # "Tel: +44 … / After hours: …" on top
        content = content[1:]
    elif top and word_count(doc.prose[top.span.start:top.span.end]) <= 12:
        top.role = "meta"  # "Sunu Santé communique :" above the "# headline"
        content = content[1:]
    if content:
        first = content[0]
        if first.kind == "heading":
            rel.headline, rel.headline_span = first, first.span
            first.role, pos = "headline", 1
        elif first.kind == "paragraph":
            line = first_line(doc, first.span)
            if _title_like(doc, line) and line.end < first.span.end:
                rel.headline, rel.headline_span, first.role = first, line, "headline"
                after_title = Span(_skip_ws(doc, line.end), first.span.end)
                second = first_line(doc, after_title)
                if _title_like(doc, second) and second.end >= first.span.end:
                    rel.subtitle = second
                else:  # title line, then the lead in the same paragraph (plain text drafts)
                    first.role = "lead"
                    rel.lead = Unit("paragraph", after_title, role="lead")
                pos = 1
            elif _title_like(doc, line) and len(content) > 1:
                rel.headline, rel.headline_span, first.role, pos = first, first.span, "headline", 1
    if rel.headline and pos < len(content) and not rel.lead:
        nxt = content[pos]
        if nxt.kind == "heading" or (nxt.kind == "paragraph" and _title_like(doc, nxt.span) and (
                EMPHASIS_ONLY.match(doc.source[nxt.span.start:nxt.span.end]) or rel.headline.kind != "heading")
                and pos + 1 < len(content)):
            rel.subtitle, nxt.role = nxt.span, "subtitle"
            pos += 1
    rest = content[pos:]
    if not rel.lead:
        for k, u in enumerate(rest):
            if u.kind in PARA_KINDS:
                rel.lead, u.role = u, "lead"
                rest = rest[k + 1:]
                break
    # body: paragraphs after the lead up to the first end mark, separator or section; an unlabelled
    # "X est une association…" paragraph closing the text is the boilerplate
    lead_start = rel.lead.span.start if rel.lead else 0
    stops = [u.span.start for u in us if u.span.start > lead_start and
             (u.kind in ("end", "separator") or u.role in ("about", "notes")
              or (u.role == "contact" and u.span.start > lead_start))]
    body_end = min(stops) if stops else len(doc.source)
    body = [u for u in rest if u.kind in PARA_KINDS and u.span.start < body_end and not u.role]
    if rel.about is None:
        after = [u for u in us if u.span.start >= body_end and u.kind == "paragraph" and not u.role]
        candidates = after[:1] or body[-1:]
        for u in candidates:
            para = doc.prose[u.span.start:u.span.end].strip()
            if (ORG_INTRO.match(para) and ORG_NOUN.search(fold(para)[:300])  # "The report is a wake-up call": body
                    or (after and ORG_MISSION.match(para))):  # after the end mark or contact, not the body
                more = [v for v in after[1:4] if u in after and not v.role]  # "They bring hope …": the same text
                span = Span(u.span.start, more[-1].span.end) if more else u.span
                rel.about = Section(span, None, span)
                for v in [u, *more]:
                    v.role = "about"
                body = [b for b in body if b is not u]
    if rel.about is None and rel.notes is not None and rel.notes.text:
        rel.about = _about_in(doc, rel.notes.text)  # "Notes to editors: 1. X is a charity …"
    for u in body:
        u.role = "body"
    for u in us:
        if not u.role:
            u.role = "tail" if u.span.start >= body_end else ("body" if u.kind == "heading" else "")
    rel.body = body
    if rel.lead:
        m = DATELINE.match(fold(doc.prose[rel.lead.span.start:rel.lead.span.end]))
        if m:
            rel.dateline = Span(rel.lead.span.start, rel.lead.span.start + m.end())
    return rel


def _about_in(doc: Document, span: Span) -> Section | None:
    """The first line of `span` that presents the organisation, up to the end of its paragraph."""
    pos = span.start
    for line in doc.source[span.start:span.end].split("\n"):
        lead = len(line) - len(line.lstrip(" \t-*+0123456789.)"))
        if ORG_INTRO.match(doc.prose[pos + lead:pos + len(line)]):
            para_end = doc.source.find("\n\n", pos)
            end = min(span.end, para_end if para_end >= 0 else span.end)
            return Section(Span(pos + lead, end), None, Span(pos + lead, end))
        pos += len(line) + 1
    return None


def first_line(doc: Document, span: Span) -> Span:
    """The first line of `span`, without its trailing spaces."""
    end = doc.source.find("\n", span.start, span.end)
    end = span.end if end < 0 else end
    while end > span.start and doc.source[end - 1] in " \t\r":
        end -= 1
    return Span(span.start, end)


def _skip_ws(doc: Document, pos: int) -> int:
    while pos < len(doc.source) and doc.source[pos].isspace():
        pos += 1
    return pos


def _title_like(doc: Document, span: Span) -> bool:
    """One line, no sentence inside, not a dateline, not too long to be a title."""
    text = " ".join(doc.prose[span.start:span.end].split())
    if not text or "\n" in doc.source[span.start:span.end].strip() or word_count(text) > 30:
        return False
    if DATELINE.match(fold(text)) or FIELD_LINE.match(fold(text)):
        return False  # a dateline, or an advisory's "Who: …" line
    return len(split_sentences(text, Span(0, len(text)))) <= 1 and not text.endswith((".", ":"))


# ------------------------------------------------------------------------------------------- links
def body_links(doc: Document, rel: Release) -> list[Link]:
    """Hyperlinks in the release's own text (headline to the last body paragraph), first of each URL.

    The contact block, the "about" boilerplate and the notes to editors are not counted."""
    seen: set[str] = set()
    out: list[Link] = []
    for link in doc.links:
        url = link.url.strip()
        if url.lower().startswith("mailto:") or EMAIL.fullmatch(url) or not rel.in_text(link.span):
            continue
        key = _URL_KEY.sub("", url.lower())
        if key and key not in seen:
            seen.add(key)
            out.append(link)
    return out


def section_has_url(doc: Document, span: Span) -> bool:
    if any(span.start <= link.span.start < span.end and not link.url.lower().startswith("mailto:")
           for link in doc.links):
        return True
    text = EMAIL.sub(" ", doc.source[span.start:span.end])
    return bool(DOMAIN.search(text))
