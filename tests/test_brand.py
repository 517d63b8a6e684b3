"""brand.name, brand.handle, brand.hashtag and brand.disclaimer, with an organisation configured."""
from __future__ import annotations

import pytest

from postlint.rules.brand.name import canonical, distance, name_lang  # distance: from the category's _spelling

UBUNTU = {"organization": {"names": ["Ubuntu Peer Network"], "handles": {"x": "@UbuntuPeers", "instagram": "ubuntupeers"},
                           "hashtags": ["#UbuntuPeers"], "website": "https://www.ubuntupeers.org.za"}}
ACT = {"organization": {"names": ["ACT Alliance", "Alliance ACT"], "handles": {"x": "@actalliance"},
                        "hashtags": ["#ACTAlliance"]}, "campaigns": ["#VoixDesPairs"]}


def _found(result, rule_id):
    return [result.finding_dict(f) for f in result.findings if f.rule == rule_id]


def _doc(text: str, lang: str = "en", extra: str = "") -> str:
    return f"---\ntype: post\nlang: {lang}\n{extra}---\n{text}\n"


def _fixed(result):
    from postlint.engine.fixes import apply_edits, safe_edits

    brand = [f for f in result.findings if f.rule.startswith("brand.")]
    return apply_edits(result.doc.source, safe_edits(result.doc, brand))


# ----------------------------------------------------------------------------- name
@pytest.mark.parametrize("text,variant", [
    ("The Ubuntu Peers Network is hiring.", "Ubuntu Peers Network"),
    ("Join the ubuntu peer network today.", "ubuntu peer network"),
    ("The Ubuntu-Peer-Network is hiring.", "Ubuntu-Peer-Network"),
    ("The UbuntuPeer Network is hiring.", "UbuntuPeer Network"),
    ("The Ubuntu Peer Netwrok is hiring.", "Ubuntu Peer Netwrok"),
    ("The UBUNTU PEER NETWORK is hiring.", "UBUNTU PEER NETWORK"),
])
def test_name_variants_are_fixed_to_the_accepted_spelling(lint, text, variant):
    result = lint(_doc(text), config=UBUNTU)
    found = _found(result, "brand.name")
    assert [d["text"] for d in found] == [variant]
    assert found[0]["fixable"] and found[0]["suggestions"] == ["Ubuntu Peer Network"]
    assert "Ubuntu Peer Network" in _fixed(result)
    assert variant not in _fixed(result)


@pytest.mark.parametrize("text", [
    "The Ubuntu Peer Network is hiring.",
    "The Ubuntu Peer Network's outreach team.",
    "Tag @UbuntuPeers and use #UbuntuPeers.",
    "Write to info@ubuntupeers.org.za.",
    "The Ubuntu Peer Support group meets on Fridays.",
    "The Northern Peer Collective and the Cape Town Peer Forum.",
    "Our peer network grows every year.",
])
def test_accepted_spelling_and_other_names_are_fine(lint, text):
    assert _found(lint(_doc(text), config=UBUNTU), "brand.name") == []


def test_the_draft_language_picks_the_spelling(lint):
    fr = lint(_doc("L'Act alliance appelle à la paix.", lang="fr"), config=ACT)
    assert [d["suggestions"] for d in _found(fr, "brand.name")] == [["Alliance ACT"]]
    assert "L'Alliance ACT appelle" in _fixed(fr)
    en = lint(_doc("The Act alliance calls for peace.", lang="en"), config=ACT)
    assert [d["suggestions"] for d in _found(en, "brand.name")] == [["ACT Alliance"]]
    # an accepted spelling is accepted in any draft
    assert _found(lint(_doc("L'ACT Alliance et l'Alliance ACT.", lang="fr"), config=ACT), "brand.name") == []


def test_word_order_variant(lint):
    cfg = {"organization": {"names": ["ACT Alliance"]}}
    found = _found(lint(_doc("The Alliance Act calls for peace."), config=cfg), "brand.name")
    assert [(d["text"], d["suggestions"]) for d in found] == [("Alliance Act", ["ACT Alliance"])]


def test_one_word_name_in_lower_case_is_the_ordinary_word(lint):
    cfg = {"organization": {"names": ["AIDES"]}}
    assert _found(lint(_doc("Les aides arrivent.", lang="fr"), config=cfg), "brand.name") == []
    found = _found(lint(_doc("Merci à Aides pour son soutien.", lang="fr"), config=cfg), "brand.name")
    assert [d["text"] for d in found] == ["Aides"]


def test_no_organisation_no_finding(lint):
    result = lint(_doc("The Ubuntu Peers Network, @ubuntu_peers, #UbuntuPeer."))
    assert [f for f in result.findings if f.rule.startswith("brand.")] == []


