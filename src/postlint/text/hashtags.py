"""Hashtags as platforms compare them: one key whatever the case (and, here, the accents), and the official
spelling of the tags an organisation and its campaigns own.

Used by the hashtag rules (count, campaign, official spelling) and by `accessibility.hashtag-case`, which leaves
the official tags to `hashtags.official-spelling`.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from postlint.text.normalize import fold


@lru_cache(maxsize=8192)  # the same tags come back in every draft
def tag_key(tag: str) -> str:
    """Hashtags are the same tag for platforms whatever their case (and, here, accents)."""
    return fold(tag.lstrip("#"))


def official_spellings(*groups: Iterable[object]) -> dict[str, str]:
    """Folded key → official spelling of the hashtags of `groups` (with or without their "#"), the first
    spelling of a tag winning; anything that is not a non-empty tag is skipped."""
    official: dict[str, str] = {}
    for group in groups:
        for tag in group:
            if isinstance(tag, str) and tag.strip("#"):
                tag = tag if tag.startswith("#") else "#" + tag
                official.setdefault(tag_key(tag), tag)
    return official
