"""Reporters of ``hplan status``: text (rich), markdown and json, chosen from a dict.

The text view is one screen for a steering-group meeting: it fits 80
columns, says every state in words (colour only repeats them), and is plain
- no escape codes - in a pipe or under ``NO_COLOR``. One plan shows in
detail; several show as a portfolio. Markdown is for meeting papers: full
figures and every plan in detail. JSON is the documented contract of
``docs/status.md``. Every view is written through
:func:`hplan.diagnostics.redact`, so no CPR-like number in a plan - even in
an id - reaches the output. rich is imported inside the functions that use it, so
importing this module stays cheap.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from hplan.diagnostics import Diagnostic
from hplan.i18n import number as localised
from hplan.i18n import percent, t, tn, using
from hplan.privacy import redact
from hplan.status.criteria import deviation as status_deviation
from hplan.status.model import (
    AgreementStatus,
    BudgetStatus,
    Contribution,
    CriterionStatus,
    EvaluationStatus,
    MilestoneStatus,
    PlanStatus,
    Reading,
    StatusResult,
    ValidationSummary,
)

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType
    from rich.style import Style
    from rich.table import Table
    from rich.text import Text

Reporter = Callable[..., None]

WIDTH = 80
BAR_CELLS = 8

STATES = (
    "on_track",
    "at_risk",
    "off_track",
    "no_data",
    "overdue",
    "due_soon",
    "planned",
    "done",
    "cancelled",
    "expired",
    "expiring",
    "ends_early",
    "valid",
)
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
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
UNITS = {"percent": "%", "per_1000": "‰", "dkk": "kr", "count": "", "score": ""}
BUDGET_COLUMNS = (
    ("year", "left"),
    ("planned", "right"),
    ("lbf", "right"),
    ("local", "right"),
    ("local_share", "right"),
    ("spent", "right"),
)
PORTFOLIO_COLUMNS = (
    ("plan", "left"),
    ("elapsed", "right"),
    ("on_track", "right"),
    ("at_risk", "right"),
    ("off_track", "right"),
    ("overdue", "right"),
    ("budget", "right"),
    ("local_share", "right"),
)


# --- words and numbers shared by every view ------------------------------------
# Every word goes through the message catalogue (hplan.i18n): the views are
# written in English or Danish, whichever the reporter was asked for.


def word(state: str) -> str:
    """A state (``on_track``, ``overdue``, ``expiring``, ...) in words."""
    return t(f"state.{state}")


def party_kind(kind: str) -> str:
    """``municipality``, ``housing organisation``, ``other``."""
    return t(f"s.kind.{kind}") if kind in ("municipality", "housing_organisation", "other") else kind


def kind_heading(kind: str, several: bool) -> str:
    """``Municipality`` or ``Municipalities``: the heading of a party kind's rows."""
    if kind not in ("municipality", "housing_organisation", "other"):
        return kind
    return t(f"s.kinds.{kind}.{'other' if several else 'one'}")


def share(value: float | None) -> str:
    """A fraction as a whole percentage (``0.3312`` -> ``33%``); a dash for none."""
    return "-" if value is None else percent(value)


def local(value: float | None) -> str:
    """A local share to one decimal (``26.9%``): it is held against a minimum like 25 %."""
    return "-" if value is None else percent(value, 1)


def kroner(amount: int | None) -> str:
    """Whole kroner with thousands separators (``10,398,000 kr``)."""
    return "-" if amount is None else t("unit.dkk", value=localised(amount))


def number(value: float) -> str:
    """A measured value as its authors would write it: ``24``, ``23.1``, ``162,000``, ``3.66``."""
    if value == int(value):
        return localised(int(value))
    return localised(f"{value:,.2f}".rstrip("0").rstrip("."))


def with_unit(value: float, unit: str) -> str:
    """A value followed by its unit's sign, where it has one."""
    sign = UNITS.get(unit, "")
    return f"{number(value)} {sign}".rstrip()


def days_phrase(days: int) -> str:
    """``today``, ``in 3 days``, ``12 days ago``."""
    if days == 0:
        return t("s.today")
    return t("s.in_days", days=tn("count.days", days)) if days > 0 else t("s.days_ago", days=tn("count.days", -days))


def validation_phrase(summary: ValidationSummary) -> str:
    """``no problems`` or ``2 errors, 1 warning`` (plus what status could not read)."""
    if not summary.errors and not summary.warnings:
        text = t("s.no_problems")
    else:
        text = f"{tn('count.errors', summary.errors)}, {tn('count.warnings', summary.warnings)}"
    if not summary.readable:
        text += t("s.partly_unread") if summary.unread else t("s.unread")
    return text


def deviation(criterion: CriterionStatus) -> float | None:
    """How far a measurement lies from the baseline, as a share of it (for ``maintain``)."""
    if criterion.latest is None:
        return None
    return status_deviation(criterion.baseline.value, criterion.latest.value)


def progress_phrase(criterion: CriterionStatus) -> str:
    """``15% of 25% expected``, ``maintain, +4%``, ``no measurement``."""
    if criterion.latest is None:
        return t("s.no_measurement")
    if criterion.progress is None:
        off = deviation(criterion)
        return t("s.maintain") if off is None else t("s.maintain_off", deviation=_signed_share(off))
    return t("s.progress_of", progress=share(criterion.progress), expected=share(criterion.expected))


def _signed_share(value: float) -> str:
    text = share(abs(value))
    return f"+{text}" if value >= 0 else f"-{text}"


def state_words(criterion: CriterionStatus) -> str:
    """``at risk`` or ``at risk, stale``."""
    state = word(criterion.state)
    return f"{state}, {t('s.stale')}" if criterion.stale else state


