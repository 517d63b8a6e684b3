"""What it checks: every spelling of the organisation's name that is not one of `organization.names`
(exact case): other case ("Act alliance"), spacing or hyphenation ("UbuntuPeer Network"), accents,
word order, or a near miss of one or two letters ("Ubuntu Peers Network" for "Ubuntu Peer Network").
Not flagged: the accepted spellings, other proper names, the name inside a hashtag, a handle or an
e-mail address, a one-word name written in lower case (it is probably the ordinary word).
Why: « L'élaboration d'une politique en matière de médias sociaux » and the ACT Alliance social media policy ask
that the brand be clearly and uniformly visible on every platform.
Fix safety: safe — the text is replaced by the nearest accepted spelling; when several are configured
(one per language, e.g. "ACT Alliance" and "Alliance ACT"), the one in the draft's language."""
from __future__ import annotations

from functools import lru_cache

import regex

from postlint.core.rule import Context, Edit, Fix, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.text.normalize import fold_in_place
from postlint.rules.brand._spelling import SOURCE_BRAND, distance
from postlint.text.patterns import LazyRegex

# Brand consistency, from the configuration's `organization`: the name spelt as accepted.

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


# the distance of a window's key to a name's key: the same few keys ("reseaukora") come back in every draft
_key_distance = lru_cache(maxsize=8192)(distance)


def _key(text: str) -> str:
    return "".join(TOKEN.findall(fold_in_place(text)))


def name_lang(name: str) -> str | None:
    """fr, en or None: function words, accents, then the place of the generic noun."""
    words = [w for w in TOKEN.findall(fold_in_place(name))]
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


# `regex.V0` (the regex module's default) keeps this on `regex`: its \w is not the stdlib's.
_EMAIL = LazyRegex(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", regex.V0)
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
        ntoks = tuple(fold_in_place(t) for t in TOKEN.findall(n))
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
    folded = fold_in_place(word)
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
    words = sorted(TOKEN.findall(fold_in_place(text)))
    scored = []
    for order, n in enumerate(names):
        same_words = sorted(TOKEN.findall(fold_in_place(n))) == words
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


RULES = [brand_name]
