"""Fixtures shared by the test modules: the repository root, a small plan repository, the command line."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from hplan.cli.app import app

REPO_ROOT = Path(__file__).resolve().parent.parent
BASE_PLAN = Path(__file__).resolve().parent / "data" / "base-plan.yaml"


@pytest.fixture(autouse=True)
def english_and_unconfigured(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts in English without a configuration file named from outside.

    ``LANG=da_DK.UTF-8`` on a developer's machine would otherwise turn the
    golden text views Danish, and ``HPLAN_CONFIG`` would change what is found.
    """
    for name in ("LC_ALL", "LC_MESSAGES", "HPLAN_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def repo_root() -> Path:
    """The checkout's root folder (it holds plans/ and schemas/)."""
    return REPO_ROOT


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository (a ``.git`` folder stops configuration discovery) with the rule tests' base plan
    as plans/plan.yaml and the checkout's schemas/ (so a plan's modeline finds its schema); the current folder."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "plans").mkdir()
    shutil.copy(BASE_PLAN, tmp_path / "plans" / "plan.yaml")
    shutil.copytree(REPO_ROOT / "schemas", tmp_path / "schemas")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def run_hplan() -> Callable[..., Result]:
    """Run ``hplan ARGS...`` in-process through the Typer app; returns the runner's result.

    stdout and stderr are kept apart (``result.stdout``, ``result.stderr``);
    ``env`` sets or (with ``None``) unsets environment variables for the run.
    """
    runner = CliRunner()

    def run(*args: str, env: dict[str, str | None] | None = None) -> Result:
        return runner.invoke(app, list(args), env=env, catch_exceptions=False)

    return run