def test_helpers():
    assert distance("ubuntupeersnetwork", "ubuntupeernetwork") == 1
    assert distance("ab", "ba") == 1
    assert name_lang("Alliance ACT") == "fr" and name_lang("ACT Alliance") == "en"
    assert name_lang("Réseau des pairs") == "fr" and name_lang("Network of Peers") == "en"
    assert canonical("alliance act", ["ACT Alliance", "Alliance ACT"], "fr") == "Alliance ACT"


# ----------------------------------------------------------------------------- handle
@pytest.mark.parametrize("mention,expected", [
    ("@ubuntu_peers", "@UbuntuPeers"),
    ("@UbuntuPeer", "@UbuntuPeers"),
    ("@ubuntu.peers", "@UbuntuPeers"),
    ("@UbuntuPéers", "@UbuntuPeers"),  # an accent typed by habit: the whole mention is reported
])
def test_near_handles(lint, mention, expected):
    found = _found(lint(_doc(f"Apply and tag {mention} with questions.", extra="platforms: [x]\n"), config=UBUNTU),
                   "brand.handle")
    assert [(d["text"], d["suggestions"]) for d in found] == [(mention, [expected])]
    assert found[0]["fix"]["applicability"] == "unsafe"


@pytest.mark.parametrize("mention", ["@UbuntuPeers", "@ubuntupeers", "@UBUNTUPEERS", "@MRA_Nigeria", "@UN", "@ubuntu"])
def test_official_and_unrelated_handles(lint, mention):
    assert _found(lint(_doc(f"Thanks {mention} for the support."), config=UBUNTU), "brand.handle") == []


# ----------------------------------------------------------------------------- hashtag
def test_near_hashtags(lint):
    result = lint(_doc("#UbuntuPeer #UbuntuPeers #ubuntupeers #HarmReduction"), config=UBUNTU)
    assert [(d["text"], d["suggestions"]) for d in _found(result, "brand.hashtag")] == [("#UbuntuPeer",
                                                                                          ["#UbuntuPeers"])]


def test_campaign_hashtags_and_digit_only_differences(lint):
    cfg = {"organization": {"hashtags": ["#AIDS2026"]}, "campaigns": ["#VoixDesPairs"]}
    result = lint(_doc("#VoixDesPair #Voixdespairs #AIDS2024 #AIDS2026", lang="fr"), config=cfg)
    # a case-only difference is hashtags.official-spelling's; another year is another event
    assert [d["text"] for d in _found(result, "brand.hashtag")] == ["#VoixDesPair"]


# ----------------------------------------------------------------------------- disclaimer
PERSONAL = "account: personal\n"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Belle matinée à Dakar. Les opinions exprimées ici n'engagent que moi."),
    ("fr", "Belle matinée à Dakar. Tweets à titre personnel."),
    ("fr", "Belle matinée à Dakar. RT ≠ approbation."),
    ("en", "Great morning in Lagos. Views are my own."),
    ("en", "Great morning in Lagos. All views my own."),
    ("en", "Great morning in Lagos. Opinions are my own; RTs ≠ endorsement."),
    ("en", "Great morning in Lagos. RT does not equal endorsement."),
])
def test_disclaimers(lint, lang, text):
    assert _found(lint(_doc(text, lang=lang, extra=PERSONAL)), "brand.disclaimer") == []


def test_personal_account_without_disclaimer(lint):
    text = "Proud to have spent five years with the Ubuntu Peer Network."
    found = _found(lint(_doc(text, extra=PERSONAL), config=UBUNTU), "brand.disclaimer")
    assert [(d["line"], d["severity"]) for d in found] == [(None, "warning")]
    assert "Views are my own" in found[0]["suggestions"][0]
    fr = _found(lint(_doc("Fière de mes cinq ans au réseau.", lang="fr", extra=PERSONAL)), "brand.disclaimer")
    assert "n'engagent que moi" in fr[0]["message"]


def test_configured_disclaimer_and_official_accounts(lint):
    cfg = {"organization": {"disclaimers": ["Compte perso, pas celui du Réseau"]}}
    text = "Belle journée. Compte perso, pas celui du réseau."
    assert _found(lint(_doc(text, lang="fr", extra=PERSONAL), config=cfg), "brand.disclaimer") == []
    assert _found(lint(_doc("Belle journée.", lang="fr")), "brand.disclaimer") == []


def test_a_common_noun_before_an_accepted_short_name_is_fine(lint):
    org = {"organization": {"names": ["Kéné Santé", "Association Kéné Santé"]}}
    assert _found(lint(_doc("L'association Kéné Santé publie son rapport.", "fr"), config=org), "brand.name") == []
    found = _found(lint(_doc("L'Association Kéné Santée publie son rapport.", "fr"), config=org), "brand.name")
    assert [d["text"] for d in found] == ["Association Kéné Santée"]
