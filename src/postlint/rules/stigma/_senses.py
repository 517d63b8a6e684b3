"""Where a stigma term's words are something else than the writer's label for people: a prefix of a compound
(« psycho- and sociolinguistics »), a surname ("Angela Hooker"), the name of a linked package or repository
("the [nuts](…/nuts) package"), a field label (« **Bénéficiaires :** les agents »), an office held by a named
person ("Google chairman Eric Schmidt", "Deputy Chairman for Management"), a glossary's headword ("**substance
abuse**: abuso de drogas"). Used by `_scan.py` for documents with a match.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from postlint.core.spans import Span


def hanging_prefix(text: str, span: Span) -> bool:
    """« psycho- and sociolinguistics »: the term is the first half of a compound whose hyphen hangs."""
    return re.match(r"[-‐‑][ \u00a0]+(?:and|or|et|ou|&)\b", text[span.end:span.end + 8]) is not None


def surname(text: str, span: Span) -> bool:
    """A capitalised term right after a given name is a family name: "Angela Hooker", « Marie Fou »."""
    if not text[span.start:span.start + 1].isupper():
        return False
    m = re.search(r"([^\W\d_]{2,})[ \u00a0]+$", text[max(0, span.start - 40):span.start])
    if m is None or not m.group(1)[0].isupper() or m.group(1).isupper():
        return False
    from postlint.document.names import is_first_name

    return is_first_name(m.group(1))


# a markdown link whose text is one word (R's `{pkg}` braces allowed) and whose address ends with that word:
# the name of a package, repository or site ("[nuts](https://docs.ropensci.org/nuts)")
_LINK = re.compile(r"\[\{?([^\W\d_][\w.-]{1,40})\}?\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def linked_names(source: str) -> frozenset[str]:
    """The words the document uses as names of linked things: every occurrence of them is that name."""
    out = set()
    for m in _LINK.finditer(source):
        word = m.group(1).lower()
        parts = [p.lower() for p in re.split(r"[/#?]", m.group(2)) if p]
        if parts and word in parts[1:]:
            out.add(word)
    return frozenset(out)


# a field label of a form or a product sheet: « **Bénéficiaires :** les agents », « ## Bénéficiaires », « Les
# bénéficiaires sont : » (closing its line), « ### **Bénéficiaires principaux :** » — it names a category, not
# people described. Not a headline's topic (« # Prostitution décriminalisée : mobilisation… »): a top-level
# heading, or a plain « Terme : phrase » line, stays the writer's wording.
_LABEL_BEFORE = re.compile(r"[ \t]*(#*)[ \t]*((?:[>\-•·–—*+][ \t]+)*)(\*\*|__)?[ \t]*"
                           r"((?:les|le|la|l['’]|the|tous\s+les)\s*(?:[^\W\d_]+\s+)?)?$", re.I)
_SENTENCE_END = re.compile(r"[.!?][ \u00a0]+$")
_LABEL_AFTER = re.compile(r"(?:[ \u00a0]+[^\W\d_]+){0,2}[ \u00a0]*(\*\*|__)?[ \u00a0]*(:)?[ \u00a0]*(\*\*|__)?")


def field_label(source: str, span: Span) -> bool:
    line_start = source.rfind("\n", max(0, span.start - 200), span.start) + 1
    # a label may open a sentence inside a line: « …l'inventaire national. Bénéficiaires : les agents… »
    inline = _SENTENCE_END.search(source, line_start, span.start)
    if inline is not None and re.match(r"[ \u00a0]*:", source[span.end:span.end + 4]):
        return True
    before = _LABEL_BEFORE.fullmatch(source, line_start, span.start)
    if before is None:
        return False
    line_end = source.find("\n", span.end, span.end + 400)
    line_end = min(len(source), span.end + 400) if line_end < 0 else line_end
    after = _LABEL_AFTER.match(source, span.end, line_end)
    if after is None:  # the pattern matches the empty string: never None
        return False
    closes = not source[after.end():line_end].strip(" .*_")
    level = len(before.group(1))
    bold = before.group(3) is not None and (after.group(1) or after.group(3))
    colon = after.group(2) is not None
    if level == 1:
        return False
    if level >= 2:
        return closes and not colon or bool(bold and colon)
    # a paragraph or list item opening with the label (« Bénéficiaires : les agents instructeurs… »); a headline's
    # topic (« # Prostitution : des assos contre la pénalisation ») is a heading, handled above
    return colon


# an office held by someone: capitalised in the middle of a sentence ("the FCC Chairman's reception", "serves as
# Chairman of two committees") or before the holder's name ("Google chairman Eric Schmidt") — English only:
# a French title's gender is the point of the rule (« Madame le ministre »)
_BODY_AFTER = re.compile(r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][a-z]+[ \u00a0]+[A-Z]")
_NAME_AFTER = re.compile(r"[ \u00a0]+([A-Z][a-z]+)[ \u00a0]+[A-Z][a-z]+")


def office(text: str, sentence: Span, span: Span) -> bool:
    term = text[span.start:span.end]
    if " " in term.strip() or not term.lower().endswith(("man", "men", "woman", "women")):
        return False
    lead = re.sub(r"(?i)^(?:the|a|an)\b", "", text[sentence.start:span.start].strip(" *_#>-\"“”'‘’«»"))
    if term[:1].isupper() and lead.strip():  # "The Spokesman said": a sentence's capital, not an office's
        return True
    if _BODY_AFTER.match(text, span.end, min(sentence.end, span.end + 60)):
        return True  # "former chairman of the National Consumer Council": the office of a named body
    m = _NAME_AFTER.match(text, span.end, min(sentence.end, span.end + 60))
    if m is None:
        return False
    from postlint.document.names import is_first_name

    return is_first_name(m.group(1))


# a linked document's title in Title Case: "[The War on Marijuana in Black and White](https://…)"
def linked_title(source: str, span: Span) -> bool:
    o = source.rfind("[", max(0, span.start - 120), span.start)
    c = source.find("](", span.end, span.end + 120)
    if o < 0 or c < 0 or "]" in source[o + 1:span.start] or "[" in source[span.end:c]:
        return False
    words = re.findall(r"[^\W\d_]+", source[o + 1:c])
    return len(words) >= 3 and all(w[0].isupper() for w in words if len(w) > 3)


# a belief reported in order to contradict it: « 74 % des Français considèrent qu'un schizophrène représente un
# danger. Pourtant, seulement 0,2 % … », "Many believe that addicts choose their fate. In fact, …"
_BELIEF = re.compile(r"(?i)\b(?:considèrent|considère|pensent|pense|croient|croit|estiment|estime|imaginent|"
                     r"believe[sd]?|think|thinks|assume[sd]?)\s+(?:qu['’]\s*|que\s+|that\s+)?[^.!?]{0,80}$")
_REBUTTAL = re.compile(r"(?i)\s*(?:pourtant|or|en réalité|en fait|cependant|mais|however|yet|in fact|in reality|"
                       r"but)\b")


def rebutted_belief(text: str, sentence: Span, span: Span) -> bool:
    if not _BELIEF.search(text, max(sentence.start, span.start - 120), span.start):
        return False
    return _REBUTTAL.match(text, sentence.end, sentence.end + 40) is not None


# a table of replacements whose header says so ("Instead of: | Use:", « À éviter | À préférer », "**Don't say** |
# **Say**"): the words of its first column are named to be replaced, not used
_AVOID_HEAD = re.compile(r"(?i)^\W*(?:instead\s+of|don['’]?t\s+(?:say|use|write)|do\s+not\s+(?:say|use)|avoid|not\b|"
                         r"au\s+lieu\s+de|à\s+éviter|évitez|ne\s+(?:dites|écrivez)\s+pas|plutôt\s+que|termes?\s+à\s+éviter)")
_MD_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+\|?[ \t]*$")
_HTML_TABLE = re.compile(r"(?is)<table\b.*?</table>")
_HTML_ROW = re.compile(r"(?is)<tr\b[^>]*>(.*?)</tr>")
_HTML_CELL = re.compile(r"(?is)<t[hd]\b[^>]*>(.*?)</t[hd]>|<t[hd]\b[^>]*>(.*?)(?=<t[hd]\b|</tr>)")


def replacement_cells(source: str) -> list[tuple[int, int]]:
    """Where the first-column cells of the document's tables of replacements stand (start, end)."""
    out: list[tuple[int, int]] = []
    if "|" in source:
        lines = source.split("\n")
        pos, starts = 0, []
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        k = 0
        while k + 1 < len(lines):
            head = lines[k].strip().strip("|")
            if "|" in lines[k] and _MD_RULE.match(lines[k + 1]) and _AVOID_HEAD.match(head.replace("*", "")):
                j = k + 2
                while j < len(lines) and "|" in lines[j]:
                    cell = lines[j].lstrip().lstrip("|")
                    offset = starts[j] + (len(lines[j]) - len(cell))
                    out.append((offset, offset + cell.index("|") if "|" in cell else offset + len(cell)))
                    j += 1
                k = j
            else:
                k += 1
    if "<table" in source.lower():
        for t in _HTML_TABLE.finditer(source):
            rows = list(_HTML_ROW.finditer(source, t.start(), t.end()))
            if not rows:
                continue
            first = _HTML_CELL.search(rows[0].group(1))
            if first is None or not _AVOID_HEAD.match(re.sub(r"<[^>]+>", "", first.group(1) or first.group(2) or "")):
                continue
            for r in rows[1:]:
                c = _HTML_CELL.search(source, r.start(1), r.end(1))
                if c is not None:
                    out.append((c.start(), c.end()))
    return out


