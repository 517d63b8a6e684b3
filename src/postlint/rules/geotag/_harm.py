"""Whether a photo's GPS position can harm someone, so `geotag.exif-gps` says error, or only leaks a harmless
place, so it says warning.

A position harms where it locates a person or people in a vulnerable situation: a portrait (the place where
someone was photographed is often their home or workplace), a child, a hospital, a camp or a detention setting,
the work of a harm-reduction, HIV, sex-work, migrant or shelter organisation. A street, an object or a public
office with no one named is still a leak worth removing — a warning — but it harms nobody there.
"""
from __future__ import annotations

import re

from postlint.document.analysis import analysis
from postlint.document.child_cues import child_cues
from postlint.document.model import Document, Image
from postlint.document.names import is_first_name, person_names
from postlint.document.settings import vulnerable_setting
from postlint.text.patterns import LazyRegex

# folders and file names of portraits: "/img/team/…", "images/people/board/…", "avatars/…", "headshot.jpg"
_PORTRAIT_WORDS = frozenset(
    "team teams people staff authors author avatar avatars headshot headshots portrait portraits "
    "trombinoscope equipe équipe membres members speakers speaker bios profile profiles selfie selfies "
    "mugshot contributors intervenants intervenantes".split())
_PIECES = re.compile(r"[^\W\d_]+", re.U)
# the alt text says it shows a person: "Profile photo of …", « Portrait de … », "… smiling at the camera"
_PORTRAIT_ALT = LazyRegex(
    r"(?i)(?<![\p{L}])(?:portrait|headshot|selfie|profile[ \t]+(?:photo|picture)|photo[ \t]+de[ \t]+profil|"
    r"foto[ \t]+de[ \t]+perfil|avatar|smil\w+[ \t]+(?:at|to)[ \t]+the[ \t]+camera|sourit|souriante?)(?![\p{L}])")
# the work of organisations whose places are themselves sensitive (where people who use drugs, sex workers,
# people living with HIV, migrants or survivors can be found); a plain mention in a hospital or a camp is
# `vulnerable_setting`'s
_SENSITIVE_WORK = LazyRegex(
    r"(?i)(?<![\p{L}])(?:harm[ \t-]+reduction|réduction[ \t]+des[ \t]+(?:risques|dommages)|maraudes?|(?:street|night|harm[ \t-]+reduction)[ \t]+outreach|"
    r"naloxone|seringues?|syringes?|needle[ \t-]+exchanges?|(?:supervised|safe)[ \t]+(?:injection|consumption)|salles?[ \t]+de[ \t]+(?:conso\w*|shoot|injection)|(?-i:CAARUD|CSAPA|HSA)|"
    r"people[ \t]+who[ \t]+use[ \t]+drugs|usag\w+[ \t]+de[ \t]+drogues?|consommat\w+[ \t]+de[ \t]+drogues?|"
    r"sex[ \t]+work\w*|travail\w*[ \t]+du[ \t]+sexe|(?-i:TDS)|"
    r"living[ \t]+with[ \t]+HIV|vivant[ \t]+avec[ \t]+le[ \t]+VIH|PVVIH|PLHIV|"
    r"shelters?|foyers?[ \t]+d['’]accueil|hébergement[ \t]+d['’]urgence|safe[ \t]+houses?|"
    r"domestic[ \t]+violence|violences?[ \t]+conjugales?|survivors?|survivantes?|"
    r"sans[ \t-]+abri|homeless\w*|sans[ \t]+domicile|squats?|asylum[ \t]+seekers?|demandeu\w+[ \t]+d['’]asile|"
    r"exilé\w*|undocumented|sans[ \t-]+papiers)(?![\p{L}])")


def gps_harms(doc: Document, im: Image, path: str) -> bool:
    """Whether the GPS position of `im` (at `path`, as the user sees it) can harm someone: see above."""
    alt = " ".join(t for t in (im.alt, im.title, im.credit) if t)
    return _portrait(doc, im, path) or _sensitive(doc) or bool(alt and _SENSITIVE_WORK.search(alt))


def _portrait(doc: Document, im: Image, path: str) -> bool:
    # the page's own folders count near it only ("content/team/ada.md", "_posts/board/…"), not a user's
    # "/srv/comms-team/…" far above it
    near = "/".join((doc.path or "").replace("\\", "/").split("/")[-3:] + (path or "").split("/")[-3:] + [im.src])
    folders = [p.casefold() for p in _PIECES.findall(near)]
    if any(p in _PORTRAIT_WORDS for p in folders):
        return True
    stem = _PIECES.findall(im.file_name.rsplit(".", 1)[0])
    if 2 <= len(stem) <= 4 and any(is_first_name(w) for w in stem):
        return True  # "eric-lenning.jpg", "juneau-vogel_selena.jpg": someone's picture, named after them
    alt = " ".join(t for t in (im.alt, im.title) if t)
    return bool(alt) and (bool(_PORTRAIT_ALT.search(alt)) or any(n.full for n in person_names(alt)))


@analysis
def _sensitive(doc: Document) -> bool:
    """The draft speaks of a child, a vulnerable setting or sensitive work: any photo of it may locate people."""
    if child_cues(doc) or vulnerable_setting(doc) is not None:
        return True
    # the work is the draft's subject when the field's words come in two kinds (« maraude … réduction des
    # risques »); one word, even repeated in a page about something else (« sans domicile » among the situations
    # a benefits simulator counts), is a mention
    return len({m.group(0).casefold() for m in _SENSITIVE_WORK.finditer(doc.source)}) >= 2
