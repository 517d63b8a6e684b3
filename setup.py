"""Build hook: ship the repository's `rules/` and `wordlists/` inside the wheel.

They live at the repository root (organisations read and copy them there) but the installed package
must find them too, so `build_py` copies them to `postlint/_data/`. An editable install reads them
from the checkout instead (see `postlint.resources`).
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent


class BuildWithData(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "postlint" / "_data"
        for name in ("rules", "wordlists"):
            src = ROOT / name
            if src.is_dir():
                dst = target / name
                if dst.exists():
                    shutil.rmtree(dst)
                shutil.copytree(src, dst)


setup(cmdclass={"build_py": BuildWithData})
