"""What it checks: street addresses with a number ("12 rue Carnot", "14 Kenyatta Road"), camp blocks, tents and
shelters ("bloc C", "tente 14", "Block 4", "shelter 12") and "📍" check-ins. An address in a contact line
("Contact : …", "Adresse : …"), after "Find us", "Visit us at", "Our office(s)", « Retrouvez-nous »,
« Nos bureaux », « Notre siège », « les locaux de l'association », « Venez nous voir au » (these unless the post
speaks of a child), in a letterhead or signature (the address, then a phone, fax or e-mail line), or in an
"À propos / About" section is the organisation's own and is not flagged — unless its sentence speaks of a
shelter, a camp or where someone lives; nor is the labelled venue of an event ("Lieu : …", "Venue: …")
unless the post speaks of a child; nor the address of a public institution named right before it ("General
Services Administration, 1800 F Street NW", « Ministère de la Santé, 12 rue … ») or right after it ("1600
Pennsylvania Avenue (the White House)"), nor words of an address that a link of the paragraph spells: a website's
name ("456 Berea Street has [tips](http://www.456bereastreet.com/…)"), a linked page's title (not a map link), nor a year before a name
("the 2021 Supreme Court election"), nor any address in a media advisory (`type: advisory`: it exists to give
the venue of a public event) unless it speaks of a child; nor the address of a place named on the line above
("**Ralph Metcalfe Federal Building**", "Bar Louie"), nor an event's venue in its sentence ("held in-person at
…"). For these public places "speaks of a child" means in the same paragraph: a child named elsewhere in an event
page does not make its venue the child's location. On a published site's page a "📍" with a town only is a venue
marker or a bullet, not a check-in: not flagged. A person's home ("she lives at 12 rue …") or a shelter's address is
always flagged.
Why: a precise place exposes people in vulnerable situations (ACT Alliance social media policy: keep safety in
mind; never tell where a minor is).
Severity: warning; error when the same post speaks of a child. A "📍" followed by a town only is info
(warning in a post about a child).
Fix safety: no automatic fix; keep to the neighbourhood or town."""
from __future__ import annotations

import regex

from postlint.core.rule import rule
from postlint.core.spans import Span
from postlint.document.child_cues import child_posts
from postlint.document import site as sites
from postlint.document.model import Document
from postlint.document.names import camp_location, is_first_name, place_cues, precise_places, street_addresses
from postlint.document.press_labels import COORDINATE_LABEL, COORDINATE_WORDS
from postlint.rules.geotag._common import SOURCE, child_near
from postlint.text.patterns import LazyRegex

# Street addresses and camp places are found by `postlint.document.names`.

_CONTACT_LINE = LazyRegex(r"(?i)^[\W\d_]*(?:contacts?|adresse|address|siège|head[ \t]*office|nos[ \t]+bureaux|"
                          r"our[ \t]+office|bureaux?|offices?|écrivez|write|boîte[ \t]+postale|mailing)\b")
# A labelled venue line of an event announcement ("Lieu : 45 avenue Blaise Diagne", "Venue: 14 Kenyatta Road"):
# the address is published on purpose, unless the post speaks of a child.
_VENUE_LINE = LazyRegex(r"(?i)^[\W\d_]*(?:lieu|lieux|venue|where|location|localisation|adresse[ \t]+du[ \t]+jour|"
                            r"in[ \t-]?person|en[ \t]+présentiel|endroit|où|ou)"
                            r"[ \t]*(?:\*\*|__)?[ \t]*:")
_PIN_END = LazyRegex(r"[.!?|•]|[\p{Extended_Pictographic}]|#", regex.V0)
_ABOUT_HEADING = LazyRegex(r"(?i)^\W*(?:à[ \t]+propos|a[ \t]+propos|about|contact)")


