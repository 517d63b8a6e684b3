"""What it checks: phone numbers (read with libphonenumber: French, Senegalese, Malian, Ivorian, Swiss,
Belgian… numbers, in international or national form; the country comes from config `region`, from
+NN numbers and places named in the draft, else from its language) and e-mail addresses.
- a mobile number in a post → warning (info when the numbering plan cannot tell a mobile from a landline);
  not flagged in a press-contact block ("Contact presse", "Media contact", a pitch's signature), beside the
  organisation's landline, toll-free line or e-mail in the same block ("Tel: … / After hours: …"), or after a
  press role ("contacter René L., coordonnateur des communications, …"): the organisation's own public contact;
- an e-mail on a free webmail or consumer ISP domain (gmail, yahoo.fr, hotmail, orange.fr…) → warning,
  info for a shared role address (presse.ong@gmail.com).
Not flagged: office landlines, toll-free and short public numbers (3114, 119, 3919), the
organisation's own addresses (config `organization.website` / `email_domains`) and numbers (config
`organization.phones`), amounts, dates and years, IP addresses and object identifiers (52.86.186.226,
1.3.6.1.4.1.11129); a number the plan cannot tell given on a contact line, with an extension ("ext. 516"), after an
office or a press role ("the HHS Office of …", "Features Editor Jo Kamau") or after a venue's street address.
Why: INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux », asks small
organisations to think carefully before giving a personal e-mail address or mobile number, and to prefer
a shared professional address.
Fix safety: no automatic fix.
"""
# Phone numbers are found by `phonenumbers` (libphonenumber), which knows each country's numbering plan: that is
# what tells a Senegalese mobile (+221 77…) from an office line (+221 33…), and keeps amounts, dates and years
# out. The organisation's own addresses and lines (config `organization`) are expected, and so is a press
# contact's office line in a press release.
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import regex

from postlint.core.rule import Context, rule
from postlint.core.vocab import PRESS_TYPES
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.text.normalize import fold_in_place
from postlint.rules.disclosure._phone_context import dotted_run, DOTTED, public_line
from postlint.text.patterns import LazyRegex

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber  # imported at run time only when the draft may hold a number

SOURCE = ("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »: une petite "
          "organisation doit bien réfléchir avant de donner l'adresse électronique et le numéro de portable "
          "personnels ; préférer une adresse professionnelle partagée")

