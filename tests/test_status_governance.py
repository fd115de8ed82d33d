"""hplan status and hplan report show the board and the contingency plan (issue 18), through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner, Result

from hplan.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
BASE_PLAN = ROOT / "tests" / "data" / "base-plan.yaml"
PROFILE = """\
format: 1
kind: profile
id: testby-regler
name: Testbys regler
min_local_share: 0.25
period_years: 4
focus_areas:
  - {id: uddannelse-og-beskaeftigelse, name: Uddannelse og beskæftigelse}
  - {id: tryghed-og-trivsel, name: Tryghed og trivsel}
contingency_plan: {required: true, severity: warning, review_months: 12}
"""
MEETINGS = (
    "      - {role: Skolechef, organisation: Testby Kommune}\n",
    "      - {role: Skolechef, organisation: Testby Kommune}\n    meetings:\n"
    "      - {date: 2017-10-01, followed_up: [ub-neet]}\n      - {date: 2018-09-12}\n",
)


def hplan(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _plan(folder: Path, *edits: tuple[str, str]) -> Path:
    text = BASE_PLAN.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    (folder / "regler.yaml").write_text(PROFILE, encoding="utf-8")
    plan = folder / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    return plan


def test_status_shows_the_next_board_meeting_and_a_missing_contingency_plan(tmp_path: Path) -> None:
    plan = _plan(tmp_path, ("profile: lbf-2015-18\n", "profile: regler.yaml\n"), MEETINGS)
    text = hplan("status", str(plan), "--as-of", "2018-06-01").stdout
    assert "  Board            next board meeting 2018-09-12\n" in text
    assert "  Contingency plan missing; the funding round requires one\n" in text
    danish = hplan("status", str(plan), "--as-of", "2018-06-01", "--lang", "da", "-f", "markdown").stdout
    assert "- **Bestyrelse:** næste bestyrelsesmøde 12.09.2018" in danish
    assert "- **Beredskabsplan:** mangler; bevillingsrammen kræver en" in danish
    (entry,) = json.loads(hplan("status", str(plan), "--as-of", "2018-06-01", "-f", "json").stdout)["plans"]
    assert entry["governance"] == {
        "next_board_meeting": "2018-09-12",
        "contingency_plan_missing": True,
        "contingency_review_due": None,
    }


def test_status_leaves_the_line_out_when_there_is_nothing_to_show(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    (entry,) = json.loads(hplan("status", str(plan), "--as-of", "2018-06-01", "-f", "json").stdout)["plans"]
    assert entry["governance"] is None


def test_the_yearly_report_shows_the_boards_follow_up(tmp_path: Path) -> None:
    plan = _plan(tmp_path, MEETINGS)
    report = hplan("report", str(plan), "--year", "2017", "--lang", "en", "-f", "markdown").stdout
    assert "## The board's follow-up of the success criteria in 2017" in report
    assert "The board met 1 time in 2017 about the plan." in report
    assert "| Andelen af 15-29-årige uden uddannelse og job falder. | 2017-10-01 |" in report
    assert "| Flere beboere føler sig trygge om aftenen. | not followed up |" in report
