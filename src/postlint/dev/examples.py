"""Where rule examples run: the example organisation, its files and the publication date.

A rule's `examples` (`{"fail": (...), "pass": (...)}`) are drafts. `postlint docs` shows them on the rule's
page and tests/test_rule_examples.py checks them: each example is checked on its own, with only its rule
selected, as `draft.md` in a folder holding `EXAMPLE_CONFIG` as `.postlint.yaml` and the files of
`EXAMPLE_FILES`, with `EXAMPLE_DATE` as the publication date. A rule that applies to some document types
only, none of them `post` (the `structure.*` rules), sees the draft as the first of them unless its front
matter says otherwise. A "fail" example must produce at least one finding of its rule, a "pass" example none.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from postlint.core.rule import Finding, Rule
from postlint.core.vocab import DOC_TYPES
from postlint.engine.report import FileResult
from postlint.api import check_text

# The organisation the examples speak for: the brand and hashtag rules compare drafts with it, and the
# tone rules get the limits an organisation typically sets.
EXAMPLE_CONFIG: dict[str, Any] = {
    "organization": {
        "names": ["Ubuntu Peer Network", "ACT Alliance", "Alliance ACT"],
        "handles": {"x": "@UbuntuPeers", "facebook": "@ACTAlliance"},
        "hashtags": ["#UbuntuPeers", "#VoixDesPairs"],
    },
    "rules": {
        "tone.exclamation": {"max": 1},
        "tone.emoji": {"max": 3},
        "tone.jargon": {"terms": ["renforcement des capacités => formation"]},
    },
}
EXAMPLE_DATE = date(2026, 6, 20)  # the publication date (`--date`) of every example
# Files beside the example draft (path → what it is); other files an example names do not exist.
EXAMPLE_FILES: dict[str, str] = {
    "img/gps.jpg": "a phone photo that still holds its GPS position (Dakar)",
    "img/owner.jpg": "a photo whose EXIF names its owner (Awa Diallo) and the camera's serial number",
    "img/clean.jpg": "a photo whose EXIF holds only the camera's make and model and the date",
    "clip.mp4": "a video",
    "clip.fr.vtt": "its French captions",
}
GPS_DAKAR = {1: "N", 2: (14.0, 45.0, 13.0), 3: "W", 4: (17.0, 23.0, 26.99)}  # EXIF GPS IFD: ≈ 14.7536 N, 17.3908 W


def picture(size: tuple[int, int] = (64, 48)) -> Any:
    """A small picture with some structure, so that its JPEG has real entropy-coded data."""
    from PIL import Image

    im = Image.new("RGB", size, (240, 240, 230))
    for x in range(size[0]):
        for y in range(0, size[1], 7):
            im.putpixel((x, y), ((x * 7) % 256, (y * 11) % 256, 90))
    return im


def make_exif(gps: dict | None = None, owner: str | None = None, serial: str | None = None,
              orientation: int | None = None) -> Any:
    """EXIF of a phone photo: camera make, model and date, plus what is asked — a GPS position (an EXIF GPS
    IFD mapping such as `GPS_DAKAR`), an owner name, a body serial number, an orientation."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "Apple"  # Make
    exif[0x0110] = "iPhone 12"  # Model
    if orientation:
        exif[0x0112] = orientation
    if gps:
        exif.get_ifd(0x8825).update(gps)
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2024:02:17 10:42:31"  # DateTimeOriginal
    if owner:
        sub[0xA430] = owner  # CameraOwnerName
    if serial:
        sub[0xA431] = serial  # BodySerialNumber
    return exif


def make_jpeg(path: str | Path, *, gps: dict | None = None, owner: str | None = None,
              serial: str | None = None) -> Path:
    """Write a small real JPEG with the EXIF of `make_exif`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    picture().save(path, "JPEG", exif=make_exif(gps, owner, serial), quality=85)
    return path


def write_example_files(folder: Path) -> None:
    make_jpeg(folder / "img" / "gps.jpg", gps=GPS_DAKAR)
    make_jpeg(folder / "img" / "owner.jpg", owner="Awa Diallo", serial="SN12345")
    make_jpeg(folder / "img" / "clean.jpg")
    (folder / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")  # the rules only look for the file
    (folder / "clip.fr.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:04.000\nNos pairs en action.\n", encoding="utf-8")


def example_type(rule: Rule) -> str | None:
    """The document type a rule's examples are read as when their front matter names none."""
    if not rule.doc_types or "post" in rule.doc_types:
        return None
    return next(t for t in DOC_TYPES if t in rule.doc_types)


def example_folder(base: Path, rule: Rule) -> Path:
    """The folder (under `base`, made on first use) where the examples of `rule` are checked."""
    doc_type = example_type(rule)
    folder = base / (doc_type or "any")
    if not (folder / ".postlint.yaml").is_file():
        folder.mkdir(parents=True, exist_ok=True)
        write_example_files(folder)
        config = dict(EXAMPLE_CONFIG, **({"type": doc_type} if doc_type else {}))
        (folder / ".postlint.yaml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
                                               encoding="utf-8")
    return folder


def check_example(rule: Rule, text: str, base: Path) -> FileResult:
    """Check one example of `rule` with only that rule selected (see the module's docstring)."""
    folder = example_folder(base, rule)
    return check_text(text, path=folder / "draft.md", select=(rule.id,), today=EXAMPLE_DATE)


def example_findings(rule: Rule, text: str, base: Path) -> list[Finding]:
    """The findings of `rule` on one of its examples; a draft that cannot be read, or a rule that crashes,
    raises AssertionError (an example must be a draft postlint can check)."""
    result = check_example(rule, text, base)
    if result.error:
        raise AssertionError(f"{rule.id}: example {text!r} could not be checked: {result.error}")
    if result.internal_errors:
        raise AssertionError(f"{rule.id}: example {text!r}: {'; '.join(result.internal_errors)}")
    return [f for f in result.findings if f.rule == rule.id]
