"""tone.proselytising on calls to join a church, to let God guide one's steps and to pray for divine
guidance (issue 20: the example thread's « priez avec nous pour qu'Il guide… » was silent) — and quiet on
ordinary mentions of religion. Drafts written for these tests."""
from __future__ import annotations

import pytest


def hits(result) -> list[str]:
    return [result.finding_dict(f)["text"] for f in result.findings if f.rule == "tone.proselytising"]


@pytest.mark.parametrize("text, expected", [
    ("Rejoignez l'Église et laissez Jésus guider vos pas.", ["Rejoignez l'Église", "laissez Jésus guider"]),
    ("Merci à toutes et à tous : priez avec nous pour qu'Il guide ceux qui n'ont pas encore trouvé le chemin.",
     ["priez avec nous pour qu'Il"]),
    ("Prions pour que le Seigneur touche le cœur des indécis.", ["Prions pour que le Seigneur touche"]),
    ("Laissez le Christ transformer votre vie.", ["Laissez le Christ transformer"]),
    ("Join the Church and let Jesus guide your steps.", ["Join the Church", "let Jesus guide"]),
    ("Pray with us that He will open their hearts.", ["Pray with us that He"]),
    ("Let Jesus into your heart today.", ["Let Jesus into"]),
    ("Pray that God will guide the lost to Him.", ["Pray that God will guide"]),
])
def test_calls_to_faith_fire(lint, text, expected):
    assert hits(lint(text)) == expected


@pytest.mark.parametrize("text", [
    "L'Église a accueilli la réunion du réseau de pairs jeudi soir.",
    "Rejoignez-nous à l'église Saint-Paul samedi pour la distribution de kits.",
    "Rejoignez l'église Saint-Paul samedi à 10 h pour la distribution.",
    "Nous avons prié pour les victimes lors de la veillée.",
    "A prayer vigil for the victims was held on Sunday outside the clinic.",
    "We thank the faith-based organisations that hosted the testing day.",
    "The church hall was full for the harm-reduction workshop.",
    "Pray that he recovers soon: our colleague Moussa is in hospital.",
    "Les communautés religieuses ont prié pour la paix, rapporte le journal.",
    "Father Joseph let the volunteers into the parish hall.",
])
def test_ordinary_mentions_of_religion_stay_quiet(lint, text):
    assert hits(lint(text)) == []


@pytest.mark.parametrize("text, fires", [
    ("Vote for Marie Diallo on Sunday.", True),
    ("Please vote for the Green Party.", True),
    ("We urge you to vote for Awa Traoré.", True),
    ("Votez pour Marie Diallo dimanche.", True),
    # reporting on a vote is not a call to vote
    ("At the annual meeting, Voting Members vote for Community-elected Members of the council.", False),
    ("Les délégués votent pour Awa Traoré au second tour.", False),
])
def test_a_call_to_vote_fires_and_reporting_a_vote_does_not(lint, text, fires):
    assert bool(hits(lint(text))) is fires
