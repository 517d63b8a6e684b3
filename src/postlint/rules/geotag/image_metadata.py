"""What it checks: in every local image of the draft, the metadata that identify the photographer's device or
the place without GPS coordinates: EXIF CameraOwnerName, BodySerialNumber, LensSerialNumber,
CameraSerialNumber, GPSAreaInformation; XMP location and contact fields (photoshop:City,
Iptc4xmpCore:Location, Iptc4xmpExt:Sublocation/City, CreatorContactInfo address, phone, e-mail;
aux:SerialNumber, aux:OwnerName); IPTC City and Sub-location. Camera make and model, dates and exposure
settings are not reported. Serial numbers alone (no owner, no place) are info: they tie the picture to one camera
but name nobody.
It also reports, as a warning, an image that could not be checked: file not found (the message says where it
looked: on a static site, the site's root, `static/`, `assets/`, `public/` and the theme's `static/` too, then
the one file of the site whose path ends like the address, for a folder a theme serves elsewhere; a
path the site's Netlify `_redirects` or `netlify.toml` rewrites to another host is a remote image, not missing),
outside the project folder (never read), not an image, or with damaged EXIF (Pillow warns instead of failing:
reported as unreadable rather than "no GPS"). An image named by a theme's own shortcode or front-matter key is
not reported as missing: only the theme knows where it lives.
Why: a serial number or an owner's name links a picture to a person; a place name in the metadata locates
it. The ACT Alliance social media policy: protect the safety of people in vulnerable situations.
Fix safety: no automatic fix in `check`; `postlint strip-metadata IMAGE…` removes these fields."""
from __future__ import annotations

from postlint.core.rule import rule
from postlint.document import site as sites
from postlint.document.model import Document
from postlint.rules.geotag._common import SOURCE
from postlint.rules.geotag._metadata import image_metadata

_LABELS = {
    "CameraOwnerName": ("nom du propriétaire de l'appareil", "camera owner's name"),
    "OwnerName": ("nom du propriétaire de l'appareil", "camera owner's name"),
    "BodySerialNumber": ("numéro de série de l'appareil", "camera serial number"),
    "CameraSerialNumber": ("numéro de série de l'appareil", "camera serial number"),
    "SerialNumber": ("numéro de série de l'appareil", "camera serial number"),
    "LensSerialNumber": ("numéro de série de l'objectif", "lens serial number"),
}


def _where_fr(where: str) -> str:
    return (where.replace("the draft's folder", "le dossier du brouillon").replace("the site's root", "la racine du site"))


def _label(ctx, kind: str, tag: str) -> str:
    if tag in _LABELS:
        fr, en = _LABELS[tag]
    elif kind == "location":
        fr, en = f"lieu ({tag})", f"place ({tag})"
    elif kind == "contact":
        fr, en = f"coordonnées du photographe ({tag})", f"photographer's contact ({tag})"
    else:
        fr = en = tag
    return ctx.msg(fr=fr, en=en)


@rule("geotag.image-metadata", severity="warning",
      summary="An image's metadata names its owner, serial numbers or a place — or could not be checked",
      source=SOURCE,
      examples={"fail": ("![L'atelier de couture](img/owner.jpg)\nPhoto : Awa Diallo\n", '---\nimages:\n  - src: img/missing.jpg\n    credit: "© Awa Diallo"\n---\nPortes ouvertes samedi.\n'),
                "pass": ("![L'atelier de couture](img/clean.jpg)\nPhoto : Awa Diallo\n",)})  # make, model, date only
def image_metadata_rule(doc: Document, ctx):
    for im, meta, shown in image_metadata(doc, ctx):
        span = doc.image_span(im)
        if meta.status == "missing" and sites.proxied(im.src, sites.site_of(doc)):
            pass  # served from another host by the site's rewrite rules: a remote image, never fetched
        elif meta.status == "missing":
            where = meta.detail or ""
            yield ctx.finding(span, ctx.msg(
                fr="Image introuvable : « {p} » (cherchée dans : {w}). Ses métadonnées (position GPS…) n'ont pas pu "
                   "être vérifiées.",
                en="Image not found: '{p}' (looked in: {w}). Its metadata (GPS position…) could not be checked.",
                p=shown, w=_where_fr(where) if ctx.lang == "fr" else where))
        elif meta.status == "outside":
            yield ctx.finding(span, ctx.msg(
                fr="« {p} » est hors du dossier du projet ({r}) : ses métadonnées n'ont pas été lues. Placez l'image "
                   "dans le projet pour qu'elle soit vérifiée.",
                en="'{p}' is outside the project folder ({r}): its metadata were not read. Put the image inside the "
                   "project to have it checked.", p=shown, r=meta.detail))
        elif meta.status in ("unreadable", "unsupported", "damaged"):
            why = meta.detail or meta.status
            yield ctx.finding(span, ctx.msg(
                fr="Métadonnées de « {p} » illisibles ({d}) : la présence d'une position GPS n'a pas pu être vérifiée. "
                   "Réexportez l'image ou nettoyez-la avec postlint strip-metadata.",
                en="Could not read the metadata of '{p}' ({d}): whether it carries a GPS position is unknown. "
                   "Re-export the image or clean it with postlint strip-metadata.", p=shown, d=why),
                suggestions=[f"postlint strip-metadata {shown}"] if meta.status == "damaged" else [])
        if meta.identifying:
            items = "; ".join(f"{_label(ctx, k, t)} : « {v[:60]} »" if ctx.lang == "fr"
                              else f"{_label(ctx, k, t)}: '{v[:60]}'" for k, t, v in meta.identifying)
            # a serial number alone names nobody and no place: it ties the picture to one camera, worth a look
            serial_only = all(kind == "serial" for kind, _, _ in meta.identifying)
            yield ctx.finding(span, ctx.msg(
                fr="Les métadonnées de « {p} » identifient une personne ou un lieu — {i}. Retirez-les avant "
                   "publication.",
                en="The metadata of '{p}' identify a person or a place — {i}. Remove them before publishing.",
                p=shown, i=items) if not serial_only else ctx.msg(
                fr="Les métadonnées de « {p} » portent le numéro de série de l'appareil — {i} : il relie la photo à "
                   "cet appareil. Mieux vaut le retirer.",
                en="The metadata of '{p}' carry the camera's serial number — {i}: it ties the picture to that "
                   "camera. Better removed.", p=shown, i=items),
                severity="info" if serial_only else None, suggestions=[f"postlint strip-metadata {shown}"])


RULES = [image_metadata_rule]
