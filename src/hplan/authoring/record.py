"""``hplan record ...``: the year's chores as changes to a plan's round-trip document.

Each function takes the values the user gave (already read by
:mod:`hplan.authoring.danish_input`) and returns a change: a function that
finds its place in the document and alters it there, and raises
``UsageError`` for an id that is not in the plan (with the closest one as
"did you mean"). Names are taken where ids are expected when exactly one
item has that name. The change is handed to :func:`hplan.authoring.edit.roundtrip_edit`,
which writes, validates and refuses; nothing here reads or writes a file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, get_args

from hplan.authoring.tree import block_map, block_seq, flow_map, insert, insert_sorted, put, remove
from hplan.errors import UsageError
from hplan.i18n.glossary import BUDGET_CATEGORIES, TABLES
from hplan.i18n.message import msg
from hplan.model.common import Strict
from hplan.model.criteria import SuccessCriterion
from hplan.model.governance import COMMON_BODIES, ApprovalBody
from hplan.model.plan import (
    CROSS_CUTTING,
    BudgetLine,
    Milestone,
    Plan,
)
from hplan.profiles import builtin
from hplan.suggest import closest

Change = Callable[[Any], None]

# Danish words people type for the English values the format takes: the glossary's, plus the bare forms.
CATEGORY_WORDS = {danish: english for english, danish in BUDGET_CATEGORIES.items() if english != CROSS_CUTTING}
APPROVER_WORDS = {danish.casefold(): body for body, danish in TABLES["body"].items()} | {
    "bestyrelse": "board",
    "styregruppe": "steering_group",
}
CROSS_CUTTING_WORDS = ("tværgående", "tvaergaaende", "cross-cutting")


def pick(ref: str, candidates: Iterable[tuple[str, Iterable[str | None]]], kind: str) -> str:
    """The id ``ref`` names among ``candidates`` (id, names): the id itself, or the one item with that name.

    ``kind`` names the thing in the message ids ``a.unknown.KIND`` (``criterion``, ``milestone``, ...).
    """
    items = [(ident, [str(name) for name in names if name]) for ident, names in candidates]
    ids = [ident for ident, _ in items]
    if ref in ids:
        return ref
    wanted = ref.strip().casefold()
    named = sorted({ident for ident, names in items if any(name.casefold() == wanted for name in names)})
    if len(named) == 1:
        return named[0]
    if named:
        raise UsageError(msg("a.ambiguous", ref=ref, ids=", ".join(named)))
    hint = closest(ref, ids) or closest(ref, [name for _, names in items for name in names])
    near = msg("a.did_you_mean", choice=hint) if hint else msg("a.known", ids=", ".join(ids) or "-")
    raise UsageError(msg(f"a.unknown.{kind}", ref=ref, hint=near))


def _criteria(document: Any) -> Iterable[tuple[Any, Any]]:
    for area in document.get("focus_areas") or []:
        for criterion in area.get("success_criteria") or []:
            yield area, criterion


def measurement(ref: str, date: dt.date, value: float, note: str | None, replace: bool) -> Change:
    """Add a measurement of criterion ``ref`` (id, text or indicator), in date order."""

    def change(document: Any) -> None:
        found = {str(c.get("id")): c for _, c in _criteria(document)}
        names = ((ident, (c.get("text"), c.get("indicator"))) for ident, c in found.items())
        criterion = found[pick(ref, names, "criterion")]
        entry = flow_map(date=date, value=value, note=note)

        def taken(existing: Any) -> UsageError:
            return UsageError(msg("a.measurement.exists", ref=criterion["id"], date=date, value=existing["value"]))

        _add_in_order(criterion, "measurements", SuccessCriterion, entry, ("date", date), None if replace else taken)

    return change


def _add_in_order(
    parent: Any,
    key: str,
    model: type[Strict],
    entry: Any,
    by: tuple[str, Any],
    taken: Callable[[Any], UsageError] | None,
) -> None:
    """Put ``entry`` in ``parent[key]``, a list kept in the order of field ``by[0]``.

    An item with the same ``by[1]`` is replaced, or refused with ``taken(item)`` when given.
    """
    field, value = by
    items = parent.get(key)
    if items is None:
        put(parent, key, block_seq([entry]), model)
        return
    for index, existing in enumerate(items):
        if existing.get(field) == value:
            if taken is not None:
                raise taken(existing)
            items[index] = entry
            return
    insert_sorted(items, entry, value, lambda item: item.get(field))


def milestone(ref: str, status: str, date: dt.date | None) -> Change:
    """Mark milestone ``ref`` (id or title) done (on ``date``), delayed or cancelled."""

    def change(document: Any) -> None:
        items = {str(m.get("id")): m for m in document.get("milestones") or []}
        target = items[pick(ref, ((i, (m.get("title"),)) for i, m in items.items()), "milestone")]
        put(target, "status", status, Milestone)
        if status == "done":
            put(target, "completed", date, Milestone)
        else:
            remove(target, "completed")

    return change


def evaluation(year: int, date: dt.date, summary: str, decisions: list[str], replace: bool) -> Change:
    """Add the steering group's evaluation of ``year``, in year order."""

    def change(document: Any) -> None:
        entry = block_map(year=year, date=date, summary=summary, decisions=block_seq(decisions) if decisions else None)

        def taken(_existing: Any) -> UsageError:
            return UsageError(msg("a.evaluation.exists", year=year))

        _add_in_order(document, "evaluations", Plan, entry, ("year", year), None if replace else taken)

    return change


