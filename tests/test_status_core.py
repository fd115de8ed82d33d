"""The status computations, on small documents with figures checked by hand."""

from __future__ import annotations

import datetime as dt
import pickle
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hplan.check.context import Options
from hplan.check.pipeline import check_document
from hplan.model.criteria import SuccessCriterion
from hplan.model.plan import CooperationAgreement, Milestone, Period, Plan
from hplan.status.criteria import criterion_status, expected_progress, is_stale, judge_progress, latest_measurement
from hplan.status.lenient import read_leniently
from hplan.status.options import StatusOptions, Thresholds
from hplan.status.plan import agreement_status, budget_status, evaluation_status, milestone_status, period_status
from hplan.status.run import co_financing, status_file, status_files, status_paths
from hplan.yamlio.loader import load_text
from plan_texts import minimal_head

D = dt.date

PLAN = (
    minimal_head()
    + """\
focus_areas:
  - id: tryghed-og-trivsel
    purpose: Tryghed.
    success_criteria:
      - id: tt-linje
        text: På linjen.
        indicator: Andel trygge
        unit: percent
        direction: increase
        baseline: {value: 10, date: 2018-01-01}
        target: {value: 20, date: 2020-01-01}
        data_source: {kind: survey, name: Tryghedsundersøgelse, frequency: yearly}
        measurements:
          - {date: 2019-01-01, value: 15}
          - {date: 2019-06-30, value: 30}
budget:
  lines:
    - year: 2018
      focus_area: cross_cutting
      category: personnel
      funding: {lbf: 750000, kommune: 150000, bolig: 100000}
      spent: 990000
    - {year: 2018, focus_area: tryghed-og-trivsel, category: activities, funding: {lbf: 60000, kommune: 40000}}
    - year: 2019
      focus_area: cross_cutting
      category: personnel
      funding: {lbf: 600000, kommune: 150000, bolig: 50000}
milestones:
  - {id: m-i-dag, title: I dag, due: 2019-01-01, status: planned}
evaluations:
  - {year: 2018, date: 2019-02-10, summary: Første år.}
revisions:
  - {date: 2018-06-01, approved_by: board, reference: Møde 1, summary: Før.}
  - {date: 2019-03-01, approved_by: lbf, reference: Brev, summary: Efter.}
"""
)


def plan_from(text: str = PLAN) -> Plan:
    return Plan.model_validate(load_text(text, "mini.yaml").data)


def criterion(
    *,
    direction: str = "increase",
    baseline: tuple[float, str] = (10, "2018-01-01"),
    target: tuple[float, str] = (20, "2020-01-01"),
    measurements: Sequence[tuple[str, float]] = (),
    frequency: str = "yearly",
) -> SuccessCriterion:
    return SuccessCriterion.model_validate(
        {
            "id": "c",
            "text": "T",
            "indicator": "I",
            "unit": "percent",
            "direction": direction,
            "baseline": {"value": float(baseline[0]), "date": D.fromisoformat(baseline[1])},
            "target": {"value": float(target[0]), "date": D.fromisoformat(target[1])},
            "data_source": {"kind": "survey", "name": "S", "frequency": frequency},
            "measurements": [{"date": D.fromisoformat(day), "value": float(value)} for day, value in measurements],
        }
    )


# --- criteria -----------------------------------------------------------------------
# Baseline 10 on 2018-01-01, target 20 on 2020-01-01: 730 days, so on 2019-01-01
# (365 days in) the straight line expects exactly half the way, 15.


def test_a_criterion_exactly_on_the_line_is_on_track() -> None:
    found = criterion_status(criterion(measurements=[("2019-01-01", 15)]), "fa", D(2019, 2, 1))
    assert found.progress == 0.5
    assert found.expected == 0.5
    assert found.state == "on_track"


def test_a_criterion_ahead_of_the_line_is_on_track() -> None:
    found = criterion_status(criterion(measurements=[("2019-01-01", 18)]), "fa", D(2019, 2, 1))
    assert found.progress == pytest.approx(0.8)
    assert found.state == "on_track"


