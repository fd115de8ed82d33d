"""Pure calculations on a board's meetings and a plan's contingency plan, as of a date.

Every dated record later than the as-of date is ignored (a meeting that is
planned, a review not yet made), so rules, status and the yearly report
judge the same records. No I/O, no output.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Protocol

from hplan.domain.calendar import evaluated_years
from hplan.model.board import BoardMeeting, TermsOfReference
from hplan.model.common import Member
from hplan.model.plan import Party, Plan

DAYS_PER_YEAR = 365


class BoardLike(Protocol):
    """What a board file and a board written into a plan share."""

    @property
    def name(self) -> str: ...  # noqa: D102

    @property
    def members(self) -> Sequence[Member]: ...  # noqa: D102

    @property
    def terms_of_reference(self) -> TermsOfReference | None: ...  # noqa: D102

    @property
    def meetings(self) -> Sequence[BoardMeeting]: ...  # noqa: D102


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` calendar months on (the last day of a shorter month where needed)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def held(meetings: Iterable[BoardMeeting], as_of: dt.date) -> list[BoardMeeting]:
    """The meetings held by ``as_of``, by date."""
    return sorted((m for m in meetings if m.date <= as_of), key=lambda m: m.date)


def concerning(meetings: Iterable[BoardMeeting], plan_id: str) -> list[BoardMeeting]:
    """The meetings that concerned a plan (a meeting naming no plans concerned all of the board's)."""
    return [m for m in meetings if not m.plans or plan_id in m.plans]


def next_meeting(meetings: Iterable[BoardMeeting], as_of: dt.date) -> BoardMeeting | None:
    """The first meeting planned after ``as_of``, or ``None``."""
    planned = sorted((m for m in meetings if m.date > as_of), key=lambda m: m.date)
    return planned[0] if planned else None


def meeting_due(board: BoardLike, as_of: dt.date) -> tuple[dt.date, dt.date] | None:
    """(the last meeting or the adoption of the terms, the date by which the next was due) when overdue.

    The interval is a year divided by the terms' meetings per year; ``None``
    when the board has no terms of reference or is not overdue.
    """
    terms = board.terms_of_reference
    if terms is None or terms.adopted > as_of:
        return None
    past = held(board.meetings, as_of)
    since = max(past[-1].date, terms.adopted) if past else terms.adopted
    due = since + dt.timedelta(days=DAYS_PER_YEAR // terms.meetings_per_year)
    return (since, due) if due < as_of else None


def followed_up(plan: Plan, meetings: Iterable[BoardMeeting], year: int, as_of: dt.date) -> dict[str, list[dt.date]]:
    """Each criterion of ``plan`` -> the dates of the meetings in ``year`` (by ``as_of``) that followed it up."""
    found: dict[str, list[dt.date]] = {c.id: [] for area in plan.focus_areas for c in area.success_criteria}
    for meeting in concerning(held(meetings, as_of), plan.id):
        if meeting.date.year != year:
            continue
        for ident in meeting.followed_up:
            if ident in found:
                found[ident].append(meeting.date)
    return found


def years_without_follow_up(plan: Plan, meetings: Sequence[BoardMeeting], as_of: dt.date) -> list[int]:
    """The evaluated years ended by ``as_of`` in which no board meeting followed up a criterion of the plan."""
    missing = []
    for year in evaluated_years(plan.period):
        if year >= as_of.year:
            break
        if not any(followed_up(plan, meetings, year, as_of).values()):
            missing.append(year)
    return missing


def represented(party: Party, members: Iterable[Member]) -> bool:
    """Whether a board member represents ``party`` (by ``party``, or an organisation written as its id or name)."""
    for member in members:
        if getattr(member, "party", None) == party.id or member.organisation in (party.id, party.name):
            return True
    return False


def review_due(plan: Plan, months: int, as_of: dt.date) -> dt.date | None:
    """The date the plan's contingency plan was due a review, when overdue as of ``as_of``.

    Counted from its last review by ``as_of``, else from its adoption; never
    before it is adopted, nor once the plan's period has ended.
    """
    contingency = plan.contingency_plan
    if contingency is None or not contingency.adopted <= as_of <= plan.period.end:
        return None
    reviewed = contingency.reviewed if contingency.reviewed is not None and contingency.reviewed <= as_of else None
    last = max(contingency.adopted, reviewed) if reviewed is not None else contingency.adopted
    due = add_months(last, months)
    return due if due < as_of else None
