"""Create the release tag that the pre-commit and GitHub Action snippets name (`rev: vX.Y.Z`,
`uses: postlint/postlint@vX.Y.Z`), from the version in pyproject.toml. See RELEASING.md.

    python3 scripts/release_tag.py --check   # verify only: versions agree, snippets name the tag
    python3 scripts/release_tag.py           # verify, then `git tag -a vX.Y.Z` on HEAD (not pushed)

Exit status: 0 done (or all checks pass); 1 a check failed (nothing is tagged); 2 usage or git error.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# files whose snippets name the release tag, and how they name it
SNIPPETS = {
    "README.md": r"rev: (v\d[\w.+-]*)",
    "docs/pre-commit.md": r"rev: (v\d[\w.+-]*)",
    "docs/review.md": r"postlint/postlint@(v\d[\w.+-]*)",
    ".pre-commit-hooks.yaml": r"rev: (v\d[\w.+-]*)",
}


def version_of(root: Path) -> str:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def problems(root: Path) -> list[str]:
    """What stops a release of `root`: version mismatches and snippets that name another tag."""
    out = []
    version = version_of(root)
    tag = f"v{version}"
    init = root / "src" / "postlint" / "__init__.py"
    if init.exists():
        m = re.search(r'__version__ = "([^"]+)"', init.read_text(encoding="utf-8"))
        if not m or m.group(1) != version:
            out.append(f"src/postlint/__init__.py: __version__ is {m.group(1) if m else '?'}, pyproject.toml "
                       f"says {version}")
    for rel, pattern in SNIPPETS.items():
        path = root / rel
        if not path.exists():
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for m in re.finditer(pattern, line):
                if m.group(1) != tag:
                    out.append(f"{rel}:{n}: names {m.group(1)}, the release is {tag}")
    return out


def git(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="verify only; create no tag")
    ap.add_argument("--repo", type=Path, default=ROOT, help="repository root (default: this checkout)")
    args = ap.parse_args(argv)
    root = args.repo.resolve()
    try:
        tag = f"v{version_of(root)}"
    except (OSError, KeyError, tomllib.TOMLDecodeError) as e:
        print(f"release: cannot read the version from {root / 'pyproject.toml'}: {e}", file=sys.stderr)
        return 2
    found = problems(root)
    for p in found:
        print(f"release: {p}", file=sys.stderr)
    if found:
        return 1
    if args.check:
        print(f"release: {tag}: versions agree and every snippet names it")
        return 0
    if git(root, "status", "--porcelain", "--untracked-files=no").stdout.strip():
        print("release: the working tree has uncommitted changes; commit them first", file=sys.stderr)
        return 1
    if git(root, "rev-parse", "-q", "--verify", f"refs/tags/{tag}").returncode == 0:
        print(f"release: tag {tag} already exists; bump the version in pyproject.toml first", file=sys.stderr)
        return 1
    p = git(root, "tag", "-a", tag, "-m", f"postlint {tag[1:]}")
    if p.returncode != 0:
        print(f"release: git tag failed: {p.stderr.strip()}", file=sys.stderr)
        return 2
    print(f"release: created tag {tag} on {git(root, 'rev-parse', '--short', 'HEAD').stdout.strip()}; "
          f"publish it with: git push origin {tag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
