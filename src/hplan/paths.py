"""Document paths in plan terms: list items are named by their id, not position.

``('focus_areas', 0, 'success_criteria', 1, 'target')`` reads as
``focus_areas[uddannelse-og-beskaeftigelse].success_criteria[ub-neet].target``.
Validate, status and diff all name places this way, so a reviewer can find an
item whatever order the list is in. Diff matches and names items by the
identity each model declares (``identity`` on the models of
:mod:`hplan.model`); :func:`item_key` names them in data that may not be a
valid document of any model (a finding of validate, a part status leaves
out), and the tests hold the two to the same names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def item_key(item: Any) -> str | None:
    """The identity of a list item, or ``None`` for items matched by position."""
    if isinstance(item, Mapping):
        ident = item.get("id")
        if isinstance(ident, str):
            return ident
        if "year" in item and "category" in item:
            return f"{item.get('year')}/{item.get('focus_area')}/{item.get('category')}"
        party = item.get("party")
        if isinstance(party, str):
            # a co-financing commitment: a party may commit cash and in kind (model/money.py)
            return f"{party}/{item.get('form')}" if "form" in item else party
        if "year" in item and "date" in item:
            # an LBF payment (several a year) by year and date; an evaluation by its year
            return f"{item.get('year')}/{item.get('date')}" if "amount" in item else str(item.get("year"))
        if "year" in item and ("submitted" in item or "balance" in item or "reference" in item):
            return str(item.get("year"))  # a report to LBF, a reguleringskonto balance
        named = _governance_key(item)
        if named is not None:
            return named
        when = item.get("date")
        # A measurement or a board meeting, by its date; a revisions entry ("summary") is its whole value.
        if when is not None and "summary" not in item:
            return str(when)
    elif isinstance(item, str):
        return item
    return None


def _governance_key(item: Mapping[str, Any]) -> str | None:
    """A contingency plan's situation by its text, an approval by its body."""
    situation = item.get("situation")
    if isinstance(situation, str):
        return situation
    body = item.get("body")
    if isinstance(body, str) and "reference" in item:
        return body
    return None


def render(path: Iterable[str | int], data: Any) -> str:
    """Render a path of keys and indexes against ``data`` in plan terms."""
    out: list[str] = []
    node = data
    for part in path:
        if isinstance(part, int) and isinstance(node, list):
            item = node[part] if 0 <= part < len(node) else None
            key = item_key(item) if item is not None and not isinstance(item, str) else None
            out.append(f"[{key}]" if key is not None else f"[{part}]")
            node = item
        else:
            text = str(part)
            out.append(text if not out else f".{text}")
            node = node.get(part) if isinstance(node, Mapping) else None
    return "".join(out)


def data_path(loc: Iterable[str | int], data: Any) -> tuple[str | int, ...]:
    """Keep the parts of a validation ``loc`` that exist in the data.

    Pydantic adds union tags to a location; walking the data drops them, and
    stops where the data ends (the missing key itself is kept as last part).
    """
    out: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, Mapping):
            if part in node:
                out.append(part)
                node = node[part]
                continue
            if isinstance(part, str) and not _is_union_tag(part):
                out.append(part)
                node = None
            continue
        if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            out.append(part)
            node = node[part]
            continue
    return tuple(out)


def _is_union_tag(part: str) -> bool:
    # The models tag their unions with capitalised names (``Path``,
    # ``InlineBoard``); pydantic names validator wrappers with brackets.
    # Field names are lower-case snake_case, so neither is ever a field.
    return part[:1].isupper() or "[" in part
