"""Attack suite: hundreds of bad inputs a hostile or unlucky user could give postlint, each run through the
real command line in its own process, with a time and a memory limit.

    python bench/attack.py                 # every case (≈ 450; a few minutes on a 2-core machine)
    python bench/attack.py --fast          # the quick part (also run by tests/attack/test_attack_fast.py)
    python bench/attack.py -k yaml -v      # the cases whose name contains "yaml", one line each

Prints `tried= tracebacks= hangs= wrong_exit= data_loss=` and exits 1 unless all four counts are 0.
- traceback: a Python traceback or an "internal error" in the output;
- hang: the run used more CPU time than its limit (10 s per MB of input, at least 20 s), waited for ever
  (6 times the limit in wall-clock time) or used more than 1 GB;
- wrong_exit: an exit status other than the expected one, or an error message that does not name the file;
- data_loss: a file changed that must not have (a Word file turned into text, a link replaced, line
  endings rewritten, an image still holding its GPS after "removed").
"""
from __future__ import annotations

import argparse
import io
import os
import shutil
import stat
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

MB = 1024 * 1024
MEMORY_LIMIT = 1024 * MB
WALL_FACTOR = 6  # wall-clock backstop, as a multiple of the CPU limit


ROOT = hasattr(os, "geteuid") and os.geteuid() == 0  # permissions do not stop root: those cases are skipped


@dataclass
class Case:
    name: str
    files: dict[str, bytes | Callable[[], bytes]] = field(default_factory=dict)  # path → content (or its maker)
    args: tuple[str, ...] = ("check", "--no-cache", "draft.md")
    exits: tuple[int, ...] = (0, 1)
    names: str | None = None  # a message on exit 2 must contain this (default: the first file's name)
    setup: Callable[[str], None] | None = None  # links, FIFOs, permissions
    verify: Callable[[str, str], str | None] | None = None  # (folder, output) → a data-loss message or None
    wrong: Callable[[str, str], str | None] | None = None  # (folder, output) → a wrong-result message or None
    stdin: bytes = b""
    fast: bool = True
    size: int = 0  # bytes of input, for the time limit
    needs_permissions: bool = False  # meaningless for root (skipped)


def limit_for(case: Case) -> float:
    size = case.size or sum(len(v) for v in case.files.values() if isinstance(v, bytes))
    return max(20.0, 10.0 * size / MB)


# ----------------------------------------------------------------------------------------------- inputs
def md(name: str, text: str | bytes | Callable[[], bytes], fast: bool = True, exits=(0, 1), **kw) -> Case:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    if isinstance(raw, bytes) and len(raw) > 8 * MB:
        exits, kw["names"] = (2,), kw.get("names") or "too large"  # over the documented limit
    return Case(name, {"draft.md": raw}, exits=exits, fast=fast, **kw)


PUNCT = [".", "!", "?", "…", "!?", ". ", "?!.", "»", "«", "*", "_", "`", "[", "]", "(", "<", ">", "#", "|", "\\",
         "&", "~", "-", "=", "@", "$", "%", "'", '"', "“", "‘", ":"]


