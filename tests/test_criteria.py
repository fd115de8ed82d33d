"""Success criteria as delaftaler write them (issue 16): the calculations, status, report and diff of the new parts.

The rules have their cases in ``tests/rules/criteria.yaml``; here are the
pure calculations (:mod:`hplan.domain.progress`), the status of a plan that
uses every new part, the commands through the real entry point, and where a
finding about a missing section points.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from hplan.check.placement import missing_position
from hplan.diff.compare import diff_plans
from hplan.domain.calendar import evaluation_due_date
from hplan.domain.progress import expected_share, expected_value, moves_in_direction, stale_limit, sub_target_for
from hplan.model.criteria import Point, SubTarget
from hplan.model.plan import Plan
from hplan.profiles import builtin
from hplan.status.model import PlanStatus, ValidationSummary
from hplan.status.options import StatusOptions
from hplan.status.plan import plan_status
from hplan.yamlio.loader import load_text
from plan_texts import minimal_head

D = dt.date
Run = Callable[..., Result]
BASELINE = Point(value=24.0, date=D(2016, 12, 31))
TARGET = Point(value=18.0, date=D(2020, 12, 31))
SUBS = [SubTarget(date=D(2017, 12, 31), value=23.5), SubTarget(date=D(2018, 12, 31), value=22.0)]

PLAN = (
    minimal_head()
    + """\
target_groups:
  - {id: unge, name: 15-29-årige uden uddannelse og job, age: [15, 29]}
focus_areas:
  - id: uddannelse-og-beskaeftigelse
    purpose: Flere i job.
    target_groups: [unge]
    success_criteria:
      - id: ub-neet
        text: Færre unge uden uddannelse og job.
        indicator: Andel NEET
        unit: percent
        direction: decrease
        target_group: unge
        baseline: {value: 24.0, date: 2017-12-31}
        target: {value: 18.0, date: 2021-12-31}
        targets:
          - {date: 2018-12-31, value: 23.5}
          - {date: 2019-12-31, value: 22.0}
        data_source: {kind: register, name: Danmarks Statistik, frequency: yearly}
        measurements:
          - {date: 2018-12-31, value: 23.4, published: 2019-11-15}
        assessments:
          - {year: 2018, date: 2020-02-20, status: partly_met, note: Tæt på delmålet}
      - id: ub-ny
        text: Flere unge i fritidsjob.
        indicator: Andel unge med fritidsjob
        unit: percent
        direction: increase
        baseline_due: 2018-12-31
        target: {value: 40.0, date: 2021-12-31}
        data_source: {kind: survey, name: Ungeundersøgelse, frequency: yearly}
      - id: ub-samarbejde
        kind: qualitative
        text: Styrket samarbejde med skolen.
        data_source: {kind: activity_records, name: Mødelog, frequency: yearly}
        assessments:
          - {year: 2018, date: 2019-02-20, status: met}
budget:
  lines:
    - year: 2018
      focus_area: cross_cutting
      category: personnel
      funding: {lbf: 750000, kommune: 150000, bolig: 100000}
evaluations:
  - {year: 2018, date: 2019-02-20, summary: Første år.}
