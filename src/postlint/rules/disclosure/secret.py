"""What it checks: "password: …", "mot de passe : …", "mdp = …", "api_key=…", "the password is …";
well-known token shapes (AWS AKIA…, GitHub ghp_…, Slack xox…, Google AIza…, Stripe sk_live_…),
credentials inside a URL (https://user:pass@host) and private key blocks — in the text and in code blocks.
Why: INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux », and ACT
Alliance, « Politique de l'Alliance ACT relative aux médias sociaux », ask communication teams to keep
digital security in mind (passwords, phishing); a secret published once must be considered compromised.
Not flagged: a numeric access code after a conference link or number, or in a media advisory ("Code d'accès :
212518" for journalists joining a public press event by Zoom); a tutorial's dummy value (`pwd = "password"`).
In code, a URL or a configuration sample only a value shaped like a credential counts (16+ characters mixing
letters and digits, or a password mixing capitals, digits and symbols): not an argument (`token = "ngrams"`), an
expression (`key_get("deepl")`), a variable, a demo key ("DEMO_KEY", "YOUR_TOKEN"), a UUID download id, a Mapbox
public "pk." token, or URL credentials made of a placeholder ("${{secrets.GITHUB_TOKEN}}", "user:test@").
Severity: error; info ("looks like a sample") for a value in a code block that is AWS's documented "…EXAMPLE" key
or that the block shows beside masked or placeholder credentials ("AKXXXXXXXXXXXXXXXXXX", "****", "<your-key>",
"YOUR_TOKEN") or a secret scanner's report ("Found Secrets: 2"). A key in prose or in a configuration sample
without such signs stays an error.
Fix safety: no automatic fix. Remove the secret, then change it: it may already be in a draft history.
"""
from __future__ import annotations

import re

import regex

from postlint.core.rule import Context, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.text.gates import declare, fold_case, passes
from postlint.text.patterns import LazyRegex
from postlint.rules.disclosure._placeholders import ALNUM

SOURCE = ("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux » et ACT Alliance, "
          "« Politique de l'Alliance ACT relative aux médias sociaux »: sécurité numérique (mots de passe, "
          "hameçonnage), « ne jamais divulguer d'informations confidentielles »")


def _secret(label: str, pattern: LazyRegex, spec: str) -> tuple[str, LazyRegex, tuple[tuple[str, ...], ...]]:
    return label, pattern, declare(f"secret {label}", pattern, spec)


