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
from postlint.images import photo
from postlint.text.patterns import LazyRegex

_PIECES = re.compile(r"[^\W\d_]+", re.U)  # the words of a file name ("juneau-vogel_selena")

# the work of organisations whose places are themselves sensitive (where people who use drugs, sex workers,
# people living with HIV, migrants or survivors can be found); a plain mention in a hospital or a camp is
# `vulnerable_setting`'s
_SENSITIVE_WORK = LazyRegex(
    r"(?i)(?<![\p{L}])(?:harm[ \t-]+reduction|réduction[ \t]+des[ \t]+(?:risques|dommages)|maraudes?|"
    r"(?:street|night|harm[ \t-]+reduction)[ \t]+outreach|naloxone|seringues?|syringes?|needle[ \t-]+exchanges?|"
    r"(?:supervised|safe)[ \t]+(?:injection|consumption)|salles?[ \t]+de[ \t]+(?:conso\w*|shoot|injection)|"
    r"(?-i:CAARUD|CSAPA|HSA)|"
    r"people[ \t]+who[ \t]+use[ \t]+drugs|usag\w+[ \t]+de[ \t]+drogues?|consommat\w+[ \t]+de[ \t]+drogues?|"
    r"sex[ \t]+work\w*|travail\w*[ \t]+du[ \t]+sexe|(?-i:TDS)|"
    r"living[ \t]+with[ \t]+HIV|vivant[ \t]+avec[ \t]+le[ \t]+VIH|PVVIH|PLHIV|"
    r"shelters?|foyers?[ \t]+d['’]accueil|hébergement[ \t]+d['’]urgence|safe[ \t]+houses?|"
    r"domestic[ \t]+violence|violences?[ \t]+conjugales?|survivors?|survivantes?|"
    r"sans[ \t-]+abri|homeless\w*|sans[ \t]+domicile|squats?|asylum[ \t]+seekers?|demandeu\w+[ \t]+d['’]asile|"
    r"exilé\w*|undocumented|sans[ \t-]+papiers)(?![\p{L}])")


def gps_harms(doc: Document, im: Image) -> bool:
    """Whether the GPS position of `im` can harm someone: see above."""
    alt = " ".join(t for t in (im.alt, im.title, im.credit) if t)
    return _portrait(doc, im) or _sensitive(doc) or bool(alt and _SENSITIVE_WORK.search(alt))


def _portrait(doc: Document, im: Image) -> bool:
    """A portrait as the image-credit rules read one (a people or team folder, a headshot said in the name or the
    alt text, a file named after a person the page names: `images.photo`), or, outside a site too, a file named
    with a first name ("eric-lenning.jpg") or an alt text naming someone in full ("Awa Diallo devant le local")."""
    if photo.portrait_of_named_person(doc, im):
        return True
    stem = _PIECES.findall(im.file_name.rsplit(".", 1)[0])
    if 2 <= len(stem) <= 4 and any(is_first_name(w) for w in stem):
        return True
    alt = " ".join(t for t in (im.alt, im.title) if t)
    return bool(alt) and any(n.full for n in person_names(alt))


@analysis
def _sensitive(doc: Document) -> bool:
    """The draft speaks of a child, a vulnerable setting or sensitive work: any photo of it may locate people."""
    if child_cues(doc) or vulnerable_setting(doc) is not None:
        return True
    # the work is the draft's subject when the field's words come in two kinds (« maraude … réduction des
    # risques »); one word, even repeated in a page about something else (« sans domicile » among the situations
    # a benefits simulator counts), is a mention
    return len({m.group(0).casefold() for m in _SENSITIVE_WORK.finditer(doc.source)}) >= 2
