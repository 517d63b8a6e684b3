"""Disclosure: an embargo not yet lifted on the publication date (`--date`), from the front matter
(`embargo:`) or from an embargo line in the text ("Sous embargo jusqu'au 26 juin 2026 à 00h01",
"EMBARGOED UNTIL 26 June 2026, 00:01 GMT")."""
from __future__ import annotations

from datetime import date, datetime

from msgspec import Struct

from postlint.checks._gates import passes
from postlint.checks.disclosure_patterns import LazyRegex, folded_prose
from postlint.document import Document, Span
from postlint.rule import Context, rule

SOURCE = ("Guide 003 (ACT Alliance), « ne jamais divulguer d'informations confidentielles ou exclusives » ; "
          "un communiqué sous embargo ne doit pas être publié avant la levée (date, heure et fuseau horaire)")

# Embargo openers, on folded prose (lower case, no accents); the date follows them.
_OPENER = LazyRegex(r"""(?x)(?<![\p{L}])(?:
    sous\ embargo(?:\ jusqu'(?:au|a|a\ la\ date\ du))?
  | embargo\ jusqu'(?:au|a)
  | ne\ pas\ (?:publier|diffuser)\ avant(?:\ le)?
  | (?:pas\ de\ |aucune\ )?(?:publication|diffusion)\ (?:interdite\ )?avant(?:\ le)?
  | embargoed?\ (?:until|till|to|through)
  | under\ embargo(?:\ until)?
  | hold\ (?:for\ release\ )?until
  | not\ for\ (?:release|publication|broadcast)\ (?:before|until|prior\ to)
  | for\ release\ (?:on|at|after)
  | embargo\s*[:\-]
)(?![\p{L}])""")
_OPENER_GATE = (("embargo", "avant", "hold", "not for", "release"),)  # every opener holds one (`_gates.implied`)
_MONTHS = {m: i for i, names in enumerate((
    "janvier janv jan january", "fevrier fevr fev february feb", "mars march mar", "avril avr april apr",
    "mai may", "juin june jun", "juillet juil july jul", "aout august aug", "septembre sept sep september",
    "octobre oct october", "novembre nov november", "decembre dec december"), 1) for m in names.split()}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATES = [
    ("iso", LazyRegex(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")),
    ("num", LazyRegex(r"(?<!\d)(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})(?!\d)")),
    ("dmy", LazyRegex(r"(?<!\d)(?P<d>\d{1,2})(?:er|st|nd|rd|th)?\s+(?P<mon>%s)\.?(?:\s*,?\s*(?P<y>\d{4}))?"
                          % _MONTH)),
    ("mdy", LazyRegex(r"(?<![\p{L}])(?P<mon>%s)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*,?\s*(?P<y>\d{4}))?"
                          r"(?!\d)" % _MONTH)),
]
_TIME = LazyRegex(r"(?<![\d:])(?:(?P<h>\d{1,2})\s*(?:h|:)\s*(?P<mi>\d{2})?|(?P<h2>\d{1,2})(?::(?P<mi2>\d{2}))?"
                      r"\s*(?P<ampm>a\.?m\.?|p\.?m\.?)|(?P<word>minuit|midi|midnight|noon))(?![\p{L}\d])")
# Time zones: abbreviations in capitals only ("est" is a French verb), then zone words on folded text.
_TZ_ABBR = LazyRegex(r"(?<![\p{L}])(?:GMT|UTC|CET|CEST|WAT|CAT|EAT|BST|EST|EDT|CST|PST|PDT|SAST|Z)"
                         r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?![\p{L}])|(?<=\d)[+-]\d{2}:?\d{2}(?!\d)")
_TZ_WORDS = LazyRegex(r"(?<![\p{L}])(?:heure (?:de [\p{L}-]+|locale|francaise|d'ete|d'hiver|normale|d'europe"
                          r"|universelle)|(?:paris|dakar|bamako|abidjan|lagos|london|londres|geneva|geneve|new york"
                          r"|brussels|bruxelles|nairobi|johannesburg|ouagadougou|niamey|lome|cotonou|conakry|eastern"
                          r"|central|pacific|local) time)(?![\p{L}])")


_NO_EMBARGO = LazyRegex(r"^[\s*_]*(?:none|no|nil|n/?a|aucun|aucune|neant|sans(?:\ objet)?|non|pas\ d'embargo|"
                           r"lifted|leve|levee|immediate(?:ly)?|immediat|publication\ immediate|"
                           r"for\ immediate\ release|-+|—)(?![\p{L}\p{N}])")


class TextEmbargo(Struct):
    span: Span  # the embargo line, from its opener to the end of what was read
    when: date | None
    has_time: bool
    has_tz: bool


def find_text_embargoes(doc: Document, today: date) -> list[TextEmbargo]:
    """Embargo statements in the text, with the date read from the words after the opener."""
    folded = folded_prose(doc)
    out = []
    for m in _OPENER.finditer(folded) if passes(_OPENER_GATE, folded) else ():
        line_end = folded.find("\n", m.end())
        line_end = len(folded) if line_end < 0 else line_end
        tail_end = min(line_end, m.end() + 90)
        tail = folded[m.end():tail_end]
        when, used = _read_date(tail, today)
        if when is None and _NO_EMBARGO.match(tail):
            continue  # "Embargo : aucun", "Embargo: none / N/A", a template line saying there is none
        rest = tail[used:] if when else ""
        t = _TIME.search(rest[:40]) if when else None
        zone_at = m.end() + used
        tz = None
        if when:
            tz = (_TZ_ABBR.search(doc.source[zone_at:min(tail_end, zone_at + 60)])
                  or _TZ_WORDS.search(rest[:60]))
        end = m.end() + used
        for extra in (t, tz):
            if extra is not None:
                end = max(end, m.end() + used + extra.end())
        if when is None:
            end = m.end() + len(tail.rstrip(" .;,)"))
        out.append(TextEmbargo(Span(m.start(), end), when, t is not None, tz is not None))
    return out


def _read_date(tail: str, today: date) -> tuple[date | None, int]:
    """(date, characters consumed) of the first date in the first words of `tail`."""
    best = None
    for kind, pattern in _DATES:
        m = pattern.search(tail[:45])
        if m and (best is None or m.start() < best[1].start()):
            best = (kind, m)
    if best is None:
        return None, 0
    kind, m = best
    try:
        day = int(m.group("d"))
        if kind in ("dmy", "mdy"):
            month = _MONTHS[m.group("mon")]
        else:
            month = int(m.group("m"))
            if kind == "num" and month > 12 and day <= 12:  # 06/26/2026: US order
                day, month = month, day
        year_text = m.group("y")
        if year_text:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            return date(year, month, day), m.end()
        guess = date(today.year, month, day)
        if (today - guess).days > 183:  # "26 janvier" written in December means next year
            guess = date(today.year + 1, month, day)
        return guess, m.end()
    except (ValueError, KeyError):
        return None, 0


def _fmt(d: date | datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M") if isinstance(d, datetime) else d.isoformat()


@rule("disclosure.embargo", severity="error",
      summary="An embargo (front matter or text) not yet lifted on the publication date",
      source=SOURCE, fix="never",
      explain="""
What it checks: the front matter `embargo:` and embargo lines in the text ("Sous embargo jusqu'au 26 juin
2026 à 00h01", "Ne pas publier avant le…", "EMBARGOED UNTIL 26 June 2026, 00:01 GMT", "Hold for release
until…"), compared with the publication date (`--date`, default today).
- embargo later than the publication date → error (document-level for the front matter);
- lifting on the publication date → info (warning when no time or time zone says when);
- already lifted → nothing for the front matter, info for a leftover embargo line;
- a date that cannot be read → warning.
Why: publishing before the embargo breaks the promise made to journalists; an embargo needs a date,
a time and a time zone to be honoured (press practice, domain reference §5).
Fix safety: no automatic fix.
""",
      examples={"fail": ("embargo: 2026-06-26T00:01 (front matter), checked with --date 2026-06-20",
                         "EMBARGOED UNTIL 26 June 2026, 00:01 GMT"),
                "pass": ("FOR IMMEDIATE RELEASE", "Sous embargo jusqu'au 2 mai 2025 à 10h (heure de Paris), "
                                                  "checked on 2025-06-01 (info only)")})
def embargo(doc: Document, ctx: Context):
    today = ctx.today
    fm = doc.meta.embargo
    fm_day = fm.date() if isinstance(fm, datetime) else fm
    if fm is not None:
        when = _fmt(fm)
        zone = ""
        if not doc.meta.embargo_has_time:
            zone = ctx.msg(fr=" Précisez aussi l'heure et le fuseau horaire (ex. 2026-06-26T09:00+00:00).",
                           en=" Also give the time and time zone (e.g. 2026-06-26T09:00+00:00).")
        elif not doc.meta.embargo_has_tz:
            zone = ctx.msg(fr=" Précisez aussi le fuseau horaire (ex. 2026-06-26T09:00+00:00).",
                           en=" Also give the time zone (e.g. 2026-06-26T09:00+00:00).")
        if fm_day > today:
            yield ctx.finding(None, ctx.msg(
                fr="Sous embargo jusqu'au {when} : ne pas publier le {today}.{zone}",
                en="Under embargo until {when}: do not publish on {today}.{zone}",
                when=when, today=today.isoformat(), zone=zone), severity="error",
                suggestions=[ctx.msg(fr="publier après la levée de l'embargo", en="publish after the embargo lifts")])
        elif fm_day == today:
            precise = doc.meta.embargo_has_time and doc.meta.embargo_has_tz
            yield ctx.finding(None, ctx.msg(
                fr="L'embargo est levé aujourd'hui ({when}) : publiez après l'heure indiquée.{zone}",
                en="The embargo lifts today ({when}): publish after the stated time.{zone}",
                when=when, zone=zone), severity="info" if precise else "warning")
    for emb in find_text_embargoes(doc, today):
        if emb.when is None:
            yield ctx.finding(emb.span, ctx.msg(
                fr="Embargo sans date lisible : écrivez la date, l'heure et le fuseau horaire "
                   "(« Sous embargo jusqu'au 26 juin 2026 à 00h01 GMT »).",
                en="Embargo without a readable date: give the date, time and time zone "
                   "('EMBARGOED UNTIL 26 June 2026, 00:01 GMT')."), severity="warning")
            continue
        if fm_day is not None and emb.when == fm_day:
            continue  # the front matter finding already says it
        missing = _missing(ctx, emb)
        if emb.when > today:
            yield ctx.finding(emb.span, ctx.msg(
                fr="Sous embargo jusqu'au {when} : ne pas publier le {today}.{missing}",
                en="Under embargo until {when}: do not publish on {today}.{missing}",
                when=emb.when.isoformat(), today=today.isoformat(), missing=missing), severity="error")
        elif emb.when == today:
            yield ctx.finding(emb.span, ctx.msg(
                fr="L'embargo est levé aujourd'hui : publiez après l'heure indiquée.{missing}",
                en="The embargo lifts today: publish after the stated time.{missing}", missing=missing),
                severity="warning" if missing else "info")
        else:
            yield ctx.finding(emb.span, ctx.msg(
                fr="Embargo levé depuis le {when} : retirez la mention avant de publier.",
                en="Embargo lifted on {when}: remove the line before publishing.", when=emb.when.isoformat()),
                severity="info")


def _missing(ctx: Context, emb: TextEmbargo) -> str:
    if not emb.has_time:
        return ctx.msg(fr=" Précisez l'heure et le fuseau horaire.", en=" Give the time and time zone.")
    if not emb.has_tz:
        return ctx.msg(fr=" Précisez le fuseau horaire.", en=" Give the time zone.")
    return ""


RULES = [embargo]
