"""The money parts of the JSON contract of ``hplan status`` (docs/status.md): English keys, whole kroner."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hplan.status.model import PlanStatus
from hplan.status.money import MoneyStatus, party_years


def money_json(money: MoneyStatus | None) -> dict[str, Any] | None:
    """A plan's ``money``: null for a plan that records no money beyond its budget."""
    if money is None:
        return None
    upcoming = money.next_report
    return {
        "sources": [r._asdict() for r in money.sources],
        "lbf": [r._asdict() for r in money.lbf],
        "next_report": (
            {"year": upcoming.year, "due": upcoming.due.isoformat(), "days": upcoming.days, "soon": upcoming.soon}
            if upcoming is not None
            else None
        ),
        "reports_overdue": list(money.overdue),
        "reports_submitted": [{"year": year, "date": day.isoformat()} for year, day in money.submitted],
        "commitments": [{**r._asdict(), "forms": list(r.forms)} for r in money.commitments],
    }


def portfolio_money_json(plans: Sequence[PlanStatus]) -> list[dict[str, Any]]:
    """Each party's commitments, budget and actual contribution per year across the plans."""
    return [r._asdict() for r in party_years([plan.money for plan in plans])]
