"""``hplan fmt``: one canonical layout for plan and board files, comments kept.

The layout is the one the shipped plans and ``docs/plan-format.md`` use: two
spaces a level, list dashes indented two spaces under their key, keys in the
order the format documents them (the models' field order; a key the models do
not know stays, after the known ones), flow mappings for the short records
(measurements, baselines and targets, sub-targets, judgements, members,
signatures, staff, approvals, decisions, payments and reports to LBF), flow
tables for a commitment's amount per year and spending per source, flow lists
for lists of names (departments, partners, focus area ids, a board's plans),
quotes only where YAML needs them, and one final newline. Everything else is
written in block style. A mapping or list that holds a comment, or a value
that spans lines, stays in block style: a flow collection cannot keep it.

:func:`canonical` is a pure function of the text and idempotent; the edit
engine checks that the formatted text reads as the same data before writing.
"""

from __future__ import annotations

from typing import Any

from hplan.authoring.edit import dump, load, writer
from hplan.authoring.tree import give_trailing, take_trailing
from hplan.model.board import Board
from hplan.model.common import Member, Strict, model_in
from hplan.model.criteria import Assessment, Measurement, Point, SubTarget
from hplan.model.governance import Approval
from hplan.model.money import Decision, LbfPayment, RegulationAccountEntry, ReportingRecord
from hplan.model.plan import Plan, Signature, Staff

FLOW_RECORDS: tuple[type[Strict], ...] = (
    Measurement,
    Point,
    SubTarget,
    Assessment,
    Member,
    Signature,
    Staff,
    Approval,
    Decision,
    LbfPayment,
    RegulationAccountEntry,
    ReportingRecord,
)
FLOW_LISTS = frozenset({"departments", "partners", "focus_areas", "plans", "items", "followed_up", "roles"})
FLOW_TABLES = frozenset({"by_year", "spent"})
MODELS: dict[str, type[Strict]] = {"plan": Plan, "board": Board}
# The widest a flow record or list may make its line; wider ones are written in block style.
WIDTH = 120


def canonical(text: str) -> str:
    """``text`` in the canonical layout."""
    yaml = writer("")  # the canonical indentation, not the file's
    yaml.preserve_quotes = False
    document = load(yaml, text)
    if isinstance(document, dict):
        model = MODELS.get(str(document.get("kind")))
        if model is not None:
            _arrange(document, model)
    out = dump(yaml, document)
    return out.rstrip("\n") + "\n"


def _arrange(mapping: Any, model: type[Strict], column: int = 0) -> None:
    """Order ``mapping``'s keys (at ``column``) as ``model`` declares them; style each value, all the way down."""
    _reorder(mapping, list(model.model_fields))
    for key, value in mapping.items():
        field = model.model_fields.get(key)
        sub = model_in(field.annotation) if field is not None else None
        _style(value, str(key), sub, column)


def _is_record(sub: type[Strict] | None) -> bool:
    """Whether items of ``sub`` are short records (a board file's member is a member too)."""
    return sub is not None and issubclass(sub, FLOW_RECORDS)


def _style(value: Any, key: str, sub: type[Strict] | None, column: int) -> None:
    """Give the value of ``key`` (at ``column``) its style; a flow form must fit in ``WIDTH`` columns."""
    if isinstance(value, list):
        flow = key in FLOW_LISTS and all(not isinstance(item, dict | list) for item in value)
        _set_flow(value, flow and _fits(value, column + len(key) + 2))
        for item in value:
            if isinstance(item, dict):
                _set_flow(item, _is_record(sub) and _fits(item, column + 4))
                if sub is not None:
                    _arrange(item, sub, column + 4)
    elif isinstance(value, dict):
        # A record, or a short table (a commitment's amount per year, spending per source).
        short = _is_record(sub) or (key in FLOW_TABLES and all(not isinstance(v, dict | list) for v in value.values()))
        _set_flow(value, short and _fits(value, column + len(key) + 2))
        if sub is not None:
            _arrange(value, sub, column + 2)


def _fits(node: Any, start: int) -> bool:
    """Whether ``node`` can be written on one line from ``start``: one-line scalars, no comment it would lose."""
    flow_already = node.fa.flow_style()
    if not flow_already and (node.ca.items or node.ca.comment):
        return False
    line = _one_line(node)
    return line is not None and start + len(line) <= WIDTH


def _one_line(node: Any) -> str | None:
    """Roughly the flow form of ``node`` (quotes aside), or ``None`` when a value cannot be on one line."""
    if isinstance(node, dict):
        parts = [(key, _one_line(value)) for key, value in node.items()]
        if any(text is None for _, text in parts):
            return None
        return "{" + ", ".join(f"{key}: {text}" for key, text in parts) + "}"
    if isinstance(node, list):
        items = [_one_line(item) for item in node]
        return None if any(text is None for text in items) else "[" + ", ".join(str(item) for item in items) + "]"
    if "\n" in str(node) or type(node).__name__ in ("LiteralScalarString", "FoldedScalarString"):
        return None
    return str(node)


def _set_flow(node: Any, flow: bool) -> None:
    if not len(node):
        return  # an empty collection is always written [] or {}
    if flow:
        node.fa.set_flow_style()
    else:
        node.fa.set_block_style()


def _reorder(mapping: Any, order: list[str]) -> None:
    """Move the known keys into ``order``, the unknown ones after them; comments go with their keys."""
    rank = {key: index for index, key in enumerate(order)}
    keys = list(mapping)
    wanted = sorted(keys, key=lambda key: (rank.get(key, len(order)), keys.index(key)))
    if wanted == keys:
        return
    trailing = take_trailing(mapping)
    for key in wanted:
        mapping.move_to_end(key)
    if trailing is not None:
        give_trailing(mapping, wanted[-1], trailing)
