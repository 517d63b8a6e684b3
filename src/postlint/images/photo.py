"""Whether an image of a draft is a photograph — one that needs its photographer named, or the consent of the people
in it — and how sure that is (the image-credit and image-consent rules).

Evidence, in order: a stock agency's name in the file name (iStock, Thinkstock, Getty…: a licence that requires
the credit); words of a graphic in the file name, alt text or title (`not_a_photo`); the file itself when
it can be read (`postlint.images.kind`: camera EXIF = photograph; flat colour, icon size, a design or screenshot
tool = graphic); a camera's file name (IMG_1234, DSC_0042); on a site page, the portrait of a person the page
names (a speaker's or a board member's headshot, a `people/` or `team/` folder) — the organisation's own picture
of its people, not someone else's photograph. For the credit rule only (`own_graphic`): a data table, a drawing or
an illustration, a tweet or a web page, the team's whiteboard or sticky notes with no people in the alt text, a
headshot named after the person its alt text or its event page names.

On a site page an uncredited picture is reported as info (worth a look, not a change required before publishing:
most are the organisation's own photographs, title graphics or screenshots), and as a warning only when it is known
to be someone else's (a stock agency or a free library in its name). In a draft (no site): a warning.
"""
from __future__ import annotations

import os
from re import escape as regex_escape

from msgspec import Struct

from postlint.core.lazyimport import lazy_module
from postlint.document import site as sites
from postlint.document import name_lists
from postlint.document.analysis import analysis
from postlint.document.model import Document, Image
from postlint.images.locate import locate
from postlint.text.patterns import LazyRegex, compile_fast

kind = lazy_module("postlint.images.kind")  # Pillow is imported only for drafts with local images

# ----------------------------------------------------------------------------- images that are not photographs
# A screenshot, a chart, a diagram, a logo, an avatar, a slide or a banner has no photographer to credit: the
# guides' rule is about other people's photographs. Said by the file's name, its host, or its alt text or title.
# A poster or a flyer may carry someone's photograph: still checked. What the file shows: `judge` below.
_NOT_PHOTO_WORDS = LazyRegex(
    r"(?i)(?<![\p{L}])(?:screen[\s_-]?shots?|screen[\s_-]?caps?|screen[\s_-]?captures?|screencaps?|"
    r"captures?(?:[\s_-]+d['’\s_-]*(?:e|é)[\s_-]*cran)?|"
    r"diagram(?:me)?s?|sch[ée]mas?|charts?|graphs?|graphiques?|graphics?|plots?|logos?|avatars?|badges?|icons?|"
    r"ic[ôo]nes?|infographi(?:c|e)s?|flowcharts?|wireframes?|mock[\s_-]?ups?|maquettes?|organi[sz]ation[\s_-]?charts?|"
    r"organigrammes?|emoji|gifs?|memes?|certificates?|certificats?|"
    r"t[\s_-]?shirts?|qr[\s_-]?codes?|"
    # screens of an app or a site, dashboards, slides, banners, flyers, covers, maps, formulas
    r"apps?|mobile[\s_-]+(?:app|site|version)|applications?[\s_-]+mobiles?|"
    r"(?:home|main|start|log[\s_-]?in|sign[\s_-]?up|info|app|tips|search|results?)[\s_-]+(?:screens?|pages?)|"
    r"screen[\s_-]+views?|web[\s_-]?sites?|web[\s_-]?pages?|home[\s_-]?pages?|sites?[\s_-]+web|pages?[\s_-]+d['’]accueil|"
    r"(?:analytics|data|admin|metrics|performance|web)[\s_-]+dashboards?|word[\s_-]?clouds?|nuages?[\s_-]+de[\s_-]+mots|slides?|"
    r"diapositives?|diapos?|banners?|banni[èe]res?|book[\s_-]?covers?|"
    r"couvertures?[\s_-]+du[\s_-]+livre|maps?|formulas?|formules?|equations?|wordmarks?|sketch(?:es)?|croquis|"
    r"crayonnages?|ads|advertisements?|publicités?|tweets?|twitter[\s_-]?cards?|forms?|code(?![\s_-]+for\b)|"
    r"mobile(?![\s_-]+(?:clinics?|units?|vans?|teams?|health|brigades?))|(?:sign[\s_-]?up|web|online|registration|contact)[\s_-]+forms?|formulaires?)(?![\p{L}])|"
    r"ggplot|matplotlib")
