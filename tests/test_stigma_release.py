"""A new user's check: a ~500-word French press release on harm reduction, written once in respectful
vocabulary (no stigma finding at all) and once with the stigmatising words a hurried editor might use
(one finding per term, each with its alternative)."""
from __future__ import annotations

import re

RESPECTFUL = """---
type: press-release
lang: fr
---
# Thiès : une équipe mobile de réduction des risques pour les personnes qui consomment des drogues

## Dépistage, matériel stérile et accompagnement, au plus près des quartiers

Thiès, le 12 mars 2026 – Le réseau Jàmm Santé lance aujourd'hui une équipe mobile qui ira chaque jour
à la rencontre des personnes qui consomment des drogues, de leurs proches et des personnes vivant avec
le VIH dans six quartiers de la ville. L'équipe propose un dépistage rapide du VIH et des hépatites,
du matériel d'injection stérile, de la naloxone et une orientation vers les traitements.

Le projet a été préparé pendant huit mois avec un comité de pairs : des personnes ayant un vécu de
consommation, des travailleuses du sexe et des personnes en situation de handicap ont choisi les
horaires, les lieux d'arrêt et les messages. Deux médiatrices, anciennes participantes du groupe de
parole, rejoignent l'équipe salariée. « Les gens viennent quand on les respecte. Ici, personne ne
demande à quelqu'un d'avoir arrêté de consommer pour être soigné », explique Fatou Ndiaye, médiatrice.

Les chiffres du district montrent un besoin réel. Beaucoup de personnes qui s'injectent des drogues
ne connaissent pas leur statut, et les personnes sans papiers renoncent souvent aux soins par peur
d'un contrôle. Les femmes qui vivent avec une dépendance aux opioïdes sont les moins bien servies :
elles craignent d'être jugées ou de perdre la garde de leurs enfants. L'équipe mobile accueille chacune
et chacun sans condition, sans pièce d'identité et sans rendez-vous.

Le camion est accessible aux personnes en fauteuil roulant et une interprète en langue des signes
accompagne une tournée par semaine. Les personnes vivant avec un trouble psychique peuvent être
orientées vers le centre de santé mentale du district, avec lequel une convention a été signée.
Un test de dépistage du VIH négatif ne vaut que pour le passé : l'équipe rappelle l'intérêt de la
prophylaxie et de l'usage du préservatif, sans jamais porter de jugement.

« Nous ne parlons pas à la place des personnes concernées : nous travaillons avec elles. Elles savent
ce qui les éloigne des soins : la honte, la distance, la peur d'être mal reçues », déclare Moussa Diop,
coordinateur du réseau. « Notre riposte au VIH passe par le respect et par les droits humains. »

Le programme est financé pour trois ans par les autorités sanitaires régionales et deux fondations.
Une évaluation sera conduite avec les participantes et les participants, les familles sinistrées par
les dernières crues qui fréquentent aussi les points d'arrêt, et les partenaires de santé. Les
résultats seront publiés en ligne et présentés lors d'une journée d'échanges ouverte au public.

Contact presse : Awa Sarr, chargée de communication, presse@jammsante.org

## À propos de Jàmm Santé

Jàmm Santé est une association communautaire fondée à Thiès en 2012. Elle agit pour la santé et les
droits des personnes les plus exposées au VIH et aux hépatites. Elle mène des actions de prévention,
de dépistage et de plaidoyer. Elle travaille avec les pairs, les centres de santé et les collectivités.
Plus d'informations sur https://www.jammsante.org
"""

# (respectful wording, stigmatising wording, the rule expected to flag it)
SWAPS = [
    ("personnes qui consomment des drogues, de leurs", "toxicomanes, de leurs", "stigma.drug-use"),
    ("personnes vivant avec\nle VIH dans", "sidéens dans", "stigma.hiv"),
    ("matériel d'injection stérile", "matériel d'injection propre", "stigma.drug-use"),
    ("des personnes ayant un vécu de\nconsommation", "des ex-toxicos", "stigma.drug-use"),
    ("des travailleuses du sexe", "des prostituées", "stigma.sex-work"),
    ("des personnes en situation de handicap ont", "des handicapés ont", "stigma.disability"),
    ("d'avoir arrêté de consommer pour", "d'être clean pour", "stigma.drug-use"),
    ("personnes qui s'injectent des drogues\nne", "junkies\nne", "stigma.drug-use"),
    ("les personnes sans papiers renoncent", "les clandestins renoncent", "stigma.migration"),
    ("femmes qui vivent avec une dépendance aux opioïdes", "femmes accros à l'héroïne", "stigma.drug-use"),
    ("personnes en fauteuil roulant", "personnes clouées dans un fauteuil", "stigma.disability"),
    ("personnes vivant avec un trouble psychique peuvent", "malades mentaux peuvent", "stigma.mental-health"),
    ("Un test de dépistage du VIH négatif", "Un test du sida négatif", "stigma.hiv"),
    ("Nous ne parlons pas à la place des personnes concernées",
     "Nous sommes la voix des sans-voix", "stigma.victim-framing"),
    ("Notre riposte au VIH passe", "Le virus du sida recule", "stigma.hiv"),
    ("les familles sinistrées par", "ces pauvres victimes des", "stigma.victim-framing"),
]


def _words(text: str) -> int:
    body = text.split("---", 2)[2]
    return len(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", body))


def test_release_is_about_500_words():
    assert 450 <= _words(RESPECTFUL) <= 650


def test_respectful_release_has_no_stigma_finding(lint):
    result = lint(RESPECTFUL, name="communique.md")
    assert result.error is None
    assert [f for f in result.findings if f.category == "stigma"] == []


def test_stigmatising_release_gets_one_finding_per_term(lint):
    text = RESPECTFUL
    for good, bad, _ in SWAPS:
        assert text.count(good) == 1, good
        text = text.replace(good, bad)
    result = lint(text, name="communique.md")
    found = [f for f in result.findings if f.category == "stigma"]
    got = [(f.rule, result.finding_dict(f)["text"]) for f in found]
    assert len(found) == len(SWAPS), got
    for (_, bad, rule_id), f in zip(SWAPS, found):
        d = result.finding_dict(f)
        assert f.rule == rule_id, (bad, d)
        assert d["text"].lower().replace("\n", " ") in bad.lower().replace("\n", " ") or d["text"] in bad, (bad, d)
        assert d["suggestions"], d  # every finding carries its alternative
        assert d["message"].startswith("«"), d  # French message for a French draft
