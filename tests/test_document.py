"""The document model: blocks, inline elements, prose mask and exact positions."""
from __future__ import annotations

from pathlib import Path

import pytest

from postlint.document.parse import parse_bytes, parse_text


def pos(doc, needle, nth=0):
    """(line, col) of the nth occurrence of `needle` in the source."""
    i = -1
    for _ in range(nth + 1):
        i = doc.source.index(needle, i + 1)
    return doc.position(i)


def test_prose_has_source_length_and_masks_non_prose():
    src = ("---\ntype: post\n---\n# Titre\n\nVoir `code toxico` et https://ex.org/a#b ou [le lien](https://x.org \"t\").\n"
           "<!-- note -->\n\n```\nbloc de code\n```\n")
    doc = parse_text(src)
    assert len(doc.prose) == len(doc.source)
    assert "code toxico" not in doc.prose
    assert "https" not in doc.prose
    assert "le lien" in doc.prose
    assert "bloc de code" not in doc.prose
    assert "note" not in doc.prose
    assert "type: post" not in doc.prose
    assert "Titre" in doc.prose and "#" not in doc.prose.split("Titre")[0].split("---")[-1]
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "code"]
    assert [lk.url for lk in doc.links] == ["https://x.org", "https://ex.org/a#b"] or \
        sorted(lk.url for lk in doc.links) == ["https://ex.org/a#b", "https://x.org"]


def test_positions_count_front_matter_lines():
    doc = parse_text("---\ntype: post\nlang: fr\n---\nBonjour\nLes toxicomanes ici.\n")
    assert pos(doc, "toxicomanes") == (6, 5)


def test_crlf_and_bom_give_same_positions_as_lf():
    lf = "---\nlang: fr\n---\nUn\n\nDeux toxicomanes #Tag\n"
    crlf = lf.replace("\n", "\r\n")
    a = parse_bytes(lf.encode(), "a.md")
    b = parse_bytes(b"\xef\xbb\xbf" + crlf.encode(), "b.md")
    assert b.had_bom and b.newline == "\r\n"
    assert pos(a, "toxicomanes") == pos(b, "toxicomanes") == (6, 6)
    assert [h.text for h in b.hashtags] == ["#Tag"]
    assert b.position(b.hashtags[0].span.start) == (6, 18)
    assert b.meta.lang == "fr"


def test_columns_count_code_points_with_emoji_and_combining_marks():
    # "🎉" is one code point (two UTF-16 units); "é" written as e + U+0301 is two code points
    doc = parse_text("🎉 Cafe\u0301 toxicomanes\n")
    line, col = pos(doc, "toxicomanes")
    assert (line, col) == (1, 9)
    assert [e.text for e in doc.emoji] == ["🎉"]


def test_hashtags_are_real_hashtags_only():
    doc = parse_text("# Heading\n\nWe are #1 and learn C# at n°#3, issue #42, &#35; "
                     "https://x.org/p#frag #CivicTech #Élection2026 #a_b\n")
    assert [h.text for h in doc.hashtags] == ["#CivicTech", "#Élection2026", "#a_b"]


def test_mentions_skip_emails():
    doc = parse_text("Écrivez à modou@yahoo.fr ou à @ActAlliance et @user@mastodon.social\n")
    assert [m.text for m in doc.mentions] == ["@ActAlliance", "@user@mastodon.social"]


def test_images_front_matter_markdown_html_with_credits():
    src = ("---\nimages:\n  - src: a.jpg\n    alt: A\n    credit: \"© X\"\n  - src: b.jpg\n---\n"
           "![alt c](c.jpg \"© Photographe\")\n\n![alt d](d.jpg)\nPhoto : Fatou Ba\n\n"
           "<img src=\"e.png\" alt=\"E\">\n\n![](f.jpg) © Agence\n")
    doc = parse_text(src)
    got = {im.src: (im.origin, im.credit, doc.position(im.span.start)[0]) for im in doc.images}
    assert got["a.jpg"] == ("front_matter", "© X", 3)
    assert got["b.jpg"] == ("front_matter", None, 6)
    assert got["c.jpg"][1] == "© Photographe"
    assert got["d.jpg"][1] == "Photo : Fatou Ba"
    assert got["e.png"] == ("html", None, 13)
    assert got["f.jpg"][1] == "© Agence"
    assert any(b.kind == "caption" for b in doc.blocks)


def test_thread_parts_split_on_rule_lines():
    src = "---\ntype: thread\n---\nPremier post #A\n---\nDeuxième post\n\n---\nTroisième #B\n"
    doc = parse_text(src)
    assert len(doc.posts) == 3
    assert [h.post for h in doc.hashtags] == [0, 2]
    assert "Deuxième" in doc.text_of(doc.posts[1])