@pytest.mark.parametrize(
    ("value", "state"),
    [
        (14.5, "on_track"),  # 0.45 = 90 % of 0.5: on the on-track threshold
        (14.4, "at_risk"),  # 0.44 = 88 %
        (12.5, "at_risk"),  # 0.25 = 50 %: on the at-risk threshold
        (12.4, "off_track"),  # 0.24 = 48 %
        (9.0, "off_track"),  # a step back
    ],
)
def test_a_criterion_behind_the_line_is_at_risk_then_off_track(value: float, state: str) -> None:
    found = criterion_status(criterion(measurements=[("2019-01-01", value)]), "fa", D(2019, 2, 1))
    assert found.state == state


def test_a_decreasing_criterion_is_judged_the_same_way() -> None:
    # ub-neet of Øst i Centrum: 24.0 -> 18.0 from 2016-12-31 to 2020-12-31 (1461
    # days); 23.1 on 2017-12-31 (365 days): 0.9/6 = 15 % of the way where
    # 365/1461 = 25 % was expected: 60 % of it, at risk.
    found = criterion_status(
        criterion(
            direction="decrease",
            baseline=(24.0, "2016-12-31"),
            target=(18.0, "2020-12-31"),
            measurements=[("2017-12-31", 23.1)],
        ),
        "ub",
        D(2018, 6, 1),
    )
    assert found.progress == pytest.approx(0.15)
    assert found.expected == pytest.approx(365 / 1461)
    assert found.state == "at_risk"


def test_measurements_after_the_as_of_date_are_ignored() -> None:
    subject = criterion(measurements=[("2019-01-01", 15), ("2019-06-30", 30)])
    found = criterion_status(subject, "fa", D(2019, 6, 29))
    assert found.latest is not None and found.latest.value == 15
    assert found.ignored == 1
    later = criterion_status(subject, "fa", D(2019, 6, 30))
    assert later.latest is not None and later.latest.value == 30 and later.ignored == 0


def test_the_latest_measurement_is_by_date_not_by_position() -> None:
    subject = criterion(measurements=[("2019-01-01", 15), ("2018-06-01", 11), ("2019-01-01", 16)])
    latest = latest_measurement(subject, D(2020, 1, 1))
    assert latest is not None and (latest.date, latest.value) == (D(2019, 1, 1), 16)


def test_without_measurements_a_criterion_has_no_data() -> None:
    found = criterion_status(criterion(), "fa", D(2018, 6, 1))
    assert (found.state, found.progress, found.latest, found.stale) == ("no_data", None, None, False)


def test_a_measurement_at_the_baseline_date_expects_no_progress() -> None:
    on_the_baseline = criterion_status(criterion(measurements=[("2018-01-01", 10)]), "fa", D(2018, 2, 1))
    assert (on_the_baseline.expected, on_the_baseline.state) == (0.0, "on_track")
    worse = criterion_status(criterion(measurements=[("2018-01-01", 9)]), "fa", D(2018, 2, 1))
    assert worse.state == "off_track"


def test_a_target_reached_after_its_date_is_on_track_and_short_of_it_is_not() -> None:
    reached = criterion_status(criterion(measurements=[("2020-06-30", 21)]), "fa", D(2020, 7, 1))
    assert reached.expected == 1.0 and reached.progress == pytest.approx(1.1) and reached.state == "on_track"
    short = criterion_status(criterion(measurements=[("2020-06-30", 16)]), "fa", D(2020, 7, 1))
    assert short.state == "at_risk"  # 0.6 of 1.0


@pytest.mark.parametrize(
    ("value", "state"),
    [(25, "on_track"), (26.25, "on_track"), (23.9, "on_track"), (27, "at_risk"), (22.5, "at_risk"), (28, "off_track")],
)
def test_a_maintain_criterion_is_judged_by_its_tolerance(value: float, state: str) -> None:
    subject = criterion(direction="maintain", baseline=(25, "2018-01-01"), target=(25, "2020-01-01"))
    found = criterion_status(
        subject.model_copy(update={"measurements": criterion(measurements=[("2019-01-01", value)]).measurements}),
        "fa",
        D(2019, 2, 1),
    )
    assert found.state == state
    assert found.progress is None


