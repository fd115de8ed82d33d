"""How the yearly report writes figures, amounts, shares and dates, in the language of the report being written.

The report is rendered inside :func:`hplan.i18n.using`, so these read the
language from there, like :func:`hplan.i18n.t`, and the signs and the date
format come from the catalogue: Danish writes ``2.405.000 kr.``,
``26,4 %`` and ``27.02.2018``; English ``2,405,000 kr``, ``26.4%`` and ISO
dates. A missing value is a dash.
"""

from __future__ import annotations

import datetime as dt

from hplan.i18n import date, figure, language, long_date, number, t

DASH = "–"
# The units whose figures carry a sign (``unit.*`` in the catalogue); counts and scores stand bare.
SIGNED_UNITS = frozenset({"percent", "per_1000", "dkk"})


def with_unit(value: float, unit: str) -> str:
    """A value with its unit's sign: ``23,1 %``, ``47,5 ‰``, ``162.000 kr.``."""
    return t(f"unit.{unit}", value=figure(value)) if unit in SIGNED_UNITS else figure(value)


def kroner(amount: int | None) -> str:
    """Whole kroner: ``2.405.000 kr.`` / ``2,405,000 kr``."""
    return DASH if amount is None else t("unit.dkk", value=number(amount))


def share(value: float | None, decimals: int = 0) -> str:
    """A fraction as a percentage: ``15 %`` / ``15%``."""
    return DASH if value is None else t("unit.percent", value=number(value * 100, f",.{decimals}f"))


def signed_share(value: float) -> str:
    """A deviation as a signed percentage: ``+4 %``, ``−3 %``."""
    return ("+" if value >= 0 else "−") + share(abs(value))


def prose_date(day: dt.date) -> str:
    """A date in a sentence: ``27. februar 2018`` in Danish prose (spec/danish.md 1.3), else as :func:`date`."""
    return long_date(day) if language() == "da" else date(day)


def capital(text: str) -> str:
    """A term as it starts a table cell: ``på sporet`` -> ``På sporet``."""
    return text[:1].upper() + text[1:]