_DIGIT = regex.compile(r"\d")  # Unicode decimal digits, as phonenumbers reads them
EMAIL = LazyRegex(r"(?<![\w.+-])[A-Za-z0-9](?:[\w.+-]{0,63})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
ROLE_LOCAL = LazyRegex(r"^(?:presse|press|media|medias|communication|comms?|contact|contacts|info|infos|information|"
                        r"accueil|secretariat|bureau|office|admin|hello|bonjour|team|equipe|direction|"
                        r"relations?[._-]?presse)(?:[._+-]\w+)?$|[._+-](?:presse|press|media|contact|info|comm)$", re.I)
# Labels that open a press contact block ("Contact presse :", "Media contact:", a "Contacts" heading).
CONTACT_LABEL = LazyRegex(r"(?<![\p{L}])(?:contacts?(?: (?:presse|press|medias?|media))?|press contacts?|"
                              r"media contacts?|relations (?:presse|medias)|service de presse|attachee? de presse|"
                              r"press office|media (?:enquiries|inquiries)|press (?:enquiries|inquiries)|"
                              r"renseignements|pour (?:plus d'informations?|toute information|en savoir plus)|"
                              r"for (?:more|further) information|presse|ont signe|signataires|signatories|"
                              r"signed by)(?![\p{L}])")
# Where a national number is written without +NN, the draft's places say which country it is from.
PLACE_REGIONS = {
    "dakar": "SN", "pikine": "SN", "thies": "SN", "ziguinchor": "SN", "saint-louis": "SN", "senegal": "SN",
    "bamako": "ML", "mali": "ML", "segou": "ML", "mopti": "ML", "kayes": "ML", "abidjan": "CI", "bouake": "CI",
    "ivoire": "CI", "ouagadougou": "BF", "burkina": "BF", "niamey": "NE", "niger": "NE", "conakry": "GN",
    "guinee": "GN", "lome": "TG", "togo": "TG", "cotonou": "BJ", "benin": "BJ", "yaounde": "CM", "douala": "CM",
    "cameroun": "CM", "cameroon": "CM", "nouakchott": "MR", "mauritanie": "MR", "geneve": "CH", "lausanne": "CH",
    "suisse": "CH", "switzerland": "CH", "geneva": "CH", "bruxelles": "BE", "brussels": "BE", "belgique": "BE",
    "liege": "BE", "lagos": "NG", "abuja": "NG", "nigeria": "NG", "accra": "GH", "ghana": "GH", "nairobi": "KE",
    "kenya": "KE", "kampala": "UG", "johannesburg": "ZA", "cape town": "ZA", "durban": "ZA", "london": "GB",
    "manchester": "GB", "montreal": "CA", "quebec": "CA", "paris": "FR", "marseille": "FR", "lyon": "FR",
    "lille": "FR", "toulouse": "FR",
    # North America (one numbering plan: +1)
    "new york": "US", "washington": "US", "california": "US", "san francisco": "US", "los angeles": "US",
    "chicago": "US", "boston": "US", "seattle": "US", "atlanta": "US", "houston": "US", "philadelphia": "US",
    "baltimore": "US", "usa": "US", "united states": "US", "toronto": "CA", "vancouver": "CA", "ottawa": "CA",
    "canada": "CA",
}
_PLACE_RE = LazyRegex(r"(?<![\p{L}])(?:%s)(?![\p{L}])" % "|".join(regex.escape(p) for p in PLACE_REGIONS))
DEFAULT_REGION = {"fr": "FR", "en": "GB"}
# Not a phone number even when the digits would fit one: money, counts, units.
_AFTER_NUMBER = LazyRegex(r"\s*(?:f\s?cfa|cfa|fcfa|xof|eur|euros?|€|\$|usd|dollars?|chf|francs?|naira|%|km|kg|"
                              r"personnes|people|habitants|participants|beneficiaires|membres|members|doses|kits)"
                              r"(?![\p{L}])")


@lru_cache(maxsize=1)
def free_email_domains() -> frozenset[str]:
    from postlint.core.resources import data_dir

    path = data_dir("wordlists") / "common" / "free-email-domains.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = ["gmail.com", "yahoo.fr", "yahoo.com", "hotmail.com", "hotmail.fr", "outlook.com", "orange.fr"]
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))


def _domain_in(domain: str, domains) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in domains)


def org_domains(org: dict) -> set[str]:
    """E-mail domains of the organisation: `email_domains` and the host of `website`."""
    out = {d.lower().lstrip("@").strip() for d in org.get("email_domains") or () if isinstance(d, str)}
    site = org.get("website")
    if isinstance(site, str) and site.strip():
        host = urlsplit(site if "://" in site else "https://" + site).hostname or ""
        host = host.lower()
        if host.startswith("www."):
            host = host[4:]
        if host:
            out.add(host)
    return {d for d in out if d}


# "on her cell", « son portable », "WhatsApp": the words before a number the numbering plan cannot type
MOBILE_CUE = LazyRegex(r"(?i)\b(?:cell(?:phone|ular)?|mobile|portable|whats\s?app|signal|telegram|"
                       r"perso(?:nal|nnel)?|private|priv[ée])\b[^\d\n]{0,25}$")

# words that make a number personal even in a contact block
PERSONAL_CUE = LazyRegex(r"(?i)\b(?:perso(?:nal|nnel(?:le)?)?|private|priv[ée]e?|home|domicile)\b[^\d\n]{0,25}$")
# a press or communications role, or an interview request, before a number in its block (folded text)
PRESS_ROLE = LazyRegex(r"(?i)(?<![\p{L}])(?:press(?:e)?|media|medias|communications?|porte-parole|spokes(?:person|"
                       r"man|woman)|entrevues?|interviews?|relations publiques|public relations|helpline|hotline|"
                       r"ligne d'ecoute|toll-free|numero vert|after hours|out of hours)(?![\p{L}])")
OFFICE_CUE = LazyRegex(r"(?i)\b(?:office|switchboard|main\s+line|landline|direct\s+line|front\s+desk|reception|"
                       r"bureau|standard|accueil|fixe|ligne\s+directe|si[èe]ge)\b[^\d\n]{0,12}$")