def criteria_counts(plan: PlanStatus) -> str:
    """``8 on track, 2 at risk, 0 off track`` plus no data and stale when there are any."""
    parts = [f"{localised(plan.in_state(state))} {word(state)}" for state in ("on_track", "at_risk", "off_track")]
    if plan.in_state("no_data"):
        parts.append(f"{localised(plan.in_state('no_data'))} {word('no_data')}")
    if plan.stale:
        parts.append(f"{localised(plan.stale)} {t('s.stale')}")
    return ", ".join(parts)


def period_phrase(plan: PlanStatus) -> str:
    """``2017-02-01 to 2021-01-31, plan year 2 of 4, 33% elapsed``."""
    period = plan.period
    if period is None:
        return t("s.unknown")
    if period.phase == "not_started":
        where = t("s.period.not_started")
    elif period.phase == "ended":
        where = t("s.period.ended")
    else:
        where = t("s.period.plan_year", year=period.plan_year, years=period.plan_years)
    return t("s.period", start=period.start, end=period.end, where=where, elapsed=share(period.elapsed))


def evaluation_phrase(evaluations: EvaluationStatus | None) -> str:
    """The last evaluation and the next one, or the missing ones."""
    if evaluations is None:
        return t("s.unknown")
    last = (
        t("s.evaluation.last", year=evaluations.last_year, date=evaluations.last_date)
        if evaluations.last_year is not None
        else t("s.evaluation.none_yet")
    )
    if evaluations.missing:
        years = ", ".join(str(year) for year in evaluations.missing)
        return t("s.evaluation.due_now", last=last, years=years)
    if evaluations.next_year is not None:
        return t("s.evaluation.next", last=last, year=evaluations.next_year, date=evaluations.next_from)
    return t("s.evaluation.none_left", last=last)


def agreement_phrase(agreement: AgreementStatus) -> str:
    """``sa-ssp (SSP Aalborg) expiring: ends 2018-07-01, in 30 days``."""
    until = agreement.valid_until
    when = t("s.agreement.ended", date=until) if agreement.state == "expired" else t("s.agreement.ends", date=until)
    days = f", {days_phrase(agreement.days)}" if agreement.days is not None else ""
    return f"{agreement.id} ({agreement.partner}) {word(agreement.state)}: {when}{days}"


def notable_agreements(plan: PlanStatus) -> list[AgreementStatus]:
    """Agreements that have ended, end within the horizon, or end before the period."""
    return [a for a in plan.agreements if a.state != "valid"]


def notable_milestones(plan: PlanStatus) -> list[MilestoneStatus]:
    """Overdue, due within the horizon, or done within it: what a meeting talks about."""
    order = {"overdue": 0, "due_soon": 1, "done": 2}
    chosen = [m for m in plan.milestones if m.state in ("overdue", "due_soon") or m.recent]
    return sorted(chosen, key=lambda m: (order.get(m.state, 3), m.due, m.id))


def next_milestone(plan: PlanStatus) -> MilestoneStatus | None:
    """The first milestone planned beyond the horizon."""
    return next((m for m in plan.milestones if m.state == "planned"), None)


def milestone_when(milestone: MilestoneStatus) -> str:
    """``due 2018-09-30, in 121 days`` or ``done 2018-04-19``."""
    if milestone.state == "done" and milestone.completed is not None:
        return t("s.milestone.done", date=milestone.completed)
    return t("s.milestone.due", date=milestone.due, when=days_phrase(milestone.days))


def attention(plan: PlanStatus) -> list[str]:
    """What needs the steering group's attention in a plan, one phrase each."""
    items = [
        t("s.attention.off_track", id=c.id, progress=progress_phrase(c))
        for c in plan.criteria
        if c.state == "off_track"
    ]
    stale = [c.id for c in plan.criteria if c.stale]
    if stale:
        items.append(t("s.attention.stale", criteria=tn("count.criteria", len(stale)), ids=", ".join(stale)))
    items += [
        t("s.attention.overdue", id=m.id, date=m.due, when=days_phrase(m.days))
        for m in plan.milestones
        if m.state == "overdue"
    ]
    if plan.evaluations is not None and plan.evaluations.missing:
        items.append(t("s.attention.evaluation", years=", ".join(str(y) for y in plan.evaluations.missing)))
    items += [
        t("s.attention.agreement", agreement=agreement_phrase(a))
        for a in notable_agreements(plan)
        if a.state != "ends_early"
    ]
    if plan.validation.errors:
        items.append(t("s.attention.validation", summary=validation_phrase(plan.validation)))
    return items


PartyRow = tuple[Contribution, dict[int, int]]


def co_financing_table(contributions: Sequence[Contribution]) -> tuple[list[int], list[PartyRow]]:
    """(years, [(party, {year: amount})]) for a party-by-year table."""
    years = sorted({c.year for c in contributions})
    rows: dict[str, PartyRow] = {}
    for item in contributions:
        rows.setdefault(item.party, (item, {}))[1][item.year] = item.amount
    return years, list(rows.values())


# --- text ---------------------------------------------------------------------------


def _width(color: bool) -> int:
    # On a terminal, as wide as it is up to 80 columns; in a pipe, 80, whatever
    # COLUMNS says, so that output is the same everywhere.
    if color or sys.stdout.isatty():
        return min(shutil.get_terminal_size((WIDTH, 24)).columns, WIDTH)
    return WIDTH


def load_text_view() -> None:
    """Import what the text view draws with, ahead of drawing (rich is imported where it is used)."""
    import importlib

    for module in ("rich.console", "rich.panel", "rich.table", "rich.text"):
        importlib.import_module(module)


