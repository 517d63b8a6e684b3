"""The rule of one stigma domain: each `rules/stigma/<domain>.py` calls `make` with what is its own (summary,
source, examples); the check, the options, the documentation (`EXPLAIN`, filled in with the domain and its
source) and the wordlist listing of `postlint explain` are the same for every domain."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from postlint.core.rule import Context, Finding, Option, Rule
from postlint.core.vocab import DOMAINS
from postlint.document.model import Document
from postlint.rules.stigma._finding import finding
from postlint.rules.stigma._scan import scan


# The documentation of every domain: what differs is the domain (its wordlists) and the source (its "Why").
EXPLAIN = """
What it checks: words and phrases from the {domain} wordlists (wordlists/fr/stigma/{domain}.yaml and
wordlists/en/stigma/{domain}.yaml, in the draft's language), plus the organisation's own entries (config
`wordlists:`). Matching sees words: plurals, feminine and inclusive forms (drogué·e·s), elision (l', d'),
hyphen or space, any case; never inside another word (droguerie, caméra, toxicologie). Context-dependent
terms are flagged only in their stigmatising sense (cue words around the term: "drug abuse" but not
"sexual abuse", "clean" about a person or a test but not "clean water"). Names and self-designations
(config organization.names, Narcotics Anonymous, Journée mondiale de lutte contre le sida) are skipped, and
so are the names of bodies, programmes, laws, days, declarations and plans ("Joint United Nations Programme
on HIV/AIDS", « Déclaration politique sur le VIH/sida »), fixed designations of bodies for contested wording
(« association de lutte contre le VIH/sida »), a writer counting themself in ("like many other drug users,
I…", "I am a former drug user"; a label for oneself, or for a person described as one of the group, is
info) and the terms the organisation has chosen (config organization.accept,
with a reason). Terms inside quotation marks are still flagged and the message says so: someone else's
quoted words (a quoted sentence or headline, a block quote) as info — the guides skip quoted speech, the
editor decides — except in a press release, whose quotations are the organisation's own unless the speaker is
introduced as one of the group (", says X, former injecting drug user"); not at all when
the term is contested, when the quotation is a statement kept verbatim (15 words or more, or several
paragraphs), or when it is quoted to rebut it (« "Un toxicomane de 41 ans…", écrit l'AFP : une dépêche
stigmatisante »); a label reported as someone's word for people ('called them "junkies"') keeps its
severity, a label alone in scare quotes ('help "addicts" find homes') is info, and not reported when the sentence
turns it into the person or judges it (« transformer les « toxicos » en citoyens »); a term named as
a word ('the word "addict"') or rejected in a glossary ("❌ Toxicomane → ✅ …", "instead of addicts") is
info, and not reported when the sentence judges it (« dénominations négatives : débile, aliéné »); a
stereotype reported in order to rebut it (« 74 % considèrent qu'un schizophrène est dangereux. Pourtant… ») is
not the writer's; the title of a work (*Junky* (1953), the film "Diary of a Junkie", a linked report's
title, a cited article's title in a reference list) is a name. "Current or former drug users" is the whole group:
the base term's severity applies. Other senses are skipped: attackers of a system ("cyber criminals"), a field of
work ("prisoner support"), « bénéficiaires » on the page of a public allowance, a surname ("Angela Hooker"), a
linked package's name ("the
[nuts](…/nuts) package"), a compound's prefix ("psycho- and sociolinguistics"), an office held by a named
person ("Google chairman Eric Schmidt"), a contested term as a form's field label (« **Bénéficiaires :** les
agents »), the first column of a table of replacements ("Instead of: | Use:", « À éviter | À préférer »). An
info finding about the same words is reported once per document, with the count.
Why: {source}.
Severity per entry: warning = dehumanising label, or outdated or inaccurate (change before publishing),
info = contested (option `contested: false` hides these); error is left to what harms an identifiable person
(an organisation raises stigma with `severity: error` in its config).
Fix safety: a fix is safe only when the one alternative fits without changing grammatical agreement
(virus du sida → VIH); noun swaps that change gender or number are unsafe fixes or suggestions; a term
inside a quotation never gets a safe fix (it would change someone's words). In French, when the
alternative needs another determiner, the finding starts at the determiner and each suggestion carries
its own (« Un ancien toxicomane » → « Une personne en rétablissement »).
Options: exclude: [entry-id, …] drops entries by id (ids below); contested: false hides info-level
entries. `rules: {{stigma.{domain}: off}}` switches the whole domain off."""


def _domain_of(rule_id: str) -> str:
    return rule_id.split(".", 1)[1]


class _EntryIds(Option, frozen=True):  # Option is frozen: so are its subclasses
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


def make(domain: str, *, summary: str, source: str, fail: tuple[str, ...], passes: tuple[str, ...],
         enabled: bool = True) -> StigmaRule:
    """The rule `stigma.<domain>` for one of `core.vocab.DOMAINS` (the first example sentence of `fail` and
    `passes` is French, the second English)."""
    if domain not in DOMAINS:
        raise ValueError(f"stigma.{domain}: unknown domain (known: {', '.join(DOMAINS)})")
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
        id=rule_id, category="stigma", severity="warning", summary=summary, check=check,
        source=source, explain=EXPLAIN.format(domain=domain, source=source),
        options={
            "exclude": _EntryIds(list, [], "wordlist entry ids not to report (see the list below)"),
            "contested": Option(bool, True, "report contested terms (info-level entries)"),
        },
        fix="sometimes", examples={"fail": fail, "pass": passes},
        enabled_by_default=enabled,
    )
