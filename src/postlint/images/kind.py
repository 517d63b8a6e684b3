"""What kind of picture a file is — a photograph, or a drawn graphic (screenshot, chart, logo, slide, icon) — from
the file itself, read with Pillow (imported on first use). Used by the image-credit rules: a photograph needs its
photographer named; the organisation's own screenshot or chart does not.

The evidence, strongest first:
- a camera's EXIF (Make, Model, ExposureTime, FNumber): a photograph;
- an SVG or icon file, a tiny picture (an icon, an emoji), a palette or animated image, a screenshot tool's or a
  design tool's name in the metadata (macOS "Screenshot", Snagit, Canva, Figma, PowerPoint…): a graphic;
- flat colour: in a photograph, even a plain wall or sky varies from pixel to pixel; a screenshot, a chart or a
  slide has large areas of one exact colour (more than a third of the picture, measured on a small copy).
Anything else is "continuous": continuous tone, most likely a photograph or a picture with photographs in it.
A file that cannot be read is "unknown". Nothing here decides what a rule reports: it only says what was seen.
"""
from __future__ import annotations

import os
import warnings
from collections import Counter
from functools import lru_cache

from msgspec import Struct

from postlint.images.exif import EXIF_IFD, xmp_bytes

# tools that make screenshots, slides and designed graphics (EXIF Software, XMP CreatorTool, PNG Software)
_SCREENSHOT_TOOLS = ("screenshot", "screen shot", "capture d", "snagit", "skitch", "greenshot", "shutter", "sharex",
                     "lightshot", "flameshot", "spectacle")
_GRAPHIC_TOOLS = ("canva", "figma", "sketch", "powerpoint", "keynote",
                  "google slides", "illustrator", "matplotlib", "ggplot", "plotly", "graphviz", "mermaid", "excel",
                  "tableau", "datawrapper", "infogram", "piktochart", "imageready")
_CAMERA_TAGS = (0x010F, 0x0110)  # Make, Model (IFD0)
_SHOT_TAGS = (0x829A, 0x829D, 0x8827, 0x920A)  # ExposureTime, FNumber, ISO, FocalLength (Exif IFD)
FLAT_SHARE = 0.35  # share of a small copy's pixels that are one exact colour, above which it is drawn
ICON_SIDE = 96  # pixels: a picture this small on its longest side is an icon, an emoji or a badge


class PictureKind(Struct, frozen=True):
    kind: str  # photo | graphic | continuous | unknown
    why: str = ""  # what was seen, for a message or a test: "camera EXIF (Canon EOS 6D)", "flat colour (62 %)"
    flat: bool = False  # a graphic by its flat colour alone (weaker evidence than a tool, an icon's size, a palette)


def picture_kind(path: str) -> PictureKind:
    """The kind of the picture at `path` (a local file); memoised per file version."""
    try:
        st = os.stat(path)
    except OSError:
        return PictureKind("unknown", "not found")
    return _kind(path, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=2048)
def _kind(path: str, _mtime: int, _size: int) -> PictureKind:
    low = path.lower()
    if low.endswith((".svg", ".svgz", ".ico")):
        return PictureKind("graphic", "vector or icon file")
    try:
        from PIL import Image

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as im:
                return _inspect(im)
    except Exception:  # an unreadable or damaged file is no evidence either way
        return PictureKind("unknown", "unreadable")


def _inspect(im) -> PictureKind:
    camera = _camera(im)
    if camera:
        return PictureKind("photo", f"camera EXIF ({camera})")
    if max(im.size) <= ICON_SIDE:
        return PictureKind("graphic", f"icon size ({im.size[0]}×{im.size[1]})")
    tool = _graphic_tool(im)
    if tool in _SCREENSHOT_TOOLS and (share := flat_share(im)) < 0.1:
        return PictureKind("continuous", f"screenshot of a continuous-tone picture ({round(share * 100)} % one colour)")
    if tool:
        return PictureKind("graphic", f"made with {tool}")
    if getattr(im, "is_animated", False) and getattr(im, "n_frames", 1) > 1:
        return PictureKind("graphic", "animation")
    if im.mode in ("P", "PA", "1"):
        return PictureKind("graphic", "palette image")
    share = flat_share(im)  # decoding the pixels: only when nothing cheaper has decided
    if share >= FLAT_SHARE:
        return PictureKind("graphic", f"flat colour ({round(share * 100)} % one colour)", flat=True)
    return PictureKind("continuous", f"continuous tone ({round(share * 100)} % one colour)")


def _camera(im) -> str:
    try:
        exif = im.getexif()
    except Exception:  # damaged EXIF: no camera evidence
        return ""
    names = [str(exif.get(t)).strip("\x00 ") for t in _CAMERA_TAGS if exif.get(t)]
    if names:
        return " ".join(dict.fromkeys(n for n in names if n))[:60]
    try:
        shot = exif.get_ifd(EXIF_IFD)
    except Exception:
        return ""
    return "exposure settings" if any(shot.get(t) for t in _SHOT_TAGS[:2]) else ""


def _graphic_tool(im) -> str:
    texts = []
    try:
        texts.append(str(im.getexif().get(0x0131) or ""))  # Software
    except Exception:
        pass
    for key in ("Software", "software", "Comment", "comment", "Description", "Title"):
        value = im.info.get(key)
        if isinstance(value, (str, bytes)):
            texts.append(value.decode("latin-1") if isinstance(value, bytes) else value)
    xmp = xmp_bytes(im)
    if xmp:
        texts.append(xmp[:20000].decode("utf-8", "replace"))
    low = " ".join(texts).lower()
    return next((t for t in _SCREENSHOT_TOOLS + _GRAPHIC_TOOLS if t in low), "")


def flat_share(im) -> float:
    """The share of pixels of a small copy (at most 128 pixels a side) that have the single most common colour."""
    if im.format == "JPEG":
        im.draft("RGB", (256, 256))  # decode at 1/2…1/8 scale: fast on large photographs
    rgb = im.convert("RGBA" if "A" in im.getbands() else "RGB")
    rgb.thumbnail((128, 128))
    pixels = list(rgb.getdata()) if not hasattr(rgb, "get_flattened_data") else list(rgb.get_flattened_data())
    if not pixels:
        return 0.0
    return Counter(pixels).most_common(1)[0][1] / len(pixels)