def test_thresholds_are_configurable() -> None:
    subject = criterion(measurements=[("2019-01-01", 14)])  # 0.4 of 0.5 expected: 80 %
    assert criterion_status(subject, "fa", D(2019, 2, 1)).state == "at_risk"
    assert criterion_status(subject, "fa", D(2019, 2, 1), Thresholds(on_track=0.8)).state == "on_track"
    assert criterion_status(subject, "fa", D(2019, 2, 1), Thresholds(on_track=0.95, at_risk=0.85)).state == "off_track"


def test_thresholds_refuse_an_impossible_order() -> None:
    with pytest.raises(ValueError, match="at_risk"):
        Thresholds(on_track=0.4, at_risk=0.5)


@pytest.mark.parametrize(
    ("frequency", "limit"),
    [("yearly", 456), ("half_yearly", 229), ("quarterly", 115), ("monthly", 39)],
)
def test_a_measurement_goes_stale_after_its_interval_and_a_quarter(frequency: str, limit: int) -> None:
    last = D(2017, 12, 31)
    thresholds = Thresholds()
    assert thresholds.stale_after(frequency) == limit
    assert not is_stale(frequency, last, last + dt.timedelta(days=limit), thresholds)
    assert is_stale(frequency, last, last + dt.timedelta(days=limit + 1), thresholds)


def test_a_yearly_criterion_is_stale_by_frequency() -> None:
    # Measured 2017-12-31; a yearly figure may be 365 + 91 days old: 2019-04-01.
    subject = criterion(baseline=(10, "2016-12-31"), measurements=[("2017-12-31", 12)])
    assert not criterion_status(subject, "fa", D(2019, 4, 1)).stale
    stale = criterion_status(subject, "fa", D(2019, 4, 2))
    assert stale.stale and stale.age_days == 457


def test_a_criterion_measured_once_never_goes_stale() -> None:
    subject = criterion(frequency="once", measurements=[("2018-06-30", 12)])
    assert not criterion_status(subject, "fa", D(2030, 1, 1)).stale


def test_without_measurements_staleness_counts_from_the_baseline() -> None:
    subject = criterion(frequency="quarterly", baseline=(10, "2018-01-01"))
    assert not criterion_status(subject, "fa", D(2018, 4, 26)).stale  # 115 days
    assert criterion_status(subject, "fa", D(2018, 4, 27)).stale


@given(
    progress=st.floats(-2, 3, allow_nan=False),
    expected=st.floats(0, 1, allow_nan=False),
)
@settings(max_examples=200, deadline=None)
def test_more_progress_never_judges_worse(progress: float, expected: float) -> None:
    rank = {"on_track": 0, "at_risk": 1, "off_track": 2}
    thresholds = Thresholds()
    assert (
        rank[judge_progress(progress + 0.1, expected, thresholds)]
        <= rank[judge_progress(progress, expected, thresholds)]
    )


def test_expected_progress_is_clamped() -> None:
    subject = criterion()
    assert subject.baseline is not None
    assert expected_progress(subject.baseline, subject.target, D(2017, 1, 1)) == 0.0
    assert expected_progress(subject.baseline, subject.target, D(2021, 1, 1)) == 1.0


# --- milestones ---------------------------------------------------------------------


def milestone(due: str, status: str = "planned", completed: str | None = None) -> Milestone:
    data: dict[str, Any] = {"id": "m", "title": "M", "due": D.fromisoformat(due), "status": status}
    if completed is not None:
        data["completed"] = D.fromisoformat(completed)
    return Milestone.model_validate(data)


@pytest.mark.parametrize(
    ("due", "status", "completed", "state", "days"),
    [
        ("2018-06-01", "planned", None, "due_soon", 0),  # due today: not yet overdue
        ("2018-05-31", "planned", None, "overdue", -1),
        ("2018-05-31", "delayed", None, "overdue", -1),
        ("2018-07-31", "planned", None, "due_soon", 60),  # the horizon's last day
        ("2018-08-01", "delayed", None, "planned", 61),
        ("2018-01-01", "cancelled", None, "cancelled", -151),
        ("2018-05-01", "done", "2018-04-20", "done", -31),
        ("2018-05-01", "done", "2018-06-02", "overdue", -31),  # completed after the as-of date
    ],
)
def test_milestone_states(due: str, status: str, completed: str | None, state: str, days: int) -> None:
    found = milestone_status(milestone(due, status, completed), D(2018, 6, 1), 60)
    assert (found.state, found.days) == (state, days)


