"""Result cache: an unchanged draft under an unchanged configuration is not linted again.

Key = SHA-256 of (version, file bytes, path, effective settings, rule set). Files a draft depends on
(its local images, videos and caption files) are recorded with size, mtime and inode — or as missing — and
checked on every hit. Entries are JSON files
under `.postlint_cache/` (a `.gitignore` inside keeps them out of commits).

A run of many files (PACK_MIN_FILES or more) also reads and writes one pack file per cache folder
(`pack.json`): for each draft its file identity (size, mtime, ctime, inode), its key, its text and its
entry. A draft whose identity is unchanged is then a hit without reading it, hashing it or opening its entry
(one stat and a lookup); identity is trusted only when the file was last changed RACY_NS before it was read,
as git treats "racily clean" files, so an edit within the file system's time resolution is never missed —
such a draft is read and hashed as usual. Small runs (a pre-commit hook) never read the pack.
"""
from __future__ import annotations

import hashlib
import os
import time
from typing import Any, Literal

import msgspec

from postlint import __version__
from postlint.core.rule import Edit, Finding, Fix
from postlint.core.spans import Span
from postlint.engine.registry import plugin_entry_points
from postlint.engine.report import FileResult

DEFAULT_DIR = ".postlint_cache"
_MADE: set[str] = set()  # cache folders this process has created or found


class Cache:
    def __init__(self, folder: str):
        self.folder = folder

    @classmethod
    def for_settings(cls, folder: str | None) -> Cache:
        return cls(folder or os.environ.get("POSTLINT_CACHE_DIR") or DEFAULT_DIR)

    def _key(self, raw: bytes, path: str, settings) -> str:
        h = _settings_hash(settings).copy()
        h.update(os.path.abspath(path).encode())
        h.update(raw)
        return h.hexdigest()

    def stat_hit(self, path: str, settings, shown: str) -> FileResult | None:
        """In a run with a pack: the result of a draft whose file identity is unchanged, without reading it.
        Either way, the identity seen now is kept for `get`/`put` (taken before the file is read, so that a
        change during the run makes the next run look again)."""
        pack = _pack(self.folder)
        if pack is None:
            return None
        ab = os.path.abspath(path)
        try:
            st = os.stat(ab)
        except OSError:
            return None
        now = time.time_ns()
        stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        pack.seen[ab] = (stamp, max(st.st_mtime_ns, st.st_ctime_ns) < now - RACY_NS)
        item = pack.item(ab)
        if item is None or not item.trusted or tuple(item.stat) != stamp \
                or item.settings != _settings_hash(settings).hexdigest():
            return None
        result = _result(item.entry, shown, item.text, item.bom)
        if result is not None:
            pack.keep(ab)
        return result

    def get(self, raw: bytes, path: str, settings, shown: str | None = None) -> FileResult | None:
        key = self._key(raw, path, settings)
        pack = _pack(self.folder)
        if pack is not None:  # the pack may hold it, under an identity not trusted by `stat_hit` (a recent file)
            ab = os.path.abspath(path)
            item = pack.item(ab)
            if item is not None and item.key == key:
                text, bom = _text(raw, item.entry)
                if text is not None:
                    result = _result(item.entry, shown or item.entry.path, text, bom)
                    if result is not None:
                        pack.add(ab, key, item.settings, text, bom, item.entry)
                        return result
        entry = os.path.join(self.folder, key[:2], key + ".json")
        try:
            with open(entry, "rb") as fh:
                data = _DECODER.decode(fh.read())
        except (OSError, msgspec.DecodeError, msgspec.ValidationError):
            return None  # absent, or not an entry of this shape (another version, a damaged file): a miss
        text, bom = _text(raw, data)
        if text is None:
            return None
        result = _result(data, shown or data.path, text, bom)
        if result is not None and pack is not None:
            pack.add(os.path.abspath(path), key, _settings_hash(settings).hexdigest(), text, bom, data)
        return result

    def put(self, raw: bytes, path: str, settings, result: FileResult) -> None:
        if result.internal_errors or result.doc is None:
            return
        key = self._key(raw, path, settings)
        deps = {p: file_stamp(p) for p in referenced_files(result.doc)}
        data: dict[str, object] = {"path": result.path, "language": result.language, "type": result.type,
                "deps": deps, "findings": [_dump(f) for f in result.findings], "input_errors": result.input_errors}
        if result.doc.paragraph_numbers is not None:  # .docx: keep the extracted text and paragraph map
            data["source"] = result.doc.source
            data["paragraph_numbers"] = result.doc.paragraph_numbers
        folder = os.path.join(self.folder, key[:2])
        text = msgspec.json.encode(data)
        pack = _pack(self.folder)
        if pack is not None:
            entry = _DECODER.decode(text)
            source, bom = _text(raw, entry)
            if source is not None:
                pack.add(os.path.abspath(path), key, _settings_hash(settings).hexdigest(), source, bom, entry)
        try:
            try:
                _write(folder, key, text)
            except FileNotFoundError:  # the folder was removed while this process ran: make it again
                _MADE.discard(folder)
                _write(folder, key, text)
        except OSError:
            pass  # a read-only checkout still lints, just without a cache


