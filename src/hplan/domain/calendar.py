"""The plan's calendar: its length and plan years, the years evaluated, how often a figure comes."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping

from hplan.model.plan import Period, Plan

# The nominal interval between two measurements of each frequency, in days.
# ``once`` has none: a criterion measured once never goes stale.
FREQUENCY_DAYS: Mapping[str, int | None] = {
    "yearly": 365,
    "half_yearly": 183,
    "quarterly": 92,
    "monthly": 31,
    "once": None,
}
# When a year's evaluation is due (MM-DD of the next year) when no profile says: in the first quarter.
DEFAULT_EVALUATION_DUE = "03-31"


def period_years(start: dt.date, end: dt.date) -> float:
    """The length of a period in years (an inclusive end date counts its day)."""
    return ((end - start).days + 1) / 365.25


def anniversaries(start: dt.date, when: dt.date) -> int:
    """How many anniversaries of ``start`` have passed on ``when``."""
    return when.year - start.year - ((when.month, when.day) < (start.month, start.day))


def plan_year_count(start: dt.date, end: dt.date) -> int:
    """How many plan years (twelve months from the start; a last short one counts) a period has; at least 1."""
    whole = anniversaries(start, end + dt.timedelta(days=1))
    return max(whole + (add_years(start, whole) <= end), 1)


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` ``years`` years on; 29 February becomes 28 February in a year without one."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def evaluated_years(period: Period) -> range:
    """The calendar years of a period the steering group evaluates (see HP601)."""
    end = period.end
    # A year is evaluated when it ends within the period.
    last_in_period = end.year if (end.month, end.day) == (12, 31) else end.year - 1
    return range(period.start.year, last_in_period + 1)


def evaluations_missing(plan: Plan, as_of: dt.date, due: str = DEFAULT_EVALUATION_DUE) -> list[int]:
    """The evaluated years whose evaluation was due (``due``, MM-DD of the next year) before ``as_of`` and is missing.

    An evaluation dated after ``as_of`` was not held yet on it.
    """
    done = evaluations_held(plan, as_of)
    return [
        year for year in evaluated_years(plan.period) if evaluation_due_date(year, due) < as_of and year not in done
    ]


def evaluations_held(plan: Plan, as_of: dt.date) -> set[int]:
    """The years whose evaluation is dated on or before ``as_of``."""
    return {e.year for e in plan.evaluations if e.date <= as_of}


def evaluation_due_date(year: int, month_day: str = DEFAULT_EVALUATION_DUE) -> dt.date:
    """The day the evaluation (or an assessment) of ``year`` is due: ``month_day`` (MM-DD) of the next year."""
    month, day = (int(part) for part in month_day.split("-"))
    # A day the month lacks (02-29 in a common year, 04-31) is the month's last day.
    return dt.date(year + 1, month, min(day, calendar.monthrange(year + 1, month)[1]))