def text_console(out: io.StringIO, *, color: bool, width: int) -> Console:
    """The console the text view is drawn on: ``width`` wide, plain unless ``color``, no markup."""
    from rich.console import Console

    return Console(
        file=out,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )


def render_text(result: StatusResult, *, color: bool = False, width: int = WIDTH) -> str:
    """The text view as a string: one plan in detail, or a portfolio."""
    out = io.StringIO()
    console = text_console(out, color=color, width=width)
    if len(result.plans) == 1:
        for part in _plan_parts(result.plans[0], result, width):
            console.print(part)
    else:
        for part in _portfolio_parts(result, width):
            if isinstance(part, _Block) and not color:  # laid out already; without colour, nothing for rich to do
                out.write(part.text.plain + "\n")
            else:
                console.print(part)
    text = out.getvalue()
    if not color:  # rich pads table titles to the table's width; a pipe wants no trailing blanks
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text


def _styled(word: str, style: str) -> Text:
    from rich.text import Text

    return Text(word, style=style)


def _rich_table(columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[str | Text]]) -> Table:
    table = _table(*columns)
    for row in rows:
        table.add_row(*row)
    return table


def _table(*columns: tuple[str, str]) -> Table:
    """A borderless table with a rule under the header; columns are (header, justify)."""
    from rich import box
    from rich.table import Table

    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1),
        collapse_padding=True,
    )
    for header, justify in columns:
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    return table


def _grid(columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[str | Text]], width: int) -> RenderableType:
    """The table :func:`_table` draws, laid out here when it fits ``width`` as it stands.

    A portfolio table has a row per plan, and rich lays a table out cell by
    cell: a thousand rows took longer than reading the plans. A table whose
    cells are single lines and that fits without folding is drawn here, as
    one block of text in the same layout as rich's (tests/test_status_grid.py
    holds the two equal). Any other table - one that must fold a column to
    fit, or has a cell of several lines, a wide or zero-width character, or
    a header with a blank line - is left to rich.
    """
    from rich.text import Span, Text

    headers = [header.split("\n") for header, _ in columns]
    if not headers or any("" in lines or not all(map(_single_width, lines)) for lines in headers):
        return _rich_table(columns, rows)
    widths = [max(map(len, lines)) for lines in headers]
    right = [how == "right" for _, how in columns]
    table: list[list[tuple[str, str | Style, list[Span]]]] = []
    for row in rows:
        if len(row) > len(columns):
            return _rich_table(columns, rows)
        cells = []
        for i, cell in enumerate(row):
            if isinstance(cell, Text):
                plain, style, inner = cell.plain, cell.style, cell.spans
            else:
                plain, style, inner = cell, "", []
            if not _single_width(plain):
                return _rich_table(columns, rows)
            widths[i] = max(widths[i], len(plain))
            cells.append((plain, style, inner))
        table.append(cells)
    widths[-1] = max(widths[-1], 1)  # as rich does: a last column has a width even when empty
    total = sum(widths) + 2 * (len(widths) - 1)
    if total > width:
        return _rich_table(columns, rows)

    out: list[str] = []
    spans: list[Span] = []
    offset = 0

    def line(cells: Sequence[tuple[str, str | Style, list[Span]]]) -> None:
        nonlocal offset
        parts = []
        column = offset
        for i, (text, style, inner) in enumerate(cells):
            plain = text.rstrip() if right[i] else text  # rich measures trailing blanks, aligns without them
            blank = widths[i] - len(plain)
            start = column + (blank if right[i] else 0)
            if style and plain:
                spans.append(Span(start, start + len(plain), style))
            spans.extend(
                Span(start + span.start, start + min(span.end, len(plain)), span.style)
                for span in inner
                if span.start < len(plain)
            )
            parts.append(" " * blank + plain if right[i] else plain + " " * blank)
            column += widths[i] + 2
        out.append("  ".join(parts))
        offset += total + 1

    height = max(map(len, headers))
    for number in range(height):
        line(
            [
                (lines[number - height + len(lines)] if number >= height - len(lines) else "", "bold", [])
                for lines in headers
            ]
        )
    out.append("─" * total)
    offset += total + 1
    for cells in table:
        line([*cells, *(("", "", []) for _ in range(len(widths) - len(cells)))])
    return _Block(Text("\n".join(out), spans=spans, no_wrap=True, overflow="ignore"))


class _Block:
    """Text already laid out, drawn as it stands.

    ``console.print`` joins the texts it is given anew, which drops their
    ``no_wrap``, and would wrap each of a portfolio's thousand lines again;
    a renderable around the text keeps it as it is.
    """

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterable[Text]:
        yield self.text


def _single_width(text: str) -> bool:
    """Whether each character of ``text`` takes one column: no control, wide or zero-width character."""
    from rich.cells import cell_len

    if text.isascii():
        return text.isprintable()
    return not _CONTROL.search(text) and cell_len(text) == len(text)


def _bar(criterion: CriterionStatus) -> Text:
    from rich.text import Text

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
    from rich.text import Text

    text = Text(word(criterion.state), style=STYLES[criterion.state])
    if criterion.stale:
        text.append(separator)
        text.append(t("s.stale"), style=STYLES["stale"])
    return text


def compact(value: float, unit: str) -> str:
    """A value for the narrow text table: kroner in thousands (``185k``), else :func:`number`."""
    if unit == "dkk" and abs(value) >= 10_000:
        return f"{localised(value / 1000, ',.0f')}k"
    return number(value)


