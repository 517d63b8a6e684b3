"""Stigmatising language about people (category `stigma`): one rule per domain, wordlists as data.

The terms, their alternatives, sources, severities and context conditions are in
`wordlists/<lang>/stigma/<domain>.yaml`; an organisation adds its own with config `wordlists:`.
One matcher per language (and organisation lists) scans a document once; every rule then keeps
the matches of its domain. Names and self-designations (config `organization.names`, the lists'
`exempt:` phrases, capitalised proper names) are not flagged; a term inside a quotation is, with a
message saying so (quoted speech as info, see `finding`).
"""
from __future__ import annotations

import re

import bisect
from typing import Any, Iterable

from msgspec import Struct

from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.core.lazyimport import lazy_module
from postlint.core.rule import Context, Edit, Finding, Fix, Option, Rule
from postlint.text.quotes import in_quotes
from postlint.document.analysis import analysis

context = lazy_module("postlint.rules.stigma.context")  # read only for documents with a match

# What each domain covers, where it comes from, and whether it runs by default.
DOMAINS: dict[str, dict[str, Any]] = {
    "drug-use": dict(
        summary="Stigmatising words for people who use drugs (toxicomane, junkie, drug abuser, clean…)",
        source="Guide 000 (INPUD), « adopter un langage respectueux et non-discriminant » ; guide « Les mots "
               "comptent » / Words Matter (INPUD, ANPUD). Termes : DSS, CMA, CAMPUS, ASPC/EOHU, RENF, VA, "
               "SAHCS, INPUD position statement, GCDP",
        fail=("Nous soutenons les toxicomanes de Dakar.", "Nobody is asked to be clean before they get care."),
        passes=("Nous soutenons les personnes qui consomment des drogues.", "Clean water for every shelter."),
    ),
    "hiv": dict(
        summary="Stigmatising or inaccurate HIV wording (sidéen, AIDS victim, virus du sida…)",
        source="Guide 003 (ACT Alliance), contenus « ni offensants, ni discriminatoires » ; Guide de "
               "terminologie de l'ONUSIDA (2011), UNAIDS Terminology Guidelines (2015), AJL, COCQ-SIDA, UNFPA",
        fail=("Les malades du sida attendent leur traitement.", "She is an AIDS victim."),
        passes=("Les personnes vivant avec le VIH attendent leur traitement.", "She is living with HIV."),
    ),
    "sex-work": dict(
        summary="Stigmatising words for sex workers and for exploited children (prostituée, child prostitute…)",
        source="Guide 003 (ACT Alliance), pas de contenu discriminatoire ; ONUSIDA (2011), UNAIDS (2006, 2015), "
               "UNFPA, Luxembourg Guidelines (exploitation sexuelle des enfants)",
        fail=("La permanence reçoit les prostituées du quartier.", "The report mentions child prostitutes."),
        passes=("La permanence reçoit les travailleuses du sexe du quartier.", "Sex workers run the clinic."),
    ),
    "mental-health": dict(
        summary="Stigmatising words about mental health and suicide (fou, schizophrenic, committed suicide…)",
        source="Guide 003 (ACT Alliance), « Prônez la tolérance » ; CICR, « Quatre expressions à ne pas "
               "employer » (2022) ; CAMH ; CRESAM ; UNAFAM ; retext-equality (AFSP, NCDJ)",
        fail=("Une politique schizophrène.", "He committed suicide last year."),
        passes=("Une politique contradictoire.", "He died by suicide last year."),
    ),
    "disability": dict(
        summary="Stigmatising words about disability (un handicapé, the handicapped, wheelchair-bound…)",
        source="Guide 003 (ACT Alliance), pas de contenu discriminatoire ; ONU Genève, Lignes directrices pour "
               "un langage inclusif du handicap, annexe I (FR, EN) ; retext-equality (NCDJ)",
        fail=("Un handicapé a perdu son fauteuil.", "The handicapped members were carried upstairs."),
        passes=("Une personne handicapée a perdu son fauteuil.", "Disabled members were carried upstairs."),
    ),
    "migration": dict(
        summary="Dehumanising words for migrants and refugees (clandestins, illegal immigrants, waves of…)",
        source="Guide 003 (ACT Alliance), droits et dignité des personnes, « camp de réfugié-e-s » ; PICUM "
               "« Words Matter » ; Ethical Journalism Network, lignes directrices sur les migrations (2016)",
        fail=("Les immigrés clandestins n'osent pas porter plainte.", "Illegal immigrants are afraid."),
        passes=("Les personnes sans papiers n'osent pas porter plainte.", "Undocumented migrants are afraid."),
    ),
    "victim-framing": dict(
        summary="People in crisis framed as objects of pity (ces malheureuses victimes, the voiceless…)",
        source="Guide 003 (ACT Alliance) : « présente les victimes comme des êtres humains dignes de respect et "
               "non comme des objets de commisération » ; code Dóchas ; Bond « Devspeak » ; ATD Quart Monde",
        fail=("Nous avons rencontré ces malheureuses victimes.", "We give a voice to the voiceless."),
        passes=("Nous avons rencontré les familles sinistrées.", "Victims of trafficking can claim damages."),
    ),
    "incarceration": dict(
        summary="Labels for people in prison or with a conviction (prisonniers, ex-con, inmates…)",
        source="Guide 003 (ACT Alliance), pas de contenu discriminatoire ; COCQ-SIDA ; US Veterans Affairs, "
               "destigmatizing language",
        fail=("Les prisonniers ont accès au dépistage.", "He is an ex-con."),
        passes=("Les personnes incarcérées ont accès au dépistage.", "He was released in May."),
    ),
    "gender": dict(
        summary="Sexist wording and violence-minimising framing (crime passionnel, Mademoiselle, mankind…)",
        source="Guide 000 (INPUD), guide de style : « un langage inclusif » ; Haut Conseil à l'Égalité (2015, "
               "2022) ; Prenons la Une ; ONU, langage inclusif",
        fail=("Un crime passionnel à Thiès.", "Mankind faces a choice."),
        passes=("Un féminicide à Thiès.", "Humanity faces a choice."),
    ),
}