def text_cases() -> list[Case]:
    out: list[Case] = []
    for p in PUNCT:
        for n in (1000, 100_000):
            out.append(md(f"run {p!r}×{n}", "Start " + p * n + " end.\n", fast=n < 100_000 or p in ".!?"))
    lines = {
        "headings": "# Heading\n\n", "unclosed-image": "![a](", "unclosed-link": "[a](", "html-open": "<div>",
        "quote-nest": ">", "list-nest": "  - x\n", "emph": "*a ", "code-ticks": "`a ", "table-row": "| a | b |\n",
        "hashtags": "#Tag ", "mentions": "@user ", "urls": "https://e.org/x ", "comments": "<!-- x ",
        "directives": "<!-- postlint-disable stigma.drug-use -->\n", "entities": "&amp;&#x1F600;&#0; ",
        "footnotes": "[^1] ", "refs": "[a]: http://x\n", "emoji": "👩🏽‍⚕️", "combining": "e\u0301\u0301",
        "zero-width": "a\u200b\u200d\u2060", "bidi": "\u202eabc\u202c", "surrogate-like": "\ufffd",
        "cr-only": "Line one.\rThe junkies were there.\r", "mixed-eol": "a.\r\nb.\nc.\r",
        "stigma": "The junkies and AIDS victims. ", "quotes": "« Les toxicomanes » \"junkies\" ",
        "numbers": "+33 6 12 34 56 78 360 000 US$ 5,000 2015-02-30 ", "nul-like": "\x01\x02\x1b[31m\x7f",
        "tabs": "\t\t\v\f", "pseudo-bold": "𝗝𝗼𝘂𝗿𝗻𝗲́𝗲 ", "images": "![x](img/a.jpg) ", "long-word": "a" * 1000,
    }
    for key, unit in lines.items():
        for reps in (10, 2_000, 25_000):
            out.append(md(f"repeat {key}×{reps}", unit * reps, fast=reps <= 2000,
                          exits=(0, 1, 2) if key == "images" else (0, 1), names="a.jpg" if key == "images" else None))
    out.append(md("nested brackets 10k", "[" * 10_000 + "a" + "]" * 10_000))
    out.append(md("nested parens 10k", "(" * 10_000 + "a" + ")" * 10_000))
    out.append(md("one 5 MB line", ("The junkies say « hello » to \"AIDS victims\" now. " * 110_000)[:5 * MB],
                  fast=False))
    out.append(md("1 MB line of quotes", "« a » \" junkie \" " * 60_000, fast=False))
    out.append(md("50 MB draft", lambda: b"A line of ordinary text for the draft.\n" * 1_400_000, exits=(2,),
                  fast=False, size=2 * MB))
    out.append(md("25k headings", "".join(f"# H{i}\n\nText {i}.\n\n" for i in range(25_000)), fast=False))
    out.append(md("empty file", ""))
    out.append(md("only BOM", b"\xef\xbb\xbf"))
    out.append(md("only blank lines", "\n\r\n\r" * 1000))
    out.append(md("NUL byte", b"Hello\x00world\n", exits=(2,)))
    out.append(md("invalid UTF-8", b"caf\xe9 au lait\n", exits=(2,)))
    out.append(md("CESU surrogates", b"\xed\xa0\xbd\xed\xb8\x80\n", exits=(2,)))
    out.append(md("UTF-16 LE", "\ufeffHello world.\n".encode("utf-16-le"), exits=(0, 1, 2)))
    out.append(md("UTF-16 BE", "\ufeffHello world.\n".encode("utf-16-be"), exits=(0, 1, 2)))
    out.append(md("UTF-32", "\ufeffHello.\n".encode("utf-32"), exits=(0, 1, 2)))
    out.append(md("latin-1", "Déjà vu à Montréal.\n".encode("latin-1"), exits=(2,)))
    for c in list(range(1, 32)) + [127, 0x85, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0x1D7D8]:
        if c in (10, 13):
            continue
        out.append(md(f"control U+{c:04X}", f"The junkies{chr(c)} were there.{chr(c)}\n", exits=(0, 1)))
    out.append(md("lone CR keeps masks", "Line one\rThe junkies were [there](http://x).\n\n- a\n- b\n",
                  exits=(1,), wrong=lambda d, o: None if "stigma.drug-use" in o else "stigma finding lost"))
    out.append(md("CR-only endings", "# Title\r\rThe junkies were there.\r\r- a\r- b\r> q\r", exits=(1,),
                  wrong=lambda d, o: None if "stigma.drug-use" in o else "stigma finding lost"))
    out.append(md("huge table", "| " + " | ".join(f"c{i}" for i in range(300)) + " |\n|" + "---|" * 300 + "\n"
                  + ("| " + " | ".join("x" for _ in range(300)) + " |\n") * 300))
    out.append(md("deep list nesting", "".join("  " * i + "- item\n" for i in range(3000))))
    out.append(md("deep quote nesting", ">" * 5000 + " text\n"))
    return out


def front_matter_cases() -> list[Case]:
    bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
        f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n" for i in range(8))
    values = ["5", "-1", "1e400", "[1, [2, [3]]]", "{a: {b: {c: 1}}}", "null", "true", "''", "\"\\x00\"", "2026-13-45",
              "!!binary aGVsbG8=", "!!python/object:os.system x", "&x [*x]", "*missing", "[" * 500 + "]" * 500,
              "{" * 300 + "}" * 300, "'" + "x" * 100_000 + "'", "\"\\uD800\"", "!!timestamp nope", "~"]
    keys = ["type", "lang", "platforms", "images", "image", "tags", "campaign", "date", "embargo", "title",
            "hashtags", "author", "alt", "captions", "x-unknown", "draft", "organization", "rules"]
    out = [md("front matter alias bomb", f"---\n{bomb}---\nHello.\n", exits=(2,))]
    out.append(md("front matter unclosed", "---\ntitle: x\nHello.\n"))
    out.append(md("front matter tab indent", "---\ntitle:\n\t- x\n---\nHi.\n", exits=(0, 1, 2)))
    out.append(md("front matter only dashes", "---\n---\n---\n"))
    for k in keys:
        for v in values:
            out.append(md(f"front matter {k}: {v[:20]}", f"---\n{k}: {v}\n---\nThe junkies were there.\n",
                          exits=(0, 1, 2), fast=k in ("type", "images", "platforms")))
    return out


