"""Consent of the people shown: images of children, and images from hospitals, clinics, camps, detention.

The front matter records consent per image (`consent: true`) and whether it shows children
(`minors: true`); Markdown and HTML images carry neither, so in a vulnerable setting they are flagged
with a hint to declare them in the front matter.
"""
from __future__ import annotations


from postlint.text.gates import fold_case, gate, passes
from postlint.text.patterns import LazyRegex

from postlint.document.model import Document, Image
from postlint.text.lang import is_word_form
from postlint.document.names import PlaceMatch, camp_location, is_first_name
from postlint.core.rule import rule
from postlint.document.analysis import analysis

SOURCE = ("Guide 003 (ACT Alliance), « tout individu qui publie des images sur les médias sociaux doit obtenir au "
          "préalable l'autorisation des personnes pouvant être reconnues sur ces images, en particulier si elles ont "
          "été prises dans un environnement vulnérable, comme un hôpital ou un camp de réfugié·e·s »")

SETTINGS = LazyRegex(
    r"(?<![\p{L}])(?:"
    r"(?P<hospital>CHU|CHR|(?i:hôpitaux|hôpital|hopital|centre[ \t]+hospitalier|clinique(?![ \t]+juridique)|"
    r"service[ \t]+de[ \t]+(?:pédiatrie|néonatologie|réanimation|urgences)|à[ \t]+la[ \t]+maternité|"
    r"hospitals?|clinics?|(?:maternity|children's|paediatric|pediatric)[ \t]+ward|emergency[ \t]+room|"
    r"(?:centres?|postes?|cases?)[ \t]+de[ \t]+santé|dispensaires?|health[ \t]+(?:centres?|centers?|posts?)))"
    r"|(?P<camp>(?i:camps?[ \t]+(?:de|des|d['’])[ \t]*(?:réfugié|déplacé|personnes[ \t]+"
    r"déplacées|transit|migrants)\w*|sites?[ \t]+(?:d['’]accueil[ \t]+)?(?:de|des|d['’])[ \t]*(?:personnes[ \t]+)?déplacé\w*|"
    r"(?:refugee|idp|displacement|displaced[ \t]+persons['’]?|transit|migrant|asylum)[ \t-]+camps?|refugee[ \t]+settlements?|"
    r"(?:idp|displacement)[ \t-]+(?:sites?|settlements?|centres?|centers?)|camps?[ \t]+for[ \t]+(?:refugees|displaced|idps))"
    r"|(?i:shelter|abri|tente?|block|bloc)[ \t]*(?:(?i:n°|no\.|numéro|number|\#)[ \t]*)?(?:[A-Z]?\d{1,4}[A-Z]?|[A-HJ-Z])"
    r"(?![\p{L}\p{N}])"  # named camps last: "Refugee camp" is the branch above, not a camp named "Refugee"
    r"|[Cc]amps?[ \t]+(?:de[ \t]+|d['’](?=[AEIOUYÉ]))?(?P<cn>\p{Lu}(?:['’]\p{L})?[\p{L}\-]+)"
    r"|(?P<cn2>\p{Lu}(?:['’]\p{L})?[\p{L}\-]+)[ \t]+[Cc]amps?)"
    r"|(?P<detention>(?i:prisons?|maison[ \t]+d['’]arrêt|centres?[ \t]+(?:de[ \t]+)?(?:détention|rétention|pénitentiaire)|"
    r"milieu[ \t]+carcéral|garde[ \t]+à[ \t]+vue|detention[ \t]+(?:centres?|centers?|facilit\w+)|jails?|police[ \t]+cells?|"
    r"immigration[ \t]+removal[ \t]+centres?)))(?![\p{L}])")
# Every SETTINGS match holds one of these (on fold_case(text); `_gates.implied`): most texts skip the pattern.
SETTINGS_GATE = gate("chu chr hôpita hopital clinique pédiatrie néonatologie réanimation urgences maternité ward "
                     "emergency santé dispensaire health hospital clinic camp déplacé settlement prison maison détention "
                     "rétention pénitentiaire carcéral garde detention jail police removal shelter abri tent bloc idp "
                     "displacement")
