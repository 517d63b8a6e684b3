"""Positions written in a draft's text: the detection behind `geotag.coordinates` (`coordinates.py`).

Decimal pairs ("-33.9249, 18.4241", "14.6928° N, 17.4467° W"), degrees-minutes-seconds ("14°41'N 17°26'W"),
geo: URIs, what3words addresses, plus codes, and map links that carry a position (Google Maps, OpenStreetMap).
Times, scores, amounts and version numbers are not positions: a pair with fewer than four decimals needs a
hemisphere letter, a degree sign or a word such as "GPS" or "position" before it. Each pattern has a cheap
test first and compiles on first use; the gates are declared beside the patterns (`postlint.text.gates`).
"""
from __future__ import annotations

import regex

from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.text.gates import declare, passes
from postlint.text.patterns import LazyRegex

_DEC = r"[-−+]?\d{1,3}[.,]\d{2,}"
DECIMAL_PAIR = LazyRegex(
    r"(?<![\w.,/:@=-])(?P<lat>[-−+]?\d{1,2}(?P<dl>[.,])\d{2,})[ \t]*°?[ \t]*(?P<ns>[NS](?![\p{L}]))?"
    r"[ \t]*(?P<sep>[,;/]|[ \t])[ \t]*"
    r"(?P<lon>[-−+]?\d{1,3}(?P<dn>[.,])\d{2,})[ \t]*°?[ \t]*(?P<ew>[EWO](?![\p{L}]))?(?![\w.,]\d)")
_DMS1 = r"\d{1,3}[ \t]*°[ \t]*\d{1,2}(?:[.,]\d+)?[ \t]*['′’][ \t]*(?:\d{1,2}(?:[.,]\d+)?[ \t]*(?:[\"″”]|''))?"
DMS = LazyRegex(
    rf"(?<![\w.])(?:{_DMS1}[ \t]*[NS][ \t,;/]*{_DMS1}[ \t]*[EWO]|[NS][ \t]*{_DMS1}[ \t,;/]*[EWO][ \t]*{_DMS1}"
    rf"|{_DMS1}[ \t]*[NSEWO])(?![\p{{L}}])")
GEO_URI = LazyRegex(r"\bgeo:(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)")
W3W = LazyRegex(r"(?<![\w/])///\p{Ll}+\.\p{Ll}+\.\p{Ll}+\b|\bw3w\.co/\p{Ll}+\.\p{Ll}+\.\p{Ll}+")
PLUS_CODE = LazyRegex(r"(?<![\w+])[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3}(?![\w+])")
# Every DMS match holds a "°", every W3W match "///" or "w3w.co/", every plus code a "+", every GEO_URI "geo:":
# cheap tests before the patterns (compiled on first use).
DMS_GATE = declare("dms", DMS, "°")
W3W_GATE = declare("w3w", W3W, "/// w3w.co/")
PLUS_CODE_GATE = declare("plus code", PLUS_CODE, "+")
GEO_URI_GATE = declare("geo uri", GEO_URI, "geo:")


def _url_coords(words: tuple[str, ...], rx: LazyRegex) -> tuple[tuple[tuple[str, ...], ...], LazyRegex]:
    return declare(f"url coordinates {words}", rx, (words,)), rx


# (gate: words one of which the URL must contain, pattern): the words are in every match, so most links skip the
# patterns, which compile on first use (with `regex`, as before: V0).
URL_COORDS = [
    _url_coords(("@",), LazyRegex(r"@(-?\d{1,2}\.\d+),(-?\d{1,3}\.\d+)", regex.V0)),
    _url_coords(("=",), LazyRegex(r"[?&;](?:q|query|ll|sll|center|daddr|saddr|destination|origin|coordinates)="
                                  r"(-?\d{1,2}\.\d+)(?:,|%2C)\+?(-?\d{1,3}\.\d+)", regex.I | regex.V0)),
    _url_coords(("mlat=",), LazyRegex(r"[?&]mlat=(-?\d{1,2}\.\d+)&(?:amp;)?mlon=(-?\d{1,3}\.\d+)", regex.V0)),
    _url_coords(("#map=",), LazyRegex(r"#map=\d{1,2}/(-?\d{1,2}\.\d+)/(-?\d{1,3}\.\d+)", regex.V0)),
    _url_coords(("geo:",), LazyRegex(r"^geo:(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)", regex.V0)),
    _url_coords(("/maps/", "/dir/", "/place/", "/search/"),
                LazyRegex(r"/(?:maps|dir|place|search)/[^?#]*?(-?\d{1,2}\.\d{3,}),\+?(-?\d{1,3}\.\d{3,})", regex.V0)),
]
_CONTEXT = LazyRegex(r"(?i)\b(?:gps|coordonnées|coordinates|coords?|position|lat(?:itude)?|long(?:itude)?|localisation|"
                         r"location|located|situé|située|garé|garée|parks?|parked|stationne|pin)\b")


