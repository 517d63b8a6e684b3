"""Writing files safely: a reader never sees a half-written file, and a failed write leaves the old one."""
from __future__ import annotations

import os


def write_atomic(path: str, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename over the original."""
    folder = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else 0o644
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".postlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