_NOT_THERE = LazyRegex(
    r"(?i)\b(?:avec|with|partenariat|partnership|partenaires?|partners?|vers|towards?|orient\w*|référ\w*|refer\w*|"
    r"financ\w*|fund\w*|soutien|support|grâce|nearest|closest|sans|aucune?|loin|far[ \t]+from)\b[^.!?]{0,30}$")
# a distance or an absence, not a place of the pictures: « l'hôpital le plus proche est à 40 km »
_NOT_THERE_AFTER = LazyRegex(r"(?i)^[^.!?]{0,15}\b(?:le[ \t]+plus[ \t]+proche|la[ \t]+plus[ \t]+proche|"
                             r"is[ \t]+(?:a[ \t]+day|\d+|hours?|miles?|far)|est[ \t]+à[ \t]+\d)")
_SENTENCE = LazyRegex(r"[.!?\n]")
_REASONS = {
    "hospital": ("un hôpital ou une clinique", "a hospital or clinic"),
    "camp": ("un camp de réfugié·e·s ou de personnes déplacées", "a refugee or displacement camp"),
    "detention": ("un lieu de détention", "a detention setting"),
}


def _flag(value) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).strip().lower()
    if text in ("yes", "oui", "true", "vrai", "1", "y", "o"):
        return True
    if text in ("no", "non", "false", "faux", "0", "n"):
        return False
    return None


@analysis
def vulnerable_setting(doc: Document) -> tuple[str, str] | None:
    """(kind, words) of the first hospital/clinic/camp/detention mention in the text or the alt texts."""
    found = None
    texts = [doc.prose[doc.body.start:doc.body.end]] + [im.alt or "" for im in doc.images] + \
        [str(im.credit or "") for im in doc.images]
    for text in texts:
        for m in SETTINGS.finditer(text) if passes(SETTINGS_GATE, fold_case(text)) else ():
            if _NOT_THERE.search(text[max(0, m.start() - 40):m.start()]) or \
                    _NOT_THERE_AFTER.match(text[m.end():m.end() + 60]):
                continue  # a partner or a referral destination, not where the pictures were taken
            name = m.group("cn") or m.group("cn2")
            if name and (is_word_form(name) or is_first_name(name)):
                continue  # "Summer camp", "Boot Camp", « camp de Vacances »: named camps only ("Minawao camp")
            if m.group(0)[:3].lower() == "blo" and not camp_location(
                    PlaceMatch(0, 0, m.group(0), "camp"), _SENTENCE.split(text[:m.start()])[-1] +
                    _SENTENCE.split(text[m.start():])[0]):
                continue  # a block in a sentence about a camp, not « bloc A du ministère » (as geotag rules)
            kind = next(k for k in ("hospital", "camp", "detention") if m.group(k))
            found = (kind, m.group(0).strip())
            break
        if found:
            break
    return found


def _declare_hint(ctx, im: Image) -> str:
    if im.origin == "front_matter":
        return ""
    return ctx.msg(fr=" Déclarez l'image dans le front matter (images: - src: … consent: true).",
                   en=" Declare the image in the front matter (images: - src: … consent: true).")


@rule("minors.image-consent", severity="error",
      summary="An image marked `minors: true` without `consent: true`",
      source=SOURCE,
      explain="""
What it checks: a front-matter image with `minors: true` (it shows children) must also say `consent: true`:
the consent of the child's parents or guardians, and the child's own assent, is recorded.
Why: guide 003 asks for prior consent of anyone recognisable and that photos of children follow the child
safeguarding policy; UNICEF and Save the Children ask for the consent of the child and of the guardian.
Fix safety: no automatic fix; record consent (then set `consent: true`), or use a picture where no child
can be recognised (from behind, blurred) and set `minors: false`.""",
      examples={"fail": ("images: [{src: a.jpg, credit: X, minors: true}]",),
                "pass": ("images: [{src: a.jpg, credit: X, minors: true, consent: true}]",)})
