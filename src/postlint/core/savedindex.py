"""Work saved between runs, as Python keeps `.pyc` files: built once from some files, reused while they
are unchanged.

A cold pre-commit run is mostly start-up work that never changes between commits: the stigma term index
(`postlint.lexicon.index`, ≈ 70 ms per language to build) and the keyword gates derived from YAML patterns
(`text/gates.py`, ≈ 10 ms for one rule). Each is saved as JSON under the user's cache folder
(`$XDG_CACHE_HOME/postlint`, else `~/.cache/postlint`). A saved file is valid for the exact list of
input files it records, each with its size and checksum (as CPython checks a hash-based `.pyc`), plus
postlint's version: an edited list, a new version or another organisation's lists never reuse a stale
index. JSON, not pickle: a file in a cache folder is never code. `POSTLINT_INDEX_CACHE=off` disables it,
`POSTLINT_INDEX_CACHE=FOLDER` moves it; a folder that cannot be written simply means nothing is saved.
This is not the results cache: `--no-cache` does not concern it, no draft and no finding is stored.
"""
from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import Any

import msgspec

FORMAT = 2
_HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the postlint package


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


def code_files(*names: str) -> list[str]:
    """postlint's own source files (relative to the package) that build a saved index."""
    return [os.path.join(_HERE, n) for n in names]


def inputs(files: list[str], *extra: str) -> dict[str, list[str]] | None:
    """What a saved index depends on: `names` (the files and `extra` words: they name the saved file, so a
    new version of the same inputs replaces the old one, as a `.pyc` does) and `stamps` (postlint's version,
    each file's size and CRC-32: they prove it current; reading and summing the few files takes ≈ 0.5 ms,
    where modification times could miss an edit within the file system's time resolution). None when a
    file cannot be read (then nothing is saved nor trusted)."""
    names = [*extra, *(os.path.abspath(f) for f in files)]
    stamps = _version_stamps()
    try:
        for f in files:
            with open(f, "rb") as fh:
                data = fh.read()
            stamps.append(f"{len(data)} {zlib.crc32(data):08x}")
    except OSError:
        return None
    return {"names": names, "stamps": stamps}


def folder_inputs(folders: list[str], *extra: str) -> dict[str, list[str]]:
    """`inputs` for what folders hold (their entries, not their files' contents): each folder's modification
    time, which changes when an entry is added or removed. A missing folder counts as such."""
    stamps = _version_stamps()
    for f in folders:
        try:
            stamps.append(str(os.stat(f).st_mtime_ns))
        except OSError:
            stamps.append("missing")
    return {"names": [*extra, *folders], "stamps": stamps}


def _version_stamps() -> list[str]:
    from postlint import __version__

    return [f"format {FORMAT}", f"postlint {__version__}"]


def _path(kind: str, deps: dict[str, list[str]]) -> Path | None:
    where = folder()
    if where is None:
        return None
    return where / f"{kind}-{zlib.crc32(chr(0).join(deps['names']).encode()):08x}.json"


class _Envelope(msgspec.Struct):
    inputs: Any
    data: msgspec.Raw  # decoded only once the inputs match


def load(kind: str, deps: dict[str, list[str]] | None, data_type: Any = dict[str, Any]) -> Any:
    """The data saved for exactly these inputs, or None (none saved, stale, damaged or disabled). The data
    is decoded as `data_type`: msgspec checks its shape while decoding, so a damaged file is refused here
    and never reaches a check."""
    path = _path(kind, deps) if deps is not None else None
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            envelope = msgspec.json.decode(fh.read(), type=_Envelope)
        if envelope.inputs != deps:
            return None
        return msgspec.json.decode(envelope.data, type=data_type)
    except (OSError, msgspec.DecodeError):  # a ValidationError is a DecodeError
        return None


def round_trips(data: Any) -> bool:
    """`data` comes back equal from JSON (no dates, tuples or other types JSON would change)."""
    try:
        return bool(msgspec.json.decode(msgspec.json.encode(data)) == data)
    except (TypeError, msgspec.EncodeError, msgspec.DecodeError):
        return False


def save(kind: str, deps: dict[str, list[str]] | None, data: dict[str, Any]) -> None:
    path = _path(kind, deps) if deps is not None else None
    if path is None:
        return
    from postlint.core.files import write_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(str(path), msgspec.json.encode({"inputs": deps, "data": data}))
    except OSError:  # a read-only home: rebuilt next time, nothing else changes
        return
    _prune(path.parent, kind, keep=path)


STALE_DAYS = 30


def _prune(where: Path, kind: str, keep: Path) -> None:
    """Remove this kind's files untouched for STALE_DAYS (other checkouts, old versions): the folder does not
    grow for ever. Only when something is saved, so a run that reads costs nothing; a file still in use
    is at worst rebuilt once."""
    import time

    limit = time.time() - STALE_DAYS * 86400
    for p in where.glob(f"{kind}-*.json"):
        try:
            if p != keep and p.stat().st_mtime < limit:
                p.unlink()
        except OSError:
            pass
