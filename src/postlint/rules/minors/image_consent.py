"""What it checks: a front-matter image with `minors: true` (it shows children) must also say `consent: true`:
the consent of the child's parents or guardians, and the child's own assent, is recorded.
Why: ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux », asks for prior consent of
anyone recognisable and that photos of children follow the child safeguarding policy; UNICEF and Save the
Children ask for the consent of the child and of the guardian.
Fix safety: no automatic fix; record consent (then set `consent: true`), or use a picture where no child
can be recognised (from behind, blurred) and set `minors: false`."""
from __future__ import annotations

from postlint.core.rule import rule
from postlint.document.model import Document
from postlint.document.settings import SETTING_WORDS, vulnerable_setting, yes_no

SOURCE = ("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: « tout individu qui publie des "
          "images sur les médias sociaux doit obtenir au préalable l'autorisation des personnes pouvant être reconnues "
          "sur ces images, en particulier si elles ont été prises dans un environnement vulnérable, comme un hôpital "
          "ou un camp de réfugié·e·s »")


@rule("minors.image-consent", severity="error",
      summary="An image marked `minors: true` without `consent: true`",
      source=SOURCE,
      examples={"fail": ('---\nimages:\n  - src: img/ecole.jpg\n    credit: "© Awa Diallo"\n    minors: true\n---\nRentrée à l\'école de Pikine.\n',),
                "pass": ('---\nimages:\n  - src: img/ecole.jpg\n    credit: "© Awa Diallo"\n    minors: true\n    consent: true\n---\nRentrée à l\'école de Pikine.\n',)})
def minors_image_consent(doc: Document, ctx):
    for im in doc.images:
        if yes_no(im.minors) is not True or yes_no(im.consent) is True:
            continue
        where = ""
        setting = vulnerable_setting(doc)  # (memoised; only drafts with such an image need it)
        if setting:
            fr, en = SETTING_WORDS[setting[0]]
            where = ctx.msg(fr=f", dans {fr} (« {setting[1]} »)", en=f", in {en} ('{setting[1]}')")
        state = ctx.msg(fr="consent: false", en="consent: false") if yes_no(im.consent) is False else \
            ctx.msg(fr="aucun consentement enregistré", en="no consent recorded")
        msg = ctx.msg(fr="L'image « {s} » montre des enfants (minors: true){w} — {c} : obtenez l'accord des parents ou "
                         "tuteurs et de l'enfant, puis indiquez consent: true, ou choisissez une image où aucun enfant "
                         "n'est reconnaissable.",
                      en="The image '{s}' shows children (minors: true){w} — {c}: get the consent of the parents or "
                         "guardians and the child's assent, then set consent: true, or use an image where no child "
                         "can be recognised.", s=im.src, w=where, c=state)
        yield ctx.finding(doc.image_span(im), msg, suggestions=["consent: true"])


RULES = [minors_image_consent]
