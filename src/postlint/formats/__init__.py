"""Output formats. Each module has `render(report, **options) -> str`; formatters never decide."""
from __future__ import annotations

import importlib

from postlint.core.vocab import FORMATS

__all__ = ["FORMATS", "render"]


def render(name: str, report, **options) -> str:
    module = importlib.import_module(f"postlint.formats.{name}")
    return module.render(report, **options)
