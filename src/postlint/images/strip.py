"""Remove location and identity metadata from an image's bytes, without re-encoding the picture.

In a JPEG only the APP1 (EXIF, XMP) and APP13 (IPTC) segments change and the entropy-coded data is copied
as is; in a PNG the eXIf chunk is edited and XMP/raw-profile text chunks are dropped; in a WebP the EXIF
chunk is edited and the XMP chunk dropped. EXIF is edited in place: the removed entries leave their IFD and
their values are overwritten with zeros, so every other offset stays valid and the orientation and camera
settings survive. What counts as sensitive is defined once, in `postlint.images.exif` (which reads it). This
module is long because the three container formats and the TIFF structure each need their own careful,
bounds-checked walker; the TIFF editor is `postlint.images.tiff`, the pictures after the first one of a
multi-picture JPEG are `postlint.images.frames`'.
"""
from __future__ import annotations

import struct
import zlib

from msgspec import Struct, field

from postlint.core.files import write_atomic
from postlint.images.exif import XMP_EXT_SIG, XMP_SIG, xmp_sensitive
from postlint.images.frames import jpeg_end, strip_frames
# the TIFF (EXIF) editor lives in postlint.images.tiff; StripError is re-exported for callers
from postlint.images.tiff import StripError, clean_tiff as _clean_tiff, iptc_sensitive as _iptc_sensitive

__all__ = ["StripError", "StripResult", "strip_bytes", "strip_file", "jpeg_end"]

class StripResult(Struct):
    path: str
    removed: list[str] = field(default_factory=list)
    changed: bool = False


def strip_jpeg(data: bytes, everything: bool = False) -> tuple[bytes, list[str]]:
    if data[:2] != b"\xff\xd8":
        raise StripError("not a JPEG file")
    end = jpeg_end(data, 0)
    if end is not None and data.find(b"\xff\xd8\xff", end) != -1:
        # a phone's multi-picture file (MPO) or a JPEG with another appended: each picture has its own
        # metadata, GPS included, and is cleaned too (postlint.images.frames)
        return strip_frames(data, end, everything)
    out = bytearray(data[:2])
    removed: list[str] = []
    pos, drop_ext_xmp = 2, everything
    pending: list[tuple[int, int]] = []  # extended XMP segments, decided once the main packet is seen
    while True:
        if pos + 4 > len(data) or data[pos] != 0xFF:
            raise StripError("malformed JPEG (segment marker expected)")
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xDA, 0xD9):  # start of scan / end of image: the rest is copied untouched
            break
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        seg_end = pos + 2 + length
        if length < 2 or seg_end > len(data):
            raise StripError("malformed JPEG (segment length)")
        seg = bytearray(data[pos:seg_end])
        body = bytes(seg[4:])
        keep = True
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            try:
                names = _clean_tiff(seg, 10, len(seg), everything)
            except StripError:
                keep, names = False, ["damaged EXIF block"]
            removed += names
        elif marker == 0xE1 and body.startswith(XMP_SIG):
            found = xmp_sensitive(body[len(XMP_SIG):])
            if everything or found:
                keep, drop_ext_xmp = False, True
                removed.append("XMP packet (" + (", ".join(sorted({n for _, n, _ in found})) or "all") + ")")
        elif marker == 0xE1 and body.startswith(XMP_EXT_SIG):
            pending.append((len(out), seg_end - pos))
            if xmp_sensitive(body):
                drop_ext_xmp = True
        elif marker == 0xED and body.startswith(b"Photoshop 3.0\x00"):
            if everything or _iptc_sensitive(body):
                keep = False
                removed.append("IPTC block (City, Sublocation)" if not everything else "IPTC block")
        if keep:
            out += seg
        pos = seg_end
    if drop_ext_xmp and pending:
        for at, size in reversed(pending):
            del out[at:at + size]
        removed.append("extended XMP")
    out += data[pos:]
    return bytes(out), removed


