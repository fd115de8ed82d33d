"""The release as the docs tell it: one version, named in the CHANGELOG; install lines that work from a plan
repository (a pinned tag, never ``pip install .``); every pinned line naming this release and its repository.

docs/releasing.md says how a release is made; these tests fail where a step
was forgotten.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from hplan import __version__, release

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
VERSION_HEADING = re.compile(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", re.MULTILINE)


def numbered_lines(path: Path) -> list[tuple[str, str]]:
    """``(file:line, text)`` of each line of ``path``."""
    text = path.read_text(encoding="utf-8")
    return [(f"{path.relative_to(ROOT)}:{number}", line) for number, line in enumerate(text.splitlines(), 1)]


def test_the_version_is_written_once() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'version = { attr = "hplan.__version__" }' in pyproject
    assert __version__ not in pyproject
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_the_changelog_names_this_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = VERSION_HEADING.findall(text)
    assert headings, "CHANGELOG.md names no version as '## [X.Y.Z] - YYYY-MM-DD'"
    assert headings[0][0] == __version__, "the newest version in CHANGELOG.md is not hplan.__version__"
    assert text.index("## [Unreleased]") < text.index(f"## [{__version__}]")


PIN = re.compile(r"git\+(?P<url>[^\s'@]+)@(?P<tag>v\d+\.\d+\.\d+)")
REV = re.compile(r"^\s*rev: (?P<tag>v\d\S*)")
USES = re.compile(r"uses: (?P<action>[^\s]+/hplan@v\d\S*)")


def wrong_pins(line: str) -> list[str]:
    """What a line pins that is not this release (a git URL and tag, a ``rev:``, a ``uses:``, ``hplan==``)."""
    wrong = [m[0] for m in PIN.finditer(line) if (m["url"], m["tag"]) != (release.REPOSITORY_URL, release.TAG)]
    if (match := REV.match(line)) and match["tag"] != release.TAG:
        wrong.append(match[0])
    if (match := USES.search(line)) and match["action"] != release.action():
        wrong.append(match[0])
    wrong += [v for v in re.findall(r"hplan(?:\[\w+\])?==(\d\S*?)[`'\s]", line + " ") if v != __version__]
    return wrong


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: path.name)
def test_pinned_lines_name_this_release(doc: Path) -> None:
    assert [(where, wrong_pins(line)) for where, line in numbered_lines(doc) if wrong_pins(line)] == []


def test_a_wrong_pin_is_found() -> None:
    assert wrong_pins("pip install 'hplan @ git+https://github.com/someone/hplan@v0.1.0'")
    assert wrong_pins("    rev: v0.1.0")
    assert wrong_pins("- uses: <owner>/hplan@v0.1.0")
    assert wrong_pins("pip install hplan==0.1.0 ")
    assert not wrong_pins(f"pip install 'hplan @ git+{release.REPOSITORY_URL}@{release.TAG}'  # hplan=={__version__}")


# `pip install .` works only in hplan's own checkout; `pip install hplan` not before it is on PyPI.
UNINSTALLABLE = re.compile(r"pip install (?:-(?!e\b)\S+ )*(?:\.|'?hplan(?:\[\w+\])?'?)(?=[\s`]|$)(?!\s*@)")


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: path.name)
def test_no_install_line_that_fails_in_a_plan_repository(doc: Path) -> None:
    assert [(where, line.strip()) for where, line in numbered_lines(doc) if UNINSTALLABLE.search(line)] == []


def test_the_uninstallable_lines_are_found() -> None:
    for line in ("pip install hplan", "- run: python -m pip install --quiet .", "pip install 'hplan[report]'  # x"):
        assert UNINSTALLABLE.search(line), line
    for line in ("pip install -q -e .", "pip install hplan==0.2.0", "pip install 'hplan @ git+https://x/hplan@v1.0.0'"):
        assert not UNINSTALLABLE.search(line), line


def test_the_published_hooks_are_a_valid_manifest() -> None:
    pre_commit = Path(sys.executable).with_name("pre-commit")
    done = subprocess.run(
        [str(pre_commit), "validate-manifest", ".pre-commit-hooks.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
