"""Result cache: an unchanged draft under an unchanged configuration is not linted again.

Key = SHA-256 of (version, file bytes, path, effective settings, rule set). Files a draft depends on
(its local images, videos and caption files) are recorded with size, mtime and inode — or as missing — and
checked on every hit. Entries are JSON files
under `.postlint_cache/` (a `.gitignore` inside keeps them out of commits).
"""
from __future__ import annotations

import hashlib
import os
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

    def get(self, raw: bytes, path: str, settings) -> FileResult | None:
        key = self._key(raw, path, settings)
        entry = os.path.join(self.folder, key[:2], key + ".json")
        try:
            with open(entry, "rb") as fh:
                data = _DECODER.decode(fh.read())
        except (OSError, msgspec.DecodeError, msgspec.ValidationError):
            return None  # absent, or not an entry of this shape (another version, a damaged file): a miss
        if any(file_stamp(p) != stamp for p, stamp in data.deps.items()):
            return None
        # A hit needs no parsing: positions are rebuilt from the text alone (no Markdown parser, no rules).
        doc = _light_document(raw, data)
        if doc is None:
            return None
        try:
            findings = [_finding(f) for f in data.findings]
        except (TypeError, ValueError):  # spans of the wrong arity: a damaged entry
            return None
        return FileResult(path=data.path, findings=findings, language=data.language, type=data.type,
                          doc=doc, input_errors=list(data.input_errors))

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


def _light_document(raw: bytes, data: _Entry):
    from postlint.document.model import light_document
    from postlint.document.parse import decode

    if data.source is not None:
        text, bom = data.source, False
    else:
        try:
            text, bom = decode(raw, data.path)
        except Exception:
            return None
    return light_document(data.path, text, data.language or "en", had_bom=bom,
                          paragraph_numbers=data.paragraph_numbers)


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
                   source=d.source)
