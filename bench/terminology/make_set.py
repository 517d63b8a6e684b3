"""Build the sentence-per-term set (bench/terminology/sentences.jsonl) from the bundled wordlists.

Each wordlist entry is a pair taken from a published guide (its `source` names the organisation and the title):
every sentence of `examples.flag` uses an avoided term and must be flagged; the first sentence of
`examples.pass` uses the guide's preferred term and must stay silent (every stigma rule, every severity); the
other `pass` sentences are close controls (another sense of the word) and must stay silent too.
`extra.jsonl` (written by hand) adds the forms the issue lists: plural without article, a term after a
quantity, shortened forms, constructions with other conditions.

    python3 bench/terminology/make_set.py && python3 bench/terminology/score.py
"""
from __future__ import annotations

import json
from pathlib import Path

from postlint.lexicon.wordlists import bundled_lists

HERE = Path(__file__).resolve().parent


def main() -> None:
    rows = []
    for lang in ("fr", "en"):
        for wl in bundled_lists(lang):
            for e in wl.entries:
                base = {"lang": lang, "domain": e.domain, "entry": e.id, "guide": e.source,
                        "file": Path(e.origin).name}
                for s in e.examples.get("flag", []):
                    rows.append({**base, "kind": "avoid", "sentence": s})
                for i, s in enumerate(e.examples.get("pass", [])):
                    rows.append({**base, "kind": "prefer" if i == 0 else "control", "sentence": s})
    with open(HERE / "sentences.jsonl", "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences → {HERE / 'sentences.jsonl'}")


if __name__ == "__main__":
    main()