# ------------------------------------------------------------------------------------------ glossary headwords
# an entry of a glossary, a dictionary or a term list: "**substance abuse**: abuso de drogas", "- **term** — …",
# a Markdown definition list ("term" then ": definition"), an HTML <dt>: the headword is named, not used
_ENTRY = re.compile(r"(?m)^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)(?P<head>[^*_\n:]{1,60}?)(?:[ \t]*:[ \t]*(?:\*\*|__)|"
                    r"(?:\*\*|__)[ \t]*(?:[:=]|[—–][ \t]|-[ \t]|<br\s*/?>))|"
                    r"^(?P<term>[^\s:>#|*<-][^\n:|]{0,60})\n:[ \t]+\S|<dt\b[^>]*>(?P<dt>[^<\n]{1,60})</dt>")
GLOSSARY_ENTRIES = 6  # fewer bold labels are a text's own run-in headings ("**Who:**", "**What:**", "**Where:**")


def glossary_headwords(source: str) -> list[tuple[int, int]]:
    """Where the headwords of the document's glossary stand (start, end): several entries of one shape, each a
    headword of a few words followed by its definition or its translation."""
    if source.count("\n") < GLOSSARY_ENTRIES:
        return []
    heads = []
    for m in _ENTRY.finditer(source):
        group = "head" if m.group("head") is not None else "term" if m.group("term") is not None else "dt"
        if len(m.group(group).split()) <= 6:
            heads.append((m.start(group), m.end(group)))
    return heads if len(heads) >= GLOSSARY_ENTRIES else []