# the closing formula of a letter or a pitch: the signature under it is the sender's contact block
SIGN_OFF = LazyRegex(r"(?i)^\W*(?:(?:kind|best|warm|warmest)\s+(?:regards|wishes)|regards|best|sincerely|"
                     r"yours(?:\s+sincerely|\s+faithfully)?|many\s+thanks|thanks|thank\s+you|cordialement|"
                     r"bien\s+(?:cordialement|à\s+vous)|(?:très\s+)?cordialement|salutations|"
                     r"merci(?:\s+d'avance)?)\W*$")


_LABEL_TAIL = LazyRegex(r"(?i)[\W_]*(?:(?:please[ \t]+)?(?:contact(?:ez|er)?(?:[ \t-]*nous)?|call|write)"
                        r"(?:[ \t]+us)?)?[\W_]*$")


_PRESS_LABEL = LazyRegex(r"(?<![\p{L}])(?:press|presse|media|medias|attachee?|for (?:more|further) information|"
                         r"ont signe|signataires|signatories|signed by)"
                         r"(?![\p{L}])")


def contact_zones(doc: Document, press_only: bool = False) -> list[Span]:
    """Spans of press-contact blocks: a block opened by a contact label, or the section under a
    "Contact" heading, or the few blocks after a line that is only a label; in a pitch, the signature
    from the closing formula ("Kind regards,", « Cordialement, ») to the end. `press_only`: only labels that
    say press or media ("Contacts presse", "Media contact"), not a bare "Contact :"."""
    zones: list[Span] = []
    blocks = doc.text_blocks()
    for i, b in enumerate(blocks):
        text = fold_in_place(doc.prose[b.span.start:b.span.end])
        m = CONTACT_LABEL.search(text)
        if not m or press_only and not _PRESS_LABEL.search(m.group(0)):
            continue
        head_only = _LABEL_TAIL.match(text[m.end():]) is not None  # "For more information, contact:"
        if b.kind == "heading" or head_only:
            nxt = next((x for x in blocks[i + 1:] if x.kind == "heading" and (b.kind != "heading" or
                                                                               x.level <= b.level)), None)
            limit = blocks[min(i + 3, len(blocks) - 1)].span.end if b.kind != "heading" else doc.body.end
            zones.append(Span(b.span.start, min(nxt.span.start, limit) if nxt else limit))
        elif regex.match(r"[\W\d_]*$", text[:m.start()]) or regex.match(r"\s*:", text[m.end():]):
            zones.append(Span(b.span.start + m.start(), b.span.end))
    if doc.meta.type == "pitch":  # "Kind regards, / Olivia Grant / Press Officer / Mobile: …"
        sign_off = next((b for b in reversed(blocks)
                         if SIGN_OFF.match(doc.prose[b.span.start:b.span.end].split("\n", 1)[0])), None)
        if sign_off is not None:
            zones.append(Span(sign_off.span.start, doc.body.end))
    return zones


def _regions(doc: Document, ctx: Context, prose: str) -> list[str]:
    """Regions to read national numbers with: config, then +NN numbers and places in the draft, then
    the language's default."""
    import phonenumbers

    out: list[str] = []
    if ctx.settings is not None and getattr(ctx.settings, "region", None):
        out.append(ctx.settings.region)
    for m in phonenumbers.PhoneNumberMatcher(prose, "ZZ", leniency=phonenumbers.Leniency.VALID):
        r = phonenumbers.region_code_for_number(m.number)
        if r and r not in out:
            out.append(r)
    for place in _PLACE_RE.finditer(fold_in_place(prose)):
        r = PLACE_REGIONS[place.group(0)]
        if r not in out:
            out.append(r)
    default = DEFAULT_REGION.get(doc.lang, "FR")
    if default not in out:
        out.append(default)
    return out[:4]


