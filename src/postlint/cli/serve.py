"""`postlint serve`: start the review page for editors and its JSON API (`postlint.web.server`) on this
computer, and log requests until Ctrl+C."""
from __future__ import annotations

import os
import sys
import threading
from datetime import date

import click

from postlint.core.errors import PostlintError
from postlint.web.server import DEFAULTS, IDLE_TIMEOUT, ApiError, create_app, local_host


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Keep 127.0.0.1 unless you know why: the page has no login.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port (0: any free port; the address is printed).")
@click.option("--config", type=click.Path(dir_okay=False, exists=True), help="Use this config file.")
@click.option("--date", "today", metavar="YYYY-MM-DD", help="Publication date for embargo checks (default: today).")
@click.option("--max-bytes", default=DEFAULTS.max_bytes, show_default=True, type=click.IntRange(1024),
              help="Largest request (a Word file with pictures can be several MB).")
@click.option("--max-chars", default=DEFAULTS.max_chars, show_default=True, type=click.IntRange(100),
              help="Longest draft, in characters.")
@click.option("--timeout", default=DEFAULTS.timeout, show_default=True, type=click.FloatRange(0.1),
              help="Seconds one check may take.")
@click.option("--workers", default=DEFAULTS.workers, show_default=True, type=click.IntRange(1, 64),
              help="Checks run at the same time.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@click.option("--quiet", "-q", is_flag=True, help="Do not log each request.")
def serve(host, port, config, today, max_bytes, max_chars, timeout, workers, open_browser, quiet):
    """Review page for editors and JSON API, on this computer (http://127.0.0.1:8765)."""
    from werkzeug.serving import WSGIRequestHandler, make_server

    day = None
    if today:
        try:
            day = date.fromisoformat(today)
        except ValueError:
            raise click.BadParameter(f"{today!r} is not a date (YYYY-MM-DD)", param_hint="--date") from None
    loopback = local_host(host)
    app = create_app(os.getcwd(), config, max_bytes=max_bytes, max_chars=max_chars, timeout=timeout,
                     workers=workers, today=day, loopback_only=loopback)
    checker = app.extensions["postlint"]
    try:
        checker.warm_up()
    except ApiError as e:
        click.echo(f"postlint: {e.message}", err=True)
        sys.exit(2)
    except PostlintError as e:
        click.echo(f"postlint: {e}", err=True)
        sys.exit(2)
    if not loopback:
        click.echo(f"warning: listening on {host}: anyone who can reach this address can use the page.", err=True)

    class Handler(WSGIRequestHandler):
        timeout = IDLE_TIMEOUT  # socketserver applies it to each connection: a silent client is let go

        def log_request(self, *args, **kw):
            if not quiet:
                super().log_request(*args, **kw)

    try:
        server = make_server(host, port, app, threaded=True, request_handler=Handler)
    except OSError as e:
        click.echo(f"postlint: cannot listen on {host}:{port}: {e.strerror or e}", err=True)
        sys.exit(2)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{server.server_port}/"
    where = f"config {checker.config_path}" if checker.config_path else "no .postlint.yaml found (defaults)"
    click.echo(f"postlint review page: {url}  ({where}; Ctrl+C to stop)")
    sys.stdout.flush()
    if open_browser:
        import webbrowser

        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        checker.pool.shutdown(wait=False, cancel_futures=True)
