"""Quotations: is a position inside a quotation opened earlier?"""
from __future__ import annotations


def in_quotes(text: str, start: int, pos: int) -> bool:
    """Inside « … », “ … ”, ‘ … ’ or "…" opened earlier in the block."""
    guillemets = curly = 0
    straight = False
    single = 0  # British ‘…’; a ’ between letters is an apostrophe (don’t)
    for k in range(start, pos):
        c = text[k]
        if c == "‘":
            single += 1
        elif c == "’" and not (text[k + 1:k + 2].isalpha() and text[k - 1:k].isalpha()):
            single = max(0, single - 1)
        elif c == "«":
            guillemets += 1
        elif c == "»":
            guillemets = max(0, guillemets - 1)
        elif c == "“":
            curly += 1
        elif c == "”":
            curly = max(0, curly - 1)
        elif c == '"':
            straight = not straight
    return guillemets > 0 or curly > 0 or straight or single > 0
