"""Static-site generators (Hugo, Jekyll, Eleventy, Astro, Docusaurus, Gridsome): which one a draft belongs to,
where its pictures are published from, and the language its path gives.

A draft under a site folder (found from the generator's configuration file, up the tree) is a page of that
site: `/img/a.jpg` is resolved from the site's root, `static/`, `assets/`, `public/` or a theme's `static/`,
`{{ site.baseurl }}/img/a.jpg` without its template prefix, and a page bundle's `cover.jpg` beside its
`index.md`. A path that the site's Netlify rules rewrite to another host (`_redirects`, `netlify.toml`) is a
remote image.
"""
from __future__ import annotations

import glob
import os
from functools import lru_cache

from msgspec import Struct

from postlint.core.vocab import LANGS
from postlint.document.model import Document, Meta
from postlint.text.lang import OTHER_LANGUAGE_SKIPS
from postlint.text.patterns import LazyRegex


# configuration files that name a generator, looked for in the draft's folder and up the tree
_MARKERS: tuple[tuple[str, str], ...] = (
    ("hugo.toml", "hugo"), ("hugo.yaml", "hugo"), ("hugo.yml", "hugo"), ("hugo.json", "hugo"),
    ("config/_default", "hugo"), ("config.toml", "hugo"),
    ("_config.yml", "jekyll"), ("_config.yaml", "jekyll"), ("_config.toml", "jekyll"),
    (".eleventy.js", "eleventy"), (".eleventy.cjs", "eleventy"), ("eleventy.config.js", "eleventy"),
    ("eleventy.config.mjs", "eleventy"), ("eleventy.config.cjs", "eleventy"),
    ("astro.config.mjs", "astro"), ("astro.config.js", "astro"), ("astro.config.ts", "astro"),
    ("docusaurus.config.js", "docusaurus"), ("docusaurus.config.ts", "docusaurus"),
    ("gridsome.config.js", "gridsome"),
)
# Hugo's older `config.yaml`/`config.json` names: a Hugo site only when the folder also has Hugo's layout
_HUGO_LOOSE = ("config.yaml", "config.yml", "config.json")
_HUGO_DIRS = ("archetypes", "layouts", "themes")
# folders a site publishes at its root (`/img/a.jpg` is `static/img/a.jpg` in Hugo, `public/…` in Astro…)
_PUBLISHED = ("static", "assets", "public", "src", "source", "src/assets", "src/static")


class Site(Struct, frozen=True):
    kind: str  # hugo | jekyll | eleventy | astro | docusaurus | gridsome
    root: str  # the folder holding its configuration file


def site_of(doc: Document) -> Site | None:
    """The site the draft belongs to, or None for a draft outside any site."""
    return Site(doc.site, doc.site_root) if doc.site else None


def published(doc: Document) -> bool:
    """A page of a site that is published (not marked `draft: true`): what it shows is shown on purpose."""
    return bool(doc.site) and not doc.meta.draft


def detect(base_dir: str, setting: str = "auto") -> Site | None:
    """The site the drafts of `base_dir` belong to: `setting` (the configuration's `site:`) forces a generator
    (its root: the nearest folder with a configuration file, else the repository, else `base_dir`); `auto`
    looks up the tree; `none` turns the profiles off."""
    if setting == "none":
        return None
    found = _detect(os.path.abspath(base_dir))
    if setting in ("auto", "", None):
        return found
    if found is not None:
        return Site(setting, found.root)
    return Site(setting, _repo_root(os.path.abspath(base_dir)))