# The organisation's own address, published on purpose: "Find us: …", "Visit us at …", « Retrouvez-nous au … »,
# « Notre siège est au … » (in the same sentence) — unless that sentence places people at risk (a shelter, a home).
_ORG_BEFORE = LazyRegex(
    r"(?i)(?<![\p{L}])(?:(?:where[ \t]+to[ \t]+)?find[ \t]+us|visit[ \t]+us|come[ \t]+(?:and[ \t]+)?see[ \t]+us|"
    r"our[ \t]+(?:offices?|head[ \t]*quarters|head[ \t]+office|premises|address)|retrouvez[ \t-]+nous|"
    r"venez[ \t]+nous[ \t]+(?:voir|rencontrer|rendre[ \t]+visite)|rendez[ \t-]+nous[ \t]+visite|"
    r"nos[ \t]+(?:bureaux|locaux)|"
    # « dans les locaux de l'association situés au … », "the premises of the association"
    r"(?:locaux|siège|bureaux|premises|offices)[ \t]+(?:de[ \t]+l['’][ \t]*|du[ \t]+|of[ \t]+the[ \t]+)"
    r"(?:association|asbl|ong|ngo|réseau|network|collectif|organisation|organization|fédération|coalition)|"
    r"notre[ \t]+(?:siège|bureau|adresse)|adresse[ \t]+du[ \t]+(?:centre|siège|bureau))"  # not « notre permanence »
    r"(?![\p{L}])[^.!?\n]{0,80}$")
_AT_RISK = LazyRegex(r"(?i)(?<![\p{L}])(?:shelters?|refuges?|safe[ \t]*houses?|foyers?|hébergement|abris?|camps?|"
                     r"tentes?|tents?|domicile|(?:her|his|their|family)[ \t]+home|"
                     r"(?:lives?|lived|resides?)[ \t]+(?:at|in)|vit|vivent|habite\w*|réside\w*)(?![\p{L}])")
_SENTENCE_END = LazyRegex(r"[.!?](?:\s|$)")
# A public institution's own address: its name or acronym right before ("General Services Administration, 1800 F
# Street NW", "GSA – 1800 F Street", "headquartered in Washington, DC at 1800 F Street", « Ministère de la Santé,
# 12 rue … »). A public building is meant to be found.
_INSTITUTION_BEFORE = LazyRegex(
    r"(?:(?<![\p{L}])(?:Administration|Agency|Department|Ministry|Minist[èe]re|Office|Headquarters|headquartered|HQ|"
    r"Embassy|Ambassade|City[ \t]+Hall|Town[ \t]+Hall|Mairie|Pr[ée]fecture|Parliament|Parlement|Assembl[ée]e|"
    r"Senate|S[ée]nat|Court|Tribunal|Commission|Council|Conseil|Bureau|Secretariat|Secr[ée]tariat|University|"
    r"Universit[ée]|Library|Biblioth[èe]que|Museum|Mus[ée]e|Hotel|H[ôo]tel|headquarters|Room[ \t]+\d+|Institute|"
    r"Institut|campus|(?:Health|Medical|Community|Conference|Convention|Civic|Cultural|Senior)[ \t]+Cent(?:er|re)|"
    r"White[ \t]+House|Maison[ \t]+Blanche|Capitol|Palace|Palais|Consulate|Consulat|[ÉE]lys[ée]e)"
    r"(?![\p{L}])|"
    r"(?<![\p{L}])\p{Lu}{2,6}(?![\p{L}])[ \t]*[,–—-])[^.!?\n]{0,60}(?:\n[^.!?\n]{0,60})?$")
# … or right after it, in apposition: "1600 Pennsylvania Avenue (the White House)", « 55 rue …, le palais de l'Élysée »
_INSTITUTION_AFTER = LazyRegex(
    r"^[ \t]*(?:[,(–—-][ \t]*)(?:the[ \t]+|la[ \t]+|le[ \t]+|l['’])?(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,4}"
    r"(?:White[ \t]+House|Maison[ \t]+Blanche|Capitol|Palace|[Pp]alais|Embassy|Ambassade|Consulate|Consulat|"
    r"Ministry|Minist[èe]re|City[ \t]+Hall|Town[ \t]+Hall|Mairie|Pr[ée]fecture|Parliament|Parlement|Senate|S[ée]nat|"
    r"Headquarters|headquarters|Library|Biblioth[èe]que|Museum|Mus[ée]e|University|Universit[ée])(?![\p{L}])")
# a link or a website whose address spells the street address: the name of a site ("456 Berea Street has [tips]
# (http://www.456bereastreet.com/…)") or the title of a linked page ("[Digital Strategy at 1600 Pennsylvania
# Avenue](…/digital-strategy-at-1600-pennsylvania-avenue-…)") — not a map link, which points at the place
_MAP_URL = LazyRegex(r"(?i)(?<![\p{L}])maps?(?![\p{L}])|openstreetmap|mapquest|waze|geo:|what3words|w3w\.co|goo\.gl/|"
                     r"/dir/|/place/", regex.V0)
