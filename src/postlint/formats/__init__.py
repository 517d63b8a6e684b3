"""Output formats. Each module has `render(report, **options) -> str`; formatters never decide.

Formats whose module also has a `Writer` (JSON, SARIF) can be written as the run goes: `streamer` gives one,
its `add(file_result)` is called as each file is done and `close(report)` at the end, so a run over a large
folder holds no file's text until the end (the report keeps only findings and errors)."""
from __future__ import annotations

import importlib
import os
import sys

from postlint.core.vocab import FORMATS

__all__ = ["FORMATS", "render", "streamer"]


def render(name: str, report, **options) -> str:
    module = importlib.import_module(f"postlint.formats.{name}")
    return module.render(report, **options)


def streamer(name: str, output: str | None = None, **options):
    """A writer of the format `name` to `output` (a file, replaced whole at the end: a reader never sees half a
    report) or to standard output; None when the format is rendered whole, or `output`'s folder is missing (the
    caller then renders and reports that error as usual)."""
    module = importlib.import_module(f"postlint.formats.{name}")
    if not hasattr(module, "Writer"):
        return None
    if output is None:
        return module.Writer(_Stdout(), **options)
    if not os.path.isdir(os.path.dirname(os.path.abspath(output))):
        return None
    return module.Writer(_AtomicFile(output), **options)


class _Stdout:
    def write(self, text: str) -> None:
        sys.stdout.write(text)

    def finish(self) -> None:
        sys.stdout.flush()


class _AtomicFile:
    """Written to a temporary file beside `path`, renamed over it by `finish`; a device or a pipe
    (`core.files.is_device`) is written in place."""

    def __init__(self, path: str):
        import tempfile

        from postlint.core.files import is_device

        self.path = os.path.realpath(path)  # a symbolic link keeps pointing at the new report
        self.tmp: str | None = None
        if is_device(self.path):
            self.fh = open(self.path, "w", encoding="utf-8")
            return
        fd, self.tmp = tempfile.mkstemp(prefix=".postlint-", suffix=".tmp", dir=os.path.dirname(self.path))
        self.fh = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, text: str) -> None:
        self.fh.write(text)

    def finish(self) -> None:
        if self.tmp is None:
            self.fh.close()
            return
        mode = os.stat(self.path).st_mode & 0o7777 if os.path.exists(self.path) else 0o644
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.chmod(self.tmp, mode)
        os.replace(self.tmp, self.path)
