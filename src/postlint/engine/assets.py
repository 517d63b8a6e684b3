"""The files a draft refers to (images, videos, caption files): whether they can be found."""
from __future__ import annotations

import os


def missing_files(doc, shown: str) -> list[str]:
    """Local images and caption files the draft names but that do not exist: bad input (exit 2), reported
    with file and line, while the draft itself is still checked (its other findings stand)."""
    out = []
    refs = [(im.src, im.span) for im in doc.images if not im.is_remote]
    refs += [(v.src, v.span) for v in doc.videos if v.src and "://" not in v.src]
    refs += [(v.captions, v.span) for v in doc.videos if isinstance(v.captions, str) and "://" not in v.captions]
    for src, span in refs:
        if not src or src == "None" or (doc.fmt == "docx" and src.startswith("word-image-")):
            continue
        path = os.path.join(doc.base_dir, src.split("#")[0].split("?")[0])
        if not os.path.exists(path):
            line = doc.position(span.start)[0]
            out.append(f"{shown}:{line}: file not found: {src!r} (relative to the draft's folder)")
    return out
