"""Reading a plan that fails the shape check as far as it can be read, for ``hplan status``.

A plan that does not pass the shape check still has a status: the list items
and unknown keys that fail are left out, and the status says which (in plan
terms, as ``validate`` names them).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from hplan.model.plan import Plan
from hplan.paths import data_path, render

# Top-level keys with a default: when one of them is broken as a whole (not a
# list), status can leave it out and read the rest.
_OPTIONAL_TOP = frozenset(name for name, info in Plan.model_fields.items() if not info.is_required())
_MAX_ROUNDS = 8


def read_leniently(data: Any) -> tuple[Plan | None, tuple[str, ...]]:
    """The plan without the parts that fail the shape check, and those parts' paths.

    An unknown key is left out; any other problem leaves out the innermost
    list item that holds it (a criterion, a milestone, a budget line) or an
    optional top-level list as a whole. A problem elsewhere (the period, the
    name) makes the plan unreadable: ``(None, ...)``.
    """
    if not isinstance(data, Mapping) or data.get("kind") != "plan" or data.get("format") != 1:
        return None, ()
    current: Any = copy.deepcopy(data)
    left_out: list[str] = []
    for _ in range(_MAX_ROUNDS):
        try:
            return Plan.model_validate(current), tuple(left_out)
        except ValidationError as exc:
            cuts: set[tuple[str | int, ...]] = set()
            for error in exc.errors(include_url=False, include_input=False):
                cut = _part_to_leave_out(data_path(error["loc"], current), error["type"])
                if cut is None:
                    return None, tuple(left_out)
                cuts.add(cut)
        # Parts inside a part that goes are not removed on their own; later
        # list items go before earlier ones, so that no removal shifts another.
        for cut in sorted(_outermost(cuts), key=_removal_order, reverse=True):
            left_out.append(render(cut, current))
            try:
                _remove(current, cut)
            except (KeyError, IndexError, TypeError):  # a location that is not in the data
                return None, tuple(left_out)
    return None, tuple(left_out)


def _part_to_leave_out(path: tuple[str | int, ...], kind: str) -> tuple[str | int, ...] | None:
    if kind == "extra_forbidden" and path:
        return path
    for i in range(len(path) - 1, -1, -1):
        if isinstance(path[i], int):
            return path[: i + 1]
    if path and path[0] in _OPTIONAL_TOP:
        return path[:1]
    return None


def _outermost(cuts: set[tuple[str | int, ...]]) -> list[tuple[str | int, ...]]:
    # A cut inside another has one of its own beginnings among the cuts: a
    # look-up per level, not a comparison with every other cut (5,000 unknown
    # keys made 25 million comparisons).
    return [cut for cut in cuts if not any(cut[:length] in cuts for length in range(1, len(cut)))]


def _removal_order(path: tuple[str | int, ...]) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in path)


def _remove(data: Any, path: tuple[str | int, ...]) -> None:
    node = data
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]
