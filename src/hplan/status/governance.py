"""The board and the contingency plan in ``hplan status``: the next board meeting, a missing or overdue plan."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from hplan.domain.governance import concerning, next_meeting, review_due
from hplan.model.board import Board
from hplan.model.plan import InlineBoard, Plan
from hplan.profiles import Profile


class GovernanceStatus(NamedTuple):
    """What status shows of a plan's board and contingency plan."""

    next_meeting: dt.date | None  # the board's next meeting about the plan, after the as-of date
    contingency_missing: bool  # the profile requires a contingency plan and the plan has none
    contingency_review: dt.date | None  # when the contingency plan's overdue review was due


def governance_status(
    plan: Plan, board: Board | InlineBoard | None, profile: Profile | None, as_of: dt.date
) -> GovernanceStatus | None:
    """The plan's board and contingency plan as of ``as_of``, or ``None`` when there is nothing to show.

    ``board`` is the plan's board (:func:`hplan.check.pipeline.plan_board`), ``profile`` its resolved profile.
    """
    upcoming = next_meeting(concerning(board.meetings, plan.id), as_of) if board is not None else None
    required = profile is not None and profile.contingency_plan.required
    months = profile.contingency_plan.review_months if profile is not None else 12
    review = review_due(plan, months, as_of)
    missing = required and plan.contingency_plan is None
    if upcoming is None and not missing and review is None:
        return None
    return GovernanceStatus(upcoming.date if upcoming is not None else None, missing, review)
