"""Reading drafts and writing files safely.

Reading: only regular files, at most MAX_DRAFT_BYTES (a FIFO, `/dev/zero` or a 50 MB file is refused with
a message, never read for ever). Writing: a reader never sees a half-written file, a failed write leaves the
old one, a symbolic link stays a link (its target is replaced), and a file that changed since it was read
(an editor saved it during the run) is not overwritten.
"""
from __future__ import annotations

import os
import stat

from postlint.core.errors import InputError

# Posts, press releases and pitches are kilobytes; 8 MB of text is thousands of pages. Larger files are
# refused before they are read (the documented limit: docs/robustness.md).
MAX_DRAFT_BYTES = 8 * 1024 * 1024


class FileChangedError(OSError):
    """The file on disk is no longer the one that was read."""


def read_draft(path: str, limit: int = MAX_DRAFT_BYTES) -> bytes:
    """The bytes of the draft `path`; InputError (naming the file) for what is not a readable regular file
    of at most `limit` bytes."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; a regular file ignores the flag
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a folder, not a draft", path)
        if not stat.S_ISREG(st.st_mode):
            raise InputError("not a regular file (a pipe, a device or a socket): not read", path)
        if st.st_size > limit:
            raise InputError(f"too large: {_mb(st.st_size)} (drafts of at most {_mb(limit)} are checked)", path)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            # the size fstat gave and one byte more, to see a file that grew (not `read(limit + 1)`: that
            # allocates 8 MB for every draft)
            data = fh.read(min(st.st_size, limit) + 1)
            if st.st_size < len(data) <= limit:  # it grew while being read: read on, up to the limit
                data += fh.read(limit + 1 - len(data))
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path) from None
    finally:
        os.close(fd)
    if len(data) > limit:  # grew while being read
        raise InputError(f"too large (drafts of at most {_mb(limit)} are checked)", path)
    return data


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def is_device(path: str) -> bool:
    """`path` exists and is not a regular file (/dev/null, /dev/stdout, a named pipe): written in place, never
    replaced by a rename (as root, that replaced the device /dev/null with a plain file for the whole machine)."""
    return os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode)


def write_report(path: str, data: bytes) -> None:
    """A report: replaced whole (write_atomic), except an output that `is_device`, written in place."""
    target = os.path.realpath(path)
    if is_device(target):
        with open(target, "wb") as fh:
            fh.write(data)
        return
    write_atomic(path, data)


def write_atomic(path: str, data: bytes, *, expect: bytes | None = None) -> None:
    """Write to a temporary file beside the real file, then rename it over the real file.

    A symbolic link is followed: its target is replaced and the link kept. With `expect`, the file must
    still hold exactly these bytes just before the rename, else FileChangedError and nothing is written.
    """
    target = os.path.realpath(path)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise OSError(f"{path}: not a regular file")
    folder = os.path.dirname(target)
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".postlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        if expect is not None:
            try:
                with open(target, "rb") as fh:
                    now = fh.read(len(expect) + 1)
            except FileNotFoundError:
                now = None
            if now != expect:
                raise FileChangedError(f"{path}: changed since it was read")
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