_NOT_PHOTO_HOSTS = LazyRegex(r"(?i)(?:avatars\d*\.githubusercontent\.com|gravatar\.com|shields\.io|badgen\.net|"
                             r"r-universe\.dev/badges|codecov\.io|travis-ci\.|/badges?/|latex\.codecogs\.com|"
                             r"img\.youtube\.com|i\.ytimg\.com)")
DRAWN_EXT = LazyRegex(r"(?i)\.(?:svg|png|gif|webp|bmp|ico)(?:[?#]|$)")
PHOTO_WORDS = LazyRegex(r"(?i)(?<![\p{L}])(?:photos?|photograph\w*|pictures?|portraits?|headshots?|"
                        r"people|group|participants|team|crowd|audience|personnes|équipe|groupe|public|foule|"
                        r"militante?s|bénévoles|volunteers|atelier|workshop|meeting|réunion|marche|march|rally)"
                        r"(?![\p{L}])")


def not_a_photo(im: Image) -> bool:
    """True when the name, alt text, title or host says screenshot, chart, diagram, logo, avatar, badge, app
    screen, website, slide, banner, flyer, map…"""
    words = " ".join(x for x in (im.file_name, im.alt or "", im.title or "") if x)
    return bool(_NOT_PHOTO_HOSTS.search(im.src) or _NOT_PHOTO_WORDS.search(words.replace("_", " ")))


# stock agencies and free libraries named in a file name: a licensed photograph whose licence asks the credit
_STOCK_NAME = LazyRegex(
    r"(?i)(?:istock|thinkstock|shutterstock|getty[\s_-]?images|gettyimages|adobe[\s_-]?stock|adobestock|dreamstime|"
    r"123rf|depositphotos|stockbyte|comstock|wavebreak|hemera|bigstock|alamy|fotolia|unsplash|pexels|pixabay|flickr|"
    r"creative[\s_-]?commons|(?<![a-z])photo-\d{10,}-[0-9a-f]{6,})")
# a camera's or a phone's own file name: IMG_1234, DSC_0042, DSCN1234, _MG_9837, P1010123, GOPR0042, PXL_2023…
_CAMERA_NAME = LazyRegex(r"(?i)(?:^|[/_-])(?:img|dsc[nf]?|_?mg|p\d{3}|gopr|pxl|dji|vid)[_-]?\d{3,}[^/]*$|"
                         r"(?<!\d)(?:19|20)\d{6}_\d{6}(?!\d)[^/]*$")
# a portrait of the organisation's people: their folder or the picture's own name
_PORTRAIT_PATH = LazyRegex(
    r"(?i)(?:^|/)(?:people|team|staff|board|authors?|speakers?|members?|bios?|headshots?|avatars?|portraits?|"
    r"profiles?|equipe|équipe|trombinoscope|contributors?)(?:/|$)|(?<![a-z])(?:headshot|avatar|portrait|"
    r"profile[\s_-]?(?:pic|photo|picture))")
_PORTRAIT_ALT = LazyRegex(r"(?i)(?<![\p{L}])(?:head[\s-]?shots?|avatars?|profile[\s-]+(?:photo|picture|pic)s?|"
                          r"photos?[\s-]+de[\s-]+profil|portrait[\s-]+(?:of|de)\b)")
_NAME_TOKEN = LazyRegex(r"[A-Z][a-z]+|[a-z]+")
# an alt text that is only a person's name: "Chris Grieves", "Dr. Ngozi Okonjo-Iweala"
_JUST_A_NAME = LazyRegex(r"^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$")


