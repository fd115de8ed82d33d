"""The board and the contingency plan in the status views: labelled phrases shared by text and markdown, and JSON."""

from __future__ import annotations

from typing import Any

from hplan.i18n import t
from hplan.status.model import PlanStatus


def governance_rows(plan: PlanStatus) -> list[tuple[str, str]]:
    """(label, phrase) of the board's next meeting and of a missing or overdue contingency plan, where shown."""
    status = plan.governance
    if status is None:
        return []
    rows: list[tuple[str, str]] = []
    if status.next_meeting is not None:
        rows.append((t("g.s.board"), t("g.s.next_meeting", date=status.next_meeting)))
    if status.contingency_missing:
        rows.append((t("g.s.contingency"), t("g.s.contingency_missing")))
    if status.contingency_review is not None:
        rows.append((t("g.s.contingency"), t("g.s.contingency_review", date=status.contingency_review)))
    return rows


def governance_json(plan: PlanStatus) -> dict[str, Any] | None:
    """The ``governance`` object of a plan in the JSON output (``null`` when there is nothing to show)."""
    status = plan.governance
    if status is None:
        return None
    review = status.contingency_review
    return {
        "next_board_meeting": status.next_meeting.isoformat() if status.next_meeting is not None else None,
        "contingency_plan_missing": status.contingency_missing,
        "contingency_review_due": review.isoformat() if review is not None else None,
    }
