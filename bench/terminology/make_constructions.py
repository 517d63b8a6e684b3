"""Generate the construction entries: "suffering from / afflicted with + condition" and « souffrir de /
atteint de / frappé de + condition », one entry per verb form and article so that each suggestion agrees with
the words it replaces (« souffrent d'une » → « vivent avec une », "is suffering from" → "is living with").

Writes wordlists/<lang>/stigma/constructions-<domain>.yaml. Run after editing the tables below:
    python3 bench/terminology/make_constructions.py

Sources: UN Geneva, « Disability-Inclusive Language Guidelines » / « Lignes directrices pour l'inclusion du
handicap dans la langue », annex I (avoid "suffering from, afflicted by, stricken by"; « souffrir de, être
frappé de, être atteint de » — but « atteinte d'albinisme », « touchée par la lèpre » are used); Mindframe and
the UN « Le langage que nous utilisons » table (mental health: "victim", "suffering from", "afflicted with");
CAMH, « Words matter »; ONUSIDA, « Guide de terminologie » (« personne souffrant du sida », « patient atteint du
sida »). « Atteint de » is neutral for chronic diseases in several guides (CBM: « personne atteinte de
diabète »): here it is flagged only before a disability, and as contested (info) before a mental-health
condition. « Souffrir de » / "suffering from" before a chronic illness that is not a disability (diabète, asthme,
drépanocytose, "chronic illness") is contested (info), after the diabetes associations' language guides (Diabetes
Australia, « Our Language Matters »; ADA and AADE, « The Use of Language in Diabetes Care and Education »), not the
disability warning.
"""
from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2] / "wordlists"

UNG_FR = "ONU Genève, « Lignes directrices pour l'inclusion du handicap dans la langue », annexe I"
UNG_EN = "UN Geneva, « Disability-Inclusive Language Guidelines », annex I"
MH_FR = ("ONU, « Le langage que nous utilisons » (santé mentale, à l'intention du personnel) ; Psycom ; "
         "Mindframe")
MH_EN = "Mindframe, « Language guide » (Everymind); CAMH, « Words matter »"
ONUSIDA = "ONUSIDA, « Guide de terminologie » (2011)"
ILL_EN = ("Diabetes Australia, « Our Language Matters » (2021); ADA and AADE, « The Use of Language in Diabetes Care "
          "and Education » (2017)")
ILL_FR = ("Diabetes Australia, « Our Language Matters » (2021) ; ADA et AADE, « The Use of Language in Diabetes Care "
          "and Education » (2017)")
ILL_REASON_FR = ("Une maladie chronique n'est pas un handicap, mais « souffrir de » résume la vie de la personne à une "
                 "souffrance ; les associations de patients préfèrent « vivre avec ».")
ILL_REASON_EN = ("A chronic illness is not a disability, but \"suffering from\" sums up the person's life as suffering; "
                 "patients' associations prefer \"living with\".")