@lru_cache(maxsize=512)
def _detect(folder: str) -> Site | None:
    d = folder
    while True:
        for name, kind in _MARKERS:
            if os.path.exists(os.path.join(d, name)):
                return Site(kind, d)
        if any(os.path.isfile(os.path.join(d, n)) for n in _HUGO_LOOSE) and \
                any(os.path.isdir(os.path.join(d, n)) for n in _HUGO_DIRS):
            return Site("hugo", d)
        if any(os.path.exists(os.path.join(d, vcs)) for vcs in (".git", ".hg", ".svn")):
            return None  # a repository's top: a site's configuration is never above it
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def _repo_root(folder: str) -> str:
    d = folder
    while True:
        if any(os.path.exists(os.path.join(d, vcs)) for vcs in (".git", ".hg", ".svn")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return folder
        d = parent


# ------------------------------------------------------------------------------------------- images
# template prefixes and filters around a path: {{ site.baseurl }}, {{ .Site.BaseURL }}, {{ "x" | relative_url }}
_TEMPLATE = LazyRegex(r"\{\{-?\s*([^{}]*?)\s*-?\}\}|\{%-?\s*([^{}]*?)\s*-?%\}")
_QUOTED_PATH = LazyRegex(r"""["']([^"'{}]+)["']""")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".heic", ".heif", ".avif", ".svg",
                  ".bmp")


def untemplated(src: str) -> str | None:
    """`{{ site.baseurl }}/img/a.jpg` → `/img/a.jpg`; `{{ "/img/a.jpg" | relative_url }}` → `/img/a.jpg`;
    None when the path itself is a template variable (`{{ page.image }}`)."""
    if "{{" not in src and "{%" not in src:
        return src
    out = []
    pos = 0
    for m in _TEMPLATE.finditer(src):
        out.append(src[pos:m.start()])
        inner = m.group(1) or m.group(2) or ""
        quoted = _QUOTED_PATH.search(inner)
        if quoted and ("/" in quoted.group(1) or "." in quoted.group(1)):
            out.append(quoted.group(1))
        pos = m.end()
    out.append(src[pos:])
    path = "".join(out).strip()
    if not path or path in ("/", "."):
        return None
    return "/" + path.lstrip("/") if path.startswith("/") else path


def image_paths(src: str, base_dir: str, site: Site | None, page: str = "") -> list[str]:
    """Where a site serves `src` from: the file paths to try, in order (the draft's folder first for a
    relative path; the site's published folders for a site-root path). `page`: the page's own file, whose
    language ("index.es.md") picks a translated resource ("chart.es.png" for "chart.png")."""
    path = untemplated(src.strip())
    if path is None or "://" in path or path.startswith("//"):
        return []
    path = path.split("#", 1)[0].split("?", 1)[0]
    from urllib.parse import unquote

    variants = list(dict.fromkeys([path, unquote(path)]))
    out: list[str] = []
    for p in variants:
        rel = p.lstrip("/")
        if not p.startswith("/"):
            out.append(os.path.join(base_dir, p))
        if site is None:
            if p.startswith("/"):
                out.append(p)
            continue
        out.append(os.path.join(site.root, rel))
        out.extend(os.path.join(d, rel) for d in published_dirs(site))
        if not p.startswith("/"):
            # a page bundle's resource named from a list page, or a Hugo `figure` src relative to the content
            out.append(os.path.join(site.root, "content", rel))
            out.extend(_translated_resources(os.path.join(base_dir, p), page))
    return list(dict.fromkeys(out))


def mounted_file(src: str, site: Site | None, theme_key: bool = False) -> str | None:
    """The one file of the site whose path ends like `src` (its last folders and name, or its name alone when
    no other file of the site has it), where only a template can have mapped the address to it: a theme or a
    build step that serves a folder at another address (Carpentries' `/files/2017/09/a.png` made from Hugo's
    `assets/files/swc_blog/2017/09/a.png`), a site variable whose value is unknown (`{{ site.filesurl }}`), a
    theme's front-matter key (`theme_key`: `image: a.jpg` under the folder the layout adds), a relative path that
    climbs out of the page. A plain site-root address whose file sits in a folder served as is (`static/`) is
    simply wrong: the page shows a broken image. None when no file, or several, match."""
    if site is None:
        return None
    mapped = ("{{" in src and not _KNOWN_PREFIX.search(src)) or theme_key or src.strip().startswith("../")
    if not mapped and site.kind != "hugo":
        return None  # nothing but a Hugo asset could be mapped: no need to list the site's files
    path = untemplated(src.strip())
    if path is None or "://" in path or path.startswith("//"):
        return None
    parts = [p for p in path.split("#", 1)[0].split("?", 1)[0].split("/") if p not in ("", ".", "..")]
    if not parts:
        return None
    named = _site_files(site.root).get(parts[-1], ())
    for n in range(min(len(parts), 4), 0, -1):  # the longest tail that names one file ("2017/a.jpg")
        tail = "/" + "/".join(parts[-n:])
        found = [f for f in named if ("/" + f).endswith(tail)]
        if len(found) == 1:
            made = site.kind == "hugo" and _HUGO_ASSETS.match(found[0]) is not None  # never served as is
            return os.path.join(site.root, found[0]) if made or mapped else None
        if found:
            return None  # several files end like the address: no guess
    return None


