"""Reading drafts: bytes → text (encoding checks) → `Document`."""
from __future__ import annotations

import os
from typing import Any

from postlint.document.model import Document
from postlint.core.errors import InputError

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
READERS: dict[str, str] = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".txt": "text",
                           ".docx": "docx", ".mdx": "markdown"}


def supported(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in READERS


def decode(raw: bytes, path: str) -> tuple[str, bool]:
    """UTF-8 with or without BOM; a binary file or invalid UTF-8 is an `InputError` naming the line."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # UTF-16 with its BOM (Notepad's "Unicode"): its NULs do not make it a binary file
        try:
            return raw.decode("utf-16"), False
        except UnicodeDecodeError:
            raise InputError("UTF-16 file that cannot be decoded; save the draft as UTF-8", path, 1) from None
    if b"\x00" in raw[:8192]:
        raise InputError("binary file, not a text draft (expected UTF-8 Markdown or plain text)", path,
                         raw[:raw.index(b"\x00")].count(b"\n") + 1)
    had_bom = raw.startswith(b"\xef\xbb\xbf")
    if had_bom:
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), had_bom
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise InputError(f"invalid UTF-8 (byte 0x{raw[e.start]:02x}); save the draft as UTF-8", path, line) from None


def fmt_for(path: str) -> str:
    return READERS.get(os.path.splitext(path)[1].lower(), "markdown")


def parse_bytes(raw: bytes, path: str, *, doc_type: str | None = None, base_dir: str | None = None,
                site: str = "auto") -> Document:
    """`site`: the configuration's `site:` (auto, none, or a generator's name; postlint.document.site)."""
    from postlint.document.parse.builder import build

    fmt = fmt_for(path)
    if base_dir is None:
        base_dir = os.path.dirname(os.path.abspath(path)) if path != "-" else os.getcwd()
    if fmt == "docx":
        from postlint.document.parse.docx import read_docx

        text, paragraph_numbers = read_docx(raw, path)
        doc = build(text, path, "markdown", doc_type=doc_type, base_dir=base_dir, site=site)
        doc.fmt = "docx"
        doc.paragraph_numbers = paragraph_numbers
        return doc
    text, had_bom = decode(raw, path)
    return build(text, path, fmt, had_bom=had_bom, doc_type=doc_type, base_dir=base_dir, site=site)


def parse_text(text: str, path: str = "draft.md", **kw: Any) -> Document:
    """Convenience for tests and the API: parse already-decoded text."""
    from postlint.document.parse.builder import build

    return build(text, path, fmt_for(path), **kw)
