"""The stigma term index, kept between runs — as Python keeps `.pyc` files.

Reading a language's word lists (YAML) and generating every written form of every entry takes ≈ 70 ms,
a third of a one-post pre-commit run. The result depends only on the list files' bytes and on postlint's
own code, so it is saved as JSON under the user's cache folder (`$XDG_CACHE_HOME/postlint`, else
`~/.cache/postlint`), named by a SHA-256 of those inputs: an edited list, a new version or another
organisation's lists never reuse a stale index. JSON, not pickle: a file in a cache folder is never code.
`POSTLINT_INDEX_CACHE=off` disables it (and a folder that cannot be written simply means no saving).
This is not the results cache: `--no-cache` does not concern it, no draft and no finding is stored.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path
from typing import Any

FORMAT = 1
_CODE = ("terms.py", "wordlists.py", "termindex.py")  # what builds the index: a change makes a new key


def folder() -> Path | None:
    setting = os.environ.get("POSTLINT_INDEX_CACHE", "")
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~"):  # no home folder known: never a "~" folder in the user's repository
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "postlint"


def key(lang: str, files: list[str]) -> str | None:
    """A name for the index of `lang` built from `files`; None when a file cannot be read."""
    from postlint import __version__

    h = hashlib.sha256(f"{FORMAT}|{__version__}|{lang}".encode())
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        for name in _CODE:
            h.update(Path(here, name).read_bytes())
        for f in files:
            h.update(f"\0{os.path.abspath(f)}\0".encode())
            h.update(Path(f).read_bytes())
    except OSError:
        return None
    return h.hexdigest()


def load(name: str | None) -> dict | None:
    where = folder()
    if name is None or where is None:
        return None
    try:
        with open(where / f"terms-{name}.json", encoding="utf-8") as fh:
            state = json.load(fh)
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and state.get("format") == FORMAT else None


def save(name: str | None, state: dict) -> None:
    where = folder()
    if name is None or where is None:
        return
    try:
        where.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=where, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(state, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, where / f"terms-{name}.json")
    except OSError:
        pass  # a read-only home: the index is rebuilt next time, nothing else changes


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
    return {"format": FORMAT, "entries": [dataclasses.asdict(e) for e in entries], "exempt": list(exempt),
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
