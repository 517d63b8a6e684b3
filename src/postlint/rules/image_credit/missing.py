"""What it checks: every image of the draft — front matter `images:` entries, Markdown `![alt](src)` and HTML
`<img>` — must carry a credit: `credit:` in its front matter entry, a title that credits ("© X", "Photo by X"),
text after the image on its line, a <figcaption>, or a caption line right after it: "Photo : X", "© X",
"Crédit(s) : X", "Credit: X", "Source : X", "via X". Remote images count like local ones.
A "credit" that is not a source ("Source : Google Images", "Internet", "Facebook", "DR") is reported too.
Why: the guides ask to respect copyright and to cite the source fully, and to show clearly that shared
material comes from another source.
Fix safety: no automatic fix; add `credit: "© Author / Organisation"` to the image entry, or a line
"Photo : Author / Organisation" right under the image."""
from __future__ import annotations

from postlint.core.rule import rule
from postlint.document.model import Document
from postlint.rules.image_credit._credit import SOURCE, credit_kind


@rule("image-credit.missing", severity="warning",
      summary="An image without a credit (author or source), or with a credit that is not a source",
      source=SOURCE,
      examples={"fail": ("![Le jury](img/jury.jpg)  (no credit line)", "![](x.jpg)\nSource : Google Images"),
                "pass": ("![La lauréate](img/laureate.jpg)\nCrédit : Fatou Ba / Réseau Teranga Numérique",
                         '---\nimages:\n  - src: img/clean.jpg\n    credit: "© Awa Diallo / Grdr"\n---\nAtelier de couture à Kayes.\n')})
def missing(doc: Document, ctx):
    for im in doc.images:
        where = doc.image_span(im)
        name = im.src if im.src not in ("", "None") else ctx.msg(fr="(sans fichier)", en="(no file)")
        if not im.credit or not im.credit.strip():
            msg = ctx.msg(fr="Image sans crédit : « {s} ». Indiquez l'auteur et la source (« Photo : Prénom Nom / "
                             "Organisation »), dans le front matter (credit:) ou sur la ligne sous l'image.",
                          en="Image without a credit: '{s}'. Name the author and source (\"Photo: First Last / "
                             "Organisation\"), in the front matter (credit:) or on the line under the image.", s=name)
            yield ctx.finding(where, msg, suggestions=[ctx.msg(fr="Photo : Prénom Nom / Organisation",
                                                               en="Photo: First Last / Organisation")])
        elif credit_kind(im.credit) == "vague":
            msg = ctx.msg(fr="Le crédit « {c} » de l'image « {s} » n'est pas une source : nommez l'auteur ou "
                             "l'organisation qui a fourni l'image.",
                          en="The credit '{c}' of image '{s}' is not a source: name the author or the organisation "
                             "that supplied the image.", c=im.credit.strip(), s=name)
            yield ctx.finding(where, msg)


RULES = [missing]