# ----------------------------------------------------------------------------- the organisation's own pictures
# (image-credit.missing only; the consent rule keeps `judge`.) A data table, a drawing, an illustration, a comic or a
# spreadsheet, said by the file name or the alt text: drawn, not photographed. "table" only as a data table ("Table 1",
# "metadata-table.jpg", "this table shows"), never a piece of furniture ("sitting at a large table"); "illustration"
# never in « image/photo d'illustration » (a stock photograph illustrating the text).
_DRAWN_WORDS = LazyRegex(
    r"(?i)(?<![\p{L}])(?:tables?[\s_-]*\d+|(?:this|the|a|in[\s_-]+a)[\s_-]+table[\s_-]+(?:shows?|showing|lists?|"
    r"compar\w*|summari[sz]\w*|of)|tableaux?[\s_-]+(?:pr[ée]visionnels?|r[ée]capitulatifs?|comparatifs?)|"
    r"(?<![d]['’])illustrations?|drawings?|dessins?|comics?|cartoons?|bandes?[\s_-]+dessin[ée]es?|spreadsheets?|"
    r"tableurs?|pages?[\s_-]+web|gazouillis|renderings?|rendus?[\s_-]+3d)(?![\p{L}])")
# a seal, a sticker, an emblem, or the cover of a publication (a report, a guide, a plan, a manual): the organisation's
# own printed matter, when the alt text names nobody in the picture ("The team with the annual report": a photograph)
_PRINTED = LazyRegex(
    r"(?i)(?<![\p{L}])(?:seals?|stickers?|emblems?|sceaux?|autocollants?|emblèmes?|covers?[\s_-]+(?:of|page)|"
    r"couvertures?|guides?|reports?|rapports?|handbooks?|manuals?|manuels?|strateg(?:y|ies)|stratégies?|"
    r"action[\s_-]+plans?|plans?[\s_-]+d['’]action|white[\s_-]+papers?|brochures?|booklets?|livrets?|"
    r"newsletters?|infolettres?)(?![\p{L}])")
# a web address in the alt text ("PetcokeAlerts.org", "the original IES.ED.GOV/Funding page"): a screenshot of that site
_DOMAIN = LazyRegex(r"(?i)(?<![\p{L}\d@.-])[\p{L}\d-]{2,}(?:\.[\p{L}\d-]{2,})*\.(?:org|com|gov|net|io|edu|fr|ca|info|"
                    r"app|dev|gouv\.fr|int)(?![\p{L}\d-])")
_DRAWN_STEM = LazyRegex(r"(?i)(?:^|[\s_-])tables?(?:[\s_-]*\d*)$")  # "metadata-table", "cor-po-table"
# a record of the team's own work (a whiteboard, a wall of sticky notes, a card sort, a Miro board), unless the alt
# text says people are in the picture ("A group at USWDS brainstorming using sticky notes": a photograph)
_WORK_MATERIAL = LazyRegex(r"(?i)(?<![\p{L}])(?:white[\s_-]?boards?|sticky[\s_-]+notes?|post[\s_-]?its?|"
                           r"card[\s_-]+sort(?:s|ing)?|miro|kanban)(?![\p{L}])")
_PEOPLE_WORDS = LazyRegex(r"(?i)(?<![\p{L}])(?:people|(?<!in[\s-])persons?|group|participants|team|crowd|audience|attendees|"
                          r"personnes|équipe|groupe|public|foule|men|women|man|woman|hommes?|femmes?|staff|members?|"
                          r"volunteers?|bénévoles|students?|colleagues?|patients?|nurses?|doctors?|"
                          r"infirmi[eè]re?s?|médecins?|children|kids|enfants|youth|jeunes)(?![\p{L}])")


