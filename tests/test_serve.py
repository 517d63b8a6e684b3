"""`postlint serve`: the JSON API (Flask test client), limits and errors, and a real threaded server."""
from __future__ import annotations

import base64
import io
import json
import re
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("flask")

from postlint.web.server import WEB_DIR, create_app

HOUSE_RULES = """\
rules:
  - id: tone.serve-test-term
    kind: terms
    summary: test term
    source: "INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux », test"
    message: {fr: "« {match} » : préférez {suggestions}.", en: "'{match}': prefer {suggestions}."}
    fix: safe
    terms:
      - avoid: [toxicomanes, toxicomane]
        prefer: [personnes qui consomment des drogues]
        lang: fr
      - avoid: [junkies, junkie]
        prefer: [people who use drugs]
        lang: en
"""
CONFIG = """\
rule_paths: [rules.yaml]
rules:
  tone.serve-test-term: {severity: error}
overrides:
  - files: "press/**"
    type: press-release
"""


@pytest.fixture
def org(tmp_path):
    (tmp_path / "rules.yaml").write_text(HOUSE_RULES, encoding="utf-8")
    (tmp_path / ".postlint.yaml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


@pytest.fixture
def client(org):
    app = create_app(str(org), max_bytes=200_000, max_chars=5_000, timeout=10, workers=2)
    return app.test_client()


def ours(data) -> list[dict]:
    return [f for f in data["files"][0]["findings"] if f["rule"] == "tone.serve-test-term"]


def word_file() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Communiqué", level=0)
    d.add_paragraph("")
    d.add_paragraph("Un premier paragraphe sans problème.")
    d.add_paragraph("Les toxicomanes ont droit aux soins.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------- page
def test_page_and_assets_are_local(client):
    page = client.get("/")
    assert page.status_code == 200 and b"/static/app.js" in page.data
    for name in ("app.js", "app.css", "review.css"):
        assert client.get(f"/static/{name}").status_code == 200
    assert client.get("/static/server.py").status_code == 404  # the page's files, not the server's source
    for path in WEB_DIR.iterdir():
        if path.suffix not in (".html", ".js", ".css"):  # the server's own modules live beside the page
            continue
        text = path.read_text(encoding="utf-8")
        # no CDN, font or analytics: every src/href/url()/fetch stays on this server
        assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", text), path.name
        assert not re.search(r"""url\(\s*["']?(?:https?:)?//""", text), path.name
        assert not re.search(r"""fetch\(\s*[`'"](?:https?:)?//""", text), path.name
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]


def test_health(client, org):
    data = client.get("/api/health").get_json()
    assert data["status"] == "ok" and data["config"] == ".postlint.yaml"


def test_a_config_created_or_removed_while_the_server_runs_counts_at_once(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")  # stop discovery above tmp_path
    folder = tmp_path / "org"
    folder.mkdir()
    client = create_app(str(folder)).test_client()
    assert client.get("/api/health").get_json()["config"] == "../.postlint.yaml"
    draft = {"text": "---\nlang: fr\n---\nLes toxicomanes.\n"}
    assert ours(client.post("/api/check", json=draft).get_json()) == []
    (folder / "rules.yaml").write_text(HOUSE_RULES, encoding="utf-8")
    (folder / ".postlint.yaml").write_text(CONFIG, encoding="utf-8")
    assert client.get("/api/health").get_json()["config"] == ".postlint.yaml"
    [hit] = ours(client.post("/api/check", json=draft).get_json())
    assert hit["severity"] == "error"
    (folder / ".postlint.yaml").unlink()
    assert ours(client.post("/api/check", json=draft).get_json()) == []
    assert client.get("/api/health").get_json()["config"] == "../.postlint.yaml"


# ------------------------------------------------------------------------------------------- /api/check
def test_check_answers_the_contract_json(client):
    resp = client.post("/api/check", json={"text": "---\nlang: fr\n---\nLes toxicomanes.\n", "filename": "post.md"})
    assert resp.status_code == 200
    data = resp.get_json()
    assert set(data) == {"version", "files", "summary"}
    entry = data["files"][0]
    assert entry["path"] == "post.md" and entry["error"] is None and entry["language"] == "fr"
    [hit] = ours(data)
    assert (hit["line"], hit["column"], hit["end_column"], hit["text"]) == (4, 5, 16, "toxicomanes")
    assert hit["severity"] == "error"  # the organisation's config applies
    assert hit["suggestions"] == ["personnes qui consomment des drogues"] and hit["fixable"] is True
    assert data["summary"]["files"] == 1 and data["summary"]["findings"] >= 1


def test_options_and_overrides(client):
    text = "Junkies need care.\n"
    data = client.post("/api/check", json={"text": text, "options": {"lang": "en", "type": "pitch",
                                                                     "platforms": ["twitter", "linkedin"]}}).get_json()
    entry = data["files"][0]
    assert entry["language"] == "en" and entry["type"] == "pitch"
    assert ours(data)[0]["message"].startswith("'Junkies'")
    data = client.post("/api/check", json={"text": "Bonjour.\n", "filename": "press/cp.md"}).get_json()
    assert data["files"][0]["type"] == "press-release"  # config `overrides` match the filename
    data = client.post("/api/check", json={"text": "Bonjour.\n", "options": {"lang": "auto", "type": "auto",
                                                                             "platforms": [], "date": "2030-01-01"}})
    assert data.status_code == 200


@pytest.mark.parametrize("body, code", [
    (b"{not json", "bad_json"),
    (b"[1, 2]", "bad_request"),
    (json.dumps({"filename": "a.md"}), "missing_text"),
    (json.dumps({"text": 3}), "missing_text"),
    (json.dumps({"text": "x", "extra": 1}), "unknown_field"),
    (json.dumps({"text": "x", "options": {"colour": "red"}}), "bad_options"),
    (json.dumps({"text": "x", "options": {"lang": "de"}}), "bad_options"),
    (json.dumps({"text": "x", "options": {"type": "tweet"}}), "bad_options"),
    (json.dumps({"text": "x", "options": {"platforms": ["myspace"]}}), "bad_options"),
    (json.dumps({"text": "x", "options": {"date": "tomorrow"}}), "bad_options"),
    (json.dumps({"text": "x", "options": []}), "bad_options"),
    (json.dumps({"text": "x", "filename": "../../etc/passwd.md"}), "bad_filename"),
    (json.dumps({"text": "x", "filename": "/abs.md"}), "bad_filename"),
    (json.dumps({"text": "x", "filename": "a.docx"}), "bad_request"),
    (json.dumps({"content_base64": "%%%"}), "bad_base64"),
])
def test_bad_requests_are_400_with_a_reason(client, body, code):
    resp = client.post("/api/check", data=body, content_type="application/json")
    assert resp.status_code == 400, resp.data
    err = resp.get_json()["error"]
    assert err["code"] == code and err["status"] == 400 and err["message"]


def test_size_limits_are_413(client):
    resp = client.post("/api/check", json={"text": "mot " * 2000})
    assert resp.status_code == 413 and resp.get_json()["error"]["code"] == "too_long"
    assert "5000" in resp.get_json()["error"]["message"]
    resp = client.post("/api/check", json={"text": "x" * 300_000})
    assert resp.status_code == 413 and resp.get_json()["error"]["code"] == "too_large"


def test_unreadable_drafts_are_422_with_the_report(client):
    resp = client.post("/api/check", json={"content_base64": base64.b64encode(b"not a zip").decode(),
                                           "filename": "cp.docx"})
    assert resp.status_code == 422
    data = resp.get_json()
    assert data["error"]["code"] == "unreadable_draft"
    assert data["files"][0]["error"] and data["files"][0]["findings"] == []
    resp = client.post("/api/check", json={"text": "---\ntype: [oops\n---\nTexte.\n"})
    assert resp.status_code == 422 and resp.get_json()["files"][0]["path"] == "draft.md"


def test_word_files_as_base64_and_multipart(client):
    raw = word_file()
    data = client.post("/api/check", json={"content_base64": base64.b64encode(raw).decode(),
                                           "filename": "cp.docx", "options": {"lang": "fr"}}).get_json()
    assert [(f["line"], f["text"]) for f in ours(data)] == [(3, "toxicomanes")]  # Word paragraph 3
    resp = client.post("/api/check", data={"file": (io.BytesIO(raw), "communique.docx"), "lang": "fr",
                                           "platforms": "x,linkedin"}, content_type="multipart/form-data")
    assert resp.status_code == 200
    data = resp.get_json()
    assert data["files"][0]["path"] == "communique.docx"
    assert [f["line"] for f in ours(data)] == [3]
    resp = client.post("/api/check", data={"nofile": "x"}, content_type="multipart/form-data")
    assert resp.status_code == 400 and resp.get_json()["error"]["code"] == "missing_file"


def test_timeouts_and_crashes_answer_json(org, monkeypatch):
    import postlint.engine.runner

    real = postlint.engine.runner.check_bytes
    monkeypatch.setattr(postlint.engine.runner, "check_bytes", lambda *a, **k: (time.sleep(1.5), real(*a, **k))[1])
    slow = create_app(str(org), timeout=0.3, workers=1).test_client()
    resp = slow.post("/api/check", json={"text": "Bonjour.\n"})
    assert resp.status_code == 503 and resp.get_json()["error"]["code"] == "timeout"

    def boom(*a, **k):
        raise RuntimeError("bug in a rule loader")

    monkeypatch.setattr(postlint.engine.runner, "check_bytes", boom)
    resp = create_app(str(org)).test_client().post("/api/check", json={"text": "Bonjour.\n"})
    assert resp.status_code == 500 and "bug in a rule loader" in resp.get_json()["error"]["message"]


def test_broken_config_is_a_500_naming_the_file(org):
    (org / ".postlint.yaml").write_text("rules:\n  tone.no-such-rule-at-all: {max: 1}\n", encoding="utf-8")
    resp = create_app(str(org)).test_client().post("/api/check", json={"text": "Bonjour.\n"})
    assert resp.status_code == 500
    err = resp.get_json()["error"]
    assert err["code"] == "config_error" and ".postlint.yaml" in err["message"]


def test_foreign_host_header_is_refused(client):
    resp = client.get("/api/health", headers={"Host": "attacker.example:8765"})
    assert resp.status_code == 403
    assert client.get("/api/health", headers={"Host": "127.0.0.1:8765"}).status_code == 200
    assert client.get("/api/health", headers={"Host": "[::1]:8765"}).status_code == 200


# ------------------------------------------------------------------------------------------- /api/review
def test_review_returns_text_and_highlighted_view(client):
    text = "---\nlang: fr\n---\n😀 Les toxicomanes.\n"
    data = client.post("/api/review?ui=en", json={"text": text}).get_json()
    assert data["text"] == text and data["paragraph_numbers"] is None
    assert re.search(r'<mark class="hl sev-error[^"]*"[^>]*><a [^>]*>toxicomanes</a></mark>', data["html"])
    m = re.search(r'class="suggestion"[^>]*data-edits="([^"]+)"', data["html"])
    start, end, repl = json.loads(m.group(1).replace("&quot;", '"'))[0]
    units = text.encode("utf-16-le")
    assert units[2 * start:2 * end].decode("utf-16-le") == "toxicomanes"  # JavaScript offsets
    assert ">line 4, col. 7<" in data["html"]  # the page's language, not the draft's


def test_review_of_a_word_file_keeps_paragraphs_after_an_edit(client):
    data = client.post("/api/review", json={"content_base64": base64.b64encode(word_file()).decode(),
                                            "filename": "cp.docx"}).get_json()
    numbers = data["paragraph_numbers"]
    assert data["text"].splitlines()[numbers.index(3)] == "Les toxicomanes ont droit aux soins."
    assert "¶ 3</a>" in data["html"]
    edited = data["text"].replace("sans problème", "sans aucun problème")
    again = client.post("/api/review", json={"text": edited, "filename": "cp.md",
                                             "options": {"paragraph_numbers": numbers}}).get_json()
    assert [f["line"] for f in ours(again)] == [3]
    more_lines = edited + "\nUne ligne de plus.\n\nEt une autre.\n"
    third = client.post("/api/review", json={"text": more_lines, "filename": "cp.md",
                                             "options": {"paragraph_numbers": numbers}}).get_json()
    assert [f["line"] for f in ours(third)] == [5]  # lines again once the paragraphs no longer match


# ------------------------------------------------------------------------------------------- real server
def test_real_threaded_server_answers_concurrent_requests(org):
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, create_app(str(org), workers=4), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}/api/check"

    def call(n: int):
        text = "---\nlang: fr\n---\n" + "Les toxicomanes. " * (n % 5 + 1) + "\n"
        req = urllib.request.Request(url, data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            return n, resp.status, json.loads(resp.read())

    try:
        with ThreadPoolExecutor(max_workers=20) as pool:
            results = list(pool.map(call, range(40)))
    finally:
        server.shutdown()
        thread.join(timeout=10)
    assert all(status == 200 for _, status, _ in results)
    # each answer is about its own draft
    assert all(len(ours(data)) == n % 5 + 1 for n, _, data in results)


def test_serve_command_starts_prints_its_address_and_stops(org):
    proc = subprocess.Popen([sys.executable, "-m", "postlint", "serve", "--port", "0", "--quiet"], cwd=org,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert m, (line, proc.stderr.read() if proc.poll() is not None else "")
        assert ".postlint.yaml" in line
        with urllib.request.urlopen(f"http://127.0.0.1:{m.group(1)}/api/health", timeout=30) as resp:
            assert json.loads(resp.read())["status"] == "ok"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc")
def test_no_check_worker_outlives_a_killed_server(org):
    """Each check runs in a worker process; killed servers (SIGKILL, a CI runner's timeout) must not leave them
    running: a worker forked later keeps the other pipes open, so each one watches its parent instead."""
    proc = subprocess.Popen([sys.executable, "-m", "postlint", "serve", "--port", "0", "--quiet"], cwd=org,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        port = re.search(r"http://127\.0\.0\.1:(\d+)/", proc.stdout.readline()).group(1)
        req = urllib.request.Request(f"http://127.0.0.1:{port}/api/check", method="POST",
                                     data=json.dumps({"text": "Les toxicomanes du quartier."}).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            assert resp.status == 200
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        assert children, "the server runs its checks in worker processes"
    finally:
        proc.kill()
        proc.wait(timeout=20)
    deadline = time.monotonic() + 15
    alive = children
    while alive and time.monotonic() < deadline:
        time.sleep(0.5)
        alive = [c for c in alive if Path(f"/proc/{c}").exists()
                 and "zombie" not in Path(f"/proc/{c}/status").read_text().lower()]
    assert not alive, f"workers still running after the server was killed: {alive}"


def test_serve_command_refuses_a_broken_config(org):
    (org / ".postlint.yaml").write_text("rules: [oops\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "postlint", "serve", "--port", "0"], cwd=org,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert ".postlint.yaml" in proc.stderr and "Traceback" not in proc.stderr


def test_web_assets_are_package_data():
    assert {p.name for p in Path(WEB_DIR).iterdir()} >= {"index.html", "app.js", "app.css", "review.css"}


# ------------------------------------------------------------------------------------------- under attack
def test_cross_site_posts_are_refused(client):
    body = {"text": "Bonjour.\n"}
    # any page the editor visits could post a draft here with a CORS "simple request"
    resp = client.post("/api/check", json=body, headers={"Origin": "https://attacker.example"})
    assert resp.status_code == 403 and resp.get_json()["error"]["code"] == "cross_site"
    assert client.post("/api/check", json=body, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert client.post("/api/check", json=body, headers={"Origin": "null"}).status_code == 403
    # this server's own page, another local page, and programs that are not browsers
    assert client.post("/api/check", json=body, headers={"Origin": "http://localhost:8765",
                                                          "Sec-Fetch-Site": "same-origin"}).status_code == 200
    assert client.post("/api/check", json=body, headers={"Origin": "http://127.0.0.1:3000"}).status_code == 200
    assert client.post("/api/check", json=body).status_code == 200


def test_a_check_past_its_timeout_is_killed_and_others_still_answer(org, monkeypatch):
    import os

    import postlint.engine.runner

    real = postlint.engine.runner.check_bytes

    def spin(raw, *a, **k):
        if b"slow" in raw:
            while True:  # a draft that never ends (a quadratic path): it must stop costing CPU
                pass
        return real(raw, *a, **k)

    monkeypatch.setattr(postlint.engine.runner, "check_bytes", spin)
    app = create_app(str(org), timeout=1.0, workers=2)
    client = app.test_client()
    pool = app.extensions["postlint"].pool
    pool.start()
    pids = {proc.pid for proc, _ in list(pool.idle.queue)}
    resp = client.post("/api/check", json={"text": "slow draft\n"})
    assert resp.status_code == 503 and resp.get_json()["error"]["code"] == "timeout"
    time.sleep(0.5)
    alive = [pid for pid in pids if os.path.exists(f"/proc/{pid}") and
             open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")]
    assert len(alive) == 1  # the spinning worker is gone
    for _ in range(3):  # ordinary drafts do not wait behind it
        assert client.post("/api/check", json={"text": "Bonjour.\n"}).status_code == 200
    app.extensions["postlint"].close()


def test_word_bomb_is_refused_before_it_is_unpacked(client):
    import base64
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (20 * 1024 * 1024) + b"</w:document>")
    raw = buf.getvalue()
    assert len(raw) < 100_000
    resp = client.post("/api/check", json={"content_base64": base64.b64encode(raw).decode(), "filename": "r.docx"})
    assert resp.status_code == 413 and "unpacks to" in resp.get_json()["error"]["message"]