def config_cases() -> list[Case]:
    bomb = "lang: fr\nx-a: &a [a,a,a,a,a,a,a,a,a]\n" + "".join(
        f"x-{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
        f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n" for i in range(8))
    bad = {
        "alias bomb": bomb, "overrides files 5": "overrides: [{files: 5}]\n", "cache_dir 5": "cache_dir: 5\n",
        "self alias": "organization: &o {names: *o}\n", "self alias list": "organization:\n  names: &n [*n]\n",
        "not a mapping": "- a\n- b\n", "unknown key": "lnag: fr\n", "lang bad": "lang: xx\n",
        "rules not mapping": "rules: 5\n", "rules bad id": "rules: {nope.nope: off}\n",
        "rules bad severity": "rules: {stigma.drug-use: loud}\n", "exclude 5": "exclude: 5\n",
        "exclude list of ints": "exclude: [1, 2]\n", "platforms bad": "platforms: [myspace]\n",
        "wordlists missing": "wordlists: [nope.yaml]\n", "rule_paths missing": "rule_paths: [nope/]\n",
        "rule_paths 5": "rule_paths: 5\n", "campaigns 5": "campaigns: 5\n", "campaigns list": "campaigns: [a]\n",
        "org names 5": "organization: {names: 5}\n", "org handles list": "organization: {handles: [a]}\n",
        "overrides 5": "overrides: 5\n", "overrides list of str": "overrides: [a]\n",
        "overrides rules 5": "overrides: [{files: '*', rules: 5}]\n", "type bad": "type: novel\n",
        "invalid yaml": "lang: [fr\n", "tabs": "lang:\tfr\n\t- x\n", "binary": "lang: !!binary AAAA\n",
        "python tag": "lang: !!python/object/apply:os.system [echo]\n", "huge string": "lang: " + "x" * 500_000 + "\n",
        "deep nesting": "rules: " + "[" * 2000 + "]" * 2000 + "\n", "nul": "lang: fr\x00\n",
        "invalid utf8": "lang: fr\n# caf\xe9\n", "key is list": "? [a]\n: b\n", "empty": "", "only comment": "# x\n",
        "cache_dir list": "cache_dir: [a]\n", "region 5": "region: 5\n", "org disclaimers 5": "organization: {disclaimers: 5}\n",
        "org phones dict": "organization: {phones: {a: 1}}\n", "overrides type 5": "overrides: [{files: '*', type: 5}]\n",
        "overrides lang list": "overrides: [{files: '*', lang: [fr]}]\n", "merge key bad": "<<: 5\n",
        "duplicate keys": "lang: fr\nlang: en\n", "date key": "2026-01-01: x\n",
    }
    out = []
    for name, text in bad.items():
        raw = text.encode("latin-1") if name == "invalid utf8" else text.encode("utf-8")
        out.append(Case(f"config {name}", {".postlint.yaml": raw, "draft.md": b"The junkies were there.\n"},
                        exits=(0, 1, 2), names=".postlint.yaml"))
        # a config error must not stop the other folders' files from being checked
        out.append(Case(f"config {name} (two folders)", {"a/.postlint.yaml": raw, "a/draft.md": b"Hello.\n",
                                                         "b/draft.md": b"The junkies were there.\n"},
                        args=("check", "--no-cache", "a", "b"), exits=(0, 1, 2), names=".postlint.yaml",
                        fast=False, wrong=lambda d, o: None if "stigma.drug-use" in o else "b/draft.md not checked"))
    return out


def _fifo(folder: str) -> None:
    os.mkfifo(os.path.join(folder, "pipe.md"))


def _unreadable(rel: str) -> Callable[[str], None]:
    def setup(folder: str) -> None:
        os.chmod(os.path.join(folder, rel), 0)
    return setup


def cli_cases() -> list[Case]:
    d = {"draft.md": b"The junkies were there.\n"}
    out = [
        Case("FIFO in a folder", {"sub/a.md": b"Hello.\n"}, args=("check", "--no-cache", "sub"), exits=(0,),
             setup=lambda f: os.mkfifo(os.path.join(f, "sub", "pipe.md"))),
        Case("FIFO named", {}, args=("check", "--no-cache", "pipe.md"), exits=(2,), setup=_fifo, names="pipe.md"),
        Case("/dev/zero", {}, args=("check", "--no-cache", "/dev/zero"), exits=(2,), names="/dev/zero"),
        Case("/dev/null", {}, args=("check", "--no-cache", "/dev/null"), exits=(0, 2), names="/dev/null"),
        Case("a folder named x.md", {"x.md/a.md": b"Hi.\n"}, args=("check", "--no-cache", "x.md"), exits=(0,)),
        Case("output missing dir", d, args=("check", "--no-cache", "-o", "/missing/dir/r.txt", "draft.md"),
             exits=(2,), names="/missing/dir/r.txt"),
        Case("output is a folder", {**d, "out/x": b""}, args=("check", "--no-cache", "-o", "out", "draft.md"),
             exits=(2,), names="out"),
        Case("unreadable file among others", {"a.md": b"Hello.\n", "b.md": b"The junkies.\n"},
             args=("check", "--no-cache", "a.md", "b.md"), exits=(2,), names="a.md", setup=_unreadable("a.md"),
             needs_permissions=True,
             wrong=lambda f, o: None if "stigma.drug-use" in o else "b.md not checked"),
        Case("unreadable sub-folder", {"top/sub/a.md": b"Hello.\n", "top/b.md": b"Hello.\n"},
             args=("check", "--no-cache", "top"), exits=(2,), names="sub", setup=_unreadable("top/sub"),
             needs_permissions=True),
        Case("missing path", d, args=("check", "--no-cache", "nope.md", "draft.md"), exits=(2,), names="nope.md"),
        Case("missing config", d, args=("check", "--config", "nope.yaml", "draft.md"), exits=(2,), names="nope.yaml"),
        Case("config is a folder", {**d, "cfg/x": b""}, args=("check", "--config", "cfg", "draft.md"), exits=(2,),
             names="cfg"),
        Case("stdin", {}, args=("check", "--no-cache", "-"), stdin=b"The junkies were there.\n", exits=(1,)),
        Case("stdin binary", {}, args=("check", "--no-cache", "-"), stdin=b"\x00\x01\x02", exits=(2,), names="-"),
        Case("stdin-filename docx", {}, args=("check", "--no-cache", "--stdin-filename", "x.docx", "-"),
             stdin=b"not a zip", exits=(2,), names="x.docx"),
        Case("long file name", {"a" * 250 + ".md": b"Hello.\n"}, args=("check", "--no-cache", "a" * 250 + ".md"),
             exits=(0,)),
        Case("too long path", d, args=("check", "--no-cache", "a/" * 3000 + "x.md"), exits=(2,), names="x.md"),
        Case("newline in name", {"a\nb.md": b"Hello.\n"}, args=("check", "--no-cache", "a\nb.md"), exits=(0,)),
        Case("NUL in argument", d, args=("check", "--no-cache", "dra\x00ft.md"), exits=(2,), names="ft.md"),
        Case("symlink loop", {}, args=("check", "--no-cache", "loop.md"), exits=(2,), names="loop.md",
             setup=lambda f: os.symlink("loop.md", os.path.join(f, "loop.md"))),
        Case("dangling symlink in folder", {"s/a.md": b"Hi.\n"}, args=("check", "--no-cache", "s"), exits=(0, 2),
             setup=lambda f: os.symlink("nowhere.md", os.path.join(f, "s", "b.md"))),
    ]
    bad_args = [("--jobs", "0x"), ("--jobs", "-3"), ("--jobs", "99999"), ("--date", "2026-13-01"), ("--date", ""),
                ("--format", "nope"), ("--platform", "myspace"), ("--platform", ","), ("--lang", "xx"),
                ("--type", "novel"), ("--select", "nope.rule"), ("--ignore", "nope"), ("--fail-on", "panic"),
                ("--select", ","), ("--select", "stigma,nope"), ("--stdin-filename", "")]
    for opt, val in bad_args:
        ok = (0, 1, 2) if val in (",", "") else (2,)
        out.append(Case(f"bad arg {opt} {val!r}", d, args=("check", "--no-cache", opt, val, "draft.md"), exits=ok,
                        names=opt if ok == (2,) else ""))
    for cmd in (("explain", "nope.rule"), ("explain", ""), ("rules", "--format", "x"), ("init", "--lang", "xx"),
                ("strip-metadata",), ("strip-metadata", "nope.jpg"), ("serve", "--port", "-1"),
                ("serve", "--port", "99999"), ("nope",), ("check", "--nope"), ("--nope",)):
        out.append(Case(f"command {' '.join(cmd)!r}", {}, args=cmd, exits=(2,), names=""))
    for cmd in ((), ("--help",), ("-h",), ("check", "-h"), ("strip-metadata", "--help"), ("serve", "--help"),
                ("explain", "--help"), ("rules",), ("--version",), ("init", "--help"), ("docs", "--help")):
        out.append(Case(f"help {' '.join(cmd)!r}", {}, args=cmd, exits=(0, 2) if not cmd else (0,), names="",
                        wrong=lambda f, o: None if "Usage" in o or "version" in o.lower() or "\n" in o else "no help"))
    return out


# --------------------------------------------------------------------------------------- data safety
def _unchanged(rel: str, before: bytes) -> Callable[[str, str], str | None]:
    def verify(folder: str, _out: str) -> str | None:
        with open(os.path.join(folder, rel), "rb") as fh:
            now = fh.read()
        return None if now == before else f"{rel} changed ({len(before)} → {len(now)} bytes)"
    return verify


def docx_bytes(paragraphs: list[str]) -> bytes:
    import docx  # python-docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def docx_raw(document_xml: bytes, level=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", level) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", document_xml)
    return buf.getvalue()


def word_xml(body: str) -> bytes:
    return ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            f'main"><w:body>{body}</w:body></w:document>').encode()


