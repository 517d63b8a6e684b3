"""Brand consistency, from the configuration's `organization`: the name spelt as accepted, the official
handles and hashtags without near misses, and a disclaimer on personal accounts."""
from __future__ import annotations

from functools import lru_cache

import regex

from postlint.text.patterns import LazyRegex
from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.core.rule import Context, Edit, Fix, rule
from postlint.lexicon.terms import fold

SOURCE_BRAND = ("Guides 001 et 003 (ACT Alliance) : les messages officiels passent par les comptes officiels ; la marque "
                "doit être clairement et uniformément visible sur toutes les plateformes")
SOURCE_DISCLAIMER = ("Guides 001 et 003 (ACT Alliance) : le personnel peut préciser dans ses comptes personnels qu'il ne "
                     "s'exprime pas au nom de l'organisation")

TOKEN = LazyRegex(r"[\p{L}\p{N}]+")
GAP = LazyRegex(r"[ \t\u00a0]?[-‐‑–_.·]?[ \t\u00a0]?")  # what may join the words of a name
# Word order tells a French name ("Alliance ACT", "Réseau des pairs") from an English one ("ACT Alliance").
_GENERIC = {"alliance", "association", "coalition", "reseau", "network", "fondation", "foundation", "collectif",
            "collective", "conseil", "council", "federation", "union", "centre", "center", "comite", "committee",
            "plateforme", "platform", "observatoire", "observatory", "mouvement", "movement", "programme", "program",
            "projet", "project", "institut", "institute", "groupe", "group", "organisation", "organization",
            "fonds", "fund", "trust", "agence", "agency", "initiative", "forum", "partenariat", "partnership"}
_FR_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "aux", "au", "en", "sans", "contre", "sur"}
_EN_WORDS = {"of", "the", "for", "and", "without", "against", "on", "in", "with"}


def distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment edit distance (a transposition counts one), capped at `limit` + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


# the distance of a window's key to a name's key: the same few keys ("reseaukora") come back in every draft
_key_distance = lru_cache(maxsize=8192)(distance)


def _key(text: str) -> str:
    return "".join(TOKEN.findall(fold(text)))


def name_lang(name: str) -> str | None:
    """fr, en or None: function words, accents, then the place of the generic noun."""
    words = [w for w in TOKEN.findall(fold(name))]
    fr = sum(w in _FR_WORDS for w in words) + (1 if regex.search(r"[À-ÿ]", name) else 0)
    en = sum(w in _EN_WORDS for w in words)
    if fr != en:
        return "fr" if fr > en else "en"
    if len(words) > 1:
        if words[0] in _GENERIC and words[-1] not in _GENERIC:
            return "fr"
        if words[-1] in _GENERIC and words[0] not in _GENERIC:
            return "en"
    return None


def _names(ctx: Context) -> list[str]:
    return [n for n in ctx.organization.get("names") or () if isinstance(n, str) and TOKEN.search(n)]


