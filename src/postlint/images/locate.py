"""Where an image of a draft is on disk: as written (from the draft's folder, or the project's root for
`/img/a.jpg`), else where the draft's site generator publishes it from — always inside the project folder
(`exif.project_root`): a draft never makes postlint open a file outside it. Shared by the geotag rules and the
photograph checks (`images/photo.py`).
"""
from __future__ import annotations

import os

from postlint.core.lazyimport import lazy_module
from postlint.document import site as sites
from postlint.document.analysis import analysis
from postlint.document.model import Document, Image

exif = lazy_module("postlint.images.exif")  # read only for drafts with local images


def locate(doc: Document, im: Image, root: str) -> tuple[str | None, str]:
    """The file an image of the draft names: as written (from the draft's folder, or the project's root for
    `/img/a.jpg`), else where the draft's site generator publishes it from (site root, `static/`, `assets/`,
    `public/`, a theme's `static/`; a `{{ site.baseurl }}` prefix dropped; else the one file of the site whose path
ends like the address: a folder mounted elsewhere). (path, "ok") or (None|path,
    "missing"|"outside")."""
    path, status = exif.locate(im.src, doc.base_dir, root) if "{{" not in im.src else (None, "missing")
    if path is not None:
        return path, status
    site = sites.site_of(doc)
    if site is not None and os.path.commonpath([os.path.realpath(site.root), root]) == root:
        pass  # the site is inside the project
    elif site is not None and os.path.commonpath([os.path.realpath(site.root), root]) == \
            os.path.realpath(site.root):
        root = os.path.realpath(site.root)  # the project folder is inside the site: the site's folders count
    for candidate in sites.image_paths(im.src, doc.base_dir, site, doc.path):
        found, st = exif.locate(candidate, doc.base_dir, root)
        if found is not None:
            return found, st
        if st == "outside" and status != "outside":
            status = st if os.path.lexists(candidate) else status
    mounted = sites.mounted_file(im.src, site, im.origin == "front_matter") if status == "missing" else None
    if mounted is not None:  # a folder the theme serves at another address
        found, st = exif.locate(mounted, doc.base_dir, root)
        if found is not None:
            return found, st
    return None, status


def root_of(doc: Document, config_root: str | None) -> str:
    """`exif.project_root` of the draft (it stats folders up to the repository): once per document."""
    memo = _roots(doc)
    if config_root not in memo:
        memo[config_root] = exif.project_root(doc.base_dir, config_root)
    return memo[config_root]


@analysis
def _roots(doc: Document) -> dict[str | None, str]:
    return {}