# template prefixes whose value is known (the site's base address): what follows them is the address as written
_KNOWN_PREFIX = LazyRegex(r"(?i)\{\{-?\s*(?:site\.baseurl|site\.url|\.Site\.BaseURL|"
                          r"\"[^\"]*\"\s*\|\s*(?:relative_url|absolute_url|url))")
_HUGO_ASSETS = LazyRegex(r"^(?:themes/[^/]+/)?assets/")


_NOT_SOURCES = frozenset((".git", "node_modules", "_site", ".cache", "vendor", "__pycache__", ".jekyll-cache"))


@lru_cache(maxsize=8)
def _site_files(root: str) -> dict[str, tuple[str, ...]]:
    """Every file of the site by its name (paths relative to the root), built output and dependencies left out;
    read once per site and process, only when an image is not where its address says."""
    out: dict[str, list[str]] = {}
    count = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in _NOT_SOURCES]
        rel = os.path.relpath(folder, root).replace(os.sep, "/")
        for name in files:
            out.setdefault(name, []).append(name if rel == "." else f"{rel}/{name}")
        count += len(files)
        if count > 200_000:
            return {}  # a tree this big is not a site's sources: no guess
    return {k: tuple(v) for k, v in out.items()}


def _translated_resources(path: str, page: str) -> list[str]:
    """A multilingual page bundle's resource: Hugo serves "chart.es.png" as "chart.png" to the page in Spanish
    ("index.es.md"), not to the page in English."""
    m = _LANG_INFIX.search(os.path.basename(page))
    stem, ext = os.path.splitext(path)
    return [f"{stem}.{m.group(1)}{ext}"] if m and ext else []


_LANG_INFIX = LazyRegex(r"\.([a-z]{2}(?:-[a-zA-Z]{2})?)\.(?:md|markdown|mdx|html)$")


@lru_cache(maxsize=64)
def published_dirs(site: Site) -> tuple[str, ...]:
    dirs = [os.path.join(site.root, d) for d in _PUBLISHED]
    dirs += sorted(glob.glob(os.path.join(glob.escape(site.root), "themes", "*", "static")))
    dirs += sorted(glob.glob(os.path.join(glob.escape(site.root), "themes", "*", "assets")))
    return tuple(d for d in dirs if os.path.isdir(d))


# ------------------------------------------------------------------------------------------- Netlify rewrites
def proxied(src: str, site: Site | None) -> bool:
    """A site-root address that the site's Netlify rules rewrite to another host (`/assets/*
    https://old.example.org/assets/:splat 200` in `_redirects`, or `[[redirects]]` with status 200 in
    `netlify.toml`): a remote image, served by that host, not a file of this site."""
    if site is None:
        return False
    path = untemplated(src.strip())
    if not path or not path.startswith("/") or path.startswith("//"):
        return False
    path = path.split("#", 1)[0].split("?", 1)[0]
    for pattern in _proxies(site):
        if pattern.endswith("*") and path.startswith(pattern[:-1]) or path == pattern:
            return True
    return False


