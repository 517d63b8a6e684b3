"""The review page server (`postlint serve`): the page for editors and a JSON API for a CMS, on this
computer only. `create_app` makes the Flask application; the command that runs it is `postlint.cli.serve`.

    GET  /               the review page (web/static/: index.html, app.js, review.css; no external asset)
    POST /api/check      the report of `postlint check --format json`, for one draft
    POST /api/review     the same report + the checked text + the highlighted view (used by the page)
    GET  /api/health     {"status": "ok", "version": …}

A request is JSON — {"text": "…", "filename": "draft.md", "options": {"lang", "type", "platforms", "date"}}
or {"content_base64": "…", "filename": "release.docx"} for a Word file — or multipart/form-data with a
`file` field (and `filename`, `options` as JSON text, or `lang`, `type`, `platforms`, `date` fields).
The draft is checked as if it were the file `filename` in the folder the server was started in, so that
folder's `.postlint.yaml` (and its `overrides`) apply — looked up for every request, so a config created
or edited while the server runs counts at once. Nothing is written and nothing is sent anywhere.

Errors are JSON `{"error": {"status", "code", "message"}}`: 400 bad request, 403 foreign Host header or a
POST from another web site (docs/robustness.md),
413 too large, 422 unreadable draft (with the report, whose file has `error`), 500 configuration
error, 503 busy or too slow.
"""
from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import os
import sys
import traceback
from datetime import date
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from postlint import __version__
from postlint.api import check_bytes
from postlint.core.errors import PostlintError
from postlint.core.vocab import DOC_TYPES, LANGS, PLATFORMS, platform_name
from postlint.engine.config import find_config
from postlint.engine.report import FileResult, Report
from postlint.formats.html import render_file
from postlint.web.workers import Pool, WorkerBusy, WorkerCrash, WorkerTimeout

WEB_DIR = Path(__file__).resolve().parent / "static"  # the page's own files: index.html, app.js, app.css, review.css
OPTION_KEYS = {"lang", "type", "platforms", "date", "paragraph_numbers"}


class Limits(NamedTuple):
    max_bytes: int = 10 * 1024 * 1024  # largest request
    max_chars: int = 200_000  # longest draft
    timeout: float = 20.0  # seconds one check may take
    workers: int = 4  # checks at the same time


DEFAULTS = Limits()
IDLE_TIMEOUT = 30.0  # seconds a connection may stay silent (the request handler's socket timeout)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, extra: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra or {}

    def body(self) -> dict:
        return {**self.extra, "error": {"status": self.status, "code": self.code, "message": self.message}}


def create_app(root: str | None = None, config: str | None = None, *, max_bytes: int = DEFAULTS.max_bytes,
               max_chars: int = DEFAULTS.max_chars, timeout: float = DEFAULTS.timeout,
               workers: int = DEFAULTS.workers, today: date | None = None, loopback_only: bool = True):
    """The Flask application (tests use it with `app.test_client()`)."""
    from flask import Flask, Response, request, send_from_directory
    from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

    root = os.path.abspath(root or os.getcwd())
    app = Flask("postlint.serve", static_folder=str(WEB_DIR), static_url_path="/static")
    app.config.update(MAX_CONTENT_LENGTH=max_bytes, JSON_AS_ASCII=False)
    checker = Checker(root, config, max_chars=max_chars, timeout=timeout, workers=workers, today=today)
    app.extensions["postlint"] = checker
    import weakref

    weakref.finalize(app, checker.close)  # its worker processes go with the application

    def reply(body: dict | str, status: int = 200) -> Response:
        text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
        return Response(text, status=status, mimetype="application/json")

    @app.before_request
    def only_local_names():
        # DNS rebinding: a web page must not reach this server through a name that points at 127.0.0.1
        if loopback_only and not local_host(request.host):
            return reply(ApiError(403, "forbidden_host", f"unexpected Host header {request.host!r}").body(), 403)
        # any web page the editor visits could POST a draft here (a CORS "simple request" needs no
        # permission): a browser says where a request comes from, and only this server's page and
        # programs that are not browsers (a CMS, curl) may post
        if request.method not in ("GET", "HEAD", "OPTIONS") and not same_origin(request.headers, request.host):
            return reply(ApiError(403, "cross_site", "requests from other web sites are refused").body(), 403)
        return None

    @app.after_request
    def headers(resp):
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["Content-Security-Policy"] = ("default-src 'self'; img-src 'self' data:; "
                                                   "connect-src 'self'; frame-ancestors 'none'")
        resp.headers["Cache-Control"] = "no-store"
        return resp

    @app.errorhandler(ApiError)
    def api_error(e: ApiError):
        return reply(e.body(), e.status)

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(_e):
        return reply(ApiError(413, "too_large", f"request larger than {max_bytes} bytes "
                                                f"(start the server with --max-bytes to change the limit)").body(), 413)

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        return reply(ApiError(e.code or 500, (e.name or "error").lower().replace(" ", "_"),
                              e.description or e.name).body(), e.code or 500)

    @app.errorhandler(Exception)
    def crash(e: Exception):  # a bug must still answer JSON, and say where to look
        traceback.print_exception(e, file=sys.stderr)
        return reply(ApiError(500, "internal_error", f"internal error: {type(e).__name__}: {e}").body(), 500)

    @app.get("/")
    def index():
        return send_from_directory(str(WEB_DIR), "index.html")

    @app.get("/api/health")
    def health():
        config_path = checker.config_path
        return reply({"status": "ok", "version": __version__, "root": os.path.basename(root) or root,
                      "config": os.path.relpath(config_path, root) if config_path else None})

    @app.post("/api/check")
    def api_check():
        return reply(*checker.answer(*_read_request(request, max_chars)))

    @app.post("/api/review")
    def api_review():
        ui = request.args.get("ui") if request.args.get("ui") in ("fr", "en") else None
        return reply(*checker.answer(*_read_request(request, max_chars), review=True, ui=ui))

    return app