def spending(year: int, area: str | None, category: str | None, amount: int) -> Change:
    """Record the year's actual spending, all sources together, on one budget line.

    ``area`` and ``category`` pick the line among the year's; either may be
    left out while the rest names one line.
    """

    def change(document: Any) -> None:
        lines = [line for line in (document.get("budget") or {}).get("lines") or [] if line.get("year") == year]
        if not lines:
            raise UsageError(msg("a.spending.no_year", year=year))
        if area is not None:
            wanted = _area_id(area, {str(line.get("focus_area")) for line in lines}, document)
            lines = [line for line in lines if line.get("focus_area") == wanted]
        if category is not None:
            wanted = pick(CATEGORY_WORDS.get(category.casefold(), category), _categories(lines), "category")
            lines = [line for line in lines if line.get("category") == wanted]
        if len(lines) != 1:
            listed = ", ".join(f"{line.get('focus_area')} {line.get('category')}" for line in lines)
            raise UsageError(msg("a.spending.which", year=year, lines=listed))
        set_spent(lines[0], amount)

    return change


def set_spent(line: Any, amount: int) -> None:
    """Write the actual spending of one budget line (all sources together: the format's ``spent``)."""
    put(line, "spent", amount, BudgetLine)


def _categories(lines: list[Any]) -> Iterable[tuple[str, Iterable[str | None]]]:
    danish = {english: word for word, english in CATEGORY_WORDS.items()}
    return [(str(line.get("category")), (danish.get(str(line.get("category"))),)) for line in lines]


def _area_id(ref: str, present: set[str], document: Any) -> str:
    if ref.casefold() in CROSS_CUTTING_WORDS:
        return CROSS_CUTTING
    profile = builtin(str(document.get("profile"))) if isinstance(document.get("profile"), str) else None
    names = {area.id: area.name for area in profile.focus_areas} if profile is not None else {}
    return pick(ref, ((ident, (names.get(ident),)) for ident in sorted(present)), "area")


def approval(by: list[str], date: dt.date, summary: str, reference: str) -> Change:
    """Append an approved revision to the plan's approval log (``revisions``), which only grows.

    One body of the format-1 kind (``board``, ``lbf``) is written as
    ``approved_by``; several bodies, the steering group or a party (its own
    decision-making body) as ``approvals``, one entry a body with the same
    date and reference.
    """

    def change(document: Any) -> None:
        bodies = [_approver(one, document) for one in dict.fromkeys(by)]
        if len(bodies) == 1 and bodies[0] in get_args(ApprovalBody):
            entry = block_map(date=date, approved_by=bodies[0], reference=reference, summary=summary)
        else:
            approvals = [flow_map(body=body, date=date, reference=reference) for body in bodies]
            entry = block_map(date=date, approvals=block_seq(approvals), summary=summary)
        revisions = document.get("revisions")
        if revisions is None:
            put(document, "revisions", block_seq([entry]), Plan)
        else:
            insert(revisions, len(revisions), None, entry)

    return change


def _approver(by: str, document: Any) -> str:
    """The body ``by`` names: lbf, board, steering_group, or a party of the plan (by id or name)."""
    body = APPROVER_WORDS.get(by.casefold(), by)
    parties = [(str(p.get("id")), (p.get("name"),)) for p in document.get("parties") or [] if isinstance(p, dict)]
    return pick(body, [*((common, ()) for common in COMMON_BODIES), *parties], "approver")
