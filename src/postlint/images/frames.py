"""JPEG files that hold more than one picture: a phone's multi-picture file (MPO: the photo, then a depth
map or a second view, indexed by an APP2 "MPF" segment) or a JPEG with another one appended. Every picture
carries its own EXIF, GPS included; cleaning only the first one and saying "removed GPS position" would
leave the position in the second.

Here every picture is cleaned in place without changing the file's size: EXIF is edited as for a single
JPEG (`postlint.images.tiff`), and an XMP, IPTC or damaged EXIF segment that must go becomes a comment
segment (COM) of the same length filled with zeros. The offsets and sizes the MPF index records stay
right. The result is then read again, picture by picture; if a GPS block is still there, or a picture
cannot be followed, nothing is written and the file is refused with the reason.
"""
from __future__ import annotations

import struct

from postlint.images.exif import GPS_IFD, XMP_EXT_SIG, XMP_SIG, xmp_sensitive
from postlint.images.tiff import StripError, Tiff, clean_tiff, iptc_sensitive


def jpeg_end(data: bytes | bytearray, start: int) -> int | None:
    """Offset just past the end-of-image marker of the JPEG starting at `start` (segments, then each
    scan's entropy-coded data up to the next marker that is not byte stuffing or a restart), or None when
    the structure cannot be followed."""
    pos, n = start + 2, len(data)
    while True:
        if pos + 2 > n or data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0xD9:
            return pos + 2
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 2
            continue
        if pos + 4 > n:
            return None
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if length < 2 or pos + 2 + length > n:
            return None
        pos += 2 + length
        if marker == 0xDA:
            while True:
                i = data.find(b"\xff", pos)
                if i == -1 or i + 1 >= n:
                    return None
                nxt = data[i + 1]
                if nxt == 0x00 or 0xD0 <= nxt <= 0xD7:
                    pos = i + 2
                elif nxt == 0xFF:
                    pos = i + 1
                else:
                    pos = i
                    break


def frame_starts(data: bytes | bytearray, first_end: int) -> list[int]:
    """Offsets of the pictures: 0, then every JPEG found after the previous one's end."""
    starts, pos = [0], first_end
    while (i := data.find(b"\xff\xd8\xff", pos)) != -1:
        end = jpeg_end(data, i)
        if end is None:
            raise StripError(f"picture {len(starts) + 1} of this multi-picture JPEG cannot be read, so its "
                             "metadata (GPS included) cannot be removed; the file is left unchanged")
        starts.append(i)
        pos = end
    return starts


def strip_frames(data: bytes, first_end: int, everything: bool) -> tuple[bytes, list[str]]:
    buf = bytearray(data)
    starts = frame_starts(data, first_end)
    removed: list[str] = []
    for k, start in enumerate(starts, 1):
        names = _clean_frame(buf, start, everything)
        removed += names if k == 1 else [f"picture {k}: {n}" for n in names]
    out = bytes(buf)
    for k, start in enumerate(starts, 1):
        if _has_gps(out, start):
            raise StripError(f"the GPS position of picture {k} of this multi-picture JPEG could not be removed; "
                             "the file is left unchanged")
    return out, removed


def _segments(buf: bytes | bytearray, start: int):
    """(marker, segment start, segment end) of one picture's header segments, up to its first scan."""
    pos = start + 2
    while True:
        if pos + 4 > len(buf) or buf[pos] != 0xFF:
            raise StripError("malformed JPEG (segment marker expected)")
        marker = buf[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xDA, 0xD9):
            return
        length = struct.unpack(">H", buf[pos + 2:pos + 4])[0]
        end = pos + 2 + length
        if length < 2 or end > len(buf):
            raise StripError("malformed JPEG (segment length)")
        yield marker, pos, end
        pos = end


def _blank(buf: bytearray, start: int, end: int) -> None:
    """Turn a segment into a comment of the same length holding only zeros."""
    buf[start + 1] = 0xFE
    buf[start + 4:end] = bytes(end - start - 4)


def _clean_frame(buf: bytearray, start: int, everything: bool) -> list[str]:
    removed: list[str] = []
    extended: list[tuple[int, int]] = []
    drop_extended = everything
    for marker, pos, end in list(_segments(buf, start)):
        body = bytes(buf[pos + 4:end])
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            try:
                removed += clean_tiff(buf, pos + 10, end, everything)
            except StripError:
                _blank(buf, pos, end)
                removed.append("damaged EXIF block")
        elif marker == 0xE1 and body.startswith(XMP_SIG):
            found = xmp_sensitive(body[len(XMP_SIG):])
            if everything or found:
                _blank(buf, pos, end)
                drop_extended = True
                removed.append("XMP packet (" + (", ".join(sorted({n for _, n, _ in found})) or "all") + ")")
        elif marker == 0xE1 and body.startswith(XMP_EXT_SIG):
            extended.append((pos, end))
            drop_extended = drop_extended or bool(xmp_sensitive(body))
        elif marker == 0xED and body.startswith(b"Photoshop 3.0\x00") and (everything or iptc_sensitive(body)):
            _blank(buf, pos, end)
            removed.append("IPTC block" if everything else "IPTC block (City, Sublocation)")
    if drop_extended and extended:
        for pos, end in extended:
            _blank(buf, pos, end)
        removed.append("extended XMP")
    return removed


def _has_gps(data: bytes, start: int) -> bool:
    """Does the picture at `start` still have a GPS block in its EXIF (read independently of the edit)?"""
    try:
        for marker, pos, end in _segments(data, start):
            if marker == 0xE1 and data[pos + 4:pos + 10] == b"Exif\x00\x00":
                t = Tiff(bytearray(data[pos + 10:end]), 0, end - pos - 10)
                if any(tag == GPS_IFD for tag, *_ in t.entries(t.u32(4))):
                    return True
    except StripError:
        return True  # unreadable now: do not claim it is clean
    return False
