"""What it checks: the front matter `embargo:` and embargo lines in the text ("Sous embargo jusqu'au 26 juin
2026 à 00h01", "Ne pas publier avant le…", "EMBARGOED UNTIL 26 June 2026, 00:01 GMT", "Hold for release
until…"), compared with the publication date (`--date`, default today).
- embargo later than the publication date → error (document-level for the front matter);
- lifting on the publication date → info (warning when no time or time zone says when);
- already lifted → nothing for the front matter, info for a leftover embargo line;
- a date that cannot be read → warning.
The time and time zone may come before or after the date ("EMBARGOED UNTIL 00:01 GMT, 2 December 2026",
"10:00 a.m. ET on Dec. 2, 2026", « 10 h (heure de Dakar), mardi 2 décembre 2026 »).
In a pitch (`type: pitch`), sent privately to a journalist, the embargo is what the pitch offers, not a
reason to hold it back: no finding when the date, time and time zone are given; info when the time or the
zone is missing, when the date cannot be read, or when the embargo offered has already lifted (text only).
The front matter `embargo:` of a pitch is read the same way. A media advisory (`type: advisory`) is read like a
pitch: it is sent before the briefing, and its embargo covers what will be released there.
A site page (Hugo, Jekyll…) is published on its `publishDate`, or on its `date` when that is in the future, not
today: an embargo lifting after that day → error on the `publishDate:`/`date:` line ("the site will publish this
page on … before the embargo lifts on …"); scheduled after the embargo → info; `draft: true` → info (not
published); an `expiryDate` before the embargo → info (never online after it).
Why: publishing before the embargo breaks the promise made to journalists; an embargo needs a date,
a time and a time zone to be honoured (press practice: "EMBARGOED UNTIL [date, time, time zone]",
writing.colostate.edu and pressreleasedistribution.com press-release guides).
Fix safety: no automatic fix.
"""
from __future__ import annotations

from datetime import date, datetime

from msgspec import Struct

from postlint.core.rule import Context, rule
from postlint.core.spans import Span
from postlint.document.analysis import folded_prose
from postlint.document.model import Document
from postlint.text.gates import declare, passes
from postlint.text.patterns import LazyRegex

SOURCE = ("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: « ne jamais divulguer "
          "d'informations confidentielles ou exclusives » ; un communiqué sous embargo ne doit pas être publié avant "
          "la levée (date, heure et fuseau horaire)")

# Embargo openers, on folded prose (lower case, no accents); the date follows them.
_OPENER = LazyRegex(r"""(?x)(?<![\p{L}])(?:
    sous\ embargo(?:\ jusqu'(?:au|a|a\ la\ date\ du))?
  | embargo\ jusqu'(?:au|a)
  | ne\ pas\ (?:publier|diffuser)\ avant(?:\ le)?
  | (?:pas\ de\ |aucune\ )?(?:publication|diffusion)\ (?:interdite\ )?avant(?:\ le)?
  | embargoed?\ (?:until|till|to|through)
  | under\ embargo(?:\ until)?
  | hold\ for\ release\ until
  | (?<=(?:^|\n)[\s*_\#>\[(-]{0,6}|please\ |kindly\ )hold\ until  # "HOLD UNTIL…" heading a release, not "on hold until"
  | not\ for\ (?:release|publication|broadcast)\ (?:before|until|prior\ to)
  | (?<=(?:^|\n)[\s*_\#>\[(-]{0,6})for\ release\ (?:on|at|after)  # not "ready for release at the end of April"
  | embargo(?:ed)?\s*[:\-]
)(?![\p{L}])""")
# every opener holds one (declared: `gates.implied` proves it)
_OPENER_GATE = declare("embargo opener", _OPENER, (("embargo", "avant", "hold", "not for", "release"),))
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
# Times, on folded prose: "00:01", "00h01", "10 h", "14H30", "9am", "10:00 a.m.", "9.30pm", midnight/minuit, noon/midi.
_TIME = LazyRegex(r"""(?x)(?<![\d:.])(?:
    \d{1,2}(?:[:.h]\s?\d{2})?\s*[ap]\.?m\.?(?![\p{L}])        # 9am, 10:00 a.m., 9.30pm
  | \d{1,2}\s*:\s*\d{2}(?=z(?![\p{L}])|(?![\p{L}\d]))        # 00:01, T09:00Z
  | (?:midnight|noon|midday)(?![\p{L}])
  | (?P<fr>\d{1,2}\s*h\s*(?:\d{2})?(?![\p{L}\d])|(?:minuit|midi)(?![\p{L}]))  # 00h01, 10 h, 14H30
)""")
# Time zones, on prose (case kept): abbreviations in capitals only ("est" and "et" are French words); the
# short, ambiguous ones only right after a time not written the French way ("10:00 a.m. ET", "9am EST", not
# "À 10H ET APRÈS"). Zone words on folded prose.
_TZ_AFTER_TIME = LazyRegex(r"[\s,(]*(?:(?:ET|PT|CT|EST|Z)(?![\p{L}])|[+-]\d{2}:?\d{2}(?!\d)"
                           r"|(?i:eastern|pacific)(?![\p{L}]))")
