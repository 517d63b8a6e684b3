"""hashtags.count, hashtags.campaign, hashtags.official-spelling — and what is not a hashtag."""
from __future__ import annotations

import pytest

from postlint.engine.fixes import apply_edits, safe_edits


def found(result, rule):
    return [result.finding_dict(f) for f in result.findings if f.rule == rule]


FOUR = "Bravo aux équipes du hackathon de Dakar.\n\n#CivicTech #Dakar #Hackathon #Innovation\n"


def test_four_hashtags_flag_the_fourth(lint):
    f = found(lint("---\nlang: fr\n---\n" + FOUR), "hashtags.count")
    assert len(f) == 1
    assert f[0]["line"] == 6 and f[0]["text"] == "#Innovation" and f[0]["severity"] == "warning"
    assert "4 hashtags" in f[0]["message"]


def test_three_hashtags_are_fine_and_max_is_configurable(lint):
    assert found(lint("#Un #Deux #Trois"), "hashtags.count") == []
    f = found(lint("#Un #Deux #Trois", config={"rules": {"hashtags.count": {"max": 2}}}), "hashtags.count")
    assert [x["text"] for x in f] == ["#Trois"]


@pytest.mark.parametrize("platform,limit", [("instagram", 3), ("threads", 1), ("facebook", 3), ("linkedin", 3)])
def test_platform_caps_lower_the_limit(lint, platform, limit):
    tags = " ".join(f"#Tag{chr(65 + i)}word" for i in range(limit + 1))
    f = found(lint(f"---\nplatforms: [{platform}]\n---\nTexte du post.\n\n{tags}\n"), "hashtags.count")
    assert len(f) == 1 and f[0]["text"] == f"#Tag{chr(65 + limit)}word"


def test_instagram_cap_applies_when_config_allows_more(lint):
    tags = " ".join(f"#Mot{c}" for c in "ABCDEF")
    cfg = {"rules": {"hashtags.count": {"max": 10}}}
    f = found(lint(f"---\nplatforms: [instagram]\nlang: en\n---\n{tags}\n", config=cfg), "hashtags.count")
    assert [x["text"] for x in f] == ["#MotF"] and "Instagram accepts 5 at most" in f[0]["message"]


def test_x_advice_is_info(lint):
    f = found(lint("---\nplatforms: [x]\nlang: en\n---\nGreat day. #One #Two #Three\n"), "hashtags.count")
    assert len(f) == 1 and f[0]["severity"] == "info" and f[0]["text"] == "#Three" and "X advises" in f[0]["message"]


def test_counted_per_post_of_a_thread(lint):
    text = ("---\ntype: thread\nlang: en\n---\nFirst #A1x #B2x #C3x\n\n---\n\nSecond #D4x #E5x\n\n---\n\n"
            "Third #F6x #G7x #H8x #I9x\n")
    f = found(lint(text), "hashtags.count")
    assert len(f) == 1 and f[0]["text"] == "#I9x" and f[0]["line"] == 13 and "post 3 of the thread" in f[0]["message"]


FALSE_HASHTAGS = """---
lang: en
---
# A Markdown heading

We are the #1 civic-tech club, students learn C# and fix issue #42 (n°#3).
See https://github.com/lagos/budget-tracker#readme and [docs](https://example.org/page#section).
An entity &#39; and `#codeTag` and <span id="x">#</span>.

    #indentedCode

Proud of this team. #CivicTech #YouthVoices
"""


def test_false_hashtags_are_not_hashtags(lint):
    result = lint(FALSE_HASHTAGS)
    assert [t.text for t in result.doc.hashtags] == ["#CivicTech", "#YouthVoices"]
    assert [f for f in result.findings if f.category == "hashtags"] == []


def test_campaign_hashtag_missing_is_document_level(lint):
    text = '---\ncampaign: "#VoixDesPairs"\nlang: fr\n---\nTrois pairs éducateurs racontent leur travail.\n'
    f = found(lint(text), "hashtags.campaign")
    assert len(f) == 1 and f[0]["line"] is None and "#VoixDesPairs" in f[0]["message"]
    assert f[0]["suggestions"] == ["#VoixDesPairs"]


def test_campaign_hashtag_present_or_in_another_case(lint):
    base = '---\ncampaign: ["#VoixDesPairs"]\nlang: fr\n---\nTrois pairs racontent. '
    assert found(lint(base + "#VoixDesPairs"), "hashtags.campaign") == []
    result = lint(base + "#voixdespairs")
    assert found(result, "hashtags.campaign") == []
    spelt = found(result, "hashtags.official-spelling")
    assert len(spelt) == 1 and spelt[0]["text"] == "#voixdespairs" and spelt[0]["fixable"]


def test_config_campaigns_apply_to_posts_not_press_releases(lint):
    cfg = {"campaigns": ["PeersInThePandemic"]}
    assert len(found(lint("Un post sans hashtag de campagne.", config=cfg), "hashtags.campaign")) == 1
    pr = "---\ntype: press-release\n---\n# Titre\n\nUn communiqué.\n"
    assert found(lint(pr, config=cfg), "hashtags.campaign") == []


def test_official_spelling_safe_fix(lint):
    cfg = {"organization": {"hashtags": ["#ACTAlliance"]}, "campaigns": ["#ÉgalitéMaintenant"]}
    text = "Merci à tous ! #actalliance #EgaliteMaintenant #ACTAlliance #ACTAlliances\n"
    result = lint(text, config=cfg)
    f = found(result, "hashtags.official-spelling")
    assert [x["text"] for x in f] == ["#actalliance", "#EgaliteMaintenant"]
    assert all(x["fix"]["applicability"] == "safe" for x in f)
    fixed = apply_edits(result.doc.source, safe_edits(result.doc, result.findings))
    assert "#ACTAlliance #ÉgalitéMaintenant #ACTAlliance #ACTAlliances" in fixed


def test_no_official_hashtags_no_finding(lint):
    assert found(lint("#anything #Else"), "hashtags.official-spelling") == []


def test_count_suggests_keeping_the_campaign_hashtag_in_its_official_spelling(lint):
    text = '---\nlang: en\ncampaign: "#EndAidsBy2030"\n---\nGreat day! #HIV #Testing #Dakar #endaidsby2030\n'
    [d] = [d for d in (lint(text).finding_dict(f) for f in lint(text).findings) if d["rule"] == "hashtags.count"]
    assert d["suggestions"] == ["#EndAidsBy2030", "#HIV", "#Testing"]
