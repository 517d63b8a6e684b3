"""Press release structure (INPUD media guide, seed 000: « Un communiqué de presse … devrait inclure : »).

Every rule reads the same analysis (`postlint.document.press.analyse`), so they agree on which paragraph is the lead,
which are the body and where the contact block and the "about" paragraph are. Pitches and attachments are
in `structure_pitch.py`.
"""
from __future__ import annotations

from postlint.core.lazyimport import lazy_module
from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.core.rule import Context, Edit, Fix, Option, rule

press = lazy_module("postlint.document.press")  # only press releases and pitches need the analysis
people = lazy_module("postlint.document.press_people")

RELEASE = frozenset({"press-release"})
GUIDE = ("Guide 000 (INPUD, fiche médias), « Un communiqué de presse visant à faire un plaidoyer sur les médias "
         "devrait inclure : ")


def _first_line(doc: Document, span: Span) -> Span:
    return press._first_line(doc, span)


def _lines(doc: Document, units: list[press.Unit]) -> str:
    first, last = doc.position(units[0].span.start)[0], doc.position(units[-1].span.end)[0]
    return str(first) if first == last else f"{first}–{last}"


def _count(ctx: Context, n: int, fr: str, en: str) -> str:
    """"3 paragraphes" / "1 paragraph": `fr` and `en` are singular nouns, made plural with an s."""
    noun = ctx.msg(fr=fr, en=en)
    return f"{n} {noun}{'s' if n > 1 else ''}"


def _release(doc: Document) -> press.Release | None:
    return None if doc.is_empty() else press.analyse(doc)


# --------------------------------------------------------------------------------------------- headline
@rule("structure.headline", summary="A press release opens with a short headline carrying the key message.",
      source=GUIDE + "Un titre percutant qui renferme le message clé. »", doc_types=RELEASE, fix="sometimes",
      options={"max_chars": Option(int, 100, "longest headline, in characters", minimum=10),
               "max_words": Option(int, 15, "longest headline, in words", minimum=2)},
      explain="""
      What it checks: a press release has a headline (its first heading, or its first line when the draft has
      no heading) of at most `max_chars` characters and `max_words` words, not ending in a full stop. A
      second heading or a bold line right under it is read as the optional subtitle. Release lines
      (« COMMUNIQUÉ DE PRESSE », « FOR IMMEDIATE RELEASE ») and embargo lines above it are skipped.
      Why: the INPUD media guide asks for « un titre percutant qui renferme le message clé »; editors read
      the headline first, and a headline longer than about 100 characters is cut in feeds and e-mail
      subjects.
      Examples: see below.
      Fix safety: removing a final full stop is safe; shortening a headline is an editor's call.
      """,
      examples={"fail": ("# Le réseau Sunu Santé est heureux de vous annoncer l'ouverture prochaine d'un nouveau centre "
                         "d'accueil de jour à Pikine pour les personnes qui utilisent des drogues",
                         "# Pikine opens a drop-in centre."),
                "pass": ("# Pikine : un centre d'accueil de jour ouvre ses portes",)})
def headline(doc: Document, ctx: Context):
    rel = _release(doc)
    if rel is None:
        return
    if rel.headline_span is None:
        yield ctx.finding(None, ctx.msg(
            fr="Pas de titre : le communiqué commence directement par un paragraphe. Le guide demande un titre "
               "percutant qui renferme le message clé (moins de {n} caractères), en premier titre « # ».",
            en="No headline: the release starts straight with a paragraph. The guide asks for a striking headline "
               "carrying the key message (under {n} characters), as the first « # » heading.",
            n=ctx.options["max_chars"]))
        return
    span = rel.headline_span
    text = " ".join(doc.prose[span.start:span.end].split()).strip(" *_")
    chars, nwords = len(text), press.words(text)
    over = []
    if chars > ctx.options["max_chars"]:
        over.append(ctx.msg(fr="{n} caractères (max. {m})", en="{n} characters (max {m})", n=chars,
                            m=ctx.options["max_chars"]))
    if nwords > ctx.options["max_words"]:
        over.append(ctx.msg(fr="{n} mots (max. {m})", en="{n} words (max {m})", n=nwords, m=ctx.options["max_words"]))
    if over:
        yield ctx.finding(span, ctx.msg(
            fr="Titre trop long : {what}. Le guide demande un titre percutant qui renferme le message clé : gardez "
               "l'essentiel dans le titre et le reste dans le sous-titre ou le chapeau.",
            en="Headline too long: {what}. The guide asks for a striking headline carrying the key message: keep "
               "the essentials in the headline and move the rest to the subtitle or the lead.",
            what=ctx.msg(fr=" et ", en=" and ").join(over)))
    # a final full stop (not an ellipsis, not an abbreviation such as "etc.")
    end = span.end
    while end > span.start and doc.source[end - 1] in " \t\r*_#":
        end -= 1
    if end > span.start and doc.source[end - 1] == "." and not doc.source[span.start:end].endswith(".."):
        dot = Span(end - 1, end)
        yield ctx.finding(dot, ctx.msg(
            fr="Un titre ne se termine pas par un point.", en="A headline does not end with a full stop."),
            fix=Fix((Edit(dot, ""),), "safe", ctx.msg(fr="Retirer le point final", en="Remove the full stop")),
            suggestions=[ctx.msg(fr="retirer le point", en="remove the full stop")])