# (label, pattern, gate: words every match holds, in the source as written)
_SECRETS = [
    _secret("private key", LazyRegex(r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----"), "-----BEGIN"),
    _secret("AWS access key", LazyRegex(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"), "AKIA ASIA"),
    _secret("GitHub token", LazyRegex(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})\b"),
            "ghp_ gho_ ghu_ ghs_ ghr_ github_pat_"),
    _secret("Slack token", LazyRegex(r"\bxox[abposr]-[A-Za-z0-9-]{10,}"), "xox"),
    _secret("Slack webhook", LazyRegex(r"hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+"),
            "hooks.slack.com/services/T"),
    _secret("Google API key", LazyRegex(r"\bAIza[0-9A-Za-z_\-]{35}\b"), "AIza"),
    _secret("API secret key", LazyRegex(r"\b(?:sk|rk)_live_[0-9A-Za-z]{20,}\b|\bsk-(?:proj-)?[A-Za-z0-9_\-]{32,}\b"),
            "_live_ sk-"),
    _secret("credentials in a URL", LazyRegex(r"\b[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]{3,}@[\w.-]+", re.I),
            ":// & @"),
]
# "password: X", "mot de passe : X", "mdp = X", "api_key=X", "the password is X"
_LABELLED = LazyRegex(r"""(?ix)
    (?<![\p{L}\p{N}])(?P<label>
        pass(?:word|wd|code|phrase) | (?<!_)pass | pwd | mots?\ de\ passe | mdp | code\ (?:d'acc[eè]s|wi-?fi|pin)
      | pin | api[_\ -]?key | apikey | api[_\ -]?secret | secret[_\ -]?key | client[_\ -]?secret
      | access[_\ -]?token | auth[_\ -]?token | (?<!_)token | aws_secret_access_key)  # not nginx "proxy_pass", "client_token="
    (?:\s*(?:wi-?fi|du\ wifi|du\ compte|of\ the\ account))?
    (?:\s*[:=]|\s+(?:is|est)\b|(?:\s+[\p{L}'’\-]+){1,4}?\s*[:=])\s*  # "mot de passe du wifi de l'atelier : X"
    (?P<quote>["'`«]\s?)?(?P<value>[^\s"'`<>»]{4,})""")
# on fold_case(source)
_LABELLED_GATE = declare("labelled secret", _LABELLED, "api client code mdp pass pin pwd secret token", re.I)
_DIGIT_OR_SYMBOL = LazyRegex(r"\p{N}|[!@#$%^&*+=?~_|]", regex.V0)
_INNER_CAPITAL = LazyRegex(r".\p{Lu}", regex.V0)
_NOT_A_SECRET = LazyRegex(r"(?i)^(?:\*+|x+|\.+|…+|\[.*\]|<.*>|\{.*\}|oubli[eé]|required|obligatoire|"
                              r"strong|fort|s[eé]curis[eé]|unique|personnel|personal|reset|change[rz]?|"
                              # a tutorial's dummy value, a URL (an nginx proxy_pass, a link): not a secret
                              r"password\d*|passw0rd|mot_?de_?passe|motdepasse|secret|changeme|change_?me|"
                              r"your_?password|my_?password|mypassword|yourpassword|example|test|1234|123456|12345678|"
                              r"admin|pass|dummy|placeholder|https?://.*|localhost.*|"
                              r"\$\{?\w+\}?|%\w+%|#[0-9a-f]{3,8}|"  # ${ORACLE_PASSWORD}, a colour
                              r"demo\w*|[A-Z]+(?:_[A-Z]+)+)\W*$")  # a demo key, a name in capitals (YOUR_API_KEY)


# a conference link or number right before a numeric code: "…zoom.us/j/643… / Code d'accès : 212518"
_CONFERENCE = LazyRegex(r"(?i)zoom\.us|webex|teams\.microsoft|t[ée]l[ée]conf[ée]rence|conference[ \t]+call|"
                        r"dial[ \t-]?in|num[ée]ro[ \t]+sans[ \t]+frais|toll[ \t-]?free|meeting[ \t]+id|webinai?re?")


_ZOOM_LINK = LazyRegex(r"zoom\.us/(?:j|w|my)/\S*$")


# In code, a URL or a configuration sample, "token = X" is mostly an argument or a variable: only a value shaped like
# a credential counts there — long, several kinds of characters, not an expression, a variable name, a UUID (an
# order or download id), a dummy ("YOUR_TOKEN", "DEMO_KEY", "ABCD123") or a key public by design (Mapbox "pk.").
_EXPRESSION = LazyRegex(r"[()\[\]{}$<>]|::|^(?:[a-z]+_)*[a-z]+$|^(?:[A-Z]+_)*[A-Z]+$|^pk\.|"
                        r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", regex.V0)
_CLASSES = (LazyRegex(r"\p{Ll}", regex.V0), LazyRegex(r"\p{Lu}", regex.V0), LazyRegex(r"\d", regex.V0))


def _credential_shaped(value: str) -> bool:
    """Shaped like a credential rather than code: 16+ characters of at least two kinds, one a digit (a token), or
    8+ characters mixing lower case, capitals, digits and symbols (a password: `DB_PASSWORD = "Kx9!vTq2r"`)."""
    if len(value) < 8 or _EXPRESSION.search(value):
        return False
    kinds = sum(1 for rx in _CLASSES if rx.search(value))
    if len(value) >= 16 and kinds >= 2 and _CLASSES[2].search(value):
        return True
    return kinds == 3 and bool(_DIGIT_OR_SYMBOL.search(value.strip("0123456789")))


def _in_code(doc: Document, start: int, end: int) -> bool:
    """Not prose: a code block, inline code, a URL, an HTML attribute (blank in `Document.prose`)."""
    return not doc.prose[start:end].strip()


def _looks_secret(value: str, quoted: bool) -> bool:
    """A value shaped like a password or key, not a word of the sentence ("est envoyé par SMS")."""
    if _NOT_A_SECRET.match(value) or not ALNUM.search(value):
        return False
    if quoted:
        return True
    return bool(_DIGIT_OR_SYMBOL.search(value) or _INNER_CAPITAL.search(value))



@rule("disclosure.secret", severity="error",
      summary="Passwords, API keys, tokens and private keys pasted in a draft",
      source=SOURCE, fix="never",
      examples={"fail": ("Canva team login: comms@ong.org / password: LagosAction26", "mot de passe : Bamako2026!"),
                "pass": ("Choisissez un mot de passe fort.", "Password: ********")})
def secret(doc: Document, ctx: Context):
    text = doc.source
    start, end = doc.body
    found: list[Span] = []
    for label, pattern, words in _SECRETS:
        if not passes(words, text):
            continue
        for m in pattern.finditer(text, start, end):
            span = Span(m.start(), m.end())
            if any(span.overlaps(f) for f in found):
                continue
            if label == "credentials in a URL" and _dummy_credentials(m.group(0)):
                continue  # "mongodb://readwrite:test@…", "https://${{github.actor}}:${{secrets.GITHUB_TOKEN}}@…"
            found.append(span)
            yield _secret_finding(ctx, span, label, _sample(doc, span, m.group(0)))
    for m in _LABELLED.finditer(text, start, end) if passes(_LABELLED_GATE, fold_case(text)) else ():
        value = m.group("value").rstrip(".,;:)*_")  # "**token is missing**:": emphasis, not the value
        if text[m.start() - 1:m.start()] in "?&":
            value = value.split("&")[0].split("#")[0]  # a URL parameter ends at the next one
        if not _looks_secret(value, bool(m.group("quote"))):
            continue
        if _in_code(doc, m.start("value"), m.start("value") + len(value)) and not _credential_shaped(value):
            continue  # `unnest_tokens(token = "ngrams")`, `?apikey=opendataday`, `key_get("deepl")`
        span = Span(m.start(), m.start("value") + len(value))
        if any(span.overlaps(f) for f in found):
            continue
        if m.group("label").lower() == "pwd" and _ZOOM_LINK.search(text, max(start, m.start() - 80), m.start()):
            continue  # the passcode of a public meeting's Zoom link ("zoom.us/j/948…?pwd=…")
        if value.isdigit() and (doc.meta.type == "advisory" or
                                _CONFERENCE.search(text, max(start, m.start() - 300), m.start())):
            continue  # the dial-in or Zoom code journalists need to join a public press event
        found.append(span)
        yield _secret_finding(ctx, span, m.group("label").lower(), _sample(doc, span, value))


# A code block that shows a sample rather than a live configuration: a credential masked or left as a placeholder
# beside the value ("AWS_ACCESS_KEY_ID: AKXXXXXXXXXXXXXXXXXX", "****", "<your-key>", "YOUR_TOKEN", AWS's
# documented "…EXAMPLE" keys) or a secret scanner's report ("Found Secrets: 2", "- Rule: aws.secret_access_key")
_SAMPLE_SIGNS = LazyRegex(r"X{8,}|x{8,}|\*{4,}|•{4,}|<(?:your|votre|ton|my|api|secret|access)[-_ ][^<>\n]{0,30}>|"
                          r"\b(?:YOUR|MY|VOTRE)_[A-Z_]+\b|EXAMPLE|"
                          r"(?i:\bfound[ \t]+secrets?\b|\bsecrets?[ \t]+(?:found|detected)\b|\bleaks?[ \t]+found\b|"
                          r"\b(?:gitleaks|trufflehog|git-secrets|git-seekret|seekret|detect-secrets)\b)", regex.V0)


def _sample(doc: Document, span: Span, value: str) -> bool:
    """The secret sits in a code block that shows a sample: AWS's documented key ("…EXAMPLEKEY"), masked or
    placeholder credentials beside it, a secret scanner's report. Likely fabricated for the page."""
    for b in doc.blocks:
        if b.kind == "code" and b.span.start <= span.start < b.span.end:
            if "EXAMPLE" in value:
                return True
            text = doc.source[b.span.start:b.span.end]
            inner = span.start - b.span.start, span.end - b.span.start
            return any(not (m.start() < inner[1] and inner[0] < m.end()) for m in _SAMPLE_SIGNS.finditer(text))
    return False


def _dummy_credentials(url: str) -> bool:
    password = url.split("://", 1)[1].rsplit("@", 1)[0].split(":", 1)[-1]
    return "${" in password or "{{" in password or bool(_NOT_A_SECRET.match(password))


def _secret_finding(ctx: Context, span: Span, label: str, sample: bool = False):
    if sample:  # a page about secrets shows one: most likely fabricated, but a real key pasted by mistake is a leak
        return ctx.finding(span, ctx.msg(
            fr="Secret d'exemple ({label}) : il ressemble à un échantillon ; vérifiez que ce n'est pas une vraie clé.",
            en="Sample secret ({label}): it looks like a sample; make sure it is not a real key.", label=label),
            severity="info", suggestions=[ctx.msg(fr="vérifier que la clé est fictive", en="check that the key is fake")])
    return ctx.finding(span, ctx.msg(
        fr="Secret collé dans le texte ({label}) : retirez-le et changez-le, il doit être considéré comme compromis.",
        en="Secret pasted in the text ({label}): remove it and change it; consider it compromised.", label=label),
        suggestions=[ctx.msg(fr="supprimer le secret et le changer", en="delete the secret and rotate it")])


RULES = [secret]