def test_recently_done_means_completed_within_the_horizon() -> None:
    as_of = D(2018, 6, 1)
    assert milestone_status(milestone("2018-05-01", "done", "2018-04-02"), as_of, 60).recent
    assert not milestone_status(milestone("2018-05-01", "done", "2018-04-01"), as_of, 60).recent
    assert not milestone_status(milestone("2018-05-01", "planned"), as_of, 60).recent


# --- period, budget, governance -----------------------------------------------------


def test_period_elapsed_and_plan_year() -> None:
    # Øst i Centrum: 2017-02-01 to 2021-01-31 is 1461 days; 2018-06-01 is day 485.
    period = Period(start=D(2017, 2, 1), end=D(2021, 1, 31))
    found = period_status(period, D(2018, 6, 1))
    assert found.elapsed == pytest.approx(485 / 1461)
    assert (found.phase, found.plan_year, found.plan_years) == ("running", 2, 4)
    assert period_status(period, D(2017, 1, 31)).phase == "not_started"
    assert period_status(period, D(2021, 2, 1)).elapsed == 1.0
    assert period_status(period, D(2021, 1, 31)).plan_year == 4


def test_budget_per_year_and_in_all() -> None:
    plan = plan_from()
    budget = budget_status(plan, D(2019, 2, 1))
    first, second = budget.years
    # 2018: 1,000,000 + 100,000 planned; lbf 810,000; local 290,000.
    assert (first.year, first.planned, first.lbf, first.spent) == (2018, 1_100_000, 810_000, 990_000)
    assert first.local_share == pytest.approx(290_000 / 1_100_000)
    assert (second.planned, second.spent) == (800_000, None)
    assert (budget.total, budget.lbf) == (1_900_000, 1_410_000)
    assert budget.local_share == pytest.approx(490_000 / 1_900_000)
    assert budget.current == second
    assert budget_status(plan, D(2022, 1, 1)).current is None


def test_evaluations_last_next_and_missing() -> None:
    plan = plan_from()
    found = evaluation_status(plan, D(2019, 6, 1))
    assert (found.last_year, found.last_date, found.missing, found.due) == (2018, D(2019, 2, 10), (), False)
    assert (found.next_year, found.next_from) == (2019, D(2020, 1, 1))
    later = evaluation_status(plan, D(2021, 4, 1))
    assert later.missing == (2019, 2020) and later.due and later.next_year == 2019


def test_an_evaluation_is_due_by_31_march_and_counts_only_once_held() -> None:
    plan = plan_from()
    # 2020's evaluation is due 2021-03-31: on that day it is not missing yet, the day after it is.
    assert evaluation_status(plan, D(2021, 3, 31)).missing == (2019,)
    assert evaluation_status(plan, D(2021, 3, 31)).next_due == D(2020, 3, 31)
    assert evaluation_status(plan, D(2021, 4, 1)).missing == (2019, 2020)
    # The 2018 evaluation is held 2019-02-10: as of the day before, it is not there yet.
    before = evaluation_status(plan, D(2019, 2, 9))
    assert (before.last_year, before.next_year, before.next_due) == (None, 2018, D(2019, 3, 31))


@given(day=st.dates(D(2016, 1, 1), D(2024, 12, 31)), end_day=st.sampled_from(["2021-12-31", "2021-06-30"]))
@settings(max_examples=40, deadline=None)
def test_a_due_evaluation_agrees_with_rule_hp601(day: dt.date, end_day: str) -> None:
    text = PLAN.replace("end: 2021-12-31", f"end: {end_day}")
    doc = load_text(text, "mini.yaml")
    result = check_document(doc, Options(as_of=day), None)
    flagged = [int(m) for d in result.diagnostics if d.rule == "HP601" for m in re.findall(r"for (\d{4})", d.message)]
    assert list(evaluation_status(plan_from(text), day).missing) == flagged