# --------------------------------------------------------------------------------------------- lead
@rule("structure.lead", summary="A press release has an introductory paragraph (lead) right after the headline.",
      source=GUIDE + "Un paragraphe d'introduction qui constitue une déclaration convaincante sur votre projet de "
                     "plaidoyer. »", doc_types=RELEASE,
      options={"max_words": Option(int, 80, "a longer lead is reported (info)", minimum=10)},
      explain="""
      What it checks: after the headline (and the optional subtitle, dateline, release and embargo lines) comes
      an introductory paragraph. A lead longer than `max_words` is reported at info level.
      Why: the INPUD media guide asks for « un paragraphe d'introduction qui constitue une déclaration
      convaincante »: who, what, when, where and why in a few lines, because many journalists read no further.
      Fix safety: no automatic fix.
      """,
      examples={"fail": ("# Titre\\n\\n– 30 –", "a 120-word first paragraph"),
                "pass": ("# Titre\\n\\nDakar, le 5 mai 2025 – Sunu Santé ouvre aujourd'hui un centre à Pikine.",)})
def lead(doc: Document, ctx: Context):
    rel = _release(doc)
    if rel is None or rel.headline_span is None and rel.lead is None:
        return
    if rel.lead is None:
        yield ctx.finding(None, ctx.msg(
            fr="Pas de paragraphe d'introduction après le titre. Le guide demande un chapeau qui constitue une "
               "déclaration convaincante : qui, quoi, où, quand et pourquoi, en quelques lignes.",
            en="No introductory paragraph after the headline. The guide asks for a lead that makes a compelling "
               "statement: who, what, where, when and why, in a few lines."))
        return
    n = press.words(doc.prose[rel.lead.span.start:rel.lead.span.end])
    if n > ctx.options["max_words"]:
        yield ctx.finding(_first_line(doc, rel.lead.span), ctx.msg(
            fr="Le chapeau compte {n} mots (plus de {m}) : le guide veut une déclaration d'introduction courte et "
               "convaincante. Gardez l'essentiel (qui, quoi, pourquoi maintenant) et passez le reste au corps.",
            en="The lead runs to {n} words (over {m}): the guide asks for a short, compelling opening statement. "
               "Keep the essentials (who, what, why now) and move the rest into the body.",
            n=n, m=ctx.options["max_words"]), severity="info")


# --------------------------------------------------------------------------------------------- body
@rule("structure.body-length", summary="After the lead, 2 to 5 paragraphs of 300 to 500 words in all.",
      source=GUIDE + "Deux à cinq paragraphes ensuite (c.à.d. 300 à 500 mots) donnant davantage d'informations. »",
      doc_types=RELEASE,
      options={"min_words": Option(int, 300, "fewest words after the lead", minimum=0),
               "max_words": Option(int, 500, "most words after the lead", minimum=1),
               "min_paragraphs": Option(int, 2, "fewest paragraphs after the lead", minimum=0),
               "max_paragraphs": Option(int, 5, "most paragraphs after the lead", minimum=1),
               "include_lead": Option(bool, False, "count the lead's words and paragraph too")},
      explain="""
      What it checks: the paragraphs between the lead and the end of the release text — the first end mark
      (###, -30-, – 30 –, FIN, ENDS), thematic break (***), press contact, "about" paragraph or notes to
      editors. Release, embargo and dateline lines, headings, image captions and one-line link paragraphs
      ("Plus d'informations : https://…") are not counted; a list counts as one paragraph. The message says which lines were counted and how many words they hold.
      Why: the INPUD media guide asks for « deux à cinq paragraphes ensuite (c.à.d. 300 à 500 mots) ».
      French practice is often shorter (one A4 page, 1,000–1,500 signs): lower `min_words` in
      `.postlint.yaml` if your newsroom contacts prefer short releases.
      Fix safety: no automatic fix.
      """,
      examples={"fail": ("a lead and one 80-word paragraph", "a lead and nine paragraphs (584 words)"),
                "pass": ("a lead and four paragraphs of 350 words",)})