def _criteria_tables(plan: PlanStatus, width: int) -> list[RenderableType]:
    """A header, then a table per focus area; all share the column widths."""
    from rich.cells import cell_len
    from rich.text import Text

    headers = tuple(
        t(f"s.col.{name}") for name in ("criterion", "baseline", "latest", "target", "progress", "expected", "state")
    )
    justify = ("left", "right", "right", "right", "left", "right", "left")
    # "on track, stale" on one line where it fits beside the longest id, else on two.
    for separator in (", ", "\n"):
        rows: list[tuple[str, list[str | Text]]] = []
        for c in plan.criteria:
            target = compact(c.target.value, c.unit)
            sign = UNITS.get(c.unit, "")
            cells: list[str | Text] = [
                c.id,
                compact(c.baseline.value, c.unit),
                compact(c.latest.value, c.unit) if c.latest is not None else "-",
                f"{target} {sign}".rstrip(),
                _bar(c),
                share(c.expected) if c.expected is not None else "",
                _state_text(c, separator),
            ]
            rows.append((c.focus_area, cells))
        widths = [
            max(
                [cell_len(headers[i])]
                + [max(cell_len(part) for part in str(cells[i]).split("\n")) for _, cells in rows]
            )
            for i in range(len(headers))
        ]
        if sum(widths) + len(widths) - 1 <= width:
            break
    # The criterion column takes what is left of the width and folds longer ids.
    widths[0] = max(min(widths[0], width - sum(widths[1:]) - (len(widths) - 1)), 12)
    parts: list[RenderableType] = [Text(t("s.criteria_heading", counts=criteria_counts(plan)), style="bold")]
    parts.append(_fixed_table(headers, justify, widths, show_header=True))
    parts.append(Text("─" * (sum(widths) + len(widths) - 1)))
    area = None
    table = None
    for focus_area, cells in rows:
        if focus_area != area:
            area = focus_area
            parts.append(Text(area, style="bold"))
            table = _fixed_table(headers, justify, widths, show_header=False)
            parts.append(table)
        assert table is not None
        table.add_row(*cells)
    parts.append(Text(t("s.expected_note"), style="dim"))
    parts.append(Text(""))
    return parts


def _fixed_table(headers: Sequence[str], justify: Sequence[str], widths: Sequence[int], *, show_header: bool) -> Table:
    from rich.table import Table

    table = Table(
        box=None,
        show_header=show_header,
        header_style="bold",
        show_edge=False,
        pad_edge=False,
        padding=(0, 1),
        collapse_padding=True,
    )
    for i, (header, how) in enumerate(zip(headers, justify, strict=True)):
        table.add_column(
            header,
            justify=how,  # type: ignore[arg-type]
            width=widths[i],
            no_wrap=i != 0,
            overflow="fold" if i == 0 else "ellipsis",
        )
    return table


def _milestone_lines(plan: PlanStatus, horizon: int) -> list[RenderableType]:
    from rich.text import Text

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
        table = _table(("State", "left"), ("Date", "left"), ("When", "left"), ("Milestone", "left"))
        table.show_header = False
        for m in shown:
            when = m.completed if m.state == "done" and m.completed is not None else m.due
            table.add_row(
                _styled(word(m.state), STYLES[m.state]),
                str(when),
                days_phrase((when - m.due).days + m.days),
                Text(f"{m.id}: {m.title}"),
            )
        parts.append(table)
    upcoming = next_milestone(plan)
    if upcoming is not None:
        parts.append(Text("  " + t("s.next_milestone", id=upcoming.id, when=milestone_when(upcoming)), style="dim"))
    parts.append(Text(""))
    return parts


def _budget_parts(budget: BudgetStatus, width: int) -> list[RenderableType]:
    from rich.text import Text

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
    table = _grid([(t(f"s.col.{name}"), how) for name, how in BUDGET_COLUMNS], rows, width)
    heading = Text(t("s.budget_heading", total=kroner(budget.total), share=local(budget.local_share)), style="bold")
    return [heading, table, _current_year_line(budget)]


def _current_year_line(budget: BudgetStatus) -> Text:
    from rich.text import Text

    current = budget.current
    if current is None:
        return Text("")
    if current.spent is None:
        said = t("s.spending_not_reported")
    else:
        ratio = share(current.spent / current.planned if current.planned else None)
        said = t("s.spent", amount=kroner(current.spent), share=ratio)
    return Text(t("s.current_year", year=current.year, planned=kroner(current.planned), said=said) + "\n")


def _co_financing_tables(contributions: Sequence[Contribution], title: str, width: int) -> list[RenderableType]:
    from rich.text import Text

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
        parts.append(_grid(columns, lines, width))
    parts.append(Text(""))
    return parts


def _thousands(amount: int | None) -> str:
    return "-" if not amount else localised(amount / 1000, ",.0f")


def _governance_lines(plan: PlanStatus, horizon: int) -> list[RenderableType]:
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    evaluation = Text(
        evaluation_phrase(plan.evaluations),
        style="bold red" if plan.evaluations is not None and plan.evaluations.due else "",
    )
    grid.add_row(f"  {t('s.label.evaluation')}", evaluation)
    grid.add_row(f"  {t('s.label.agreements')}", agreements_phrase(plan, horizon))
    for agreement in notable_agreements(plan) if plan.agreements else ():
        grid.add_row("", Text(f"- {agreement_phrase(agreement)}", style=STYLES[agreement.state]))
    if plan.revisions:
        last = plan.revisions[-1]
        body = t("s.by.board") if last.approved_by == "board" else t("s.by.lbf")
        revisions = t("s.revisions", count=len(plan.revisions), date=last.date, body=body, reference=last.reference)
        grid.add_row(f"  {t('s.label.revisions')}", revisions)
    else:
        grid.add_row(f"  {t('s.label.revisions')}", t("s.revisions.none"))
    return [Text(t("s.governance"), style="bold"), grid, Text("")]


