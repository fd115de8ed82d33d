"""The phrases of the money section of ``hplan status`` both human formats share: the next report to LBF, attention.

Apart from :mod:`hplan.views.status.money_rows` because ``words`` (the
attention list) imports it, and ``money_rows`` imports ``words``.
"""

from __future__ import annotations

from hplan.i18n import t, tn
from hplan.status.model import PlanStatus
from hplan.status.money import MoneyStatus


def report_phrase(money: MoneyStatus) -> str | None:
    """The next yearly report to LBF and its deadline (days left, or overdue); ``None`` for a plan that tracks none."""
    upcoming = money.next_report
    if upcoming is None:
        if not money.submitted:
            return None
        year, day = money.submitted[-1]
        return f"{t('m.report.done')}; {t('m.report.last', year=year, date=day)}"
    if upcoming.days < 0:
        return t("m.report.overdue", year=upcoming.year, due=upcoming.due, days=tn("count.days", -upcoming.days))
    if upcoming.days == 0:
        return t("m.report.today", year=upcoming.year, due=upcoming.due)
    return t("m.report.next", year=upcoming.year, due=upcoming.due, days=tn("count.days", upcoming.days))


def money_attention(plan: PlanStatus) -> list[str]:
    """The money items of "Needs attention": the next yearly report to LBF, when overdue or due within the horizon."""
    upcoming = plan.money.next_report if plan.money is not None else None
    if upcoming is None:
        return []
    if upcoming.days < 0:
        return [t("m.attention.report_overdue", year=upcoming.year, due=upcoming.due)]
    if upcoming.soon:
        return [t("m.attention.report_due", year=upcoming.year, due=upcoming.due, days=tn("count.days", upcoming.days))]
    return []
