"""Disclosure: confidential or internal markers, private document links and pasted secrets.

All three look for text that was meant for the team and would leak with the post: a
"CONFIDENTIEL / ne pas diffuser" banner, a Google Sheets link in edit mode, a password. Leftover
placeholders ("TODO", "[à compléter]"), reported with the markers, are found by `disclosure_placeholders.py`.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import regex

from postlint.text.gates import fold_case, gate, passes
from postlint.rules.disclosure.patterns import LazyRegex, folded_prose
from postlint.rules.disclosure.placeholders import ALNUM, block_of, is_upper, placeholders
from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.core.rule import Context, rule

SOURCE_003 = ("Guide 003 (ACT Alliance), « ne jamais divulguer d'informations confidentielles ou exclusives » "
              "de l'organisation")
SOURCE_SECURITY = ("Guides 000 (INPUD) et 003 (ACT Alliance) : sécurité numérique (mots de passe, hameçonnage), "
                   "« ne jamais divulguer d'informations confidentielles »")

# --------------------------------------------------------------------------- confidential markers
# Patterns run on folded prose (lower case, no accents, apostrophes and dashes unified).
# "always": a confidentiality marker wherever it stands.
_ALWAYS = LazyRegex(r"""(?<![\p{L}\p{N}])(?:
    strictement\ confidentiel(?:le)?s?
  | strictly\ (?:confidential|private)
  | (?:a\ |pour\ )?usage\ (?:strictement\ )?interne(?:\ (?:uniquement|seulement|exclusivement))?
        (?!\ (?:des?|du)\ |\ d')  # "l'usage interne des fonds": a noun phrase, not a banner
  | diffusion\ (?:interne|restreinte)(?:\ uniquement)?
  | (?:for\ )?internal\ (?:use|distribution|circulation)(?:\ only)?
  | internal\ only
  | not\ for\ (?:publication|distribution|circulation|public\ release)(?!\ (?:before|until|prior))
  | for\ your\ eyes\ only
  | (?:document|note|memo|rapport|report|fichier|file)\ (?:strictement\ |strictly\ )?confidenti(?:el|elle|al)s?
  | ne\ (?:pas|jamais)\ (?:diffuser|faire\ circuler|transferer)
        (?!\ (?:des?|du)\ |\ d'|\ n'importe)  # "ne pas diffuser de fausses informations": advice
  | do\ not\ (?:distribute|circulate|forward)
)(?![\p{L}\p{N}])(?!\ (?:avant|before|until|jusqu|prior))""", regex.X)  # "ne pas diffuser avant…": an embargo
# "label": a marker only when it reads as a banner: in capitals, at the head of a block, in brackets,
# or followed by what it forbids ("ne pas partager ce document"). Otherwise it is ordinary prose:
# "ne pas partager son matériel" is harm-reduction advice, "consultations confidentielles" a promise.
_LABEL = LazyRegex(r"""(?<![\p{L}\p{N}])(?:
    confidenti(?:el|elle|al)s?
  | interne | internal
  | ne\ (?:pas|jamais)\ (?:partager|publier|communiquer)
  | do\ not\ (?:share|publish|post)
  | don't\ (?:share|publish|post)
)(?![\p{L}\p{N}])""", regex.X)
_DRAFT = LazyRegex(r"(?<![\p{L}\p{N}])(?:draft|brouillon|version de travail|document de travail|pour relecture"
                       r"|for review|pour validation|a valider|not final|non definitif|work in progress|wip)"
                       r"(?![\p{L}\p{N}])")
_DRAFT_NOT = LazyRegex(r"\s*(?:law|bill|act|resolution|legislation|decree|regulation|policy|constitution|"
                           r"convention|treaty|declaration|agreement|strategy|plan|budget|guidelines?|report|"
                           r"framework|proposal|amendment|statute|code|text of|de loi|de decret)\b")
_OBJECT_AFTER = LazyRegex(r"\s+(?:ce|cette|ces|cet|this|these|externally|outside|publicly|en dehors|a l'exterieur|"
                              r"hors|sur les reseaux|on social|en l'etat|as is|yet|encore)\b")
_PROMISE = LazyRegex(r"(?:consultations?|entretiens?|depistages?|services?|accueil|ecoute|anonymes?|gratuit\w*|"
                         r"restent|reste|resteront|sera|seront|donnees|echanges|suivi|tests?|counselling|support|"
                         r"advice|anonymous|free|remain|remains|kept|de maniere|en toute|"
                         r"totally|strictly|fully|100 ?%)\W*$")
_PROMISE_AFTER = LazyRegex(r"\s*(?:et|and|&|,)\s*(?:gratuit|anonyme|free|anonymous|securise|secure)")
_LABEL_FOLLOW = LazyRegex(r"\s*(?:$|[:\-|/)\]»\"]|post\b|tweet\b|version\b|copy\b|text\b|texte\b|release\b|"
                              r"communique\b|message\b|publication\b|v\d|for\b|pour\b|de\b|do\b|ne\b|only\b|"
                              r"uniquement\b|\n)")
# Words every match of the pattern holds (`_gates.implied`), so most drafts skip (and never compile) it.
_ALWAYS_GATE = (("confidenti", "strictly", "usage", "diffusion", "internal", "not for", "eyes", "diffuser", "circuler",
                 "transferer", "do not"),)
_LABEL_GATE = (("confidenti", "interne", "internal", "partager", "publier", "communiquer", "do not", "don't"),)
_DRAFT_GATE = (("draft", "brouillon", "de travail", "relecture", "review", "validation", "valider", "not final",
                "non definitif", "work in progress", "wip"),)
_WORD = LazyRegex(r"[\p{L}]+", regex.V0)
_ALNUM_RUN = LazyRegex(r"[\p{L}\p{N}]+", regex.V0)
_BANNER_END = LazyRegex(r"[ \t]*(?:$|[:\-|/)\]»\"!]|\n)", regex.V0)

_RISKS = {"fr": "« {text} » : marque de document interne ou confidentiel. Retirez-la, et vérifiez que le contenu "
                "peut vraiment être rendu public.",
          "en": "'{text}': marks an internal or confidential document. Remove it, and check that the content may "
                "really be made public."}
_REMOVE = {"fr": "retirer la mention et vérifier le contenu", "en": "remove the marker and check the content"}


def _labelish(doc: Document, folded: str, start: int, end: int, short_ok: bool = True) -> bool:
    """Does the marker stand as a banner rather than as a word in a sentence?"""
    src = doc.source
    block = block_of(doc, start)
    before = doc.prose[block.span.start:start] if block else doc.prose[max(0, start - 40):start]
    after_src = src[end:end + 3].lstrip(" *_")
    before_src = src[max(0, start - 3):start].rstrip(" *_")
    if before_src.endswith(("[", "(")) and after_src.startswith(("]", ")")):
        return True
    text = src[start:end]
    prev_word = _WORD.findall(before)[-1:] or [""]
    if is_upper(text) and not is_upper(prev_word[0]):
        return True
    at_head = not ALNUM.search(before)
    if not at_head:
        return False
    if not short_ok:  # "Do not share needles" is advice, however short
        return bool(_BANNER_END.match(folded[end:end + 3]))
    if block is not None and len(_ALNUM_RUN.findall(doc.prose[block.span.start:block.span.end])) <= 6:
        return True
    return bool(_LABEL_FOLLOW.match(folded, end))


@rule("disclosure.confidential", severity="error",
      summary="Confidential or internal markers, drafts and leftover placeholders in a text meant for publication",
      source=SOURCE_003, fix="never",
      explain="""
What it checks: banners and notes that mark a text as internal ("CONFIDENTIEL", "usage interne",
"ne pas diffuser", "INTERNAL – DO NOT SHARE", "internal only", "not for distribution"), draft labels
("Draft post for…", "BROUILLON", "[draft]") and leftover placeholders ("TODO", "XXX", "TK", "lorem ipsum",
and notes in [], <>, {} or {{ }} made of placeholder words: "[à compléter]", "[LIEN À INSÉRER]",
"[NOM DU MINISTRE]", "<lien à venir>", "[INSERT LINK]", "[link TBC]", "<add quote>", "{{name}}"). In
parentheses only a slot with its action ("(lien à ajouter)", "(photo to come)"), a verb with its slot
("(insert link)") or "(à compléter)" count: "(voir le lien ci-dessous)", "(à venir en 2027)" are asides.
Why: guide 003 asks never to disclose confidential or exclusive information of the organisation; a
draft banner or a placeholder that goes out with the post shows the text was not ready.
Not flagged: a promise of confidentiality ("consultations confidentielles et gratuites"), harm-reduction
advice ("ne pas partager son matériel"), "draft law" / "projet de loi"; Markdown links, footnotes "[1]",
checkboxes "[ ]", HTML tags, "[nom modifié]", "[lien en bio]", a "[VIDÉO]" or "[PHOTOS]" label.
Fix safety: no automatic fix — removing the banner is easy, deciding whether the text may go out is not.
""",
      examples={"fail": ("INTERNAL – DO NOT SHARE", "Document confidentiel – usage interne",
                         "Rendez-vous le [à compléter] à Bamako.", "Le ministre [NOM DU MINISTRE] ouvrira"),
                "pass": ("Toutes les consultations sont confidentielles et gratuites.",
                         "Ne pas partager son matériel d'injection.", "The draft law was tabled in May.")})
def confidential(doc: Document, ctx: Context):
    folded = folded_prose(doc)
    taken: list[Span] = []

    def free(s: int, e: int) -> bool:
        return not any(s < t.end and t.start < e for t in taken)

    for m in _ALWAYS.finditer(folded) if passes(_ALWAYS_GATE, folded) else ():
        taken.append(Span(m.start(), m.end()))
        yield ctx.finding(Span(m.start(), m.end()), ctx.msg(**_RISKS, text=doc.source[m.start():m.end()]),
                          suggestions=[ctx.msg(**_REMOVE)])
    for m in _LABEL.finditer(folded) if passes(_LABEL_GATE, folded) else ():
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        head = folded[max(0, s - 60):s]
        if m.group(0).startswith("confidenti") and (_PROMISE.search(head) or _PROMISE_AFTER.match(folded, e)):
            continue
        verb = " " in m.group(0)
        if not (_labelish(doc, folded, s, e, short_ok=not verb) or _OBJECT_AFTER.match(folded, e)):
            continue
        taken.append(Span(s, e))
        yield ctx.finding(Span(s, e), ctx.msg(**_RISKS, text=doc.source[s:e]),
                          suggestions=[ctx.msg(**_REMOVE)])
    for m in _DRAFT.finditer(folded) if passes(_DRAFT_GATE, folded) else ():
        s, e = m.start(), m.end()
        if not free(s, e) or _DRAFT_NOT.match(folded, e) or not _labelish(doc, folded, s, e):
            continue
        taken.append(Span(s, e))
        yield ctx.finding(Span(s, e), ctx.msg(
            fr="« {t} » : le texte se présente comme un brouillon. Retirez la mention une fois le texte validé.",
            en="'{t}': the text presents itself as a draft. Remove the label once the text is approved.",
            t=doc.source[s:e]), severity="warning")
    for s, e in placeholders(doc):
        if not free(s, e):
            continue
        taken.append(Span(s, e))
        yield ctx.finding(Span(s, e), ctx.msg(
            fr="« {t} » : élément à compléter oublié dans le texte.",
            en="'{t}': a placeholder was left in the text.", t=doc.source[s:e]), severity="warning",
            suggestions=[ctx.msg(fr="compléter ou supprimer", en="fill in or delete")])


# --------------------------------------------------------------------------- private links
_FILE_SHARES = (
    # (host suffix, path regex or None, label)
    ("docs.google.com", LazyRegex(r"/(?:document|spreadsheets|presentation|forms|drawings)/d/[^/]+/(?:edit|copy)"),
     "Google Docs"), ("drive.google.com", LazyRegex(r"/(?:drive/|file/d/|open)"), "Google Drive"),
    ("onedrive.live.com", None, "OneDrive"), ("1drv.ms", None, "OneDrive"), ("sharepoint.com", None, "SharePoint"),
    ("dropbox.com", LazyRegex(r"/(?:s|sh|scl|home)/"), "Dropbox"), ("db.tt", None, "Dropbox"),
    ("wetransfer.com", None, "WeTransfer"), ("we.tl", None, "WeTransfer"), ("notion.so", None, "Notion"),
    ("box.com", LazyRegex(r"/(?:s|file|folder)/"), "Box"), ("slack.com", LazyRegex(r"/(?:archives|files|messages)"), "Slack"),
    ("teams.microsoft.com", None, "Microsoft Teams"), ("mail.google.com", None, "Gmail"),
    ("outlook.office.com", None, "Outlook"), ("outlook.live.com", None, "Outlook"),
)
_INTERNAL_TLDS = (".local", ".lan", ".internal", ".intranet", ".corp", ".home", ".localdomain", ".intra")
_SCHEMELESS = LazyRegex(r"(?<![\w./@-])(?:(?:docs|drive)\.google\.com/\S+|[\w-]+\.sharepoint\.com/\S+|"
                            r"1drv\.ms/\S+|we\.tl/\S+|localhost:\d+\S*|intranet\.[\w-]+\.[\w.-]+\S*|"
                            r"\\\\[\w.-]+\\[\w$.-]+\S*)")
# every _SCHEMELESS match holds one of these (`_gates.implied`); "\\\\" is a network share's two backslashes
_SCHEMELESS_GATE = (("google.com/", "sharepoint.com/", "1drv.ms/", "we.tl/", "localhost:", "intranet.", "\\\\"),)


def classify_url(url: str) -> tuple[str, str] | None:
    """(kind, label) when `url` opens a private or editable resource: kind "share" or "local"."""
    url = url.strip().strip("<>")
    if url.startswith("\\\\"):
        return "local", "network share"
    low = url.lower()
    if low.startswith(("file:", "smb:", "afp:", "nfs:")):
        return "local", low.split(":", 1)[0] + "://"
    if "://" not in low:
        if not _SCHEMELESS.fullmatch(url):  # a relative link ("rapport.pdf") is not a host name
            return None
        low = "http://" + low
    try:
        parts = urlsplit(low)
        host = parts.hostname or ""
    except ValueError:
        return None
    path = parts.path or ""
    for suffix, path_re, label in _FILE_SHARES:
        if host == suffix or host.endswith("." + suffix):
            if path_re is None or path_re.search(path):
                return "share", label
    if host in ("localhost", "0.0.0.0") or host.endswith(_INTERNAL_TLDS) or host.startswith(("intranet.", "intra.")):
        return "local", host
    import ipaddress

    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
    if ip.is_private or ip.is_loopback or ip.is_link_local:
        return "local", host
    return None


@rule("disclosure.private-link", severity="warning",
      summary="Links to editable or private documents (Google Docs in edit mode, file shares, intranet, localhost)",
      source=SOURCE_003, fix="never",
      explain="""
What it checks: links that open a document in edit mode or a private space: Google Docs/Sheets/Slides
`/edit` links, Google Drive, OneDrive/SharePoint, Dropbox and WeTransfer shares, Notion workspace
pages, Slack/Teams messages, webmail; intranet hosts (*.local, *.lan, *.internal, intranet.*),
localhost, private IP addresses and file:// paths (error: they cannot work for readers).
Why: such a link hands strangers an internal file (or write access to it); guide 003 asks never to
disclose the organisation's confidential information.
Not flagged: published pages (Google Docs "/pub", forms "viewform", notion.site pages), ordinary websites.
Fix safety: no automatic fix — publish a read-only copy on the website and link to that.
""",
      examples={"fail": ("https://docs.google.com/spreadsheets/d/1Qw3/edit#gid=0", "http://intranet.ong.local/rapport",
                         "file:///C:/Users/awa/rapport.pdf"),
                "pass": ("https://docs.google.com/document/d/e/2PACX/pub", "https://www.sunusante.org/rapport")})
def private_link(doc: Document, ctx: Context):
    seen: list[Span] = []
    candidates = [(link.url, link.url_span or link.span) for link in doc.links]
    candidates += [(img.src, img.span) for img in doc.images
                   if img.origin != "front_matter" and (img.is_remote or img.src.lower().startswith("file:"))]
    body_text = doc.source[doc.body.start:doc.body.end]
    for m in _SCHEMELESS.finditer(body_text) if passes(_SCHEMELESS_GATE, body_text) else ():
        s = doc.body.start + m.start()
        candidates.append((m.group(0).rstrip(".,;:!?)»"), Span(s, s + len(m.group(0).rstrip(".,;:!?)»")))))
    for url, span in sorted(candidates, key=lambda c: c[1].start):
        if any(span.overlaps(t) for t in seen):
            continue
        kind = classify_url(url)
        if kind is None:
            continue
        seen.append(span)
        what, label = kind
        if what == "local":
            yield ctx.finding(span, ctx.msg(
                fr="Lien vers une ressource locale ou interne ({label}) : il ne fonctionnera pas pour le public "
                   "et révèle votre réseau interne.",
                en="Link to a local or internal resource ({label}): it will not work for readers and reveals "
                   "your internal network.", label=label), severity="error",
                suggestions=[ctx.msg(fr="lien vers une page publique", en="link to a public page")])
        else:
            yield ctx.finding(span, ctx.msg(
                fr="Lien vers un document privé ou modifiable ({label}) : il ouvre un fichier interne à "
                   "n'importe qui. Publiez une copie en lecture seule.",
                en="Link to a private or editable document ({label}): it opens an internal file to anyone. "
                   "Publish a read-only copy instead.", label=label),
                suggestions=[ctx.msg(fr="lien vers une copie publique en lecture seule",
                                     en="link to a public read-only copy")])


# --------------------------------------------------------------------------- secrets
# (label, pattern, gate: words every match holds, in the source as written)
_SECRETS = [
    ("private key", LazyRegex(r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----"), gate("-----BEGIN")),
    ("AWS access key", LazyRegex(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"), gate("AKIA ASIA")),
    ("GitHub token", LazyRegex(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})\b"),
     gate("ghp_ gho_ ghu_ ghs_ ghr_ github_pat_")),
    ("Slack token", LazyRegex(r"\bxox[abposr]-[A-Za-z0-9-]{10,}"), gate("xox")),
    ("Slack webhook", LazyRegex(r"hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+"),
     gate("hooks.slack.com/services/T")),
    ("Google API key", LazyRegex(r"\bAIza[0-9A-Za-z_\-]{35}\b"), gate("AIza")),
    ("API secret key", LazyRegex(r"\b(?:sk|rk)_live_[0-9A-Za-z]{20,}\b|\bsk-(?:proj-)?[A-Za-z0-9_\-]{32,}\b"),
     gate("_live_ sk-")),
    ("credentials in a URL", LazyRegex(r"\b[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]{3,}@[\w.-]+", re.I), gate(":// & @")),
]
# "password: X", "mot de passe : X", "mdp = X", "api_key=X", "the password is X"
_LABELLED = LazyRegex(r"""(?ix)
    (?<![\p{L}])(?P<label>
        pass(?:word|wd|code|phrase)? | pwd | mots?\ de\ passe | mdp | code\ (?:d'acc[eè]s|wi-?fi|pin)
      | pin | api[_\ -]?key | apikey | api[_\ -]?secret | secret[_\ -]?key | client[_\ -]?secret
      | access[_\ -]?token | auth[_\ -]?token | token | aws_secret_access_key)
    (?:\s*(?:wi-?fi|du\ wifi|du\ compte|of\ the\ account))?
    (?:\s*[:=]|\s+(?:is|est)\b|(?:\s+[\p{L}'’\-]+){1,4}?\s*[:=])\s*  # "mot de passe du wifi de l'atelier : X"
    (?P<quote>["'`«]\s?)?(?P<value>[^\s"'`<>»]{4,})""")
_LABELLED_GATE = gate("api client code mdp pass pin pwd secret token")  # on fold_case(source)
_DIGIT_OR_SYMBOL = LazyRegex(r"\p{N}|[!@#$%^&*+=?~_|]", regex.V0)
_INNER_CAPITAL = LazyRegex(r".\p{Lu}", regex.V0)
_NOT_A_SECRET = LazyRegex(r"(?i)^(?:\*+|x+|\.+|…+|\[.*\]|<.*>|\{.*\}|oubli[eé]|required|obligatoire|"
                              r"strong|fort|s[eé]curis[eé]|unique|personnel|personal|reset|change[rz]?)\W*$")


def _looks_secret(value: str, quoted: bool) -> bool:
    """A value shaped like a password or key, not a word of the sentence ("est envoyé par SMS")."""
    if _NOT_A_SECRET.match(value) or not ALNUM.search(value):
        return False
    if quoted:
        return True
    return bool(_DIGIT_OR_SYMBOL.search(value) or _INNER_CAPITAL.search(value))


@rule("disclosure.secret", severity="error",
      summary="Passwords, API keys, tokens and private keys pasted in a draft",
      source=SOURCE_SECURITY, fix="never",
      explain="""
What it checks: "password: …", "mot de passe : …", "mdp = …", "api_key=…", "the password is …";
well-known token shapes (AWS AKIA…, GitHub ghp_…, Slack xox…, Google AIza…, Stripe sk_live_…),
credentials inside a URL (https://user:pass@host) and private key blocks — in the text and in code blocks.
Why: guides 000 and 003 ask communication teams to keep digital security in mind (passwords,
phishing); a secret published once must be considered compromised.
Fix safety: no automatic fix. Remove the secret, then change it: it may already be in a draft history.
""",
      examples={"fail": ("Canva team login: comms@ong.org / password: LagosAction26", "mot de passe : Bamako2026!"),
                "pass": ("Choisissez un mot de passe fort.", "Password: ********")})
def secret(doc: Document, ctx: Context):
    text = doc.source
    start, end = doc.body
    found: list[Span] = []
    for label, pattern, words in _SECRETS:
        if not passes(words, text):
            continue
        for m in pattern.finditer(text, start, end):
            span = Span(m.start(), m.end())
            if any(span.overlaps(f) for f in found):
                continue
            found.append(span)
            yield _secret_finding(ctx, span, label)
    for m in _LABELLED.finditer(text, start, end) if passes(_LABELLED_GATE, fold_case(text)) else ():
        value = m.group("value").rstrip(".,;)")
        if not _looks_secret(value, bool(m.group("quote"))):
            continue
        span = Span(m.start(), m.start("value") + len(value))
        if any(span.overlaps(f) for f in found):
            continue
        found.append(span)
        yield _secret_finding(ctx, span, m.group("label").lower())


def _secret_finding(ctx: Context, span: Span, label: str):
    return ctx.finding(span, ctx.msg(
        fr="Secret collé dans le texte ({label}) : retirez-le et changez-le, il doit être considéré comme compromis.",
        en="Secret pasted in the text ({label}): remove it and change it; consider it compromised.", label=label),
        suggestions=[ctx.msg(fr="supprimer le secret et le changer", en="delete the secret and rotate it")])


RULES = [confidential, private_link, secret]
