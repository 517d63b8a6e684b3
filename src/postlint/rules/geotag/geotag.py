"""Geotags: GPS and identifying metadata in the draft's images, coordinates and precise places in its text.

Image metadata is read once per image (`postlint.images.exif`), only for local files inside the project (the
config's folder, else the repository, else the working folder); remote images are never fetched.
Positions written in the text are found by `geotag_coordinates.py`; street addresses and camp places by
`postlint.document.names`.
"""
from __future__ import annotations

import os

import regex

from postlint.text.patterns import LazyRegex

from postlint.core.lazyimport import lazy_module
from postlint.rules.geotag.coordinates import coordinate_spans
from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.document.names import camp_location, place_cues, precise_places, street_addresses
from postlint.core.rule import rule
from postlint.document.analysis import analysis

exif = lazy_module("postlint.images.exif")  # read only for drafts with local images

SOURCE = ("Guide 003 (ACT Alliance), « il est interdit de publier […] des informations sur des mineur·e·s qui "
          "permettraient […] d'identifier où elles se trouvent (en désactivant par exemple le géomarquage des "
          "photographies) » ; « gardez la sécurité à l'esprit »")


# ------------------------------------------------------------------------------------- image metadata
def image_metadata(doc: Document, ctx) -> list[tuple[object, exif.ImageMetadata, str]]:
    """(image, metadata, path as the user sees it) for every local image; memoised per document."""
    memo = _metadata_memo(doc)
    key = getattr(ctx.settings, "root", None)
    if key in memo:
        return memo[key]
    root = None  # found on the first local image: most drafts have none (it stats folders up to the root)
    out, seen = [], {}
    for im in doc.images:
        if im.is_remote or not im.src or im.src == "None":
            continue
        if doc.fmt == "docx" and im.src.startswith("word-image-"):
            continue  # a picture embedded in a Word file: no file on disk (its EXIF is not read yet)
        if root is None:
            root = exif.project_root(doc.base_dir, getattr(ctx.settings, "root", None))
        shown = os.path.normpath(os.path.join(os.path.dirname(doc.path), im.src)) if doc.path not in ("-", "") else im.src
        path, status = exif.locate(im.src, doc.base_dir, root)
        if path is None:
            meta = exif.ImageMetadata(im.src, status=status, detail=root)
        else:
            if path not in seen:
                seen[path] = _read_metadata(path)
            meta = seen[path]
        out.append((im, meta, shown.replace(os.sep, "/")))
    memo[key] = out
    return out


@analysis
def _metadata_memo(doc: Document) -> dict[object, list[tuple[object, exif.ImageMetadata, str]]]:
    """`image_metadata` of this document, by project root setting."""
    return {}


_READ: dict[str, tuple[tuple, exif.ImageMetadata]] = {}


def _read_metadata(path: str) -> exif.ImageMetadata:
    """`exif.read_metadata`, remembered while the file keeps its inode, size and change times: drafts share
    pictures (a folder of drafts, a server), and reading one costs about a millisecond."""
    try:
        st = os.stat(path)
    except OSError:
        return exif.read_metadata(path)
    key = (st.st_ino, st.st_dev, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_mode)
    hit = _READ.get(path)
    if hit is not None and hit[0] == key:
        return hit[1]
    meta = exif.read_metadata(path)
    if len(_READ) >= 512:
        _READ.clear()
    _READ[path] = (key, meta)
    return meta


def _fmt_position(ctx, lat: float, lon: float) -> str:
    ns = ("N" if lat >= 0 else "S")
    ew = ("E" if lon >= 0 else ("O" if ctx.lang == "fr" else "W"))
    text = f"{abs(lat):.2f}° {ns}, {abs(lon):.2f}° {ew}"  # two decimals: about a kilometre
    return text.replace(".", ",") if ctx.lang == "fr" else text


