"""The files a draft refers to (images, videos, caption files): whether they can be found."""
from __future__ import annotations

import os

from postlint.document import site as sites


def missing_files(doc, shown: str) -> list[str]:
    """Local images and caption files the draft names but that do not exist: bad input (exit 2), reported
    with file and line, while the draft itself is still checked (its other findings stand).

    A page of a static site (`doc.site`) is different: its pictures are published from the site's root,
    `static/`, `assets/`… or by its theme; one that cannot be found there is reported once, as a
    `geotag.image-metadata` warning that says where it looked, not as the user's input error."""
    out = []
    site = sites.site_of(doc)
    refs = [] if site else [(im.src, im.span) for im in doc.images if not im.is_remote]
    refs += [(v.src, v.span) for v in doc.videos if v.src and "://" not in v.src and v.origin != "shortcode"]
    refs += [(v.captions, v.span) for v in doc.videos if isinstance(v.captions, str) and "://" not in v.captions
             and v.origin != "shortcode"]
    for src, span in refs:
        if not src or src == "None" or (doc.fmt == "docx" and src.startswith("word-image-")):
            continue
        if site is not None and sites.proxied(src, site):
            continue  # rewritten to another host by the site's Netlify rules: remote
        path = os.path.join(doc.base_dir, src.split("#")[0].split("?")[0])
        if os.path.exists(path) or any(os.path.exists(p) for p in sites.image_paths(src, doc.base_dir, site, doc.path)):
            continue
        line = doc.position(span.start)[0]
        where = "relative to the draft's folder" if site is None else f"looked in: {sites.looked_in(site, doc.base_dir)}"
        out.append(f"{shown}:{line}: file not found: {src!r} ({where})")
    return out