EXPLAIN = """
What it checks: words and phrases from the {domain} wordlists (wordlists/fr/stigma/{domain}.yaml and
wordlists/en/stigma/{domain}.yaml, in the draft's language), plus the organisation's own entries (config
`wordlists:`). Matching sees words: plurals, feminine and inclusive forms (drogué·e·s), elision (l', d'),
hyphen or space, any case; never inside another word (droguerie, caméra, toxicologie). Context-dependent
terms are flagged only in their stigmatising sense (cue words around the term: "drug abuse" but not
"sexual abuse", "clean" about a person or a test but not "clean water"). Names and self-designations
(config organization.names, Narcotics Anonymous, Journée mondiale de lutte contre le sida) are skipped;
terms inside quotation marks are still flagged and the message says so: someone else's quoted words
(a quoted sentence or headline, a block quote) as info — the guides skip quoted speech, the editor
decides — except in a press release, whose quotations are the organisation's own; a lone word in scare
quotes ('called them "junkies"') keeps its severity; a term named as a word ('the word "addict"') or
rejected in a glossary ("❌ Toxicomane → ✅ …", "instead of addicts") is info; the title of a work
(*Junky* (1953), the film "Diary of a Junkie") is a name.
Why: {source}.
Severity per entry: error = dehumanising label, warning = outdated or inaccurate, info = contested
(option `contested: false` hides these).
Fix safety: a fix is safe only when the one alternative fits without changing grammatical agreement
(virus du sida → VIH); noun swaps that change gender or number are unsafe fixes or suggestions; a term
inside a quotation never gets a safe fix (it would change someone's words). In French, when the
alternative needs another determiner, the finding starts at the determiner and each suggestion carries
its own (« Un ancien toxicomane » → « Une personne en rétablissement »).
Options: exclude: [entry-id, …] drops entries by id (ids below); contested: false hides info-level
entries. `rules: {{stigma.{domain}: off}}` switches the whole domain off."""


def _domain_of(rule_id: str) -> str:
    return rule_id.split(".", 1)[1]


class _EntryIds(Option):
    """A list of wordlist entry ids, checked against the bundled lists."""

    def validate(self, value: Any) -> str | None:
        problem = super().validate(value)
        if problem:
            return problem
        from postlint.lexicon.wordlists import known_ids

        known = known_ids()
        for v in value:
            if str(v) not in known:
                import difflib

                close = difflib.get_close_matches(str(v), sorted(known), n=3)
                hint = f" (did you mean {', '.join(close)}?)" if close else " (see `postlint explain stigma.<domain>`)"
                return f"unknown wordlist entry id {v!r}{hint}"
        return None


class StigmaRule(Rule, frozen=True):
    """A stigma rule whose `postlint explain` lists its wordlist entries."""

    def explain_extra(self) -> str:
        from postlint.lexicon.wordlists import bundled_lists

        out = ["Entries (id [severity]: avoid → prefer — source):"]
        for lang in ("fr", "en"):
            for wl in bundled_lists(lang):
                if wl.domain != _domain_of(self.id):
                    continue
                out.append(f"  {lang}:")
                for e in wl.entries:
                    out.append(f"    {e.id} [{e.severity}]: {', '.join(e.avoid)} → {' / '.join(e.prefer)}"
                               f" — {e.source}")
        return "\n".join(out)


