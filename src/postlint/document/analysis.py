"""Analyses of a document, computed on first request and kept with it for the other rules.

A rule that needs the press-release anatomy, the child cues or the sentence starts asks for them by calling
the analysis: `release(doc)`. The first call computes, the next ones return the same object. The memo is
keyed by the analysis function itself, so there are no string keys to mistype, and the result is typed by
the function's return annotation:

    @analysis
    def release(doc: Document) -> Release: ...
"""
from __future__ import annotations

from functools import wraps
from typing import TypeVar
from collections.abc import Callable

from postlint.document.model import Document
from postlint.text.gates import fold_case
from postlint.text.normalize import fold_in_place

T = TypeVar("T")


def analysis(compute: Callable[[Document], T]) -> Callable[[Document], T]:
    """Memoise `compute(doc)` on the document (one computation per document and analysis)."""

    @wraps(compute)
    def get(doc: Document) -> T:
        memo = doc.memo
        try:
            return memo[get]  # type: ignore[no-any-return]
        except KeyError:
            value = memo[get] = compute(doc)
            return value

    return get


@analysis
def folded_prose(doc: Document) -> str:
    """The prose folded character by character (`text.normalize.fold_in_place`: same length, same offsets)."""
    return fold_in_place(doc.prose)


@analysis
def case_folded_prose(doc: Document) -> str:
    """The prose as a case-insensitive gate sees it (`text.gates.fold_case`)."""
    return fold_case(doc.prose)
