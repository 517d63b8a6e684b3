"""Rebuild en.txt and fr.txt, the word lists that split run-together hashtags into words.

Not run by postlint: a maintainer runs it after editing a list's domain words, with the source list
installed (`pip install pyspellchecker==0.9.1`; MIT, built from OpenSubtitles via
hermitdave/FrequencyWords, CC BY-SA 4.0):

    python3 wordlists/segmentation/build.py

Each list is ordered as the segmenter reads it (position = frequency rank, which it scores):
1. the TOP most frequent words of the source (function words: "de", "la", "the"…);
2. then, taken in turn, one domain word of NGO communication (domain-LANG.txt, most important first:
   edit them there, by hand, with their feminine and plural forms) and one word of the rest of the
   source's SIZE most frequent words, until both run out. Interleaved, the domain words rank among
   the common words without pushing "monde" or "world" hundreds of places down.
Every word past the first TOP is followed by its plural and feminine forms (viral → virale, virales,
viraux) that the source attests, however rare: a hashtag uses "virales" as readily as "virale", while
OpenSubtitles ranks it far lower. Letters only; single letters only where they are words.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
TOP = 100
SIZE = {"fr": 40000, "en": 30000}
SINGLE = {"fr": {"a", "à", "y"}, "en": {"a", "i"}}
HEADER = """# Words for splitting hashtags into words ({lang}), most frequent first; one word a line.
# Built by build.py (do not edit by hand): the {top} most frequent words of the pyspellchecker 0.9.1
# frequency list (MIT; built from OpenSubtitles via hermitdave/FrequencyWords, CC BY-SA 4.0), then the
# domain words of NGO communication (domain-{lang}.txt) interleaved with the rest of the list's {size}
# most frequent words; letters only. Each word is followed by its plural and feminine forms that the
# source list attests."""


def fr_forms(word: str, known) -> list[str]:
    """Regular plural, feminine and masculine forms of a French word (a superset; the source filters).
    A form is derived from the word itself or from its masculine singular when `known` (réfugiées → réfugié
    → réfugiés), never from a stem that is not a word (vous → "vou" → voue)."""
    if len(word) < 3:
        return []
    stems = [word]
    for fem, masc in (("ale", "al"), ("ive", "if"), ("euse", "eux"), ("euse", "eur"), ("ère", "er"),
                      ("elle", "el"), ("enne", "en"), ("onne", "on"), ("trice", "teur")):
        if word.endswith(fem):
            stems.append(word[:-len(fem)] + masc)
    if word.endswith("aux"):
        stems.append(word[:-3] + "al")
    if word.endswith(("s", "x")):
        stems.append(word[:-1])
    if word.endswith("e"):
        stems.append(word[:-1])
    out: list[str] = []
    for s in [word] + [s for s in stems[1:] if known(s)]:
        out.append(s)
        for masc, forms in (("al", ("ale", "ales", "aux")), ("if", ("ive", "ives", "ifs")),
                            ("eux", ("euse", "euses")), ("er", ("ère", "ères", "ers")),
                            ("el", ("elle", "elles", "els")), ("en", ("enne", "ennes", "ens")),
                            ("on", ("onne", "onnes", "ons")), ("teur", ("trice", "trices", "teurs")),
                            ("eur", ("euse", "euses", "eurs"))):
            if s.endswith(masc):
                out.extend(s[:-len(masc)] + f for f in forms)
        if s.endswith("e"):
            out.append(s + "s")
        elif s[-1] in "sxz":
            out.extend((s + "e", s + "es"))
        else:
            out.extend((s + "s", s + "e", s + "es"))
    return [f for f in dict.fromkeys(out) if f != word]


def en_forms(word: str, known) -> list[str]:  # noqa: ARG001 - same signature as fr_forms
    if len(word) < 3:
        return []
    out = []
    if word.endswith("y") and word[-2] not in "aeiou":
        out.append(word[:-1] + "ies")
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        out.append(word + "es")
    else:
        out.append(word + "s")
    return out  # plurals only: stripping an "s" makes more non-words (trans → tran) than singulars


FORMS = {"fr": fr_forms, "en": en_forms}


def source(lang: str, folder: Path | None) -> dict[str, int]:
    if folder is None:
        import spellchecker  # pyspellchecker

        folder = Path(spellchecker.__file__).parent / "resources"
    with gzip.open(folder / f"{lang}.json.gz", "rt", encoding="utf-8") as fh:
        return json.load(fh)


def domain_words(lang: str) -> list[str]:
    lines = (HERE / f"domain-{lang}.txt").read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


def build(lang: str, freq: dict[str, int]) -> list[str]:
    ranked = [w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
              if w.isalpha() and (len(w) > 1 or w in SINGLE[lang])][:SIZE[lang]]
    domain = domain_words(lang)
    listed = set(ranked) | set(domain)  # a form the list holds keeps its own rank
    seen: set[str] = set()

    def emit(words: list[str], forms: bool = True) -> list[str]:
        out = []
        for w in words:
            if w in seen:
                continue
            seen.add(w)
            out.append(w)
            for f in FORMS[lang](w, freq.__contains__) if forms else ():
                if f not in seen and f not in listed and len(f) >= 4 and f in freq and f.isalpha():
                    seen.add(f)
                    out.append(f)
        return out

    out = emit(ranked[:TOP], forms=False)  # function words: their "forms" are other words
    rest = ranked[TOP:]
    for i in range(max(len(domain), len(rest))):
        out += emit(domain[i:i + 1]) + emit(rest[i:i + 1])
    return out


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else None
    for lang in ("en", "fr"):
        words = build(lang, source(lang, folder))
        text = HEADER.format(lang=lang, top=TOP, size=f"{SIZE[lang]:,}") + "\n" + "\n".join(words) + "\n"
        (HERE / f"{lang}.txt").write_text(text, encoding="utf-8")
        print(f"{lang}.txt: {sum(1 for w in words if not w.startswith('#'))} words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
