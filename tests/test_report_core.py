"""The yearly report's core (``hplan.yearly.report``): what belongs to the year, with figures checked by hand.

The shipped plan Øst i Centrum (plans/oest-i-centrum.yaml) is the main case:
its comments give the budget totals, and the figures below are worked out
from its lines. Small plans written here cover the edge cases.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from hplan.errors import UsageError
from hplan.fsutil import write_atomic
from hplan.model.plan import Plan
from hplan.privacy import find_cpr
from hplan.status.model import AreaBudget
from hplan.status.options import StatusOptions
from hplan.status.plan import area_budgets
from hplan.status.run import status_and_plan, status_file
from hplan.yamlio.loader import load_text
from hplan.yearly.model import UnreadablePlan, YearlyReport
from hplan.yearly.report import ReportOptions, default_as_of, yearly_report
from plan_texts import minimal_head

D = dt.date
OEST = Path("plans/oest-i-centrum.yaml")

MINI = (
    minimal_head()
    + """\
focus_areas:
  - id: tryghed-og-trivsel
    purpose: Tryghed.
    success_criteria:
      - id: tt-holdes
        text: Fraflytningen holdes nede.
        indicator: Fraflytningsprocent
        unit: percent
        direction: maintain
        baseline: {value: 20, date: 2017-12-31}
        target: {value: 20, date: 2021-12-31}
        data_source: {kind: housing_organisation, name: Boligselskabets udlejning, frequency: yearly}
        measurements:
          - {date: 2018-12-31, value: 21}
      - id: tt-ingen
        text: Endnu ikke målt.
        indicator: Andel trygge
        unit: percent
        direction: increase
        baseline: {value: 60, date: 2017-12-31}
        target: {value: 70, date: 2021-12-31}
        data_source: {kind: survey, name: Tryghedsundersøgelse, frequency: yearly}
  - id: uddannelse-og-beskaeftigelse
    purpose: Job.
    success_criteria:
      - id: ub-job
        text: Flere i job.
        indicator: Antal i job
        unit: count
        direction: increase
        baseline: {value: 100, date: 2017-12-31}
        target: {value: 140, date: 2021-12-31}
        data_source: {kind: municipal, name: Jobcentret, frequency: half_yearly}
        measurements:
          - {date: 2018-06-30, value: 104}
          - {date: 2018-12-31, value: 111}
          - {date: 2018-12-31, value: 112, note: Rettet tal}
budget:
  lines:
    - year: 2018
      focus_area: cross_cutting
      category: personnel
      funding: {lbf: 600000, kommune: 150000, bolig: 50000}
      spent: 790000
    - {year: 2018, focus_area: tryghed-og-trivsel, category: activities, funding: {lbf: 75000, kommune: 25000}}
    - year: 2018
      focus_area: uddannelse-og-beskaeftigelse
      category: personnel
      funding: {lbf: 150000, bolig: 50000, other: 10000}
      spent: 205000
    - {year: 2019, focus_area: cross_cutting, category: personnel, funding: {lbf: 600000, kommune: 200000}}
milestones:
  - {id: m-1, title: Først, due: 2018-03-01, status: done, completed: 2018-02-20}
  - {id: m-2, title: Sent færdig, due: 2018-05-01, status: done, completed: 2018-05-31}
  - {id: m-3, title: Ikke nået, due: 2018-06-01, status: delayed}
  - {id: m-4, title: Aflyst, due: 2018-08-01, status: cancelled}
  - {id: m-5, title: Til sidst, due: 2018-12-31}
  - {id: m-6, title: Næste år, due: 2019-04-01}
evaluations:
  - year: 2018
    date: 2019-02-10
    summary: Første år.
    decisions: [Mere af det samme]
revisions:
  - {date: 2018-06-01, approved_by: board, reference: Møde 1, summary: I året.}
  - {date: 2019-03-01, approved_by: lbf, reference: Brev, summary: Året efter.}
