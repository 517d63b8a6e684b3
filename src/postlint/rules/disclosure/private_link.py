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
On the pages of a published site (a site generator's page not marked `draft`) a shared document is most often
linked on purpose (a community's notes, a budget published for transparency): info, asking to check that it
opens read-only for anyone — warning when the text around calls it internal, or for a members-only workspace
(Notion, webmail, Teams). Not flagged there: a link copied from the Share dialog ("usp=sharing"), a Drive file in
its viewer ("/view"), a community's Slack channel. A local address in code ("listening on `localhost:4180`") is
not a link.
Fix safety: no automatic fix — publish a read-only copy on the website and link to that.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from postlint.core.rule import Context, rule
from postlint.core.spans import Span
from postlint.document import site as sites
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
    r"add[ \t]+(?:it|your|a|them|yourself)|ajoutez|fill[ \t]+(?:out|in)[ \t]+(?:your|the|this)|remplissez|example|exemple|template|mod[èe]le|anyone[ \t]+can|faq)(?![\p{L}])")
# "usp=sharing": the link was copied from the "Share" dialog, after its owner chose who may open it
_SHARING_LINK = LazyRegex(r"(?i)[?&#]usp=sharing")
_INTERNAL_DRAFT = LazyRegex(r"(?i)(?<![\p{L}])(?:internal|internes?|confidenti\w*|do[ \t]+not[ \t]+(?:share|forward|"
                            r"distribute|publish)|ne[ \t]+pas[ \t]+(?:diffuser|partager|transférer|publier))(?![\p{L}])")


# Hosts whose links open a workspace only its members can enter (a Notion workspace page, a webmail, a Teams
# chat): readers cannot follow them, whatever the page. Documents on a file share may be shared with anyone.
_WORKSPACE_ONLY = frozenset(("Notion", "Gmail", "Outlook", "Microsoft Teams"))


def _internal_near(doc: Document, span: Span) -> bool:
    """The link's line, the lines just above or the heading over it call it internal ("Internes équipe :")."""
    number = doc.line_index.position(span.start)[0]
    line = doc.line_index.line_span(number)
    if _INTERNAL_DRAFT.search(doc.source, max(line.start, span.start - 100), min(line.end, span.end + 60)):
        return True
    for n in (number - 1, number - 2):  # a short label above ("- Internes équipe :"), not a paragraph
        above = doc.line_index.line_span(n) if n >= 1 else None
        if above and above.end - above.start < 80 and _INTERNAL_DRAFT.search(doc.source, above.start, above.end):
            return True
    heading = None
    for b in doc.blocks:
        if b.span.start > span.start:
            break
        if b.kind == "heading":
            heading = b
    return bool(heading and _INTERNAL_DRAFT.search(doc.source, heading.span.start, heading.span.end))


def _in_code(doc: Document, span: Span) -> bool:
    """In a code block or inline code: a command or a configuration shown to readers, not a link for them."""
    if any(b.kind == "code" and b.span.start <= span.start < b.span.end for b in doc.blocks):
        return True
    line = doc.line_index.line_span(doc.line_index.position(span.start)[0])
    return doc.source.count("`", line.start, span.start) % 2 == 1


# On a published page: a Drive file opened in its viewer ("…/file/d/…/view") is read-only by its mode, and a
# community's Slack channel ("…slack.com/archives/C0186GK56UC") is linked for members to join — both on purpose.
_READ_ONLY_OR_CHANNEL = LazyRegex(r"(?i)drive\.google\.com/file/d/[^/]+/(?:view|preview)|"
                                  r"slack\.com/archives/[A-Z0-9]+/?(?:[?#]|$)")
# "docs.google.com/a/gsa.gov/…": a document of an organisation's Google domain, opened to its accounts only
_DOMAIN_ONLY = LazyRegex(r"(?i)google\.com/a/(?P<domain>[\w.-]+)/")


_REQUEST_BEFORE = LazyRegex(r"(?:GET|POST|PUT|DELETE|HEAD|curl|wget|http)[ \t]+(?:-\S+[ \t]+)*$")
_TAG_BEFORE = LazyRegex(r"<(\w+)[^<>]*$")


def _not_followed(doc: Document, url: str, span: Span) -> bool:
    """A local address readers are not sent to: a request shown in a tutorial ("GET http://localhost:9200/…"), an
    href on an element that is not a link (`<span href="http://localhost:1313/">`), or, on a published page, a
    bare address on the reader's own machine ("use http://localhost:1410 as the callback URL")."""
    line_start = doc.source.rfind("\n", 0, span.start) + 1
    if _REQUEST_BEFORE.search(doc.source, max(line_start, span.start - 30), span.start):
        return True
    tag = _TAG_BEFORE.search(doc.source, max(line_start, span.start - 200), span.start)
    if tag and tag.group(1).lower() not in ("a", "area", "link", "img", "iframe", "source", "video", "audio"):
        return True
    bare = doc.source[span.start:span.end] == url and doc.source[max(0, span.start - 2):span.start] not in ("](", "<")
    loopback = "localhost" in url.lower() or "127.0.0.1" in url
    return sites.published(doc) and bare and loopback and \
        not any(lk.span.start <= span.start < lk.span.end and lk.kind != "bare" for lk in doc.links) and \
        not any(m.start <= span.start < m.end for m in doc.markup)  # a shortcode's link="…": a link target


def _shared_on_purpose(doc: Document, url: str, span: Span, published: bool, internal: bool,
                       domain_only: bool) -> bool:
    """`internal`: a published page calls this link internal (`_internal_near`); `domain_only`: the address is
    inside one organisation's Google domain."""
    # a draft that says it is internal anywhere keeps every link; a published page only the links it says so of
    if internal if published else _INTERNAL_DRAFT.search(doc.source, doc.body.start, doc.body.end):
        return False
    if published and (_SHARING_LINK.search(url) or _READ_ONLY_OR_CHANNEL.search(url)) and not domain_only:
        return True
    if _SHARED_ON_PURPOSE_URL.search(url):
        return True
    line = doc.line_index.line_span(doc.line_index.position(span.start)[0])
    return _SHARED_ON_PURPOSE.search(doc.prose, line.start, line.end) is not None  # the words, not the URLs


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
    published = sites.published(doc)
    for url, span in sorted(candidates, key=lambda c: c[1].start):
        if any(span.overlaps(t) for t in seen):
            continue
        kind = classify_url(url)
        if kind is None:
            continue
        seen.append(span)
        what, label = kind
        internal = published and what == "share" and _internal_near(doc, span)
        domain = _DOMAIN_ONLY.search(url) if what == "share" else None
        if what == "share" and _shared_on_purpose(doc, url, span, published, internal, domain is not None):
            continue
        if what == "local" and (_in_code(doc, span) or _not_followed(doc, url, span)):
            continue  # "listening on `localhost:4180`", "GET http://localhost:9200/…": a command, not a link
        # A page of a published site is the organisation's public record: a document it links was most often
        # shared on purpose (a community's notes, a budget published for transparency). Worth a look (is it
        # view-only? does it hold anything internal?), not a warning — unless the text around calls it internal,
        # or it opens a members-only workspace.
        if domain:
            # the address was copied inside the organisation's Google domain: unless its owner opened it to
            # anyone, readers outside will be asked for access (worth a look; a warning in a draft)
            yield ctx.finding(span, ctx.msg(
                fr="Lien vers un document du domaine Google « {d} » ({label}) : vérifiez qu'il s'ouvre pour des "
                   "lecteurs hors de ce domaine, sinon publiez une copie publique.",
                en="Link to a document of the '{d}' Google domain ({label}): check that readers outside that domain "
                   "can open it, or publish a public copy.", d=domain.group("domain"), label=label),
                severity="info" if published else "warning",
                suggestions=[ctx.msg(fr="lien vers une copie publique en lecture seule",
                                     en="link to a public read-only copy")])
            continue
        if what == "share" and published and label not in _WORKSPACE_ONLY and not internal:
            yield ctx.finding(span, ctx.msg(
                fr="Lien vers un document partagé ({label}) : vérifiez qu'il s'ouvre en lecture seule pour tout le "
                   "monde et qu'il ne contient rien d'interne.",
                en="Link to a shared document ({label}): check that anyone can open it read-only and that it holds "
                   "nothing internal.", label=label), severity="info",
                suggestions=[ctx.msg(fr="vérifier le réglage de partage", en="check the sharing setting")])
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