# ----------------------------------------------------------------------------------------- titles without marks
# a cited work named after its noun, in Title Case and without quotation marks: "published its own study,
# Criminalizing the Seriously Mentally Ill: The Abuse of Jails as Mental Hospitals, which found"
_WORK_NOUN = re.compile(r"(?i)\b(?:study|report|book|article|paper|survey|essay|memoir|film|documentary|titled|"
                        r"entitled|étude|rapport|livre|ouvrage|enquête|intitulée?s?)[ \u00a0]*[,:]?[ \u00a0]+")
_TITLE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# a page title copied with its site: "- As Other Crimes Recede, Police Crack Down on Street Prostitution - NYTimes.com"
# "… – site.org" closing a line: the page a title or an excerpt comes from (`_mention` reads it too)
SITE_TAIL = r"[ \u00a0][-–—|][ \u00a0]+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}"
_SITE_LINE = re.compile(r"[ \t>*•+-]*(?:\d+[.)][ \t]+)?(?P<head>[^\n]+?)" + SITE_TAIL + r"[ \u00a0]*")


def _title_case(text: str, least: int) -> bool:
    words = _TITLE_WORD.findall(text)
    return len(words) >= least and all(w[0].isupper() for w in words if len(w) > 3) and words[0][0].isupper()


def unmarked_title(source: str, span: Span) -> bool:
    """The term is inside the Title Case title of a cited work: after a work noun ("its study, Criminalizing …"),
    or on a line that ends with the site it was copied from ("… Street Prostitution - NYTimes.com")."""
    # the line around the term, looked for no further than a title's length (on a 5 MB line, a search back to
    # its start for each of 200,000 terms was quadratic)
    lo = max(0, span.start - 301)
    line_start = source.rfind("\n", lo, span.start) + 1 or lo
    line_end = source.find("\n", span.end, span.end + 301)
    line_end = min(len(source), span.end + 301) if line_end < 0 else line_end
    term = source[span.start:span.end]
    lo = max(line_start, span.start - 200)
    for m in _WORK_NOUN.finditer(source, lo, span.start):
        between = source[m.end():span.start]
        if not re.search(r"[.!?;()\[\]\"“”«»]", between) and _title_case(between + " " + term, 3):
            return True
    if line_end - line_start > 300 or (line_start and source[line_start - 1] != "\n"):
        return False  # a page title with its site is one short line
    site = _SITE_LINE.fullmatch(source, line_start, line_end)
    return site is not None and span.end <= site.end("head") and _title_case(site.group("head"), 4)