def body_length(doc: Document, ctx: Context):
    rel = _release(doc)
    if rel is None or rel.lead is None:
        return
    counted = ([rel.lead] if ctx.options["include_lead"] else []) + [
        u for u in rel.body if not _link_line(doc, u)]
    n_par = len(counted)
    n_words = sum(press.words(doc.prose[u.span.start:u.span.end]) for u in counted)
    o = ctx.options
    problems = []
    if n_par > o["max_paragraphs"]:
        problems.append(ctx.msg(fr="trop de paragraphes", en="too many paragraphs"))
    elif n_par < o["min_paragraphs"]:
        problems.append(ctx.msg(fr="trop peu de paragraphes", en="too few paragraphs"))
    if n_words > o["max_words"]:
        problems.append(ctx.msg(fr="trop long", en="too long"))
    elif n_words < o["min_words"]:
        problems.append(ctx.msg(fr="trop court", en="too short"))
    if not problems:
        return
    where = ctx.msg(fr=" (lignes {l})", en=" (lines {l})", l=_lines(doc, counted)) if counted else ""
    what = ctx.msg(fr="le chapeau et les paragraphes suivants", en="the lead and the paragraphs after it") \
        if o["include_lead"] else ctx.msg(fr="après le chapeau", en="after the lead")
    yield ctx.finding(None, ctx.msg(
        fr="Corps du communiqué : {p} et {w} {what}{where} — {problems}. Le guide recommande "
           "{p0} à {p1} paragraphes ({w0} à {w1} mots) après le paragraphe d'introduction.",
        en="Release body: {p} and {w} {what}{where} — {problems}. The guide recommends "
           "{p0} to {p1} paragraphs ({w0} to {w1} words) after the introductory paragraph.",
        problems=", ".join(problems), p=_count(ctx, n_par, "paragraphe", "paragraph"),
        w=_count(ctx, n_words, "mot", "word"), what=what, where=where,
        p0=o["min_paragraphs"], p1=o["max_paragraphs"], w0=o["min_words"], w1=o["max_words"]))


def _link_line(doc: Document, unit: press.Unit) -> bool:
    """"Plus d'informations : https://…", "[Read the report](…)": a pointer, not a paragraph of the body."""
    span = unit.span
    return (unit.kind != "heading" and press.words(doc.prose[span.start:span.end]) <= 12
            and any(span.start <= link.span.start < span.end for link in doc.links))


# --------------------------------------------------------------------------------------------- quote
@rule("structure.quote", summary="A press release quotes a named spokesperson.",
      source=GUIDE + "… pouvant inclure une citation du porte-parole principal de votre organisation. »",
      doc_types=RELEASE,
      explain="""
      What it checks: the release text (lead and body) holds at least one quotation — « … », “…”, "…" or a
      Markdown block quote — attributed to a named person: a reporting verb ("a déclaré", "déclare",
      "souligne", "explique", "selon", "a fait valoir", "said", "says", "according to" …) or a dash
      ("— Aya Kouassi") with a name next to it. Quoted phrases of a few words (scare quotes) are not
      statements and are ignored.
      Why: the INPUD media guide suggests a quote from the organisation's main spokesperson; journalists can
      only reuse a quote they can attribute.
      Fix safety: no automatic fix.
      """,
      examples={"fail": ("« Nous voulons ouvrir la porte aux jeunes et les aider à participer. »",
                         "no quotation at all"),
                "pass": ("« Nous voulons ouvrir la porte aux jeunes », explique Aya Kouassi, présidente du collectif.",
                         "\"Peers save lives,\" said Joanne Reilly, coordinator of the collective.")})
def quote(doc: Document, ctx: Context):
    rel = _release(doc)
    if rel is None or rel.lead is None:
        return
    qs = people.quotes(doc, rel)
    if any(q.named for q in qs):
        return
    if not qs:
        yield ctx.finding(None, ctx.msg(
            fr="Aucune citation dans le communiqué. Le guide conseille une citation du porte-parole principal, "
               "attribuée par son nom et sa fonction (« … », déclare Prénom Nom, fonction).",
            en="No quotation in the release. The guide advises a quote from the main spokesperson, attributed by "
               "name and role (\"…,\" said First Last, role)."))
        return
    yield ctx.finding(qs[0].span, ctx.msg(
        fr="Citation sans porte-parole nommé : un journaliste ne peut la reprendre que si elle est attribuée "
           "(« … », déclare Prénom Nom, fonction).",
        en="Quotation without a named spokesperson: journalists can only reuse a quote they can attribute "
           "(\"…,\" said First Last, role)."))


