"""The stigma term index, saved between runs (`postlint.core.savedindex`).

Reading a language's word lists (YAML) and generating every written form of every entry takes ≈ 70 ms,
a third of a one-post pre-commit run. The result depends only on the list files and on the code below,
so it is saved once and restored (≈ 3 ms) while they are unchanged.
"""
from __future__ import annotations

from typing import Annotated, Any

from msgspec import Meta, Struct
from msgspec.structs import asdict

from postlint.core import savedindex

# what builds the index: a change makes a new one
_CODE = ("lexicon/terms.py", "lexicon/words.py", "lexicon/forms.py", "lexicon/wordlists.py", "lexicon/index.py")


_Index = Annotated[int, Meta(ge=0)]


class Saved(Struct):
    """The saved index, as `dump` writes it; its shape is checked while it is decoded."""

    entries: list[dict[str, Any]]
    exempt: list[str]
    forms: list[tuple[str, str, str, str, _Index, bool]]  # keys, loose keys, separators, capitals, entry, plural
    index: dict[str, dict[str, list[_Index]]]  # "exact" | "loose" → first word → form numbers
    anchors: list[str]
    by_anchor: dict[str, list[_Index]]  # anchor word → the forms it was chosen for


def matcher_for(lang: str, extra: tuple[str, ...] = ()):
    """(entries, exempt phrases, TermMatcher) of `lang` with the organisation's lists `extra`."""
    from postlint.lexicon.terms import TermMatcher
    from postlint.lexicon.wordlists import merged, source_files

    deps = savedindex.inputs(source_files(lang, extra) + savedindex.code_files(*_CODE), f"lang {lang}")
    state = savedindex.load("terms", deps, Saved)
    if state is not None:
        try:
            return restore(state)
        except (TypeError, ValueError):  # entries or numbers that do not fit: build it again
            pass
    entries, exempt = merged(lang, extra)
    matcher = TermMatcher(entries)
    savedindex.save("terms", deps, dump(entries, exempt, matcher))
    return entries, exempt, matcher


# ----------------------------------------------------------------------------------------- state
_SEP = "\x1f"  # between the words of a form in the saved text (never inside a word or a separator)


def dump(entries: list, exempt: list[str], matcher) -> dict:
    """The merged entries, the exempt phrases and the built matcher's index, as JSON-ready data. A form is
    saved as a few strings, not lists of strings: far fewer objects to decode on every run."""
    ids = {id(e): i for i, e in enumerate(entries)}
    forms: list[list[Any]] = []
    seen: dict[int, int] = {}
    index: dict[str, dict[str, list[int]]] = {}
    for name, table in (("exact", matcher.exact), ("loose", matcher.loose)):
        out = index[name] = {}
        for word, fs in table.items():
            refs = []
            for f in fs:
                if id(f) not in seen:
                    seen[id(f)] = len(forms)
                    forms.append([_SEP.join(f.keys), _SEP.join(f.loose), _SEP.join(f.seps),
                                  "".join("1" if c else "0" for c in f.caps), ids[id(f.entry)], f.plural])
                refs.append(seen[id(f)])
            out[word] = refs
    by_anchor = {word: [seen[id(f)] for f in fs] for word, fs in sorted(matcher.by_anchor.items())}
    return {"entries": [asdict(e) for e in entries], "exempt": list(exempt),
            "forms": forms, "index": index, "anchors": sorted(matcher.anchors), "by_anchor": by_anchor}


def restore(state: Saved):
    """(entries, exempt, matcher) from `dump`'s data: a matcher that finds what the built one finds. Its
    forms are made when a draft's word first looks them up (most drafts look up a few words of thousands)."""
    from postlint.lexicon.terms import TermEntry, TermMatcher

    entries = [TermEntry(**d) for d in state.entries]
    if any(f[4] >= len(entries) for f in state.forms) or any(
            i >= len(state.forms) for table in (*state.index.values(), state.by_anchor)
            for refs in table.values() for i in refs):
        raise ValueError("damaged term index")  # checked here: a lookup during a check must not fail
    forms = _Forms(state.forms, entries)
    matcher = TermMatcher.saved(entries, _Table(state.index.get("exact", {}), forms),
                                _Table(state.index.get("loose", {}), forms), set(state.anchors),
                                _Table(state.by_anchor, forms))
    return entries, state.exempt, matcher


class _Forms:
    """The saved forms, each made into a `terms.Form` on first use."""

    def __init__(self, raw: list[tuple], entries: list):
        self.raw, self.entries = raw, entries
        self.made: dict[int, Any] = {}
        self.rules: dict[int, Any] = {}

    def __getitem__(self, i: int):
        f = self.made.get(i)
        if f is None:
            from postlint.lexicon.terms import EntryContext, Form

            keys, loose, seps, caps, entry, plural = self.raw[i]
            e = self.entries[entry]
            if entry not in self.rules:
                self.rules[entry] = EntryContext(e) if e.context else None
            f = Form.saved(tuple(keys.split(_SEP)), tuple(loose.split(_SEP)), tuple(seps.split(_SEP)) if seps else (),
                           tuple(c == "1" for c in caps), e, plural, self.rules[entry])
            self.made[i] = f
        return f


class _Table(dict):
    """word → forms, as `TermMatcher` reads it (`get`), from the saved word → form numbers."""

    def __init__(self, raw: dict[str, list[int]], forms: _Forms):
        super().__init__()
        self.raw, self.forms = raw, forms

    def get(self, word, default=None):
        found = dict.get(self, word)
        if found is None:
            refs = self.raw.get(word)
            if refs is None:
                return default
            found = [self.forms[i] for i in refs]
            self[word] = found
        return found