def strip_png(data: bytes, everything: bool = False) -> tuple[bytes, list[str]]:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise StripError("not a PNG file")
    out, removed, pos = bytearray(data[:8]), [], 8
    while pos + 12 <= len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        ctype = data[pos + 4:pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise StripError("malformed PNG (chunk length)")
        body = bytearray(data[pos + 8:pos + 8 + length])
        keep, chunk = True, data[pos:end]
        if ctype == b"eXIf":
            start = 6 if body.startswith(b"Exif\x00\x00") else 0
            try:
                names = _clean_tiff(body, start, len(body), everything)
            except StripError:
                keep, names = False, ["damaged EXIF block"]
            if names and keep:
                crc = struct.pack(">I", zlib.crc32(ctype + bytes(body)) & 0xFFFFFFFF)
                chunk = data[pos:pos + 8] + bytes(body) + crc
            removed += names
        elif ctype in (b"iTXt", b"tEXt", b"zTXt"):
            keyword = bytes(body.split(b"\x00", 1)[0])
            if keyword == b"XML:com.adobe.xmp" or keyword.startswith(b"Raw profile type "):
                text = _png_text(ctype, bytes(body))
                if everything or xmp_sensitive(text) or (keyword.startswith(b"Raw profile type ")
                                                         and _raw_profile_sensitive(text)):
                    keep = False
                    removed.append(keyword.decode("latin-1") + " text chunk")
        if keep:
            out += chunk
        pos = end
        if ctype == b"IEND":
            break
    out += data[pos:]
    return bytes(out), removed


def _png_text(ctype: bytes, body: bytes) -> bytes:
    try:
        keyword, rest = body.split(b"\x00", 1)
        if ctype == b"tEXt":
            return rest
        if ctype == b"zTXt":
            return zlib.decompress(rest[1:])
        compressed, rest = rest[0], rest[2:]
        _lang, rest = rest.split(b"\x00", 1)
        _tkw, text = rest.split(b"\x00", 1)
        return zlib.decompress(text) if compressed else text
    except Exception:
        return b""


def _raw_profile_sensitive(text: bytes) -> bool:
    """ImageMagick's hex "Raw profile type exif/app1" text: does it carry GPS or serials?"""
    try:
        lines = text.decode("latin-1").split("\n")
        blob = bytearray(bytes.fromhex("".join(lines[3:])))
        start = 6 if blob.startswith(b"Exif\x00\x00") else 0
        return bool(_clean_tiff(blob, start, len(blob), False)) or bool(xmp_sensitive(bytes(blob)))
    except Exception:
        return bool(xmp_sensitive(text))


def strip_webp(data: bytes, everything: bool = False) -> tuple[bytes, list[str]]:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise StripError("not a WebP file")
    chunks, removed, pos = [], [], 12
    dropped_xmp = dropped_exif = False
    while pos + 8 <= len(data):
        fourcc, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        end = pos + 8 + size + (size & 1)
        if pos + 8 + size > len(data):
            raise StripError("malformed WebP (chunk size)")
        chunk = bytearray(data[pos:min(end, len(data))])
        if fourcc == b"EXIF":
            start = 8 + (6 if chunk[8:14] == b"Exif\x00\x00" else 0)
            try:
                removed += _clean_tiff(chunk, start, 8 + size, everything)
            except StripError:
                chunk, dropped_exif = bytearray(), True
                removed.append("damaged EXIF block")
        elif fourcc == b"XMP ":
            found = xmp_sensitive(bytes(chunk[8:8 + size]))
            if everything or found:
                chunk, dropped_xmp = bytearray(), True
                removed.append("XMP packet (" + (", ".join(sorted({n for _, n, _ in found})) or "all") + ")")
        chunks.append(chunk)
        pos = end
    for c in chunks:  # clear the VP8X flags of dropped chunks
        if c[:4] == b"VP8X" and len(c) > 8:
            c[8] &= ~((0x04 if dropped_xmp else 0) | (0x08 if dropped_exif else 0)) & 0xFF
    body = b"WEBP" + b"".join(bytes(c) for c in chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body, removed


def strip_bytes(data: bytes, everything: bool = False) -> tuple[bytes, list[str]]:
    if data[:2] == b"\xff\xd8":
        return strip_jpeg(data, everything)
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return strip_png(data, everything)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return strip_webp(data, everything)
    raise StripError("unsupported format (JPEG, PNG and WebP can be cleaned)")


def strip_file(path: str, *, everything: bool = False, dry_run: bool = False) -> StripResult:
    """Remove GPS and identifying metadata from `path` in place (atomically); pixels untouched."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as e:
        raise StripError(e.strerror or str(e)) from None
    new, removed = strip_bytes(data, everything)
    result = StripResult(path, removed, changed=new != data)
    if result.changed and not dry_run:
        try:
            write_atomic(path, new)
        except OSError as e:
            raise StripError(f"cannot write: {e.strerror or e}") from None
    return result
