"""`--format html`: one self-contained page, every finding highlighted in place and listed."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from conftest import run_cli
from postlint.core.spans import Span
from postlint.formats import html as html_format
from postlint.document.parse import parse_text
from postlint.engine.report import FileResult, Report
from postlint.core.rule import Edit, Finding, Fix

VOID = {"meta", "br", "input", "img", "link", "hr", "wbr"}


class _Page(HTMLParser):
    """Collects tags and checks that every element is closed in order."""

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        self.marks: list[dict] = []
        self._mark_text: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "mark":
            self.marks.append({**attrs, "text": ""})

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> (open: {self.stack[-3:]})")
            return
        self.stack.pop()

    def handle_data(self, data):
        if "mark" in self.stack and self.marks:
            self.marks[-1]["text"] += data


def parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    assert not p.errors, p.errors[:3]
    assert p.stack == [], p.stack
    return p


def finding(rule, span, message="message", severity="warning", suggestions=(), fix=None, source=""):
    return Finding(rule=rule, category=rule.split(".")[0], severity=severity, message=message,
                   span=span, suggestions=tuple(suggestions), fix=fix, source=source)


def result_for(text: str, spans_and_rules, path="draft.md", lang="fr") -> FileResult:
    doc = parse_text(text, path)
    doc.lang = lang
    findings = []
    for item in spans_and_rules:
        findings.append(item if isinstance(item, Finding) else finding(item[1], item[0]))
    return FileResult(path=path, findings=findings, language=lang, type=doc.meta.type, doc=doc)


def span_of(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def test_every_finding_is_listed_and_highlighted_in_place():
    text = "---\nlang: fr\n---\n# Titre\n\nLes toxicomanes 😀 du quartier.\r\nEt 🎉 les toxicomanes encore.\n"
    fr = result_for(text, [
        finding("stigma.drug-use", span_of(text, "toxicomanes"), "« toxicomanes » stigmatise.",
                suggestions=["personnes qui consomment des drogues"], source="INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »"),
        finding("stigma.drug-use", span_of(text, "toxicomanes", 1), "« toxicomanes » stigmatise."),
        finding("structure.press-contact", None, "Il manque un contact presse.", severity="error"),
        finding("tone.emoji", span_of(text, "🎉"), "Émoji.", severity="info"),
    ])
    page = html_format.render(Report(files=[fr]))
    p = parse(page)
    items = [a for tag, a in p.tags if tag == "li" and "finding" in a.get("class", "")]
    assert len(items) == 4
    assert {a["data-rule"] for a in items} == {"stigma.drug-use", "structure.press-contact", "tone.emoji"}
    assert sorted((m["data-f"], m["text"]) for m in p.marks) == [("0", "toxicomanes"), ("1", "toxicomanes"),
                                                                 ("3", "🎉")]
    assert "tout le document" in page  # the document-level finding
    assert "INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »" in page and "personnes qui consomment des drogues" in page
    assert 'href="#f1-0"' in page and 'id="f1-0"' in page and 'id="m1-0"' in page  # both ways
    assert "ligne 6, col. 5" in page and "ligne 7, col. 10" in page  # CRLF and emoji do not shift columns
    assert "1 erreur" in page and "2 avertissements" in page and "1 info" in page


def test_self_contained_no_script_and_no_external_asset():
    text = "Voir https://example.org et ![photo](https://cdn.example.com/a.jpg)\n"
    page = html_format.render(Report(files=[result_for(text, [(span_of(text, "Voir"), "tone.x")])]))
    p = parse(page)
    assert not any(tag in ("script", "link", "iframe", "object", "embed", "img") for tag, _ in p.tags)
    for _tag, attrs in p.tags:
        for name in ("src", "href", "action"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (name, value)
    assert "default-src 'none'" in page
    assert "<style>" in page and "mark.sev-warning" in page  # the stylesheet is inlined


def test_everything_is_escaped():
    text = "Salut <script>alert('x')</script> & \"amis\" {{x}}\n"
    fr = result_for(text, [finding("tone.x", span_of(text, "<script>"), 'Le message <b>"gras"</b> & co',
                                   suggestions=["<i>x</i>"], source="<Guide>")], path="<evil>.md")
    page = html_format.render(Report(files=[fr]))
    parse(page)
    assert "<script>" not in page and "<b>" not in page and "<i>x" not in page and "<Guide>" not in page
    assert "&lt;script&gt;</a></mark>alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;amis&quot;" in page
    assert "&lt;evil&gt;.md" in page


def test_overlapping_and_empty_spans():
    text = "Une phrase très très longue ici.\n"
    outer = finding("length.x", span_of(text, "phrase très très"), "longue", severity="info")
    inner = finding("stigma.x", span_of(text, "très"), "mot", severity="error")
    caret = finding("tone.x", Span(text.index("ici"), text.index("ici")), "insérer")
    p = parse(html_format.render(Report(files=[result_for(text, [outer, inner, caret])])))
    pieces = [(m["data-f"], m["text"], m["class"]) for m in p.marks]
    assert pieces == [("0", "phrase ", "hl sev-info"), ("0 1", "très", "hl sev-error multi"),
                      ("0", " très", "hl sev-info"), ("2", "⁁", "hl caret sev-warning")]


def test_multiline_finding_is_marked_on_each_line():
    text = "Première ligne fautive\nseconde ligne fautive\n"
    p = parse(html_format.render(Report(files=[result_for(text, [(span_of(text, "fautive\nseconde"), "tone.x")])])))
    assert [m["text"] for m in p.marks] == ["fautive", "seconde"]


def test_several_files_errors_and_clean_files():
    bad = FileResult(path="broken.md", error="broken.md:3: invalid front matter")
    clean = result_for("Tout va bien.\n", [], path="clean.md")
    text = "Un junkie.\n"
    dirty = result_for(text, [(span_of(text, "junkie"), "stigma.drug-use")], path="dirty.md", lang="en")
    page = html_format.render(Report(files=[bad, clean, dirty]))
    parse(page)
    assert page.count('<section class="file"') == 2
    assert '<section class="file clean-list"><h2>Brouillons sans constat (1)</h2>' in page
    assert '<li id="file-2" data-path="clean.md">clean.md' in page
    assert "invalid front matter" in page and "broken.md" in page
    assert 'href="#file-3"' in page  # table of contents
    assert "ligne 1, col. 4" in page  # one language for all labels (a tie goes to French)
    assert "line 1, col. 4" in html_format.render(Report(files=[dirty]))
    assert page.count("<table") == 1  # a clean draft is not repeated in full


def test_word_drafts_show_paragraph_numbers():
    text = "# Titre\n\nPremier paragraphe.\n\nLigne A\nligne B fautive\n"
    fr = result_for(text, [(span_of(text, "fautive"), "tone.x")], path="cp.docx")
    fr.doc.paragraph_numbers = [1, 1, 2, 2, 3, 3, 3]
    page = html_format.render(Report(files=[fr]))
    parse(page)
    assert "¶ 3</a>" in page  # the finding points at the Word paragraph
    gutters = re.findall(r'<td class="ln">([^<]*)</td>', page)
    assert gutters == ["¶ 1", "", "¶ 2", "", "¶ 3", ""]


def test_interactive_buttons_carry_utf16_edits():
    text = "😀😀 Les toxicomanes.\n"
    span = span_of(text, "toxicomanes")
    with_fix = finding("stigma.x", span, suggestions=["personnes qui consomment des drogues"],
                       fix=Fix((Edit(span, "personnes qui consomment des drogues"),), "safe", "remplacer"))
    advice = finding("tone.y", span, suggestions=["Reformulez la phrase sans ce mot."])
    fr = result_for(text, [with_fix, advice])
    fragment = html_format.render_file(fr, 1, interactive=True)
    buttons = re.findall(r'<button type="button" class="suggestion"[^>]*data-edits="([^"]*)"', fragment)
    assert len(buttons) == 1
    edits = json.loads(buttons[0].replace("&quot;", '"'))
    js_text = text.encode("utf-16-le")
    start, end, replacement = edits[0]
    assert js_text[2 * start:2 * end].decode("utf-16-le") == "toxicomanes"
    assert replacement == "personnes qui consomment des drogues"
    assert '<span class="suggestion advice">Reformulez la phrase sans ce mot.</span>' in fragment
    assert "<button" not in html_format.render_file(fr, 1)  # the static report has no buttons


@pytest.mark.parametrize("suggestion, old, clickable", [
    ("personnes qui consomment des drogues", "toxicomanes", True),
    ("#PeersInThePandemic", "#peersinthepandemic", True),
    ("Ajoutez un crédit : © Nom / Organisation", "image", False),
    ("Rewrite the sentence.", "crazy", False),
    ("x" * 150, "word", False),
    ("Décrivez l'image en une ou deux phrases", "photo", False),
    ("Personnes qui consomment des drogues", "Toxicomanes", True),
])
def test_which_suggestions_are_replacements(suggestion, old, clickable):
    text = f"Un {old} ici.\n"
    fr = result_for(text, [(span_of(text, old), "tone.x")])
    assert (html_format.replacement_edits(fr, fr.findings[0], suggestion) is not None) is clickable


def test_markup_and_front_matter_are_never_replaced_by_words():
    text = "---\nlang: fr\n---\nVoir ![](photo.jpg) et https://example.org ici.\n"
    fr = result_for(text, [(span_of(text, "![](photo.jpg)"), "accessibility.x"),
                           (span_of(text, "https://example.org"), "disclosure.x"), (span_of(text, "lang: fr"), "language.x")])
    assert [html_format.replacement_edits(fr, f, "texte") for f in fr.findings] == [None, None, None]


def test_cli_writes_an_html_report(tmp_path):
    (tmp_path / "rules.yaml").write_text(
        "rules:\n  - id: tone.html-test-term\n    kind: terms\n    summary: t\n"
        "    message: {fr: \"« {match} »\", en: \"'{match}'\"}\n    terms:\n      - avoid: [junkie, junkies]\n"
        "        prefer: [people who use drugs]\n", encoding="utf-8")
    (tmp_path / ".postlint.yaml").write_text("rule_paths: [rules.yaml]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("---\nlang: en\n---\nJunkies & <friends>.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\nlang: en\n---\nAll good here, junkie.\n", encoding="utf-8")
    proc = run_cli("check", ".", "--format", "html", "--output", "report.html", "--select", "tone.html-test-term",
                   "--no-cache", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    p = parse(page)
    assert [m["text"] for m in p.marks] == ["Junkies", "junkie"]
    assert "&lt;friends&gt;" in page and "people who use drugs" in page
