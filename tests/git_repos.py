"""Real git repositories in temporary folders, for the tests of ``diff --base`` and its git edges."""

from __future__ import annotations

import subprocess
from pathlib import Path

# A fixed identity and no signing: the tests commit whatever the machine's git configuration says.
GIT = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"]


def run_git(repo: Path, *args: str) -> str:
    """Run git in ``repo``; its standard output without the final newline. A failure raises."""
    done = subprocess.run([*GIT, *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def commit(repo: Path, message: str) -> None:
    """Commit everything in ``repo``'s working tree."""
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-q", "-m", message)
