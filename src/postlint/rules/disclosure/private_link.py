"""What it checks: links that open a document in edit mode or a private space: Google Docs/Sheets/Slides
`/edit` links, Google Drive, OneDrive/SharePoint, Dropbox and WeTransfer shares, Notion workspace
pages, Slack/Teams messages, webmail; intranet hosts (*.local, *.lan, *.internal, intranet.*),
localhost, private IP addresses and file:// paths (error: they cannot work for readers).
Why: such a link hands strangers an internal file (or write access to it); ACT Alliance, « Politique de
l'Alliance ACT relative aux médias sociaux », asks never to disclose the organisation's confidential
information.
Not flagged: published pages (Google Docs "/pub", forms "viewform", notion.site pages), ordinary websites,
and a document a public page shares on purpose — a link to one of its headings, or a line
that invites readers into it (a public agenda, call notes, a Q&A, a sign-up sheet, an example) — unless the
draft says it is internal or confidential.
Fix safety: no automatic fix — publish a read-only copy on the website and link to that.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from postlint.core.rule import Context, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.text.gates import declare, passes
from postlint.text.patterns import LazyRegex

SOURCE = ("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: « ne jamais divulguer "
          "d'informations confidentielles ou exclusives » de l'organisation")

_FILE_SHARES = (
    # (host suffix, path regex or None, label)
    ("docs.google.com", LazyRegex(r"/(?:document|spreadsheets|presentation|forms|drawings)/d/[^/]+/(?:edit|copy)"),
     "Google Docs"), ("drive.google.com", LazyRegex(r"/(?:drive/|file/d/|open)"), "Google Drive"),
    ("onedrive.live.com", None, "OneDrive"), ("1drv.ms", None, "OneDrive"), ("sharepoint.com", None, "SharePoint"),
    ("dropbox.com", LazyRegex(r"/(?:s|sh|scl|home)/"), "Dropbox"), ("db.tt", None, "Dropbox"),
    ("wetransfer.com", None, "WeTransfer"), ("we.tl", None, "WeTransfer"), ("notion.so", None, "Notion"),
    ("box.com", LazyRegex(r"/(?:s|file|folder)/"), "Box"),
    ("slack.com", LazyRegex(r"/(?:archives|files|messages)"), "Slack"),
    ("teams.microsoft.com", None, "Microsoft Teams"), ("mail.google.com", None, "Gmail"),
    ("outlook.office.com", None, "Outlook"), ("outlook.live.com", None, "Outlook"),
)
_INTERNAL_TLDS = (".local", ".lan", ".internal", ".intranet", ".corp", ".home", ".localdomain", ".intra")
_SCHEMELESS = LazyRegex(r"(?<![\w./@-])(?:(?:docs|drive)\.google\.com/\S+|[\w-]+\.sharepoint\.com/\S+|"
                            r"1drv\.ms/\S+|we\.tl/\S+|localhost:\d+\S*|intranet\.[\w-]+\.[\w.-]+\S*|"
                            r"\\\\[\w.-]+\\[\w$.-]+\S*)")
# every _SCHEMELESS match holds one of these (declared: `gates.implied` proves it); "\\\\" is a network share's
# two backslashes
_SCHEMELESS_GATE = declare(
    "schemeless link", _SCHEMELESS,
    (("google.com/", "sharepoint.com/", "1drv.ms/", "we.tl/", "localhost:", "intranet.", "\\\\"),))


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



# A document shared on purpose with the readers of a public page: a link to a heading, or a sentence that invites readers into it (a public agenda, call notes, a sign-up sheet, an example),
# in a draft that says nothing of being internal. Such a page is public by design: not flagged.
_SHARED_ON_PURPOSE_URL = LazyRegex(r"(?i)#heading=")  # a link to a place in the document, for its readers
_SHARED_ON_PURPOSE = LazyRegex(
    r"(?i)(?<![\p{L}])(?:agenda|ordre[ \t]+du[ \t]+jour|(?:call|meeting|community)[ \t]+notes|notes|minutes|"
    r"compte[ \t-]+rendu|q[ \t]*&[ \t]*a|sign[ \t-]?up|inscri(?:ption|vez)|collaborative|collaborati(?:f|ve)|"
    r"add[ \t]+(?:it|your|a|them|yourself)|ajoutez|example|exemple|template|mod[èe]le|anyone[ \t]+can|faq)(?![\p{L}])")
_INTERNAL_DRAFT = LazyRegex(r"(?i)(?<![\p{L}])(?:internal|interne|confidenti\w*|do[ \t]+not[ \t]+(?:share|forward|"
                            r"distribute|publish)|ne[ \t]+pas[ \t]+(?:diffuser|partager|transférer|publier))(?![\p{L}])")


def _shared_on_purpose(doc: Document, url: str, span: Span) -> bool:
    if _INTERNAL_DRAFT.search(doc.source, doc.body.start, doc.body.end):
        return False
    if _SHARED_ON_PURPOSE_URL.search(url):
        return True
    line = doc.line_index.line_span(doc.line_index.position(span.start)[0])
    return _SHARED_ON_PURPOSE.search(doc.source, line.start, line.end) is not None


@rule("disclosure.private-link", severity="warning",
      summary="Links to editable or private documents (Google Docs in edit mode, file shares, intranet, localhost)",
      source=SOURCE, fix="never",
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
        if what == "share" and _shared_on_purpose(doc, url, span):
            continue
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


RULES = [private_link]