def agreements_phrase(plan: PlanStatus, horizon: int) -> str:
    """``none recorded``, ``all 3 run to the end of the period`` or ``1 of 3 end early or within 60 days``."""
    notable = notable_agreements(plan)
    if not plan.agreements:
        return t("s.agreements.none")
    if not notable:
        return t("s.agreements.all", count=len(plan.agreements))
    return t("s.agreements.notable", count=len(notable), total=len(plan.agreements), days=tn("count.days", horizon))


# A view for a meeting lists this many problems of a file and counts the rest:
# a file with thousands of findings (pasted data, a wrong file) must neither
# bury the status nor take minutes to lay out. JSON and validate list them all.
MAX_LISTED_PROBLEMS = 50
MAX_LISTED_PARTS = 20


def listed(problems: Sequence[Diagnostic]) -> tuple[Sequence[Diagnostic], str]:
    """The problems a view lists, and the line that counts the rest (empty when all are listed)."""
    if len(problems) <= MAX_LISTED_PROBLEMS:
        return problems, ""
    return problems[:MAX_LISTED_PROBLEMS], tn("s.more_problems", len(problems) - MAX_LISTED_PROBLEMS)


def joined(parts: Sequence[str]) -> str:
    """``a, b, c``, or the first :data:`MAX_LISTED_PARTS` and how many more."""
    if len(parts) <= MAX_LISTED_PARTS:
        return ", ".join(parts)
    return ", ".join(parts[:MAX_LISTED_PARTS]) + " " + tn("s.more_parts", len(parts) - MAX_LISTED_PARTS)


class _Hanging:
    """Lines that wrap under their own text, not under their lead (a bullet, an indent).

    Wrapped here and drawn as one block of text: a portfolio of a thousand
    plans has thousands of items, and a renderable apiece made the text view
    cost more than reading the plans.
    """

    def __init__(self, entries: Iterable[tuple[str, str | Text]]) -> None:
        self.entries = list(entries)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterable[Text]:
        from rich.text import Text

        lines: list[Text] = []
        for lead, item in self.entries:
            text = item if isinstance(item, Text) else Text(item)
            width = max(options.max_width - len(lead), 1)
            if len(text.plain) <= width and _single_width(text.plain):  # fits: nothing to wrap
                lines.append(Text(lead) + text)
                continue
            hang = " " * len(lead)
            for number, line in enumerate(text.wrap(console, width)):
                out = Text(hang if number else lead)
                out.append_text(line)
                lines.append(out)
        if lines:
            yield Text("\n", no_wrap=True, overflow="ignore").join(lines)


def _bullets(items: Iterable[str | Text], indent: str = "  ") -> _Hanging:
    """A bulleted list whose items wrap under their own text, not under the bullet."""
    return _Hanging((f"{indent}- ", item) for item in items)


def _validation_lines(summary: ValidationSummary, file: str) -> list[RenderableType]:
    """The validation summary of a file and its problems."""
    from rich.text import Text

    from hplan.views.validate import text_line

    style = "bold red" if summary.errors else ("yellow" if summary.warnings else "green")
    head = Text(f"{t('s.label.validation')}: ", style="bold")
    head.append(f"{file}: {validation_phrase(summary)}", style=style)
    shown, more = listed(summary.problems)
    items: list[str | Text] = [Text(text_line(d)) for d in shown]
    if more:
        items.append(Text(more, style="dim"))
    if summary.unread:
        items.append(Text(t("s.left_out", parts=joined(summary.unread)), style="dim"))
    return [head, _bullets(items)]


def _plan_parts(plan: PlanStatus, result: StatusResult, width: int) -> Iterable[RenderableType]:
    from rich.panel import Panel
    from rich.text import Text

    options = result.options
    head = Text()
    head.append(f"{plan.label}", style="bold")
    if plan.id and plan.id != plan.label:
        head.append(f"  {plan.id}")
    if plan.profile:
        head.append(f"  {plan.profile}", style="dim")
    head.append(f"\n{t('s.label.period')}: {period_phrase(plan)}")
    head.append("\n" + t("s.as_of_horizon", date=options.as_of, days=tn("count.days", options.horizon)) + "; ")
    head.append(f"{t('s.label.validation').lower()}: ")
    head.append(validation_phrase(plan.validation), style="bold red" if plan.validation.errors else "")
    yield Panel(head, expand=True)
    if plan.criteria:
        yield from _criteria_tables(plan, width)
    if plan.milestones:
        yield from _milestone_lines(plan, options.horizon)
    if plan.budget is not None and plan.budget.years:
        yield from _budget_parts(plan.budget, width)
        yield from _co_financing_tables(plan.contributions, t("s.co_financing.plan"), width)
    if plan.evaluations is not None:
        yield from _governance_lines(plan, options.horizon)
    yield from _other_files_lines(result)
    yield from _validation_lines(plan.validation, plan.file)


def _other_files_lines(result: StatusResult) -> Iterable[RenderableType]:
    for other in result.other_files:
        if other.validation.problems:
            yield from _validation_lines(other.validation, other.file)


