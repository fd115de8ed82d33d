"""Golden files of the authoring commands, in English and Danish: profiles, new's skeleton, a refusal, fmt --check.

``HPLAN_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_authoring_golden.py`` rewrites them; read the diff.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from test_fmt import MESSY
from test_new import OPTIONS

Run = Callable[..., Result]
GOLDEN = Path(__file__).resolve().parent / "golden" / "authoring"
LANGUAGES = ("en", "da")


def matches_golden(name: str, actual: str) -> bool:
    """Whether ``actual`` is tests/golden/authoring/NAME (rewritten first with HPLAN_UPDATE_GOLDEN=1)."""
    if os.environ.get("HPLAN_UPDATE_GOLDEN") == "1":
        (GOLDEN / name).write_text(actual, encoding="utf-8", newline="\n")
    return (GOLDEN / name).is_file() and (GOLDEN / name).read_text(encoding="utf-8") == actual


@pytest.mark.parametrize("lang", LANGUAGES)
def test_profiles(run_hplan: Run, lang: str) -> None:
    assert matches_golden(f"profiles.{lang}.txt", run_hplan("profiles", "--lang", lang).stdout)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_new_skeleton(run_hplan: Run, repo: Path, lang: str) -> None:
    result = run_hplan("new", "plans/new.yaml", *OPTIONS, "--lang", lang)
    assert result.exit_code == 0, result.output
    assert matches_golden(f"new.{lang}.txt", result.stdout)
    assert matches_golden(f"new.{lang}.yaml", (repo / "plans" / "new.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_record_refused_and_dry_run(run_hplan: Run, repo: Path, lang: str) -> None:
    plan = "plans/plan.yaml"
    refused = run_hplan("record", "measurement", plan, "ub-neet", "31.12.2018", "146,1", "--lang", lang)
    assert refused.exit_code == 1
    assert matches_golden(f"record-refused.{lang}.txt", refused.stdout)
    dry = run_hplan(
        "record", "milestone", plan, "m-natteravne-fast", "done", "--date", "30.09.2018", "-n", "--lang", lang
    )
    assert dry.exit_code == 0
    assert matches_golden("record-dry-run.diff", dry.stdout)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_fmt_check(run_hplan: Run, repo: Path, lang: str) -> None:
    (repo / "plans" / "messy.yaml").write_text(MESSY, encoding="utf-8")
    result = run_hplan("fmt", "--check", "--lang", lang)
    assert result.exit_code == 1
    assert matches_golden(f"fmt-check.{lang}.txt", result.stdout)
