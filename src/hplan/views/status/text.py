"""The text view of ``hplan status`` (rich): one plan in detail, or a portfolio.

The text view is one screen for a steering-group meeting: it fits 80
columns, says every state in words (colour only repeats them), and is plain
- no escape codes - in a pipe or under ``NO_COLOR``. One plan shows in
detail; several show as a portfolio. It is written through
:func:`hplan.privacy.redact`, so no CPR-like number in a plan - even in an
id - reaches the output. Importing this module imports rich.
"""

from __future__ import annotations

import io
import shutil
import sys
from collections.abc import Iterable

from rich.console import Console, RenderableType
from rich.panel import Panel
from rich.text import Text

from hplan.i18n import number as localised
from hplan.i18n import t, tn, using
from hplan.privacy import redact
from hplan.status.model import PlanStatus, StatusResult, ValidationSummary
from hplan.views.criteria import attention_plans
from hplan.views.status import text_layout as layout
from hplan.views.status.money_text import money_parts, portfolio_money_parts
from hplan.views.status.text_sections import (
    STYLES,
    budget_parts,
    co_financing_tables,
    criteria_tables,
    governance_lines,
    milestone_lines,
    qualitative_parts,
    validation_lines,
)
from hplan.views.status.words import (
    PORTFOLIO_COLUMNS,
    attention,
    joined,
    listed,
    local,
    period_phrase,
    profile_name,
    share,
    validation_phrase,
)
from hplan.views.validate import text_line

WIDTH = 80


def _width(color: bool) -> int:
    # On a terminal, as wide as it is up to 80 columns; in a pipe, 80, whatever
    # COLUMNS says, so that output is the same everywhere.
    if color or sys.stdout.isatty():
        return min(shutil.get_terminal_size((WIDTH, 24)).columns, WIDTH)
    return WIDTH


def text_console(out: io.StringIO, *, color: bool, width: int) -> Console:
    """The console the text view is drawn on: ``width`` wide, plain unless ``color``, no markup."""
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
    parts = _plan_parts(result.plans[0], result, width) if len(result.plans) == 1 else _portfolio_parts(result, width)
    for part in parts:
        console.print(part)
    text = out.getvalue()
    if not color:  # rich pads table titles to the table's width; a pipe wants no trailing blanks
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text


def report_text(result: StatusResult, *, color: bool = False, language: str = "en") -> None:
    """Write the text view to standard output."""
    with using(language):
        sys.stdout.write(redact(render_text(result, color=color, width=_width(color))))


def _plan_parts(plan: PlanStatus, result: StatusResult, width: int) -> Iterable[RenderableType]:
    options = result.options
    head = Text()
    head.append(f"{plan.label}", style="bold")
    if plan.id and plan.id != plan.label:
        head.append(f"  {plan.id}")
    if plan.profile:
        head.append(f"  {profile_name(plan.profile)}", style="dim")
    head.append(f"\n{t('s.label.period')}: {period_phrase(plan)}")
    head.append("\n" + t("s.as_of_horizon", date=options.as_of, days=tn("count.days", options.horizon)) + "; ")
    head.append(f"{t('s.label.validation').lower()}: ")
    head.append(validation_phrase(plan.validation), style="bold red" if plan.validation.errors else "")
    yield Panel(head, expand=True)
    if plan.criteria:
        yield from criteria_tables(plan, width)
    if plan.judged:
        yield from qualitative_parts(plan)
    if plan.milestones:
        yield from milestone_lines(plan, options.horizon)
    if plan.budget is not None and plan.budget.years:
        yield from budget_parts(plan.budget, width)
        yield from co_financing_tables(plan.contributions, t("s.co_financing.plan"), width)
    if plan.evaluations is not None:
        yield from governance_lines(plan, options.horizon)
    yield from money_parts(plan, width)
    for other in result.other_files:
        if other.validation.problems:
            yield from validation_lines(other.validation, other.file)
    yield from validation_lines(plan.validation, plan.file)


def _portfolio_parts(result: StatusResult, width: int) -> Iterable[RenderableType]:
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
    rows = [_portfolio_row(plan) for plan in result.plans]
    yield layout.grid([(t(f"s.portfolio.col.{name}"), how) for name, how in PORTFOLIO_COLUMNS], rows, width)
    yield Text("")
    yield from co_financing_tables(result.co_financing, t("s.co_financing.portfolio"), width)
    yield from portfolio_money_parts(result.plans, width)
    covered, ended = attention_plans(result)
    flagged = [(plan, attention(plan)) for plan in covered]
    flagged = [(plan, items) for plan, items in flagged if items]
    yield Text(t("s.attention"), style="bold")
    if not flagged:
        yield Text("  " + t("s.attention.nothing"))
    yield layout.Hanging(
        entry for plan, items in flagged for entry in [("  ", plan.label), *(("    - ", i) for i in items)]
    )
    yield layout.Hanging(("  ", Text(line, style="dim")) for line in ended)
    yield Text("")
    yield from _portfolio_validation(result)


def _portfolio_row(plan: PlanStatus) -> list[str | Text]:
    unreadable = plan.period is None
    return [
        Text(plan.label, style="bold red") if plan.validation.errors else plan.label,
        share(plan.period.elapsed) if plan.period is not None else "-",
        _count(plan.in_state("on_track"), "on_track", unreadable),
        _count(plan.in_state("at_risk"), "at_risk", unreadable),
        _count(plan.in_state("off_track"), "off_track", unreadable),
        _count(plan.overdue, "overdue", unreadable),
        localised(plan.budget.total) if plan.budget is not None else "-",
        local(plan.budget.local_share) if plan.budget is not None else "-",
    ]


def _count(count: int, state: str, unreadable: bool) -> str | Text:
    if unreadable:
        return "-"
    return Text(str(count), style=STYLES[state]) if count and state != "on_track" else str(count)


def _portfolio_validation(result: StatusResult) -> Iterable[RenderableType]:
    """Each file with problems, its errors in full; warnings are counted (validate lists them)."""
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
    yield layout.Hanging(entries)