# ----------------------------------------------------------------------------------------- scanning
class Hit(Struct):
    span: Span
    entry: Any  # TermEntry
    surface: str
    plural: bool
    quoted: bool
    sentence_start: bool
    mentioned: bool = False  # the quotation marks hold the term alone, named as a word ("the word 'addict'")
    speech: bool = False  # quoted words of someone else: a sentence or a headline, or a block quote


_MATCHERS: dict[tuple, tuple] = {}


def _matchers(lang: str, extra: tuple[str, ...], names: tuple[str, ...]):
    key = (lang, extra, names)
    if key not in _MATCHERS:
        from postlint.lexicon.index import matcher_for
        from postlint.lexicon.terms import TermEntry, TermMatcher

        _, exempt, matcher = matcher_for(lang, extra)
        protected = TermEntry(id="exempt", avoid=list(exempt) + list(names), lang=lang, accents="loose")
        _MATCHERS[key] = (matcher, TermMatcher([protected]))
    return _MATCHERS[key]


def scan(doc: Document, settings: Any) -> list[Hit]:
    """Every stigma match of the document (all domains), computed once per document."""
    extra = tuple(getattr(settings, "wordlists", ()) or ())
    org = getattr(settings, "organization", {}) or {}
    names = tuple(n for n in org.get("names", ()) if isinstance(n, str))
    key = ("stigma.hits", doc.lang, extra, names)
    memo = _scans(doc)
    if key in memo:
        return memo[key]
    matcher, protected = _matchers(doc.lang, extra, names)
    hits: list[Hit] = []
    for region, text, block in _regions(doc):
        shielded = [m.span for m in protected.finditer(text, region.start, region.end)]
        for m in matcher.finditer(text, region.start, region.end):
            if any(m.span.overlaps(s) for s in shielded):
                continue
            sentence = _sentence(doc, m.span.start) if block is not None else region
            if block is not None and block.kind != "heading" and (
                    context.in_proper_name(text, sentence, m.span) or context.in_title(doc.source, m.span)):
                continue
            quoted = block is not None and (block.quoted or in_quotes(text, region.start, m.span.start))
            start = text[sentence.start:m.span.start].strip() == ""
            # the source, not the prose: "the word *junkie*" (italics are masked in the prose)
            mentioned = (block is not None and context.mentioned(doc.source, sentence, m.span)
                         or context.rejected(text, region, m.span))
            # in a press release the quotations are the organisation's own (its spokesperson's): it can edit them
            speech = (quoted and not mentioned and doc.meta.type != "press-release"
                      and (block.quoted or context.speech(text, region, m.span)))
            hits.append(Hit(m.span, m.entry, m.surface, m.plural, quoted, start, mentioned, speech))
    memo[key] = hits
    return hits


@analysis
def _scans(doc: Document) -> dict[tuple, list[Hit]]:
    """The scans of this document, by language, extra wordlists and organisation names."""
    return {}


@analysis
def _sentence_starts(doc: Document) -> list[int]:
    return [s.start for s in doc.sentences()]


def _regions(doc: Document):
    for b in doc.text_blocks():
        yield b.span, doc.prose, b
    for im in doc.images:  # alt text is published too (it is masked in the prose)
        if im.alt_span and im.alt:
            yield im.alt_span, doc.source, None


def _sentence(doc: Document, offset: int) -> Span:
    spans = doc.sentences()
    starts = _sentence_starts(doc)
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and spans[i].start <= offset < spans[i].end:
        return spans[i]
    return Span(offset, offset)


# ----------------------------------------------------------------------------------------- findings
HEADS = {
    "stigmatising": ("« {t} » stigmatise", '"{t}" is stigmatising'),
    "inaccurate": ("« {t} » est inexact", '"{t}" is inaccurate'),
    "outdated": ("« {t} » est dépassé", '"{t}" is outdated'),
    "contested": ("« {t} » est un terme discuté", '"{t}" is a contested term'),
}


def _cased(surface: str, replacement: str, entry: Any, sentence_start: bool) -> str:
    """The replacement with the match's capitalisation (an acronym at the start of the match does not
    make a capitalised word: "AIDS victim" → "person living with HIV")."""
    words = surface.split()
    letters = [c for c in surface if c.isalpha()]
    shouting = len(letters) > 1 and all(c.isupper() for c in letters)
    if shouting and not all(w.isupper() for f in entry.avoid for w in f.split() if any(c.isalpha() for c in w)):
        return replacement.upper()
    first = re.split(r"[-‐‑/]", words[0])[0] if words else ""  # "HIV-infected": the acronym is "HIV"
    acronym = len(first) > 1 and first.isupper()
    if first[:1].isupper() and (not acronym or sentence_start):
        return replacement[:1].upper() + replacement[1:]
    return replacement


