"""What it checks: every local image the draft uses (front matter `images`, Markdown images, HTML <img>), read
from disk without re-encoding: the EXIF GPS block (latitude/longitude, or destination position) and XMP
`exif:GPSLatitude/GPSLongitude`. Remote images are not downloaded; images outside the project folder
(the config's folder, else the repository) are not read.
Why: a phone photo keeps the place where it was taken; anyone who downloads the picture can find the
place — a home, a shelter, a school, a harm-reduction site. The ACT Alliance social media policy asks to turn
geotagging off.
Error where the position can harm someone: the picture is a portrait (a team, people or authors folder; a
person's name in the file name or the alt text), or the draft speaks of a child, a hospital, a camp, a detention
setting, or of harm reduction, HIV, sex work, shelters, homelessness or exile — the place then locates people
in a vulnerable situation. Otherwise (a street, an object, a public office, no one named) a warning: the place
still leaks and is better removed, but it harms nobody there. A warning too when the camera itself records that
its fix is uncertain by 500 m or more (GPSHPositioningError): such a position names a neighbourhood, not a home.
The message gives the position rounded to two decimals (about 1 km) so the report does not repeat it.
Fix safety: no automatic fix in `check`; run `postlint strip-metadata IMAGE…`, which removes the GPS block
and identifying tags without touching the pixels."""
from __future__ import annotations

from postlint.core.rule import rule
from postlint.document.model import Document
from postlint.rules.geotag._common import SOURCE, fmt_position
from postlint.rules.geotag._harm import gps_harms
from postlint.rules.geotag._metadata import image_metadata

COARSE = 500.0  # metres of the camera's own uncertainty (GPSHPositioningError): a neighbourhood, not a building


@rule("geotag.exif-gps", severity="error",
      summary="An image of the draft carries its GPS position in its metadata (EXIF/XMP)",
      source=SOURCE,
      examples={"fail": ('![La camionnette de la maraude](img/gps.jpg)\nPhoto : Awa Diallo\n',),
                "pass": ("the same photo after `postlint strip-metadata img/maraude.jpg`",
                         "![](https://example.org/remote.jpg)  # not downloaded")})
def exif_gps(doc: Document, ctx):
    for im, meta, shown in image_metadata(doc, ctx):
        if meta.gps:
            pos = fmt_position(ctx, *meta.gps)
            msg = ctx.msg(fr="La photo « {p} » contient sa position GPS (≈ {pos}, à 1 km près) : toute personne qui "
                             "télécharge l'image retrouve le lieu. Retirez-la avant publication.",
                          en="The photo '{p}' carries its GPS position (≈ {pos}, to about 1 km): anyone who "
                             "downloads it can find the place. Remove it before publishing.", p=shown, pos=pos)
        elif meta.gps_undecoded:
            msg = ctx.msg(fr="La photo « {p} » contient des balises de position GPS (illisibles) : retirez-les avant "
                             "publication.",
                          en="The photo '{p}' carries GPS position tags (undecodable): remove them before publishing.",
                          p=shown)
        else:
            continue
        yield ctx.finding(doc.image_span(im), msg, suggestions=[f"postlint strip-metadata {shown}"],
                          severity=None if not _coarse(meta) and gps_harms(doc, im) else "warning")


def _coarse(meta) -> bool:
    """The camera itself says its fix is uncertain by COARSE metres or more: it cannot point at a home."""
    return meta.gps_error is not None and meta.gps_error >= COARSE


RULES = [exif_gps]