# --------------------------------------------------------------------------------------------- links
@rule("structure.links", summary="A press release gives 1 to 3 links where more information can be found.",
      source=GUIDE + "Un à trois hyperliens où davantage d'informations peuvent être trouvées. » ; « Mettez un "
                     "lien avec la page presse … et n'envoyez pas de pièces jointes. »",
      doc_types=RELEASE,
      options={"min": Option(int, 1, "fewest links in the release text", minimum=0),
               "max": Option(int, 3, "most links in the release text", minimum=1)},
      explain="""
      What it checks: the distinct hyperlinks (Markdown links, <autolinks>, bare URLs and www. addresses) in
      the release's own text, from the headline to the last body paragraph. The website address in the
      "about" paragraph, e-mail addresses and links in the contact block or notes to editors are not
      counted: the guide asks for them separately, and a journalist needs a link to this story (the report,
      the press page, the photos), not the home page. Too many links: the finding points at the first link
      over the maximum.
      Why: the INPUD media guide asks for « un à trois hyperliens où davantage d'informations peuvent être
      trouvées », and for a link to the press page instead of attachments.
      Fix safety: no automatic fix.
      """,
      examples={"fail": ("a release with no link, or only the website in the \"about\" paragraph",
                         "a release with five links in the body"),
                "pass": ("Le rapport complet est en ligne : https://www.exemple.org/rapport-2025",)})
def links(doc: Document, ctx: Context):
    rel = _release(doc)
    if rel is None or rel.lead is None:
        return
    found = press.body_links(doc, rel)
    lo, hi = ctx.options["min"], ctx.options["max"]
    if len(found) < lo:
        yield ctx.finding(None, ctx.msg(
            fr="Aucun lien dans le texte du communiqué ({n} trouvé(s)). Le guide demande un à trois hyperliens où "
               "trouver davantage d'informations (rapport, page presse, photos) ; le site web du paragraphe "
               "« À propos » ne compte pas.",
            en="No link in the release text ({n} found). The guide asks for one to three hyperlinks where more "
               "information can be found (report, press page, photos); the website in the \"About\" paragraph "
               "does not count.", n=len(found)) if lo == 1 else ctx.msg(
            fr="{n} lien(s) dans le texte du communiqué, moins que les {lo} demandés.",
            en="{n} link(s) in the release text, fewer than the {lo} required.", n=len(found), lo=lo))
    elif len(found) > hi:
        yield ctx.finding(found[hi].span, ctx.msg(
            fr="{n} liens dans le texte du communiqué : le guide en recommande 1 à {hi}. Gardez les plus utiles "
               "(rapport, page presse) et regroupez le reste sur la page presse.",
            en="{n} links in the release text: the guide recommends 1 to {hi}. Keep the most useful (report, "
               "press page) and gather the rest on the press page.", n=len(found), hi=hi))


# --------------------------------------------------------------------------------------------- contact
@rule("structure.press-contact", summary="A press release names a press contact: name, job title and e-mail.",
      source=GUIDE + "Le contact presse dans votre organisation comprenant son nom, l'appellation de son poste et "
                     "son adresse électronique. »", doc_types=RELEASE,
      explain="""
      What it checks: a contact block introduced by "Contact presse", "Contact(s) média", "Relations presse",
      "Renseignements", "Source :", "Pour plus d'informations, contactez …", "Media contact", "Press contact",
      "Media enquiries", "For more information, contact …" (a heading, a bold label or the start of a
      paragraph; at the top or at the end of the release) with a person's name, a job title ("chargée de
      communication", "Communications Officer" …) and an e-mail address. A phone number is optional. The
      finding says which of the three parts is missing.
      Why: the INPUD media guide asks for « le contact presse dans votre organisation comprenant son nom,
      l'appellation de son poste et son adresse électronique ».
      Fix safety: no automatic fix.
      """,
      examples={"fail": ("no contact block", "Pour plus d'information, contactez Thomas Fitzsimons au +41 79 …"),
                "pass": ("Contact presse : Khady Sow, chargée de communication, presse@sunusante.org",
                         "**Media contact:** Sam Patel, Communications Officer, press@northernpeers.org.uk")})
