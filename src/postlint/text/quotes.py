"""Quotations: is a position inside a quotation opened earlier?"""
from __future__ import annotations

import re


def in_quotes(text: str, start: int, pos: int) -> bool:
    """Inside « … », “ … ”, ‘ … ’ or "…" opened earlier in the block."""
    guillemets, curly, straight, single = _state_at(text, start, pos)
    return guillemets > 0 or curly > 0 or straight or single > 0


# One draft can ask about thousands of positions of one long block (a 5 MB line full of findings): the state
# is kept every _STEP characters from `start`, so each question scans at most _STEP characters more.
_STEP = 256
_MEMO: dict[tuple[int, int], tuple[str, list[tuple[int, int, bool, int]]]] = {}


def _state_at(text: str, start: int, pos: int) -> tuple[int, int, bool, int]:
    if pos - start <= _STEP:
        return _scan(text, start, pos, (0, 0, False, 0))
    key = (id(text), start)
    hit = _MEMO.get(key)
    if hit is None or hit[0] is not text:
        if len(_MEMO) > 64:
            _MEMO.clear()
        hit = (text, [(0, 0, False, 0)])
        _MEMO[key] = hit
    marks = hit[1]
    k = (pos - start) // _STEP
    while len(marks) <= k:
        at = start + (len(marks) - 1) * _STEP
        marks.append(_scan(text, at, at + _STEP, marks[-1]))
    return _scan(text, start + k * _STEP, pos, marks[k])


_MARKS = re.compile("[‘’«»“”\"]")
_OPENS_AFTER = ("", " ", "\t", "\n", "\u00a0", "(", "[")  # what can stand before an opening mark


def _scan(text: str, begin: int, end: int, state: tuple[int, int, bool, int]) -> tuple[int, int, bool, int]:
    guillemets, curly, straight, single = state  # single: British ‘…’; a ’ between letters is an apostrophe
    for m in _MARKS.finditer(text, begin, end):  # only the marks: a C-speed search between them
        c = m.group()
        k = m.start()
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
            if curly == 0 and text[k - 1:k] in _OPENS_AFTER and text[k + 1:k + 2].isalnum():
                curly = 1  # ”LE POINT CITOYEN ”: a closing mark typed as the opening one (a keyboard's habit)
            else:
                curly = max(0, curly - 1)
        elif c == '"':
            straight = not straight
    return guillemets, curly, straight, single