def minors_image_consent(doc: Document, ctx):
    for im in doc.images:
        if _flag(im.minors) is not True or _flag(im.consent) is True:
            continue
        where = ""
        setting = vulnerable_setting(doc)  # (memoised; only drafts with such an image need it)
        if setting:
            fr, en = _REASONS[setting[0]]
            where = ctx.msg(fr=f", dans {fr} (« {setting[1]} »)", en=f", in {en} ('{setting[1]}')")
        state = ctx.msg(fr="consent: false", en="consent: false") if _flag(im.consent) is False else \
            ctx.msg(fr="aucun consentement enregistré", en="no consent recorded")
        msg = ctx.msg(fr="L'image « {s} » montre des enfants (minors: true){w} — {c} : obtenez l'accord des parents ou "
                         "tuteurs et de l'enfant, puis indiquez consent: true, ou choisissez une image où aucun enfant "
                         "n'est reconnaissable.",
                      en="The image '{s}' shows children (minors: true){w} — {c}: get the consent of the parents or "
                         "guardians and the child's assent, then set consent: true, or use an image where no child "
                         "can be recognised.", s=im.src, w=where, c=state)
        yield ctx.finding(doc.image_span(im), msg, suggestions=["consent: true"])


@rule("disclosure.image-consent", severity="warning",
      summary="An image in a draft about a hospital, clinic, camp or detention setting without `consent: true`",
      source=SOURCE,
      explain="""
What it checks: when the draft (text, alt texts or credits) speaks of a hospital, clinic, refugee or
displacement camp (also a named camp: "Minawao camp", « camp de M'béra »; an IDP site, « site de
déplacés »; a numbered shelter, tent or block: "Shelter 12", « abri 4 », "block D"), or a detention
setting (prison, detention or removal centre), every image must record
the consent of the people shown (`consent: true` in its front-matter entry). Markdown and HTML images
cannot record consent and are flagged with a hint to declare them in the front matter. Images marked
`minors: true` are left to `minors.image-consent`.
Why: guide 003 requires prior authorisation of anyone recognisable, "in particular in a vulnerable setting
such as a hospital or a refugee camp".
Not a camp: "summer camp", « camp de vacances », "boot camp", "training camp", « camp d'entraînement »,
"camp site", « le camp présidentiel » — a named camp counts only when its name is not a dictionary word.
Fix safety: no automatic fix; record consent, or use an image where nobody can be recognised.""",
      examples={"fail": ("images: [{src: a.jpg, credit: X}] + « Visite du service de pédiatrie de l'hôpital »",),
                "pass": ("images: [{src: a.jpg, credit: X, consent: true}] + « … camp de réfugiés de Mbera »",)})
def image_consent(doc: Document, ctx):
    if not doc.images:
        return
    setting = vulnerable_setting(doc)
    if not setting:
        return
    fr, en = _REASONS[setting[0]]
    for im in doc.images:
        if _flag(im.consent) is True or _flag(im.minors) is True:
            continue
        state = "consent: false" if _flag(im.consent) is False else ctx.msg(fr="aucun consentement enregistré",
                                                                             en="no consent recorded")
        msg = ctx.msg(fr="Image « {s} » dans un message qui évoque {w} (« {t} ») — {c} : obtenez l'autorisation des "
                         "personnes reconnaissables et indiquez consent: true.{h}",
                      en="Image '{s}' in a post about {we} ('{t}') — {c}: get the consent of anyone recognisable and "
                         "set consent: true.{h}",
                      s=im.src, w=fr, we=en, t=setting[1], c=state,
                      h=_declare_hint(ctx, im))
        yield ctx.finding(doc.image_span(im), msg, suggestions=["consent: true"])


RULES = [minors_image_consent, image_consent]