def press_contact(doc: Document, ctx: Context):
    rel = _release(doc)
    if rel is None:
        return
    if rel.contact is None:
        yield ctx.finding(None, ctx.msg(
            fr="Pas de contact presse. Le guide demande le nom, le poste et l'adresse électronique de la personne à "
               "contacter, par exemple « Contact presse : Prénom Nom, chargée de communication, presse@exemple.org ».",
            en="No press contact. The guide asks for the name, job title and e-mail address of the person to "
               "contact, e.g. \"Media contact: First Last, Communications Officer, press@example.org\"."))
        return
    names = tuple(ctx.organization.get("names") or ())
    parts = people.contact_parts(doc, rel.contact, names)
    missing = [label for label, value in (
        (ctx.msg(fr="le nom", en="a name"), parts.name),
        (ctx.msg(fr="le titre du poste", en="a job title"), parts.title),
        (ctx.msg(fr="l'adresse électronique", en="an e-mail address"), parts.email)) if not value]
    if not missing:
        return
    joined = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + ctx.msg(fr=" et ", en=" and ") + missing[-1]
    yield ctx.finding(_first_line(doc, rel.contact.span), ctx.msg(
        fr="Contact presse incomplet : il manque {m}. Le guide demande le nom, l'appellation du poste et "
           "l'adresse électronique du contact presse.",
        en="Incomplete press contact: missing {m}. The guide asks for the press contact's name, job title and "
           "e-mail address.", m=joined))


# --------------------------------------------------------------------------------------------- boilerplate
@rule("structure.boilerplate", summary="A short \"about\" paragraph (4–5 sentences) with the website URL.",
      source=GUIDE + "Un court paragraphe (4 à 5 phrases) avec l'information de base de votre organisation, y compris "
                     "l'adresse URL de son site internet. »", doc_types=RELEASE,
      options={"min_sentences": Option(int, 4, "fewer sentences are reported (info)", minimum=1),
               "max_sentences": Option(int, 5, "more sentences are reported", minimum=1)},
      explain="""
      What it checks: an "about" paragraph — under a heading or label "À propos de …", "About …",
      "Qui sommes-nous", or an unlabelled closing paragraph presenting the organisation ("X est une
      association …", "X is a charity …"), e.g. after a *** separator — holding the website address and
      `min_sentences` to `max_sentences` sentences. A shorter paragraph is reported at info level.
      Why: the INPUD media guide asks for « un court paragraphe (4 à 5 phrases) avec l'information de base de
      votre organisation, y compris l'adresse URL de son site internet ».
      Fix safety: no automatic fix.
      """,
      examples={"fail": ("no \"about\" paragraph", "## À propos\\n\\n(six sentences, no web address)"),
                "pass": ("## À propos de Sunu Santé\\n\\n(four or five sentences) Plus d'informations : "
                         "https://www.sunusante.org",)})
def boilerplate(doc: Document, ctx: Context):
    rel = _release(doc)
    if rel is None or rel.lead is None:
        return
    about = rel.about
    if about is None:
        yield ctx.finding(None, ctx.msg(
            fr="Pas de paragraphe « À propos ». Le guide demande un court paragraphe (4 à 5 phrases) présentant "
               "l'organisation, avec l'adresse de son site web.",
            en="No \"About\" paragraph. The guide asks for a short paragraph (4 to 5 sentences) presenting the "
               "organisation, with its website address."))
        return
    # point at the label, or else at the paragraph's first sentence
    first = press.sentences(doc, about.span)[:1]
    where = about.label if about.label else (first[0] if first else _first_line(doc, about.span))
    if not press.section_has_url(doc, about.span):
        site = (ctx.organization.get("website") or "").strip()
        yield ctx.finding(where, ctx.msg(
            fr="Le paragraphe « À propos » ne donne pas l'adresse (URL) du site web de l'organisation, que le "
               "guide demande d'y inclure.",
            en="The \"About\" paragraph does not give the organisation's website address (URL), which the guide "
               "asks to include."), suggestions=[site] if site else [])
    n = len(press.sentences(doc, about.text or about.span))
    lo, hi = ctx.options["min_sentences"], ctx.options["max_sentences"]
    if n > hi or n < lo:
        yield ctx.finding(where, ctx.msg(
            fr="Le paragraphe « À propos » compte {n} : le guide demande un court paragraphe de {lo} à {hi} "
               "phrases.",
            en="The \"About\" paragraph has {n}: the guide asks for a short paragraph of {lo} to {hi} "
               "sentences.", n=_count(ctx, n, "phrase", "sentence"), lo=lo, hi=hi),
            severity="warning" if n > hi else "info")


RULES = [headline, lead, body_length, quote, links, press_contact, boilerplate]
