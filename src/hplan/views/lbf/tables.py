"""The yearly report to LBF as three parts of titled tables, the one shape its markdown, HTML and workbook share.

Cells keep their type: amounts are ``int`` kroner, figures ``float``, shares
``float`` fractions, dates ``datetime.date``; each column says how it is
shown (:data:`ColumnKind`). The markdown and HTML views write the cells as
text in the report's language; the workbook keeps numbers as numbers, so
finance staff can add them up. Built inside :func:`hplan.i18n.using`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from hplan.i18n import t, tn
from hplan.status.model import AssessmentEntry
from hplan.views.criteria import judged
from hplan.views.status.money_rows import forms_text, source_name
from hplan.views.validate import text_line
from hplan.yearly.lbf import LbfReport
from hplan.yearly.model import YearCriterion

ColumnKind = Literal["text", "kroner", "figure", "share", "date"]
Cell = str | int | float | dt.date | None


@dataclass(frozen=True, slots=True)
class Column:
    """A column's heading and how its cells are shown."""

    header: str
    kind: ColumnKind = "text"


@dataclass(frozen=True, slots=True)
class Table:
    """A titled table, or (without rows) the note that says why it is empty."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """One part of the report: a heading, its sheet's name in the workbook, its tables and notes."""

    title: str
    sheet: str
    tables: tuple[Table, ...]


def head_facts(report: LbfReport) -> list[tuple[str, Cell]]:
    """The facts at the top: plan, area, year, as-of date, deadline, submission."""
    evaluation = report.evaluation
    return [
        (t("lbf.plan"), f"{evaluation.name} ({evaluation.id})"),
        (t("lbf.area"), evaluation.area),
        (t("lbf.year"), str(report.year)),
        (t("lbf.as_of"), evaluation.as_of),
        (t("lbf.due"), report.due),
        (t("lbf.submitted"), report.submitted if report.submitted is not None else t("lbf.not_submitted")),
    ]


def validation_lines(report: LbfReport) -> tuple[str, list[str]]:
    """The validation's summary (``Validering: 1 fejl, 0 advarsler``) and each problem, as validate writes it."""
    validation = report.evaluation.validation
    summary = f"{tn('count.errors', validation.errors)}, {tn('count.warnings', validation.warnings)}"
    return t("lbf.validation", summary=summary), [text_line(d) for d in validation.problems]


def lbf_parts(report: LbfReport) -> tuple[Part, Part, Part]:
    """The accounts, goal attainment and next year's milestone plan."""
    year = report.year
    accounts = t("lbf.part.accounts", year=year)
    if report.evaluation.validation.readable:
        money: tuple[Table, ...] = (_sources(report), _account(report), _commitments(report))
    else:  # the figures of a plan that is not valid as a whole are not sent to LBF, nor said to be absent
        money = (Table(accounts, (), (), t("lbf.accounts_left_out")),)
    return (
        Part(accounts, t("lbf.sheet.accounts", year=year), money),
        Part(t("lbf.part.goals", year=year), t("lbf.sheet.goals", year=year), (_goals(report),)),
        Part(
            t("lbf.part.milestones", year=year + 1),
            t("lbf.sheet.milestones", year=year + 1),
            (_milestones(report),),
        ),
    )


def _sources(report: LbfReport) -> Table:
    columns = (
        Column(t("m.col.source")),
        Column(t("lbf.col.planned"), "kroner"),
        Column(t("lbf.col.spent"), "kroner"),
        Column(t("lbf.col.unused"), "kroner"),
    )
    rows = tuple((source_name(s.source, s.name), s.planned, s.spent, s.unused) for s in report.sources)
    note = None
    if not rows:
        note = t("lbf.no_sources", year=report.year)
    elif any(s.spent is None for s in report.sources):
        note = t("lbf.not_per_source", year=report.year)
    return Table(t("lbf.sources"), columns, rows, note)


def _account(report: LbfReport) -> Table:
    columns = (Column(t("lbf.col.item")), Column(t("lbf.col.amount"), "kroner"))
    account = report.lbf
    if account is None:
        return Table(t("lbf.account"), columns, (), t("lbf.no_account"))
    closing = "lbf.account.closing_recorded" if account.recorded else "lbf.account.closing"
    rows: tuple[tuple[Cell, ...], ...] = (
        (t("lbf.account.opening"), account.opening),
        (t("lbf.account.paid"), account.paid),
        (t("lbf.account.used"), account.used),
        (t("lbf.account.movement"), account.movement),
        (t(closing), account.closing),
    )
    return Table(t("lbf.account"), columns, rows)


def _commitments(report: LbfReport) -> Table:
    year = report.year
    columns = (
        Column(t("m.col.party")),
        Column(t("m.col.form")),
        Column(t("lbf.col.committed"), "kroner"),
        Column(t("lbf.col.budgeted", year=year), "kroner"),
        Column(t("lbf.col.actual", year=year), "kroner"),
    )
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (
            c.name if c.for_year else t("lbf.period_commitment", amount=c.name),
            forms_text(c.forms),
            c.committed,
            c.budgeted,
            c.actual,
        )
        for c in report.commitments
    )
    return Table(t("lbf.commitments"), columns, rows, None if rows else t("lbf.no_commitments"))


def _goals(report: LbfReport) -> Table:
    year = report.year
    columns = (
        Column(t("lbf.col.focus_area")),
        Column(t("lbf.col.criterion")),
        Column(t("lbf.col.indicator")),
        Column(t("lbf.col.unit")),
        Column(t("lbf.col.baseline"), "figure"),
        Column(t("lbf.col.target"), "figure"),
        Column(t("lbf.col.measurement", year=year), "figure"),
        Column(t("lbf.col.measured"), "date"),
        Column(t("lbf.col.progress"), "share"),
        Column(t("lbf.col.state")),
        Column(t("lbf.col.judged")),
    )
    rows = tuple(
        _goal_row(area.name, criterion) for area in report.evaluation.focus_areas for criterion in area.criteria
    )
    return Table(t("lbf.part.goals", year=year), columns, rows, t("lbf.goals_note") if rows else t("lbf.no_criteria"))


def _goal_row(area: str, criterion: YearCriterion) -> tuple[Cell, ...]:
    status, measured = criterion.status, criterion.measurement
    return (
        area,
        criterion.text,
        status.indicator,
        t(f"lbf.unit.{status.unit}"),
        status.baseline.value if status.baseline is not None else None,
        status.target.value,
        measured.value if measured is not None else None,
        measured.date if measured is not None else None,
        criterion.attainment,
        t(f"state.{criterion.state}"),
        _judged(criterion.judgement),
    )


def _judged(entry: AssessmentEntry | None) -> str | None:
    """The year's recorded goal attainment (målopfyldelse), made by the as-of date; it outranks the computed state."""
    return judged(entry) if entry is not None else None


def _milestones(report: LbfReport) -> Table:
    columns = (
        Column(t("lbf.col.milestone")),
        Column(t("lbf.col.focus_area")),
        Column(t("lbf.col.due"), "date"),
        Column(t("lbf.col.status")),
    )
    rows = tuple(
        (m.status.title, m.focus_area_name or "", m.status.due, t(f"lbf.ms.{m.status.status}"))
        for m in report.evaluation.next_milestones
    )
    title = t("lbf.part.milestones", year=report.year + 1)
    return Table(title, columns, rows, None if rows else t("lbf.no_milestones", year=report.year + 1))