_TZ_ABBR = LazyRegex(r"(?<![\p{L}])(?:GMT|UTC|CET|CEST|WAT|CAT|EAT|BST|EDT|CST|CDT|PST|PDT|SAST|EET|EEST)"
                     r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?![\p{L}])")
_TZ_WORDS = LazyRegex(r"(?<![\p{L}])(?:heure (?:de [\p{L}-]+|locale|francaise|d'ete|d'hiver|normale|d'europe"
                      r"|universelle|gmt|utc)|temps universel|(?:paris|dakar|bamako|abidjan|lagos|london|londres|geneva"
                      r"|geneve|new york|brussels|bruxelles|nairobi|johannesburg|ouagadougou|niamey|lome|cotonou"
                      r"|conakry|eastern|central|pacific|mountain|local|uk|west africa|east africa)"
                      r"(?: standard| daylight)? time)(?![\p{L}])")
# Where the embargo clause ends: ";" or a new sentence ("… à 00h01. Le rapport…"), not "a.m. Eastern", "Dec. 2".
_CLAUSE_END = LazyRegex(r";|[.!?](?<!(?i:[ap]\.m\.))(?=\s+\p{Lu}\p{Ll})")


_NO_EMBARGO = LazyRegex(r"^[\s*_]*(?:none|no|nil|n/?a|aucun|aucune|neant|sans(?:\ objet)?|non|pas\ d'embargo|"
                           r"lifted|leve|levee|immediate(?:ly)?|immediat|publication\ immediate|"
                           r"for\ immediate\ release|-+|—)(?![\p{L}\p{N}])")


class TextEmbargo(Struct):
    span: Span  # the embargo line, from its opener to the end of what was read
    when: date | None
    has_time: bool
    has_tz: bool


def find_text_embargoes(doc: Document, today: date) -> list[TextEmbargo]:
    """Embargo statements in the text: the date, time and zone read from the clause after the opener, the time
    and zone before or after the date ("00:01 GMT, 2 December 2026", "2 December 2026, 00:01 GMT")."""
    folded, prose = folded_prose(doc), doc.prose
    out = []
    read_until = 0  # « EMBARGO : ne pas publier avant le … »: the second opener is inside the first's clause
    for m in _OPENER.finditer(folded) if passes(_OPENER_GATE, folded) else ():
        if m.start() < read_until:
            continue
        at = m.end()
        line_end = folded.find("\n", at)
        limit = min(len(folded) if line_end < 0 else line_end, at + 100)
        stop = _CLAUSE_END.search(prose, at, limit)
        clause = folded[at:stop.start() if stop else limit]
        read_until = at + len(clause)
        when, d0, d1 = _read_date(clause, today)
        if when is None:
            if not _NO_EMBARGO.match(clause):  # "Embargo : aucun", "Embargo: none / N/A": there is none
                out.append(TextEmbargo(Span(m.start(), at + len(clause.rstrip(" .;,)"))), None, False, False))
            continue
        blank = " " * (d1 - d0)  # the date's digits are not a time
        f_clause = clause[:d0] + blank + clause[d1:]
        p_clause = prose[at:at + d0] + blank + prose[at + d1:at + len(clause)]
        t = _TIME.search(f_clause, 0, d0) or _TIME.search(f_clause, d1, d1 + 40)
        tz = t and not t.group("fr") and _TZ_AFTER_TIME.match(p_clause, t.end())
        tz = tz or _TZ_ABBR.search(p_clause) or _TZ_WORDS.search(f_clause)
        end = max([d1] + [x.end() for x in (t, tz) if x])
        out.append(TextEmbargo(Span(m.start(), at + end), when, t is not None, bool(tz)))
    return out