# ----------------------------------------------------------------------------- prefilter
# Importing phonenumbers costs ≈ 80 ms and its matcher ≈ 1 ms a draft, and most drafts hold no run of digits
# long enough for a valid number. phonenumbers reads a number inside a run of digits and of its own
# punctuation (spaces, dots, dashes, slashes, brackets, tildes, "x"), which holds all the number's digits.
# Without a "+", a number read in a region shows at least the digits below ("x" counts: it may be read as
# 9): min(shortest national number of the region's country code, minus what a national-prefix rule adds —
# nothing for these regions —; shortest international prefix + 6, the fewest country-code + national digits
# of any country). `min_phone_digits` derives them from phonenumbers' metadata.
MIN_PHONE_DIGITS = {"BE": 8, "BF": 8, "BJ": 8, "CA": 7, "CH": 8, "CI": 8, "CM": 8, "FR": 8, "GB": 7, "GH": 8, "GN": 8,
                    "KE": 7, "ML": 8, "MR": 8, "NE": 8, "NG": 9, "SN": 8, "TG": 8, "UG": 9, "US": 7, "ZA": 5}
_FEWEST_PHONE_DIGITS = min(MIN_PHONE_DIGITS.values())
_PHONE_PUNCT = ("\\-\u2010-\u2015\u2212\u30FC\uFF0D-\uFF0F \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D."
                "\\[\\]/~\u2053\u223C\uFF5E")  # phonenumbers' _VALID_PUNCTUATION without "x"
_DIGIT_RUNS: dict[int, re.Pattern] = {}


def _digit_run(n: int) -> re.Pattern:
    """n digits (or x) separated by phone punctuation only; the standard `re`, whose \\d phonenumbers uses."""
    if n not in _DIGIT_RUNS:
        _DIGIT_RUNS[n] = re.compile(r"[\dxX](?:[%s]*[\dxX]){%d}" % (_PHONE_PUNCT, n - 1))
    return _DIGIT_RUNS[n]


def _may_hold_phone(doc: Document, ctx: Context, prose: str) -> bool:
    """False only when no region `_regions` can choose reads a valid number in the prose."""
    if "+" in prose or "＋" in prose:
        return True  # "+NN": any country, whose region is then tried on national numbers too
    need = MIN_PHONE_DIGITS.get(DEFAULT_REGION.get(doc.lang, "FR"), 1)
    region = getattr(ctx.settings, "region", None) if ctx.settings is not None else None
    if region:
        need = min(need, MIN_PHONE_DIGITS.get(str(region).upper(), 1))  # a region not listed: any digit
    if not _digit_run(min(need, _FEWEST_PHONE_DIGITS)).search(prose):
        return False
    if _digit_run(need).search(prose):
        return True
    # only a place named in the draft can bring a region that reads shorter numbers (ZA, KE…)
    places = [PLACE_REGIONS[m.group(0)] for m in _PLACE_RE.finditer(fold_in_place(prose))]
    # a region missing from the table (a place added later) reads any run of digits: never skip wrongly
    return bool(places) and bool(_digit_run(min(MIN_PHONE_DIGITS.get(r, 1) for r in places)).search(prose))


def min_phone_digits(region: str) -> int:
    """The `MIN_PHONE_DIGITS` entry of `region`, from phonenumbers' metadata (tests)."""
    import phonenumbers
    from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE
    if TYPE_CHECKING:  # typeshed describes `re`'s parser under its former public name
        import sre_parse as _parser
    else:
        from re import _parser  # loaded with `re` itself

    def meta(r: str, cc: int):
        return (phonenumbers.PhoneMetadata.metadata_for_region(r) if r != "001"
                else phonenumbers.PhoneMetadata.metadata_for_nongeo_region(cc))

    def shortest(cc: int) -> int:
        return min(min(n for n in meta(r, cc).general_desc.possible_length if n > 0)
                   for r in COUNTRY_CODE_TO_REGION_CODE[cc])

    def added(m) -> int:  # digits a national-prefix transform rule ("0549\\1") writes
        return len(re.findall(r"(?<!\\)\d", m.national_prefix_transform_rule or ""))

    any_country = min(len(str(cc)) + shortest(cc) - added(meta(regions[0], cc))
                      for cc, regions in COUNTRY_CODE_TO_REGION_CODE.items())
    m = meta(region, 0)
    idd = _parser.parse(m.international_prefix).getwidth()[0] if m.international_prefix else 99
    return min(shortest(m.country_code) - added(m), idd + any_country)