def _portfolio_parts(result: StatusResult, width: int) -> Iterable[RenderableType]:
    from rich.panel import Panel
    from rich.text import Text

    options = result.options
    head = Text()
    head.append(t("s.portfolio.plans", plans=tn("count.plans", len(result.plans)), date=options.as_of), style="bold")
    head.append(t("s.portfolio.horizon", days=tn("count.days", options.horizon)) + "\n")
    head.append(t("s.checked", files=tn("count.files", result.files)) + " ")
    total = ValidationSummary(result.errors, result.warnings, (), True)
    head.append(validation_phrase(total), style="bold red" if result.errors else "")
    yield Panel(head, expand=True)
    if not result.plans:
        yield Text(t("s.no_plan") + "\n")
        yield from _portfolio_validation(result)
        return
    yield Text(t("s.plans"), style="bold")
    rows: list[list[str | Text]] = []
    for plan in result.plans:
        unreadable = plan.period is None
        rows.append(
            [
                Text(plan.label, style="bold red") if plan.validation.errors else plan.label,
                share(plan.period.elapsed) if plan.period is not None else "-",
                _count(plan.in_state("on_track"), "on_track", unreadable),
                _count(plan.in_state("at_risk"), "at_risk", unreadable),
                _count(plan.in_state("off_track"), "off_track", unreadable),
                _count(plan.overdue, "overdue", unreadable),
                localised(plan.budget.total) if plan.budget is not None else "-",
                local(plan.budget.local_share) if plan.budget is not None else "-",
            ]
        )
    yield _grid([(t(f"s.portfolio.col.{name}"), how) for name, how in PORTFOLIO_COLUMNS], rows, width)
    yield Text("")
    yield from _co_financing_tables(result.co_financing, t("s.co_financing.portfolio"), width)
    flagged = [(plan, attention(plan)) for plan in result.plans]
    flagged = [(plan, items) for plan, items in flagged if items]
    yield Text(t("s.attention"), style="bold")
    if not flagged:
        yield Text("  " + t("s.attention.nothing"))
    yield _Hanging(entry for plan, items in flagged for entry in [("  ", plan.label), *(("    - ", i) for i in items)])
    yield Text("")
    yield from _portfolio_validation(result)


def _portfolio_validation(result: StatusResult) -> Iterable[RenderableType]:
    """Each file with problems, its errors in full; warnings are counted (validate lists them)."""
    from rich.text import Text

    from hplan.views.validate import text_line

    summaries = [(f.file, f.validation) for f in result.other_files]
    summaries += [(p.file, p.validation) for p in result.plans]
    flagged = [(file, summary) for file, summary in summaries if summary.problems or not summary.readable]
    if not flagged:
        return
    yield Text(t("s.portfolio.validation"), style="bold")
    entries: list[tuple[str, str | Text]] = []
    for file, summary in flagged:
        style = "bold red" if summary.errors else "yellow"
        entries.append(("  - ", Text(f"{file}: {validation_phrase(summary)}", style=style)))
        shown, more = listed(tuple(d for d in summary.problems if d.is_error))
        entries += [("    - ", Text(text_line(d))) for d in shown]
        if more:
            entries.append(("    - ", Text(more, style="dim")))
        if summary.unread:
            entries.append(("    - ", Text(t("s.left_out", parts=joined(summary.unread)), style="dim")))
    yield _Hanging(entries)


def _count(count: int, state: str, unreadable: bool) -> str | Text:
    from rich.text import Text

    if unreadable:
        return "-"
    return Text(str(count), style=STYLES[state]) if count and state != "on_track" else str(count)


def report_text(result: StatusResult, *, color: bool = False, language: str = "en") -> None:
    """Write the text view to standard output."""
    with using(language):
        sys.stdout.write(redact(render_text(result, color=color, width=_width(color))))


# --- markdown -------------------------------------------------------------------------


