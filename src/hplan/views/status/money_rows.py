"""The money section of ``hplan status`` as titled tables of words, for both human formats (text and markdown).

Each table is a :class:`MoneyTable`: a title, its columns (header and
alignment) and its rows as localised text; ``money_text`` draws them with
rich's layout, ``money_markdown`` as markdown tables. The phrases of the
reporting deadline and the attention item are here too, so the two formats
never word them differently.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from hplan.i18n import number as localised
from hplan.i18n import t
from hplan.status.model import PlanStatus
from hplan.status.money import MoneyStatus, PartyYear, party_years
from hplan.views.status.words import party_kind


class MoneyTable(NamedTuple):
    """A table of the money section: its title, columns (header, ``left``/``right``) and rows."""

    title: str
    columns: tuple[tuple[str, str], ...]
    rows: tuple[tuple[str, ...], ...]


def _amount(amount: int | None) -> str:
    return "-" if amount is None else localised(amount)


def source_name(source: str, name: str | None) -> str:
    """A funding source as a reader names it: LBF, the party's name, "other"."""
    if source == "lbf":
        return t("m.lbf")
    return name if name is not None else (t("m.other") if source == "other" else source)


def forms_text(forms: Sequence[str]) -> str:
    """A commitment's forms: ``cash + in kind``."""
    return " + ".join(t(f"m.form.{form}") for form in forms)


def _year(year: int | None) -> str:
    return str(year) if year is not None else t("m.period")


def plan_tables(money: MoneyStatus) -> list[MoneyTable]:
    """The one-plan tables: per year and source, LBF's money, the commitments (each only when it has rows)."""
    tables = []
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    if money.sources:
        columns = ("m.col.year", "m.col.source", "m.col.planned", "m.col.spent", "m.col.unused")
        rows = tuple(
            (str(r.year), source_name(r.source, r.name), _amount(r.planned), _amount(r.spent), _amount(r.unused))
            for r in money.sources
        )
        tables.append(MoneyTable(t("m.sources.title"), _columns(columns, 2), rows))
    if money.lbf:
        columns = ("m.col.year", "m.col.paid", "m.col.used", "m.col.movement", "m.col.balance")
        rows = tuple(
            (
                str(r.year),
                _amount(r.paid),
                _amount(r.used),
                _amount(r.movement),
                t("m.recorded", amount=_amount(r.balance)) if r.recorded else _amount(r.balance),
            )
            for r in money.lbf
        )
        tables.append(MoneyTable(t("m.lbf.title"), _columns(columns, 1), rows))
    if money.commitments:
        columns = ("m.col.party", "m.col.form", "m.col.year", "m.col.committed", "m.col.budgeted", "m.col.actual")
        rows = tuple(
            (r.name, forms_text(r.forms), _year(r.year), _amount(r.committed), _amount(r.budgeted), _amount(r.paid))
            for r in money.commitments
        )
        tables.append(MoneyTable(t("m.commitments.title"), _columns(columns, 3), rows))
    return tables


def portfolio_table(plans: Sequence[PlanStatus]) -> MoneyTable | None:
    """What each party has committed, is budgeted for and has paid, per year across the plans; ``None`` without."""
    found: tuple[PartyYear, ...] = party_years([plan.money for plan in plans])
    if not found:
        return None
    columns = ("m.col.party", "m.col.year", "m.col.committed", "m.col.budgeted", "m.col.actual")
    rows = tuple(
        (
            f"{r.name} ({party_kind(r.kind)})",
            _year(r.year),
            _amount(r.committed),
            _amount(r.budgeted),
            _amount(r.paid),
        )
        for r in found
    )
    return MoneyTable(t("m.portfolio.title"), _columns(columns, 2), rows)


def _columns(ids: Sequence[str], first_number: int) -> tuple[tuple[str, str], ...]:
    return tuple((t(key), "right" if i >= first_number else "left") for i, key in enumerate(ids))
