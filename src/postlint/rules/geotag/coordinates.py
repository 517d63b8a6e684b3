"""What it checks: decimal coordinates ("-33.9249, 18.4241", "14.6928° N, 17.4467° W"), degrees-minutes-seconds
("14°41'N 17°26'W"), map links that carry a position (Google Maps @lat,lng or ?q=lat,lng, OpenStreetMap
#map=z/lat/lng or mlat/mlon, geo: URIs), what3words addresses and plus codes.
Not flagged: a map link to a place listed by its name (a public venue: "…/maps/place/Venue+Name/@41.88,-87.63")
unless a child is spoken of in the same paragraph (the place may be where the child is); the position of an
instrument or a natural feature in a post that speaks of no child ("the weather station in the ocean at -14.31667,
-170.7667", an epicentre), unless its sentence brings people there (a van, a shelter, "meet", "tonight"); times (14:30), scores,
amounts ("12.50, 13.75"), dates, version numbers, phone numbers; pairs
with fewer than four decimals need a hemisphere letter, a degree sign or a word such as "GPS", "position",
"coordonnées" nearby.
Why: an exact position of a harm-reduction van, a shelter or a home exposes the people who go there.
Severity: warning; error when the same post speaks of a child (ACT Alliance social media policy).
Fix safety: no automatic fix; give the neighbourhood or a public meeting point instead, or share the exact
place privately."""
from __future__ import annotations

import regex

from postlint.core.rule import rule
from postlint.document.child_cues import child_posts
from postlint.document.model import Document
from postlint.rules.geotag._common import SOURCE, child_near, fmt_position
from postlint.rules.geotag._coords import coordinate_spans
from postlint.text.patterns import LazyRegex

# Positions written in the text are found by `_coords.py`.


# a map link to a place listed by its name ("…/maps/place/TechNexus+Venture+Collaborative/@41.88,-87.63"): a
# public venue, not a private spot; a pin with no name (…/maps/place/41.88,-87.63) is still a position
_NAMED_PLACE_LINK = LazyRegex(r"(?i)/maps/place/(?=[^/@?#]*\p{L}{3})[^/@?#]+/", regex.V0)
# the position of an instrument or a natural feature, in data about it ("the station in the ocean at (-14.31667,
# -170.7667)", "the epicentre, 35.12 N 139.45 E"): no one goes there to be found
_OBJECT = LazyRegex(r"(?i)(?<![\p{L}])(?:(?:weather|monitoring|gauging|research|met|tide|seismic|meteorological|"
                    r"ground)[ \t]+stations?|stations?[ \t]+(?:m[ée]t[ée]o\w*|de[ \t]+mesure|sismique)|sensors?|capteurs?|"
                    r"buoys?|bou[ée]es?|gauges?|observator(?:y|ies)|observatoires?|epicent(?:er|re)s?|[ée]picentres?|"
                    r"volcano(?:es)?|volcans?|summit|crater|crat[èe]re|glaciers?|reefs?|r[ée]cifs?|wrecks?|[ée]paves?|"
                    r"lighthouses?|satellites?|earthquakes?|s[ée]ismes?|hurricanes?|cyclones?|typhoons?|ouragans?|"
                    r"oceans?|oc[ée]ans?|seamounts?)(?![\p{L}])")
# people brought to the place: then the position may expose them, whatever else the sentence holds
_PEOPLE = LazyRegex(r"(?i)(?<![\p{L}])(?:vans?|bus|trucks?|camions?|meet\w*|rendez|shelters?|refuges?|abris?|camps?|"
                    r"homes?|domicile|house|maison|lives?|vit|vivent|habite\w*|clinics?|cliniques?|distribution|"
                    r"permanence|tonight|ce[ \t]+soir|come|venez|join|rejoignez|children|child|enfants?)(?![\p{L}])")




@rule("geotag.coordinates", severity="warning",
      summary="GPS coordinates, a map link with coordinates, a what3words address or a plus code in the text",
      source=SOURCE,
      examples={"fail": ("Tonight the van parks at -33.9249, 18.4241 from 8pm.",
                         "Point de rencontre : 14°41'N 17°26'W."),
                "pass": ("Rendez-vous à 14:30, score 2-1, version 3.8.18, 12.50 €.",)})
def coordinates(doc: Document, ctx):
    spans = coordinate_spans(doc)
    kids = child_posts(doc) if spans else set()  # (whether the post is about a child: only for a finding)
    for span, pos in spans:
        child = doc.post_index(span.start) in kids
        if "|" in doc.source[span.start:span.end]:
            continue  # two numbers in neighbouring cells of a Markdown table: data, not a written position
        if _NAMED_PLACE_LINK.search(doc.source, span.start, span.end) and not (child and child_near(doc, span)):
            continue  # a public venue listed on the map by its name, where people are invited to come
        if not child and _object_position(doc, span):
            continue  # a weather station's or an epicentre's position: data about a thing, not a place to find people
        shown = ""
        if pos:
            lat, lon = (float(x) for x in pos.split(","))
            shown = " (≈ " + fmt_position(ctx, lat, lon) + ")"
        if child:
            msg = ctx.msg(fr="Position exacte{p} dans un message qui parle d'un enfant : retirez-la (politique de "
                             "l'Alliance ACT relative aux médias sociaux : ne jamais indiquer où se trouve un·e "
                             "mineur·e).",
                          en="Exact position{p} in a post about a child: remove it (ACT Alliance social media policy: "
                             "never tell where a minor is).", p=shown)
        else:
            msg = ctx.msg(fr="Position exacte{p} : elle permet de retrouver le lieu et les personnes qui s'y rendent. "
                             "Donnez plutôt le quartier ou un point de rencontre public.",
                          en="Exact position{p}: it lets anyone find the place and the people who go there. Give the "
                             "area or a public meeting point instead.", p=shown)
        yield ctx.finding(span, msg, severity="error" if child else "warning",
                          suggestions=[ctx.msg(fr="le quartier ou un lieu public", en="the area or a public landmark")])


def _object_position(doc: Document, span) -> bool:
    """The sentence of the position speaks of an instrument or a natural feature, and of no one brought there."""
    sentence = next((s for s in doc.sentences() if s.start <= span.start < s.end), None)
    if sentence is None:
        return False
    text = doc.prose[sentence.start:sentence.end]
    return bool(_OBJECT.search(text)) and not _PEOPLE.search(text)


RULES = [coordinates]