# Every DECIMAL_PAIR match holds this (its latitude): a cheap test before the pattern (compiled on first use).
_DECIMAL = LazyRegex(r"\d[.,]\d\d", regex.V0)
_POINT = LazyRegex(r"[.,]")


def _decimals(s: str) -> int:
    return len(_POINT.split(s, maxsplit=1)[1])


def coordinate_spans(doc: Document) -> list[tuple[Span, str]]:
    """(span, "lat,lon" rounded to two decimals, or "" when the position is not decoded) of each position
    in the body and its links, in order, overlaps removed."""
    out: list[tuple[Span, str]] = []
    prose, body = doc.prose, doc.body
    for m in DECIMAL_PAIR.finditer(prose, body.start, body.end) if _DECIMAL.search(prose, body.start, body.end) else ():
        lat_t, lon_t = m.group("lat"), m.group("lon")
        comma_dec = m.group("dl") == "," or m.group("dn") == ","
        if comma_dec and (m.group("sep") == "," or m.group("dl") != m.group("dn")):
            continue  # "12,50, 13,75" — money or lists, not a position
        try:
            lat = float(lat_t.replace(",", ".").replace("−", "-"))
            lon = float(lon_t.replace(",", ".").replace("−", "-"))
        except ValueError:
            continue
        if abs(lat) > 90 or abs(lon) > 180:
            continue
        hemi = bool(m.group("ns") or m.group("ew")) or "°" in m.group(0)
        d = min(_decimals(lat_t), _decimals(lon_t))
        context = _CONTEXT.search(prose[max(body.start, m.start() - 60):m.start()])
        if m.group("sep") in (" ", "\t") and not (hemi or context or d >= 4):
            continue
        if d >= 4 or (hemi and d >= 2) or (d >= 3 and context):
            if m.group("ns") and m.group("ns") == "S":
                lat = -abs(lat)
            if m.group("ew") and m.group("ew") in "WO":
                lon = -abs(lon)
            out.append((Span(m.start(), m.start() + len(m.group(0).rstrip())), f"{lat:.2f},{lon:.2f}"))
    for rx, gate in ((DMS, DMS_GATE), (W3W, W3W_GATE), (PLUS_CODE, PLUS_CODE_GATE)):
        if not passes(gate, prose):
            continue
        for m in rx.finditer(prose, body.start, body.end):
            out.append((Span(m.start(), m.start() + len(m.group(0).rstrip(" \t,;/"))), ""))
    for m in GEO_URI.finditer(doc.source, body.start, body.end) if passes(GEO_URI_GATE, doc.source) else ():
        out.append((Span(m.start(), m.end()), f"{float(m.group(1)):.2f},{float(m.group(2)):.2f}"))
    for link in doc.links:
        for gate, rx in URL_COORDS:
            if not passes(gate, link.url):
                continue
            hit = rx.search(link.url)
            if hit:
                try:
                    lat, lon = float(hit.group(1)), float(hit.group(2))
                except ValueError:
                    continue
                if abs(lat) <= 90 and abs(lon) <= 180 and (lat, lon) != (0.0, 0.0):
                    out.append((link.url_span or link.span, f"{lat:.2f},{lon:.2f}"))
                    break
        if "w3w.co/" in link.url or "what3words.com/" in link.url:
            out.append((link.url_span or link.span, ""))
    spans: list[tuple[Span, str]] = []
    for s, v in sorted(out, key=lambda x: (x[0].start, -x[0].end)):
        if not any(s.overlaps(o) for o, _ in spans):
            spans.append((s, v))
    return spans