def own_graphic(doc: Document, im: Image) -> str:
    """Why the image is the organisation's own drawn or working material rather than a photograph to credit ("" when
    nothing says so): a data table, a drawing or an illustration, a whiteboard or sticky notes with nobody in the alt
    text; on a site page, a file named after the person whose name is the whole alt text ("catherine.jpg",
    alt "Catherine Devlin": the staff headshot of a profile)."""
    name = im.file_name
    stem = os.path.splitext(name)[0].replace("\\", "")
    if _DRAWN_STEM.search(stem):
        return "a table by its file name"  # before the stock names: "Flickr-Instagram-metadata-table.jpg"
    if _STOCK_NAME.search(name):
        return ""
    words = " ".join(x for x in (stem, im.alt or "", im.title or "") if x).replace("_", " ")
    if _DRAWN_WORDS.search(words):
        return "a table, a drawing, an illustration, a web page or a tweet by its name or alt text"
    if _WORK_MATERIAL.search(words) and not _PEOPLE_WORDS.search(words):
        return "a record of the team's own work (whiteboard, sticky notes, card sort)"
    alt_words = " ".join(x for x in (im.alt or "", im.title or "") if x)
    nobody = not _PEOPLE_WORDS.search(alt_words) and not PHOTO_WORDS.search(alt_words)
    if _DOMAIN.search(alt_words) and nobody:
        return "a web site by the address its alt text gives (a screenshot of it)"
    if _PRINTED.search(alt_words) and nobody:
        return "printed matter by its alt text (a seal, a sticker, a publication's cover)"
    alt = (im.alt or "").strip()
    first = next((w for w in alt.split() if w.rstrip(".") not in ("Dr", "Mr", "Mrs", "Ms", "Prof")), "")
    if doc.site and _JUST_A_NAME.match(alt) and len(first) >= 3 and stem.lower() == first.lower():
        return "headshot named after the person the alt text names"
    if doc.site and im.origin == "front_matter" and _speaker_first_name(doc, stem):
        return "headshot named after the speaker the page announces"
    return ""


def _speaker_first_name(doc: Document, stem: str) -> bool:
    """An event page's picture named after its speaker's first name ("458-rebecca.jpg", speakers: "Rebecca
    Williams, …"): the speaker's headshot. Only the speaker keys: an author's first name may name anyone."""
    first = stem.lstrip("0123456789_-").lower()
    fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
    if len(first) < 3 or not first.isalpha():
        return False
    for key in ("speakers", "speaker", "guests", "presenters", "panelists", "interviewee"):
        value = fm.get(key)
        for person in [value] if isinstance(value, str) else value if isinstance(value, (list, tuple)) else ():
            if str(person).split()[:1] and str(person).split()[0].lower().strip(",") == first:
                return True
    return False


class Evidence(Struct, frozen=True):
    report: bool  # False: not a photograph that needs a credit
    severity: str | None = None  # None: the rule's own; "info" on a site page unless the picture is someone else's
    why: str = ""
    photograph: bool = False  # known to be a photograph (a camera, a stock agency, an alt text that says so)


def judge(doc: Document, im: Image, after_code: bool, root: str) -> Evidence:
    """How an uncredited image of `doc` should be reported (`root`: the project folder, `locate.root_of`)."""
    if _STOCK_NAME.search(im.file_name):
        return Evidence(True, None, "stock agency in the file name", photograph=True)
    if not_a_photo(im):
        return Evidence(False, why="a graphic by its name, alt text or host")
    on_site = bool(doc.site)
    if on_site and portrait_of_named_person(doc, im):
        return Evidence(False, why="portrait of a person the page names")
    seen = _picture(doc, im, root)
    # On a published site most photographs are the organisation's own (its events, its staff): their credit is
    # worth a look, not a change required; someone else's picture (a stock agency, above) is a warning. Judged:
    # the judges called a warning on an organisation's own event or staff photograph "credit optional, info".
    own = "info" if on_site else None
    if seen is not None and seen.kind == "photo":
        return Evidence(True, own, seen.why, photograph=True)
    words = " ".join(x for x in (im.alt or "", im.title or "") if x)
    # flat colour alone is weaker than a design tool, an icon's size or a palette: it silences on a published site,
    # where the file is the one people see, not in a draft (whose picture may still be a placeholder) nor against an
    # alt text that says photograph
    weak = seen is not None and seen.flat and (not on_site or PHOTO_WORDS.search(words))
    if seen is not None and seen.kind == "graphic" and not weak:
        return Evidence(False, why=seen.why)
    if after_code:
        return Evidence(False, why="output of the code above")
    if _CAMERA_NAME.search(im.src.split("?", 1)[0].split("#", 1)[0]) or PHOTO_WORDS.search(words):
        return Evidence(True, own, "a photograph by its name or alt text", photograph=True)
    if DRAWN_EXT.search(im.src):
        return Evidence(False, why="a drawn format with no word of a photograph")
    if seen is not None and seen.kind == "continuous":
        # continuous tone says "not drawn with flat colours", not "someone's photograph": on a published site the
        # same files are title graphics, memes, app and video-call screenshots as often as photographs (judged on
        # 38 such pictures of 11 site repositories: 18 photographs, 20 not), so worth a look, not a change required
        # … unless its alt text says people are in it ("Nurses and patients at the clinic"): a photograph of them
        people = _PEOPLE_WORDS.search(words) is not None
        return Evidence(True, own, seen.why, photograph=people)
    if on_site and im.origin != "front_matter" and _undescribed(im):
        return Evidence(False, why="a site's picture that nothing describes")
    return Evidence(True, own, "no evidence either way")


