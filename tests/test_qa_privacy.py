"""QA drafts of the privacy area (disclosure, brand, image-credit, geotag, minors).

Every `tests/data/qa/privacy/*.md` draft has a sidecar `*.expect.yaml`:

    expect:
      - {rule: disclosure.personal-contact, line: 7}           # must be found (id, id prefix or category)
      - {rule: minors.identifying-details, line: 6, severity: error}
      - {rule: disclosure.embargo, line: null}                 # a document-level finding

Any other warning or error of the area's categories on that draft is a false positive and fails the test
(info findings are allowed). The folder's `.postlint.yaml` configures the organisation the drafts speak
for. Run as a script (`python3 tests/test_qa_privacy.py`) it prints found/expected and false positives.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).resolve().parent
QA = HERE / "data" / "qa" / "privacy"
AREA = ("disclosure", "brand", "image-credit", "geotag", "minors")
DRAFTS = sorted(QA.glob("*.md"))


def _expectations(draft: Path) -> list[dict]:
    data = yaml.safe_load(draft.with_suffix(".expect.yaml").read_text(encoding="utf-8")) or {}
    return list(data.get("expect") or [])


def _matches(item: dict, finding: dict) -> bool:
    rule = item["rule"]
    if not (finding["rule"] == rule or finding["rule"].startswith(rule + ".") or finding["category"] == rule):
        return False
    if "line" in item and item["line"] != finding["line"]:
        return False
    return "severity" not in item or item["severity"] == finding["severity"]


def _findings(paths: list[Path]) -> dict[str, list[dict]]:
    """Run the CLI the way a user does: `postlint check --no-cache --format json`."""
    p = subprocess.run([sys.executable, "-m", "postlint", "check", "--no-cache", "--format", "json",
                        *[str(x) for x in paths]], capture_output=True, cwd=QA, timeout=600)
    report = json.loads(p.stdout.decode("utf-8"))
    out = {}
    for f in report["files"]:
        assert f["error"] is None, (f["path"], f["error"])
        out[Path(f["path"]).name] = f["findings"]
    return out


def _evaluate(draft: Path, findings: list[dict]) -> tuple[list[dict], list[dict]]:
    """(expectations not met, false positives) of one draft."""
    expect = _expectations(draft)
    missed = [e for e in expect if not any(_matches(e, f) for f in findings)]
    extra = [f for f in findings if f["category"] in AREA and f["severity"] in ("warning", "error")
             and not any(_matches(e, f) for e in expect)]
    return missed, extra


@pytest.fixture(scope="module")
def results():
    return _findings(DRAFTS)


def test_drafts_have_expectations():
    assert len(DRAFTS) >= 25
    for d in DRAFTS:
        assert d.with_suffix(".expect.yaml").is_file(), d.name
    clean = [d for d in DRAFTS if not _expectations(d)]
    assert len(clean) >= 10  # clean drafts guard against false positives


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.stem)
def test_qa_draft(draft, results):
    missed, extra = _evaluate(draft, results[draft.name])
    assert not missed, f"{draft.name}: expected but not found: {missed}"
    assert not extra, f"{draft.name}: false positives: " + "; ".join(
        f"{f['line']} {f['rule']} {f['severity']} {f['text']!r}" for f in extra)


if __name__ == "__main__":  # a summary for the QA report
    res = _findings(DRAFTS)
    n_exp = n_found = n_fp = 0
    for d in DRAFTS:
        missed, extra = _evaluate(d, res[d.name])
        exp = _expectations(d)
        n_exp += len(exp)
        n_found += len(exp) - len(missed)
        n_fp += len(extra)
        for m in missed:
            print(f"MISSED {d.name}: {m}")
        for f in extra:
            print(f"FALSE+ {d.name}:{f['line']} {f['rule']} {f['severity']} {f['text']!r}")
    print(f"drafts={len(DRAFTS)} found={n_found}/{n_exp} false_positives={n_fp}")


# ----------------------------------------------------------------------------- the fixes, one sentence each

ORG = {"organization": {"names": ["Réseau Sahel Santé", "Sahel Health Network"],
                        "handles": {"x": "@SahelSante"}, "hashtags": ["#SahelSante"]}}


def _rules(result, prefix):
    return [(f.rule, result.finding_dict(f)["severity"], result.finding_dict(f)["text"]) for f in result.findings
            if f.rule.startswith(prefix)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre trésorier Ibrahima Fall est hospitalisé. Séropositif depuis 2015, il reste un pilier."),
    ("fr", "Bon rétablissement à notre présidente, Awa Sarr. Séropositive depuis 2001, elle milite toujours."),
    ("en", "Our treasurer John Mensah is in hospital. HIV-positive since 2015, he still chairs every meeting."),
])
def test_status_in_apposition_before_pronoun(lint, lang, text):
    r = lint(f"---\nlang: {lang}\n---\n{text}\n")
    assert [x[0] for x in _rules(r, "disclosure.third-party")] == ["disclosure.third-party-status"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Séropositif depuis 2015, il témoigne à visage découvert."),  # nobody named
    ("fr", "Nous recevons Awa Sarr. Séropositifs depuis longtemps, beaucoup restent discrets."),
])
def test_status_in_apposition_without_person(lint, lang, text):
    r = lint(f"---\nlang: {lang}\n---\n{text}\n")
    assert not _rules(r, "disclosure.third-party")


@pytest.mark.parametrize("text,flagged", [
    ("Bravo à notre antenne malienne @SahelSanteML !", False),
    ("Suivez #SahelSanteSN pour le direct.", False),
    ("Merci @SahelSantee !", True),
    ("Merci @Sahel_Sante !", True),
    ("#SahelSantee", True),
])
def test_derived_handles_and_tags_are_other_accounts(lint, text, flagged):
    r = lint(f"---\nlang: fr\n---\n{text}\n", config=ORG)
    assert bool(_rules(r, "brand.")) == flagged


@pytest.mark.parametrize("text,flagged", [
    ("# RÉSEAU SAHEL SANTÉ : RAPPORT ANNUEL 2026", False),
    ("Merci au RÉSEAU SAHEL SANTÉ pour tout.", True),
    ("Le Réseau Sahel Sante recrute.", True),
])
def test_name_in_a_capitals_headline(lint, text, flagged):
    r = lint(f"---\nlang: fr\n---\n{text}\n", config=ORG)
    assert bool(_rules(r, "brand.name")) == flagged


@pytest.mark.parametrize("lang,text,severity", [
    ("fr", "**Lieu :** 45 avenue Blaise Diagne, Dakar", None),
    ("en", "Venue: 14 Kenyatta Road, Nairobi", None),
    ("fr", "Rendez-vous au 45 avenue Blaise Diagne, Dakar.", "warning"),
    ("fr", "Lieu : 45 avenue Blaise Diagne. Les enfants de 8 à 12 ans viennent avec leurs parents.", "error"),
])
def test_labelled_event_venue(lint, lang, text, severity):
    r = lint(f"---\nlang: {lang}\n---\n{text}\n")
    found = _rules(r, "geotag.precise-location")
    assert [s for _, s, _ in found] == ([severity] if severity else [])


def test_little_is_not_part_of_a_childs_name(lint):
    r = lint("---\nlang: en\n---\nLittle Amara, 6, was born in a displacement camp.\n")
    assert [(s, t) for _, s, t in _rules(r, "minors.identifying")] == [("warning", "Amara")]


def test_photo_courtesy_of_is_a_credit(lint):
    r = lint("---\nlang: en\n---\n![Volunteers at the stand](https://example.org/a.jpg)\nPhoto courtesy of UNAIDS\n")
    assert not _rules(r, "image-credit")


@pytest.mark.parametrize("text,flagged", [
    ("Consultations au centre de santé de Mbour.", True),
    ("Consultations prénatales au poste de santé de Ndiarème.", True),
    ("Our nurses at the Kibera health centre.", True),
    ("Nous orientons les femmes vers le centre de santé de Mbour.", False),
])
def test_health_centre_needs_image_consent(lint, text, flagged):
    r = lint(f"---\nlang: fr\n---\n{text}\n\n![Une consultation](https://example.org/a.jpg \"© Awa Ba\")\n")
    assert bool(_rules(r, "disclosure.image-consent")) == flagged


@pytest.mark.parametrize("text,flagged", [
    ("Usage interne des fonds : 92 % vont aux programmes.", False),
    ("Ne pas diffuser de fausses informations : vérifiez vos sources.", False),
    ("Ne pas diffuser d'images de personnes sans leur accord.", False),
    ("Document à usage interne", True),
    ("USAGE INTERNE – ne pas diffuser", True),
    ("Ne pas diffuser.", True),
])
def test_confidential_markers_and_ordinary_phrases(lint, text, flagged):
    r = lint(f"---\nlang: fr\n---\n{text}\n")
    assert bool(_rules(r, "disclosure.confidential")) == flagged


@pytest.mark.parametrize("lang,text,flagged", [
    ("fr", "Sur place, mot de passe du wifi de la salle : Thies2026", True),
    ("en", "Password for the shared drive: Kumasi#2026", True),
    ("fr", "Choisissez un mot de passe fort : 12 caractères minimum.", False),
    ("fr", "Le mot de passe n'est jamais envoyé par e-mail.", False),
])
def test_password_with_a_qualifier(lint, lang, text, flagged):
    r = lint(f"---\nlang: {lang}\n---\n{text}\n")
    assert bool(_rules(r, "disclosure.secret")) == flagged


@pytest.mark.parametrize("text,flagged", [
    ("Embargo : aucun — diffusion immédiate", False),
    ("**Embargo:** none", False),
    ("Embargo: N/A", False),
    ("Embargo : à confirmer", True),  # an embargo whose date cannot be read
])
def test_embargo_line_saying_there_is_none(lint, text, flagged):
    from datetime import date

    r = lint(f"---\nlang: fr\ntype: press-release\n---\n{text}\n", today=date(2026, 11, 20))
    assert bool(_rules(r, "disclosure.embargo")) == flagged


@pytest.mark.parametrize("lang,text,flagged", [
    ("fr", "« J'ai commencé à consommer à 17 ans », raconte Moussa.", True),
    ("en", "“I started injecting at 19,” says Kofi.", True),
    ("en", "I started using when I was 16.", True),
    ("fr", "J'ai commencé à consommer local et bio.", False),
    ("en", "I started using Canva in 2020.", False),
    ("en", "I started injecting insulin at 12.", False),
])
def test_start_of_ones_own_use(lint, lang, text, flagged):
    r = lint(f"---\nlang: {lang}\n---\n{text}\n")
    found = _rules(r, "disclosure.lived-experience")
    assert bool(found) == flagged
    assert all(s == "info" for _, s, _ in found)  # the past: info by default
