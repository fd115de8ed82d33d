"""The plan's calendar: its length and plan years, the years evaluated, how often a figure comes."""

from __future__ import annotations

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


def period_years(start: dt.date, end: dt.date) -> float:
    """The length of a period in years (an inclusive end date counts its day)."""
    return ((end - start).days + 1) / 365.25


def anniversaries(start: dt.date, when: dt.date) -> int:
    """How many anniversaries of ``start`` have passed on ``when``."""
    return when.year - start.year - ((when.month, when.day) < (start.month, start.day))


def plan_year_count(start: dt.date, end: dt.date) -> int:
    """How many plan years (twelve months from the start; a last short one counts) a period has; at least 1."""
    whole = anniversaries(start, end + dt.timedelta(days=1))
    return max(whole + (_add_years(start, whole) <= end), 1)


def _add_years(day: dt.date, years: int) -> dt.date:
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


def evaluations_missing(plan: Plan, as_of: dt.date) -> list[int]:
    """The years that have ended by ``as_of``, are evaluated, and have no evaluation."""
    done = {e.year for e in plan.evaluations}
    return [year for year in evaluated_years(plan.period) if year < as_of.year and year not in done]