@rule("geotag.exif-gps", severity="error",
      summary="An image of the draft carries its GPS position in its metadata (EXIF/XMP)",
      source=SOURCE,
      explain="""
What it checks: every local image the draft uses (front matter `images`, Markdown images, HTML <img>), read
from disk without re-encoding: the EXIF GPS block (latitude/longitude, or destination position) and XMP
`exif:GPSLatitude/GPSLongitude`. Remote images are not downloaded; images outside the project folder
(the config's folder, else the repository) are not read.
Why: a phone photo keeps the place where it was taken; anyone who downloads the picture can find the
place — a home, a shelter, a school, a harm-reduction site. Guide 003 asks to turn geotagging off.
The message gives the position rounded to two decimals (about 1 km) so the report does not repeat it.
Fix safety: no automatic fix in `check`; run `postlint strip-metadata IMAGE…`, which removes the GPS block
and identifying tags without touching the pixels.""",
      examples={"fail": ("images: [{src: img/maraude.jpg}]  # a phone photo with its GPS position",),
                "pass": ("the same photo after `postlint strip-metadata img/maraude.jpg`",
                         "![](https://example.org/remote.jpg)  # not downloaded")})
def exif_gps(doc: Document, ctx):
    for im, meta, shown in image_metadata(doc, ctx):
        if meta.gps:
            pos = _fmt_position(ctx, *meta.gps)
            msg = ctx.msg(fr="La photo « {p} » contient sa position GPS (≈ {pos}, à 1 km près) : toute personne qui "
                             "télécharge l'image retrouve le lieu. Retirez-la avant publication.",
                          en="The photo '{p}' carries its GPS position (≈ {pos}, to about 1 km): anyone who downloads it "
                             "can find the place. Remove it before publishing.", p=shown, pos=pos)
        elif meta.gps_undecoded:
            msg = ctx.msg(fr="La photo « {p} » contient des balises de position GPS (illisibles) : retirez-les avant "
                             "publication.",
                          en="The photo '{p}' carries GPS position tags (undecodable): remove them before publishing.",
                          p=shown)
        else:
            continue
        yield ctx.finding(doc.image_span(im), msg, suggestions=[f"postlint strip-metadata {shown}"])


_LABELS = {
    "CameraOwnerName": ("nom du propriétaire de l'appareil", "camera owner's name"),
    "OwnerName": ("nom du propriétaire de l'appareil", "camera owner's name"),
    "BodySerialNumber": ("numéro de série de l'appareil", "camera serial number"),
    "CameraSerialNumber": ("numéro de série de l'appareil", "camera serial number"),
    "SerialNumber": ("numéro de série de l'appareil", "camera serial number"),
    "LensSerialNumber": ("numéro de série de l'objectif", "lens serial number"),
}


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
      explain="""
What it checks: in every local image of the draft, the metadata that identify the photographer's device or
the place without GPS coordinates: EXIF CameraOwnerName, BodySerialNumber, LensSerialNumber,
CameraSerialNumber, GPSAreaInformation; XMP location and contact fields (photoshop:City,
Iptc4xmpCore:Location, Iptc4xmpExt:Sublocation/City, CreatorContactInfo address, phone, e-mail;
aux:SerialNumber, aux:OwnerName); IPTC City and Sub-location. Camera make and model, dates and exposure
settings are not reported.
It also reports, as a warning, an image that could not be checked: file not found, outside the project
folder (never read), not an image, or with damaged EXIF (Pillow warns instead of failing: reported as
unreadable rather than "no GPS").
Why: a serial number or an owner's name links a picture to a person; a place name in the metadata locates
it. Guide 003: protect the safety of people in vulnerable situations.
Fix safety: no automatic fix in `check`; `postlint strip-metadata IMAGE…` removes these fields.""",
      examples={"fail": ("a photo whose EXIF holds CameraOwnerName \"Awa Diallo\"", "images: [{src: img/missing.jpg}]"),
                "pass": ("a photo with only camera make, model and date",)})