@lru_cache(maxsize=64)
def _proxies(site: Site) -> tuple[str, ...]:
    """The `from` patterns of the site's rewrites to another host (Netlify reads `_redirects` from the publish
    folder: the site's root, `public/`, `static/`…, and `[[redirects]]` from `netlify.toml`)."""
    rules: list[tuple[str, str, str]] = []
    tomls = [os.path.join(site.root, "netlify.toml")]
    folders = [site.root, *(os.path.join(site.root, d) for d in ("static", "public", "src", "source", "_site"))]
    for toml_path in tomls:
        data = _read_toml(toml_path)
        build = data.get("build")
        publish = build.get("publish") if isinstance(build, dict) else None
        if isinstance(publish, str) and publish.strip():
            folders.append(os.path.join(site.root, publish.strip()))
        redirects = data.get("redirects")
        for r in redirects if isinstance(redirects, list) else ():
            if isinstance(r, dict) and isinstance(r.get("from"), str) and isinstance(r.get("to"), str):
                rules.append((r["from"], r["to"], str(r.get("status", 301))))
    for folder in dict.fromkeys(os.path.normpath(f) for f in folders):
        try:
            with open(os.path.join(folder, "_redirects"), encoding="utf-8", errors="replace") as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        for line in lines:
            parts = line.split("#", 1)[0].split()
            if len(parts) >= 2:
                status = next((p for p in parts[2:] if p[:3].isdigit()), "301")
                rules.append((parts[0], parts[1], status))
    out = []
    for frm, to, status in rules:
        # a rewrite (200) to another host; a pattern with `:placeholders` before its end is not followed
        if status.rstrip("!").strip() == "200" and to.startswith(("http://", "https://")) and \
                frm.startswith("/") and ":" not in frm and "*" not in frm[:-1]:
            out.append(frm)
    return tuple(out)


def _read_toml(path: str) -> dict[str, object]:
    try:
        import tomllib

        with open(path, "rb") as f:
            return tomllib.load(f)
    except (OSError, ValueError):  # absent, or not valid TOML: no rules read from it
        return {}


def looked_in(site: Site | None, base_dir: str) -> str:
    """The folders `image_paths` tries, for a message (relative to the site's root)."""
    if site is None:
        return "the draft's folder"
    names = ["the draft's folder", "the site's root"]
    names += [os.path.relpath(d, site.root).replace(os.sep, "/") + "/" for d in published_dirs(site)]
    return ", ".join(dict.fromkeys(names))


# ------------------------------------------------------------------------------------------- language
_LANG_DIR = LazyRegex(r"(?:^|/)(?:content|i18n|src/content|docs|blog|_posts|_i18n)/([a-z]{2})(?:[-_][A-Za-z]{2})?/")
_LANG_SUFFIX = LazyRegex(r"\.([a-z]{2})(?:[-_][A-Za-z]{2})?\.(?:md|markdown|mdx|txt)$")
# two-letter codes that are also ordinary folder names (`content/go/`, `content/it/` for IT…): only with a site
LANG_CODES = frozenset("""af ar bg bn ca cs cy da de el en es et fa fi fr gu he hi hr ht hu id it ja kn ko lt lv mk ml
mr ne nl no pa pl pt ro ru sk sl so sq sv sw ta te th tl tr uk ur vi wo zh""".split())
_NOT_LANG_DIRS = frozenset({"go", "it", "js", "ui", "ux", "ai", "db", "io", "os", "qa", "ci", "cd", "hr", "pr", "id"})


def lang_from_path(path: str) -> str | None:
    """The language a site's path gives: `content/fr/…`, `i18n/fr/…`, `name.fr.md`."""
    p = path.replace(os.sep, "/")
    m = _LANG_SUFFIX.search(p) or _LANG_DIR.search(p)
    if m and m.group(1) in LANG_CODES and m.group(1) not in _NOT_LANG_DIRS:
        return m.group(1)
    return None


def page_language(meta: Meta, path: str, site: Site | None) -> None:
    """The language of a page: its front matter, else (on a site) its path. A page in a language postlint does
    not check (Spanish, German…) is skipped: its text rules are off (language.mismatch says so once), its
    pictures are still checked."""
    if meta.lang is None and meta.other_lang is None and site is not None:
        code = lang_from_path(path)
        if code in LANGS:
            meta.lang, meta.lang_origin = code, "path"
        elif code:
            meta.other_lang = code
    if meta.other_lang and meta.lang is None:
        meta.disable = tuple(dict.fromkeys(meta.disable + OTHER_LANGUAGE_SKIPS))