# `regex.V0` (the regex module's default) keeps these on `regex`: its \w, \s and \d are not the stdlib's.
_EMAIL = LazyRegex(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", regex.V0)
_DIGIT = LazyRegex(r"\d", regex.V0)
_SPACES = LazyRegex(r"\s+", regex.V0)
_UPPER = LazyRegex(r"\p{Lu}")


def _blocked(doc: Document) -> list[Span]:
    """Spans where a name is not prose: hashtags, mentions, e-mail addresses."""
    spans = [t.span for t in doc.hashtags] + [t.span for t in doc.mentions]
    body = doc.source[doc.body.start:doc.body.end]
    for m in (_EMAIL.finditer(body) if "@" in body else ()):
        spans.append(Span(doc.body.start + m.start(), doc.body.start + m.end()))
    return spans


@lru_cache(maxsize=16)
def _targets(names: tuple[str, ...]) -> tuple[tuple, ...]:
    """(name, its folded words, its key, the words sorted, edits allowed) of each name that has words."""
    out = []
    for n in names:
        ntoks = tuple(fold(t) for t in TOKEN.findall(n))
        nkey = _key(n)
        if ntoks:
            out.append((n, ntoks, nkey, sorted(ntoks), 0 if len(nkey) < 5 else 1 if len(nkey) < 10 else 2))
    return tuple(out)


# A window of words can only match a name when its first word (folded) is within one edit of the name's
# first word (a near miss), is a prefix of the name's key (the key spaced or glued otherwise) or is one of
# the name's words (the words in another order). That depends on the word alone: worked out once per word.
@lru_cache(maxsize=65536)
def _start(word: str, names: tuple[str, ...]) -> tuple[str, tuple[bool | None, ...] | None]:
    """(folded word, per name: None when no window starting with the word can match it, else whether the word
    is within one edit of the name's first word), with None for the tuple when the word starts no name."""
    folded = fold(word)
    starts = []
    for _, ntoks, nkey, _, _ in _targets(names):
        close = distance(folded, ntoks[0], 1) <= 1
        starts.append(close if close or nkey.startswith(folded) or folded in ntoks else None)
    return folded, (tuple(starts) if any(s is not None for s in starts) else None)


def name_variants(doc: Document, names: list[str]) -> list[tuple[Span, str]]:
    """(span, nearest accepted name) of every spelling of the organisation's name that is not accepted."""
    prose = doc.prose
    tokens = [m for m in TOKEN.finditer(prose, doc.body.start, doc.body.end)]
    key = tuple(names)
    targets = _targets(key)
    info = [_start(m.group(), key) for m in tokens]  # (folded, starts) per token
    blocked: list[Span] | None = None
    found: list[tuple[int, int, int, Span, str]] = []  # (distance, -length, start, span, name)
    for i, (_, starts) in enumerate(info):
        if starts is None:
            continue
        for (name, ntoks, nkey, sorted_ntoks, allowed), first_close in zip(targets, starts):
            if first_close is None:
                continue
            n = len(ntoks)
            for k in range(max(1, n - 1), n + 2):
                if i + k > len(tokens):
                    break
                if any(not GAP.fullmatch(prose[tokens[j].end():tokens[j + 1].start()]) for j in range(i, i + k - 1)):
                    break
                span = Span(tokens[i].start(), tokens[i + k - 1].end())
                text = doc.source[span.start:span.end]
                wtoks = [info[j][0] for j in range(i, i + k)]
                wkey = "".join(wtoks)
                if first_close:
                    d = _key_distance(wkey, nkey, allowed)
                else:  # a near miss (0 < d) must start like the name: only the exact key can match
                    d = 0 if wkey == nkey else allowed + 1
                if d > allowed:
                    if k == n and n > 1 and sorted(wtoks) == sorted_ntoks:
                        d = 0  # the words in another order: "Alliance ACT" for "ACT Alliance"
                    else:
                        continue
                if d > 0:
                    # a near miss must start like the name, keep most words and carry a capital
                    if not first_close or not _UPPER.search(text):
                        continue
                    same = sum(1 for w in wtoks if w in ntoks)
                    if same * 2 < min(k, n):
                        continue
                if n == 1 and not _UPPER.search(text):
                    continue  # a one-word name in lower case is most likely the ordinary word ("aides")
                if blocked is None:
                    blocked = _blocked(doc)
                if any(span.overlaps(b) for b in blocked):
                    continue
                found.append((d, -(span.end - span.start), span.start, span, name))
    found.sort(key=lambda f: (f[0], f[2], f[1]))
    chosen: list[tuple[Span, str]] = []
    for _, _, _, span, name in found:
        if any(span.overlaps(c) for c, _ in chosen):
            continue
        chosen.append((span, name))
    out = []
    for span, _ in sorted(chosen):
        text = doc.source[span.start:span.end]
        if text in names:
            continue
        first, _, rest = text.partition(" ")
        if first.islower() and rest in names:
            continue  # « l'association Kéné Santé »: a common noun before an accepted name, not a misspelling
        if text.isupper() and _caps_line(doc, span):
            continue  # "RÉSEAU SAHEL SANTÉ : RAPPORT 2026": a headline set in capitals, not a misspelling
        out.append((span, canonical(text, names, doc.lang)))
    return out


def _caps_line(doc: Document, span: Span) -> bool:
    """The line around `span` is set in capitals: at least three other letters, none lower case."""
    lo = doc.source.rfind("\n", 0, span.start) + 1
    hi = doc.source.find("\n", span.end)
    hi = len(doc.source) if hi < 0 else hi
    rest = doc.source[lo:span.start] + doc.source[span.end:hi]
    letters = regex.findall(r"\p{L}", rest)
    return len(letters) >= 3 and not any(c.islower() for c in letters)


def canonical(text: str, names: list[str], lang: str) -> str:
    """The accepted spelling to write instead of `text`: the nearest ones, then the draft's language."""
    key = _key(text)
    words = sorted(TOKEN.findall(fold(text)))
    scored = []
    for order, n in enumerate(names):
        same_words = sorted(TOKEN.findall(fold(n))) == words
        d = 0 if same_words else distance(key, _key(n), 6)
        scored.append((d, order, n))
    best = min(d for d, _, _ in scored)
    close = [(order, n) for d, order, n in scored if d == best]
    for _, n in close:
        if name_lang(n) == lang:
            return n
    return close[0][1]


@rule("brand.name", severity="warning",
      summary="The organisation's name spelt otherwise than its accepted spellings (config organization.names)",
      source=SOURCE_BRAND, fix="always",
      explain="""
What it checks: every spelling of the organisation's name that is not one of `organization.names`
(exact case): other case ("Act alliance"), spacing or hyphenation ("UbuntuPeer Network"), accents,
word order, or a near miss of one or two letters ("Ubuntu Peers Network" for "Ubuntu Peer Network").
Not flagged: the accepted spellings, other proper names, the name inside a hashtag, a handle or an
e-mail address, a one-word name written in lower case (it is probably the ordinary word).
Why: guides 001 and 003 ask that the brand be clearly and uniformly visible on every platform.
Fix safety: safe — the text is replaced by the nearest accepted spelling; when several are configured
(one per language, e.g. "ACT Alliance" and "Alliance ACT"), the one in the draft's language.
""",
      examples={"fail": ("The Ubuntu Peers Network is hiring.", "L'Act alliance appelle à…"),
                "pass": ("The Ubuntu Peer Network is hiring.", "Tag @UbuntuPeers #UbuntuPeers")})
def brand_name(doc: Document, ctx: Context):
    names = _names(ctx)
    if not names:
        return
    for span, good in name_variants(doc, names):
        text = doc.text_of(span)
        yield ctx.finding(span, ctx.msg(
            fr="« {t} » : le nom de l'organisation s'écrit « {good} ».",
            en="'{t}': the organisation's name is spelt '{good}'.", t=text, good=good),
            suggestions=[good], fix=Fix((Edit(span, good),), "safe", ctx.msg(fr="écrire « {g} »", en="write '{g}'",
                                                                                g=good)))


def _allowed(length: int) -> int:
    return 2 if length >= 8 else 1 if length >= 4 else 0


_SEPARATORS = str.maketrans("", "", "_.-")


def _plain(h: str) -> str:
    return h.translate(_SEPARATORS)


def _derived(name: str, official: str) -> bool:
    """The official handle or tag with two or more characters added before or after it (a chapter, a country,
    a programme: "sahelsanteml", "msfmali", "mainsahelsante"), not a slip of the keyboard."""
    if len(official) < 4 or len(name) < len(official) + 2:
        return False
    return name.startswith(official) or name.endswith(official)


@rule("brand.handle", severity="warning",
      summary="An @handle one or two edits away from an official handle (config organization.handles)",
      source=SOURCE_BRAND, fix="sometimes",
      explain="""
What it checks: @mentions that are one or two edits away from one of `organization.handles`
("@ubuntu_peers" for "@UbuntuPeers", "@act_alliance" for "@actalliance"). Handles compare without
regard to case, so "@ubuntupeers" is the official handle. Unrelated handles ("@MRA_Nigeria") are fine.
Why: a misspelt handle tags someone else — possibly an impostor account — instead of the organisation
(guides 001 and 003: official messages go through official accounts).
Fix safety: unsafe (suggestion only) — the near handle may be a real, different account.
""",
      examples={"fail": ("tag @ubuntu_peers", "merci à @act_aliance"), "pass": ("tag @UbuntuPeers", "@MRA_Nigeria")})
def brand_handle(doc: Document, ctx: Context):
    handles = ctx.organization.get("handles") or {}
    official = {p: h if h.startswith("@") else "@" + h for p, h in handles.items() if isinstance(h, str) and h.strip()}
    if not official:
        return
    keys = {h[1:].casefold(): h for h in official.values()}
    preferred = [official[p] for p in doc.meta.platforms if p in official]
    for token in doc.mentions:
        name = token.name.casefold()
        if name in keys:
            continue
        if any(_derived(_plain(name), _plain(key)) for key in keys):
            continue  # @SahelSanteML, @MSF_Mali: the official handle plus a country or programme: another account
        best, best_d = None, 99
        for key, handle in keys.items():
            d = 1 if _plain(name) == _plain(key) else distance(name, key, 2)
            if d < best_d:
                best, best_d = handle, d
        if best is None or best_d > _allowed(len(best) - 1) or best_d * 3 > len(best) - 1:
            continue
        if preferred and distance(name, preferred[0][1:].casefold(), 2) <= best_d:
            best = preferred[0]
        yield ctx.finding(token.span, ctx.msg(
            fr="« {t} » ressemble au compte officiel « {h} » : vérifiez le nom du compte (une faute tague quelqu'un "
               "d'autre).",
            en="'{t}' looks like the official account '{h}': check the handle (a typo tags someone else).",
            t=token.text, h=best), suggestions=[best],
            fix=Fix((Edit(token.span, best),), "unsafe", ctx.msg(fr="écrire {h}", en="write {h}", h=best)))


@lru_cache(maxsize=8192)  # a function of the tag and the configuration; the same tags come back in every draft
def _near_tag(name: str, official: tuple[tuple[str, str], ...]) -> str | None:
    """The official tag that the hashtag `name` (without its #) misspells, or None. `official`: (key, tag)."""
    keys = dict(official)
    key = fold(name)
    if key in keys:
        return None  # exact, or a case/accent variant reported by hashtags.official-spelling
    if any(_derived(key, k) for k in keys):
        return None  # #VoixDesPairsSN: the official tag with a country or year added is a tag of its own
    best, best_d = None, 99
    for k, tag in keys.items():
        if _DIGIT.sub("", k) == _DIGIT.sub("", key):
            best = None
            break  # #AIDS2024 vs #AIDS2026: another event, not a typo
        d = distance(key, k, 2)
        if d < best_d:
            best, best_d = tag, d
    if best is None or best_d > (2 if len(best) > 8 else 1) or best_d * 4 > len(best) - 1:
        return None
    return best


@rule("brand.hashtag", severity="warning",
      summary="A hashtag one or two letters away from an official or campaign hashtag",
      source=SOURCE_BRAND, fix="sometimes",
      explain="""
What it checks: hashtags one or two letter edits away from `organization.hashtags` or the campaign
hashtags ("#UbuntuPeer" for "#UbuntuPeers", "#VoixDesPair" for "#VoixDesPairs"). Differences of case
or accents only are left to hashtags.official-spelling; hashtags that differ only in digits
("#AIDS2024" / "#AIDS2026") are different tags, not typos.
Why: a misspelt hashtag leaves the post out of the organisation's or campaign's stream.
Fix safety: unsafe (suggestion only).
""",
      examples={"fail": ("#UbuntuPeer (official #UbuntuPeers)",), "pass": ("#UbuntuPeers", "#ubuntupeers")})
def brand_hashtag(doc: Document, ctx: Context):
    tags = [t for t in (ctx.organization.get("hashtags") or ()) if isinstance(t, str)] + list(ctx.campaigns)
    official = list(dict.fromkeys(t if t.startswith("#") else "#" + t for t in tags if t.strip("# ")))
    if not official:
        return
    keys = tuple({fold(t[1:]): t for t in official}.items())
    for token in doc.hashtags:
        best = _near_tag(token.name, keys)
        if best is None:
            continue
        yield ctx.finding(token.span, ctx.msg(
            fr="« {t} » ressemble au mot-dièse officiel « {h} ».",
            en="'{t}' looks like the official hashtag '{h}'.", t=token.text, h=best), suggestions=[best],
            fix=Fix((Edit(token.span, best),), "unsafe", ctx.msg(fr="écrire {h}", en="write {h}", h=best)))


DISCLAIMERS = LazyRegex(r"""(?x)(?<![\p{L}])(?:
    (?:les\ |mes\ )?(?:opinions|propos|avis|idees|tweets|posts|publications|messages|points\ de\ vue)
        (?:\ [\p{L}']+){0,3}?\ (?:n'engagent|n'engage|sont)\ (?:que\ moi|que\ leur\ auteur|qu'a\ moi|
        personnel(?:le)?s|les\ miens|les\ miennes|a\ moi)
  | n'engagent?\ que\ (?:moi|leur\ auteur|son\ auteur|l'auteur)
  | (?:a|en)\ titre\ personnel | compte\ personnel | (?:avis|opinions?)\ personnel(?:le)?s?
  | ne\ refletent?\ pas(?:\ necessairement)?\ (?:la\ position|les\ positions|l'avis|celles?|le\ point\ de\ vue)
  | (?:rt|retweets?|partages?|likes?)\ ?(?:≠|!=|=/=|<>|ne\ (?:vaut|valent|signifie|signifient)\ pas)\ ?
        (?:approbation|adhesion|soutien|endossement|endorsement)
  | (?:all\ )?(?:views|opinions|thoughts|tweets|posts)(?:\ expressed)?(?:\ here)?(?:\ are)?\ (?:my\ own|mine|personal)
  | (?:views|opinions)\ (?:are\ )?(?:strictly\ )?my\ own | my\ own\ (?:views|opinions)
  | (?:speaking|tweeting|posting)\ (?:for|on\ behalf\ of)\ myself | personal\ (?:views|opinions|account)
  | not\ (?:speaking|tweeting|posting)\ (?:for|on\ behalf\ of) | do(?:es)?\ not\ (?:necessarily\ )?reflect
  | (?:rts?|retweets?|reposts?|likes?|shares?)\ ?(?:≠|!=|=/=|<>|(?:do|does|are|is)\ not\ (?:equal|mean|imply)|
        (?:don't|aren't|isn't)(?:\ equal)?|not)\ ?endorse(?:ments?)?
)""")


@rule("brand.disclaimer", severity="warning",
      summary="A post from a personal account (account: personal) without a disclaimer",
      source=SOURCE_DISCLAIMER, fix="never",
      explain="""
What it checks: drafts with `account: personal` in the front matter must say that they do not speak
for the organisation: "Les opinions exprimées n'engagent que moi", "à titre personnel", "RT ≠
approbation", "Views are my own", "opinions are my own", "RT ≠ endorsement", or a phrase listed in
`organization.disclaimers`.
Why: guides 001 and 003 let staff add a disclaimer that they do not speak for the organisation;
without it, a personal post reads as the organisation's word.
Fix safety: no automatic fix (a document-level finding: add the disclaimer, or to the account's bio
and silence the rule for personal drafts).
""",
      examples={"fail": ("account: personal — « Fière de cinq ans au Réseau… » with no disclaimer",),
                "pass": ("« … Les opinions exprimées ici n'engagent que moi. »", "Views my own.")})
def disclaimer(doc: Document, ctx: Context):
    if doc.meta.account != "personal":
        return
    text = fold(doc.prose[doc.body.start:doc.body.end].replace("≠", "!="))  # fold would make "≠" a "="
    text = _SPACES.sub(" ", text)
    if DISCLAIMERS.search(text):
        return
    for extra in ctx.organization.get("disclaimers") or ():
        if isinstance(extra, str) and _SPACES.sub(" ", fold(extra.replace("≠", "!="))).strip() in text:
            return
    yield ctx.finding(None, ctx.msg(
        fr="Compte personnel sans avertissement : précisez que vous ne parlez pas au nom de l'organisation "
           "(« Les opinions exprimées ici n'engagent que moi »).",
        en="Personal account without a disclaimer: say that you do not speak for the organisation "
           "('Views are my own').", ),
        suggestions=[ctx.msg(fr="Les opinions exprimées ici n'engagent que moi.", en="Views are my own.")])


RULES = [brand_name, brand_handle, brand_hashtag, disclaimer]