KORA_CFG = b'organization:\n  names: ["Kora Network"]\n'


def fix_cases() -> list[Case]:
    out = []
    word = docx_bytes(["Proud of the Kora network team.", "Second paragraph."])

    def docx_intact(folder: str, _o: str) -> str | None:
        with open(os.path.join(folder, "r.docx"), "rb") as fh:
            raw = fh.read()
        if not zipfile.is_zipfile(io.BytesIO(raw)):
            return f"r.docx is no longer a Word file ({len(raw)} bytes)"
        return None
    out.append(Case("--fix on a .docx", {".postlint.yaml": KORA_CFG, "r.docx": word},
                    args=("check", "--no-cache", "--fix", "r.docx"), exits=(0, 1, 2), verify=docx_intact))
    mixed = b"Proud of the Kora network team.\r\nSecond line.\nThird: the Kora network.\n"

    def endings_kept(folder: str, _o: str) -> str | None:
        with open(os.path.join(folder, "draft.md"), "rb") as fh:
            now = fh.read()
        want = mixed.replace(b"Kora network", b"Kora Network")
        return None if now == want else f"line endings or other text changed: {now[:80]!r}"
    out.append(Case("--fix mixed line endings", {".postlint.yaml": KORA_CFG, "draft.md": mixed},
                    args=("check", "--no-cache", "--fix", "draft.md"), exits=(0, 1), verify=endings_kept))
    for eol in (b"\n", b"\r\n", b"\r"):
        text = eol.join([b"Proud of the Kora network team.", b"", b"- the Kora network", b""])
        want = text.replace(b"Kora network", b"Kora Network")
        out.append(Case(f"--fix endings {eol!r}", {".postlint.yaml": KORA_CFG, "draft.md": text},
                        args=("check", "--no-cache", "--fix", "draft.md"), exits=(0, 1),
                        verify=lambda f, o, want=want: None if open(os.path.join(f, "draft.md"), "rb").read() == want
                        else "fixed text differs from the expected edit"))

    def link_kept(folder: str, _o: str) -> str | None:
        p = os.path.join(folder, "draft.md")
        if not os.path.islink(p):
            return "the symlink was replaced by a regular file"
        with open(os.path.join(folder, "real", "target.md"), "rb") as fh:
            now = fh.read()
        return None if b"Kora Network" in now or b"Kora network" in now else "target lost"
    out.append(Case("--fix through a symlink", {".postlint.yaml": KORA_CFG, "real/target.md":
                                                 b"Proud of the Kora network team.\n"},
                    args=("check", "--no-cache", "--fix", "draft.md"), exits=(0, 1, 2), verify=link_kept,
                    setup=lambda f: os.symlink("real/target.md", os.path.join(f, "draft.md"))))
    ro = b"Proud of the Kora network team.\n"

    def ro_setup(folder: str) -> None:
        os.chmod(os.path.join(folder, "ro"), 0o555)
    out.append(Case("--fix in a read-only folder", {".postlint.yaml": KORA_CFG, "ro/draft.md": ro},
                    args=("check", "--no-cache", "--fix", "ro/draft.md"), exits=(2,), names="ro/draft.md",
                    setup=ro_setup, verify=_unchanged("ro/draft.md", ro), needs_permissions=True))
    bom = b"\xef\xbb\xbfProud of the Kora network team.\n"
    out.append(Case("--fix keeps the BOM", {".postlint.yaml": KORA_CFG, "draft.md": bom},
                    args=("check", "--no-cache", "--fix", "draft.md"), exits=(0, 1),
                    verify=lambda f, o: None if open(os.path.join(f, "draft.md"), "rb").read() ==
                    bom.replace(b"Kora network", b"Kora Network") else "BOM or text lost"))
    out.append(Case("--diff changes nothing", {".postlint.yaml": KORA_CFG, "draft.md": mixed},
                    args=("check", "--no-cache", "--diff", "draft.md"), exits=(0, 1),
                    verify=_unchanged("draft.md", mixed)))
    for name, body in (("bad zip", b"PK\x03\x04garbage"), ("text as docx", b"Hello world."), ("empty docx", b""),
                       ("old .doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 100),
                       ("no document.xml", _zip({"a.txt": b"x"})),
                       ("xml entity bomb", docx_raw(b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                                                    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                                                    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
                                                    b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                                                    b'<w:document xmlns:w="http://schemas.openxmlformats.org/'
                                                    b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&d;&d;'
                                                    b'</w:t></w:r></w:p></w:body></w:document>')),
                       ("zip bomb", lambda: docx_raw(b"<a>" + b" " * (150 * MB) + b"</a>")),
                       ("deep xml", docx_raw(word_xml("<w:sdt><w:sdtContent>" * 3000 + "</w:sdtContent></w:sdt>" *
                                                      3000))),
                       ("95 MB of text", lambda: docx_raw(word_xml("<w:p><w:r><w:t>" + "The team met today. " *
                                                                   4_900_000 + "</w:t></w:r></w:p>")))):
        fast = name not in ("zip bomb", "95 MB of text")
        out.append(Case(f"docx {name}", {"r.docx": body}, args=("check", "--no-cache", "r.docx"),
                        exits=(0, 1, 2) if name in ("deep xml", "xml entity bomb") else (2,), fast=fast, names="r.docx",
                        size=2 * MB, verify=None if callable(body) else _unchanged("r.docx", body)))
    return out


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, v in members.items():
            z.writestr(k, v)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------- images
def _jpeg(gps: bool = True) -> bytes:
    from postlint.dev.examples import GPS_DAKAR, make_exif, picture

    buf = io.BytesIO()
    picture().save(buf, "JPEG", exif=make_exif(GPS_DAKAR if gps else None, orientation=6), quality=80)
    return buf.getvalue()


def _deep_ifd_jpeg(depth: int = 3000, tag: int = 0x8825) -> bytes:
    """EXIF whose IFD0 points to a GPS (or EXIF) IFD that points to another, `depth` times."""
    e = "<"
    tiff = bytearray(b"II*\x00" + struct.pack(e + "I", 8))
    off = 8
    for _ in range(depth):
        nxt = off + 18
        tiff += struct.pack(e + "H", 1) + struct.pack(e + "HHII", tag, 4, 1, nxt) + struct.pack(e + "I", 0)
        off = nxt
    tiff += struct.pack(e + "H", 1) + struct.pack(e + "HHI", 1, 2, 2) + b"N\x00\x00\x00" + struct.pack(e + "I", 0)
    payload = b"Exif\x00\x00" + bytes(tiff)
    if len(payload) + 2 > 0xFFFF:
        payload = payload[:0xFFFD]
    seg = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    plain = _jpeg(gps=False)
    return plain[:2] + seg + plain[2:]


def _mpo() -> bytes:
    return _jpeg() + _jpeg()  # a second picture appended, as phones do for MPO/"live" frames


def image_cases() -> list[Case]:
    out = []
    gps = _jpeg()
    variants = {"truncated": gps[:200], "empty": b"", "text": b"hello", "png header only": b"\x89PNG\r\n\x1a\n",
                "deep GPS IFD chain": _deep_ifd_jpeg(), "deep EXIF IFD chain": _deep_ifd_jpeg(tag=0x8769),
                "appended jpeg": _mpo(), "gps": gps,
                "huge png dims": b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" +
                struct.pack(">IIBBBBB", 100000, 100000, 8, 2, 0, 0, 0) + b"\x00" * 4,
                "webp garbage": b"RIFF\x10\x00\x00\x00WEBPVP8X" + b"\xff" * 20}
    for vname, data in variants.items():
        files = {"img/a.jpg": data, "img/b.jpg": gps, "draft.md": b"![a photo](img/a.jpg)\n![b](img/b.jpg)\n"}
        out.append(Case(f"image {vname} in check", dict(files), exits=(1, 2), names="a.jpg"))

        def still_clean(folder: str, o: str, vname=vname) -> str | None:
            from PIL import Image

            for rel in ("img/b.jpg",) + (("img/a.jpg",) if vname in ("gps", "appended jpeg") else ()):
                raw = open(os.path.join(folder, rel), "rb").read()
                if b"\x88\x25" in raw[:4096] or b"\x25\x88" in raw[:4096]:
                    return f"{rel} still holds a GPS pointer"
                if vname == "appended jpeg" and rel == "img/a.jpg" and raw.count(b"Exif\x00\x00") > 1:
                    with Image.open(io.BytesIO(raw[raw.index(b"\xff\xd8", 10):])) as im:
                        if 0x8825 in im.getexif():
                            return "frame 2 still holds its GPS"
            return None
        out.append(Case(f"image {vname} strip-metadata", {k: v for k, v in files.items() if k != "draft.md"},
                        args=("strip-metadata", "img/a.jpg", "img/b.jpg"), exits=(0, 2), names="a.jpg",
                        verify=still_clean))
    out.append(Case("image percent-encoded name", {"img/my photo.jpg": gps, "draft.md":
                                                   b"![x](img/my%20photo.jpg)\n"}, exits=(1,),
                    wrong=lambda f, o: "file not found" if "not found" in o else None))
    out.append(Case("strip-metadata through a symlink", {"real/a.jpg": gps}, args=("strip-metadata", "a.jpg"),
                    exits=(0, 2), setup=lambda f: os.symlink("real/a.jpg", os.path.join(f, "a.jpg")),
                    verify=lambda f, o: "the link was replaced" if not os.path.islink(os.path.join(f, "a.jpg"))
                    else ("GPS left" if "removed" in o and b"\x25\x88" in open(os.path.join(f, "real/a.jpg"),
                                                                                 "rb").read()[:4096] else None)))
    return out


def all_cases() -> list[Case]:
    return text_cases() + front_matter_cases() + config_cases() + cli_cases() + fix_cases() + image_cases()


# ---------------------------------------------------------------------------------------------- running
@dataclass
class Outcome:
    case: Case
    kind: str  # ok | traceback | hang | wrong_exit | data_loss
    detail: str = ""
    seconds: float = 0.0
    rss_mb: float = 0.0


def run_case(case: Case, workdir: str) -> Outcome:
    folder = tempfile.mkdtemp(prefix="case-", dir=workdir)
    for rel, data in case.files.items():
        data = data() if callable(data) else data
        p = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(data)
    if case.setup:
        case.setup(folder)
    env = {**os.environ, "HOME": folder, "NO_COLOR": "1", "LC_ALL": "C.UTF-8",
           # the saved stigma term index: built once for the whole suite, not once per case
           "POSTLINT_INDEX_CACHE": os.environ.get("POSTLINT_INDEX_CACHE") or os.path.join(workdir, "index")}
    limit = limit_for(case)
    t0 = time.monotonic()
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as in_f:
        in_f.write(case.stdin)
        in_f.seek(0)
        try:
            proc = subprocess.Popen([sys.executable, "-m", "postlint", *case.args], cwd=folder, stdin=in_f,
                                    stdout=out_f, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        except ValueError as e:  # an embedded NUL byte: the shell could not pass it either
            shutil.rmtree(folder, ignore_errors=True)
            return Outcome(case, "ok", f"not runnable: {e}")
        kind, detail, peak = "ok", "", 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
                peak = max(peak, usage.ru_maxrss * 1024)
                break
            peak = max(peak, _rss(proc.pid))
            elapsed = time.monotonic() - t0
            cpu = _cpu(proc.pid)
            # the limit is on CPU time (a shared, loaded machine stretches the wall clock), with a wall-clock
            # backstop for a process that waits for ever (a FIFO)
            if cpu > limit or elapsed > WALL_FACTOR * limit or peak > MEMORY_LIMIT:
                os.killpg(proc.pid, 9)
                proc.wait()
                kind = "hang"
                detail = f"killed after {cpu:.1f} s CPU, {elapsed:.1f} s (limit {limit:.0f} s), {peak / MB:.0f} MB"
                break
            time.sleep(0.05)
        seconds = time.monotonic() - t0
        out_f.seek(0)
        output = out_f.read().decode("utf-8", "replace")
    if kind == "ok" and peak > MEMORY_LIMIT:
        kind, detail = "hang", f"{peak / MB:.0f} MB"
    if kind == "ok" and ("Traceback (most recent call last)" in output or "internal error" in output):
        kind, detail = "traceback", _excerpt(output, "Traceback" if "Traceback" in output else "internal error")
    if kind == "ok":
        for check in (case.verify,):
            msg = check(folder, output) if check else None
            if msg:
                kind, detail = "data_loss", msg
    if kind == "ok" and proc.returncode not in case.exits:
        kind, detail = "wrong_exit", f"exit {proc.returncode} (expected {case.exits}): {output[-300:]!r}"
    if kind == "ok" and proc.returncode == 2 and case.names != "":
        want = case.names if case.names is not None else next(
            (k for k in case.files if not os.path.basename(k).startswith(".")), "")
        if want and os.path.basename(want.rstrip("/")) not in output:
            kind, detail = "wrong_exit", f"exit 2 without naming {want!r}: {output[-300:]!r}"
    if kind == "ok" and case.wrong:
        msg = case.wrong(folder, output)
        if msg:
            kind, detail = "wrong_exit", msg
    _rmtree(folder)
    return Outcome(case, kind, detail, seconds, peak / MB)


def _rss(pid: int) -> int:
    """Resident memory of `pid` and its children (worker processes), bytes."""
    total = 0
    for p in [pid] + _children(pid):
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            pass
    return total


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by `pid` and its children (worker processes)."""
    total = 0.0
    for p in [pid] + _children(pid):
        try:
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            pass
    return total


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []


def _excerpt(text: str, word: str) -> str:
    i = text.find(word)
    return text[max(0, i - 100):i + 400].replace("\n", " | ")


def _rmtree(folder: str) -> None:
    for root, dirs, _ in os.walk(folder):
        for d in dirs:
            try:
                os.chmod(os.path.join(root, d), stat.S_IRWXU)
            except OSError:
                pass
    for root, _, names in os.walk(folder):
        for n in names:
            try:
                os.chmod(os.path.join(root, n), stat.S_IRUSR | stat.S_IWUSR, follow_symlinks=False)
            except (OSError, NotImplementedError):
                pass
    shutil.rmtree(folder, ignore_errors=True)


def run(cases: list[Case], verbose: bool = False) -> dict[str, int]:
    counts = {"tried": 0, "tracebacks": 0, "hangs": 0, "wrong_exit": 0, "data_loss": 0}
    key = {"traceback": "tracebacks", "hang": "hangs", "wrong_exit": "wrong_exit", "data_loss": "data_loss"}
    with tempfile.TemporaryDirectory(prefix="postlint-attack-") as work:
        for case in cases:
            o = run_case(case, work)
            counts["tried"] += 1
            if o.kind != "ok":
                counts[key[o.kind]] += 1
                print(f"{o.kind.upper():10} {case.name}: {o.detail}", flush=True)
            elif verbose:
                print(f"ok         {case.name} ({o.seconds:.1f} s, {o.rss_mb:.0f} MB)", flush=True)
    return counts


def summary(counts: dict[str, int]) -> str:
    return " ".join(f"{k}={v}" for k, v in counts.items())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fast", action="store_true", help="only the quick cases")
    ap.add_argument("-k", default="", help="only cases whose name contains this")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per case")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    a = ap.parse_args(argv)
    cases = [c for c in all_cases() if (c.fast or not a.fast) and a.k.lower() in c.name.lower()
             and not (ROOT and c.needs_permissions)]
    if a.list:
        for c in cases:
            print(("fast " if c.fast else "slow ") + c.name)
        return 0
    counts = run(cases, a.verbose)
    print(summary(counts))
    return 0 if all(v == 0 for k, v in counts.items() if k != "tried") else 1


if __name__ == "__main__":
    sys.exit(main())
