"""The structural walk of two versions of a plan: every place where they differ, unclassified.

The walk goes over the plain data of the two models (``model_dump`` in JSON
mode) and, beside it, over the model classes: a field's annotation says
which model the field holds, or the model of each item of a list. A list of
a model that declares an ``identity`` (see :class:`hplan.model.common.Strict`)
is matched item by item on it - a milestone by its ``id``, a measurement by
its ``date`` - and the identity names the item in the path
(``milestones[m-jobcoach]``). Any other list - of texts, of members, of
revisions entries - is compared as a bag: its order is no change, and an
item that changed is one removed and one added.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from hplan.model.common import Strict, model_in
from hplan.model.plan import CROSS_CUTTING, FocusArea, Plan
from hplan.profiles import ChangeKind

Model = type[Strict]


@dataclass(frozen=True, slots=True)
class Raw:
    """One difference as the walk finds it: a place, a kind, both values and its focus area."""

    path: str
    kind: ChangeKind
    old: Any
    new: Any
    focus_area: str | None


def walk_plans(old: Plan, new: Plan) -> list[Raw]:
    """Every difference between two plans, in document order."""
    return walk_documents(old, new)


def walk_documents(old: Strict, new: Strict) -> list[Raw]:
    """Every difference between two versions of a document (a plan, a board), in document order."""
    out: list[Raw] = []
    _walk(_plain(old), _plain(new), type(new), "", None, out)
    return out


def _plain(plan: Strict) -> dict[str, Any]:
    # JSON mode: dates become ISO text, numbers are already normalised by the
    # model (24 and 24.0 are one value), so equal models give equal data.
    return plan.model_dump(mode="json", exclude={"format", "kind"})


def _field_models(model: type[BaseModel]) -> dict[str, Model | None]:
    """Each field of ``model`` -> the model it holds (or holds a list of), ``None`` for plain values."""
    return {name: model_in(info.annotation) for name, info in model.model_fields.items()}


def _walk(old: Any, new: Any, model: Model | None, path: str, area: str | None, out: list[Raw]) -> None:
    if old == new and type(old) is type(new):
        return
    if isinstance(old, dict) and isinstance(new, dict):
        fields = _field_models(model) if model is not None else {}
        for key in _keys(old, new):
            _walk(old.get(key), new.get(key), fields.get(key), f"{path}.{key}" if path else str(key), area, out)
        return
    if isinstance(old, list) and isinstance(new, list):
        _walk_list(old, new, model, path, area, out)
        return
    if old is None:
        out.append(Raw(path, "added", None, _compact(new), area))
    elif new is None:
        out.append(Raw(path, "removed", _compact(old), None, area))
    else:
        out.append(Raw(path, "changed", _compact(old), _compact(new), area))


def _keys(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    keys = list(old)
    keys.extend(key for key in new if key not in old)
    return keys


def _walk_list(
    old: list[Any], new: list[Any], model: Model | None, path: str, area: str | None, out: list[Raw]
) -> None:
    """Items matched on the identity their model declares; without one, as a bag."""
    if model is None or not model.identity:
        _walk_bag(old, new, path, area, out)
        return
    old_named, new_named = _named(old, model.identity), _named(new, model.identity)
    for ident, item in new_named.items():
        name = ident[0]
        item_path = f"{path}[{name}]"
        item_area = _item_area(model, name, item, area)
        if ident in old_named:
            _walk(old_named[ident], item, model, item_path, item_area, out)
        else:
            out.append(Raw(item_path, "added", None, _compact(item), item_area))
    for ident, item in old_named.items():
        if ident not in new_named:
            name = ident[0]
            out.append(Raw(f"{path}[{name}]", "removed", _compact(item), None, _item_area(model, name, item, area)))


def _named(items: list[Any], identity: tuple[str, ...]) -> dict[tuple[str, int], Any]:
    """Items by their name (the identity's values joined by ``/``); a repeated name gets its occurrence number."""
    named: dict[tuple[str, int], Any] = {}
    seen: Counter[str] = Counter()
    for item in items:
        name = "/".join(str(item.get(part)) for part in identity)
        named[(name, seen[name])] = item
        seen[name] += 1
    return named


def canonical(value: Any) -> str:
    """A plain value as text that is equal exactly when the values are equal, whatever their key order."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def unmatched(old: Sequence[Any], new: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """Two lists as bags: (items of ``old`` that ``new`` lacks, items of ``new`` that ``old`` lacks), in order."""
    remaining = Counter(canonical(item) for item in old)
    added: list[Any] = []
    for item in new:
        text = canonical(item)
        if remaining[text] > 0:
            remaining[text] -= 1
        else:
            added.append(item)
    removed: list[Any] = []
    for item in old:
        text = canonical(item)
        if remaining[text] > 0:
            remaining[text] -= 1
            removed.append(item)
    return removed, added


def _walk_bag(old: list[Any], new: list[Any], path: str, area: str | None, out: list[Raw]) -> None:
    removed, added = unmatched(old, new)
    out.extend(Raw(path, "removed", _compact(item), None, _item_area(None, None, item, area)) for item in removed)
    out.extend(Raw(path, "added", None, _compact(item), _item_area(None, None, item, area)) for item in added)


def _item_area(model: Model | None, name: str | None, item: Any, area: str | None) -> str | None:
    """The focus area a list item belongs to, for grouping changes."""
    if model is FocusArea:
        return name
    if not isinstance(item, Mapping):
        return area
    single = item.get("focus_area")
    if isinstance(single, str):
        return None if single == CROSS_CUTTING else single
    several = item.get("focus_areas")
    if isinstance(several, list) and len(several) == 1 and isinstance(several[0], str):
        return several[0]
    return area


def _compact(value: Any) -> Any:
    """A value as a reviewer reads it: unset optional fields and empty lists left out."""
    if isinstance(value, dict):
        return {key: _compact(item) for key, item in value.items() if item is not None and item not in ([], {})}
    if isinstance(value, list):
        return [_compact(item) for item in value]
    return value