# condition cue words, by domain and grammatical class (FR: f / m / pl / vowel for the elided « d' »)
FR_COND = {
    "disability": {
        "f": ["surdité", "cécité", "paralysie", "trisomie", "déficience", "myopathie", "sclérose", "polio", "poliomyélite",
              "surdicécité", "paraplégie", "tétraplégie", "dyslexie", "dyspraxie", "lèpre",
              "démence", "infirmité", "maladie d alzheimer",
              "maladie de parkinson", "épilepsie", "hémiplégie", "incapacité"],
        "m": ["handicap", "nanisme", "autisme", "albinisme", "syndrome", "polyhandicap", "bégaiement",
              "AVC", "alzheimer", "parkinson"],
        "pl": ["handicaps", "déficiences", "incapacités"],
        "v": ["épilepsie", "autisme", "albinisme", "hémiplégie", "infirmité*", "incapacité*", "alzheimer",
              "amputation"],
    },
    # A chronic illness is not a disability: « souffrir de » before it is the everyday medical wording. The diabetes
    # associations' language guides still prefer "living with": worth a look (info), not the disability warning.
    "illness": {
        "f": ["maladie chronique", "maladies chroniques", "maladie rare", "drépanocytose", "insuffisance rénale"],
        "m": ["diabète", "asthme"],
        "v": ["asthme", "insuffisance rénale"],
    },
    "mental-health": {
        "f": ["dépression", "schizophrénie", "bipolarité", "anorexie", "boulimie", "psychose", "maladie mentale",
              "maladies mentales", "maladie psychique", "phobie", "anxiété", "névrose", "paranoïa"],
        "m": ["trouble", "TOC", "TDAH", "stress post*", "syndrome de stress"],
        "pl": ["troubles*", "TOC", "phobies"],
        "v": ["anorexie", "anxiété", "addiction"],
    },
}
# atteint / frappé: only before a disability (UN Geneva), not before a chronic disease (neutral in CBM, ONUSIDA)
FR_ATTEINT_EXCEPT = ["albinisme", "lèpre", "diabète", "asthme", "drépanocytose", "maladie", "maladies", "alzheimer",
                     "parkinson", "démence", "sclérose*"]

# verb form (avoid) → (vivre avec …, avoir …), a sentence with {X} for the construction
FR_VERBS = [
    ("souffre", "vit avec", "a", "Awa {X} depuis l'enfance."),
    ("souffrent", "vivent avec", "ont", "Beaucoup de jeunes {X} sans le dire."),
    ("souffrait", "vivait avec", "avait", "Mon frère {X} depuis des années."),
    ("souffraient", "vivaient avec", "avaient", "Ses parents {X} depuis longtemps."),
    ("{souffrant,souffrante,souffrants,souffrantes}", "vivant avec", "ayant", "Les enfants {X} ont été accueillis."),
    ("souffrir", "vivre avec", "avoir", "On peut {X} et travailler."),
    ("souffert", "vécu avec", "eu", "Elle a {X} toute sa vie."),
]
FR_ATTEINT = [
    ("{est,était} {atteint,atteinte,frappé,frappée}", "vit avec", "a", "Moussa {X} depuis sa naissance."),
    ("{sont,étaient} {atteints,atteintes,frappés,frappées}", "vivent avec", "ont", "Trois élèves {X}."),
    ("{atteint,atteinte,atteints,atteintes,frappé,frappée,frappés,frappées}", "vivant avec", "ayant",
     "Un enfant {X} est scolarisé ici."),
]
# preposition and article as written → (what follows « avec », what follows « a », the classes of cue, window,
# an example condition per domain)
FR_ARTICLES = [
    ("de la", "la", None, ("f",), 3, {"disability": "de la sclérose en plaques", "mental-health": "de la schizophrénie",
                               "illness": "de la drépanocytose"}),
    ("du", "le", None, ("m",), 3, {"disability": "du syndrome de Down", "mental-health": "du trouble bipolaire",
                           "illness": "du diabète"}),
    ("des", "des", "des", ("pl",), 3, {"mental-health": "des troubles anxieux"}),
    ("d'une", "une", "une", ("f",), 3, {"disability": "d'une déficience visuelle", "mental-health": "d'une dépression",
                                   "illness": "d'une maladie chronique"}),
    ("d'un", "un", "un", ("m",), 3, {"disability": "d'un handicap moteur", "mental-health": "d'un trouble bipolaire",
                                 "illness": "d'un diabète de type 2"}),
    ("de l'", "l’", None, ("v",), 2, {"disability": "de l'épilepsie", "mental-health": "de l'anorexie", "illness": "de l'asthme"}),
    ("de", "une", "une", ("f",), 1, {"disability": "de paralysie", "mental-health": "de dépression", "illness": "de drépanocytose"}),
    ("de", "un", "un", ("m",), 1, {"disability": "de nanisme", "mental-health": "de stress post-traumatique",
                                   "illness": "de diabète"}),
    ("de", "des", "des", ("pl",), 1, {"mental-health": "de troubles anxieux", "disability": "de déficiences multiples"}),
    ("d'", "l’", None, ("v",), 1, {"disability": "d'épilepsie", "mental-health": "d'anorexie", "illness": "d'asthme"}),
]
SHORT = {"disability": "handicap", "mental-health": "psy", "illness": "maladie"}
FR_SUFFIX = {"de la": "de-la", "du": "du", "des": "des", "d'une": "d-une", "d'un": "d-un", "de l'": "de-l",
             "de": "de", "d'": "d"}