def _read_date(clause: str, today: date) -> tuple[date | None, int, int]:
    """(date, start, end) of the first date starting in the first 60 characters of `clause`."""
    best = None
    for kind, pattern in _DATES:
        m = pattern.search(clause, 0, min(len(clause), 80))
        if m and m.start() < 60 and (best is None or m.start() < best[1].start()):
            best = (kind, m)
    if best is None:
        return None, 0, 0
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
            return date(year, month, day), m.start(), m.end()
        guess = date(today.year, month, day)
        if (today - guess).days > 183:  # "26 janvier" written in December means next year
            guess = date(today.year + 1, month, day)
        return guess, m.start(), m.end()
    except (ValueError, KeyError):
        return None, 0, 0


def _fmt(d: date | datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M") if isinstance(d, datetime) else d.isoformat()


@rule("disclosure.embargo", severity="error",
      summary="An embargo (front matter or text) not yet lifted on the publication date",
      source=SOURCE, fix="never",
      examples={"fail": ("---\nembargo: 2026-06-26T00:01\n---\nLe rapport annuel sort aujourd'hui.\n",
                         "EMBARGOED UNTIL 26 June 2026, 00:01 GMT\n\nThe annual report is out today.\n",
                         "Sous embargo jusqu'au 2 mai 2025 à 10h (heure de Paris).\n\nLe rapport annuel est en ligne.\n"),
                "pass": ("FOR IMMEDIATE RELEASE\n\nThe annual report is out today.\n",
                         "---\ntype: pitch\n---\nHi Tom, our report on naloxone is under embargo until 00:01 GMT on "
                         "Thursday 3 December 2026: may I send it to you?\n")})
def embargo(doc: Document, ctx: Context):
    today = ctx.today
    fm = doc.meta.embargo
    fm_day = fm.date() if isinstance(fm, datetime) else fm
    if doc.meta.type in ("pitch", "advisory"):  # sent to journalists before the event, under the embargo it offers
        yield from _pitch(doc, ctx, fm_day)
        return
    scheduled = _scheduled(doc, today)
    if scheduled is not None or doc.meta.draft:
        yield from _site_page(doc, ctx, fm_day, scheduled)
        return
    if fm is not None and fm_day is not None:
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


# ----------------------------------------------------------------------------- a site page's publication keys
def _day(value) -> date | None:
    return value.date() if isinstance(value, datetime) else value if isinstance(value, date) else None


def _scheduled(doc: Document, today: date) -> tuple[date, str] | None:
    """(day the site will publish the page, front matter key saying so) when that is not today: `publishDate`,
    else a future `date` (Hugo and Jekyll do not build future-dated pages by default)."""
    pub = _day(doc.meta.publish_date)
    if pub is not None and pub != today:
        return pub, "publishDate"
    page = _day(doc.meta.page_date)
    if pub is None and page is not None and page > today:
        return page, "date"
    return None


def _site_page(doc: Document, ctx: Context, fm_day: date | None, scheduled: tuple[date, str] | None):
    """A site page is published on its publication day, not today; a draft page (`draft: true`) not at all."""
    pub, key = scheduled if scheduled is not None else (ctx.today, "")
    where = None
    for k in ((key, "publishDate", "publishdate", "pubDate", "publish_date", "date") if key else ()):
        where = doc.fm_span(k)
        if where is not None:
            break
    embargoes: list[tuple[Span | None, date]] = [(None, fm_day)] if fm_day is not None else []
    embargoes += [(e.span, e.when) for e in find_text_embargoes(doc, ctx.today)
                  if e.when is not None and e.when != fm_day]
    expiry = _day(doc.meta.expiry_date)
    for span, when in embargoes:
        if doc.meta.draft:
            yield ctx.finding(span, ctx.msg(
                fr="Embargo jusqu'au {emb} sur une page en brouillon (draft) : vérifiez la date de publication avant "
                   "de la mettre en ligne.",
                en="Embargo until {emb} on a draft page: check the publication date before putting it online.",
                emb=when.isoformat()), severity="info")
        elif when > pub:
            yield ctx.finding(where or span, ctx.msg(
                fr="Le site publiera cette page le {pub} ({k}), avant la levée de l'embargo le {emb}.",
                en="The site will publish this page on {pub} ({k}), before the embargo lifts on {emb}.",
                pub=pub.isoformat(), k=key, emb=when.isoformat()), severity="error",
                suggestions=[ctx.msg(fr=f"{key}: {when.isoformat()}", en=f"{key}: {when.isoformat()}")])
        elif expiry is not None and expiry < when:
            yield ctx.finding(span, ctx.msg(
                fr="La page expire le {exp}, avant la levée de l'embargo le {emb} : elle ne sera jamais en ligne "
                   "après l'embargo.",
                en="The page expires on {exp}, before the embargo lifts on {emb}: it will never be online after "
                   "the embargo.", exp=expiry.isoformat(), emb=when.isoformat()), severity="info")
        elif span is not None or when > ctx.today:
            yield ctx.finding(span, ctx.msg(
                fr="Embargo jusqu'au {emb}, page programmée le {pub} ({k}) : publication après la levée, c'est bon."
                   "{m}",
                en="Embargo until {emb}, page scheduled on {pub} ({k}): published after the embargo lifts, fine.{m}",
                emb=when.isoformat(), pub=pub.isoformat(), k=key,
                m=ctx.msg(fr=" Retirez la mention d'embargo du texte publié.",
                          en=" Remove the embargo line from the published text.") if span is not None else ""),
                severity="info")


def _missing(ctx: Context, emb: TextEmbargo) -> str:
    if not emb.has_time:
        return ctx.msg(fr=" Précisez l'heure et le fuseau horaire.", en=" Give the time and time zone.")
    if not emb.has_tz:
        return ctx.msg(fr=" Précisez le fuseau horaire.", en=" Give the time zone.")
    return ""


def _pitch(doc: Document, ctx: Context, fm_day: date | None):
    """A pitch goes privately to journalists: its embargo is the one it offers them, never a reason to hold it."""
    today, fm = ctx.today, doc.meta.embargo
    if fm is not None and fm_day is not None and fm_day >= today and \
            not (doc.meta.embargo_has_time and doc.meta.embargo_has_tz):
        yield ctx.finding(None, _offered(ctx, _fmt(fm), doc.meta.embargo_has_time), severity="info")
    for emb in find_text_embargoes(doc, today):
        if emb.when is None:
            yield ctx.finding(emb.span, ctx.msg(
                fr="Embargo proposé sans date lisible : indiquez au journaliste la date, l'heure et le fuseau "
                   "horaire (« sous embargo jusqu'au jeudi 3 décembre 2026 à 00h01 GMT »).",
                en="Embargo offered without a readable date: tell the journalist the date, time and time zone "
                   "('under embargo until 00:01 GMT on Thursday 3 December 2026')."), severity="info")
        elif fm_day is not None and emb.when == fm_day:
            continue  # said once, for the front matter
        elif emb.when < today:
            yield ctx.finding(emb.span, ctx.msg(
                fr="L'embargo proposé est levé depuis le {when} : mettez la date à jour ou retirez la mention.",
                en="The embargo offered lifted on {when}: update the date or remove the line.",
                when=emb.when.isoformat()), severity="info")
        elif not (emb.has_time and emb.has_tz):
            yield ctx.finding(emb.span, _offered(ctx, emb.when.isoformat(), emb.has_time), severity="info")


def _offered(ctx: Context, when: str, has_time: bool) -> str:
    return ctx.msg(fr="Embargo proposé jusqu'au {when} : indiquez au journaliste {what}.",
                   en="Embargo offered until {when}: tell the journalist {what}.", when=when,
                   what=ctx.msg(fr="le fuseau horaire", en="the time zone") if has_time else
                   ctx.msg(fr="l'heure et le fuseau horaire", en="the time and time zone"))


RULES = [embargo]
