"""What it checks: when the draft (text, alt texts or credits) speaks of a hospital, clinic, refugee or
displacement camp (also a named camp: "Minawao camp", « camp de M'béra »; an IDP site, « site de
déplacés »; a numbered shelter, tent or block: "Shelter 12", « abri 4 », "block D"), or a detention
setting (prison, detention or removal centre), every image must record
the consent of the people shown (`consent: true` in its front-matter entry). An image in the text counts when the setting is named in its own section
(between headings, within about 1,500 characters) or in its alt text or credit. Markdown and HTML images
cannot record consent and are flagged with a hint to declare them in the front matter. Images marked
`minors: true` are left to `minors.image-consent`.
On a page of a static site, only a picture known to be a photograph (camera data, the file itself, a stock
agency, its alt text) is checked, and only when the setting is named by its alt text or credit or in its own
paragraph: a word in a long article ("medical records are stored at hospitals") does not say where its pictures
were taken.
Why: ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux », requires prior authorisation
of anyone recognisable, "in particular in a vulnerable setting such as a hospital or a refugee camp".
Not a camp: "summer camp", « camp de vacances », "boot camp", "training camp", « camp d'entraînement »,
"camp site", « le camp présidentiel » — a named camp counts only when its name is not a dictionary word.
Fix safety: no automatic fix; record consent, or use an image where nobody can be recognised."""
# The front matter records consent per image (`consent: true`) and whether it shows children (`minors: true`);
# Markdown and HTML images carry neither, so in a vulnerable setting (`postlint.document.settings`) they are
# flagged with a hint to declare them in the front matter.
from __future__ import annotations

from postlint.core.rule import rule
from postlint.document.model import Document, Image
from postlint.document.settings import SETTING_WORDS, setting_mentions, yes_no
from postlint.images.locate import root_of
from postlint.images.photo import judge, not_a_photo

SOURCE = ("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: « tout individu qui publie des "
          "images sur les médias sociaux doit obtenir au préalable l'autorisation des personnes pouvant être reconnues "
          "sur ces images, en particulier si elles ont été prises dans un environnement vulnérable, comme un hôpital "
          "ou un camp de réfugié·e·s »")


def _declare_hint(ctx, im: Image) -> str:
    if im.origin == "front_matter":
        return ""
    return ctx.msg(fr=" Déclarez l'image dans le front matter (images: - src: … consent: true).",
                   en=" Declare the image in the front matter (images: - src: … consent: true).")


@rule("disclosure.image-consent", severity="warning",
      summary="An image in a draft about a hospital, clinic, camp or detention setting without `consent: true`",
      source=SOURCE,
      examples={"fail": ('---\nimages:\n  - src: img/pediatrie.jpg\n    credit: "© Awa Diallo"\n---\nVisite du service de pédiatrie de l\'hôpital de Pikine.\n',),
                "pass": ('---\nimages:\n  - src: img/mbera.jpg\n    credit: "© Awa Diallo"\n    consent: true\n---\nAtelier de couture au camp de réfugiés de Mbera.\n',)})
def image_consent(doc: Document, ctx):
    if not doc.images:
        return
    mentions = setting_mentions(doc)
    if not mentions:
        return
    for im in doc.images:
        if yes_no(im.consent) is True or yes_no(im.minors) is True:
            continue
        if doc.site and not _known_photograph(doc, im, root_of(doc, getattr(ctx.settings, "root", None))):
            continue  # a published site's screenshot, chart, logo or banner: nobody to ask
        setting = _setting_of(doc, im, mentions)
        if setting is None:
            continue
        fr, en = SETTING_WORDS[setting[0]]
        state = "consent: false" if yes_no(im.consent) is False else ctx.msg(fr="aucun consentement enregistré",
                                                                             en="no consent recorded")
        msg = ctx.msg(fr="Image « {s} » dans un message qui évoque {w} (« {t} ») — {c} : obtenez l'autorisation des "
                         "personnes reconnaissables et indiquez consent: true.{h}",
                      en="Image '{s}' in a post about {we} ('{t}') — {c}: get the consent of anyone recognisable and "
                         "set consent: true.{h}",
                      s=im.src, w=fr, we=en, t=setting[1], c=state,
                      h=_declare_hint(ctx, im))
        yield ctx.finding(doc.image_span(im), msg, suggestions=["consent: true"])


def _setting_of(doc: Document, im: Image, mentions: list[tuple[int, str, str]]) -> tuple[str, str] | None:
    """The setting a picture may have been taken in: for a front-matter image (the post's own picture), any
    mention; for an image in the text, a mention in its own section (between headings), its alt text or credit —
    not a hospital named in a bio far above a board member's portrait."""
    if doc.site:
        return _setting_beside(doc, im, mentions)
    if im.origin == "front_matter":
        return mentions[0][1], mentions[0][2]
    lo, hi = doc.body.start, doc.body.end
    for b in doc.blocks:
        if b.kind != "heading":
            continue
        if b.span.end <= im.span.start:
            lo = b.span.end
        elif b.span.start >= im.span.end:
            hi = b.span.start
            break
    for at, kind, words in mentions:
        if at < 0 and words and (words in (im.alt or "") or words in str(im.credit or "")):
            return kind, words
        if at >= 0 and lo <= at < hi and abs(at - im.span.start) <= 1500:
            return kind, words
    return None


# On a published site page, a word in a long article ("hospitals" in a post about a data portal, "prison" in a year
# in review) does not say where the pictures were taken: the setting must be named by the image itself (alt text,
# credit) or in the image's own paragraph, and the image must be known to be a photograph.


def _known_photograph(doc: Document, im: Image, root: str) -> bool:
    if not_a_photo(im):
        return False  # "Graphic of computing clouds" (a stock illustration: credited, but nobody in it)
    evidence = judge(doc, im, False, root)
    return evidence.report and evidence.photograph


def _setting_beside(doc: Document, im: Image, mentions: list[tuple[int, str, str]]) -> tuple[str, str] | None:
    for at, kind, words in mentions:
        if at < 0 and words and (words in (im.alt or "") or words in str(im.credit or "")):
            return kind, words
        if at >= 0 and im.origin != "front_matter" and any(
                b.span.start <= im.span.start and im.span.end <= b.span.end and b.span.start <= at < b.span.end
                for b in doc.blocks):
            return kind, words
    return None


RULES = [image_consent]
