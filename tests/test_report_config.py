"""``hplan report`` follows ``.hplan.yaml`` like the other commands (options still win)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

Run = Callable[..., Result]


@pytest.fixture
def plan_repo(tmp_path: Path, repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # the configuration search stops at a git root
    (tmp_path / "plans").mkdir()
    shutil.copy(repo_root / "plans" / "loevvangen.yaml", tmp_path / "plans" / "loevvangen.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_configured_language_applies_and_the_option_wins(plan_repo: Path, run_hplan: Run) -> None:
    (plan_repo / ".hplan.yaml").write_text("language: en\n", encoding="utf-8")
    english = run_hplan("report", "plans/loevvangen.yaml", "--year", "2017")
    assert english.exit_code == 0
    assert english.stdout.startswith("# Goal attainment 2017")
    danish = run_hplan("report", "plans/loevvangen.yaml", "--year", "2017", "--lang", "da")
    assert danish.exit_code == 0
    assert not danish.stdout.startswith("# Goal attainment")


def test_report_is_danish_without_configuration(plan_repo: Path, run_hplan: Run) -> None:
    result = run_hplan("report", "plans/loevvangen.yaml", "--year", "2017", env={"LANG": "en_GB.UTF-8"})
    assert result.exit_code == 0
    assert not result.stdout.startswith("# Goal attainment")


def test_unknown_configuration_option_is_exit_2_with_its_position(plan_repo: Path, run_hplan: Run) -> None:
    (plan_repo / ".hplan.yaml").write_text("language: en\nlangage: da\n", encoding="utf-8")
    result = run_hplan("report", "plans/loevvangen.yaml", "--year", "2017")
    assert result.exit_code == 2
    assert ".hplan.yaml:2:1" in result.stderr
    assert "did you mean 'language'" in result.stderr


def test_color_is_accepted_and_changes_nothing(plan_repo: Path, run_hplan: Run) -> None:
    plain = run_hplan("report", "plans/loevvangen.yaml", "--year", "2017")
    coloured = run_hplan("report", "plans/loevvangen.yaml", "--year", "2017", "--color", "always")
    assert coloured.exit_code == 0
    assert coloured.stdout == plain.stdout
    assert "\x1b[" not in coloured.stdout
