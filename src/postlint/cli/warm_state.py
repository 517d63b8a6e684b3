"""What the warm process of `postlint check --warm` loads, and what proves it current (`postlint.cli.warm_server`).

`warm_up` runs `check` on a few drafts of its own (French and English; post, thread, press release, pitch,
plain text; images, a child, a phone number, an embargo), in a folder of its own and as if in the caller's
folder (the organisation's config and word lists), then compiles every pattern. `Reads` records what that
read; `Watch` keeps the size, times and inode of each file the loaded state can come from.
"""
from __future__ import annotations

import gc
import os
import sys
import tempfile
from collections.abc import Iterable

RACY = 2.0  # seconds: a file changed this close to the record is not trusted by its times
SAMPLES = {
    "fr-post.md": "---\ntype: post\nplatforms: [facebook, x]\nlang: fr\n---\nOusmane, 6 ans, orphelin, dort au "
                  "centre d'accueil de Kayes, 12 rue des Écoles. Les toxicomanes du quartier !!! 😀😀😀😀\n\n"
                  "![Une pancarte](img/a.jpg)\n\n#reseaukora #LesMotsComptent #a #b #c #d\n",
    "en-post.md": "---\ntype: post\nplatforms: [instagram]\n---\nJunkies and addicts in our city: call Mary on "
                  "+44 7700 900123 or mary.smith@gmail.com. CONFIDENTIAL. Join Jesus today! 🙏\n",
    "thread.md": "---\ntype: thread\nplatforms: [x]\nlang: en\n---\nFirst post of the thread, with #OneHashtag."
                 "\n\n---\n\nSecond post: Amina, 9, from Lagos, at St Mary's primary school.\n",
    "release.md": "---\ntype: press-release\nlang: fr\nembargo: 2099-01-01T09:00\n---\n# Le réseau lance une "
                  "campagne\n\nParis, le 3 mars 2026 – Le réseau lance une campagne de dépistage.\n\n« Nous sommes "
                  "fiers », déclare Awa Diallo, directrice.\n\nContact presse : Awa Diallo, chargée de "
                  "communication, presse@example.org\n\nÀ propos : le réseau rassemble 40 associations.\n",
    "pitch.md": "---\ntype: pitch\nlang: en\n---\nDear editor, we would like to offer you an interview with our "
                "director about harm reduction. She is available next week.\n",
    "plain.txt": "Merci aux bénévoles de la maraude de samedi soir. Rendez-vous au 14 avenue Jean Jaurès.\n",
}


class Watch:
    """The files and folders whose change makes the warm process's loaded state stale."""

    def __init__(self, paths: set[str]):
        self.stamps = {p: _stamp(p) for p in sorted(paths)}

    def racy(self, since: float) -> str | None:
        """A file changed less than RACY seconds before `since` (or after): its times cannot prove it unchanged."""
        return next((p for p, s in self.stamps.items() if s is not None and max(s[0], s[1]) >= (since - RACY) * 1e9),
                    None)

    def changed(self) -> str | None:
        return next((p for p, s in self.stamps.items() if _stamp(p) != s), None)


def _stamp(path: str) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)


def watched_paths(read: Iterable[str] = ()) -> set[str]:
    """Every file the loaded state can come from: the modules, the postlint package and its data (all of it:
    a module not loaded yet could be imported by a later run), the folders of the import path, and `read`."""
    import postlint
    from postlint.core.resources import data_dir

    paths: set[str] = set(read)
    for module in list(sys.modules.values()):
        f = getattr(module, "__file__", None)
        if isinstance(f, str) and os.path.isabs(f):
            paths.add(f)
    roots = [os.path.dirname(os.path.abspath(postlint.__file__)), str(data_dir("rules")), str(data_dir("wordlists"))]
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            paths.add(folder)
            paths.update(os.path.join(folder, f) for f in files)
    paths.update(p for p in sys.path if p and os.path.isdir(p))  # a package installed or removed: a plugin
    return paths


class Reads:
    """The files and folders read while warming up (an audit hook): the organisation's config, word lists and
    rule files among them, whose loaded forms the warm process keeps (keyed by path, not by content)."""

    def __init__(self):
        self.paths: set[str] | None = set()
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple) -> None:
        paths = self.paths
        if paths is None:
            return
        if event == "open" and isinstance(args[0], (str, bytes)):
            mode, flags = args[1], args[2]
            if (mode is not None and mode.strip("rbt")) or (mode is None and flags & (os.O_WRONLY | os.O_RDWR)):
                return  # written, not read (the saved indexes): what was read to build it is watched
            paths.add(os.path.abspath(os.fsdecode(args[0])))
        elif event in ("os.listdir", "os.scandir") and args and isinstance(args[0], (str, bytes)):
            paths.add(os.path.abspath(os.fsdecode(args[0])))

    def stop(self) -> set[str]:
        paths, self.paths = self.paths or set(), None
        return paths


class WarmUpFailed(Exception):
    """Code or data that cannot run cleanly (an edit in progress, a broken plugin): a process that imported it
    half could answer otherwise than a fresh one, so it does not serve."""


def warm_up(cwd: str | None) -> str:
    """Run `check` on the sample drafts (the text and JSON reports a hook prints), then on the same drafts as if
    they were in `cwd` (the organisation's config and word lists there), and compile every pattern: the runs
    find all of it loaded. Raises WarmUpFailed if anything did not run cleanly. Returns the samples' folder."""
    from postlint.cli import main as cli
    from postlint.core.errors import PostlintError
    from postlint.engine.runner import RunOptions, check_paths
    from postlint.text.patterns import LazyRegex

    def clean(report) -> None:
        for fr in report.files:
            if fr.internal_errors:
                raise WarmUpFailed(fr.internal_errors[0])

    with tempfile.TemporaryDirectory(prefix="postlint-warm-") as d:
        (open(os.path.join(d, ".postlint.yaml"), "w", encoding="utf-8")).close()
        for name, text in SAMPLES.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as fh:
                fh.write(text)
        clean(check_paths([d], RunOptions(use_cache=False), jobs=1)[0])
        for fmt in ("text", "json"):
            try:
                cli(["check", "--no-cache", "--jobs", "1", "--format", fmt, d], standalone_mode=False)
            except SystemExit as e:
                if e.code not in (None, 0, 1, 2):
                    raise WarmUpFailed(f"check exited with {e.code}") from None
    sys.stdout.flush()
    if cwd and os.path.isdir(cwd):
        here = os.getcwd()
        try:
            os.chdir(cwd)
            for name, text in SAMPLES.items():
                clean(check_paths(["-"], RunOptions(use_cache=False, stdin_filename=name), jobs=1,
                                  stdin=text.encode("utf-8"))[0])
        except PostlintError:  # the organisation's config has a mistake: each run says so, as in-process
            pass
        finally:
            os.chdir(here)
    for obj in gc.get_objects():
        if isinstance(obj, LazyRegex):
            try:
                obj.compiled()
            except Exception as e:
                raise WarmUpFailed(f"pattern {obj.pattern[:60]!r}: {e}") from None
    return d
