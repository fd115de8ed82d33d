"""The sections of the text view of ``hplan status``: criteria, milestones, budget, governance, validation.

Each function returns the renderables of one section, for one plan or (the
co-financing and validation) for a portfolio. Colour only repeats what the
words say (:data:`STYLES`).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from hplan.i18n import date, figure, t, tn
from hplan.i18n import number as localised
from hplan.status.model import BudgetStatus, Contribution, CriterionStatus, PlanStatus, ValidationSummary
from hplan.views.criteria import criterion_notes, qualitative_lines
from hplan.views.status import text_layout as layout
from hplan.views.status.governance import governance_rows
from hplan.views.status.words import (
    BUDGET_COLUMNS,
    agreement_phrase,
    agreements_phrase,
    area_name,
    co_financing_table,
    criteria_counts,
    days_phrase,
    evaluation_phrase,
    joined,
    kind_heading,
    kroner,
    listed,
    local,
    milestone_when,
    next_milestone,
    notable_agreements,
    notable_milestones,
    progress_phrase,
    share,
    validation_phrase,
    with_unit,
    word,
)
from hplan.views.validate import text_line

BAR_CELLS = 8
# Where a criterion's figures and notes start: under its name, which starts here too.
INDENT = "  "
STYLES = {
    "on_track": "green",
    "at_risk": "yellow",
    "off_track": "bold red",
    "no_data": "dim",
    "overdue": "bold red",
    "due_soon": "yellow",
    "planned": "",
    "done": "green",
    "cancelled": "dim",
    "expired": "bold red",
    "expiring": "yellow",
    "ends_early": "yellow",
    "valid": "green",
    "stale": "magenta",
}


def _bar(criterion: CriterionStatus) -> Text:
    text = Text()
    if criterion.progress is None:
        text.append(progress_phrase(criterion), style="dim" if criterion.latest is None else "")
        return text
    filled = min(max(round(criterion.progress * BAR_CELLS), 0), BAR_CELLS)
    text.append("█" * filled, style=STYLES[criterion.state])
    text.append("░" * (BAR_CELLS - filled), style="dim")
    text.append(f" {share(criterion.progress):>4}")
    return text


def _state_text(criterion: CriterionStatus, separator: str) -> Text:
    text = Text(word(criterion.state), style=STYLES[criterion.state])
    if criterion.stale:
        text.append(separator)
        text.append(t("s.stale"), style=STYLES["stale"])
    return text


def qualitative_parts(plan: PlanStatus) -> list[RenderableType]:
    """The qualitative criteria, one line each with the latest judgement."""
    return [
        Text(t("c.qualitative.heading"), style="bold"),
        layout.Hanging(("  ", line) for line in qualitative_lines(plan)),
        Text(""),
    ]


def criteria_tables(plan: PlanStatus, width: int) -> list[RenderableType]:
    """A header, then each focus area's criteria: a line with the name, a row with the figures.

    A criterion is named by its indicator, wrapped at word boundaries over the
    whole width, with its id after it in parentheses (dim): the name is what a
    board reads, the id what a finding or the file calls it. The figures go on
    a row of their own below, in columns every row shares (docs/status.md).
    """
    headers = tuple(t(f"s.col.{name}") for name in ("baseline", "latest", "target", "progress", "expected", "state"))
    justify = ("right", "right", "right", "left", "right", "left")
    # "on track, stale" on one line where it fits, else on two.
    for separator in (", ", "\n"):
        rows = [(c, _criterion_cells(c, separator)) for c in plan.criteria]
        widths = [
            max(
                [cell_len(headers[i])]
                + [max(cell_len(part) for part in str(cells[i]).split("\n")) for _, cells in rows]
            )
            for i in range(len(headers))
        ]
        if len(INDENT) + sum(widths) + len(widths) - 1 <= width:
            break
    parts: list[RenderableType] = [Text(t("s.criteria_heading", counts=criteria_counts(plan)), style="bold")]
    parts.append(_fixed_table(headers, justify, widths, show_header=True))
    parts.append(Text("─" * min(len(INDENT) + sum(widths) + len(widths) - 1, width)))
    area = None
    for criterion, cells in rows:
        if criterion.focus_area != area:
            area = criterion.focus_area
            parts.append(Text(area_name(plan.profile, area), style="bold"))
        parts.append(layout.Hanging([(INDENT, criterion_name(criterion))]))
        table = _fixed_table(headers, justify, widths, show_header=False)
        table.add_row("", *cells)
        parts.append(table)
        # Sub-targets and recorded judgements under the figures they explain.
        if notes := criterion_notes(criterion):
            parts.append(layout.Hanging([(INDENT * 2, Text("; ".join(notes), style="dim"))]))
    parts.append(Text(t("s.expected_note"), style="dim"))
    parts.append(Text(""))
    return parts


def criterion_name(criterion: CriterionStatus) -> Text:
    """A criterion as a board reads it: its indicator, then its id in parentheses (dim)."""
    name = Text(criterion.indicator)
    name.append(f" ({criterion.id})", style="dim")
    return name


def _criterion_cells(c: CriterionStatus, separator: str) -> list[str | Text]:
    """A criterion's figures: baseline, latest, target, progress bar, expected, state.

    Amounts are written in full, with the reader's separators (``185.000`` in
    Danish, ``185,000`` in English): a board reads kroner, not ``185k``.
    """
    return [
        figure(c.baseline.value) if c.baseline is not None else "-",
        figure(c.latest.value) if c.latest is not None else "-",
        with_unit(c.target.value, c.unit),
        _bar(c),
        share(c.expected) if c.expected is not None else "",
        _state_text(c, separator),
    ]


def _fixed_table(headers: Sequence[str], justify: Sequence[str], widths: Sequence[int], *, show_header: bool) -> Table:
    """The figures of criteria in fixed columns, after :data:`INDENT`; no cell wraps, none folds."""
    table = Table(
        box=None,
        show_header=show_header,
        header_style="bold",
        show_edge=False,
        pad_edge=False,
        padding=(0, 1),
        collapse_padding=True,
    )
    table.add_column("", width=len(INDENT) - 1, no_wrap=True)
    for i, (header, how) in enumerate(zip(headers, justify, strict=True)):
        table.add_column(header, justify=how, width=widths[i], no_wrap=True, overflow="ellipsis")  # type: ignore[arg-type]
    return table


def milestone_lines(plan: PlanStatus, horizon: int) -> list[RenderableType]:
    """The milestones' counts, those a meeting talks about, and the next one beyond the horizon."""
    shown = notable_milestones(plan)
    counts = t(
        "s.milestone_counts",
        overdue=localised(sum(1 for m in plan.milestones if m.state == "overdue")),
        due=localised(sum(1 for m in plan.milestones if m.state == "due_soon")),
        done=localised(sum(1 for m in plan.milestones if m.recent)),
        days=tn("count.days", horizon),
    )
    parts: list[RenderableType] = [Text(t("s.milestones_heading", counts=counts), style="bold")]
    if shown:
        table = layout.table(("State", "left"), ("Date", "left"), ("When", "left"), ("Milestone", "left"))
        table.show_header = False
        for m in shown:
            when = m.completed if m.state == "done" and m.completed is not None else m.due
            table.add_row(
                Text(word(m.state), style=STYLES[m.state]),
                date(when),
                days_phrase((when - m.due).days + m.days),
                Text(m.title),
            )
        parts.append(table)
    upcoming = next_milestone(plan)
    if upcoming is not None:
        parts.append(
            layout.Hanging(
                [("  ", Text(t("s.next_milestone", name=upcoming.title, when=milestone_when(upcoming)), style="dim"))]
            )
        )
    parts.append(Text(""))
    return parts


