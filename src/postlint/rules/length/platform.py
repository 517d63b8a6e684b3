"""What it checks: every post (every part of a `type: thread`, split on `---` lines) against each
platform in `platforms:`, counted as that platform counts:
  X 280, weighted (twitter-text v3: accented Latin letters weigh 1, CJK and emoji 2, every link 23);
  Bluesky 300 graphemes and 3,000 UTF-8 bytes; Mastodon 500 graphemes, links 23, @user@domain as
  @user; Threads 500; Instagram 2,200; LinkedIn 3,000; Facebook 63,206; TikTok 2,200; YouTube title 100
  characters and description 5,000 bytes.
The text measured is what would be pasted: Markdown syntax, comments and images left out.
Why: a post over the limit is refused or cut in the middle of a sentence; Grdr's « Citoyenneté
numérique : comment organiser une campagne de mobilisation digitale ? » asks for short messages that
stand on their own.
Options: `limits: {mastodon: 1000}` for an instance with another limit (keys: x, bluesky,
bluesky-bytes, mastodon, threads, instagram, linkedin, facebook, tiktok, youtube, youtube-title).
Fix safety: none — shorten, or split into a thread."""
from __future__ import annotations

from postlint.text import platforms as P
from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.core.rule import Context, Option, rule
from postlint.text.patterns import LazyRegex

SOURCE = ("Grdr, « Citoyenneté numérique : comment organiser une campagne de mobilisation digitale ? »: « Optez "
          "pour des messages courts, simples et clairs » ; INPUD, « Fiche de conseils de plaidoyers sur les médias "
          "et sur les réseaux sociaux »: « la longueur des légendes » in the style guide; platform limits: "
          "twitter-text v3 configuration (X), AT Protocol post lexicon (Bluesky), Mastodon's status length "
          "validator, Threads API documentation (Meta for Developers), YouTube Data API, the other platforms' "
          "published caption limits")
_LIMIT_KEYS = tuple(P.LIMITS)
_TRAILING_BLANKS = LazyRegex(r"[ \t]+\n")
_BLANK_LINES = LazyRegex(r"\n{3,}")
_SPACE_RUNS = LazyRegex(r"[ \t]{2,}")


def published_text(doc: Document, span: Span) -> str:
    """The text of `span` as it would be pasted into a platform: Markdown syntax, comments, images and
    front matter left out; link texts kept with their URL after them; line breaks kept."""
    src, prose = doc.source, doc.prose
    urls = {}  # offset → URL to insert (links whose address is masked out of the prose)
    for link in doc.links:
        if not (span.start <= link.span.start < span.end) or not link.url or link.url.startswith("mailto:"):
            continue
        if link.kind == "link" and link.text.strip():
            if not P.find_urls(link.text):  # a link text that is itself a URL is found as a bare URL
                urls[link.span.end] = " " + link.url
        elif link.kind == "html":
            urls[link.span.end] = " " + link.url
        else:
            urls[link.span.start] = link.url
    out = []
    pos = span.start
    for at in sorted(o for o in urls if span.start <= o <= span.end):  # each URL goes before the character at `at`
        out.append(_shown(src, prose, pos, at))
        out.append(urls[at])
        pos = at
    out.append(_shown(src, prose, pos, span.end))
    text = "".join(out)
    text = _TRAILING_BLANKS.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return _SPACE_RUNS.sub(" ", text).strip()


def _shown(src: str, prose: str, start: int, end: int) -> str:
    """The characters of src[start:end] that are prose, or spaces, tabs and line breaks; no "\r"."""
    if src[start:end] == prose[start:end]:  # nothing masked (one comparison in C)
        return src[start:end].replace("\r", "")
    return "".join([c for c, p in zip(src[start:end], prose[start:end])
                    if c != "\r" and (p == c or c in " \t\n")])


def _post_span(doc: Document, post: Span) -> Span | None:
    """The post without the blank lines around it (the finding's extent)."""
    s, e = post
    while s < e and doc.source[s].isspace():
        s += 1
    while e > s and doc.source[e - 1].isspace():
        e -= 1
    return Span(s, e) if e > s else None