ATTEINT_EXAMPLE = {"de la": "de la polio", "du": "du syndrome de Down", "d'une": "d'une déficience visuelle",
                   "d'un": "d'un handicap moteur", "de l'": "de l'épilepsie", ("de", "f"): "de cécité",
                   ("de", "m"): "de nanisme", ("de", "pl"): "de déficiences multiples", "d'": "d'autisme"}
FR_PASS = {"disability": "souffre de la faim", "mental-health": "souffre de la chaleur", "illness": "souffre de la faim"}

EN_COND = {
    "disability": ["disability", "disabilities", "impairment*", "autism", "cerebral", "down syndrome", "down's",
                   "epilepsy", "blindness", "deafness", "hearing loss", "sight loss", "paralysis", "polio",
                   "dwarfism", "multiple sclerosis", "spina", "albinism", "leprosy", "dementia", "alzheimer*",
                   "parkinson*", "muscular dystrophy", "paraplegia", "quadriplegia",
                   "dyslexia", "motor neurone",
                   "spinal cord injur*", "a stroke", "brain injur*", "learning disabilit*",
                   "intellectual disabilit*"],
    "mental-health": ["mental ill*", "mental health", "mental disorder*", "depression", "schizophrenia",
                      "bipolar", "anxiety", "ptsd", "post-traumatic", "psychosis", "anorexia", "bulimia",
                      "eating disorder*", "ocd", "obsessive", "adhd", "personality disorder*", "panic"],
    "illness": ["diabetes", "asthma", "sickle", "chronic illness*", "chronic condition*", "chronic disease*",
                "kidney disease", "rare disease*"],
}
EN_VERBS = [  # avoid → (suggestions, sentence)
    ("suffers from", ["has", "lives with"], "Amara {X} and coaches the youth team."),
    ("suffer from", ["have", "live with"], "Many of our members {X} and work full time."),
    ("suffered from", ["had", "lived with"], "My father {X} for twenty years."),
    ("suffering from", ["with", "living with"], "Children {X} are kept out of school."),
    ("{is,'s} suffering from", ["is living with", "has"], "She is {X}, her sister says.".replace("is {X}", "{X}")),
    ("{are,'re} suffering from", ["are living with", "have"], "Thousands of children are {X}.".replace("are {X}", "{X}")),
    ("{was,were} suffering from", ["was living with", "had"], "He was {X} when we met.".replace("was {X}", "{X}")),
    ("{afflicted,stricken} {with,by}", ["with", "living with"], "People {X} face exclusion."),
    ("{is,was} {afflicted,stricken} {with,by}", ["has", "is living with"], "Her son {X}.".replace("", "")),
    ("{are,were} {afflicted,stricken} {with,by}", ["have", "are living with"], "Many residents {X}."),
]
EN_EXAMPLE = {"disability": "epilepsy", "mental-health": "depression", "illness": "diabetes"}
EN_PASS = {"disability": "hunger", "mental-health": "the heat", "illness": "hunger"}


def _first(form: str) -> str:
    """The first written form of a braced avoid string."""
    from postlint.lexicon.forms import expand_braces

    return expand_braces(form)[0]


def _cues(classes: tuple[str, ...], conds: dict) -> list[str]:
    return sorted({c for k in classes for c in conds.get(k, [])})


