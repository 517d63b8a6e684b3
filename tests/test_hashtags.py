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


def test_a_plain_config_campaign_applies_only_to_drafts_that_declare_it(lint):
    # it used to be demanded in every post of the repository, a tips note included, and blocked commits
    cfg = {"campaigns": ["PeersInThePandemic"]}
    assert found(lint("Trois conseils pour bien dormir avant un examen.", config=cfg), "hashtags.campaign") == []
    declared = '---\ncampaign: "#PeersInThePandemic"\n---\nLes pairs racontent leur année.\n'
    f = found(lint(declared, config=cfg), "hashtags.campaign")
    assert len(f) == 1 and f[0]["suggestions"] == ["#PeersInThePandemic"]
    # still an official spelling
    spelt = found(lint("Merci ! #peersinthepandemic", config=cfg), "hashtags.official-spelling")
    assert [x["text"] for x in spelt] == ["#peersinthepandemic"]


@pytest.mark.parametrize("files", ["campagne/**", ["campagne/**", "autres/campagne-*.md"]])
def test_a_campaign_tied_to_a_folder_applies_to_posts_there_not_elsewhere(lint, files):
    cfg = {"campaigns": ["#Autre", {"hashtag": "VoixDesPairs", "files": files}]}
    post = "Les pairs prennent la parole samedi à Pikine.\n"
    f = found(lint(post, name="campagne/jour1.md", config=cfg), "hashtags.campaign")
    assert [x["suggestions"] for x in f] == [["#VoixDesPairs"]]
    assert found(lint(post + "#VoixDesPairs", name="campagne/jour2.md", config=cfg), "hashtags.campaign") == []
    assert found(lint(post, name="conseils/dormir.md", config=cfg), "hashtags.campaign") == []
    pr = "---\ntype: press-release\n---\n# Titre\n\nUn communiqué.\n"
    assert found(lint(pr, name="campagne/cp.md", config=cfg), "hashtags.campaign") == []


def test_override_campaigns_apply_to_their_files(lint):
    cfg = {"overrides": [{"files": "campagne/**", "campaigns": ["#VoixDesPairs"]}]}
    post = "Les pairs prennent la parole samedi à Pikine.\n"
    assert len(found(lint(post, name="campagne/a.md", config=cfg), "hashtags.campaign")) == 1
    assert found(lint(post, name="b.md", config=cfg), "hashtags.campaign") == []


@pytest.mark.parametrize("bad, needle", [
    ({"campaigns": [{"hashtag": "#X", "folder": "a/**"}]}, "unknown key 'folder'"),
    ({"campaigns": [{"files": "a/**"}]}, "campaigns[0]"),
    ({"campaigns": [5]}, "campaigns[0]"),
    ({"campaigns": 5}, "campaigns: expected"),
    ({"campaigns": [{"hashtag": "#X", "files": 5}]}, "campaigns.0.files"),
])
def test_bad_campaign_entries_are_config_errors_with_a_line(tmp_path, bad, needle):
    import yaml

    from postlint.core.errors import ConfigError
    from postlint.engine import config

    p = tmp_path / ".postlint.yaml"
    p.write_text("lang: fr\n" + yaml.safe_dump(bad), encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        config.load(str(p))
    assert needle in str(e.value) and e.value.line and e.value.line >= 2


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
