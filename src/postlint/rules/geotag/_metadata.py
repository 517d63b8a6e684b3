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
from postlint.document import site as sites
from postlint.images.locate import locate, root_of

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
        if doc.site and sites.untemplated(im.src) is None:
            continue  # `{{ page.image }}`: the template names the picture, not the page
        if root is None:
            root = root_of(doc, getattr(ctx.settings, "root", None))
        written = sites.untemplated(im.src) or im.src if doc.site else im.src
        shown = os.path.normpath(os.path.join(os.path.dirname(doc.path), written)) \
            if doc.path not in ("-", "") else written
        path, status = locate(doc, im, root)
        if path is None and status == "missing" and not im.strict:
            continue  # a theme's shortcode or key: the file may live where only the theme knows
        if path is None:
            meta = exif.ImageMetadata(im.src, status=status, detail=root if status == "outside" else
                                      sites.looked_in(sites.site_of(doc), doc.base_dir))
        else:
            if path not in seen:
                seen[path] = _read_metadata(path)
            meta = seen[path]
            if doc.site and not os.path.exists(shown):  # found where the site publishes it from: name that file
                rel = os.path.relpath(path)
                shown = path if rel.startswith("..") else rel
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