def fr_entries(domain: str) -> list[dict]:
    out = []
    conds = FR_COND[domain]
    severity = "warning" if domain == "disability" else "info"
    source = {"disability": UNG_FR, "illness": ILL_FR}.get(domain, MH_FR)
    for verbs, family in ((FR_VERBS, "souffrir"), (FR_ATTEINT, "atteint")):
        if family == "atteint" and domain != "disability":
            continue  # contested for mental health and chronic diseases: not flagged
        for verb, vivre, avoir, sentence in verbs:
            vid = _first(verb).replace(" ", "-").replace("é", "e")
            for prep, avec_art, a_art, classes, window, example in FR_ARTICLES:
                cues = _cues(classes, conds)
                if family == "atteint":
                    cues = [c for c in cues if c not in FR_ATTEINT_EXCEPT]
                if not cues or domain not in example:
                    continue
                prefer = [f"{vivre} {avec_art}".replace("’ ", "’")]
                if a_art:
                    prefer.append(f"{avoir} {a_art}")
                if domain == "disability" and a_art:  # UN Geneva: « avoir un handicap », not « vivre avec »
                    prefer = [f"{avoir} {a_art}"]
                prefer = [p if p.endswith("’") else p for p in prefer]
                avoid = f"{verb} {prep}".replace("' ", "'") if not prep.endswith("'") else f"{verb} {prep}"
                written = _first(verb)
                shown = example[domain]
                if family == "atteint":
                    shown = ATTEINT_EXAMPLE.get(prep) or ATTEINT_EXAMPLE[(prep, classes[0])]
                flag = sentence.replace("{X}", f"{written} {shown}".replace("' ", "'"))
                fixed = sentence.replace("{X}", f"{prefer[0]} {shown.split(' ', 1)[1] if ' ' in shown else shown}")
                if prep.endswith("'") or prep == "d'":
                    fixed = sentence.replace("{X}", prefer[0] + shown.split("'", 1)[1])
                elif prep in ("de la", "du", "des", "d'une", "d'un"):
                    rest = shown[len(prep):].strip() if shown.startswith(prep) else shown.split(" ", 2)[-1]
                    fixed = sentence.replace("{X}", f"{prefer[0]} {rest}")
                else:  # bare « de »: the alternative brings its article
                    fixed = sentence.replace("{X}", f"{prefer[0]} {shown[3:]}")
                other = sentence.replace("{X}", FR_PASS[domain].replace("souffre", written, 1)) \
                    if family == "souffrir" else sentence.replace("{X}", f"{written} par la crise")
                entry = {
                    "id": f"{family}-{vid}-{FR_SUFFIX[prep]}-{'-'.join(classes)}-{SHORT[domain]}",
                    "avoid": [avoid],
                    "prefer": prefer,
                    "reason": ("« Souffrir de », « atteint de », « frappé de » présentent la personne comme passive et "
                               "sa vie comme une souffrance ; dites ce qu'elle a ou avec quoi elle vit."),
                    "source": source,
                    "severity": severity,
                    "inflect": False,
                    "requires": [{"after": cues, "window": window}],
                    "examples": {"flag": [flag], "pass": [fixed, other]},
                }
                if domain == "illness":
                    entry["reason"], entry["label"] = ILL_REASON_FR, "contested"
                if family == "atteint":
                    entry["reason"] = ("« Atteint de », « frappé de » un handicap le présentent comme un mal subi ; "
                                       "dites ce que la personne a. (« Atteinte d'albinisme » reste d'usage.)")
                out.append(entry)
    if domain == "disability":
        return out
    return out


