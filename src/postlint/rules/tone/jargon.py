"""What it checks: the words and phrases listed in the configuration, whatever their case or accents:
  rules:
    tone.jargon:
      terms: ["renforcement des capacités => formation", "synergy => working together", "stakeholders"]
or as a mapping {term: replacement}. Nothing is reported while the list is empty.
Why: the social media style guide that INPUD's « Fiche de conseils de plaidoyers sur les médias et sur les
réseaux sociaux » recommends asks for plain words; jargon loses the readers a post is written for.
Fix safety: a term with exactly one replacement gets an unsafe fix (shown by --diff, applied only by
hand); the others get suggestions."""
from __future__ import annotations

from postlint.document.model import Document
from postlint.core.rule import Context, Edit, Fix, Option, rule
from postlint.text.normalize import match_case

SOURCE = ("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »: « un guide de "
          "style des réseaux sociaux qui donne le ton et la voix de votre organisation (ex. utilisez le jargon et "
          "les émoticônes …) » — the organisation's own list")
_MATCHERS: dict[tuple, object] = {}


def _entries(raw) -> list[tuple[str, list[str]]]:
    """`terms` as a list (["capacity building", "synergy => working together"]) or a mapping
    ({capacity building: [training], synergy: working together})."""
    out = []
    if isinstance(raw, dict):
        for avoid, prefer in raw.items():
            prefer = prefer if isinstance(prefer, list) else ([] if prefer in (None, "") else [prefer])
            out.append((str(avoid), [str(p) for p in prefer]))
    elif isinstance(raw, list):
        for item in raw:
            text = str(item)
            avoid, _, prefer = text.partition("=>")
            out.append((avoid.strip(), [p.strip() for p in prefer.split("|") if p.strip()]))
    return [(a, p) for a, p in out if a]


def _matcher(entries: list[tuple[str, list[str]]]):
    from postlint.lexicon.terms import TermEntry, TermMatcher

    key = tuple((a, tuple(p)) for a, p in entries)
    if key not in _MATCHERS:
        _MATCHERS[key] = TermMatcher([TermEntry(id=f"tone.jargon#{i}", avoid=[a], prefer=p, lang="any")
                                      for i, (a, p) in enumerate(entries)])
    return _MATCHERS[key]


@rule("tone.jargon", severity="warning", summary="Word on the organisation's list of jargon to avoid",
      source=SOURCE, fix="sometimes",
      options={"terms": Option((list, dict), [], "jargon to avoid: a list (\"synergy => working together\") or a "
                                                 "mapping {term: replacement or [replacements]}; empty: rule off")},
      examples={"fail": ("« renforcement des capacités » with terms: [\"renforcement des capacités => formation\"]",),
                "pass": ("any text while `terms` is empty",)})
def jargon(doc: Document, ctx: Context):
    entries = _entries(ctx.options.get("terms"))
    if not entries:
        return
    m = _matcher(entries)
    for block in doc.text_blocks():
        for hit in m.finditer(doc.prose, block.span.start, block.span.end):
            prefer = [match_case(hit.surface, p) for p in hit.entry.prefer]
            fix = Fix((Edit(hit.span, prefer[0]),), "unsafe", prefer[0]) if len(prefer) == 1 else None
            yield ctx.finding(hit.span, ctx.msg(
                fr="« {t} » est sur la liste du jargon à éviter de l'organisation{s}.",
                en="'{t}' is on the organisation's list of jargon to avoid{s}.", t=hit.surface,
                s=ctx.msg(fr=" : préférez « {p} »", en=": prefer '{p}'", p=" / ".join(prefer)) if prefer else ""),
                suggestions=prefer, fix=fix)


RULES = [jargon]