def image_metadata_rule(doc: Document, ctx):
    for im, meta, shown in image_metadata(doc, ctx):
        span = doc.image_span(im)
        if meta.status == "missing":
            yield ctx.finding(span, ctx.msg(
                fr="Image introuvable : « {p} ». Ses métadonnées (position GPS…) n'ont pas pu être vérifiées.",
                en="Image not found: '{p}'. Its metadata (GPS position…) could not be checked.", p=shown))
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
            items = "; ".join(f"{_label(ctx, k, t)} : « {v[:60]} »" if ctx.lang == "fr" else f"{_label(ctx, k, t)}: '{v[:60]}'"
                              for k, t, v in meta.identifying)
            yield ctx.finding(span, ctx.msg(
                fr="Les métadonnées de « {p} » identifient une personne ou un lieu — {i}. Retirez-les avant publication.",
                en="The metadata of '{p}' identify a person or a place — {i}. Remove them before publishing.",
                p=shown, i=items), suggestions=[f"postlint strip-metadata {shown}"])


# ------------------------------------------------------------------------------------- text
def _child_posts(doc: Document) -> set[int]:
    from postlint.document.child_cues import child_posts

    return child_posts(doc)


@rule("geotag.coordinates", severity="warning",
      summary="GPS coordinates, a map link with coordinates, a what3words address or a plus code in the text",
      source=SOURCE,
      explain="""
What it checks: decimal coordinates ("-33.9249, 18.4241", "14.6928° N, 17.4467° W"), degrees-minutes-seconds
("14°41'N 17°26'W"), map links that carry a position (Google Maps @lat,lng or ?q=lat,lng, OpenStreetMap
#map=z/lat/lng or mlat/mlon, geo: URIs), what3words addresses and plus codes.
Not flagged: times (14:30), scores, amounts ("12.50, 13.75"), dates, version numbers, phone numbers; pairs
with fewer than four decimals need a hemisphere letter, a degree sign or a word such as "GPS", "position",
"coordonnées" nearby.
Why: an exact position of a harm-reduction van, a shelter or a home exposes the people who go there.
Severity: warning; error when the same post speaks of a child (guide 003).
Fix safety: no automatic fix; give the neighbourhood or a public meeting point instead, or share the exact
place privately.""",
      examples={"fail": ("Tonight the van parks at -33.9249, 18.4241 from 8pm.", "Point de rencontre : 14°41'N 17°26'W."),
                "pass": ("Rendez-vous à 14:30, score 2-1, version 3.8.18, 12.50 €.",)})
def coordinates(doc: Document, ctx):
    spans = coordinate_spans(doc)
    kids = _child_posts(doc) if spans else set()  # (whether the post is about a child: only for a finding)
    for span, pos in spans:
        child = doc.post_index(span.start) in kids
        shown = ""
        if pos:
            lat, lon = (float(x) for x in pos.split(","))
            shown = " (≈ " + _fmt_position(ctx, lat, lon) + ")"
        if child:
            msg = ctx.msg(fr="Position exacte{p} dans un message qui parle d'un enfant : retirez-la (guide 003 : ne jamais "
                             "indiquer où se trouve un·e mineur·e).",
                          en="Exact position{p} in a post about a child: remove it (guide 003: never tell where a minor is).",
                          p=shown)
        else:
            msg = ctx.msg(fr="Position exacte{p} : elle permet de retrouver le lieu et les personnes qui s'y rendent. "
                             "Donnez plutôt le quartier ou un point de rencontre public.",
                          en="Exact position{p}: it lets anyone find the place and the people who go there. Give the "
                             "area or a public meeting point instead.", p=shown)
        yield ctx.finding(span, msg, severity="error" if child else "warning",
                          suggestions=[ctx.msg(fr="le quartier ou un lieu public", en="the area or a public landmark")])


_CONTACT_LINE = LazyRegex(r"(?i)^[\W\d_]*(?:contacts?|adresse|address|siège|head[ \t]*office|nos[ \t]+bureaux|our[ \t]+office|"
                              r"bureaux?|offices?|écrivez|write|boîte[ \t]+postale|mailing)\b")
