"""hplan diff through the real entry point, against real git repositories made in temporary folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from hplan.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "diff"


def hplan(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_two_files_are_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = hplan("diff", "tests/golden/diff/old.yaml", "tests/golden/diff/new.yaml", "--color", "never")
    assert result.exit_code == 0, result.output
    assert "milestones[m-virksomhedspraktik].due: 2018-09-30 → 2018-11-30 (61 days later)" in result.stdout