def finding(hit: Hit, ctx: Context, doc: Document | None = None) -> Finding:
    e = hit.entry
    fr, en = HEADS.get(e.label, HEADS["stigmatising"])
    shown = " ".join(hit.surface.split())  # a phrase cut by a line break or emphasis markers reads as words
    head = ctx.msg(fr=fr, en=en, t=shown)
    severity = e.severity
    if hit.mentioned:  # said of the word itself: a reminder, not a blocking finding
        head += ctx.msg(fr=", ici cité comme mot : gardez-le seulement si le texte le critique",
                        en=", here mentioned as a word: keep it only if the text criticises it")
        severity = "info"
    elif hit.speech:  # someone else's words: the editor decides (the guides skip quoted speech)
        head += ctx.msg(fr=", dans une citation : gardez-la telle quelle si vous citez quelqu'un, sinon "
                           "reformulez", en=", inside a quotation: keep it as is if you are quoting someone, "
                                         "otherwise rephrase")
        severity = "info"
    elif hit.quoted:
        head += ctx.msg(fr=", même dans une citation", en=", even inside a quotation")
    prefer = e.prefer_plural if hit.plural and e.prefer_plural else e.prefer
    suggestions = list(dict.fromkeys(_cased(hit.surface, p, e, hit.sentence_start) for p in prefer))
    if suggestions:
        alts = ctx.msg(fr=" ou ", en=" or ").join(ctx.msg(fr="« {p} »", en='"{p}"', p=p) for p in suggestions)
        tail = ctx.msg(fr=" Préférez : {a}.", en=" Prefer: {a}.", a=alts)
    else:
        tail = ctx.msg(fr=" Reformulez.", en=" Rephrase.")
    reason = e.note.strip()
    if reason and reason[-1] not in ".!?…":
        reason += "."
    message = f"{head}. {reason}{tail}" if reason else f"{head}.{tail}"
    fix = None
    span, agreed = hit.span, False
    if doc is not None and doc.lang == "fr" and suggestions:
        span, suggestions, agreed = _with_determiner(doc, hit, suggestions)
    if e.fix in ("safe", "unsafe") and suggestions:
        safe = e.fix == "safe" and len(suggestions) == 1 and not hit.quoted and not agreed
        fix = Fix((Edit(span, suggestions[0]),), "safe" if safe else "unsafe", suggestions[0])
    if agreed:  # the suggestions replace the determiner too: the finding covers it
        shown = " ".join(doc.source[span.start:span.end].split())
    return ctx.finding(span, message, severity=severity, suggestions=suggestions, fix=fix, text=shown)


def _with_determiner(doc: Document, hit: Hit, suggestions: list[str]) -> tuple[Span, list[str], bool]:
    """« Un ancien toxicomane » → « Une personne en rétablissement »: when an alternative needs another
    determiner, every suggestion carries its own and the edit starts at the determiner."""
    from postlint.text.frdeterminers import agree

    text = doc.source
    changes = [agree(text, hit.span.start, s, hit.plural) for s in suggestions]
    starts = {c[0] for c in changes if c is not None}
    if len(starts) != 1:
        return hit.span, suggestions, False
    start = starts.pop()
    written = text[start:hit.span.start]
    out = [(c[1] if c is not None else written) + s for c, s in zip(changes, suggestions)]
    return Span(start, hit.span.end), out, True


def _make(domain: str) -> StigmaRule:
    info = DOMAINS[domain]
    rule_id = f"stigma.{domain}"

    def check(doc: Document, ctx: Context) -> Iterable[Finding]:
        excluded = set(ctx.options.get("exclude") or ())
        contested = ctx.options.get("contested", True)
        for hit in scan(doc, ctx.settings):
            e = hit.entry
            if e.domain != domain or e.id in excluded or (e.severity == "info" and not contested):
                continue
            yield finding(hit, ctx, doc)

    return StigmaRule(
        id=rule_id, category="stigma", severity="warning", summary=info["summary"], check=check,
        source=info["source"], explain=EXPLAIN.format(domain=domain, source=info["source"]),
        options={
            "exclude": _EntryIds(list, [], "wordlist entry ids not to report (see the list below)"),
            "contested": Option(bool, True, "report contested terms (info-level entries)"),
        },
        fix="sometimes", examples={"fail": info["fail"], "pass": info["passes"]},
        enabled_by_default=info.get("enabled", True),
    )


RULES: list[Rule] = [_make(d) for d in DOMAINS]