def test_agreement_states() -> None:
    def state(until: str | None) -> str:
        agreement = CooperationAgreement.model_validate(
            {"id": "sa", "partner": "P", "subject": "S", "valid_until": D.fromisoformat(until) if until else None}
        )
        return agreement_status(agreement, D(2021, 12, 31), D(2019, 1, 1), 60).state

    assert state("2018-12-31") == "expired"
    assert state("2019-01-01") == "expiring"
    assert state("2019-03-02") == "expiring"  # the horizon's last day
    assert state("2019-03-03") == "ends_early"
    assert state("2021-12-31") == "valid"
    assert state(None) == "valid"


def test_revisions_approved_after_the_as_of_date_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    path.write_text(PLAN, encoding="utf-8")
    found = status_file(path, "mini.yaml", StatusOptions(as_of=D(2019, 1, 1))).plan
    assert found is not None
    assert [r.reference for r in found.revisions] == ["Møde 1"]


# --- files, portfolios, broken plans --------------------------------------------------


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_co_financing_sums_each_party_per_year_across_plans(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", PLAN)
    write(
        tmp_path, "b.yaml", PLAN.replace("id: mini", "id: andet").replace("bolig, name: Testby Bolig", "bolig, name: X")
    )
    result = status_paths([tmp_path], StatusOptions(as_of=D(2019, 1, 1)))
    rows = [(c.party, c.name, c.kind, c.year, c.amount) for c in result.co_financing]
    assert rows == [
        ("kommune", "Testby Kommune", "municipality", 2018, 2 * 190_000),
        ("kommune", "Testby Kommune", "municipality", 2019, 2 * 150_000),
        ("bolig", "Testby Bolig", "housing_organisation", 2018, 2 * 100_000),
        ("bolig", "Testby Bolig", "housing_organisation", 2019, 2 * 50_000),
    ]
    assert co_financing(result.plans[:1]) == tuple(c for c in result.plans[0].contributions)


def test_a_party_paying_nothing_in_a_year_is_no_co_financer_that_year(tmp_path: Path) -> None:
    # bolig pays 0 kr in 2019: it co-finances 2018 only, in each plan and across them.
    text = PLAN.replace("kommune: 150000, bolig: 50000}", "kommune: 150000, bolig: 0}")
    write(tmp_path, "a.yaml", text)
    write(tmp_path, "b.yaml", text.replace("id: mini", "id: andet"))
    result = status_paths([tmp_path], StatusOptions(as_of=D(2019, 1, 1)))
    assert [p.budget and p.budget.years[1].by_source for p in result.plans] == 2 * [
        (("lbf", 600_000), ("bolig", 0), ("kommune", 150_000))
    ]
    paying = [("kommune", 2018), ("kommune", 2019), ("bolig", 2018)]
    for plan in result.plans:
        assert [(c.party, c.year) for c in plan.contributions] == paying
    assert [(c.party, c.year, c.amount) for c in result.co_financing] == [
        ("kommune", 2018, 2 * 190_000),
        ("kommune", 2019, 2 * 150_000),
        ("bolig", 2018, 2 * 100_000),
    ]


def test_boards_count_in_validation_but_are_not_plans(tmp_path: Path) -> None:
    write(tmp_path, "plan.yaml", PLAN)
    write(tmp_path, "board.yaml", "format: 1\nkind: board\nid: b\nname: B\nplans: [ghost]\nmembers: []\n")
    result = status_paths([tmp_path], StatusOptions(as_of=D(2019, 1, 1)))
    assert [p.id for p in result.plans] == ["mini"]
    assert [f.file.endswith("board.yaml") for f in result.other_files] == [True]
    assert result.other_files[0].validation.errors > 0
    assert result.errors == result.other_files[0].validation.errors + result.plans[0].validation.errors


def test_cross_file_problems_reach_each_plan(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", PLAN)
    write(tmp_path, "b.yaml", PLAN)  # the same id twice: reported in the second file
    result = status_paths([tmp_path], StatusOptions(as_of=D(2019, 1, 1)))
    first, second = result.plans
    assert not any(d.rule == "HP102" for d in first.validation.problems)
    assert [d.file for d in second.validation.problems if d.rule == "HP102"] == [second.file]
    assert second.validation.errors == first.validation.errors + 1


def test_an_invalid_plan_is_read_as_far_as_it_can_be(tmp_path: Path) -> None:
    text = PLAN.replace("direction: increase", "direction: up").replace("\nmilestones:", "\nmilestone:")
    path = write(tmp_path, "bad.yaml", text)
    found = status_file(path, "bad.yaml", StatusOptions(as_of=D(2019, 1, 1))).plan
    assert found is not None
    assert not found.validation.readable and found.validation.errors == 2
    assert found.criteria == () and found.milestones == ()
    assert set(found.validation.unread) == {"milestone", "focus_areas[tryghed-og-trivsel].success_criteria[tt-linje]"}
    assert found.budget is not None and found.budget.total == 1_900_000


def test_an_unreadable_plan_keeps_its_name_and_problems(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.yaml", "format: 1\nkind: plan\nid: brudt\nname: Brudt\n")
    found = status_file(path, "broken.yaml", StatusOptions(as_of=D(2019, 1, 1))).plan
    assert found is not None
    assert (found.id, found.name, found.period, found.budget) == ("brudt", "Brudt", None, None)
    assert found.validation.errors == len(found.validation.problems) > 0


def test_read_leniently_leaves_out_only_the_broken_items() -> None:
    data = load_text(PLAN, "mini.yaml").data
    data["budget"]["lines"][1]["funding"]["lbf"] = -5
    data["milestones"][0]["due"] = "i morgen"
    plan, unread = read_leniently(data)
    assert plan is not None
    assert len(plan.budget.lines) == 2 and plan.milestones == []
    assert unread == ("milestones[m-i-dag]", "budget.lines[2018/tryghed-og-trivsel/activities]")
    assert read_leniently({"format": 1, "kind": "plan"}) == (None, ())


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in _leaves(value, (*path, key))]
    if isinstance(node, list):
        return [p for i, value in enumerate(node) for p in _leaves(value, (*path, i))] or [path]
    return [path]


@given(data=st.data())
@settings(max_examples=60, deadline=None)
def test_read_leniently_never_fails_on_a_broken_plan(data: st.DataObject) -> None:
    plan = load_text(PLAN, "mini.yaml").data
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_leaves(plan)))
        if not path:
            continue
        node = plan
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = data.draw(st.one_of(st.none(), st.text(max_size=3), st.integers(-5, 5), st.just([1])))
    found, unread = read_leniently(plan)
    assert found is None or isinstance(found, Plan)
    assert all(isinstance(part, str) for part in unread)


