"""The plan's calendar: its length in years and the years the steering group evaluates."""

from __future__ import annotations

import datetime as dt

from hplan.model.plan import Period, Plan


def period_years(start: dt.date, end: dt.date) -> float:
    """The length of a period in years (an inclusive end date counts its day)."""
    return ((end - start).days + 1) / 365.25


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
