"""The board's follow-up of the success criteria in one plan year, for ``hplan report``."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from hplan.domain.governance import BoardLike, concerning, followed_up, held
from hplan.model.plan import Plan
from hplan.privacy import redact


class CriterionFollowUp(NamedTuple):
    """A success criterion and the dates of the year's board meetings that followed it up."""

    id: str
    text: str
    dates: tuple[dt.date, ...]


class BoardFollowUp(NamedTuple):
    """The year's board meetings about the plan (held by the as-of date), and which criteria they followed up."""

    meetings: tuple[dt.date, ...]
    criteria: tuple[CriterionFollowUp, ...]


def board_follow_up(plan: Plan, board: BoardLike | None, year: int, as_of: dt.date) -> BoardFollowUp | None:
    """The board's follow-up in ``year``, or ``None`` when the board records no meetings at all."""
    if board is None or not board.meetings:
        return None
    meetings = tuple(m.date for m in concerning(held(board.meetings, as_of), plan.id) if m.date.year == year)
    dates = followed_up(plan, board.meetings, year, as_of)
    criteria = tuple(
        CriterionFollowUp(c.id, redact(c.text), tuple(dates[c.id]))
        for area in plan.focus_areas
        for c in area.success_criteria
    )
    return BoardFollowUp(meetings, criteria)
