"""Whether a local video file has a sound track — a silent screen recording or animation has nothing to caption.

MP4, M4V and MOV: the `hdlr` box of each track in `moov` names its kind (`soun` for sound); the top-level boxes are
walked by their sizes, so only `moov` is read, wherever it is in the file. WebM and Matroska: an audio codec id
(`A_OPUS`, `A_VORBIS`, `A_AAC`…) in the track list near the start of the file. Anything else, or a damaged file:
None (unknown).
"""
from __future__ import annotations

import os
import struct
from functools import lru_cache

_MOOV_LIMIT = 64 * 1024 * 1024  # a moov box larger than this is not read (a damaged or unusual file)
_MKV_HEAD = 1024 * 1024  # Matroska's track list comes before the clusters, within the first megabyte


def has_audio(path: str) -> bool | None:
    """True when the video at `path` has a sound track, False when it has none, None when that cannot be told."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _has_audio(path, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=256)
def _has_audio(path: str, _mtime: int, size: int) -> bool | None:
    try:
        with open(path, "rb") as f:
            head = f.read(12)
            if head[:4] == b"\x1a\x45\xdf\xa3":  # EBML: WebM / Matroska
                f.seek(0)
                data = f.read(_MKV_HEAD)
                return any(c in data for c in (b"A_OPUS", b"A_VORBIS", b"A_AAC", b"A_MPEG", b"A_AC3", b"A_EAC3",
                                                b"A_FLAC", b"A_PCM"))
            if head[4:8] in (b"ftyp", b"moov", b"mdat", b"free", b"wide", b"skip"):
                return _mp4_audio(f, size)
    except OSError:
        return None
    return None


def _mp4_audio(f, size: int) -> bool | None:
    pos = 0
    while pos + 8 <= size:
        f.seek(pos)
        header = f.read(16)
        if len(header) < 8:
            return None
        box_size, kind = struct.unpack(">I4s", header[:8])
        head_len = 8
        if box_size == 1 and len(header) >= 16:
            box_size, head_len = struct.unpack(">Q", header[8:16])[0], 16
        elif box_size == 0:
            box_size = size - pos
        if box_size < head_len:
            return None
        if kind == b"moov":
            if box_size > _MOOV_LIMIT:
                return None
            f.seek(pos + head_len)
            moov = f.read(box_size - head_len)
            handlers = []
            at = moov.find(b"hdlr")
            while at >= 0:
                handlers.append(moov[at + 12:at + 16])
                at = moov.find(b"hdlr", at + 4)
            if not handlers:
                return None
            return b"soun" in handlers
        pos += box_size
    return None