# ----------------------------------------------------------------------------------------- senses of one entry
def deaf_community(text: str, span: Span) -> bool:
    """"the Deaf community", "the Deaf": the capital D is the culture's own name for itself, not a category."""
    words = text[span.start:span.end].split()
    return len(words) == 2 and words[1] == "Deaf"


# a figure for a statistical grouping: "one in three girls in developing countries", « 60 % des cas dans les pays en
# développement » — the UN's grouping behind the number, not a framing of people
_FIGURE = re.compile(r"(?i)(?:\d[\d,. \u00a0]*(?:%|per\s*cent|percent|millions?|billions?|milliards?)?|"
                     r"\b(?:one|two|three|four|five|un|une|deux|trois|quatre|cinq)\s+(?:in|out\s+of|sur)\s+\w+)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_GROUP_BEFORE = re.compile(r"(?i)\b(?:in|among|across|from|dans|parmi)\s+(?:the\s+|les\s+|des\s+)?$")


def statistical_grouping(text: str, sentence: Span, span: Span) -> bool:
    if not _GROUP_BEFORE.search(text, max(sentence.start, span.start - 20), span.start):
        return False
    before = text[max(sentence.start, span.start - 100):span.start]
    return any(not _YEAR.fullmatch(m.group(0).strip(" ,.\u00a0")) for m in _FIGURE.finditer(before))


# a prohibited act in a code of conduct or a harassment policy: "threats of violence or incitement of violence towards
# any individual, including encouraging a person to commit suicide" — the act named to forbid it
_INCITE = re.compile(r"(?i)\b(?:encourag|incit|urg|pressur|goad|push)\w*\s+(?:\w+\s+){0,3}to\s+$")
_POLICY = re.compile(r"(?i)\b(?:harass\w*|threat\w*|incitement|bully\w*|prohibited|unacceptable|not\s+tolerated|"
                     r"code\s+of\s+conduct|abus\w+)\b")


def prohibited_act(text: str, sentence: Span, span: Span) -> bool:
    return (_INCITE.search(text, max(sentence.start, span.start - 60), span.start) is not None
            and _POLICY.search(text, sentence.start, sentence.end) is not None)


# a suspicion, not a conviction: "they assume we are lying, lazy, or a criminal"; suspects sought by investigators
# ("share suspect information … a smaller hiding place for these criminals")
_SUSPECTED = re.compile(r"(?i)\b(?:assum\w*|suspect\w*|presum\w*|accus\w*)\b[^.!?]{0,80}"
                        r"\b(?:is|are|was|were|be|being|['’]re|['’]s)\b[^.!?]{0,40}$")
_HUNTED = re.compile(r"(?i)\b(?:suspects?|hiding|fugitives?|at\s+large|manhunt|tip-?offs?|tips?)\b")
_CONVICTED = re.compile(r"(?i)\b(?:former|ex-|released|prison\w*|convict\w*|sentenc\w*|re-?entry|jail\w*)")


def suspected(text: str, sentence: Span, span: Span) -> bool:
    s = text[sentence.start:sentence.end]
    if _CONVICTED.search(s):
        return False
    if _SUSPECTED.search(text, max(sentence.start, span.start - 160), span.start):
        return True
    # "these criminals" sought: the ones the sentence is about; "they treat us like criminals" stays the label
    return _HUNTED.search(s) is not None and re.search(r"(?i)\b(?:these|those|the)\s+$", text[span.start - 8:span.start]) is not None


# "warning the offender" in a code of conduct's enforcement section: whoever broke the code, not a person convicted
def conduct_breach(source: str, text: str, sentence: Span, span: Span) -> bool:
    return (text[span.start:span.end].lower().startswith("offender") and _POLICY.search(text, sentence.start,
            sentence.end) is not None and _code_of_conduct(source))


@lru_cache(maxsize=8)
def _code_of_conduct(source: str) -> bool:
    """The document is (or quotes) a code of conduct: read once per document, not once per hit."""
    return re.search(r"(?i)\bcode\s+of\s+conduct\b", source) is not None


# « bénéficiaires » of a document about grants to organisations: the subsidy's recipients (associations,
# companies, public bodies), an administrative term — the document names subsidies or entities again and again
_GRANTS = re.compile(r"(?i)\b(?:subventions?|entités)\b")


@lru_cache(maxsize=8)
def grant_recipients(source: str) -> bool:
    """Read once per document (the stigma scan asks it at every « bénéficiaires »)."""
    return len(_GRANTS.findall(source)) >= 3


# a correction that gives the alternative in quotation marks too: '"a person with diabetes" instead of "a diabetic"',
# 'Don't refer to "handicapped people," but "people living with a disability"' — the writer already does what the
# rule asks (a correction without a quoted alternative stays an info finding: "say X instead of 'addicts'")
_CORRECTION = re.compile(r"(?i)\b(?:instead\s+of|rather\s+than|au\s+lieu\s+de|plutôt\s+que|don['’]?t\s+(?:refer\s+to|"
                         r"say|use|write|call)|do\s+not\s+(?:refer\s+to|say|use|write|call)|n['’]écrivez\s+pas|"
                         r"ne\s+dites\s+pas)\b")
_QUOTED = re.compile(r"[«“\"]([^«»“”\"\n]{2,80})[»”\"]")


@lru_cache(maxsize=16)
def _quotes(text: str, start: int, end: int) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The quoted phrases of a sentence (start, end, inside) and their starts, found once per sentence: a term
    repeated thousands of times in one long sentence must not re-read it each time."""
    quotes = [(m.start(), m.end(), m.group(1)) for m in _QUOTED.finditer(text, start, end)]
    return quotes, [q[0] for q in quotes]


def corrected(text: str, sentence: Span, span: Span) -> bool:
    quotes, starts = _quotes(text, sentence.start, sentence.end)
    i = bisect_right(starts, span.start - 1) - 1  # the last quote opening before the term (quotes never overlap)
    if i < 0 or not span.end <= quotes[i][1] or len(quotes[i][2].split()) > 5:
        return False  # not inside one quoted phrase; or a quoted statement, not a named term
    t_start, t_end, _ = quotes[i]
    near = []  # the other quoted phrases within 40 characters of it: the cue must stand between the two
    for j in range(i - 1, -1, -1):
        if t_start - quotes[j][1] > 40:
            break
        near.append(quotes[j])
    for j in range(i + 1, len(quotes)):
        if quotes[j][0] - t_end > 40:
            break
        near.append(quotes[j])
    for q_start, q_end, inner in near:
        if len(inner.split()) > 8:
            continue
        lo, hi = (q_end, t_start) if q_start < t_start else (t_end, q_start)
        if hi - lo <= 40 and _CORRECTION.search(text, lo, hi):
            return True
        # 'Don't refer to "handicapped people," but "people living with a disability"'
        if q_start > t_end and hi - lo <= 20 and re.search(r"(?i)\b(?:but|mais)\b", text[lo:hi]) \
                and _CORRECTION.search(text, max(sentence.start, t_start - 30), t_start):
            return True
    return False
