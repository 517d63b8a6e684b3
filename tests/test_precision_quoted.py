"""Stigma terms mentioned, described or used in another sense rather than used as the writer's label for people
(`rules/stigma/_mention.py`): scare quotes, a quoted speaker who belongs to the group, a person's own description,
"current and former …", attackers of a system, a field of work, a cited work in a reference list, the recipients of
a public allowance. Each pattern has what must stay quiet (or become info) beside what must still fire."""
from __future__ import annotations

import pytest


def stigma(result) -> list[tuple[str, str, str]]:
    assert result.error is None, result.error
    assert not result.internal_errors, result.internal_errors
    return [(result.text(f), f.severity, f.message) for f in result.findings if f.category == "stigma"]


# ----------------------------------------------------------------------------------------- scare quotes
@pytest.mark.parametrize("text,lang", [
    ('We help "addicts" find a home and a job.', "en"),
    ("Le quartier se méfie de ses « toxicos » sans les connaître.", "fr"),
    ("Notre association accueille les “junkies” que personne ne reçoit.", "fr"),
])
def test_a_label_alone_in_scare_quotes_is_info_and_says_so(lint, text, lang):
    [(word, severity, message)] = stigma(lint(text, lang=lang))
    assert severity == "info"
    assert ("seul entre guillemets" if lang == "fr" else "alone in quotation marks") in message


@pytest.mark.parametrize("text,lang", [
    ("Notre but : transformer les « toxicos » en citoyens à part entière.", "fr"),
    ('The campaign turns "junkies" into neighbours.', "en"),
    ("Ce ne sont pas des « drogués » mais des patients.", "fr"),
    ("Nous dénonçons la stigmatisation des « toxicos » dans la presse.", "fr"),
    ('The press keeps its prejudices about "addicts".', "en"),
])
def test_a_scare_quoted_label_the_sentence_rejects_is_quiet(lint, text, lang):
    assert stigma(lint(text, lang=lang)) == []


@pytest.mark.parametrize("text,lang", [
    ("On l'a traitée de « droguée » devant tout le monde.", "fr"),
    ("La voix off parle encore de « camés » pour désigner nos usagers.", "fr"),
    ('A paper called the people who died "junkies".', "en"),
    ('The officer referred to them as "addicts" all evening.', "en"),
])
def test_a_label_reported_as_someones_word_for_people_keeps_its_severity(lint, text, lang):
    [(_, severity, _)] = stigma(lint(text, lang=lang))
    assert severity == "warning"


@pytest.mark.parametrize("text,lang", [
    ("Nous soutenons les toxicos du quartier.", "fr"),
    ("We help addicts find a home.", "en"),
])
def test_a_label_outside_quotation_marks_still_fires(lint, text, lang):
    [(_, severity, _)] = stigma(lint(text, lang=lang))
    assert severity == "warning"


# ----------------------------------------------------------------------------------------- a community's voice
RELEASE = ("# News release\n\nThe network publishes its report today.\n\n"
           "“Governments that close needle exchanges put the lives of injecting drug users and of their families "
           "at risk every single day,” says Mara Ilić, outreach officer at the network{who}.\n\n"
           "Media contact: Jo Bell, press officer, press@example.org\n")


def test_a_release_quote_by_a_member_of_the_group_is_their_own_voice(lint):
    found = stigma(lint(RELEASE.format(who=" and former injecting drug user"), lang="en", type="press-release"))
    assert not any(word == "injecting drug users" for word, _, _ in found)  # her statement, kept verbatim
    [(word, severity, message)] = found  # her description in the attribution: hers to choose
    assert word == "injecting drug user" and severity == "info" and "describing a person" in message


def test_a_release_quote_by_anyone_else_still_fires(lint):
    [(word, severity, _)] = stigma(lint(RELEASE.format(who=""), lang="en", type="press-release"))
    assert word == "injecting drug users" and severity == "warning"


