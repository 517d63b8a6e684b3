"""The configuration's `campaigns:` (read by `postlint.engine.config`, applied per file by
`Settings.for_file`, checked by the rule hashtags.campaign).

    campaigns:
      - "#AIDS2026"                      # a campaign drafts join with `campaign: "#AIDS2026"`
      - hashtag: "#VoixDesPairs"         # ... and one every post and thread under campagne/ belongs to
        files: "campagne/**"

A plain string used to ask every post of the repository for the hashtag, a tips note included; it now
only names the campaign (its spelling is official for hashtags.official-spelling and brand.hashtag).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


def parse_campaigns(value: Any, err: Callable, strings: Callable) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """`campaigns:` → (every hashtag, (hashtag, globs) of the entries tied to files). A plain string names a
    campaign (its spelling is official) that applies to drafts declaring it (`campaign:` in front matter);
    `{hashtag: "#X", files: "campagne/**"}` also applies it to posts and threads under those globs.
    `err(message, *key)` makes the ConfigError naming the line of `key`; `strings` reads a string or a list
    of strings (postlint.engine.config)."""
    entries = [value] if isinstance(value, (str, dict)) else value
    if entries is None:
        return (), ()
    if not isinstance(entries, list):
        raise err("campaigns: expected a list of hashtags or {hashtag: \"#X\", files: \"folder/**\"}", "campaigns")
    tags, scopes = [], []
    for i, entry in enumerate(entries):
        if isinstance(entry, dict):
            unknown = sorted(set(entry) - {"hashtag", "files"})
            if unknown or not isinstance(entry.get("hashtag"), str) or not entry["hashtag"].strip("# "):
                raise err(f"campaigns[{i}]: expected {{hashtag: \"#X\", files: \"folder/**\"}}"
                          + (f" (unknown key {unknown[0]!r})" if unknown else ""), "campaigns", i)
            tag = entry["hashtag"].strip()
            globs = strings(entry.get("files"), err, "campaigns", i, "files")
        elif isinstance(entry, str) and entry.strip("# "):
            tag, globs = entry.strip(), ()
        else:
            raise err(f"campaigns[{i}]: expected a hashtag or {{hashtag: \"#X\", files: \"folder/**\"}}",
                      "campaigns", i)
        tag = tag if tag.startswith("#") else "#" + tag
        tags.append(tag)
        if globs:
            scopes.append((tag, globs))
    return tuple(dict.fromkeys(tags)), tuple(scopes)