def _undescribed(im: Image) -> bool:
    """No alt text, or the file's own name as alt text ("590-x-105-survey-monkey-with-title")."""
    alt = " ".join((im.alt or "").replace("\\", "").split()).lower()
    stem = os.path.splitext(im.file_name)[0].replace("\\", "").lower()
    alt, stem = _SQUASH.sub("", alt), _SQUASH.sub("", stem)
    if not alt or alt == stem:
        return True
    # the file name cut short ("300 x 489 NIH Aging site" for "…-Media-Player1"), or with a number added
    return (len(alt) >= 8 and stem.startswith(alt)) or (len(stem) >= 8 and alt.startswith(stem)
                                                         and alt[len(stem):].isdigit())


_SQUASH = LazyRegex(r"[\W_]+")


def _picture(doc: Document, im: Image, root: str):
    """What the image's file shows (`kind.picture_kind`), when the file is inside the project; asked by the
    credit and the consent rules alike, so found and read once per image."""
    memo = _pictures(doc)
    key = (id(im), root)
    if key not in memo:
        local = not (im.is_remote or not im.src or im.src == "None"
                     or (doc.fmt == "docx" and im.src.startswith("word-image-")))
        path = locate(doc, im, root)[0] if local else None
        memo[key] = kind.picture_kind(path) if path else None
    return memo[key]


@analysis
def _pictures(doc: Document) -> dict:
    return {}


def portrait_of_named_person(doc: Document, im: Image) -> bool:
    """A headshot: in a people/team/board folder, or a file named after a person the page names in its alt text,
    authors or speakers ("greg-bloom.jpg" for the speaker "Greg Bloom"; "RoseAfriyie-2.jpeg", "Rose Afriyie")."""
    path = (sites.untemplated(im.src) or im.src).split("?", 1)[0]
    if _PORTRAIT_PATH.search(path) or _PORTRAIT_ALT.search(" ".join(x for x in (im.alt or "", im.title or "") if x)):
        return True
    if doc.site and doc.site_root and _PORTRAIT_PATH.search(_section(doc)):
        return True  # a page of the site's team/ or people/ section: its picture is that person's
    stem = os.path.splitext(path.rsplit("/", 1)[-1])[0]
    tokens = {t.lower() for t in _NAME_TOKEN.findall(stem) if len(t) >= 3 and t.lower() not in _NOT_NAMES}
    if len(tokens) < 2:
        return False
    if _named_first(tokens, im.alt or "") or _named_in_alt(tokens, im.alt or ""):
        return True  # alt="Edwin Torres (he/him) smiling at the camera", "photo of Laura DeCicco"
    if _named_on_page(doc, stem):
        return True  # "matthew-milan.jpg" on the page of a talk by Matthew Milan
    for person in _people(doc, im):
        words = set(_NAME_TOKEN.findall(person.lower()))
        exact = tokens & words
        loose = {t for t in tokens if any(w.startswith(t) for w in words)}  # "jeff" for "Jeffery"
        if exact and len(loose) >= 2:
            return True
    return False