def test_blocks_quotes_and_lists_masks_markers():
    doc = parse_text("> Citation ici\n> suite\n\n- item un\n- item *deux*\n\n1. premier\n")
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["quote", "list_item", "list_item", "list_item"]
    assert ">" not in doc.prose and "*" not in doc.prose and "- " not in doc.prose
    assert doc.blocks[0].quoted


def test_plain_text_paragraphs():
    doc = parse_bytes(b"Ligne un\nligne deux\n\nAutre paragraphe https://a.b/c\n", "x.txt")
    assert doc.fmt == "text"
    assert len(doc.blocks) == 2
    assert doc.links[0].url == "https://a.b/c"


def test_front_matter_fields_are_resolved():
    doc = parse_text("---\ntype: press-release\nplatforms: [twitter, LinkedIn]\ncampaign: VoixDesPairs\n"
                     "account: personal\nembargo: 2026-12-01T09:00+01:00\n---\nx\n")
    m = doc.meta
    assert m.type == "press-release" and m.platforms == ("x", "linkedin")
    assert m.campaigns == ("#VoixDesPairs",) and m.account == "personal"
    assert m.embargo.isoformat() == "2026-12-01T09:00:00+01:00" and m.embargo_has_tz


def test_sentences():
    doc = parse_text("Première phrase. Deuxième ! Troisième ?\n\nNouveau paragraphe sans point\n")
    texts = [doc.text_of(s) for s in doc.sentences()]
    assert texts == ["Première phrase.", "Deuxième !", "Troisième ?", "Nouveau paragraphe sans point"]


# ----------------------------------------------------------------------------- paragraphs without the parser
def _md_blocks(text):
    from postlint.document.parse.builder import _md

    return [(t.type, t.nesting, t.map) for t in _md().parse(text)]


TRICKY = ["Un post.\n\n#ReseauKora #LesMotsComptent\n", "# Titre\n\nTexte", "#1 des ventes\n", "Titre\n===\n",
          "Titre\n---\n", "> citation\n", "- point\n- point\n", "1. un\n2. deux\n", "2026 : une année\n",
          "1) un\n", "    code\n", "\tcode\n", "```\ncode\n```\n", "<div>x</div>\n", "<!-- note -->\nTexte\n",
          "a | b\n--|--\n1 | 2\n", "[ref]: https://x.org\n", "***\n", "_ _ _\n", "_italique_ ici\n", "+221 77\n",
          "   trois espaces\n", "texte\n    continuation\n", "ligne\r\nautre\r\n", "\n\n\nfin", "", "   \n  \n",
          "a\n \nb\n", "\\# pas un titre\n", "=égal\n", "~~~\n", "* puce\n", "Texte\u00a0\n\u00a0\nsuite\n"]


def test_paragraph_fast_path_matches_markdown_it():
    from postlint.document.parse.plain import paragraph_tokens

    root = Path(__file__).parent.parent
    texts = list(TRICKY)
    for folder in (root / "tests" / "data", root / "examples"):
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.md"))]
    fast = 0
    for text in texts:
        lines = text.replace("\r\n", "\n").split("\n")
        if lines[0] == "---" and "---" in lines[1:]:  # the builder blanks the front matter first
            end = lines.index("---", 1)
            lines[:end + 1] = [""] * (end + 1)
        text = "\n".join(lines)
        tokens = paragraph_tokens(text)
        if tokens is None:
            continue
        fast += 1
        assert [(t.type, t.nesting, t.map) for t in tokens] == _md_blocks(text), text[:200]
    assert fast >= 20  # the fast path is really taken


def test_paragraph_fast_path_declines_block_syntax():
    from postlint.document.parse.plain import paragraph_tokens

    for text in ("# Titre\n", "> cité\n", "- a\n", "1. a\n", "    code\n", "a | b\n", "Titre\n===\n", "<p>x</p>\n"):
        assert paragraph_tokens(text) is None, text
    assert paragraph_tokens("#Tag #Autre\n\n2026 : bilan\n") is not None


def test_emoji_prefilter_lets_every_pictographic_character_through():
    import regex

    from postlint.document.parse.builder import may_hold_emoji

    start = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")
    below = [chr(c) for c in range(0x203C) if start.match(chr(c))]
    assert below == ["©", "®"]
    assert all(may_hold_emoji(c) for c in below + ["\u203c", "🎉", "🇸🇳", "❤"])
    assert not may_hold_emoji("Réseau Kora — « 85 personnes », 14 h – 18 h…")


@pytest.mark.parametrize("text", ["", "a", "\n", "a\n", "a\nb", "a\r\nb\r\n", "\n\n\nx", "é😀\u0301\nz\n\n"])
def test_line_index_matches_a_character_walk(text):
    from postlint.core.spans import LineIndex

    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    idx = LineIndex(text)
    assert idx.starts == starts
    for offset in range(len(text) + 1):
        line = max(n for n, s in enumerate(starts) if s <= offset)
        assert idx.position(offset) == (line + 1, offset - starts[line] + 1)
