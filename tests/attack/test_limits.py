"""Reproducers of the correctness sweep (issue 20), in process: alias bombs, quadratic paths, CR line
endings, config values of the wrong type, unreadable folders."""
from __future__ import annotations

import os
import random
import time

import pytest

from postlint.api import check_text
from postlint.core.errors import ConfigError, InputError
from postlint.core.spans import Span
from postlint.document.parse import parse_text
from postlint.document.parse.yamlpos import load_with_lines

BOMB = "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8))


def test_yaml_alias_bomb_answers_at_once():
    assert len(BOMB.encode()) < 600
    t0 = time.perf_counter()
    with pytest.raises(ConfigError, match=r"c.yaml:\d+: YAML aliases expand to more than"):
        load_with_lines(BOMB, "c.yaml", ConfigError)
    assert time.perf_counter() - t0 < 0.5


@pytest.mark.parametrize("text, message", [
    ("organization: &o {names: *o}\n", "refers to a value that contains it"),
    ("organization:\n  names: &n [*n]\n", "refers to a value that contains it"),
    ("a: " + "[" * 300 + "]" * 300 + "\n", "nested more than"),
])
def test_yaml_loops_and_depth_are_errors(text, message):
    with pytest.raises(InputError, match=message):
        load_with_lines(text, "fm.md", InputError)


def test_ordinary_aliases_still_work():
    data, _ = load_with_lines("a: &x [1, 2]\nb: *x\nc: [*x, *x]\n", "c.yaml", ConfigError)
    assert data == {"a": [1, 2], "b": [1, 2], "c": [[1, 2], [1, 2]]}


def test_front_matter_bomb_and_bad_timestamp_are_input_errors(tmp_path):
    r = check_text("---\n" + BOMB + "---\nHello.\n", path=tmp_path / "d.md")
    assert r.error and "alias" in r.error and not r.internal_errors
    r = check_text("---\ntype: !!timestamp nope\n---\nHello.\n", path=tmp_path / "d.md")
    assert r.error and "d.md:2" in r.error


@pytest.mark.parametrize("config, message", [
    ("overrides: [{files: 5}]\n", "overrides.0.files"),
    ("overrides: 5\n", "overrides: expected a list"),
    ("cache_dir: 5\n", "cache_dir: expected a folder name"),
    ("organization: &o {names: *o}\n", "alias"),
    ("x-a: &a [a,a,a,a,a,a,a,a,a]\n" + BOMB.replace("a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n", ""),
     "alias"),
])
def test_config_errors_name_the_file(tmp_path, config, message):
    from postlint.engine import config as cfg

    p = tmp_path / ".postlint.yaml"
    p.write_text(config, encoding="utf-8")
    cfg._LOADED.clear()
    with pytest.raises(ConfigError, match=message) as e:
        cfg.load(str(p))
    assert ".postlint.yaml" in str(e.value)


def _linear(make, small: int = 5_000, big: int = 50_000) -> None:
    """Ten times the input may take at most ~25 times the time (quadratic would be 100 times)."""
    def run(n):
        text = make(n)
        t0 = time.process_time()
        check_text(text, path="draft.md")
        return time.process_time() - t0
    run(small)  # warm: rules, wordlists
    a, b = run(small), run(big)
    assert b < 25 * a + 1.0, (a, b)


@pytest.mark.parametrize("unit", [".", "!", "?", "`", "![a](", "<!-- ", "<img ", "[a](<"])
def test_runs_are_linear(unit):
    _linear(lambda n: "Start " + unit * (n // len(unit)) + " end.\n")


def test_quotes_are_not_rescanned_per_finding():
    from postlint.text.quotes import in_quotes

    rnd = random.Random(3)
    text = "".join(rnd.choice("ab «»“”‘’\"x") for _ in range(20_000))

    def slow(start, pos):
        g = c = si = 0
        s = False
        for k in range(start, pos):
            ch = text[k]
            if ch == "‘":
                si += 1
            elif ch == "’" and not (text[k + 1:k + 2].isalpha() and text[k - 1:k].isalpha()):
                si = max(0, si - 1)
            elif ch == "«":
                g += 1
            elif ch == "»":
                g = max(0, g - 1)
            elif ch == "“":
                c += 1
            elif ch == "”":
                c = max(0, c - 1)
            elif ch == '"':
                s = not s
        return g > 0 or c > 0 or s or si > 0

    for _ in range(500):
        a = rnd.randrange(0, 20_000)
        b = rnd.randrange(a, 20_001)
        assert in_quotes(text, a, b) == slow(a, b)


def test_sentences_keep_their_ends():
    from postlint.text.sentences import split_sentences

    t = "Hello. World! Yes?? Mr. Smith etc... Next one… ok.\n\nNew para"
    assert [t[s.start:s.end] for s in split_sentences(t, Span(0, len(t)))] == [
        "Hello.", "World!", "Yes??", "Mr. Smith etc...", "Next one…", "ok.", "New para"]


def test_inline_elements_still_found():
    d = parse_text("a `code` b ``x`y`` c ` lone ![alt](img/a.jpg \"t\") [l](https://e.org/Foo_(bar)) "
                   "<!-- c --> [b](<x y.md>)\n")
    assert [(i.src, i.title) for i in d.images] == [("img/a.jpg", "t")]
    assert [link.url for link in d.links] == ["https://e.org/Foo_(bar)", "x y.md"]
    assert [c.body for c in d.comments] == ["c"]
    assert "code" not in d.prose and "` lone" in d.prose


@pytest.mark.parametrize("text", ["Line one\rThe junkies were [there](http://x).\n\n- a\n- b\n",
                                  "# Title\r\rThe junkies were there.\r\r- a\r- b\r> q\r"])
def test_lone_cr_keeps_masks_and_findings(tmp_path, text):
    r = check_text(text, path=tmp_path / "d.md")
    assert not r.error and not r.internal_errors
    hits = [f for f in r.findings if f.rule == "stigma.drug-use"]
    assert hits and text[hits[0].span.start:hits[0].span.end] == "junkies"


def test_unreadable_sub_folder_is_reported(tmp_path, monkeypatch):
    from postlint.engine import discover

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.md").write_text("Hi.\n", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = discover.discover([str(tmp_path)])
    assert files == [str(tmp_path / "a.md")]
    assert [p.error for p in problems] == [f"{tmp_path / 'sub'}: cannot read the folder: Permission denied"]