"""
)


def plan_of(text: str = PLAN) -> Plan:
    return Plan.model_validate(load_text(text, "mini.yaml").data)


def status_as_of(day: dt.date, text: str = PLAN) -> PlanStatus:
    profile = builtin("lbf-2015-18")
    return plan_status(plan_of(text), "mini.yaml", StatusOptions(as_of=day), ValidationSummary.of((), True), profile)


# --- the calculations ------------------------------------------------------------------


def test_without_sub_targets_the_expected_value_is_the_straight_line() -> None:
    assert expected_value(BASELINE, TARGET, [], D(2018, 12, 31)) == pytest.approx(24.0 - 6.0 * 730 / 1461)
    assert expected_share(BASELINE, TARGET, [], D(2018, 12, 31)) is None


def test_a_date_in_a_sub_targets_year_is_held_to_it_and_between_them_the_line_runs_straight() -> None:
    assert expected_value(BASELINE, TARGET, SUBS, D(2017, 6, 30)) == 23.5  # the year of the first sub-target
    assert expected_value(BASELINE, TARGET, SUBS, D(2018, 12, 31)) == 22.0
    # 2019 has none: from 22.0 (2018-12-31) to 18.0 (2020-12-31), half-way at 2019-12-31.
    assert expected_value(BASELINE, TARGET, SUBS, D(2019, 12, 31)) == pytest.approx(22.0 - 4.0 * 365 / 731)
    assert expected_value(BASELINE, TARGET, SUBS, D(2030, 1, 1)) == 18.0
    assert expected_share(BASELINE, TARGET, SUBS, D(2017, 12, 31)) == pytest.approx(0.5 / 6)


def test_the_sub_target_of_a_date_is_that_of_its_year() -> None:
    assert sub_target_for(SUBS, D(2018, 3, 1)) == SUBS[1]
    assert sub_target_for(SUBS, D(2019, 3, 1)) is None


def test_staleness_allows_for_the_data_lag() -> None:
    # Yearly, 18 months of lag, grace 0.25: 365 + 548 + 91 days; the 2018-12-31 figure goes stale about 2021-09-30.
    limit = stale_limit("yearly", 18, 0.25)
    assert limit == 365 + 548 + 91
    assert D(2018, 12, 31) + dt.timedelta(days=limit) == D(2021, 9, 30)
    assert stale_limit("yearly", 0, 0.25) == 456
    assert stale_limit("once", 18, 0.25) is None


def test_sub_targets_move_in_the_direction_or_keep_level() -> None:
    assert moves_in_direction("decrease", [24.0, 23.5, 23.5, 22.0])
    assert not moves_in_direction("decrease", [24.0, 25.0])
    assert moves_in_direction("increase", [1.0, 2.0]) and not moves_in_direction("increase", [2.0, 1.0])
    assert moves_in_direction("maintain", [2.0, 1.0])


# --- status -----------------------------------------------------------------------------


def test_a_criterion_is_judged_against_its_sub_target_and_keeps_its_recorded_judgement() -> None:
    found = {c.id: c for c in status_as_of(D(2020, 6, 1)).criteria}
    neet = found["ub-neet"]
    # 24 -> 23.4 is 0.1 of the way to 18; the sub-target of 2018 (23.5) expects 0.0833: on track.
    assert neet.progress == pytest.approx(0.1) and neet.expected == pytest.approx(0.5 / 6)
    assert neet.state == "on_track" and neet.sub_target is not None and neet.sub_target.value == 23.5
    assert neet.assessment is not None and (neet.assessment.year, neet.assessment.status) == (2018, "partly_met")
    assert neet.lag_months == 18 and neet.target_group == "unge"
    assert not neet.stale  # a register figure of 2018-12-31 with 18 months of lag is not stale in mid-2020


def test_time_travel_ignores_the_figure_published_and_the_judgement_made_later() -> None:
    neet = {c.id: c for c in status_as_of(D(2019, 6, 1)).criteria}["ub-neet"]
    assert neet.latest is None and neet.ignored == 1 and neet.state == "no_data"
    assert neet.assessment is None


def test_a_pending_baseline_has_no_progress_until_it_is_set_and_is_overdue_after_its_date() -> None:
    pending = {c.id: c for c in status_as_of(D(2018, 6, 1)).criteria}["ub-ny"]
    assert pending.baseline is None and pending.baseline_due == D(2018, 12, 31) and not pending.baseline_overdue
    assert pending.progress is None and pending.state == "no_data"
    late = {c.id: c for c in status_as_of(D(2019, 1, 1)).criteria}["ub-ny"]
    assert late.baseline_overdue


def test_a_qualitative_criterion_has_its_latest_judgement_and_the_years_without_one() -> None:
    (early,) = status_as_of(D(2019, 2, 1)).judged
    assert early.latest is None and early.missing == ()  # 2018 is due by 2019-03-31
    (judged,) = status_as_of(D(2019, 6, 1)).judged
    assert judged.latest is not None and judged.latest.status == "met" and judged.missing == ()
    (later,) = status_as_of(D(2020, 6, 1)).judged
    assert later.missing == (2019,)


def test_the_evaluation_between_the_years_end_and_its_due_date_is_open_not_missing() -> None:
    evaluations = status_as_of(D(2019, 2, 1)).evaluations
    assert evaluations is not None
    assert evaluations.missing == () and evaluations.open_now and evaluations.next_due == D(2019, 3, 31)
    assert evaluations.last_year is None  # held 2019-02-20: not yet on 2019-02-01


# --- through the entry point -------------------------------------------------------------


def test_status_json_has_the_new_parts(run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "mini.yaml").write_text(PLAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_hplan("status", "mini.yaml", "--as-of", "2020-06-01", "--format", "json")
    assert result.exit_code == 0
    plan = json.loads(result.stdout)["plans"][0]
    neet = next(c for c in plan["criteria"] if c["id"] == "ub-neet")
    assert neet["sub_target"] == {"value": 23.5, "date": "2018-12-31"}
    assert neet["assessment"] == {"year": 2018, "date": "2020-02-20", "status": "partly_met", "note": "Tæt på delmålet"}
    assert (neet["lag_months"], neet["target_group"]) == (18, "unge")
    pending = next(c for c in plan["criteria"] if c["id"] == "ub-ny")
    assert pending["baseline"] is None and pending["baseline_due"] == "2018-12-31" and pending["baseline_overdue"]
    (qualitative,) = plan["qualitative"]
    assert qualitative["latest"]["status"] == "met" and qualitative["missing"] == [2019]
    assert plan["ended"] is False


def test_status_in_danish_names_judgements_and_pending_baselines(
    run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mini.yaml").write_text(PLAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_hplan("status", "mini.yaml", "--as-of", "2020-06-01", "--format", "markdown", "--lang", "da")
    assert "målopfyldelse 2018: delvist opfyldt" in result.stdout
    assert "baseline mangler (frist 31.12.2018)" in result.stdout
    # Named by its text first, the id after it (docs/status.md "Names, not ids")
    assert (
        "Styrket samarbejde med skolen (`ub-samarbejde`): målopfyldelse 2018: opfyldt; mangler vurdering for 2019"
        in result.stdout
    )
    assert "baseline skulle være fastlagt" not in result.stdout  # one plan: no attention list
    assert "Kvalitative succeskriterier" in result.stdout


def test_ended_plans_leave_the_attention_list_unless_asked(
    run_hplan: Run, repo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo_root)
    ended = run_hplan("status", "plans", "--as-of", "2025-06-01")
    assert ended.exit_code == 0
    assert "4 ended plans are left out (--include-ended lists them)" in ended.stdout
    attention = ended.stdout.split("Needs attention")[1].split("Validation")[0]
    assert "nothing is off track, stale, overdue or due" in attention and "milestone" not in attention
    # One line an ended plan for its open closing duty: its evaluations.
    assert "Øst i Centrum: closing duty: the evaluation of 2018, 2019, 2020 is missing" in attention
    included = run_hplan("status", "plans", "--as-of", "2025-06-01", "--include-ended")
    assert "left out" not in included.stdout and "evaluation due for 2018, 2019, 2020" in included.stdout
    data = json.loads(run_hplan("status", "plans", "--as-of", "2025-06-01", "--format", "json").stdout)
    assert data["ended_plans"] == 4 and data["include_ended"] is False
    assert all(plan["ended"] for plan in data["plans"])


def test_the_report_shows_a_recorded_judgement_beside_the_calculated_progress(
    run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mini.yaml").write_text(PLAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_hplan("report", "mini.yaml", "--year", "2018", "--as-of", "2020-06-01")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "Målopfyldelse (vurderet): Delvist opfyldt (20.02.2020; Tæt på delmålet); følger planen" in result.stdout
    assert "10 % (forventet 8 %, delmål 23,5 for 2018)" in result.stdout
    assert "baseline mangler (frist 31.12.2018)" in result.stdout
    assert "| Styrket samarbejde med skolen. | Opfyldt (20.02.2019) |" in result.stdout


# --- diff -----------------------------------------------------------------------------------


def test_diff_names_sub_targets_and_judgements_by_their_identity() -> None:
    old = plan_of()
    new = plan_of(
        PLAN.replace("{date: 2019-12-31, value: 22.0}", "{date: 2019-12-31, value: 21.0}").replace(
            "          - {year: 2018, date: 2019-02-20, status: met}\n",
            "          - {year: 2018, date: 2019-02-20, status: met}\n"
            "          - {year: 2019, date: 2020-02-20, status: not_met}\n",
        )
    )
    changes = {c.path: c for c in diff_plans(old, new)}
    sub = changes["focus_areas[uddannelse-og-beskaeftigelse].success_criteria[ub-neet].targets[2019-12-31].value"]
    assert (sub.old, sub.new, sub.approval) == (22.0, 21.0, "board")
    judged = changes["focus_areas[uddannelse-og-beskaeftigelse].success_criteria[ub-samarbejde].assessments[2019]"]
    assert (judged.kind, judged.approval) == ("added", "none")


def test_recording_a_pending_baseline_needs_no_approval() -> None:
    old = plan_of()
    new = plan_of(
        PLAN.replace("        baseline_due: 2018-12-31\n", "        baseline: {value: 31.0, date: 2018-12-31}\n")
    )
    changes = diff_plans(old, new)
    assert {c.path.rsplit(".", 1)[-1]: c.approval for c in changes} == {"baseline": "none", "baseline_due": "none"}


# --- where a missing section's finding points ------------------------------------------------


def test_a_missing_key_points_at_the_end_of_the_mapping_it_goes_into() -> None:
    doc = load_text("format: 1\nkind: plan\nperiod:\n  start: 2017-01-01\n\nbudget: {}\n", "x.yaml")
    assert missing_position(doc, ("period", "end")) == (5, 3)  # the line after 'start:', at its column
    assert missing_position(doc, ("evaluations",)) == (6, 1)  # the document ends there
    assert missing_position(doc, ("period", "start")) is None  # present: the usual position


def test_an_evaluation_due_on_a_day_the_month_lacks_is_due_on_its_last_day() -> None:
    assert evaluation_due_date(2019, "02-29") == D(2020, 2, 29)
    assert evaluation_due_date(2020, "02-29") == D(2021, 2, 28)
    assert evaluation_due_date(2017, "04-31") == D(2018, 4, 30)
    assert evaluation_due_date(2017) == D(2018, 3, 31)
