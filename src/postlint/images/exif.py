"""Image metadata that can locate or identify people, read with Pillow (imported on first use).

`read_metadata` finds the EXIF GPS IFD, the camera owner and serial numbers, XMP location/contact/serial
fields, IPTC-IIM city and sub-location. The tags and fields named here are also what
`postlint.images.strip` removes (`postlint strip-metadata`), so finding and removing agree.
"""
from __future__ import annotations

import math
import os
import stat
import warnings
from typing import Any
from urllib.parse import unquote

from msgspec import Struct, field

GPS_IFD, EXIF_IFD, INTEROP_IFD = 0x8825, 0x8769, 0xA005
GPS_POSITION_TAGS = {1, 2, 3, 4, 0x13, 0x14, 0x15, 0x16}
IDENTIFYING_EXIF = {0xA430: "CameraOwnerName", 0xA431: "BodySerialNumber", 0xA435: "LensSerialNumber"}
IDENTIFYING_IFD0 = {0xC62F: "CameraSerialNumber"}
XMP_SENSITIVE = {
    "GPSLatitude": "gps", "GPSLongitude": "gps", "GPSDestLatitude": "gps", "GPSDestLongitude": "gps",
    "GPSAreaInformation": "location", "City": "location", "Sublocation": "location", "Location": "location",
    "CiAdrExtadr": "contact", "CiAdrCity": "contact", "CiTelWork": "contact", "CiEmailWork": "contact",
    "SerialNumber": "serial", "LensSerialNumber": "serial", "BodySerialNumber": "serial",
    "OwnerName": "owner", "CameraOwnerName": "owner",
}
IPTC_SENSITIVE = {(2, 90): "City", (2, 92): "Sublocation"}
XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"
NO_METADATA_SUFFIXES = (".svg", ".svgz")


class ImageMetadata(Struct):
    path: str
    status: str = "ok"  # ok | missing | outside | unreadable | unsupported | damaged | skipped
    detail: str = ""
    format: str | None = None
    gps: tuple[float, float] | None = None
    gps_undecoded: bool = False  # GPS position tags present, position not decodable
    gps_error: float | None = None  # metres: the camera's own horizontal uncertainty (GPSHPositioningError)
    identifying: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, tag, value)


