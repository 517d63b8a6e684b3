"""Where the bundled `rules/` and `wordlists/` are: inside the installed package, or in the checkout."""
from __future__ import annotations

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent.parent  # the postlint package


@cache
def data_dir(name: str) -> Path:
    """Folder `name` ("rules" or "wordlists"): the wheel's copy, else the repository's."""
    packaged = _PKG / "_data" / name
    if packaged.is_dir():
        return packaged
    checkout = _PKG.parent.parent / name
    if (_PKG.parent.parent / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout  # editable install or source checkout
    return packaged