def _md(text: str) -> str:
    """Text safe inside a markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _md_table(headers: Sequence[str], rows: Iterable[Sequence[str]], right: Iterable[int] = ()) -> list[str]:
    aligned = set(right)
    lines = ["| " + " | ".join(headers) + " |"]
    lines.append("|" + "|".join("---:" if i in aligned else "---" for i in range(len(headers))) + "|")
    lines += ["| " + " | ".join(_md(cell) for cell in row) + " |" for row in rows]
    return lines


def _md_reading(reading: Reading | None, unit: str) -> str:
    return "-" if reading is None else f"{with_unit(reading.value, unit)} ({reading.date})"


def _md_plan(plan: PlanStatus, result: StatusResult, level: str) -> list[str]:
    options = result.options
    out = [f"{level} {_md(plan.label)}", ""]
    facts = [
        (t("s.label.plan"), f"`{plan.id}` ({plan.profile})" if plan.id else "-"),
        (t("s.label.file"), f"`{plan.file}`"),
        (t("s.label.period"), period_phrase(plan)),
        (t("s.label.validation"), validation_phrase(plan.validation)),
    ]
    out += [f"- **{label}:** {value}" for label, value in facts]
    out.append("")
    sub = level + "#"
    if plan.criteria:
        out += [f"{sub} {t('s.md.criteria')}", "", f"{criteria_counts(plan).capitalize()}.", ""]
        areas: dict[str, list[CriterionStatus]] = {}
        for criterion in plan.criteria:
            areas.setdefault(criterion.focus_area, []).append(criterion)
        for area, criteria in areas.items():
            rows = [
                (
                    f"`{c.id}` {c.indicator}",
                    _md_reading(c.baseline, c.unit),
                    _md_reading(c.latest, c.unit),
                    _md_reading(c.target, c.unit),
                    progress_phrase(c),
                    f"**{state_words(c)}**" if c.state != "on_track" or c.stale else state_words(c),
                )
                for c in criteria
            ]
            out += [f"**{area}**", ""]
            headers = [t(f"s.col.{name}") for name in ("criterion", "baseline", "latest", "target", "progress")]
            out += _md_table([*headers, t("s.col.state")], rows)
            out.append("")
    if plan.milestones:
        shown = notable_milestones(plan)
        out += [f"{sub} {t('s.md.milestones')}", ""]
        if shown:
            moments = [(word(m.state), f"`{m.id}` {m.title}", milestone_when(m)) for m in shown]
            out += _md_table([t("s.col.state"), t("s.col.milestone"), t("s.col.when")], moments)
        else:
            out.append(t("s.md.no_milestones", days=tn("count.days", options.horizon)))
        upcoming = next_milestone(plan)
        if upcoming is not None:
            out += [
                "",
                t("s.md.next_milestone", id=f"`{upcoming.id}`", title=upcoming.title, when=milestone_when(upcoming)),
            ]
        out.append("")
    if plan.budget is not None and plan.budget.years:
        budget = plan.budget
        out += [
            f"{sub} {t('s.md.budget')}",
            "",
            t(
                "s.md.budget_total",
                total=kroner(budget.total),
                lbf=kroner(budget.lbf),
                share=local(budget.local_share),
            ),
            "",
        ]
        rows = [
            (
                f"{y.year}{t('s.now')}"
                if budget.current is not None and y.year == budget.current.year
                else str(y.year),
                kroner(y.planned),
                kroner(y.lbf),
                kroner(y.planned - y.lbf),
                local(y.local_share),
                kroner(y.spent) if y.spent is not None else t("s.not_reported"),
            )
            for y in budget.years
        ]
        headers = [t(f"s.col.{name}") for name, _ in BUDGET_COLUMNS]
        out += _md_table(headers, rows, right=range(1, 6))
        out.append("")
        out += _md_co_financing(plan.contributions, t("s.md.co_financing.plan"))
    if plan.evaluations is not None:
        out += [
            f"{sub} {t('s.governance')}",
            "",
            f"- **{t('s.label.evaluation')}:** {evaluation_phrase(plan.evaluations)}",
            f"- **{t('s.label.agreements')}:** {agreements_phrase(plan, options.horizon)}",
        ]
        if plan.agreements:
            out += [f"  - {agreement_phrase(a)}" for a in notable_agreements(plan)]
        if plan.revisions:
            out.append(f"- **{t('s.label.revisions')}:** {t('s.md.revisions', count=len(plan.revisions))}")
            out += [f"  - {r.date}, {_approver(r.approved_by)}: {r.reference}" for r in plan.revisions]
        else:
            out.append(f"- **{t('s.label.revisions')}:** {t('s.revisions.none')}")
        out.append("")
    if plan.validation.problems or plan.validation.unread:
        out += _md_problems(plan.validation, sub)
    return out


def _approver(body: str) -> str:
    """``board`` or ``lbf`` as the revisions log says, in the report's language."""
    return t(f"s.approver.{body}") if body in ("board", "lbf") else body


def _md_problems(summary: ValidationSummary, sub: str) -> list[str]:
    from hplan.views.validate import text_line

    out = [f"{sub} {t('s.md.problems')}", ""]
    shown, more = listed(summary.problems)
    out += [f"- `{text_line(d)}`" for d in shown]
    if more:
        out.append(f"- {more}")
    if summary.unread:
        left_out = t("s.left_out", parts=joined([f"`{p}`" for p in summary.unread]))
        out.append(f"- {left_out[0].upper()}{left_out[1:]}")
    out.append("")
    return out


def _md_co_financing(contributions: Sequence[Contribution], title: str) -> list[str]:
    years, rows = co_financing_table(contributions)
    if not rows:
        return []
    table = [
        [f"{party.name} ({party_kind(party.kind)})"]
        + [kroner(amounts.get(year)) if amounts.get(year) else "-" for year in years]
        + [kroner(sum(amounts.values()))]
        for party, amounts in rows
    ]
    out = [f"**{title}**", ""]
    headers = [t("s.col.party"), *map(str, years), t("s.col.total")]
    out += _md_table(headers, table, right=range(1, len(years) + 2))
    out.append("")
    return out


def render_markdown(result: StatusResult) -> str:
    """The markdown view: for meeting papers, with every figure in full."""
    options = result.options
    out: list[str] = []
    if len(result.plans) == 1:
        plan = result.plans[0]
        out += [f"# {t('s.md.title', name=_md(plan.label), date=options.as_of)}", ""]
        out += _md_plan(plan, result, "#")[2:]
    else:
        out += [f"# {t('s.md.title', name=tn('count.plans', len(result.plans)), date=options.as_of)}", ""]
        out.append(
            t(
                "s.md.portfolio_intro",
                days=tn("count.days", options.horizon),
                checked=t("s.checked", files=tn("count.files", result.files)),
                summary=validation_phrase(ValidationSummary(result.errors, result.warnings, (), True)),
            )
        )
        out.append("")
        if not result.plans:
            out += [t("s.no_plan"), ""]
        rows = [
            (
                plan.label,
                share(plan.period.elapsed) if plan.period is not None else "-",
                *(localised(plan.in_state(s)) for s in ("on_track", "at_risk", "off_track")),
                localised(plan.overdue),
                kroner(plan.budget.total) if plan.budget is not None else "-",
                local(plan.budget.local_share) if plan.budget is not None else "-",
                validation_phrase(plan.validation),
            )
            for plan in result.plans
        ]
        headers = [t(f"s.md.portfolio.col.{name}") for name, _ in PORTFOLIO_COLUMNS] + [t("s.label.validation")]
        if rows:
            out += [f"## {t('s.md.portfolio')}", ""]
            out += _md_table(headers, rows, right=range(1, 8))
            out.append("")
        out += _md_co_financing(result.co_financing, t("s.md.co_financing.portfolio"))
        flagged = [(plan, attention(plan)) for plan in result.plans]
        if result.plans:
            out += [f"## {t('s.attention')}", ""]
            if not any(items for _, items in flagged):
                nothing = t("s.attention.nothing")
                out += [f"{nothing[0].upper()}{nothing[1:]}.", ""]
            for plan, items in flagged:
                if items:
                    out += [f"- **{_md(plan.label)}**", *(f"  - {_md(item)}" for item in items)]
            out.append("")
        for plan in result.plans:
            out += _md_plan(plan, result, "##")
    for other in result.other_files:
        if other.validation.problems:
            out += [f"## `{other.file}`", "", f"{t('s.label.validation')}: {validation_phrase(other.validation)}.", ""]
            out += _md_problems(other.validation, "###")[2:]
    return "\n".join(out).rstrip() + "\n"