def same_origin(headers, host: str) -> bool:
    """Whether a request may come from this server's own page (or from a program that is not a browser):
    `Sec-Fetch-Site` is not cross-site and `Origin`, when sent, names a loopback host (or this host)."""
    if (headers.get("Sec-Fetch-Site") or "").lower() == "cross-site":
        return False
    origin = headers.get("Origin")
    if origin is None:
        return True
    netloc = urlsplit(origin).netloc if origin != "null" else ""
    return bool(netloc) and (netloc.lower() == host.lower() or local_host(netloc))


def local_host(host: str) -> bool:
    """Whether a Host header (or a listening address) names this computer: localhost, *.localhost or a
    loopback address."""
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    name = name.strip("[]").lower()
    if name in ("localhost", "") or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


# ------------------------------------------------------------------------------------------- requests
def _read_request(request, max_chars: int) -> tuple[bytes, str, dict]:
    """(raw bytes, filename, options) from a JSON or multipart request; ApiError 400/413 otherwise."""
    data: dict = {}
    if request.mimetype == "multipart/form-data":
        upload = request.files.get("file")
        if upload is None:
            raise ApiError(400, "missing_file", "multipart requests need a `file` field")
        raw = upload.read()
        filename = request.form.get("filename") or upload.filename or "draft.md"
        if request.form.get("options"):
            options = _json(request.form["options"], "options")
        else:
            options = {k: request.form.get(k) for k in ("lang", "type", "date") if request.form.get(k)}
            platforms = [p for v in request.form.getlist("platforms") for p in v.split(",") if p.strip()]
            if platforms:
                options["platforms"] = platforms
    else:
        data = _json(request.get_data(cache=False), "body")
        if not isinstance(data, dict):
            raise ApiError(400, "bad_request", "the body must be a JSON object")
        unknown = set(data) - {"text", "content_base64", "filename", "options"}
        if unknown:
            raise ApiError(400, "unknown_field", f"unknown field {sorted(unknown)[0]!r} "
                                                 "(allowed: text, content_base64, filename, options)")
        filename = data.get("filename") or "draft.md"
        if "text" in data and "content_base64" in data:
            raise ApiError(400, "bad_request", "send `text` or `content_base64`, not both")
        if isinstance(data.get("text"), str):
            if len(data["text"]) > max_chars:
                raise ApiError(413, "too_long", f"the draft has {len(data['text'])} characters; "
                                                f"the limit is {max_chars} (--max-chars)")
            raw = data["text"].encode("utf-8", "surrogatepass")
        elif isinstance(data.get("content_base64"), str):
            try:
                raw = base64.b64decode(data["content_base64"], validate=True)
            except (binascii.Error, ValueError):
                raise ApiError(400, "bad_base64", "`content_base64` is not valid base64") from None
        else:
            raise ApiError(400, "missing_text", "send the draft as `text` (a string) or `content_base64`")
        options = data["options"] if data.get("options") is not None else {}
    if not isinstance(filename, str):
        raise ApiError(400, "bad_filename", "`filename` must be a string")
    filename = _safe_filename(filename)
    if filename.lower().endswith(".docx") and request.mimetype != "multipart/form-data" and \
            isinstance(data.get("text"), str):
        raise ApiError(400, "bad_request", "send a Word file as `content_base64` (or as a multipart upload)")
    if not filename.lower().endswith(".docx") and len(raw) > 4 * max_chars:
        raise ApiError(413, "too_long", f"the draft is longer than the limit of {max_chars} characters (--max-chars)")
    if filename.lower().endswith(".docx"):
        _refuse_word_bomb(raw, max_chars)
    return raw, filename, _options(options)


