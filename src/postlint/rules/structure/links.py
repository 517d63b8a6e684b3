"""What it checks: the distinct hyperlinks (Markdown links, <autolinks>, bare URLs and www. addresses) in
the release's own text, from the headline to the last body paragraph. The website address in the
"about" paragraph, e-mail addresses and links in the contact block or notes to editors are not
counted: the guide asks for them separately, and a journalist needs a link to this story (the report,
the press page, the photos), not the home page. Too many links: the finding points at the first link
over the maximum.
Why: the INPUD media guide asks for « un à trois hyperliens où davantage d'informations peuvent être
trouvées », and for a link to the press page instead of attachments.
Reported at info level (worth a look: the guide's advice, not a defect), press releases only.
Fix safety: no automatic fix."""
from __future__ import annotations

from postlint.core.rule import Context, Option, rule
from postlint.document.model import Document
from postlint.rules.structure._release import GUIDE, RELEASE, count, press, release
from postlint.rules.structure import _examples as ex


@rule("structure.links", severity="info", summary="A press release gives 1 to 3 links where more information can be found.",
      source=GUIDE + "Un à trois hyperliens où davantage d'informations peuvent être trouvées. » ; « Mettez un "
                     "lien avec la page presse … et n'envoyez pas de pièces jointes. »",
      doc_types=RELEASE,
      options={"min": Option(int, 1, "fewest links in the release text", minimum=0),
               "max": Option(int, 3, "most links in the release text", minimum=1)},
      examples={"fail": (ex.without(ex.LINK),  # only the website, in the "about" paragraph
                         ex.replacing(ex.LINK, *(f"{what} : https://www.sunusante.org/{page}" for what, page in (
                             ("Le programme", "programme"), ("Les photos", "photos"), ("Le rapport", "rapport"),
                             ("La carte", "carte"), ("Les partenaires", "partenaires"))))),
                "pass": ("Le rapport complet est en ligne : https://www.exemple.org/rapport-2025",)})
def links(doc: Document, ctx: Context):
    rel = release(doc)
    if rel is None or rel.lead is None:
        return
    found = press.body_links(doc, rel)
    lo, hi = ctx.options["min"], ctx.options["max"]
    if len(found) < lo:
        yield ctx.finding(None, ctx.msg(
            fr="Aucun lien dans le texte du communiqué. Le guide demande un à trois hyperliens où "
               "trouver davantage d'informations (rapport, page presse, photos) ; le site web du paragraphe "
               "« À propos » ne compte pas.",
            en="No link in the release text. The guide asks for one to three hyperlinks where more "
               "information can be found (report, press page, photos); the website in the \"About\" paragraph "
               "does not count.") if lo == 1 else ctx.msg(
            fr="{n} dans le texte du communiqué, moins que les {lo} demandés.",
            en="{n} in the release text, fewer than the {lo} required.",
            n=count(ctx, len(found), "lien", "link") if found else ctx.msg(fr="Aucun lien", en="No link"), lo=lo))
    elif len(found) > hi:
        yield ctx.finding(found[hi].span, ctx.msg(
            fr="{n} liens dans le texte du communiqué : le guide en recommande 1 à {hi}. Gardez les plus utiles "
               "(rapport, page presse) et regroupez le reste sur la page presse.",
            en="{n} links in the release text: the guide recommends 1 to {hi}. Keep the most useful (report, "
               "press page) and gather the rest on the press page.", n=len(found), hi=hi))


RULES = [links]