def _title(doc: Document) -> tuple[str, Span | None] | None:
    """A YouTube title: front matter `title:`, else the first heading."""
    t = doc.front_matter.get("title")
    if isinstance(t, str) and t.strip():
        return t.strip(), doc.fm_span("title")
    for b in doc.blocks:
        if b.kind == "heading":
            return b.prose(doc).strip(), b.span
    return None


@rule("length.platform", severity="warning", summary="Post longer than a platform accepts",
      source=SOURCE,
      options={"limits": Option(dict, {}, "limits that differ from the platforms' defaults, e.g. {mastodon: 1000} "
                                          "for an instance; keys: " + ", ".join(_LIMIT_KEYS))},
      examples={"fail": ("---\nplatforms: [x]\n---\nCe soir, la maraude de nuit repart de Pikine avec deux équipes de pairs, des kits d'hygiène, de l'eau et du café. Nous passerons par la gare routière, le marché central et le port, puis nous finirons devant le centre de santé vers minuit. Merci aux vingt bénévoles qui se relaient chaque semaine depuis trois ans !\n",),
                "pass": ("---\nplatforms: [x]\n---\nCe soir, la maraude de nuit repart de Pikine avec deux équipes de "
                         "pairs, des kits d'hygiène, de l'eau et du café. Merci aux vingt bénévoles qui se relaient "
                         "chaque semaine depuis trois ans ! Tout le programme : https://www.ubuntupeers.org/"
                         "actualites/maraude-de-nuit-pikine-programme-complet-2026\n",)})
def platform(doc: Document, ctx: Context):
    if not doc.meta.platforms:
        return
    limits = {k: v for k, v in (ctx.options.get("limits") or {}).items()
              if isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v > 0}
    limits = {("x" if k == "twitter" else k): v for k, v in limits.items()}
    multi = len(doc.posts) > 1
    for n, post in enumerate(doc.posts):
        text = published_text(doc, post)
        span = _post_span(doc, post)
        if not text or span is None:
            continue
        where = ctx.msg(fr="Le post {i} du fil", en="Post {i} of the thread", i=n + 1) if multi else \
            ctx.msg(fr="Ce post", en="This post")
        for p in doc.meta.platforms:
            for m in P.measure(p, text, limits):
                if m.over > 0:
                    yield _finding(ctx, span, where, m, in_thread=doc.meta.type == "thread")
    if "youtube" in doc.meta.platforms:
        title = _title(doc)
        if title:
            m = P.measure_title(title[0], limits)
            if m.over > 0:
                yield _finding(ctx, title[1], ctx.msg(fr="Le titre", en="The title"), m)


def _finding(ctx: Context, span: Span | None, where: str, m: P.Measure, in_thread: bool = False):
    unit = {"weighted": ctx.msg(fr=" caractères pondérés", en=" weighted characters"),
            "graphemes": ctx.msg(fr=" graphèmes", en=" graphemes"),
            "bytes": ctx.msg(fr=" octets", en=" bytes"), "characters": ctx.msg(fr=" caractères", en=" characters")}
    name = P.display_name(m.platform.split("-")[0])
    return ctx.finding(span, ctx.msg(
        fr="{w} fait {c}{u} sur {p}, pour une limite de {l} : {o} de trop ({h}).",
        en="{w} is {c}{u} on {p}, over the limit of {l} by {o} ({h}).",
        w=where, c=m.count, u=unit[m.unit], p=name, l=m.limit, o=m.over, h=ctx.msg(**m.how)),
        suggestions=[ctx.msg(fr="Raccourcissez de {o} ou coupez ce post en deux (ligne ---)",
                             en="Cut {o} or split this post in two (a --- line)", o=m.over) if in_thread else
                     ctx.msg(fr="Raccourcissez de {o} ou découpez en fil (type: thread)",
                             en="Cut {o} or split it into a thread (type: thread)", o=m.over)])


RULES = [platform]
