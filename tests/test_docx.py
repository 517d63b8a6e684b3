"""Word drafts: .docx → Markdown-ish text, with findings pointing at Word paragraph numbers."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from conftest import run_cli
from postlint.core.errors import InputError
from postlint.document.parse import parse_bytes
from postlint.document.parse.docx import read_docx  # python-docx itself is imported when a file is read

docx = pytest.importorskip("docx")

from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

HOUSE_RULES = """\
rules:
  - id: tone.docx-test-term
    kind: terms
    summary: test term
    message: {fr: "« {match} » : préférez {suggestions}.", en: "'{match}': prefer {suggestions}."}
    fix: safe
    terms:
      - avoid: [toxicomanes, toxicomane]
        prefer: [personnes qui consomment des drogues]
"""


def _png(tmp_path) -> str:
    from PIL import Image

    path = tmp_path / "pixel.png"
    Image.new("RGB", (8, 8), "blue").save(path)
    return str(path)


def _save(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _hyperlink(paragraph, url: str, text: str) -> None:
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _lines(raw: bytes) -> list[tuple[int, str]]:
    text, numbers = read_docx(raw, "x.docx")
    lines = text.split("\n")
    assert len(numbers) >= len(lines) - 1
    return [(numbers[i], line) for i, line in enumerate(lines) if line]


def test_paragraphs_headings_lists_and_numbers(tmp_path):
    d = docx.Document()
    d.add_heading("Communiqué : les parlementaires s'engagent", level=0)
    d.add_paragraph("")  # empty paragraphs are not counted
    d.add_heading("Contexte", level=1)
    d.add_paragraph("Premier paragraphe.")
    d.add_paragraph("Point un", style="List Bullet")
    d.add_paragraph("   ")
    d.add_heading("Détails", level=2)
    assert _lines(_save(d)) == [
        (1, "# Communiqué : les parlementaires s'engagent"), (2, "# Contexte"), (3, "Premier paragraphe."),
        (4, "- Point un"), (5, "## Détails")]


def test_line_break_inside_a_paragraph_keeps_its_number():
    d = docx.Document()
    d.add_paragraph("Avant.")
    p = d.add_paragraph("Ligne un")
    p.add_run().add_break()
    p.add_run("ligne deux")
    d.add_paragraph("Après.")
    assert _lines(_save(d)) == [(1, "Avant."), (2, "Ligne un"), (2, "ligne deux"), (3, "Après.")]


def test_images_become_markdown_images_with_alt_and_title(tmp_path):
    d = docx.Document()
    d.add_paragraph("Intro.")
    d.add_picture(_png(tmp_path))
    d.add_paragraph("Photo : Awa Diallo / Grdr")
    d.add_picture(_png(tmp_path))
    pr = list(d.element.body.iter(qn("wp:docPr")))
    pr[0].set("descr", "Une femme tient une pancarte [rouge]")
    pr[0].set("title", 'Marche "pour la santé"')
    raw = _save(d)
    lines = _lines(raw)
    assert lines[1] == (2, "![Une femme tient une pancarte \\[rouge\\]](word-image-1 \"Marche 'pour la santé'\")")
    assert lines[3] == (4, "![](word-image-2)")
    doc = parse_bytes(raw, str(tmp_path / "r.docx"))
    assert [im.alt for im in doc.images] == ["Une femme tient une pancarte [rouge]", ""]
    assert doc.images[0].credit and "Awa Diallo" in doc.images[0].credit  # the caption paragraph after it


def test_hyperlinks_tables_and_markdown_lookalikes():
    d = docx.Document()
    p = d.add_paragraph("Lire le rapport ")
    _hyperlink(p, "https://example.org/rapport", "sur notre site")
    p.add_run(".")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cellule A"
    table.cell(0, 1).text = "Cellule B"
    d.add_paragraph("# pas un titre")
    d.add_paragraph("> pas une citation")
    d.add_paragraph("#Hashtag en début de paragraphe")
    lines = _lines(_save(d))
    assert lines == [(1, "Lire le rapport [sur notre site](https://example.org/rapport)."), (2, "Cellule A"),
                     (3, "Cellule B"), (4, "\\# pas un titre"), (5, "\\> pas une citation"),
                     (6, "#Hashtag en début de paragraphe")]
    doc = parse_bytes(_save(d), "x.docx")
    assert [link.url for link in doc.links] == ["https://example.org/rapport"]
    assert [b.kind for b in doc.blocks][:1] == ["paragraph"]
    assert [h.text for h in doc.hashtags] == ["#Hashtag"]


def test_tracked_changes_and_field_hyperlinks():
    d = docx.Document()
    p = d.add_paragraph("Texte ")
    body = p._p
    deleted = OxmlElement("w:del")
    run = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = "supprimé "
    run.append(dt)
    deleted.append(run)
    body.append(deleted)
    inserted = OxmlElement("w:ins")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "ajouté"
    run.append(t)
    inserted.append(run)
    body.append(inserted)
    q = d.add_paragraph("Voir ")
    for kind, text in (("begin", None), ("instr", ' HYPERLINK "https://example.org/a" '), ("separate", None),
                       ("text", "le site"), ("end", None)):
        run = OxmlElement("w:r")
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.text = text
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run.append(el)
        q._p.append(run)
    assert _lines(_save(d)) == [(1, "Texte ajouté"), (2, "Voir [le site](https://example.org/a)")]


@pytest.mark.parametrize("raw, expected", [
    (b"", "not a valid .docx"),
    (b"plain text, not a zip", "not a valid .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Word .doc"),
])
def test_unreadable_files_are_input_errors(raw, expected):
    with pytest.raises(InputError, match=expected):
        read_docx(raw, "bad.docx")


def test_zip_that_is_not_a_word_file():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("content.xml", "<x/>")
    with pytest.raises(InputError, match="no word/document.xml"):
        read_docx(buf.getvalue(), "odt.docx")
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("word/document.xml", "<not xml")
        z.writestr("[Content_Types].xml", "<nope")
    with pytest.raises(InputError, match="Word"):
        read_docx(broken.getvalue(), "broken.docx")


def test_empty_document_is_readable():
    text, numbers = read_docx(_save(docx.Document()), "empty.docx")
    assert text == "" and numbers == [1]


def _press_release(tmp_path) -> bytes:
    d = docx.Document()
    d.add_heading("Journée mondiale : un appel à l'action", level=0)
    d.add_paragraph("")
    d.add_paragraph("Genève, le 3 mars. Les associations ont rencontré les élus.")
    d.add_paragraph("Les toxicomanes doivent avoir accès aux soins, rappelle le réseau.")
    d.add_picture(_png(tmp_path))
    d.add_paragraph("Contact presse : Awa Diallo, presse@example.org. Les toxicomanes aussi.")
    return _save(d)


def test_cli_reports_word_paragraph_numbers(tmp_path):
    (tmp_path / "rules.yaml").write_text(HOUSE_RULES, encoding="utf-8")
    (tmp_path / ".postlint.yaml").write_text("lang: fr\nrule_paths: [rules.yaml]\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "communique.docx").write_bytes(_press_release(tmp_path))
    (tmp_path / "drafts" / "~$communique.docx").write_bytes(b"lock file")  # Word's lock files are skipped
    proc = run_cli("check", "drafts", "--format", "json", "--select", "tone.docx-test-term", "--no-cache",
                   cwd=tmp_path)
    data = json.loads(proc.stdout)
    assert proc.returncode == 1, proc.stderr
    [entry] = data["files"]
    assert entry["path"].endswith("communique.docx") and entry["error"] is None
    hits = [(f["line"], f["text"]) for f in entry["findings"]]
    # paragraph 1 = title, 2 = dateline, 3 = the sentence, 4 = picture, 5 = contact
    assert hits == [(3, "toxicomanes"), (5, "toxicomanes")]
    assert all(f["end_line"] == f["line"] for f in entry["findings"])


def test_cli_names_a_corrupt_word_file_and_goes_on(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 truncated")
    (tmp_path / "ok.md").write_text("Bonjour à toutes et à tous.\n", encoding="utf-8")
    proc = run_cli("check", ".", "--format", "json", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2
    data = json.loads(proc.stdout)
    errors = {f["path"].split("/")[-1]: f["error"] for f in data["files"]}
    assert "Word" in errors["bad.docx"] or "docx" in errors["bad.docx"]
    assert errors["ok.md"] is None
    assert "Traceback" not in proc.stderr


def test_word_file_with_too_much_text_is_refused_before_reading():
    """95 MB of text in a Word file took minutes; the document XML is limited (about 8 MB of text)."""
    from postlint.document.parse import docx as reader

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (reader.MAX_DOCUMENT_XML + 10) + b"</w:document>")
    with pytest.raises(InputError, match="big.docx: Word file with too much text"):
        read_docx(buf.getvalue(), "big.docx")