def test_a_file_status_travels_to_a_worker_and_back(tmp_path: Path) -> None:
    path = write(tmp_path, "mini.yaml", PLAN)
    options = StatusOptions(as_of=D(2019, 1, 1))
    found = status_file(path, "mini.yaml", options)
    assert pickle.loads(pickle.dumps(found)) == found
    assert pickle.loads(pickle.dumps(options)) == options


def test_many_files_in_worker_processes_give_the_same_result(tmp_path: Path) -> None:
    for i in range(30):
        write(tmp_path, f"p{i:02}.yaml", PLAN.replace("id: mini", f"id: plan-{i}"))
    options = StatusOptions(as_of=D(2019, 1, 1))
    files = sorted((path, path.name) for path in tmp_path.iterdir())
    assert status_files(files, options, jobs=2) == status_files(files, options, jobs=1)


def test_the_shipped_plans_as_of_2018_06_01(repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo_root)
    result = status_paths([Path("plans")], StatusOptions(as_of=D(2018, 6, 1)))
    by_id = {plan.id: plan for plan in result.plans}
    assert set(by_id) == {"center-for-samskabelse", "loevvangen", "loevvangen-2021-25", "oest-i-centrum"}
    oest = by_id["oest-i-centrum"]
    states = {c.id: c.state for c in oest.criteria}
    # ub-neet is held to its sub-target for 2017 (23.5), not the straight line: on track.
    assert states["ub-neet"] == "on_track" and states["tt-husordenssager"] == "at_risk"
    assert sum(1 for s in states.values() if s == "on_track") == 9
    assert [m.id for m in oest.milestones if m.recent] == ["m-tryghedsvandring-2018"]
    assert oest.budget is not None and oest.budget.total == 10_398_000
    assert result.errors == 0 and len(result.other_files) == 1