_NOT_ALNUM = LazyRegex(r"[^\p{L}\p{N}]+", regex.V0)


# An event's venue in the sentence: "in-person at 1800 F St NW", "will be on July 29th at 1800 F Street", « aura
# lieu au 12 rue … ». (Not "Meet us at …": that may be a van's or a person's spot.)
_EVENT_AT = LazyRegex(
    r"(?i)(?<![\p{L}])(?:in[ \t-]person|held|hosted|takes?[ \t]+place|will[ \t]+be[ \t]+(?:held[ \t]+)?on|"
    r"aura[ \t]+lieu|se[ \t]+tiendra|se[ \t]+déroulera)(?![\p{L}])[^.!?\n]{0,40}(?:at|au|à|in)[ \t]+$")
# the line above names the place ("**Ralph H. Metcalfe Federal Building** <br/>", "Bar Louie<br />"): a named venue
_VENUE_WORDS = LazyRegex(r"(?i)(?<![\p{L}])(?:building|bar|café|cafe|restaurant|hall|library|hotel|center|centre|"
                         r"church|university|school|office|museum|theat(?:er|re)|club|pub|brewery|campus|salle|"
                         r"maison|bibliothèque|mairie|hôtel)(?![\p{L}])")
_MARKUP = LazyRegex(r"<[^>]*>|\*\*|__|\\$")
_NAME_LINE = LazyRegex(r"[ \t]*\p{Lu}[^!?:;\n]{0,80}", regex.V0)  # "Thomas P. O'Neill, Jr. Federal Building"




def _named_venue(doc: Document, span: Span) -> bool:
    """The address of a place named on the line above or just before it on its line: a public venue."""
    number = doc.line_index.position(span.start)[0]
    line = doc.line_index.line_span(number)
    above = doc.source[doc.line_index.line_span(number - 1).start:doc.line_index.line_span(number - 1).end] \
        if number > 1 else ""
    name = _MARKUP.sub("", above).strip()
    if not name or doc.source[line.start:span.start].strip():
        return False
    words = name.split()
    if len(words) > 8 or not _NAME_LINE.fullmatch(name) or _AT_RISK.search(name):
        return False
    if any(len(w) > 3 and not w[:1].isupper() for w in words):
        return False  # a sentence ("Our volunteer Awa Diallo"), not a place's name
    return bool(_VENUE_WORDS.search(name)) or not any(is_first_name(w.strip("*_,.")) for w in words)


# the lines under an address in a letterhead or a signature: at most one line (postal code, town), then a phone,
# fax, e-mail or post-box line
_LETTERHEAD_LINE = LazyRegex(rf"(?i)(?:[^\n]{{0,80}}\n)?[ \t>*_-]*(?:{COORDINATE_WORDS})\b[ \t.]*:?[ \t]*[+(\d\w]")
_ROOM_AFTER = LazyRegex(r"[ \t]*,?[ \t]*(?:[NS][EW],?[ \t]*)?(?:Room|Suite|Salle)[ \t]+\d+")


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
    near = doc.source[max(line.start, offset - 80):min(line.end, offset + 120)]  # a letterhead flattened in a line
    if (_LETTERHEAD_LINE.match(doc.source, line.end + 1, min(len(doc.source), line.end + 400))
            or len(COORDINATE_LABEL.findall(near)) >= 2) and \
            not _AT_RISK.search(doc.source, max(0, line.start - 160), line.end):
        return True  # a letterhead: the address, the postal code and town, "Tél. : …" (not a shelter's or a home's)
    heading = None
    for b in doc.blocks:
        if b.span.start > offset:
            break
        if b.kind == "heading":
            heading = b
    return bool(heading and _ABOUT_HEADING.match(doc.source[heading.span.start:heading.span.end]))


def _named_by_url(doc: Document, span: Span) -> bool:
    """The words of the address, run together, are in a link of its paragraph (not a map link): the name of a
    website or the title of a linked page, not a place being disclosed."""
    key = _NOT_ALNUM.sub("", doc.source[span.start:span.end]).lower()
    if len(key) < 8:
        return False
    block = next((b for b in doc.blocks if b.span.start <= span.start < b.span.end), None)
    lo, hi = (block.span.start, block.span.end) if block else (span.start - 300, span.end + 300)
    return any(lo <= lk.span.start < hi and not _MAP_URL.search(lk.url) and key in _NOT_ALNUM.sub("", lk.url).lower()
               for lk in doc.links)


