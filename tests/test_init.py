"""`postlint init`: the file it writes loads, refuses to overwrite, and drives the brand/disclosure rules —
tried end to end with the real CLI, as a new user would."""
from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from conftest import run_cli
from postlint.engine import config
from postlint.cli.init import init, parse_handle


def _invoke(tmp_path, *args, input=None):
    runner = CliRunner()
    with runner.isolated_filesystem(temp_dir=tmp_path) as folder:
        result = runner.invoke(init, list(args), input=input, catch_exceptions=False)
        text = None
        try:
            text = open(f"{folder}/.postlint.yaml", encoding="utf-8").read()
        except OSError:
            pass
        settings = config.load(f"{folder}/.postlint.yaml") if text is not None else None
    return result, text, settings


def test_options_write_a_commented_config_that_loads(tmp_path):
    result, text, s = _invoke(tmp_path, "--yes", "--name", "ACT Alliance", "--name", "Alliance ACT",
                              "--handle", "x=@actalliance", "--handle", "facebook=actalliance",
                              "--hashtag", "ACTAlliance", "--website", "actalliance.org", "--campaign",
                              "#PeersInThePandemic", "--lang", "fr", "--region", "sn", "--email-domain", "act.ch")
    assert result.exit_code == 0, result.output
    assert text.startswith("# postlint configuration")
    assert text.count("\n#") > 5  # commented
    assert s.lang == "fr" and s.region == "SN"
    assert s.organization["names"] == ["ACT Alliance", "Alliance ACT"]
    assert s.organization["handles"] == {"x": "@actalliance", "facebook": "actalliance"}
    assert s.organization["hashtags"] == ["#ACTAlliance"]
    assert s.organization["website"] == "https://actalliance.org"
    assert s.organization["email_domains"] == ["act.ch"]
    assert s.campaigns == ("#PeersInThePandemic",)
    assert s.campaign_scopes == (("#PeersInThePandemic", ("campaigns/peersinthepandemic/**",)),)


def test_minimal_and_unusual_values_still_load(tmp_path):
    result, text, s = _invoke(tmp_path, "--yes", "--name", 'Réseau "Pairs" : Sénégal #1')
    assert result.exit_code == 0, result.output
    assert s.organization["names"] == ['Réseau "Pairs" : Sénégal #1']
    assert s.lang is None and s.campaigns == ()  # the language of each draft is detected
    assert "\nlang:" not in text


@pytest.mark.parametrize("args, lang", [((), None), (("--lang", "auto"), None), (("--lang", "en"), "en"),
                                        (("--lang", "fr"), "fr")])
def test_lang_is_written_only_when_asked(tmp_path, args, lang):
    result, text, s = _invoke(tmp_path, "--yes", "--name", "Kora", *args)
    assert result.exit_code == 0, result.output
    assert s.lang == lang
    assert ("\nlang: " in text) == (lang is not None)


def test_default_init_detects_an_english_draft(tmp_path):
    # `lang: fr` used to be written always: "AIDS victims" was missed and the messages came in French
    assert run_cli("init", "--yes", "--name", "Kora", cwd=tmp_path).returncode == 0
    (tmp_path / "post.md").write_text("We stand with AIDS victims and their families across the region.\n",
                                      encoding="utf-8")
    r = run_cli("check", "--format", "json", "--no-cache", "post.md", cwd=tmp_path)
    f = json.loads(r.stdout)["files"][0]
    assert f["language"] == "en"
    assert "language.mismatch" not in {x["rule"] for x in f["findings"]}
    assert any(x["category"] == "stigma" and "victims" in x["text"] for x in f["findings"]), f["findings"]


