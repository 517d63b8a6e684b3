"""Remove location and identity metadata from an image's bytes, without re-encoding the picture.

In a JPEG only the APP1 (EXIF, XMP) and APP13 (IPTC) segments change and the entropy-coded data is copied
as is; in a PNG the eXIf chunk is edited and XMP/raw-profile text chunks are dropped; in a WebP the EXIF
chunk is edited and the XMP chunk dropped. EXIF is edited in place: the removed entries leave their IFD and
their values are overwritten with zeros, so every other offset stays valid and the orientation and camera
settings survive. What counts as sensitive is defined once, in `postlint.images.exif` (which reads it). This
module is long because the three container formats and the TIFF structure each need their own careful,
bounds-checked walker.
"""
from __future__ import annotations

import struct
import zlib

from msgspec import Struct, field

from postlint.images.exif import (EXIF_IFD, GPS_IFD, IDENTIFYING_EXIF, IDENTIFYING_IFD0, INTEROP_IFD, IPTC_SENSITIVE,
                                  XMP_EXT_SIG, XMP_SIG, degrees, xmp_sensitive)
from postlint.core.files import write_atomic

# removed by strip besides the above: the vendor blob (can hold serials) and the unique image id
STRIP_EXIF_EXTRA = {0x927C: "MakerNote", 0xA420: "ImageUniqueID"}
KEEP_IFD0_ALL = {0x0112, 0x011A, 0x011B, 0x0128, 0x0213, EXIF_IFD}  # --all keeps orientation, resolution
KEEP_EXIF_ALL = {0x9000, 0xA000, 0xA001, 0xA002, 0xA003, 0x9101}


class StripError(Exception):
    """The file cannot be cleaned (unsupported format, malformed structure, I/O error)."""


class StripResult(Struct):
    path: str
    removed: list[str] = field(default_factory=list)
    changed: bool = False


TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8, 17: 8, 18: 8}


class _Tiff:
    """In-place editor of a TIFF structure (an EXIF block) inside `buf[start:end]`."""

    def __init__(self, buf: bytearray, start: int, end: int):
        self.buf, self.t0, self.end = buf, start, end
        order = bytes(buf[start:start + 2])
        if order not in (b"II", b"MM"):
            raise StripError("EXIF block has no TIFF header")
        self.e = "<" if order == b"II" else ">"
        if self.u16(0 + 2) != 42:
            raise StripError("EXIF block has a bad TIFF header")
        self.removed: list[str] = []

    def _check(self, off: int, size: int) -> int:
        a = self.t0 + off
        if off < 0 or a + size > self.end:
            raise StripError("EXIF offset out of bounds")
        return a

    def u16(self, off: int) -> int:
        return struct.unpack_from(self.e + "H", self.buf, self._check(off, 2))[0]

    def u32(self, off: int) -> int:
        return struct.unpack_from(self.e + "I", self.buf, self._check(off, 4))[0]

    def entries(self, off: int) -> list[tuple[int, int, int, int, int]]:
        n = self.u16(off)
        self._check(off + 2, 12 * n)
        out = []
        for i in range(n):
            p = off + 2 + 12 * i
            tag, typ = struct.unpack_from(self.e + "HH", self.buf, self.t0 + p)
            count, value = struct.unpack_from(self.e + "II", self.buf, self.t0 + p + 4)
            out.append((tag, typ, count, value, p))
        return out

    def _zero(self, off: int, size: int) -> None:
        if size > 0 and off >= 0 and self.t0 + off + size <= self.end:
            self.buf[self.t0 + off:self.t0 + off + size] = bytes(size)

    def _wipe_value(self, typ: int, count: int, value: int) -> None:
        size = TYPE_SIZES.get(typ, 0) * count
        if size > 4:
            self._zero(value, size)

    def wipe_ifd(self, off: int, seen: set) -> None:
        if off in seen or off <= 0:
            return
        seen.add(off)
        entries = self.entries(off)
        for tag, typ, count, value, _ in entries:
            if tag in (EXIF_IFD, GPS_IFD, INTEROP_IFD):
                self.wipe_ifd(value, seen)
            elif tag == 0x0201:  # thumbnail JPEG: its offset, with the length in 0x0202
                length = next((v for t, _, _, v, _ in entries if t == 0x0202), 0)
                self._zero(value, length)
            self._wipe_value(typ, count, value)
        self._zero(off, 2 + 12 * len(entries) + 4)

    def prune(self, off: int, drop) -> list[tuple[int, int, int, int, int]]:
        """Remove the entries for which drop(tag) is true; returns them (values not yet wiped)."""
        entries = self.entries(off)
        keep = [e for e in entries if not drop(e[0])]
        gone = [e for e in entries if drop(e[0])]
        if not gone:
            return []
        old_len = 2 + 12 * len(entries)
        has_next = self.t0 + off + old_len + 4 <= self.end
        nxt = self.u32(off + old_len) if has_next else 0
        rows = b"".join(bytes(self.buf[self.t0 + e[4]:self.t0 + e[4] + 12]) for e in keep)
        block = struct.pack(self.e + "H", len(keep)) + rows + (struct.pack(self.e + "I", nxt) if has_next else b"")
        total = old_len + (4 if has_next else 0)
        self.buf[self.t0 + off:self.t0 + off + total] = block + bytes(total - len(block))
        return gone

    def set_next(self, off: int, value: int) -> None:
        n = self.u16(off)
        p = self._check(off + 2 + 12 * n, 4)
        struct.pack_into(self.e + "I", self.buf, p, value)


