"""Cells of the yearly report to LBF as text in the report's language: for its markdown and HTML views."""

from __future__ import annotations

import datetime as dt

from hplan.i18n import date, figure, number, percent
from hplan.views.lbf.tables import Cell, ColumnKind

DASH = "–"


def cell_text(value: Cell, kind: ColumnKind) -> str:
    """``1.715.515``, ``23,1``, ``86 %``, ``30.06.2018`` (Danish) or their English forms; a dash for none."""
    if value is None:
        return DASH
    if isinstance(value, dt.date):
        return date(value)
    if isinstance(value, str):
        return value
    if kind == "share":
        return percent(float(value))
    if kind == "kroner" and isinstance(value, int):
        return number(value)
    return figure(float(value))
