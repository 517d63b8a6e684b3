"""The review page in a real headless Chromium (Debian's `chromium`, driven by Playwright).

Paste a bad draft → highlights; apply a suggestion → the finding disappears; drop a Word press release →
findings at its paragraphs; the HTML report opens offline. Screenshots go to tests/_artifacts/.
Skipped (with the reason) when Chromium or Playwright is missing.
"""
from __future__ import annotations

import base64
import io
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("POSTLINT_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "_artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
RULE = "tone.review-page-test-term"
HOUSE_RULES = f"""\
rules:
  - id: {RULE}
    kind: terms
    summary: house terms (browser test)
    source: "INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »"
    message: {{fr: "« {{match}} » stigmatise : préférez {{suggestions}}.", en: "'{{match}}': prefer {{suggestions}}."}}
    fix: safe
    terms:
      - avoid: [toxicomanes, toxicomane, camés]
        prefer: [personnes qui consomment des drogues]
"""
BAD_DRAFT = """\
---
lang: fr
platforms: [facebook]
---
# Permanence du samedi

Les toxicomanes du quartier sont accueillis chaque samedi.
Merci aux bénévoles ! Les camés y trouvent aussi du matériel stérile.
"""

if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
    pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
expect = sync_api.expect


@pytest.fixture(scope="module")
def org(tmp_path_factory):
    folder = tmp_path_factory.mktemp("org")
    (folder / "rules.yaml").write_text(HOUSE_RULES, encoding="utf-8")
    (folder / ".postlint.yaml").write_text("lang: fr\nrule_paths: [rules.yaml]\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(org):
    """`postlint serve` on a free port, started the way an editor would (in the organisation's folder)."""
    proc = subprocess.Popen([sys.executable, "-m", "postlint", "serve", "--port", "0", "--quiet"], cwd=org,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(proc.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout=180)
    m = re.search(r"http://127\.0\.0\.1:\d+", found[0] if found else "")
    if not m:
        proc.kill()
        pytest.fail(f"postlint serve did not start: {found} {proc.stderr.read()[-2000:]}")
    yield m.group(0)
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1360, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    expect.set_options(timeout=30_000)
    foreign: list[str] = []
    errors: list[str] = []
    pg.on("request", lambda r: foreign.append(r.url) if not r.url.startswith((server, "data:", "blob:")) else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(server + "/")
    yield pg
    assert not foreign, f"the page fetched something elsewhere: {foreign}"
    assert not errors, errors
    context.close()


def ours(pg):
    return pg.locator(f'#results li.finding[data-rule="{RULE}"]')


def test_paste_see_highlights_apply_suggestion_undo(page):
    ARTIFACTS.mkdir(exist_ok=True)
    expect(page.locator("h1")).to_have_text("postlint — relecture")  # French UI for a French browser
    page.fill("#draft", BAD_DRAFT)
    page.click("#check")
    expect(ours(page)).to_have_count(2)
    marks = page.locator("#review-pane mark.hl")
    expect(marks.filter(has_text="toxicomanes")).to_have_count(1)
    expect(marks.filter(has_text="camés")).to_have_count(1)
    first = ours(page).first
    expect(first.locator(".where")).to_have_text("ligne 7, col. 5")
    expect(first.locator(".source-ref")).to_contain_text("INPUD, « Fiche de conseils de plaidoyers")
    page.screenshot(path=str(ARTIFACTS / "review-page.png"), full_page=True)

    # clicking a highlight brings its finding forward
    marks.filter(has_text="camés").click()
    expect(page.locator("#results li.finding.focus .quoted")).to_have_text("« camés »")

    # apply the suggestion: the text changes, the page checks again, the finding is gone
    first.locator("button.suggestion").click()
    expect(ours(page)).to_have_count(1)
    expect(page.locator("#draft")).to_have_value(re.compile("Les personnes qui consomment des drogues du quartier"))
    expect(marks.filter(has_text="toxicomanes")).to_have_count(0)

    # undo brings it back; the corrected text can be downloaded
    page.click("#undo")
    expect(ours(page)).to_have_count(2)
    ours(page).nth(1).locator("button.suggestion").click()
    expect(ours(page)).to_have_count(1)
    with page.expect_download() as info:
        page.click("#download")
    saved = Path(info.value.path()).read_text(encoding="utf-8")
    assert "Les personnes qui consomment des drogues y trouvent" in saved and "toxicomanes" in saved
    assert info.value.suggested_filename == "draft.md"


def _word_press_release() -> bytes:
    import docx
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (64, 40), (30, 120, 200)).save(picture, format="PNG")
    picture.seek(0)
    d = docx.Document()
    d.add_heading("Les parlementaires s'engagent pour l'accès aux soins", level=0)  # ¶ 1
    d.add_paragraph("")
    d.add_paragraph("Genève, le 3 mars 2026. Les délégations ont adopté une déclaration commune.")  # ¶ 2
    d.add_paragraph("Trop de toxicomanes restent exclus des services de santé, rappelle le réseau.")  # ¶ 3
    d.add_picture(picture)  # ¶ 4
    d.add_paragraph("Photo : Awa Diallo / Réseau")  # ¶ 5
    d.add_paragraph("Contact presse : Awa Diallo, chargée de communication, presse@example.org")  # ¶ 6
    d.add_paragraph("Les camés aussi ont des droits.")  # ¶ 7
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_drop_a_word_press_release(page):
    ARTIFACTS.mkdir(exist_ok=True)
    raw = _word_press_release()
    # a real drop event carrying a File, as when an editor drags the file from their desktop
    page.evaluate("""([data, name]) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const file = new File([bytes], name, {type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"});
        const dt = new DataTransfer();
        dt.items.add(file);
        const zone = document.querySelector("#dropzone");
        zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", [base64.b64encode(raw).decode(), "communique.docx"])
    expect(ours(page)).to_have_count(2)
    expect(ours(page).locator(".where")).to_have_text(["¶ 3", "¶ 7"])
    expect(page.locator("#filename")).to_have_value("communique.docx")
    # the gutter of the highlighted line shows the same Word paragraph
    row = page.locator("#review-pane tr", has=page.locator("mark.hl", has_text="toxicomanes"))
    expect(row.locator("td.ln")).to_have_text("¶ 3")
    expect(page.locator("#draft")).to_have_value(re.compile(r"^# Les parlementaires"))
    page.screenshot(path=str(ARTIFACTS / "review-page-word.png"), full_page=True)

    # a suggestion applied to the converted text: still reported by Word paragraph
    ours(page).first.locator("button.suggestion").click()
    expect(ours(page)).to_have_count(1)
    expect(ours(page).locator(".where")).to_have_text("¶ 7")


def test_html_report_opens_offline(browser, org, tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    shutil.copy(org / ".postlint.yaml", tmp_path / ".postlint.yaml")
    shutil.copy(org / "rules.yaml", tmp_path / "rules.yaml")
    (drafts / "post.md").write_text(BAD_DRAFT, encoding="utf-8")
    (drafts / "communique.docx").write_bytes(_word_press_release())
    (drafts / "clean.md").write_text("Bonjour à toutes et à tous.\n", encoding="utf-8")
    report = tmp_path / "report.html"
    proc = subprocess.run([sys.executable, "-m", "postlint", "check", "drafts", "--format", "html", "--output",
                           str(report), "--no-cache"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    json_proc = subprocess.run([sys.executable, "-m", "postlint", "check", "drafts", "--format", "json",
                                "--no-cache"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    import json

    expected = sum(len(f["findings"]) for f in json.loads(json_proc.stdout)["files"])
    context = browser.new_context(offline=True, java_script_enabled=False, viewport={"width": 1360, "height": 900})
    pg = context.new_page()
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(report.as_uri())
    expect(pg.locator("li.finding")).to_have_count(expected)
    expect(pg.locator(f'li.finding[data-rule="{RULE}"]')).to_have_count(4)
    expect(pg.locator("mark.hl", has_text="toxicomanes")).to_have_count(2)
    assert requests == [report.as_uri()]  # nothing but the file itself
    pg.screenshot(path=str(ARTIFACTS / "html-report.png"), full_page=True)
    context.close()
