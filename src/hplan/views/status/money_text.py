"""The money section in the text view of ``hplan status`` (rich): one plan's tables, or the portfolio's party table."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import RenderableType
from rich.text import Text

from hplan.i18n import t
from hplan.status.model import PlanStatus
from hplan.views.status import text_layout as layout
from hplan.views.status.money_rows import MoneyTable, plan_tables, portfolio_table
from hplan.views.status.money_words import report_phrase


def _table(table: MoneyTable, width: int) -> list[RenderableType]:
    return [Text(table.title, style="bold"), layout.grid(table.columns, [list(r) for r in table.rows], width), Text("")]


def money_parts(plan: PlanStatus, width: int) -> list[RenderableType]:
    """A plan's money section; nothing for a plan that records no money beyond its budget."""
    if plan.money is None:
        return []
    parts: list[RenderableType] = [Text(t("m.heading"), style="bold")]
    phrase = report_phrase(plan.money)
    if phrase is not None:
        style = "bold red" if plan.money.overdue else ""
        parts += [layout.bullets([Text(phrase, style=style)]), Text("")]
    for table in plan_tables(plan.money):
        parts += _table(table, width)
    return parts


def portfolio_money_parts(plans: Sequence[PlanStatus], width: int) -> list[RenderableType]:
    """Each party's commitments per year across the plans, and each plan's next report to LBF."""
    parts: list[RenderableType] = []
    table = portfolio_table(plans)
    if table is not None:
        parts += _table(table, width)
    reports = [(plan, report_phrase(plan.money)) for plan in plans if plan.money is not None]
    entries = [(plan.label, phrase) for plan, phrase in reports if phrase is not None]
    if entries:
        parts.append(Text(t("m.portfolio.reports"), style="bold"))
        parts.append(layout.Hanging(item for label, phrase in entries for item in (("  ", label), ("    - ", phrase))))
        parts.append(Text(""))
    return parts
