"""The in-place editor of a TIFF structure (an EXIF block) that `postlint.images.strip` and
`postlint.images.frames` use: removed entries leave their IFD and their values are overwritten with zeros,
so every other offset stays valid and the block keeps its size.
"""
from __future__ import annotations

import struct

from postlint.images.exif import (EXIF_IFD, GPS_IFD, IDENTIFYING_EXIF, IDENTIFYING_IFD0, INTEROP_IFD, IPTC_SENSITIVE,
                                  degrees)

# removed by strip besides the above: the vendor blob (can hold serials) and the unique image id
STRIP_EXIF_EXTRA = {0x927C: "MakerNote", 0xA420: "ImageUniqueID"}
KEEP_IFD0_ALL = {0x0112, 0x011A, 0x011B, 0x0128, 0x0213, EXIF_IFD}  # --all keeps orientation, resolution
KEEP_EXIF_ALL = {0x9000, 0xA000, 0xA001, 0xA002, 0xA003, 0x9101}


class StripError(Exception):
    """The file cannot be cleaned (unsupported format, malformed structure, I/O error)."""


TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8, 17: 8, 18: 8}


class Tiff:
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
        """Zero an IFD, its values and the IFDs it points to (a stack, not recursion: a crafted chain of
        thousands of IFDs must not exhaust Python's stack)."""
        todo = [off]
        while todo:
            off = todo.pop()
            if off in seen or off <= 0:
                continue
            seen.add(off)
            entries = self.entries(off)
            for tag, typ, count, value, _ in entries:
                if tag in (EXIF_IFD, GPS_IFD, INTEROP_IFD):
                    todo.append(value)
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


def gps_summary(t: Tiff, off: int) -> str:
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


def clean_tiff(buf: bytearray, start: int, end: int, everything: bool) -> list[str]:
    t = Tiff(buf, start, end)
    ifd0 = t.u32(4)
    seen: set = set()
    names0 = {**IDENTIFYING_IFD0, GPS_IFD: "GPS"}
    gone = t.prune(ifd0, (lambda tag: tag not in KEEP_IFD0_ALL) if everything else (lambda tag: tag in names0))
    for tag, typ, count, value, _ in gone:
        if tag == GPS_IFD:
            where = gps_summary(t, value)
            t.wipe_ifd(value, seen)
            t.removed.append(f"GPS position ({where})" if where else "GPS block")
        elif tag == INTEROP_IFD:
            t.wipe_ifd(value, seen)
        else:
            t._wipe_value(typ, count, value)
            t.removed.append(names0.get(tag) or tag_name(tag, "IFD0"))
    exif_off = next((e[3] for e in t.entries(ifd0) if e[0] == EXIF_IFD), None)
    if exif_off:
        names = {**IDENTIFYING_EXIF, **STRIP_EXIF_EXTRA}
        gone = t.prune(exif_off, (lambda tag: tag not in KEEP_EXIF_ALL) if everything else (lambda tag: tag in names))
        for tag, typ, count, value, _ in gone:
            if tag == INTEROP_IFD:
                t.wipe_ifd(value, seen)
                continue
            t._wipe_value(typ, count, value)
            t.removed.append(names.get(tag) or tag_name(tag, "Exif"))
    # the thumbnail (IFD1) may show the picture before cropping or blurring: it goes when anything does
    n0 = t.u16(ifd0)
    if (t.removed or everything) and t.t0 + ifd0 + 2 + 12 * n0 + 4 <= end:
        ifd1 = t.u32(ifd0 + 2 + 12 * n0)
        if ifd1:
            t.wipe_ifd(ifd1, seen)
            t.set_next(ifd0, 0)
            t.removed.append("thumbnail")
    return t.removed


def tag_name(tag: int, ifd: str) -> str:
    """Pillow's name of an EXIF tag ("Make", "DateTimeOriginal"), else "IFD0 tag 0x010F"."""
    from PIL import ExifTags

    return ExifTags.TAGS.get(tag) or f"{ifd} tag 0x{tag:04X}"


def iptc_sensitive(payload: bytes) -> bool:
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