def budget_parts(budget: BudgetStatus, width: int) -> list[RenderableType]:
    """The budget's total, a row a year (the current one marked), and what the current year spent."""
    rows: list[list[str | Text]] = []
    for year in budget.years:
        current = budget.current is not None and year.year == budget.current.year
        rows.append(
            [
                Text(f"{year.year}{t('s.now') if current else ''}", style="bold" if current else ""),
                localised(year.planned),
                localised(year.lbf),
                localised(year.planned - year.lbf),
                local(year.local_share),
                localised(year.spent) if year.spent is not None else t("s.not_reported"),
            ]
        )
    table = layout.grid([(t(f"s.col.{name}"), how) for name, how in BUDGET_COLUMNS], rows, width)
    heading = Text(t("s.budget_heading", total=kroner(budget.total), share=local(budget.local_share)), style="bold")
    return [heading, table, _current_year_line(budget)]


def _current_year_line(budget: BudgetStatus) -> Text:
    current = budget.current
    if current is None:
        return Text("")
    if current.spent is None:
        said = t("s.spending_not_reported")
    else:
        ratio = share(current.spent / current.planned if current.planned else None)
        said = t("s.spent", amount=kroner(current.spent), share=ratio)
    return Text(t("s.current_year", year=current.year, planned=kroner(current.planned), said=said) + "\n")


