"""The project's closed vocabularies, written once: categories, severities, languages, document types, formats."""
from __future__ import annotations

from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}

CATEGORIES: tuple[str, ...] = (
    "stigma", "hashtags", "image-credit", "minors", "geotag", "disclosure", "brand",
    "structure", "length", "language", "accessibility", "tone",
)
DOC_TYPES: tuple[str, ...] = ("post", "thread", "press-release", "pitch", "article", "advisory", "statement", "op-ed")
# the press genres that carry a press contact (advisory: a media advisory; statement: the organisation's own voice)
PRESS_TYPES: tuple[str, ...] = ("press-release", "advisory", "statement")
LANGS: tuple[str, ...] = ("fr", "en")  # the languages postlint checks
# the stigma domains of the bundled wordlists (one `stigma.<domain>` rule each)
DOMAINS: tuple[str, ...] = ("drug-use", "hiv", "sex-work", "mental-health", "disability", "migration",
                            "victim-framing", "incarceration", "gender", "violence")  # violence: minimising wording
PLATFORMS: tuple[str, ...] = ("x", "bluesky", "mastodon", "threads", "instagram", "linkedin", "facebook", "tiktok",
                             "youtube")
# other spellings users write for a platform (front matter, config, --platform, --handle, the API)
PLATFORM_ALIASES: dict[str, str] = {"twitter": "x", "fb": "facebook", "ig": "instagram", "bsky": "bluesky",
                                    "yt": "youtube"}
FORMATS: tuple[str, ...] = ("text", "json", "sarif", "github", "html", "markdown")


def platform_name(written: str) -> str | None:
    """The platform a user's spelling names (any case, spaces around, an alias such as "twitter"), or None."""
    key = written.strip().lower()
    key = PLATFORM_ALIASES.get(key, key)
    return key if key in PLATFORMS else None


# `site:` values of the configuration (auto: detect; none: a folder of drafts, not a site)
SITES: tuple[str, ...] = ("auto", "hugo", "jekyll", "eleventy", "astro", "docusaurus", "gridsome", "none")