# A labelled venue line of an event announcement ("Lieu : 45 avenue Blaise Diagne", "Venue: 14 Kenyatta Road"):
# the address is published on purpose, unless the post speaks of a child.
_VENUE_LINE = LazyRegex(r"(?i)^[\W\d_]*(?:lieu|lieux|venue|where|location|localisation|adresse[ \t]+du[ \t]+jour)"
                            r"[ \t]*(?:\*\*|__)?[ \t]*:")
_PIN_END = LazyRegex(r"[.!?|•]|[\p{Extended_Pictographic}]|#", regex.V0)
_ABOUT_HEADING = LazyRegex(r"(?i)^\W*(?:à[ \t]+propos|a[ \t]+propos|about|contact)")


# The organisation's own address, published on purpose: "Find us: …", "Visit us at …", « Retrouvez-nous au … »,
# « Notre siège est au … » (in the same sentence) — unless that sentence places people at risk (a shelter, a home).
_ORG_BEFORE = LazyRegex(
    r"(?i)(?<![\p{L}])(?:(?:where[ \t]+to[ \t]+)?find[ \t]+us|visit[ \t]+us|come[ \t]+(?:and[ \t]+)?see[ \t]+us|"
    r"our[ \t]+(?:offices?|head[ \t]*quarters|head[ \t]+office|premises|address)|retrouvez[ \t-]+nous|"
    r"venez[ \t]+nous[ \t]+(?:voir|rencontrer|rendre[ \t]+visite)|rendez[ \t-]+nous[ \t]+visite|nos[ \t]+(?:bureaux|locaux)|"
    r"notre[ \t]+(?:siège|bureau|adresse)|adresse[ \t]+du[ \t]+(?:centre|siège|bureau))"  # not « notre permanence »
    r"(?![\p{L}])[^.!?\n]{0,80}$")
_AT_RISK = LazyRegex(r"(?i)(?<![\p{L}])(?:shelters?|refuges?|safe[ \t]*houses?|foyers?|hébergement|abris?|camps?|tentes?|"
                     r"tents?|domicile|(?:her|his|their|family)[ \t]+home|(?:lives?|lived|resides?)[ \t]+(?:at|in)|"
                     r"vit|vivent|habite\w*|réside\w*)(?![\p{L}])")
_SENTENCE_END = LazyRegex(r"[.!?](?:\s|$)")


def _org_context(doc: Document, offset: int, child: bool) -> bool:
    """An address in a contact line, after "Find us", « Nos bureaux »… (not in a post about a child: the
    child may be there), or in an "About" section is the organisation's own, meant to be public."""
    line = doc.line_index.line_span(doc.line_index.position(offset)[0])
    text, at = doc.source[line.start:line.end], offset - line.start
    label = None if child else _ORG_BEFORE.search(text, 0, at)
    if label or _CONTACT_LINE.match(text):
        end = _SENTENCE_END.search(text, at)
        if not _AT_RISK.search(text, label.start() if label else 0, end.start() if end else len(text)):
            return True
    heading = None
    for b in doc.blocks:
        if b.span.start > offset:
            break
        if b.kind == "heading":
            heading = b
    return bool(heading and _ABOUT_HEADING.match(doc.source[heading.span.start:heading.span.end]))