def _public_building(doc: Document, span: Span) -> bool:
    """A public institution's address: its name or acronym just before, or in apposition just after, and no one
    said to live there."""
    number = doc.line_index.position(span.start)[0]
    line = doc.line_index.line_span(number)
    # the institution's name may head the address on the line above ("U.S. General Services Administration<br/>")
    above = doc.line_index.line_span(number - 1) if number > 1 else line
    start = above.start if doc.source[above.start:above.end].strip() else line.start
    if _ROOM_AFTER.match(doc.prose, span.end):
        return True  # "1620 L Street, NW, Room 401": an office, open to the public
    if not (_INSTITUTION_BEFORE.search(doc.prose, max(start, span.start - 100), span.start)
            or _INSTITUTION_AFTER.match(doc.prose[span.end:min(line.end, span.end + 80)])):
        return False
    end = _SENTENCE_END.search(doc.prose, span.end, line.end)
    return not _AT_RISK.search(doc.prose, max(line.start, span.start - 100), end.start() if end else line.end)


@rule("geotag.precise-location", severity="warning",
      summary="A street address with a number, a camp block or tent number, or a 📍 check-in",
      source=SOURCE,
      examples={"fail": ("Elle vit au 12 rue Carnot, bloc C, tente 14.", "📍 Centre d'accueil, 25 avenue Bourguiba"),
                "pass": ("Contact presse : 12 rue Carnot, Dakar", "Rendez-vous à Pikine samedi.")})
def precise_location(doc: Document, ctx):
    prose, body = doc.prose, doc.body
    # street_addresses already leaves out a year before a name ("the 2021 Supreme Court election")
    found: list[tuple[Span, str]] = [(Span(m.start(), m.end()), "address")
                                     for m in street_addresses(prose, body.start, body.end)]
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
    kids = child_posts(doc) if found else set()
    taken: list[Span] = []
    published = sites.published(doc)
    for span, kind in found:
        child = doc.post_index(span.start) in kids
        if any(span.overlaps(t) for t in taken) or _org_context(doc, span.start, child):
            continue
        # a public place (an institution, a named venue, an event's venue) is meant to be found, unless a child
        # is spoken of right there (then it may be where the child is)
        near = child and child_near(doc, span)
        line = doc.line_index.line_span(doc.line_index.position(span.start)[0])
        if kind == "address" and not near and (
                _public_building(doc, span) or doc.meta.type == "advisory" or _named_venue(doc, span)
                or _named_by_url(doc, span)
                or _EVENT_AT.search(doc.source, max(line.start, span.start - 100), span.start)):
            continue  # a media advisory exists to give the venue of a public event
        taken.append(span)
        if kind == "address" and not near and \
                _VENUE_LINE.match(doc.line_index.line_text(doc.line_index.position(span.start)[0])):
            continue
        text = doc.source[span.start:span.end]
        if kind == "pin":
            inner = doc.prose[span.start:span.end]
            precise = bool(next(street_addresses(inner), None)
                           or any(p.kind != "village" for p in precise_places(inner)))
            if published and not (child or precise):
                continue  # on a site's page a pin with a town marks a venue or decorates a list: not a check-in
            sev = "error" if child and precise else "warning" if child or precise else "info"
            msg = ctx.msg(fr="Localisation « {t} » : vérifiez qu'elle ne permet pas de retrouver les personnes du "
                             "message{c}.",
                          en="Check-in '{t}': make sure it does not let readers find the people in the post{c}.",
                          t=text.strip(),
                          c=ctx.msg(fr=" (il parle d'un enfant)", en=" (it is about a child)") if child else "")
        else:
            sev = "error" if child else "warning"
            what = ctx.msg(fr="Adresse précise", en="Precise address") if kind == "address" else \
                ctx.msg(fr="Emplacement précis dans un camp", en="Precise place in a camp")
            msg = ctx.msg(fr="{w} « {t} »{c} : restez au niveau du quartier ou de la ville.",
                          en="{w} '{t}'{c}: keep to the area or town.", w=what, t=text,
                          c=ctx.msg(fr=" dans un message qui parle d'un enfant", en=" in a post about a child")
                          if child else "")
        yield ctx.finding(span, msg, severity=sev,
                          suggestions=[ctx.msg(fr="le quartier ou la ville", en="the area or town")])


RULES = [precise_location]
