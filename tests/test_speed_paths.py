"""Fast paths give what the general path gives: each shortcut is compared with the code it skips."""
from __future__ import annotations

import random

import pytest
import yaml

from postlint.core.errors import InputError
from postlint.document.parse import yamlpos


def _slow(text: str, off: int):
    node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if node is None:
        return None, {}
    lines: dict = {}
    loader = yaml.SafeLoader("")
    try:
        return yamlpos._build(node, (), lines, loader, off), lines
    finally:
        loader.dispose()


GOOD = ["post", "fr", "en", "x", "bluesky", "press-release", "a b", "_x", "x.y", "a/b", "y", "n", "oN", "Nul", "t1",
        '"#Tag"', "'it''s'", '"a, b"', '"Crédit : X"', "'[x]'", '""', "''", '" a  b "']
WORDS = GOOD * 4 + ["post", "fr", "en", "x", "bluesky", "facebook", "press-release", "official", "personal", "yes", "No",
         "on", "OFF", "null", "Null", "~", "true", "12", "1.5", ".5", "2026-12-08", "0x1F", "-x", "-", "a b", "a  b",
         "_x", "x.y", "a/b", "<<", "=", "y", "n", "#x", "a #c", "'q'", '"q"', "été", "a:b", "a: b", "[a]", "{a: b}",
         "&a", "*a", "!t",
         '"x\\"y"', '"\x85"', '"a\tb"', "'a\u2028b'", '"\ufeffx"', "'a'b'", '"a"b"', "|", ">", "%", "@x", "`x", "?", ""]
KEYS = ["type", "lang", "platforms", "account", "k", "_k", "k-1", "a", "b", "c", "d", "on", "yes", "null", "_k", "k-1", "k.1", "2", "-k", "é", "a b"]


def _line(rng: random.Random) -> str:
    key = rng.choice(KEYS)
    shape = rng.random()
    if shape < 0.45:
        return f"{key}:{rng.choice([' ', '  ', ''])}{rng.choice(WORDS)}{rng.choice(['', ' ', '  '])}"
    if shape < 0.85:
        items = [rng.choice(WORDS) for _ in range(rng.randint(0, 3))]
        sep = rng.choice([", ", ",", " , ", ",  "])
        return f"{key}:{rng.choice([' ', ''])}[{rng.choice(['', ' '])}{sep.join(items)}{rng.choice(['', ' ', ','])}]"
    if shape < 0.93:
        return ""
    return rng.choice([" ", "# c", f"{key}:", f"  {key}: x", f"- {rng.choice(WORDS)}", "\t", "---", "k: a\r"])


def test_flat_front_matter_is_read_as_yaml_reads_it():
    rng = random.Random(19)
    fast = 0
    for _ in range(20000):
        text = "\n".join(_line(rng) for _ in range(rng.randint(1, 5))) + rng.choice(["", "\n"])
        got = yamlpos._flat(text, 1)
        if got is None:
            continue
        fast += 1
        assert got == _slow(text, 1), text
        assert list(got[1]) == list(_slow(text, 1)[1]), text
    assert fast > 800  # the generator reaches the fast path often enough to mean something


@pytest.mark.parametrize("text", ["type: post\nplatforms: [facebook]\nlang: fr\n",
                                  "\ntype: press-release\nlang: en\naccount: personal\n",
                                  "platforms: [x , bluesky]\nempty: []\n"])
def test_flat_front_matter_examples(text):
    assert yamlpos._flat(text, 1) is not None
    assert yamlpos.load_with_lines(text, "d.md", InputError, line_offset=1) == _slow(text, 1)


@pytest.mark.parametrize("text", ["type: post\ntype: thread\n", "lang: fr # comment\n", "date: 2026-12-08\n",
                                  "draft: yes\n", "tags:\n  - a\n", "title: 'x\\n", "k:[a]\n", "k: a\r\n"])
def test_other_front_matter_is_left_to_yaml(text):
    assert yamlpos._flat(text, 1) is None


def test_gate_set_passing_is_passes_of_each_gate():
    from postlint.text.gates import GateSet, passes

    rng = random.Random(7)
    words = ["vih", "hiv", "statut", "drug", "a b", "", "é", "x"]
    gates = [None, ()] + [tuple(tuple(rng.sample(words, rng.randint(1, 3))) for _ in range(rng.randint(1, 3)))
                          for _ in range(40)]
    gate_set = GateSet(gates)
    for _ in range(300):
        text = " ".join(rng.choice(words + ["le", "the", "hivx"]) for _ in range(rng.randint(0, 8)))
        assert gate_set.passing(text) == [g is None or passes(g, text) for g in gates], text


@pytest.mark.parametrize("text", ["", "Rendez-vous à l'École Notre-Dame, quartier Médina, près de l'Hôpital.",
                                  "Grace (14) lives on Church Street near St Mary's School and Home.",
                                  "ÉCOLE İstanbul lycée LYCÉE clinique du village"])
def test_place_cues_are_the_cue_words_the_text_holds(text):
    from postlint.document import names
    from postlint.text.gates import fold_case

    assert names.place_cues(text) == (tuple(c for c in names._FOLDED_CUES if c in fold_case(text)),
                                      tuple(c for c in names._EXACT_CUES if c in text))



def test_unhashed_is_the_per_character_filter_it_replaces():
    from postlint.rules.disclosure import _first_person as fp

    def per_character(folded: str):
        if "#" not in folded:
            return folded, []
        keep = [i for i in range(len(folded)) if not (folded[i] == "#" and fp._HASH.match(folded, i))]
        return "".join(folded[i] for i in keep), keep + [len(folded)]

    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice("ab #é1_\n#x") for _ in range(rng.randint(0, 30)))
        assert fp._unhashed(text) == per_character(text), text


def test_read_draft_reads_the_whole_file(tmp_path):
    from postlint.core.files import read_draft

    for size in (0, 1, 400, 70_000):
        p = tmp_path / f"d{size}.md"
        p.write_bytes(b"x" * size)
        assert read_draft(str(p)) == b"x" * size
