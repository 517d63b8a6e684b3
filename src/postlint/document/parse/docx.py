"""Word drafts (.docx) → Markdown-ish text the usual parser reads, plus the Word paragraph of each line.

One Word paragraph becomes one block, separated by a blank line: headings (style "Heading N", "Title",
"Subtitle" or an outline level) get `#` marks, list paragraphs `- `, images `![alt](word-image-N "title")`
with the alt text ("description") Word stores, hyperlinks `[text](url)`. Empty paragraphs are skipped and
do not count: paragraph numbers are those an editor counts in the document (1 = the first paragraph with
text or an image, tables read cell by cell in order). Deleted tracked changes are left out, inserted ones
kept; headers, footers, comments, footnotes and text boxes are not read.
"""
from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING, Any, TypeAlias

from postlint.core.errors import InputError

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.styles.style import ParagraphStyle

Element: TypeAlias = Any  # an element of the document's XML tree (lxml, which ships no type information)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
VML = "{urn:schemas-microsoft-com:vml}"
OFFICE = "{urn:schemas-microsoft-com:office:office}"

MAX_UNPACKED = 100 * 1024 * 1024  # a zip bomb must not fill the memory of `postlint serve`
# the text itself: Word's XML is 3–5 times the text it holds, so this is about the 8 MB limit of text drafts
# (core.files.MAX_DRAFT_BYTES); a file holding 95 MB of text would take minutes to read
MAX_DOCUMENT_XML = 32 * 1024 * 1024
HEADING_STYLE = re.compile(r"^(?:heading|titre|überschrift|título|titolo)\s*(\d)$", re.I)
TITLE_STYLES = {"title": 1, "titre": 1, "subtitle": 2, "sous-titre": 2}
HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]+)"', re.I)
# a line starting like this would change the Markdown structure of a plain Word paragraph
# (typed list markers stay: a paragraph typed as "- item" is a list item anyway)
BLOCK_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|(?:-{3,}|={3,}|_{3,}|\*{3,})\s*$|```|~~~)")


def read_docx(raw: bytes, path: str) -> tuple[str, list[int]]:
    """Return (text, paragraph_numbers): `paragraph_numbers[i]` is the Word paragraph of text line i+1."""
    _check_container(raw, path)
    try:
        import docx  # python-docx: imported here, start-up time matters

        document = docx.Document(io.BytesIO(raw))
    except Exception as e:  # python-docx raises many kinds for foreign or damaged files
        raise InputError(f"not a readable Word .docx file ({type(e).__name__}: {e})".rstrip(), path) from None
    try:
        reader = _Reader(document)
        reader.block_content(document.element.body)
    except Exception as e:  # an unexpected structure is an input error, never a traceback
        raise InputError(f"could not read the Word document ({type(e).__name__}: {e})", path) from None
    return reader.result()


def _check_container(raw: bytes, path: str) -> None:
    if raw[:2] == b"\xd0\xcf":
        raise InputError("old Word .doc (or encrypted) file: save it as .docx (Word 2007 or later)", path)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            names = set(z.namelist())
            total = sum(i.file_size for i in z.infolist())
            body = z.getinfo("word/document.xml").file_size if "word/document.xml" in names else 0
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError("not a Word .docx file (the file is not a valid .docx archive)", path) from None
    if "word/document.xml" not in names:
        raise InputError("not a Word .docx file (no word/document.xml inside)", path)
    if total > MAX_UNPACKED:
        raise InputError(f"Word file too large once unpacked ({total // (1024 * 1024)} MB; the limit is "
                         f"{MAX_UNPACKED // (1024 * 1024)} MB)", path)
    if body > MAX_DOCUMENT_XML:
        raise InputError(f"Word file with too much text ({body // (1024 * 1024)} MB of document XML; the limit is "
                         f"{MAX_DOCUMENT_XML // (1024 * 1024)} MB, about 8 MB of text)", path)


class _Reader:
    def __init__(self, document: WordDocument):
        self.document = document
        self.part = document.part
        self.paragraphs: list[str] = []  # Markdown text of each non-empty Word paragraph
        self.images = 0

    # ------------------------------------------------------------------------------------ blocks
    def block_content(self, element: Element) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                for row in child.iter(W + "tr"):
                    for cell in row.findall(W + "tc"):
                        self.block_content(cell)
            elif tag in (W + "sdt", W + "customXml"):
                content = child.find(W + "sdtContent") if tag == W + "sdt" else child
                if content is not None:
                    self.block_content(content)

    def paragraph(self, p: Element) -> None:
        parts: list[str] = []
        self.inline(p, parts, state={"field": None, "field_text": []})
        text = "".join(parts)
        # Markdown line breaks inside a paragraph: keep the break, drop spaces around it
        lines = [ln.strip() for ln in text.split("\n")]
        lines = [ln for ln in lines if ln]
        if not lines:
            return
        prefix = self.prefix(p)
        if prefix:
            lines[0] = prefix + lines[0]
            if prefix.startswith("#"):
                lines = [" ".join(lines)]  # a heading is one line in Markdown
        else:
            lines = [("\\" + ln if BLOCK_START.match(ln) else ln) for ln in lines]
        self.paragraphs.append("\n".join(lines))

    def prefix(self, p: Element) -> str:
        from docx.text.paragraph import Paragraph

        para = Paragraph(p, self.document._body)  # python-docx's own parent object for its paragraphs
        try:
            style = para.style
        except Exception:  # a style id missing from styles.xml
            style = None
        name = (style.name or "").strip() if style is not None else ""
        level = None
        m = HEADING_STYLE.match(name)
        if m:
            level = int(m.group(1)) or 1
        elif name.lower() in TITLE_STYLES:
            level = TITLE_STYLES[name.lower()]
        else:
            outline = _outline_level(p, style)
            if outline is not None and outline < 6:
                level = outline + 1
        if level:
            return "#" * min(level, 6) + " "
        ppr = p.find(W + "pPr")
        if (ppr is not None and ppr.find(W + "numPr") is not None) or "list" in name.lower() or \
                "liste" in name.lower():
            return "- "
        return ""

    # ------------------------------------------------------------------------------------ inline
    def inline(self, element: Element, out: list[str], state: dict[str, Any]) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "r":
                self.run(child, out, state)
            elif tag == W + "hyperlink":
                inner: list[str] = []
                self.inline(child, inner, state)
                out.append(self.link(child.get(R_ID), child.get(W + "anchor"), "".join(inner)))
            elif tag == W + "fldSimple":
                inner = []
                self.inline(child, inner, state)
                m = HYPERLINK_FIELD.match(child.get(W + "instr") or "")
                out.append(_md_link("".join(inner), m.group(1)) if m else "".join(inner))
            elif tag in (W + "ins", W + "smartTag", W + "customXml", W + "sdtContent", W + "moveTo"):
                self.inline(child, out, state)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.inline(content, out, state)
            # w:del, w:moveFrom (deleted text), bookmarks, proofing marks, comments: nothing to read

    def run(self, r: Element, out: list[str], state: dict[str, Any]) -> None:
        target = state["field_text"] if state["field"] == "result" else out
        for child in r:
            tag = child.tag
            if tag == W + "t":
                target.append(child.text or "")
            elif tag == W + "tab":
                target.append("\t")
            elif tag in (W + "br", W + "cr"):
                if child.get(W + "type") in (None, "textWrapping"):
                    target.append("\n")
            elif tag == W + "noBreakHyphen":
                target.append("\u2011")
            elif tag == W + "sym":
                char = child.get(W + "char")
                if char:
                    try:
                        target.append(chr(int(char, 16)))
                    except ValueError:
                        pass
            elif tag in (W + "drawing", W + "pict", MC + "AlternateContent"):
                image = self.image(child)
                if image:
                    target.append(image)
            elif tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    state.update(field="instr", instr="", field_text=[])
                elif kind == "separate" and state["field"] == "instr":
                    state["field"] = "result"
                    target = state["field_text"]
                elif kind == "end" and state["field"] is not None:
                    m = HYPERLINK_FIELD.match(state.get("instr", ""))
                    text = "".join(state["field_text"])
                    out.append(_md_link(text, m.group(1)) if m else text)
                    state.update(field=None, field_text=[])
                    target = out
            elif tag == W + "instrText" and state["field"] == "instr":
                state["instr"] = state.get("instr", "") + (child.text or "")

    def link(self, rel_id: str | None, anchor: str | None, text: str) -> str:
        if rel_id:
            rel = self.part.rels.get(rel_id)
            if rel is not None and rel.is_external:
                return _md_link(text, rel.target_ref)
        return text  # internal bookmarks: the text only

    def image(self, element: Element) -> str:
        """An inline or floating picture: `![description](word-image-N "title")`."""
        if element.tag == MC + "AlternateContent":
            choice = element.find(MC + "Choice")
            element = choice if choice is not None else element.find(MC + "Fallback")
            if element is None:
                return ""
        for doc_pr in element.iter(WP + "docPr"):
            if not any(True for _ in element.iter("{http://schemas.openxmlformats.org/drawingml/2006/picture}pic")):
                return ""  # a shape or a text box, not a picture
            return self._image_md(doc_pr.get("descr") or "", doc_pr.get("title") or "")
        for shape in element.iter(VML + "shape"):
            data = shape.find(VML + "imagedata")
            if data is not None:
                return self._image_md(shape.get("alt") or "", data.get(OFFICE + "title") or "")
        return ""

    def _image_md(self, alt: str, title: str) -> str:
        self.images += 1
        alt = " ".join(alt.split()).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
        title = " ".join(title.split()).replace('"', "'")
        return f"![{alt}](word-image-{self.images}" + (f' "{title}"' if title else "") + ")"

    # ------------------------------------------------------------------------------------ result
    def result(self) -> tuple[str, list[int]]:
        lines: list[str] = []
        numbers: list[int] = []
        for n, para in enumerate(self.paragraphs, start=1):
            if lines:
                lines.append("")
                numbers.append(n - 1)  # the blank separator belongs to the paragraph above
            for ln in para.split("\n"):
                lines.append(ln)
                numbers.append(n)
        text = "\n".join(lines) + ("\n" if lines else "")
        return text, numbers or [1]


def _outline_level(p: Element, style: ParagraphStyle | None) -> int | None:
    ppr = p.find(W + "pPr")
    seen = 0
    element = ppr
    while True:
        if element is not None:
            lvl = element.find(W + "outlineLvl")
            if lvl is not None:
                try:
                    value = int(lvl.get(W + "val"))
                except (TypeError, ValueError):
                    return None
                return value if value < 9 else None  # 9 = body text
        if style is None or seen > 10:
            return None
        element = style.element.find(W + "pPr")
        style = style.base_style
        seen += 1


def _md_link(text: str, url: str) -> str:
    url = url.strip()
    if not text.strip():
        return f"<{url}>" if url else ""
    if not url:
        return text
    if text.strip() == url:
        return url  # a bare URL stays bare
    url = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    text = text.replace("[", "\\[").replace("]", "\\]")
    return f"[{text}]({url})"