def report_markdown(result: StatusResult, *, color: bool = False, language: str = "en") -> None:
    """Write the markdown view to standard output."""
    del color
    with using(language):
        sys.stdout.write(redact(render_markdown(result)))


# --- json -----------------------------------------------------------------------------


def _fraction(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _reading(reading: Reading | None) -> dict[str, Any] | None:
    return None if reading is None else {"value": reading.value, "date": reading.date.isoformat()}


def _plan_json(plan: PlanStatus) -> dict[str, Any]:
    period = plan.period
    budget = plan.budget
    evaluations = plan.evaluations
    return {
        "id": plan.id,
        "name": plan.name,
        "file": plan.file,
        "profile": plan.profile,
        "period": None
        if period is None
        else {
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "elapsed": _fraction(period.elapsed),
            "phase": period.phase,
            "plan_year": period.plan_year,
            "plan_years": period.plan_years,
        },
        "summary": {
            "on_track": plan.in_state("on_track"),
            "at_risk": plan.in_state("at_risk"),
            "off_track": plan.in_state("off_track"),
            "no_data": plan.in_state("no_data"),
            "stale": plan.stale,
            "overdue_milestones": plan.overdue,
        },
        "criteria": [
            {
                "id": c.id,
                "focus_area": c.focus_area,
                "indicator": c.indicator,
                "unit": c.unit,
                "direction": c.direction,
                "frequency": c.frequency,
                "baseline": _reading(c.baseline),
                "target": _reading(c.target),
                "latest": _reading(c.latest),
                "progress": _fraction(c.progress),
                "expected": _fraction(c.expected),
                "state": c.state,
                "stale": c.stale,
                "age_days": c.age_days,
            }
            for c in plan.criteria
        ],
        "milestones": [
            {
                "id": m.id,
                "title": m.title,
                "due": m.due.isoformat(),
                "state": m.state,
                "status": m.status,
                "completed": m.completed.isoformat() if m.completed is not None else None,
                "recent": m.recent,
                "days": m.days,
            }
            for m in plan.milestones
        ],
        "budget": None
        if budget is None
        else {
            "total": budget.total,
            "lbf": budget.lbf,
            "local_share": _fraction(budget.local_share),
            "by_source": dict(budget.by_source),
            "current_year": budget.current.year if budget.current is not None else None,
            "years": [
                {
                    "year": y.year,
                    "planned": y.planned,
                    "spent": y.spent,
                    "lbf": y.lbf,
                    "local_share": _fraction(y.local_share),
                    "by_source": dict(y.by_source),
                }
                for y in budget.years
            ],
        },
        "evaluations": None
        if evaluations is None
        else {
            "last": None
            if evaluations.last_year is None or evaluations.last_date is None
            else {"year": evaluations.last_year, "date": evaluations.last_date.isoformat()},
            "due": evaluations.due,
            "missing": list(evaluations.missing),
            "next": None
            if evaluations.next_year is None or evaluations.next_from is None
            else {"year": evaluations.next_year, "from": evaluations.next_from.isoformat()},
        },
        "agreements": [
            {
                "id": a.id,
                "partner": a.partner,
                "valid_until": a.valid_until.isoformat() if a.valid_until is not None else None,
                "state": a.state,
                "days": a.days,
            }
            for a in plan.agreements
        ],
        "revisions": [
            {"date": r.date.isoformat(), "approved_by": r.approved_by, "reference": r.reference} for r in plan.revisions
        ],
        "validation": _validation_json(plan.validation),
    }


def _validation_json(summary: ValidationSummary) -> dict[str, Any]:
    return {
        "errors": summary.errors,
        "warnings": summary.warnings,
        "readable": summary.readable,
        "unread": list(summary.unread),
        "problems": [d.to_json() for d in summary.problems],
    }


def to_json(result: StatusResult) -> dict[str, Any]:
    """The JSON contract of ``hplan status`` (docs/status.md)."""
    options = result.options
    thresholds = options.thresholds
    return {
        "as_of": options.as_of.isoformat(),
        "horizon": options.horizon,
        "thresholds": {
            "on_track": thresholds.on_track,
            "at_risk": thresholds.at_risk,
            "maintain_tolerance": thresholds.maintain_tolerance,
            "stale_grace": thresholds.stale_grace,
        },
        "plans": [_plan_json(plan) for plan in result.plans],
        "co_financing": [
            {"party": c.party, "name": c.name, "kind": c.kind, "year": c.year, "amount": c.amount}
            for c in result.co_financing
        ],
        "files": [
            {"file": other.file, "kind": other.kind, "validation": _validation_json(other.validation)}
            for other in result.other_files
        ],
        "validation": {"files": result.files, "errors": result.errors, "warnings": result.warnings},
    }


def report_json(result: StatusResult, *, color: bool = False, language: str = "en") -> None:
    """Write the JSON contract to standard output (English in every language: a machine contract)."""
    del color, language
    sys.stdout.write(redact(json.dumps(to_json(result), ensure_ascii=False, indent=2)) + "\n")


REPORTERS: dict[str, Reporter] = {"text": report_text, "markdown": report_markdown, "json": report_json}