# --------------------------------------------------------------------------------------- locating
def project_root(base_dir: str, config_root: str | None) -> str:
    """The folder images may be read from: the config's folder (when the draft is inside it: a `--config`
    kept elsewhere does not count), else the repository, else the cwd (when the draft is inside it),
    else the draft's own folder."""
    here = os.path.realpath(base_dir)
    if config_root and _inside(here, os.path.realpath(config_root)):
        return os.path.realpath(config_root)
    d = here
    while True:
        if any(os.path.exists(os.path.join(d, vcs)) for vcs in (".git", ".hg", ".svn")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    cwd = os.path.realpath(os.getcwd())
    return cwd if _inside(here, cwd) else here


def _inside(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:
        return False


def locate(src: str, base_dir: str, root: str) -> tuple[str | None, str]:
    """Resolve an image reference: (real path, "ok") or (None|path, "missing"|"outside")."""
    raw = src.strip()
    if "\x00" in raw:  # no file name holds a NUL byte (and os functions raise on it)
        return None, "missing"
    candidates = []
    bare = raw.split("#", 1)[0].split("?", 1)[0]  # without query or fragment
    for s in dict.fromkeys([raw, bare, unquote(bare)]):
        if not s:
            continue
        if os.path.isabs(s):  # "/img/x.jpg": site-root relative first, then the literal path
            candidates += [os.path.join(root, s.lstrip("/\\")), s]
        else:
            candidates.append(os.path.join(base_dir, s))
    first_status, outside_file = None, False
    for c in candidates:
        real = os.path.realpath(c)
        if not _inside(real, root):
            first_status = first_status or "outside"
            outside_file = outside_file or os.path.lexists(c)
            continue
        if os.path.exists(real):
            return real, "ok"
        first_status = first_status or "missing"
    return None, "outside" if outside_file else first_status or "missing"


# --------------------------------------------------------------------------------------- reading
def read_metadata(path: str) -> ImageMetadata:
    """What a published copy of the image would reveal. Never raises."""
    meta = ImageMetadata(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        meta.status = "missing"
        return meta
    except OSError as e:
        meta.status, meta.detail = "unreadable", e.strerror or str(e)
        return meta
    if not stat.S_ISREG(st.st_mode):
        meta.status, meta.detail = "unreadable", "not a regular file"
        return meta
    if path.lower().endswith(NO_METADATA_SUFFIXES):
        meta.status = "skipped"
        return meta
    try:
        from PIL import Image, UnidentifiedImageError
    except ImportError:  # pragma: no cover - Pillow is a dependency
        meta.status, meta.detail = "unreadable", "Pillow is not installed"
        return meta
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with Image.open(path) as im:
                meta.format = im.format
                _read_exif(im, meta)
                _read_xmp(xmp_bytes(im), meta)
                _read_iptc(im, meta)
        except UnidentifiedImageError:
            meta.status = "unsupported"
            meta.detail = "HEIC/HEIF" if path.lower().endswith((".heic", ".heif")) else "not an image Pillow can read"
            return meta
        except Exception as e:  # truncated files, decompression bombs, odd tags
            meta.status, meta.detail = "unreadable", f"{type(e).__name__}: {e}"
            return meta
    problems = [str(w.message) for w in caught
                if any(k in str(w.message).lower() for k in ("exif", "corrupt", "truncat"))]
    if problems:
        meta.status, meta.detail = "damaged", problems[0].strip()
    return meta


def _read_exif(im, meta: ImageMetadata) -> None:
    exif = im.getexif()
    if not exif:
        return
    for tag, name in IDENTIFYING_IFD0.items():
        if exif.get(tag) and (value := _text(exif[tag])).strip():  # a field left blank (spaces, NULs) names nothing
            meta.identifying.append(("serial", name, value))
    if GPS_IFD in exif:
        gps = exif.get_ifd(GPS_IFD)
        if any(t in gps for t in GPS_POSITION_TAGS):
            pos = _position(gps, 2, 1, 4, 3) or _position(gps, 0x14, 0x13, 0x16, 0x15)
            if pos is None:
                meta.gps_undecoded = not _all_zero(gps)
            elif pos != (0.0, 0.0):  # a camera without a fix writes zeros
                meta.gps = pos
                meta.gps_error = _metres(gps.get(0x1F))
        if gps.get(0x1C):
            meta.identifying.append(("location", "GPSAreaInformation", _text(gps[0x1C])))
    if EXIF_IFD in exif:
        sub = exif.get_ifd(EXIF_IFD)
        for tag, name in IDENTIFYING_EXIF.items():
            if sub.get(tag) and (value := _text(sub[tag])).strip():
                meta.identifying.append(("owner" if tag == 0xA430 else "serial", name, value))


def _position(gps: dict, lat_tag: int, lat_ref: int, lon_tag: int, lon_ref: int) -> tuple[float, float] | None:
    lat, lon = degrees(gps.get(lat_tag), gps.get(lat_ref)), degrees(gps.get(lon_tag), gps.get(lon_ref))
    if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180:
        return None
    return lat, lon


def degrees(value: Any, ref: Any) -> float | None:
    """Signed decimal degrees from an EXIF GPS value (degrees, minutes, seconds) and its N/S/E/W reference."""
    try:
        parts = [float(v) for v in (value if isinstance(value, (tuple, list)) else (value,))]
        deg = sum(p / 60 ** i for i, p in enumerate(parts[:3]))
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if math.isnan(deg) or math.isinf(deg):
        return None
    ref = _text(ref).strip().upper()[:1]
    return -deg if ref in ("S", "W") else deg


def _metres(value: object) -> float | None:
    """GPSHPositioningError as a number of metres, None when absent or unreadable."""
    try:
        out = float(value)  # type: ignore[arg-type]  # a Pillow rational, an int or a float
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return out if out >= 0 and out == out else None


def _all_zero(gps: dict) -> bool:
    try:
        return all(float(v) == 0 for t in (2, 4) for v in (gps.get(t) or (0,)))
    except (TypeError, ValueError, ZeroDivisionError):
        return False


def _text(value) -> str:
    if isinstance(value, bytes):
        for prefix in (b"ASCII\x00\x00\x00", b"UNICODE\x00", b"\x00" * 8):
            if value.startswith(prefix):
                value = value[8:]
                break
        value = value.decode("utf-8", "replace")
    return str(value).strip("\x00 ").strip()


def xmp_bytes(im) -> bytes | None:
    """The XMP packet of an opened Pillow image (JPEG/PNG/WebP info, or TIFF tag 700), or None."""
    for key in ("xmp", "XML:com.adobe.xmp"):
        data = im.info.get(key)
        if data:
            return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    try:
        tag = getattr(im, "tag_v2", None)
        if tag is not None and 700 in tag:
            return bytes(tag[700])
    except Exception:
        pass
    return None


def _read_xmp(data: bytes | None, meta: ImageMetadata) -> None:
    for kind, name, value in xmp_sensitive(data):
        if kind == "gps":
            continue  # the position itself is read below
        meta.identifying.append((kind, name, value))
    lat, lon = _xmp_coord(data, "GPSLatitude"), _xmp_coord(data, "GPSLongitude")
    if lat is not None and lon is not None and meta.gps is None and (lat, lon) != (0.0, 0.0):
        meta.gps = (lat, lon)
    elif any(k == "gps" for k, _, _ in xmp_sensitive(data)) and meta.gps is None and (lat, lon) != (0.0, 0.0):
        meta.gps_undecoded = True


def xmp_sensitive(data: bytes | None) -> list[tuple[str, str, str]]:
    """(kind, field, value) of the XMP fields that locate or identify someone."""
    if not data:
        return []
    import regex

    text = data.decode("utf-8", "replace")
    out = []
    names = "|".join(XMP_SENSITIVE)
    # attribute form  ns:Name="value"  and element form  <ns:Name>value</ns:Name> (value may be an rdf:Alt);
    # only sensitive names are matched, so containers (LocationCreated…) are searched inside
    for m in regex.finditer(rf"""(?<![\w.:-])(?:[\w.-]+:)?({names})\s*=\s*(?:"([^"]*)"|'([^']*)')"""
                            rf"""|<(?:[\w.-]+:)?({names})\b[^>]*>(.*?)</(?:[\w.-]+:)?\4>""", text, regex.S):
        name = m.group(1) or m.group(4)
        value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(1) else m.group(5)
        value = regex.sub(r"<[^>]+>", " ", value or "")
        value = " ".join(value.split())
        if value:
            out.append((XMP_SENSITIVE[name], name, value))
    return out


def _xmp_coord(data: bytes | None, name: str) -> float | None:
    for _kind, field_name, value in xmp_sensitive(data):
        if field_name != name:
            continue
        import regex

        m = regex.fullmatch(r"\s*(\d{1,3})(?:,(\d{1,2}(?:\.\d+)?))?(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*", value)
        if m:
            deg = float(m.group(1)) + float(m.group(2) or 0) / 60 + float(m.group(3) or 0) / 3600
            return -deg if m.group(4) in "SW" else deg
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _read_iptc(im, meta: ImageMetadata) -> None:
    if im.format not in ("JPEG", "TIFF"):
        return
    try:
        from PIL import IptcImagePlugin

        info = IptcImagePlugin.getiptcinfo(im) or {}
    except Exception:
        return
    for key, name in IPTC_SENSITIVE.items():
        value = info.get(key)
        if isinstance(value, list):
            value = b"; ".join(value)
        if value:
            meta.identifying.append(("location", f"IPTC {name}", _text(value)))
