#!/usr/bin/env python3
"""Which images referenced by the posts of real content repositories carry a GPS position, and did
postlint report them?

    python bench/real/repos_gps.py bench/real/repos.csv --root /tmp/repos --raw-dir /tmp/raw \
        --out bench/real/repos-gps            # writes repos-gps.json and repos-gps.md

For each repository of the list (see repos_measure.py), the Markdown files under its content folders
are read for image references:
  - front matter: `image:`, `images:` (strings or `src:` entries), `thumbnail:`, `featured_image:`,
    `cover:`, `banner:`, `og_image:`, `header: {image|teaser|overlay_image}` (scalar lines only);
  - Hugo shortcodes with `src=` (figure, img, legacy-img, imgtxt…);
  - Liquid includes with `image=`, `src=`, `file=` (`{% include figure.html image="…" %}`);
  - Eleventy/Nunjucks image tags with a positional path (`{% image "assets/a.jpg" "alt" %}`,
    `{% image_with_class "assets/a.jpg" "class" "alt" %}`);
  - Markdown images `![alt](src)` and HTML `<img src>`.
Each reference is resolved the way the site generator would serve it: relative to the draft's folder
(and its page bundle), and, for a site-root path, under the repository root, `static/`, `assets/`,
`public/`, `src/`, `themes/*/static/`; Liquid/Nunjucks prefixes such as `{{ site.baseurl }}` are dropped
first. Remote images (http…) are not fetched. Every resolved image is opened with Pillow and its EXIF
GPS IFD read (a GPS position = latitude and longitude present); XMP `GPSLatitude` is looked for in the
raw bytes as well. Separately, every image file of the repository is scanned, so that GPS images that
no post references are counted too.

postlint's report (the raw JSON kept by repos_measure.py --raw-dir) is then searched for a
`geotag.exif-gps` finding, or any finding naming the image, on the referencing draft.
No coordinates are written out, only whether a position is present.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import urllib.parse
from pathlib import Path

from PIL import Image

IMG_EXT = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".heic", ".heif", ".gif"}
EXIF_EXT = {".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".heic", ".heif", ".png"}
SKIP_DIRS = {".git", "node_modules", "_site", "public", ".cache"}

FM = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
FM_KEYS = re.compile(r"^\s*(?:-\s*)?(?:image|images|src|thumbnail|featured_image|featuredImage|cover|banner|"
                     r"og_image|teaser|overlay_image|hero_image|img|photo|picture)\s*[:=]\s*['\"]?([^'\"\n#]+?)['\"]?\s*$",
                     re.M | re.I)
SHORTCODE = re.compile(r"\{\{[<%]\s*[\w\-/]+[^}]*?\bsrc\s*=\s*(?:\"([^\"]+)\"|'([^']+)'|(\S+?))\s*[^}]*[>%]\}\}")
LIQUID = re.compile(r"\{%\s*include[^%]*?\b(?:image|src|file|img|path)\s*=\s*(?:\"([^\"]+)\"|'([^']+)'|(\S+))[^%]*%\}")
# Eleventy/Nunjucks image tags with a positional path: {% image "assets/a.jpg" "alt" %}, {% image_with_class … %}
NJK_IMAGE = re.compile(r"\{%-?\s*(?:image|image_with_class|img|figure)\s+[\"']([^\"']+)[\"'][^%]*%\}")
MD_IMG = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HTML_IMG = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*(?:\"([^\"]+)\"|'([^']+)')", re.I)
TEMPLATE = re.compile(r"\{\{-?\s*[^}]*?(?:site|page)\.(?:baseurl|url|filesurl|base_url)[^}]*?\}\}|\{\{-?\s*['\"]?|['\"]?\s*\|\s*(?:relative_url|absolute_url|url)\s*-?\}\}")


def refs_in(text: str) -> list[tuple[int, str, str]]:
    """(line, kind, reference) for each image reference in a draft."""
    out = []
    m = FM.match(text)
    if m:
        fm = m.group(2)
        base_line = 2
        for mm in FM_KEYS.finditer(fm):
            v = mm.group(1).strip()
            if v and Path(urllib.parse.urlparse(v).path).suffix.lower() in IMG_EXT:
                out.append((base_line + fm[:mm.start()].count("\n"), "front matter", v))
    for kind, rx in (("shortcode", SHORTCODE), ("liquid include", LIQUID), ("nunjucks tag", NJK_IMAGE),
                     ("markdown", MD_IMG), ("html", HTML_IMG)):
        for mm in rx.finditer(text):
            v = next(g for g in mm.groups() if g)
            out.append((text[:mm.start()].count("\n") + 1, kind, v))
    return out


def resolve(repo: Path, draft: Path, ref: str) -> Path | None:
    ref = TEMPLATE.sub("", ref).strip().strip("'\"")
    if re.match(r"^[a-z][a-z0-9+.-]*:|^//", ref, re.I) or not ref or "{{" in ref or "{%" in ref:
        return None
    ref = urllib.parse.unquote(ref.split("?")[0].split("#")[0])
    cands = []
    if ref.startswith("/"):
        rel = ref.lstrip("/")
        bases = [repo, repo / "static", repo / "assets", repo / "public", repo / "src", repo / "src/static"]
        bases += sorted(repo.glob("themes/*/static"))
        cands = [b / rel for b in bases]
    else:
        # the page's folder (or bundle), then the site root: Eleventy image tags name "assets/…" from the root
        cands = [draft.parent / ref, draft.parent / draft.stem / ref, repo / ref]
    for c in cands:
        if c.is_file():
            return c
    return None


GPS_XMP = re.compile(rb"GPSLatitude|exif:GPSLatitude")


def has_gps(path: Path) -> tuple[bool, str]:
    try:
        with Image.open(path) as im:
            exif = im.getexif()
            gps = exif.get_ifd(0x8825) if exif else {}
            if gps and 2 in gps and 4 in gps:
                return True, "EXIF GPS"
    except Exception as e:  # unreadable image: report, do not stop
        return False, f"unreadable ({type(e).__name__})"
    try:
        with open(path, "rb") as f:
            head = f.read(512 * 1024)
        if GPS_XMP.search(head):
            return True, "XMP GPS"
    except OSError:
        pass
    return False, ""


def walk(base: Path, suffixes) -> list[Path]:
    out = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        out += [Path(dirpath) / f for f in filenames if Path(f).suffix.lower() in suffixes]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("list", type=Path)
    ap.add_argument("--root", type=Path, required=True)
    ap.add_argument("--raw-dir", type=Path, help="raw postlint JSON from repos_measure.py --raw-dir")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    rows = list(csv.DictReader(args.list.open(encoding="utf-8")))
    result = {"repositories": []}
    for row in rows:
        name = row["name"]
        repo = args.root / (row.get("path") or name)
        folders = row["content_folders"].split()
        report = {}
        if args.raw_dir and (args.raw_dir / f"{name}.json").exists():
            for f in json.loads((args.raw_dir / f"{name}.json").read_text(encoding="utf-8")).get("files", []):
                report[f["path"]] = f
        stats = {"name": name, "drafts": 0, "references": 0, "local_resolved": 0, "remote_or_templated": 0,
                 "unresolved": 0, "exif_images_scanned": 0, "gps_images_in_repository": 0,
                 "gps_images_referenced": [], "gps_images_unreferenced": 0}
        referenced: dict[Path, list[str]] = {}
        for folder in folders:
            for draft in walk(repo / folder, {".md", ".markdown"}):
                stats["drafts"] += 1
                text = draft.read_text(encoding="utf-8", errors="replace")
                rel_draft = str(draft.relative_to(repo))
                for line, kind, ref in refs_in(text):
                    stats["references"] += 1
                    p = resolve(repo, draft, ref)
                    if p is None:
                        if re.match(r"^[a-z]+:|^//", ref, re.I):
                            stats["remote_or_templated"] += 1
                        else:
                            stats["unresolved"] += 1
                        continue
                    stats["local_resolved"] += 1
                    referenced.setdefault(p.resolve(), []).append(f"{rel_draft}:{line} ({kind})")
        for img in walk(repo, EXIF_EXT):
            stats["exif_images_scanned"] += 1
            gps, how = has_gps(img)
            if not gps:
                continue
            stats["gps_images_in_repository"] += 1
            refs = referenced.get(img.resolve())
            if not refs:
                stats["gps_images_unreferenced"] += 1
                continue
            reported = []
            for r in refs:
                draft = r.split(":")[0]
                f = report.get(draft)
                if not f:
                    reported.append("draft not in postlint's report")
                    continue
                hit = [x["rule"] for x in f.get("findings", [])
                       if x["rule"] == "geotag.exif-gps" and img.name in (x.get("message", "") + (x.get("text") or ""))]
                other = [x["rule"] for x in f.get("findings", []) if img.name in (x.get("message", "") or "")
                         and x["rule"] != "geotag.exif-gps"]
                reported.append("geotag.exif-gps" if hit else ("no (only " + ", ".join(sorted(set(other))) + ")"
                                                                if other else "no"))
            stats["gps_images_referenced"].append({"image": str(img.relative_to(repo)), "metadata": how,
                                                   "referenced_from": refs, "postlint": reported})
        result["repositories"].append(stats)
        print(f"{name}: {stats['gps_images_in_repository']} GPS images, "
              f"{len(stats['gps_images_referenced'])} referenced", file=sys.stderr)
    args.out.with_suffix(".json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    L = ["# Images with a GPS position referenced by the posts", "",
         "Generated by `bench/real/repos_gps.py` (Pillow EXIF GPS IFD, plus XMP GPSLatitude in the first 512 KiB). "
         "No coordinates are recorded here. 'postlint' says whether postlint's run reported the image "
         "(`geotag.exif-gps` on the referencing draft).", "",
         "| repository | drafts | image refs | resolved locally | remote | unresolved | images scanned | "
         "with GPS | GPS & referenced | GPS & reported by postlint |",
         "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for s in result["repositories"]:
        rep = sum(1 for g in s["gps_images_referenced"] if any(p == "geotag.exif-gps" for p in g["postlint"]))
        L.append(f"| {s['name']} | {s['drafts']} | {s['references']} | {s['local_resolved']} | "
                 f"{s['remote_or_templated']} | {s['unresolved']} | {s['exif_images_scanned']} | "
                 f"{s['gps_images_in_repository']} | {len(s['gps_images_referenced'])} | {rep} |")
    L += ["", "## GPS images referenced by a post", "",
          "| repository | image | metadata | referenced from | postlint |", "| --- | --- | --- | --- | --- |"]
    for s in result["repositories"]:
        for g in s["gps_images_referenced"]:
            L.append(f"| {s['name']} | `{g['image']}` | {g['metadata']} | "
                     + "<br>".join(f"`{r}`" for r in g["referenced_from"][:3])
                     + (f" (+{len(g['referenced_from']) - 3})" if len(g["referenced_from"]) > 3 else "")
                     + f" | {'; '.join(sorted(set(g['postlint'])))} |")
    args.out.with_suffix(".md").write_text("\n".join(L) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