def find_phones(doc: Document, ctx: Context) -> list[tuple[Span, PhoneNumber]]:
    """(span, PhoneNumber) of every valid number in the prose, first region that reads it wins."""
    prose = doc.prose
    if not _DIGIT.search(prose) or not _may_hold_phone(doc, ctx, prose):
        return []  # skip importing phonenumbers
    import phonenumbers

    found: list[tuple[Span, PhoneNumber]] = []
    for region in _regions(doc, ctx, prose):
        for m in phonenumbers.PhoneNumberMatcher(prose, region, leniency=phonenumbers.Leniency.VALID):
            span = Span(m.start, m.end)
            if any(span.overlaps(s) for s, _ in found):
                continue
            before = prose[max(0, span.start - 1):span.start]
            if before and (before.isalnum() or before in "-/"):  # part of an IBAN, a reference, a date
                continue
            after = prose[span.end:span.end + 2]
            if after[:1].isalnum() or after[:1] in "-_/" and after[1:2].isalnum():  # a file name, a slug
                continue
            if _AFTER_NUMBER.match(fold_in_place(prose[span.end:span.end + 16])):
                continue
            if DOTTED.fullmatch(dotted_run(prose, span)):
                continue  # an IP address (52.86.186.226) or an object identifier (1.3.6.1.4.1.11129)
            found.append((span, m.number))
    return sorted(found, key=lambda x: x[0].start)


def _org_contact(doc: Document, span: Span, public: list[Span], org: dict) -> bool:
    """The number sits in the organisation's own contact lines: a block that also gives its landline, toll-free
    line or a non-webmail e-mail ("Tel: +44 20 … / After hours: +44 7778 …"), or after a press role or an
    interview request in the same block."""
    blocks = doc.text_blocks()
    at = next((i for i, b in enumerate(blocks) if b.span.contains(span)), None)
    if at is None:
        return False
    block = blocks[at].span
    if blocks[at].kind == "list_item":  # "- by email at aaact@canada.ca / - by phone at 819-…": the whole list
        lo = hi = at
        while lo > 0 and blocks[lo - 1].kind == "list_item":
            lo -= 1
        while hi + 1 < len(blocks) and blocks[hi + 1].kind == "list_item":
            hi += 1
        block = Span(blocks[lo].span.start, blocks[hi].span.end)
    if any(block.contains(p) for p in public):
        return True
    free = free_email_domains()
    for m in EMAIL.finditer(doc.source, block.start, block.end) if "@" in doc.source[block.start:block.end] else ():
        if not _domain_in(m.group(0).rsplit("@", 1)[1].lower(), free):
            return True
    return PRESS_ROLE.search(fold_in_place(doc.prose[block.start:span.start])) is not None


def _official_phones(org: dict, region: str) -> set[str]:
    import phonenumbers

    out = set()
    for p in org.get("phones") or ():
        try:
            out.add(phonenumbers.format_number(phonenumbers.parse(p, None if p.strip().startswith("+") else region),
                                               phonenumbers.PhoneNumberFormat.E164))
        except phonenumbers.NumberParseException:
            out.add(re.sub(r"\D", "", p))
    return out


@rule("disclosure.personal-contact", severity="warning",
      summary="Personal mobile numbers and personal (free webmail) e-mail addresses in a publication",
      source=SOURCE, fix="never",
      examples={"fail": ("Appelez Modou au +221 77 123 45 67 ou écrivez à modou.fall@yahoo.fr",),
                "pass": ("Contact presse : Khady Sow, presse@sunusante.org, +221 33 825 14 10",
                         "Ligne d'écoute nationale : 3114", "25 000 FCFA pour 1 200 dépistages")})