def test_a_member_named_before_the_quote(lint):
    release = ("# Communiqué de presse\n\nLe réseau publie son rapport.\n\n"
               "Awa N., travailleuse du sexe et militante, explique : « Les prostituées ne sont pas des "
               "délinquantes et nous le dirons au ministre. »\n\nContact presse : presse@example.org\n")
    # a short statement: reported as her words (info), as outside a press release
    [(word, severity, message)] = stigma(lint(release, lang="fr", type="press-release"))
    assert word == "prostituées" and severity == "info" and "dans une citation" in message
    other = release.replace("travailleuse du sexe et militante", "porte-parole du réseau")
    [(word, severity, _)] = stigma(lint(other, lang="fr", type="press-release"))
    assert severity == "warning"  # the organisation's own spokesperson: its words to edit


@pytest.mark.parametrize("text,lang", [
    ("I am a former injecting drug user and I now run the clinic.", "en"),
    ("Je suis une ancienne toxicomane et j'anime l'atelier.", "fr"),
    ("Ana, a former drug user herself, runs the clinic.", "en"),
])
def test_a_persons_own_description_is_info(lint, text, lang):
    [(_, severity, _)] = stigma(lint(text, lang=lang))
    assert severity == "info"


@pytest.mark.parametrize("text,lang", [
    ("People look at me like I am a junkie.", "en"),  # how others see the speaker
    ("People look at me like I am crazy.", "en"),  # an adjective, not a group
    ("A former drug user runs the workshop.", "en"),  # nobody's own description
    ("The minister, who wants to jail addicts, said: “We will act.”", "en"),  # a clause about others
])
def test_not_a_persons_own_description(lint, text, lang):
    found = stigma(lint(text, lang=lang))
    assert found and all(severity == "warning" for _, severity, _ in found)


def test_a_reflexive_plural_is_emphasis_not_a_description(lint):
    found = stigma(lint("The naloxone is given by the drug users themselves.", lang="en"))
    assert found == [] or all("describing" not in m for _, _, m in found)


# ----------------------------------------------------------------------------------------- current and former
def test_current_and_former_names_the_whole_group(lint):
    [(word, severity, _)] = stigma(lint("We tell every current or former drug user that they matter.", lang="en"))
    assert word == "drug user" and severity == "info"  # the base term's own (contested) severity


@pytest.mark.parametrize("text,word", [
    ("A former drug user runs the workshop.", "former drug user"),
    ("We welcome current and former addicts.", "addicts"),
])
def test_the_label_of_the_past_alone_or_a_stigmatising_base_still_fires(lint, text, word):
    [(found, severity, _)] = stigma(lint(text, lang="en"))
    assert found == word and severity == "warning"


# ----------------------------------------------------------------------------------------- other senses
@pytest.mark.parametrize("text", [
    "Portability helps when a criminal successfully breaks into an unsecured service.",
    "Cyber criminals can exploit weak passwords.",
    "Criminals who steal credentials sell them within hours.",
])
def test_attackers_of_a_system_are_another_sense(lint, text):
    assert stigma(lint(text, lang="en")) == []


def test_people_with_a_conviction_called_criminals_still_fire(lint):
    assert [w for w, _, _ in stigma(lint("They treat us like criminals.", lang="en"))] == ["criminals"]


def test_a_field_of_work_named_after_the_people_it_serves(lint):
    assert stigma(lint("Their work includes mutual aid, tenant organizing and prisoner support.", lang="en")) == []
    assert [w for w, _, _ in stigma(lint("The prisoner was moved to another wing.", lang="en"))] == ["prisoner"]


REFERENCES = ("Our notes.[^1]\n\n[^1]: Okafor, N., Lund, T. 2011. Water systems in developing countries: a review. "
              "<i>Journal of Water</i>, 12(3), 45-67. https://doi.org/10.1000/xyz\n")


def test_a_cited_works_title_in_a_reference_list(lint):
    assert stigma(lint(REFERENCES, lang="en")) == []
    said = "Okafor, N., our partner, said in 2011 that water is scarce in developing countries.\n"  # no locator
    assert [w for w, _, _ in stigma(lint(said, lang="en"))] == ["developing countries"]


def test_recipients_on_the_page_of_a_public_allowance(lint):
    page = ("---\ntitle: Plateforme de l'allocation logement\n---\n"
            "Les demandes arrivent tard : la situation des bénéficiaires se dégrade pendant l'attente.\n")
    assert stigma(lint(page, lang="fr")) == []
    other = ("---\ntitle: Plateforme des maraudes\n---\n"
             "Les demandes arrivent tard : la situation des bénéficiaires se dégrade pendant l'attente.\n")
    assert [w for w, _, _ in stigma(lint(other, lang="fr"))] == ["bénéficiaires"]


