"""Copies of this checkout as a release would see it: the files git tracks, as they are in the working tree.

The tests that build hplan or install its pre-commit hook work on a copy, so
that they write nothing into the checkout, and see uncommitted edits (but
not files git does not track: ``git add`` a new module first).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from git_repos import commit, run_git

ROOT = Path(__file__).resolve().parent.parent


def tracked_copy(dest: Path) -> Path:
    """``dest`` holding every file git tracks here, with its working-tree content (deleted ones left out)."""
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in listing.decode("utf-8").split("\0"):
        source = ROOT / name
        if name and source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return dest


def tagged_repository(dest: Path, tag: str) -> Path:
    """A git repository at ``dest`` with the tracked files in one commit, tagged ``tag`` (never this checkout)."""
    tracked_copy(dest)
    run_git(dest, "init", "-q")
    commit(dest, f"hplan as of this checkout, for {tag}")
    run_git(dest, "tag", tag)
    return dest