def fr_hiv() -> list[dict]:
    out = []
    for verb, vivre, _avoir, sentence in FR_VERBS:
        vid = _first(verb)
        out.append({
            "id": f"souffrir-{vid}-du-sida",
            "avoid": [f"{verb} {{du sida,du VIH,du SIDA}}"],
            "prefer": [f"{vivre} le VIH"],
            "reason": "Le VIH se traite ; on vit avec le VIH plutôt que d'en « souffrir ».",
            "source": ONUSIDA,
            "severity": "warning",
            "inflect": False,
            "examples": {"flag": [sentence.replace("{X}", f"{vid} du VIH")],
                         "pass": [sentence.replace("{X}", f"{vivre} le VIH"),
                                  sentence.replace("{X}", f"{vid} de la faim")]},
        })
    for verb, vivre, sentence in (("{est,était} {atteint,atteinte}", "vit avec", "Moussa {X} depuis 2015."),
                                  ("{sont,étaient} {atteints,atteintes}", "vivent avec", "Trois patients {X}."),
                                  ("{atteint,atteinte,atteints,atteintes}", "vivant avec",
                                   "Des femmes {X} témoignent.")):
        vid = _first(verb).replace(" ", "-")
        out.append({
            "id": f"{vid}-du-sida",
            "avoid": [f"{verb} {{du sida,du SIDA}}"],
            "prefer": [f"{vivre} le VIH"],
            "reason": "Le sida est un stade clinique ; « atteint du sida » désigne le plus souvent une personne vivant avec le VIH.",
            "source": ONUSIDA + " (« patient atteint du sida »)",
            "severity": "warning",
            "inflect": False,
            "examples": {"flag": [sentence.replace("{X}", f"{_first(verb)} du sida")],
                         "pass": [sentence.replace("{X}", f"{vivre} le VIH")]},
        })
    return out


def en_entries(domain: str) -> list[dict]:
    out = []
    severity = "warning" if domain == "disability" else "info"
    source = {"disability": UNG_EN, "illness": ILL_EN}.get(domain, MH_EN)
    for verb, prefer, sentence in EN_VERBS:
        written = _first(verb)
        vid = written.replace(" ", "-").replace("'", "")
        cond = EN_EXAMPLE[domain]
        flag = sentence.replace("{X}", f"{written} {cond}")
        fixed = sentence.replace("{X}", f"{prefer[0]} {cond}")
        other = sentence.replace("{X}", f"{written} {EN_PASS[domain]}")
        entry = {
            "id": f"{vid}-{domain}",
            "avoid": [verb],
            "prefer": list(prefer),
            "reason": ("\"Suffering from\", \"afflicted with\", \"stricken by\" cast the person as a passive victim; "
                       "say what they have or live with."),
            "source": source,
            "severity": severity,
            "inflect": False,
            "requires": [{"after": EN_COND[domain], "window": 5}],
            "examples": {"flag": [flag], "pass": [fixed, other]},
        }
        if domain == "illness":
            entry["reason"], entry["label"] = ILL_REASON_EN, "contested"
        out.append(entry)
    return out


def _write(path: Path, domain: str, lang: str, entries: list[dict], head: str) -> None:
    text = yaml.safe_dump({"domain": domain, "lang": lang, "entries": entries}, allow_unicode=True,
                          sort_keys=False, width=200)
    path.write_text(head + text, encoding="utf-8")


def main() -> None:
    head = ("# GENERATED by bench/terminology/make_constructions.py — edit the tables there, then run it again.\n"
            "# Constructions, not words: a verb form + preposition before a condition (format: docs/stigma.md).\n")
    for domain in ("disability", "mental-health"):
        _write(ROOT / "fr" / "stigma" / f"constructions-{domain}.yaml", domain, "fr",
               fr_entries(domain) + (fr_entries("illness") if domain == "disability" else []), head)
        _write(ROOT / "en" / "stigma" / f"constructions-{domain}.yaml", domain, "en",
               en_entries(domain) + (en_entries("illness") if domain == "disability" else []), head)
    _write(ROOT / "fr" / "stigma" / "constructions-hiv.yaml", "hiv", "fr", fr_hiv(), head)


if __name__ == "__main__":
    main()