# ----------------------------------------------------------------------------------------- a reproduced excerpt
EXCERPT = ("# \"Officers arrested dozens of people in the park\"\n\n"
           "Officers arrested dozens of people in the park last week, the paper wrote.\n\n{cut}"
           "The charity that feeds the junkies of the park says arrests will not help.\n\n"
           "{source}"
           "I wrote to the reporter this morning about the language of this piece.\n")


def test_a_passage_copied_with_its_cuts_and_its_source_is_the_articles_words(lint):
    text = EXCERPT.format(cut="…\n\n", source="- Police Sweep the Park Again - dailypaper.com\n\n")
    assert stigma(lint(text, lang="en")) == []


@pytest.mark.parametrize("cut,source", [
    ("", "- Police Sweep the Park Again - dailypaper.com\n\n"),  # no cut marked: maybe the writer's summary
    ("…\n\n", ""),  # no source line
])
def test_without_both_marks_the_passage_is_the_writers(lint, cut, source):
    found = stigma(lint(EXCERPT.format(cut=cut, source=source), lang="en"))
    assert [(w, s) for w, s, _ in found] == [("junkies", "warning")]


def test_the_writers_words_after_the_source_line_still_fire(lint):
    text = EXCERPT.format(cut="…\n\n", source="- Police Sweep the Park Again - dailypaper.com\n\n") \
        + "\nNobody there asked the addicts what they need.\n"
    assert [w for w, _, _ in stigma(lint(text, lang="en"))] == ["addicts"]


def test_recipients_named_earlier_in_the_paragraph_with_their_allowance(lint):
    para = ("Le nombre de bénéficiaires du revenu de solidarité active est estimé à deux millions. "
            "Or, de nombreux bénéficiaires peinent à trouver un logement.\n")
    assert stigma(lint(para, lang="fr")) == []
    other = ("Le nombre de bénéficiaires de la maraude a doublé. "
             "Or, de nombreux bénéficiaires peinent à trouver un logement.\n")
    assert [w for w, _, _ in stigma(lint(other, lang="fr"))] == ["bénéficiaires"]


def test_gendered_wording_is_no_group_to_belong_to(lint):
    release = ("# Press release\n\nNairobi, 2 May 2026 – \"A step forward for mankind,\" said the Alliance's "
               "spokesman.\n\nI am a chairman of the board.\n\nMedia contact: press@example.org\n")
    found = {w: (s, m) for w, s, m in stigma(lint(release, lang="en", type="press-release"))}
    assert found["mankind"][0] == "warning"  # the organisation's spokesman: its words to edit
    assert "belongs to" not in found["chairman"][1]


def test_a_framing_in_quotation_marks_is_not_a_scare_quoted_label(lint):
    found = stigma(lint("Encore un « crime passionnel » à la une ce matin.", lang="fr"))
    assert [(w, s) for w, s, _ in found] == [("crime passionnel", "warning")]


def test_recipients_on_the_page_of_public_funding(lint):
    page = ("---\ntitle: Aides aux associations\nmission: Simplifier l'accès aux financements publics des "
            "associations\n---\n## Résultats de notre recherche auprès des bénéficiaires\n\nDix entretiens.\n")
    assert stigma(lint(page, lang="fr")) == []


def test_a_closing_mark_typed_as_the_opening_one_still_opens_a_quotation():
    from postlint.text.quotes import in_quotes
    text = "le document dénommé ”LE POINT CITOYEN ”. Il est publié"
    assert in_quotes(text, 0, text.index("POINT"))
    assert not in_quotes(text, 0, text.index("publié"))
    text = "Il a dit “oui” puis ”non”"  # "oui” closes; a lone ” after a letter closes nothing
    assert not in_quotes(text, 0, text.index("puis"))


def test_capitals_in_such_a_quotation_are_a_title(lint):
    r = lint("---\nlang: fr\n---\nLe réseau présente le document dénommé ”LE POINT CITOYEN ”. Il est en ligne.\n")
    assert [f for f in r.findings if f.rule == "accessibility.all-caps"] == []