def _refuse_word_bomb(raw: bytes, max_chars: int) -> None:
    """A Word file whose text would unpack far beyond the longest draft allowed is refused from the sizes
    its zip directory declares, before anything is decompressed (zipfile stops at the declared size)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # reported as an unreadable draft (422) by the check
    limit = max(2 * 1024 * 1024, 40 * max_chars)  # Word's XML holds its text several times over
    unpacked = sum(i.file_size for i in infos if not i.filename.startswith("word/media/"))
    if unpacked > limit:
        raise ApiError(413, "too_long", f"the Word file unpacks to {unpacked // 1024} KB of text and markup; "
                                        f"the limit is {limit // 1024} KB (--max-chars)")


def _json(raw, what: str):
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as e:
        raise ApiError(400, "bad_json", f"{what} is not valid JSON: {e}") from None


def _safe_filename(name: str) -> str:
    """A relative name inside the served folder (used for config overrides, never opened)."""
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts) or "\x00" in name or name.startswith(("/", "\\")) or ":" in parts[0]:
        raise ApiError(400, "bad_filename", f"`filename` must be a relative file name, got {name!r}")
    return "/".join(parts)


def _options(options) -> dict:

    if not isinstance(options, dict):
        raise ApiError(400, "bad_options", "`options` must be an object")
    unknown = set(options) - OPTION_KEYS
    if unknown:
        raise ApiError(400, "bad_options", f"unknown option {sorted(unknown)[0]!r} "
                                           f"(allowed: {', '.join(sorted(OPTION_KEYS - {'paragraph_numbers'}))})")
    out: dict = {}
    lang = options.get("lang")
    if lang not in (None, "", "auto"):
        if lang not in LANGS:
            raise ApiError(400, "bad_options", f"`lang` must be one of auto, {', '.join(LANGS)}; got {lang!r}")
        out["lang"] = lang
    doc_type = options.get("type")
    if doc_type not in (None, "", "auto"):
        if doc_type not in DOC_TYPES:
            raise ApiError(400, "bad_options", f"`type` must be one of auto, {', '.join(DOC_TYPES)}; got {doc_type!r}")
        out["type"] = doc_type
    platforms = options.get("platforms") or []
    if isinstance(platforms, str):
        platforms = platforms.split(",")
    if not isinstance(platforms, list) or not all(isinstance(p, str) for p in platforms):
        raise ApiError(400, "bad_options", "`platforms` must be a list of names")
    names = []
    for p in platforms:
        name = platform_name(p)
        if name is None:
            raise ApiError(400, "bad_options", f"unknown platform {p!r} (allowed: {', '.join(PLATFORMS)})")
        names.append(name)
    out["platforms"] = tuple(dict.fromkeys(names))
    if options.get("date"):
        try:
            out["today"] = date.fromisoformat(str(options["date"]))
        except ValueError:
            raise ApiError(400, "bad_options", f"`date` must be YYYY-MM-DD, got {options['date']!r}") from None
    numbers = options.get("paragraph_numbers")
    if numbers is not None:
        if not isinstance(numbers, list) or not all(isinstance(n, int) and n > 0 for n in numbers):
            raise ApiError(400, "bad_options", "`paragraph_numbers` must be a list of positive integers")
        out["paragraph_numbers"] = numbers
    return out


# ------------------------------------------------------------------------------------------- checking
class Checker:
    """Runs checks in worker processes (`web.workers`): a draft that takes longer than `timeout` gets a
    clear 503 and its worker is killed, so it stops using the CPU; the others keep answering."""

    def __init__(self, root: str, config: str | None, *, max_chars: int, timeout: float, workers: int,
                 today: date | None):
        self.root, self.config, self.max_chars, self.timeout, self.today = root, config, max_chars, timeout, today
        self.pool = Pool(workers)

    @property
    def config_path(self) -> str | None:
        """The config that applies to the served folder now (`--config`, or the nearest one)."""

        return self.config or find_config(self.root)

    def answer(self, raw: bytes, filename: str, options: dict, review: bool = False, ui: str | None = None
               ) -> tuple[str, int]:
        """(JSON text, HTTP status) for one draft."""
        args = (self.root, self.config, self.max_chars, self.today, raw, filename, options, review, ui)
        try:
            # waiting for a free worker behind other drafts is not the draft's fault: allow more time for it
            return self.pool.run(_answer, args, timeout=self.timeout, wait=self.timeout * 4)
        except WorkerBusy:
            raise ApiError(503, "busy", "the server is busy; try again in a moment") from None
        except WorkerTimeout:
            raise ApiError(503, "timeout", f"checking took longer than {self.timeout:g} s "
                                           "(a very long draft? --timeout changes the limit)") from None
        except WorkerCrash:
            raise ApiError(503, "worker_lost", "the check stopped before it ended (too much memory?); "
                                               "try a shorter draft") from None

    def warm_up(self) -> None:
        """Load rules, wordlists and models before the first editor waits for them, then start the workers
        (forked from this warm process: they start at once and share what was loaded)."""
        for text in ("Bonjour, ceci est un brouillon de publication.", "Hello, this is a draft post."):
            answer, status = _answer(self.root, self.config, self.max_chars, self.today, text.encode(), "draft.md",
                                     {"platforms": ()}, False, None)
            if status == 500:
                error = json.loads(answer)["error"]
                raise ApiError(500, error["code"], error["message"])
        self.pool.start()

    def close(self) -> None:
        self.pool.close()


def _answer(root: str, config: str | None, max_chars: int, today: date | None, raw: bytes, filename: str,
            options: dict, review: bool, ui: str | None) -> tuple[str, int]:
    """Check one draft and build the answer (in a worker process, which also writes the JSON): (JSON text,
    status)."""
    body, status = _body(root, config, max_chars, today, raw, filename, options, review, ui)
    return json.dumps(body, ensure_ascii=False), status


def _body(root: str, config: str | None, max_chars: int, today: date | None, raw: bytes, filename: str,
          options: dict, review: bool, ui: str | None) -> tuple[dict, int]:
    try:
        result = _check(root, config, max_chars, today, raw, filename, options)
        body = Report(files=[result]).to_dict()
        if result.error:
            raise ApiError(422, "unreadable_draft", result.error, body)
        if review:
            doc = result.doc
            assert doc is not None  # a result without error has its document
            body.update(text=doc.source, paragraph_numbers=doc.paragraph_numbers, filename=result.path,
                        html=render_file(result, 1, lang=ui, interactive=True, always_draft=True))
        return body, 200
    except ApiError as e:
        return e.body(), e.status
    except MemoryError:
        return ApiError(413, "too_large", "the draft needs too much memory to check").body(), 413
    except Exception as e:  # a bug must still answer JSON, and say where to look
        traceback.print_exception(e, file=sys.stderr)
        return ApiError(500, "internal_error", f"internal error: {type(e).__name__}: {e}").body(), 500


def _check(root: str, config: str | None, max_chars: int, today: date | None, raw: bytes, filename: str,
           options: dict) -> FileResult:
    path = os.path.join(root, *filename.split("/"))
    try:
        result = check_bytes(raw, path=path, shown_as=filename, lang=options.get("lang"), type=options.get("type"),
                             platforms=options.get("platforms", ()), config=config,
                             today=options.get("today") or today or date.today())
    except PostlintError as e:
        if e.kind == "input error":
            return FileResult(path=filename, error=str(e), error_line=e.line)
        raise ApiError(500, "config_error", str(e)) from None
    if result.doc is not None and not result.error:
        if len(result.doc.source) > max_chars:
            raise ApiError(413, "too_long", f"the draft has {len(result.doc.source)} characters; "
                                            f"the limit is {max_chars} (--max-chars)")
        numbers = options.get("paragraph_numbers")
        if numbers and result.doc.paragraph_numbers is None and \
                abs(len(numbers) - result.doc.line_index.line_count) <= 1:
            result.doc.paragraph_numbers = numbers  # an edited Word draft keeps pointing at its paragraphs
    return result