def _gps_summary(t: _Tiff, off: int) -> str:
    """The position held by a GPS IFD, rounded to about 1 km, for the report."""
    try:
        vals: dict[int, object] = {}
        for tag, typ, count, value, pos in t.entries(off):
            if tag in (1, 3) and typ == 2:
                vals[tag] = chr(t.buf[t.t0 + pos + 8])
            elif tag in (2, 4) and typ == 5 and count == 3:
                nums = [t.u32(value + 4 * i) for i in range(6)]
                vals[tag] = tuple(nums[2 * i] / nums[2 * i + 1] for i in range(3) if nums[2 * i + 1])
        lat, lon = degrees(vals.get(2), vals.get(1)), degrees(vals.get(4), vals.get(3))
    except (StripError, struct.error, IndexError):
        return ""
    if lat is None or lon is None:
        return ""
    return f"≈ {abs(lat):.2f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.2f}° {'E' if lon >= 0 else 'W'}"


def _clean_tiff(buf: bytearray, start: int, end: int, everything: bool) -> list[str]:
    t = _Tiff(buf, start, end)
    ifd0 = t.u32(4)
    seen: set = set()
    names0 = {**IDENTIFYING_IFD0, GPS_IFD: "GPS"}
    gone = t.prune(ifd0, (lambda tag: tag not in KEEP_IFD0_ALL) if everything else (lambda tag: tag in names0))
    for tag, typ, count, value, _ in gone:
        if tag == GPS_IFD:
            where = _gps_summary(t, value)
            t.wipe_ifd(value, seen)
            t.removed.append(f"GPS position ({where})" if where else "GPS block")
        elif tag == INTEROP_IFD:
            t.wipe_ifd(value, seen)
        else:
            t._wipe_value(typ, count, value)
            t.removed.append(names0.get(tag, f"IFD0 tag 0x{tag:04X}"))
    exif_off = next((e[3] for e in t.entries(ifd0) if e[0] == EXIF_IFD), None)
    if exif_off:
        names = {**IDENTIFYING_EXIF, **STRIP_EXIF_EXTRA}
        gone = t.prune(exif_off, (lambda tag: tag not in KEEP_EXIF_ALL) if everything else (lambda tag: tag in names))
        for tag, typ, count, value, _ in gone:
            if tag == INTEROP_IFD:
                t.wipe_ifd(value, seen)
                continue
            t._wipe_value(typ, count, value)
            t.removed.append(names.get(tag, f"Exif tag 0x{tag:04X}"))
    # the thumbnail (IFD1) may show the picture before cropping or blurring: it goes when anything does
    n0 = t.u16(ifd0)
    if (t.removed or everything) and t.t0 + ifd0 + 2 + 12 * n0 + 4 <= end:
        ifd1 = t.u32(ifd0 + 2 + 12 * n0)
        if ifd1:
            t.wipe_ifd(ifd1, seen)
            t.set_next(ifd0, 0)
            t.removed.append("thumbnail")
    return t.removed


def _iptc_sensitive(payload: bytes) -> bool:
    """Does a Photoshop APP13 payload hold an IPTC city or sub-location?"""
    i = payload.find(b"8BIM\x04\x04")
    while i != -1:
        j = i + 6
        if j + 1 > len(payload):
            return False
        name_len = payload[j]
        j += 1 + name_len + ((1 + name_len) % 2)
        if j + 4 > len(payload):
            return False
        size = struct.unpack(">I", payload[j:j + 4])[0]
        data = payload[j + 4:j + 4 + size]
        k = 0
        while k + 5 <= len(data) and data[k] == 0x1C:
            rec, ds, ln = data[k + 1], data[k + 2], struct.unpack(">H", data[k + 3:k + 5])[0]
            if (rec, ds) in IPTC_SENSITIVE and data[k + 5:k + 5 + ln].strip():
                return True
            k += 5 + (ln & 0x7FFF)
        i = payload.find(b"8BIM\x04\x04", j)
    return False


def strip_jpeg(data: bytes, everything: bool = False) -> tuple[bytes, list[str]]:
    if data[:2] != b"\xff\xd8":
        raise StripError("not a JPEG file")
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