def co_financing_tables(contributions: Sequence[Contribution], title: str, width: int) -> list[RenderableType]:
    """Each party's contributions a year, in thousands of kroner, the parties grouped by kind."""
    years, rows = co_financing_table(contributions)
    if not rows:
        return []
    parts: list[RenderableType] = [Text(title, style="bold")]
    # Six years in thousands of kroner fit 80 columns beside a party's name.
    for start in range(0, len(years), 6):
        chunk = years[start : start + 6]
        last = start + 6 >= len(years)
        columns = [(t("s.col.party"), "left"), *((str(year), "right") for year in chunk)]
        if last:
            columns.append((t("s.col.total"), "right"))
        kind = None
        lines: list[list[str | Text]] = []
        for party, amounts in rows:
            if party.kind != kind:
                kind = party.kind
                several = sum(1 for other, _ in rows if other.kind == kind) > 1
                lines.append([Text(kind_heading(kind, several), style="italic")])
            cells: list[str | Text] = [f"  {party.name}", *(_thousands(amounts.get(year)) for year in chunk)]
            if last:
                cells.append(_thousands(sum(amounts.values())))
            lines.append(cells)
        parts.append(layout.grid(columns, lines, width))
    parts.append(Text(""))
    return parts


def _thousands(amount: int | None) -> str:
    return "-" if not amount else localised(amount / 1000, ",.0f")


def governance_lines(plan: PlanStatus, horizon: int) -> list[RenderableType]:
    """Evaluations, agreements and the revisions log."""
    lines = Table.grid(padding=(0, 1))
    lines.add_column(no_wrap=True)
    lines.add_column()
    evaluation = Text(
        evaluation_phrase(plan.evaluations),
        style="bold red" if plan.evaluations is not None and plan.evaluations.due else "",
    )
    lines.add_row(f"  {t('s.label.evaluation')}", evaluation)
    lines.add_row(f"  {t('s.label.agreements')}", agreements_phrase(plan, horizon))
    for agreement in notable_agreements(plan) if plan.agreements else ():
        lines.add_row("", Text(f"- {agreement_phrase(agreement)}", style=STYLES[agreement.state]))
    if plan.revisions:
        last = plan.revisions[-1]
        # A party's own approval (issue 18) is named by its id.
        body = t(f"s.by.{last.approved_by}") if last.approved_by in ("board", "lbf") else last.approved_by
        revisions = t("s.revisions", count=len(plan.revisions), date=last.date, body=body, reference=last.reference)
        lines.add_row(f"  {t('s.label.revisions')}", revisions)
    else:
        lines.add_row(f"  {t('s.label.revisions')}", t("s.revisions.none"))
    for label, phrase in governance_rows(plan):
        lines.add_row(f"  {label}", phrase)
    return [Text(t("s.governance"), style="bold"), lines, Text("")]


def validation_lines(summary: ValidationSummary, file: str) -> list[RenderableType]:
    """The validation summary of a file and its problems."""
    style = "bold red" if summary.errors else ("yellow" if summary.warnings else "green")
    head = Text(f"{t('s.label.validation')}: ", style="bold")
    head.append(f"{file}: {validation_phrase(summary)}", style=style)
    shown, more = listed(summary.problems)
    items: list[str | Text] = [Text(text_line(d)) for d in shown]
    if more:
        items.append(Text(more, style="dim"))
    if summary.unread:
        items.append(Text(t("s.left_out", parts=joined(summary.unread)), style="dim"))
    return [head, layout.bullets(items)]