@rule("geotag.precise-location", severity="warning",
      summary="A street address with a number, a camp block or tent number, or a 📍 check-in",
      source=SOURCE,
      explain="""
What it checks: street addresses with a number ("12 rue Carnot", "14 Kenyatta Road"), camp blocks, tents and
shelters ("bloc C", "tente 14", "Block 4", "shelter 12") and "📍" check-ins. An address in a contact line
("Contact : …", "Adresse : …"), after "Find us", "Visit us at", "Our office(s)", « Retrouvez-nous »,
« Nos bureaux », « Notre siège », « Venez nous voir au » (these unless the post speaks of a child), or in an
"À propos / About" section is the organisation's own and is not flagged — unless its sentence speaks of a
shelter, a camp or where someone lives; nor is the labelled venue of an event ("Lieu : …", "Venue: …")
unless the post speaks of a child. A person's home ("she lives at 12 rue …") or a shelter's address is
always flagged.
Why: a precise place exposes people in vulnerable situations (guide 003: keep safety in mind; never tell
where a minor is).
Severity: warning; error when the same post speaks of a child. A "📍" followed by a town only is info
(warning in a post about a child).
Fix safety: no automatic fix; keep to the neighbourhood or town.""",
      examples={"fail": ("Elle vit au 12 rue Carnot, bloc C, tente 14.", "📍 Centre d'accueil, 25 avenue Bourguiba"),
                "pass": ("Contact presse : 12 rue Carnot, Dakar", "Rendez-vous à Pikine samedi.")})
def precise_location(doc: Document, ctx):
    prose, body = doc.prose, doc.body
    found: list[tuple[Span, str]] = []
    for m in street_addresses(prose, body.start, body.end):
        found.append((Span(m.start(), m.end()), "address"))
    cues = place_cues(prose)  # once for the draft, not per sentence
    for s in doc.sentences() if cues != ((), ()) else ():
        for p in precise_places(prose[s.start:s.end], s.start, cues):
            if p.kind == "camp" and camp_location(p, prose[s.start:s.end]):
                found.append((Span(p.start, p.end), "camp"))
    for tok in doc.emoji:
        if tok.text.startswith("📍"):
            line_end = doc.line_index.line_span(doc.line_index.position(tok.span.start)[0]).end
            rest = prose[tok.span.end:line_end]
            cut = _PIN_END.search(rest)
            rest = rest[:cut.start()] if cut else rest
            end = tok.span.end + len(rest.rstrip())
            found.append((Span(tok.span.start, max(end, tok.span.end)), "pin"))
    found.sort(key=lambda x: (x[0].start, -x[0].end))
    kids = _child_posts(doc) if found else set()
    taken: list[Span] = []
    for span, kind in found:
        child = doc.post_index(span.start) in kids
        if any(span.overlaps(t) for t in taken) or _org_context(doc, span.start, child):
            continue
        taken.append(span)
        if kind == "address" and not child and \
                _VENUE_LINE.match(doc.line_index.line_text(doc.line_index.position(span.start)[0])):
            continue
        text = doc.source[span.start:span.end]
        if kind == "pin":
            inner = doc.prose[span.start:span.end]
            precise = bool(next(street_addresses(inner), None) or any(p.kind != "village" for p in precise_places(inner)))
            sev = "error" if child and precise else "warning" if child or precise else "info"
            msg = ctx.msg(fr="Localisation « {t} » : vérifiez qu'elle ne permet pas de retrouver les personnes du message"
                             "{c}.", en="Check-in '{t}': make sure it does not let readers find the people in the post{c}.",
                          t=text.strip(), c=ctx.msg(fr=" (il parle d'un enfant)", en=" (it is about a child)") if child else "")
        else:
            sev = "error" if child else "warning"
            what = ctx.msg(fr="Adresse précise", en="Precise address") if kind == "address" else \
                ctx.msg(fr="Emplacement précis dans un camp", en="Precise place in a camp")
            msg = ctx.msg(fr="{w} « {t} »{c} : restez au niveau du quartier ou de la ville.",
                          en="{w} '{t}'{c}: keep to the area or town.", w=what, t=text,
                          c=ctx.msg(fr=" dans un message qui parle d'un enfant", en=" in a post about a child") if child else "")
        yield ctx.finding(span, msg, severity=sev,
                          suggestions=[ctx.msg(fr="le quartier ou la ville", en="the area or town")])


RULES = [exif_gps, image_metadata_rule, coordinates, precise_location]
