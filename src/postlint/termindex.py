"""The stigma term index, saved between runs (`savedindex.py`).

Reading a language's word lists (YAML) and generating every written form of every entry takes ≈ 70 ms,
a third of a one-post pre-commit run. The result depends only on the list files and on the code below,
so it is saved once and restored (≈ 3 ms) while they are unchanged.
"""
from __future__ import annotations

from typing import Any

from msgspec.structs import asdict

from postlint import savedindex

_CODE = ("terms.py", "wordlists.py", "termindex.py")  # what builds the index: a change makes a new one


def matcher_for(lang: str, extra: tuple[str, ...] = ()):
    """(entries, exempt phrases, TermMatcher) of `lang` with the organisation's lists `extra`."""
    from postlint.terms import TermMatcher
    from postlint.wordlists import merged, source_files

    deps = savedindex.inputs(source_files(lang, extra) + savedindex.code_files(*_CODE), f"lang {lang}")
    state = savedindex.load("terms", deps)
    if state is not None:
        try:
            return restore(state)
        except (KeyError, TypeError, ValueError, IndexError):  # a damaged file: build it again
            pass
    entries, exempt = merged(lang, extra)
    matcher = TermMatcher(entries)
    savedindex.save("terms", deps, dump(entries, exempt, matcher))
    return entries, exempt, matcher


# ----------------------------------------------------------------------------------------- state
def dump(entries: list, exempt: list[str], matcher) -> dict:
    """The merged entries, the exempt phrases and the built matcher's index, as JSON-ready data."""
    ids = {id(e): i for i, e in enumerate(entries)}
    forms: list[list[Any]] = []
    seen: dict[int, int] = {}
    index: dict[str, dict[str, list[int]]] = {}
    for name, table in (("exact", matcher._exact), ("loose", matcher._loose)):
        out = index[name] = {}
        for word, fs in table.items():
            refs = []
            for f in fs:
                if id(f) not in seen:
                    seen[id(f)] = len(forms)
                    forms.append([list(f.keys), list(f.loose), list(f.seps), list(f.caps), ids[id(f.entry)], f.plural])
                refs.append(seen[id(f)])
            out[word] = refs
    return {"entries": [asdict(e) for e in entries], "exempt": list(exempt),
            "forms": forms, "index": index, "anchors": sorted(matcher._anchors)}


def restore(state: dict):
    """(entries, exempt, matcher) from `dump`'s data: the same objects the build would give."""
    from postlint.terms import TermEntry, TermMatcher, _Form, _Rules

    entries = [TermEntry(**d) for d in state["entries"]]
    rules = [_Rules(e) if e.context else None for e in entries]
    forms = []
    for keys, loose, seps, caps, entry, plural in state["forms"]:
        f = _Form.__new__(_Form)
        f.keys, f.loose, f.seps, f.caps = tuple(keys), tuple(loose), tuple(seps), tuple(caps)
        f.entry, f.plural, f.rules = entries[entry], plural, rules[entry]
        f.strict = f.entry.accents == "strict"
        forms.append(f)
    matcher = TermMatcher.__new__(TermMatcher)
    matcher.entries = entries
    matcher._exact = {w: [forms[i] for i in refs] for w, refs in state["index"]["exact"].items()}
    matcher._loose = {w: [forms[i] for i in refs] for w, refs in state["index"]["loose"].items()}
    matcher._anchors = set(state["anchors"])
    return entries, state["exempt"], matcher