def _write(folder: str, key: str, text: bytes) -> None:
    if folder not in _MADE:  # once per process: a run writes many entries into few folders
        os.makedirs(folder, exist_ok=True)
        gi = os.path.join(os.path.dirname(folder), ".gitignore")
        if not os.path.exists(gi):
            with open(gi, "w") as fh:
                fh.write("# created by postlint\n*\n")
        _MADE.add(folder)
    # the key names the content and the process id the writer, so no other writer uses this name (tempfile's
    # random names cost more than the write); os.replace makes the entry appear whole, or not at all
    tmp = os.path.join(folder, f"{key}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(text)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
    os.replace(tmp, os.path.join(folder, key + ".json"))


def referenced_files(doc) -> list[str]:
    """The local files a draft refers to (images, videos, caption files), as paths on disk: a query string or a
    fragment (`img/photo.jpg?v=2`) is not part of the file name, and `%20` is a space. The cache records each
    file's identity, so that replacing an image or deleting a caption file makes the entry miss."""
    from urllib.parse import unquote

    refs = [im.src for im in doc.images if not im.is_remote]
    refs += [v.src for v in getattr(doc, "videos", ()) if v.src and "://" not in v.src]
    refs += [v.captions for v in getattr(doc, "videos", ()) if isinstance(v.captions, str) and "://" not in v.captions]
    out = []
    for src in refs:
        if not src or not isinstance(src, str):
            continue
        name = src.split("#")[0].split("?")[0]
        for candidate in dict.fromkeys((name, unquote(name))):
            out.append(os.path.normpath(os.path.join(doc.base_dir, candidate)))
    return out


class _CachedFix(msgspec.Struct):
    applicability: Literal["safe", "unsafe"]
    title: str
    edits: list[tuple[int, int, str]]


class _CachedFinding(msgspec.Struct):
    rule: str
    category: str
    severity: str
    message: str
    span: tuple[int, int] | None = None
    suggestions: list[str] = []
    text: str | None = None
    source: str = ""
    fix: _CachedFix | None = None
    occurrences: list[tuple[int, int]] = []  # an info finding folded by wording (engine.aggregate): every place


class _Entry(msgspec.Struct):
    """What an entry holds; an entry of another shape is a miss, never an error."""
    path: str
    findings: list[_CachedFinding]
    language: str | None = None
    type: str | None = None
    deps: dict[str, str] = {}
    input_errors: list[str] = []
    source: str | None = None
    paragraph_numbers: list[int] | None = None


_DECODER = msgspec.json.Decoder(_Entry)


def _text(raw: bytes, data: _Entry) -> tuple[str | None, bool]:
    """The text a hit shows (a Word file's is the extracted text the entry keeps), and whether it had a BOM."""
    if data.source is not None:
        return data.source, False
    from postlint.document.parse import decode

    try:
        return decode(raw, data.path)
    except Exception:
        return None, False


def _result(data: _Entry, shown: str, text: str, bom: bool) -> FileResult | None:
    """A hit: the findings of the entry, positions rebuilt from the text alone (no parser, no rules)."""
    if any(file_stamp(p) != stamp for p, stamp in data.deps.items()):
        return None
    from postlint.document.model import light_document

    doc = light_document(shown, text, data.language or "en", had_bom=bom, paragraph_numbers=data.paragraph_numbers)
    try:
        findings = [_finding(f) for f in data.findings]
    except (TypeError, ValueError):  # spans of the wrong arity: a damaged entry
        return None
    return FileResult(path=shown, findings=findings, language=data.language, type=data.type,
                      doc=doc, input_errors=list(data.input_errors))


# ------------------------------------------------------------------------------------------------ the pack
PACK_MIN_FILES = 100
PACK_NAME = "pack.json"
PACK_FORMAT = 1
RACY_NS = 2_000_000_000  # a file changed less than 2 s before it was read is read again next time


class _PackItem(msgspec.Struct, array_like=True):
    stat: tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
    trusted: bool  # the file had not changed for RACY_NS when it was read
    key: str
    settings: str
    text: str
    bom: bool
    entry: _Entry


class _PackFile(msgspec.Struct):
    format: int
    items: dict[str, msgspec.Raw]


_ITEM = msgspec.json.Decoder(_PackItem)


class Pack:
    """The pack of one cache folder during a run: items read from disk (decoded when looked up) and the
    items this run confirmed or produced, written back by `end_run`."""

    def __init__(self, folder: str):
        self.path = os.path.join(folder, PACK_NAME)
        self.old: dict[str, msgspec.Raw] = {}
        self.kept: dict[str, msgspec.Raw] = {}
        self.new: dict[str, bytes] = {}
        self.seen: dict[str, tuple[tuple[int, int, int, int], bool]] = {}
        try:
            with open(self.path, "rb") as fh:
                data = msgspec.json.decode(fh.read(), type=_PackFile)
            if data.format == PACK_FORMAT:
                self.old = data.items
        except (OSError, msgspec.DecodeError):
            pass  # none yet, or damaged: every draft is looked up the usual way
        self.found = bool(self.old)

    def item(self, ab: str) -> _PackItem | None:
        raw = self.old.get(ab)
        if raw is None:
            return None
        try:
            return _ITEM.decode(raw)
        except msgspec.DecodeError:
            return None

    def keep(self, ab: str) -> None:
        self.kept[ab] = self.old[ab]

    def add(self, ab: str, key: str, settings: str, text: str, bom: bool, entry: _Entry) -> None:
        seen = self.seen.pop(ab, None)
        if seen is None:
            return  # no identity taken before the read: nothing to vouch for
        self.new[ab] = msgspec.json.encode(_PackItem(seen[0], seen[1], key, settings, text, bom, entry))

    def write(self) -> None:
        if not self.new and self.found:
            return  # every draft was a hit on the pack as it is
        items = dict(self.kept)
        # drafts this run did not check stay (another folder's run), unless they outnumber those it did
        if len(self.old) <= 2 * (len(self.kept) + len(self.new)):
            items = {**self.old, **items}
        parts = [msgspec.json.encode(k) + b":" + bytes(v) for k, v in items.items() if k not in self.new]
        parts += [msgspec.json.encode(k) + b":" + v for k, v in self.new.items()]
        text = b'{"format":%d,"items":{' % PACK_FORMAT + b",".join(parts) + b"}}"
        folder = os.path.dirname(self.path)
        try:
            os.makedirs(folder, exist_ok=True)
            tmp = f"{self.path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as fh:
                fh.write(text)
            os.replace(tmp, self.path)
        except OSError:
            pass  # a read-only checkout: the per-file entries still serve


_PACKS: dict[str, Pack | None] | None = None  # cache folder → its pack, during a run of many files


def begin_run(n_files: int) -> None:
    """A run of `n_files` starts: with PACK_MIN_FILES or more, packs are read and written."""
    global _PACKS
    _PACKS = {} if n_files >= PACK_MIN_FILES else None


def end_run() -> None:
    global _PACKS
    packs, _PACKS = _PACKS, None
    for pack in (packs or {}).values():
        if pack is not None:
            pack.write()


def _pack(folder: str) -> Pack | None:
    if _PACKS is None:
        return None
    pack = _PACKS.get(folder)
    if pack is None and folder not in _PACKS:
        pack = _PACKS[folder] = Pack(folder)
    return pack


def packing() -> bool:
    """Packs are in use in this run (a run of many files with the cache on)."""
    return _PACKS is not None


def drain() -> list[tuple[str, str, bytes]]:
    """The pack items a worker process made, to hand to the parent, which writes the packs."""
    out = [(folder, ab, item) for folder, pack in (_PACKS or {}).items() if pack is not None
           for ab, item in pack.new.items()]
    for pack in (_PACKS or {}).values():
        if pack is not None:
            pack.new.clear()
    return out


def absorb(items: list[tuple[str, str, bytes]]) -> None:
    for folder, ab, item in items:
        pack = _pack(folder)
        if pack is not None:
            pack.new[ab] = item


# The part of the key shared by every file with the same settings, hashed once per process: it names the
# organisation's word lists and rule files as they were when first seen, which is when the process loaded
# them (registry.load_registry keeps what it loaded for the whole process).
_SETTINGS_HASH: dict[int, tuple[object, Any]] = {}


def _settings_hash(settings) -> Any:
    hit = _SETTINGS_HASH.get(id(settings))
    if hit is None or hit[0] is not settings:
        h = hashlib.sha256()
        h.update(__version__.encode())
        h.update(_code_fingerprint().encode())
        h.update(settings.fingerprint().encode())
        for p in settings.wordlists + settings.rule_paths:
            h.update(_tree_stamp(p).encode())
        if len(_SETTINGS_HASH) > 256:
            _SETTINGS_HASH.clear()
        hit = _SETTINGS_HASH[id(settings)] = (settings, h)
    return hit[1]


_CODE: str | None = None


def _code_fingerprint() -> str:
    """Sizes and mtimes of postlint's own code and bundled data, and the installed plugins: a new version
    or an edited rule invalidates the cache without importing any rule."""
    global _CODE
    if _CODE is None:
        from postlint.core.resources import data_dir

        pkg = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the whole postlint package
        parts = [_tree_stamp(pkg), _tree_stamp(str(data_dir("rules"))), _tree_stamp(str(data_dir("wordlists")))]
        parts += [f"{ep.value}@{dist}" for ep, dist in plugin_entry_points()]
        _CODE = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return _CODE


def _tree_stamp(path: str) -> str:
    if not os.path.isdir(path):
        return file_stamp(path)
    out = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for f in sorted(files):
            if f.endswith((".py", ".yaml", ".yml", ".txt", ".json")):
                out.append(f"{f}:{file_stamp(os.path.join(root, f))}")
    return ";".join(out)


def file_stamp(path: str) -> str:
    """A file's size and modification time ("missing" if it is absent): what a cache entry records of each
    file the draft depends on."""
    try:
        st = os.stat(path)
        # the inode too: a file replaced by another (`mv new.jpg photo.jpg`, `cp -p`) may keep size and time
        return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"
    except OSError:
        return "missing"


def _dump(f: Finding) -> dict:
    return {"rule": f.rule, "category": f.category, "severity": f.severity, "message": f.message,
            "span": list(f.span) if f.span else None, "suggestions": list(f.suggestions), "text": f.text,
            "source": f.source, "occurrences": [list(s) for s in f.occurrences],
            "fix": None if f.fix is None else {"applicability": f.fix.applicability, "title": f.fix.title,
                                               "edits": [[e.span.start, e.span.end, e.replacement] for e in f.fix.edits]}}


def _finding(d: _CachedFinding) -> Finding:
    fix = None
    if d.fix is not None:
        fix = Fix(tuple(Edit(Span(a, b), r) for a, b, r in d.fix.edits), d.fix.applicability, d.fix.title)
    return Finding(rule=d.rule, category=d.category, severity=d.severity, message=d.message,
                   span=Span(*d.span) if d.span else None, suggestions=tuple(d.suggestions), fix=fix, text=d.text,
                   source=d.source, occurrences=tuple(Span(a, b) for a, b in d.occurrences))
