"""The metadata of a draft's local images, read for the geotag rules (`exif_gps.py`, `image_metadata.py`).

Image metadata is read once per image (`postlint.images.exif`), only for local files inside the project (the
config's folder, else the repository, else the working folder); remote images are never fetched.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from postlint.core.lazyimport import lazy_module
from postlint.document.analysis import analysis
from postlint.document.model import Document, Image

if TYPE_CHECKING:
    from postlint.images.exif import ImageMetadata

exif = lazy_module("postlint.images.exif")  # read only for drafts with local images


def image_metadata(doc: Document, ctx) -> list[tuple[Image, ImageMetadata, str]]:
    """(image, metadata, path as the user sees it) for every local image; memoised per document."""
    memo = _metadata_memo(doc)
    key = getattr(ctx.settings, "root", None)
    if key in memo:
        return memo[key]
    root = None  # found on the first local image: most drafts have none (it stats folders up to the root)
    out, seen = [], {}
    for im in doc.images:
        if im.is_remote or not im.src or im.src == "None":
            continue
        if doc.fmt == "docx" and im.src.startswith("word-image-"):
            continue  # a picture embedded in a Word file: no file on disk (its EXIF is not read yet)
        if root is None:
            root = exif.project_root(doc.base_dir, getattr(ctx.settings, "root", None))
        shown = os.path.normpath(os.path.join(os.path.dirname(doc.path), im.src)) \
            if doc.path not in ("-", "") else im.src
        path, status = exif.locate(im.src, doc.base_dir, root)
        if path is None:
            meta = exif.ImageMetadata(im.src, status=status, detail=root)
        else:
            if path not in seen:
                seen[path] = _read_metadata(path)
            meta = seen[path]
        out.append((im, meta, shown.replace(os.sep, "/")))
    memo[key] = out
    return out


@analysis
def _metadata_memo(doc: Document) -> dict[object, list[tuple[Image, ImageMetadata, str]]]:
    """`image_metadata` of this document, by project root setting."""
    return {}


_READ: dict[str, tuple[tuple, ImageMetadata]] = {}


def _read_metadata(path: str) -> ImageMetadata:
    """`exif.read_metadata`, remembered while the file keeps its inode, size and change times: drafts share
    pictures (a folder of drafts, a server), and reading one costs about a millisecond."""
    try:
        st = os.stat(path)
    except OSError:
        return exif.read_metadata(path)
    key = (st.st_ino, st.st_dev, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_mode)
    hit = _READ.get(path)
    if hit is not None and hit[0] == key:
        return hit[1]
    meta = exif.read_metadata(path)
    if len(_READ) >= 512:
        _READ.clear()
    _READ[path] = (key, meta)
    return meta