"""
)


@pytest.fixture
def in_repo(repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(repo_root)
    return repo_root


@pytest.fixture
def oest_2017(in_repo: Path) -> YearlyReport:
    return report_of(OEST, 2017)


def report_of(path: Path, year: int, as_of: dt.date | None = None) -> YearlyReport:
    result = yearly_report(path, ReportOptions(year, as_of or default_as_of(year, D(2030, 1, 1))))
    assert isinstance(result, YearlyReport)
    return result


def write(tmp_path: Path, text: str, name: str = "mini.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def criterion(report: YearlyReport, ident: str):  # type: ignore[no-untyped-def]
    return next(c for c in report.criteria if c.id == ident)


# --- the dates -----------------------------------------------------------------------------


def test_the_default_as_of_is_the_end_of_the_year_or_today_when_earlier() -> None:
    assert default_as_of(2017, D(2018, 3, 1)) == D(2017, 12, 31)
    assert default_as_of(2018, D(2018, 3, 1)) == D(2018, 3, 1)
    assert ReportOptions(2017, D(2018, 6, 30)).cutoff == D(2017, 12, 31)
    assert ReportOptions(2018, D(2018, 3, 1)).cutoff == D(2018, 3, 1)


# --- Øst i Centrum, 2017 -----------------------------------------------------------------------


def test_header_of_oest_i_centrum_2017(oest_2017: YearlyReport) -> None:
    report = oest_2017
    assert (report.id, report.name, report.year) == ("oest-i-centrum", "Øst i Centrum", 2017)
    assert report.as_of == report.cutoff == D(2017, 12, 31)
    assert report.profile_name == "Landsbyggefonden, boligsociale midler 2015-2018"
    assert report.covered == (D(2017, 2, 1), D(2017, 12, 31)) and report.partial_year
    assert [area.name for area in report.focus_areas] == [
        "Forebyggelse og forældreansvar",
        "Uddannelse og beskæftigelse",
        "Kriminalpræventiv indsats",
        "Tryghed og trivsel",
    ]
    assert report.validation.errors == report.validation.warnings == 0


def test_goal_attainment_of_oest_i_centrum_2017(oest_2017: YearlyReport) -> None:
    report = oest_2017
    assert len(report.criteria) == 10
    # The 2017-12-31 figure was published 2018-02-15: as of 2017-12-31 (the report's as-of) it was not known.
    fritid = criterion(report, "fo-fritidsaktivitet")
    assert fritid.measurement is None and fritid.state == "no_data" and fritid.history == ()
    assert fritid.source_name == "Aalborg Kommune, Fritidspas og foreningernes medlemsregistrering"
    # 24 -> 18: 23.1 is 0.9 / 6 = 0.15 of the way; the sub-target of 2017 is 23.5, (24 - 23.5) / 6 = 0.0833
    # expected (not 0.25 on the straight line): on track; its note comes along.
    neet = criterion(report, "ub-neet")
    assert neet.attainment == pytest.approx(0.15)
    assert neet.status.expected == pytest.approx(0.5 / 6)
    assert neet.status.sub_target is not None and neet.status.sub_target.value == 23.5
    assert neet.state == "on_track"
    assert neet.note == "Foreløbigt tal"
    # Judged met on 2018-02-27: after the report's as-of date, so not in it yet.
    assert neet.judgement is None
    # 38 -> 25 quarterly: the year's measurement is 2017-12-31's 36, not 2018-03-31's 35;
    # (36 - 38) / (25 - 38) = 2 / 13 = 0.1538 against 0.2498: 62 %, at risk.
    sager = criterion(report, "tt-husordenssager")
    assert sager.measurement is not None and (sager.measurement.date, sager.measurement.value) == (D(2017, 12, 31), 36)
    assert sager.attainment == pytest.approx(2 / 13)
    assert sager.state == "at_risk"
    assert [(r.date, r.value) for r in sager.history] == [
        (D(2017, 3, 31), 38),
        (D(2017, 6, 30), 37),
        (D(2017, 9, 30), 36),
        (D(2017, 12, 31), 36),
    ]
    assert (report.count("on_track"), report.count("at_risk"), report.count("off_track")) == (8, 1, 0)
    assert report.count("no_data") == 1  # fo-fritidsaktivitet, published after the as-of date


def test_milestones_of_oest_i_centrum_2017(oest_2017: YearlyReport) -> None:
    report = oest_2017
    assert [(m.status.id, m.outcome, m.days_late) for m in report.milestones] == [
        ("m-projektkontor-aabent", "done", 0),
        ("m-lektiecafe-aaben", "done", 0),
        ("m-foraeldrenetvaerk-start", "done", 4),  # due 2017-10-01, completed 2017-10-05
    ]
    assert [(m.status.id, m.outcome) for m in report.next_milestones] == [
        ("m-ungeklub-groenneparken", "cancelled"),
        ("m-tryghedsvandring-2018", "open"),
        ("m-virksomhedsnetvaerk", "open"),
        ("m-fritidspas-50", "open"),
    ]
    assert report.next_milestones[1].focus_area_name == "Tryghed og trivsel"


def test_budget_of_oest_i_centrum_2017(oest_2017: YearlyReport) -> None:
    budget = oest_2017.budget
    assert budget is not None
    # Five lines: LBF 480 + 380 + 430 + 150 + 330 = 1,770 thousand; in all 2,405,000 kr.
    assert (budget.year.planned, budget.year.lbf, budget.local) == (2_405_000, 1_770_000, 635_000)
    # spent 651,240 + 498,615 + 583,900 + 187,450 + 429,310
    assert budget.year.spent == 2_350_515
    assert budget.spent_share == pytest.approx(2_350_515 / 2_405_000)
    assert budget.year.local_share == pytest.approx(635 / 2405)
    assert [(s.source, s.name, s.amount) for s in budget.sources] == [
        ("lbf", None, 1_770_000),
        ("aalborg-kommune", "Aalborg Kommune", 360_000),
        ("alabu", "Alabu Bolig", 165_000),
        ("lejerbo", "Lejerbo", 110_000),
    ]
    assert [(a.budget.focus_area, a.budget.planned, a.budget.spent) for a in budget.areas] == [
        ("forebyggelse-og-foraeldreansvar", 515_000, 498_615),
        ("uddannelse-og-beskaeftigelse", 585_000, 583_900),
        ("kriminalpraeventiv-indsats", 215_000, 187_450),
        ("tryghed-og-trivsel", 430_000, 429_310),
        ("cross_cutting", 660_000, 651_240),
    ]
    assert budget.areas[-1].cross_cutting and budget.areas[-1].name is None
    # The whole period: 2,803,000 of 10,398,000 kr (the plan's own comment); lbf-2015-18 asks for 25 %.
    assert budget.plan_local_share == pytest.approx(2_803 / 10_398)
    assert budget.min_local_share == 0.25


def test_evaluation_and_revisions_of_oest_i_centrum_2017(oest_2017: YearlyReport) -> None:
    report = oest_2017
    assert report.evaluation_state == "recorded"
    (evaluation,) = report.evaluations
    assert evaluation.date == D(2018, 2, 27)  # held after the year, shown all the same
    assert evaluation.summary.startswith("Styregruppen har gennemgået det første projektår")
    assert len(evaluation.decisions) == 3
    assert report.revisions == ()  # the board approved the changes on 2018-03-09: that is 2018's


def test_oest_i_centrum_2018_has_one_measurement_a_late_and_an_open_milestone(in_repo: Path) -> None:
    report = report_of(OEST, 2018)
    # Only the quarterly house-rule cases were measured in 2018: 35 on 2018-03-31 is 3 / 13 = 0.2308
    # of the way; the line expects 455 / 1461 = 0.3114 then: 74 %, at risk; stale on 2018-12-31.
    sager = criterion(report, "tt-husordenssager")
    assert sager.attainment == pytest.approx(3 / 13)
    assert sager.status.expected == pytest.approx(455 / 1461)
    assert sager.state == "at_risk" and sager.status.stale
    assert report.count("no_data") == 9
    neet = criterion(report, "ub-neet")
    assert neet.measurement is None and neet.attainment is None
    assert neet.earlier is not None and neet.earlier.value == 23.1
    assert report.outcomes() == {"done": 1, "late": 1, "open": 1, "cancelled": 1}
    assert [r.date for r in report.revisions] == [D(2018, 3, 9)]
    assert report.evaluation_state == "pending"  # 2018 has not ended on 2018-12-31 as HP601 counts it


def test_a_later_as_of_never_brings_next_years_figures_into_the_year(in_repo: Path) -> None:
    report = report_of(OEST, 2017, as_of=D(2018, 6, 30))
    assert report.cutoff == D(2017, 12, 31)
    sager = criterion(report, "tt-husordenssager")
    assert sager.measurement is not None and sager.measurement.value == 36
    assert len(sager.history) == 4
    assert report.revisions == ()


def test_an_as_of_inside_the_year_reports_the_year_so_far(in_repo: Path) -> None:
    report = report_of(OEST, 2017, as_of=D(2017, 9, 15))
    assert report.cutoff == D(2017, 9, 15)
    sager = criterion(report, "tt-husordenssager")
    assert sager.measurement is not None and (sager.measurement.date, sager.measurement.value) == (D(2017, 6, 30), 37)
    assert [(m.status.id, m.outcome) for m in report.milestones][-1] == ("m-foraeldrenetvaerk-start", "open")


def test_the_plans_last_month_is_reported_but_not_evaluated_on_its_own(in_repo: Path) -> None:
    report = report_of(OEST, 2021)
    assert report.covered == (D(2021, 1, 1), D(2021, 1, 31))
    assert report.evaluation_state == "not_evaluated"
    assert report.budget is not None and report.budget.year.planned == 143_000


# --- years that cannot be reported ------------------------------------------------------------


@pytest.mark.parametrize("year", [2016, 2022])
def test_a_year_outside_the_period_is_a_usage_error(in_repo: Path, year: int) -> None:
    with pytest.raises(
        UsageError, match=rf"--year {year}: .*runs from 2017-02-01 to 2021-01-31; choose a year from 2017"
    ):
        yearly_report(OEST, ReportOptions(year, D(2030, 1, 1)))


def test_a_year_that_has_not_begun_is_a_usage_error(in_repo: Path) -> None:
    with pytest.raises(UsageError, match=r"--year 2019 has not begun on 2018-06-01"):
        yearly_report(OEST, ReportOptions(2019, D(2018, 6, 1)))


def test_a_year_with_nothing_recorded_is_a_usage_error(tmp_path: Path) -> None:
    path = write(tmp_path, MINI)
    with pytest.raises(UsageError, match=r"records nothing for 2021"):
        yearly_report(path, ReportOptions(2021, D(2021, 12, 31)))


def test_a_folder_or_a_board_is_not_a_plan(in_repo: Path) -> None:
    with pytest.raises(UsageError, match="is a folder"):
        yearly_report(Path("plans"), ReportOptions(2017, D(2017, 12, 31)))
    with pytest.raises(UsageError, match="kind: board document, not a plan"):
        yearly_report(Path("plans/boards/aalborg-oest.yaml"), ReportOptions(2017, D(2017, 12, 31)))


# --- the edge cases, on a small plan -----------------------------------------------------------


def test_the_small_plan_in_2018(tmp_path: Path) -> None:
    report = report_of(write(tmp_path, MINI), 2018)
    holdes = criterion(report, "tt-holdes")
    # maintain: no attainment; 21 lies 5 % above the baseline 20, within the 5 % tolerance.
    assert holdes.attainment is None and holdes.deviation == pytest.approx(0.05)
    assert holdes.state == "on_track"
    ingen = criterion(report, "tt-ingen")
    assert ingen.measurement is None and ingen.earlier is None and ingen.state == "no_data"
    job = criterion(report, "ub-job")
    # Two measurements on 2018-12-31: the later listed counts, with its note; (112 - 100) / 40 = 0.3.
    assert job.measurement is not None and job.measurement.value == 112 and job.note == "Rettet tal"
    assert job.attainment == pytest.approx(0.3)
    assert [(m.status.id, m.outcome, m.days_late) for m in report.milestones] == [
        ("m-1", "done", 0),
        ("m-2", "done", 30),
        ("m-3", "late", 0),
        ("m-4", "cancelled", 0),
        ("m-5", "open", 0),  # due on the as-of date: not late yet
    ]
    assert [m.status.id for m in report.next_milestones] == ["m-6"]
    budget = report.budget
    assert budget is not None
    assert [(s.source, s.kind, s.amount) for s in budget.sources] == [
        ("lbf", "lbf", 825_000),
        ("kommune", "municipality", 175_000),
        ("bolig", "housing_organisation", 100_000),
        ("other", "other", 10_000),
    ]
    # Two of three lines report spending: spent is their sum, as in hplan status.
    assert budget.year.spent == 995_000
    assert [(a.budget.focus_area, a.budget.planned, a.budget.spent) for a in budget.areas] == [
        ("tryghed-og-trivsel", 100_000, None),
        ("uddannelse-og-beskaeftigelse", 210_000, 205_000),
        ("cross_cutting", 800_000, 790_000),
    ]
    assert [r.summary for r in report.revisions] == ["I året."]
    assert report.evaluation_state == "recorded"


def test_an_evaluation_is_missing_once_the_year_has_ended(tmp_path: Path) -> None:
    text = MINI.replace("  - year: 2018\n    date: 2019-02-10", "  - year: 2017\n    date: 2019-02-10")
    path = write(tmp_path, text)
    assert report_of(path, 2018, as_of=D(2018, 12, 31)).evaluation_state == "pending"
    # Due by 31 March of the next year (the profile's evaluation_due), missing after it.
    assert report_of(path, 2018, as_of=D(2019, 3, 31)).evaluation_state == "pending"
    assert report_of(path, 2018, as_of=D(2019, 4, 1)).evaluation_state == "missing"


def test_an_invalid_plan_is_reported_as_far_as_it_can_be_read(tmp_path: Path) -> None:
    text = MINI.replace("direction: maintain", "direction: sideways")
    report = report_of(write(tmp_path, text), 2018)
    assert report.validation.errors >= 1 and not report.validation.readable
    assert report.validation.unread == ("focus_areas[tryghed-og-trivsel].success_criteria[tt-holdes]",)
    assert [c.id for c in report.criteria] == ["tt-ingen", "ub-job"]


def test_an_unreadable_plan_gives_its_problems_and_no_report(tmp_path: Path) -> None:
    path = write(tmp_path, "format: 1\nkind: plan\nid: x\nname: [broken\n")
    result = yearly_report(path, ReportOptions(2018, D(2018, 12, 31)))
    assert isinstance(result, UnreadablePlan)
    assert [d.rule for d in result.validation.problems] == ["HP001"]


def test_plan_text_in_the_report_never_holds_a_cpr_number(tmp_path: Path) -> None:
    cpr = "010190-1234"
    text = (
        MINI.replace("text: Flere i job.", f"text: Flere i job {cpr}.")
        .replace("name: Jobcentret", f"name: Jobcentret {cpr}")
        .replace("summary: Første år.", f"summary: Samtale med {cpr}.")
        .replace("[Mere af det samme]", f"[Ring til {cpr}]")
        .replace("title: Først", f"title: Først {cpr}")
        .replace("purpose: Job.", f"purpose: Job {cpr}.")
        .replace("summary: I året.", f"summary: I året {cpr}.")
    )
    report = report_of(write(tmp_path, text), 2018)
    assert "HP701" in {d.rule for d in report.validation.problems}
    assert not find_cpr(repr(report))


# --- the pieces added to the status core for the report --------------------------------------------


def test_area_budgets_put_the_cross_cutting_lines_last() -> None:
    plan = Plan.model_validate(load_text(MINI, "mini.yaml").data)
    assert area_budgets(plan, 2019) == (AreaBudget("cross_cutting", 800_000, None),)
    assert area_budgets(plan, 2030) == ()


def test_status_and_plan_gives_the_status_file_result_and_its_model(in_repo: Path) -> None:
    options = StatusOptions(as_of=D(2018, 6, 1))
    found, plan = status_and_plan(OEST, OEST.as_posix(), options)
    assert found == status_file(OEST, OEST.as_posix(), options)
    assert isinstance(plan, Plan) and plan.id == "oest-i-centrum"
    board, none = status_and_plan(Path("plans/boards/aalborg-oest.yaml"), "board", options)
    assert board.plan is None and none is None


# --- writing a file atomically ----------------------------------------------------------------------


def test_write_atomic_keeps_the_targets_permissions_or_follows_the_umask(tmp_path: Path) -> None:
    fresh = tmp_path / "ny.md"
    umask = os.umask(0o022)
    try:
        write_atomic(fresh, "a\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    fresh.chmod(0o600)
    write_atomic(fresh, "b\n")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert fresh.read_text(encoding="utf-8") == "b\n"


def test_write_atomic_leaves_the_target_alone_when_the_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rapport.md"
    target.write_text("den gamle\n", encoding="utf-8")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "den nye\n")
    assert target.read_text(encoding="utf-8") == "den gamle\n"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.md"]  # no temporary file left behind
