"""language.mismatch and language detection (lang.py)."""
from __future__ import annotations

from postlint.text import lang as L

EN = ("We are looking for a communications officer to join our team in Dakar. You will manage our social "
      "media accounts, write press releases and support our members when they speak to journalists.")
FR = ("Nous recherchons une chargée de communication pour rejoindre notre équipe à Dakar. Vous gérerez nos "
      "comptes sur les réseaux sociaux et rédigerez nos communiqués de presse.")


def mismatches(result):
    return [result.finding_dict(f) for f in result.findings if f.rule == "language.mismatch"]


def test_declared_french_text_english(lint):
    f = mismatches(lint(f"---\nlang: fr\n---\n{EN}\n"))
    assert len(f) == 1
    assert f[0]["line"] is None and "anglais" in f[0]["message"] and f[0]["suggestions"] == ["lang: en"]


def test_declared_english_text_french(lint):
    f = mismatches(lint(f"---\nlang: en\n---\n{FR}\n"))
    assert len(f) == 1 and "French" in f[0]["message"]


def test_matching_language_is_fine(lint):
    assert mismatches(lint(f"---\nlang: en\n---\n{EN}\n")) == []
    assert mismatches(lint(f"---\nlang: fr\n---\n{FR}\n")) == []


def test_short_text_is_not_judged(lint):
    assert mismatches(lint("---\nlang: fr\n---\nThank you Dakar, see you next year.\n")) == []


def test_quoted_passages_are_not_the_post_language(lint):
    text = (f"---\nlang: fr\n---\nLors de la conférence, la ministre a cité le slogan du réseau :\n\n> {EN}\n\n"
            "Nous saluons cet engagement et nous attendons des actes.\n")
    assert mismatches(lint(text)) == []
    inline = (f"---\nlang: en\n---\nThe minister said: « {FR} » We welcome this and wait for action on the "
              "ground in the coming months.\n")
    assert mismatches(lint(inline)) == []


def test_bilingual_post_is_fine(lint):
    assert mismatches(lint(f"---\nlang: fr\n---\n{FR}\n\n{EN}\n")) == []


def test_lang_from_cli_and_config(lint):
    assert len(mismatches(lint(EN + "\n", lang="fr"))) == 1
    f = mismatches(lint(EN + "\n", config={"lang": "fr"}))
    assert len(f) == 1 and ".postlint.yaml" in f[0]["message"]


def test_no_declared_language_no_finding(lint):
    result = lint(EN + "\n")
    assert mismatches(result) == [] and result.doc.lang == "en" and result.doc.lang_source == "detected"
    assert lint(FR + "\n").doc.lang == "fr"


def test_min_words_option(lint):
    text = "---\nlang: fr\n---\nWe are with you and the team.\n"
    assert mismatches(lint(text)) == []
    assert len(mismatches(lint(text, config={"rules": {"language.mismatch": {"min_words": 5}}}))) == 1


def test_detection_is_deterministic_and_ignores_tags():
    mixed = "Merci à toutes et à tous pour cette belle journée de mobilisation #NothingAboutUs @partners"
    assert {L.detect(mixed) for _ in range(5)} == {"fr"}
    assert "#Nothing" not in L.strip_quoted(mixed)
    assert L.detect_langdetect("Ceci est une phrase en français, sans aucun doute possible.")[0] == "fr"


def test_segmentation_and_words():
    assert L.segment("nothingaboutuswithoutus") == ["nothing", "about", "us", "without", "us"]
    assert L.segment("santémentale") == ["santé", "mentale"]
    assert L.segment("VOIXDESPAIRS") == ["VOIX", "DES", "PAIRS"]
    assert L.segment("keurmassar") is None
    assert L.is_word("Santé") and L.is_word("sante") and not L.is_word("xqzw")


def test_segmentation_reads_plural_and_feminine_forms():
    # forms the lists do not hold are read off the listed word (usager → usagères)
    assert L.segment("personnesusagères") == ["personnes", "usagères"]
    assert L.segment("hepatitesvirales") == ["hepatites", "virales"]
    # never "sage" + "es", "gros" + "s": those are not forms
    assert L.segment("personnesagees") == ["personnes", "agees"]
    # a bound prefix belongs to the word after it; pieces spelling a suffix inside a split: one unknown word
    assert L.segment("antiretroviral") in (None, ["antiretroviral"])
    assert L.segment("marginalisationnow") is None


def test_segmentation_lists_are_built_from_their_domain_words():
    """Every domain word (domain-LANG.txt, edited by hand) is in the built list: build.py was run."""
    from postlint.core.resources import data_dir

    folder = data_dir("wordlists") / "segmentation"
    for lang in ("fr", "en"):
        listed = L.word_ranks(lang)
        domain = [w for w in (folder / f"domain-{lang}.txt").read_text(encoding="utf-8").splitlines()
                  if w and not w.startswith("#")]
        missing = [w for w in domain if L.word_key(w) not in listed]
        assert not missing, f"run wordlists/segmentation/build.py: {missing[:5]}"
        # function words keep the first ranks; domain words follow closely
        assert listed["de" if lang == "fr" else "the"] == 1
        assert listed[L.word_key(domain[0])] <= 200


MARAUDE = "Bilan de la maraude 🚐\nToxicomanes rencontrés : 42\nKits distribués : 300\n"
PT = ("Obrigado a todos os voluntários que participaram na campanha de testagem do VIH neste fim de "
      "semana.")
CA = "Les persones que consumeixen drogues tenen dret a la salut i a serveis sense discriminació."
DE_SHORT = "Wir suchen eine Kommunikationsverantwortliche Person für unser Team in Berlin."


def test_list_like_post_is_not_judged(lint):
    # langdetect calls this Catalan at 0.99999: a list of figures is too little text for a guess
    assert L.detect(MARAUDE) == "ca"
    assert mismatches(lint(f"---\nlang: fr\n---\n{MARAUDE}")) == []
    # French or English needs that language's own little words
    figures = "Naloxone kits distributed: 300\nPeers trained: 42\nSyringes collected: 1200\nNight shifts: 12\n"
    assert mismatches(lint(f"---\nlang: fr\n---\n{figures}")) == []


def test_third_language_needs_twelve_words(lint):
    assert L.word_count(DE_SHORT) < 12 and L.detect(DE_SHORT) == "de"
    assert mismatches(lint(f"---\nlang: fr\n---\n{DE_SHORT}\n")) == []
    f = mismatches(lint(f"---\nlang: fr\n---\n{PT}\n"))
    assert len(f) == 1 and "semble écrit en portugais" in f[0]["message"] and f[0]["suggestions"] == []


def test_language_named_in_the_drafts_language(lint):
    f = mismatches(lint(f"---\nlang: fr\n---\n{CA}\n"))
    assert len(f) == 1 and "semble écrit en catalan." in f[0]["message"]
    f = mismatches(lint(f"---\nlang: en\n---\n{CA}\n"))
    assert len(f) == 1 and "the text looks Catalan." in f[0]["message"]


def test_every_detectable_language_has_a_name():
    import os

    from langdetect.detector_factory import PROFILES_DIRECTORY

    from postlint.rules.language import mismatch as language

    codes = set(os.listdir(PROFILES_DIRECTORY))
    assert codes <= set(language.NAMES), sorted(codes - set(language.NAMES))
    assert language.NAMES["ca"] == {"fr": "catalan", "en": "Catalan"}
