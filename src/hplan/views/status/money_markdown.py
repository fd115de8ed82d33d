"""The money section in the markdown view of ``hplan status``: one plan's tables, or the portfolio's party table."""

from __future__ import annotations

from collections.abc import Sequence

from hplan.i18n import t
from hplan.status.model import PlanStatus
from hplan.views import markdown as md
from hplan.views.status.money_rows import MoneyTable, plan_tables, portfolio_table
from hplan.views.status.money_words import report_phrase


def _table(table: MoneyTable) -> list[str]:
    out = [f"**{table.title}**", ""]
    right = [i for i, (_, how) in enumerate(table.columns) if how == "right"]
    out += md.table([header for header, _ in table.columns], table.rows, right)
    return [*out, ""]


def md_money(plan: PlanStatus, sub: str) -> list[str]:
    """A plan's money section under a ``sub`` heading; nothing for a plan that records no money beyond its budget."""
    if plan.money is None:
        return []
    out = [f"{sub} {t('m.heading')}", ""]
    phrase = report_phrase(plan.money)
    if phrase is not None:
        out += [f"- {md.cell(phrase)}", ""]
    for table in plan_tables(plan.money):
        out += _table(table)
    return out


def md_portfolio_money(plans: Sequence[PlanStatus]) -> list[str]:
    """Each party's commitments per year across the plans, and each plan's next report to LBF."""
    out: list[str] = []
    table = portfolio_table(plans)
    if table is not None:
        out += _table(table)
    entries = [(p.label, report_phrase(p.money)) for p in plans if p.money is not None]
    lines = [f"- **{md.cell(label)}**: {md.cell(phrase)}" for label, phrase in entries if phrase is not None]
    if lines:
        out += [f"**{t('m.portfolio.reports')}**", "", *lines, ""]
    return out