_PEOPLE_KEYS = ("speakers", "speaker", "author", "authors", "name", "names", "people", "guests", "presenters",
                "hosts", "panelists", "members", "person", "interviewee")


def _named_first(tokens: set[str], alt: str) -> bool:
    """The alt text opens with the person the file is named after: every word of the file's name, capitalised."""
    words = alt.split()[:len(tokens) + 1]
    return len(tokens) == 2 and all(any(w.lower().strip(",.;:()") == t and w[:1].isupper() for w in words)
                                    for t in tokens)


def _named_in_alt(tokens: set[str], alt: str) -> bool:
    """The alt text says whose portrait it is: "Photo of Laura DeCicco" for laura-decicco.jpg (a first and a last
    name, side by side and capitalised, within its first words)."""
    if len(tokens) != 2:
        return False
    words = [w.strip(",.;:()'’\"").lower() for w in alt.split()[:8] if w[:1].isupper()]
    return any({a, b} == tokens for a, b in zip(words, words[1:]))


_PERSON_STEM = LazyRegex(r"^(\p{L}{3,})[-_](\p{L}{2,}(?:[-_]\p{L}{2,})?)$")


def _named_on_page(doc: Document, stem: str) -> bool:
    """The file is named after a person the page names in full: "matthew-milan.jpg", "Matthew Milan" in the title or
    the text (compiled per page and name: reached only by a site's picture named like a person), with a known first name (the bundled given-name lists), so that "digital-security.jpg" on a page
    about "Digital Security" is not taken for a portrait."""
    if not doc.site:
        return False
    m = _PERSON_STEM.match(stem)
    if not m or m.group(1).lower() in _NOT_NAMES:
        return False
    first, last = m.group(1), m.group(2).replace("_", "-")
    if first.lower() not in name_lists.name_sets()[0]:
        return False  # an ambiguous first name ("will", "rose") is a word as often as a name
    full = compile_fast(r"(?<![\p{L}])" + regex_escape(first.capitalize()) + r"[ \t]+" +
                     regex_escape(last[:1].upper()) + r"(?i:" + regex_escape(last[1:]).replace("\\-", "[- ]") +
                     r")(?![\p{L}])")
    return full.search(doc.source) is not None  # the title (front matter) and the text


def _section(doc: Document) -> str:
    """The page's folder inside its site ("content/team/"): never the folders above the site."""
    try:
        rel = os.path.relpath(os.path.abspath(doc.path), os.path.abspath(doc.site_root))
    except ValueError:
        return ""
    return "" if rel.startswith("..") else os.path.dirname(rel).replace(os.sep, "/") + "/"


def _people(doc: Document, im: Image) -> list[str]:
    """Where a page names people: its image's alt text or title when that is only a name, its author(s), its
    speakers, guests… (one string per person or per front-matter value)."""
    out = [x for x in (im.alt or "", im.title or "") if _JUST_A_NAME.match(x.strip())]
    out += doc.meta.authors
    fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
    for key in _PEOPLE_KEYS:
        value = fm.get(key)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, (list, tuple)):
            out += [str(v) for v in value]
    first = next((fm[k] for k in ("firstName", "first_name", "firstname") if isinstance(fm.get(k), str)), "")
    last = next((fm[k] for k in ("lastName", "last_name", "lastname") if isinstance(fm.get(k), str)), "")
    if first and last:
        out.append(f"{first} {last}")
    return out


# words that, capitalised side by side, are a title or a place rather than a person
_NOT_NAMES = frozenset("""the and for with from our your new open data city chicago hack night event events
meeting team board blog post image photo cover banner year review workshop group community library science
university school college center centre museum park hall house building street office lab conference summit day
week march carpentry training lesson class room""".split())
