"""Property tests (hypothesis): arbitrary Unicode text, line endings and Markdown never make a check raise,
every finding lies inside the source, and `--fix` is idempotent and edits only flagged words.

Bounded for a slow shared machine: a few hundred examples in all, no per-example deadline."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postlint.api import check_text
from postlint.engine import fixes

TODAY = date(2026, 12, 7)
SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])

# pieces that reach the rules: stigmatising and fixable words, names, numbers, markup, odd characters
WORDS = ["The junkies", "AIDS victims", "toxicomanes", "les séropos", "Kora network", "kora network", "KORA NETWORK",
         "Fatoumata Keïta, 11 ans", "+221 77 123 45 67", "360 000 cases", "Q2 2015", "Washington DC 20405",
         "#HIV", "@ReseauKora", "https://example.org/a_(b)", "![photo](img/a.jpg)", "[lien](http://x)",
         "`code`", "**gras**", "_it_", "« cité »", '"quoted"', "‘single’", "don’t", "<!-- postlint-disable -->",
         "<div>", "</div>", "&amp;", "# ", "## ", "> ", "- ", "1. ", "| a | b |", "---", "```", "\\", "…", "!!",
         "?!", "...", "𝗝𝗼𝘂𝗿𝗻𝗲́𝗲", "e\u0301", "\u200b", "\u202e", "👩🏽‍⚕️", "\t", "\x0b", "\x0c", "\x1b", "\ufeff", "\u2028"]
ENDINGS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " "]
piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(ENDINGS), st.text(max_size=6),
                  st.text(alphabet="abcdefghij .,;:!?«»\"'()[]*_#<>-", max_size=8))
drafts = st.lists(piece, max_size=40).map("".join)
front = st.sampled_from(["", "---\ntype: post\n---\n", "---\nlang: fr\n---\n", "---\ntitle: x\r\n---\r\n",
                         "---\nplatforms: [x]\n---\n", "---\n"])

CONFIG = 'organization:\n  names: ["Kora Network"]\n'


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("props")
    (d / ".postlint.yaml").write_text(CONFIG, encoding="utf-8")
    return d


def _check(folder, text: str, name: str = "draft.md"):
    r = check_text(text, path=folder / name, today=TODAY)
    assert not r.internal_errors, r.internal_errors
    return r


@SETTINGS
@given(head=front, body=drafts, name=st.sampled_from(["draft.md", "draft.txt"]))
def test_no_exception_and_spans_inside_the_source(folder, head, body, name):
    text = head + body
    r = _check(folder, text, name)
    if r.error:
        return  # bad input reported as such (front matter, …): fine, as long as nothing raised
    n = len(r.doc.source)
    assert r.doc.source == text
    for f in r.findings:
        if f.span is not None:
            assert 0 <= f.span.start <= f.span.end <= n, (f.rule, f.span, n)
        if f.fix is not None:
            for e in f.fix.edits:
                assert 0 <= e.span.start <= e.span.end <= n, (f.rule, e.span, n)


@SETTINGS
@given(head=front, body=drafts)
def test_fix_is_idempotent_and_edits_only_flagged_spans(folder, head, body):
    text = head + body
    r = _check(folder, text)
    if r.error:
        return
    edits = fixes.safe_edits(r.doc, r.findings)
    if not edits:
        return
    flagged = [f.span for f in r.findings if f.fixable and f.fix is not None and f.span is not None]
    for e in edits:
        # an edit stays inside the words a finding points at (or right next to them, for an insertion)
        assert any(s.start <= e.span.start and e.span.end <= s.end for s in flagged), (e, flagged)
        assert "\n" not in text[e.span.start:e.span.end] or "\n" in e.replacement  # no line joined silently
    once = fixes.apply_edits(text, edits)
    # outside the edits, the text is the same (line endings included)
    pos, rebuilt = 0, []
    for e in edits:
        rebuilt.append(text[pos:e.span.start])
        pos = e.span.end
    rebuilt.append(text[pos:])
    kept = "".join(rebuilt)
    assert all(part in once for part in rebuilt if part)
    assert kept.count("\r") == once.count("\r") - sum(e.replacement.count("\r") for e in edits)
    r2 = _check(folder, once)
    again = fixes.safe_edits(r2.doc, r2.findings) if not r2.error else []
    assert fixes.apply_edits(once, again) == once, again
