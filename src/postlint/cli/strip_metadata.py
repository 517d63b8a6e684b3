"""`postlint strip-metadata IMAGE…`: remove GPS and identifying metadata without re-encoding the pictures.

Exit status: 0 every file is clean (cleaned now or nothing to remove); 1 with `--dry-run` when something
would be removed (like `black --check`); 2 when a file could not be read, is not a supported image, or
could not be written (the other files are still processed).
"""
from __future__ import annotations

import os

import click

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".jpe", ".png", ".webp")


def _expand(paths: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for folder, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out += [os.path.join(folder, f) for f in sorted(files) if f.lower().endswith(IMAGE_SUFFIXES)]
        else:
            out.append(p)
    return out


@click.command("strip-metadata")
@click.argument("images", nargs=-1, required=True, type=click.Path())
@click.option("--dry-run", "-n", is_flag=True, help="Report what would be removed; change nothing (exit 1 if anything would).")
@click.option("--all", "everything", is_flag=True,
              help="Remove every EXIF tag but orientation and resolution, and all XMP/IPTC (not only GPS and identifying tags).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
def strip_metadata(images: tuple[str, ...], dry_run: bool, everything: bool, quiet: bool) -> None:
    """Remove GPS positions and identifying metadata from JPEG, PNG and WebP images (folders are walked).

    Removed: the EXIF GPS block, camera owner name, body/lens/camera serial numbers, maker note, unique
    image id and, with any of these, the embedded thumbnail; XMP packets and IPTC blocks that hold a place, a GPS position, a
    contact or a serial number. Kept: the pixels (byte for byte), orientation, camera settings, credits
    (Artist, Copyright). Files are replaced atomically.
    """
    from postlint.images.strip import StripError, strip_file

    files = _expand(images)
    if not files:
        click.echo("postlint strip-metadata: no JPEG, PNG or WebP image found", err=True)
        raise SystemExit(2)
    failed = would = 0
    for path in files:
        try:
            result = strip_file(path, everything=everything, dry_run=dry_run)
        except StripError as e:
            failed += 1
            click.echo(f"{path}: error: {e}", err=True)
            continue
        if result.changed:
            would += 1
            if not quiet:
                verb = "would remove" if dry_run else "removed"
                click.echo(f"{path}: {verb} {', '.join(result.removed)}")
        elif not quiet:
            click.echo(f"{path}: nothing to remove")
    if failed:
        raise SystemExit(2)
    if dry_run and would:
        raise SystemExit(1)
