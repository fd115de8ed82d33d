"""Fixtures shared by the test modules: the repository root and the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from hplan.cli.app import app

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def repo_root() -> Path:
    """The checkout's root folder (it holds plans/ and schemas/)."""
    return REPO_ROOT


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