def personal_contact(doc: Document, ctx: Context):
    org = ctx.organization
    phones = find_phones(doc, ctx)
    kinds: list = []
    if phones:
        import phonenumbers
        from phonenumbers import PhoneNumberType as T

        region = getattr(ctx.settings, "region", None) or DEFAULT_REGION.get(doc.lang, "FR")
        official = _official_phones(org, region) if org.get("phones") else set()
        # a press-contact block is the organisation's own public contact whatever the declared type (most
        # published releases carry no front matter); in a post, a bare "Contact : 70 12…" may be someone's mobile
        zones = contact_zones(doc, press_only=doc.meta.type not in PRESS_TYPES + ("pitch",))
        kinds = [phonenumbers.number_type(n) for _, n in phones]
        lines = (T.FIXED_LINE, T.TOLL_FREE, T.SHARED_COST, T.UAN)
        public = [s for (s, _), k in zip(phones, kinds) if k in lines]

    def in_zone(span: Span) -> bool:
        return any(z.contains(span) for z in zones)

    for (span, number), kind in zip(phones, kinds):
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if e164 in official or e164.lstrip("+") in official:
            continue
        if kind not in (T.MOBILE, T.PERSONAL_NUMBER, T.PAGER, T.FIXED_LINE_OR_MOBILE):
            continue  # office lines, toll-free, shared-cost and service numbers are public by design
        before = (doc.source, max(0, span.start - 40), span.start)
        if PERSONAL_CUE.search(*before) is None and (in_zone(span) or _org_contact(doc, span, public, org)):
            continue
        if kind != T.FIXED_LINE_OR_MOBILE:
            severity = "warning"
        else:
            # the numbering plan cannot tell (US, Canada…): the words before it can ("Office:", "on her cell")
            if OFFICE_CUE.search(*before) or PERSONAL_CUE.search(*before) is None and public_line(doc, span):
                continue
            severity = "warning" if MOBILE_CUE.search(*before) else "info"
        if severity == "info":
            message = ctx.msg(
                fr="Numéro de portable « {n} » : vérifiez que c'est un téléphone professionnel, pas le numéro "
                   "personnel d'un membre de l'équipe.",
                en="Mobile number '{n}': check that it is a work phone, not a staff member's personal number.",
                n=doc.text_of(span))
        else:
            message = ctx.msg(
                fr="Numéro de portable « {n} » dans une publication : un numéro personnel rendu public expose "
                   "la personne (appels, harcèlement). Donnez un numéro ou une adresse professionnels.",
                en="Mobile number '{n}' in a public post: a personal number made public exposes the person "
                   "(calls, harassment). Give a work number or address instead.", n=doc.text_of(span))
        yield ctx.finding(span, message, severity=severity, suggestions=[ctx.msg(
            fr="numéro professionnel ou adresse partagée (ajoutez les numéros officiels à organization.phones)",
            en="a work number or shared address (list official numbers in organization.phones)")])

    own = org_domains(org)
    free = free_email_domains()
    for span, address in _emails(doc):
        domain = address.rsplit("@", 1)[1].lower()
        if _domain_in(domain, own) or not _domain_in(domain, free):
            continue
        local = address.rsplit("@", 1)[0]
        if ROLE_LOCAL.search(local):
            yield ctx.finding(span, ctx.msg(
                fr="« {a} » : adresse générique sur une messagerie gratuite ; vérifiez qu'elle est partagée par "
                   "l'équipe (une adresse au domaine de l'organisation inspire plus confiance).",
                en="'{a}': a role address on a free webmail; check that the team shares it (an address at the "
                   "organisation's domain is more trusted).", a=address), severity="info")
            continue
        yield ctx.finding(span, ctx.msg(
            fr="Adresse électronique personnelle « {a} » ({d}) : préférez une adresse professionnelle partagée.",
            en="Personal e-mail address '{a}' ({d}): prefer a shared professional address.", a=address, d=domain),
            suggestions=[ctx.msg(fr="adresse partagée au domaine de l'organisation",
                                 en="a shared address at the organisation's domain")])


def _emails(doc: Document):
    """E-mail addresses of the body that a reader sees: in the prose, or in a mailto: link."""
    mailto = [link for link in doc.links if link.url.lower().startswith("mailto:")]
    seen: set[tuple[str, int]] = set()
    for m in EMAIL.finditer(doc.source, doc.body.start, doc.body.end) if "@" in doc.source else ():
        span = Span(m.start(), m.end())
        visible = doc.prose[span.start:span.end].strip() != ""
        link = next((lk for lk in mailto if lk.span.contains(span)), None)
        if not visible and link is None:
            continue  # code, a URL's query, HTML attributes other than mailto
        if link is not None and not visible and m.group(0).lower() in link.text.lower():
            continue  # [x@gmail.com](mailto:x@gmail.com): one finding, on the text
        # one finding per address and line: <a href="mailto:x@gmail.com">x@gmail.com</a> shows it twice
        key = (m.group(0).lower(), doc.line_index.position(span.start)[0])
        if key not in seen:
            seen.add(key)
            yield span, m.group(0)


RULES = [personal_contact]