def test_campaign_is_written_scoped_and_spares_other_posts(tmp_path):
    r = run_cli("init", "--yes", "--name", "Kora", "--campaign", "VoixDesPairs=campagne/**", "--campaign",
                "#Autre", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    s = config.load(str(tmp_path / ".postlint.yaml"))
    assert s.campaign_scopes == (("#VoixDesPairs", ("campagne/**",)), ("#Autre", ("campaigns/autre/**",)))
    (tmp_path / "campagne").mkdir()
    post = "Les pairs prennent la parole samedi à Pikine.\n"
    (tmp_path / "campagne" / "jour1.md").write_text(post, encoding="utf-8")
    (tmp_path / "conseils.md").write_text("Trois conseils pour bien dormir avant un examen.\n", encoding="utf-8")
    r = run_cli("check", "--format", "json", "--no-cache", ".", cwd=tmp_path)
    by_file = {f["path"].removeprefix("./"): [x["rule"] for x in f["findings"]] for f in json.loads(r.stdout)["files"]}
    assert by_file["campagne/jour1.md"] == ["hashtags.campaign"]
    assert by_file["conseils.md"] == []


def test_prompts(tmp_path):
    answers = "Sunu Santé\nx=@SunuSante, instagram=sunusante\n#SunuSante\nsunusante.org\nVoixDesPairs\nfr\nSN\n"
    result, text, s = _invoke(tmp_path, input=answers)
    assert result.exit_code == 0, result.output
    assert s.organization["names"] == ["Sunu Santé"]
    assert s.organization["handles"] == {"x": "@SunuSante", "instagram": "@sunusante"}
    assert s.campaigns == ("#VoixDesPairs",) and s.region == "SN" and s.lang == "fr"


def test_refuses_to_overwrite_without_force(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("lang: en\n", encoding="utf-8")
    r = run_cli("init", "--yes", "--name", "X", cwd=tmp_path)
    assert r.returncode == 2 and "--force" in (r.stderr if isinstance(r.stderr, str) else r.stderr.decode())
    assert (tmp_path / ".postlint.yaml").read_text(encoding="utf-8") == "lang: en\n"
    r = run_cli("init", "--yes", "--name", "Sunu Santé", "--force", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "Sunu Santé" in (tmp_path / ".postlint.yaml").read_text(encoding="utf-8")


def test_bad_handle_platform():
    with pytest.raises(click.BadParameter):
        parse_handle("myspace=@x")
    assert parse_handle("twitter=ong") == ("x", "@ong")
    assert parse_handle("@ong") == ("any", "@ong")


@pytest.mark.parametrize("lang,post,name_msg,phone_msg", [
    ("en", "The Ubuntu Peers Network is hiring. Questions? Call Thabo on +27 82 123 4567.",
     "organisation's name", "Mobile number"),
    ("fr", "Le Ubuntu peer network recrute à Dakar. Des questions ? Appelez Awa au 77 123 45 67.",
     "nom de l'organisation", "Numéro de portable"),
])
def test_new_user_init_check_fix(tmp_path, lang, post, name_msg, phone_msg):
    r = run_cli("init", "--yes", "--name", "Ubuntu Peer Network", "--handle", "x=@UbuntuPeers", "--website",
                "https://ubuntupeers.org.za", "--lang", lang, "--region", "SN", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    draft = tmp_path / "post.md"
    draft.write_text(f"---\ntype: post\nlang: {lang}\nplatforms: [facebook]\n---\n{post}\n", encoding="utf-8")

    r = run_cli("check", "--format", "json", "--no-cache", "post.md", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    findings = json.loads(r.stdout)["files"][0]["findings"]
    rules = {f["rule"]: f for f in findings}
    assert name_msg in rules["brand.name"]["message"]
    assert phone_msg in rules["disclosure.personal-contact"]["message"]

    before = draft.read_text(encoding="utf-8")
    r = run_cli("check", "--fix", "--no-cache", "post.md", cwd=tmp_path)
    after = draft.read_text(encoding="utf-8")
    assert "Ubuntu Peer Network" in after
    # the name, and nothing else, changed
    variant = rules["brand.name"]["text"]
    assert after == before.replace(variant, "Ubuntu Peer Network")
    r = run_cli("check", "--format", "json", "--no-cache", "post.md", cwd=tmp_path)
    left = {f["rule"] for f in json.loads(r.stdout)["files"][0]["findings"]}
    assert "brand.name" not in left and "disclosure.personal-contact" in left
