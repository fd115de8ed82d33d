"""Hypothesis strategies over plan documents, built from the base plan of the rule tests.

:func:`valid_plans` varies ``tests/data/base-plan.yaml`` within the model's
shape (texts, amounts, dates, measurements, optional keys and list items come
and go, lists are reordered); every plan it draws passes ``Plan.model_validate``.
:func:`mutated_plans` then damages one to three places the way people and
merges do: a key dropped or renamed, a value of another type, a list emptied,
an item doubled. :func:`dump` writes a document as YAML text.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from hplan.yamlio.loader import load_text
from hplan.yamlio.scalars import resolve_plain

ROOT = Path(__file__).resolve().parents[2]
BASE_TEXT = (ROOT / "tests" / "data" / "base-plan.yaml").read_text(encoding="utf-8")
BASE: dict[str, Any] = load_text(BASE_TEXT, "base-plan.yaml").data
AS_OF = dt.date(2018, 6, 1)

DocPath = tuple[str | int, ...]

# Danish text with the characters that matter to YAML and to people.
TEXT = st.text(
    st.sampled_from(list("abcdefghijklmnopqrstuvwxyzæøåÆØÅ ABC0123456789-.,:#'\"&*!|>%@?[]{}é")),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() == s and s != "")
SLUG = st.text(st.sampled_from(list("abcdefghijklmnopqrstuvwxyz0123456789-")), min_size=1, max_size=12)
KRONER = st.integers(0, 5_000_000)
DATES = st.dates(dt.date(2016, 1, 1), dt.date(2021, 12, 31))
# Numbers that are not whole: YAML tells 1.0 from 1, JSON does not (see test_schema_agreement).
FRACTIONS = st.floats(-1000, 1000, allow_nan=False, allow_infinity=False).filter(lambda x: not x.is_integer())


def walk(node: Any, path: DocPath = ()) -> Iterator[tuple[DocPath, Any]]:
    """Every (path, value) in a document, the root first."""
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, index))


def parent_of(data: Any, path: DocPath) -> Any:
    node = data
    for part in path[:-1]:
        node = node[part]
    return node


@st.composite
def valid_plans(draw: st.DrawFn) -> dict[str, Any]:
    """The base plan varied within the model's shape: every draw passes ``Plan.model_validate``."""
    plan = copy.deepcopy(BASE)
    plan["name"] = draw(TEXT)
    plan["area"] = draw(TEXT)
    plan["profile"] = draw(st.sampled_from(["lbf-2015-18", "lbf-2019-26"]))
    start = draw(st.dates(dt.date(2016, 1, 1), dt.date(2017, 6, 30)))
    plan["period"] = {"start": start, "end": start.replace(year=start.year + 4) - dt.timedelta(days=1)}
    for line in plan["budget"]["lines"]:
        line["funding"] = {source: draw(KRONER) for source in line["funding"]}
        if draw(st.booleans()):
            line["spent"] = draw(KRONER)
        else:
            line.pop("spent", None)
    criteria = [c for area in plan["focus_areas"] for c in area["success_criteria"]]
    for criterion in criteria:
        criterion["measurements"] = [
            {"date": draw(DATES), "value": draw(st.floats(0, 100, allow_nan=False))}
            | ({"note": draw(TEXT)} if draw(st.booleans()) else {})
            for _ in range(draw(st.integers(0, 4)))
        ]
        criterion["direction"] = draw(st.sampled_from(["increase", "decrease", "maintain"]))
        criterion["baseline"]["value"] = draw(st.floats(0, 100, allow_nan=False))
        criterion["target"]["value"] = draw(st.floats(0, 100, allow_nan=False))
    for milestone in plan["milestones"]:
        milestone["due"] = draw(DATES)
        milestone["status"] = draw(st.sampled_from(["planned", "done", "delayed", "cancelled"]))
        if milestone["status"] == "done" and draw(st.booleans()):
            milestone["completed"] = draw(DATES)
        else:
            milestone.pop("completed", None)
    for optional in ("cooperation_agreements", "milestones", "evaluations", "revisions"):
        if draw(st.booleans()):
            plan.pop(optional, None)
    for _, node in walk(plan):
        if isinstance(node, list) and len(node) > 1 and draw(st.booleans()):
            node.reverse()  # order never matters to the model
    return plan


def _other_value(draw: st.DrawFn, current: Any) -> Any:
    """A value of another type than ``current`` (or the same type, differently wrong)."""
    choices: list[Any] = [
        draw(TEXT),
        draw(st.integers(-10, 10**7)),
        draw(st.integers(-(10**20), 10**20)),
        draw(st.sampled_from([1e300, -1e300, 1e-300])),
        draw(FRACTIONS),
        draw(st.booleans()),
        None,
        draw(DATES),
        [],
        [draw(TEXT)],
        {},
        {draw(SLUG): draw(TEXT)},
        "",
        draw(st.sampled_from(["yes", "no", "on", "off", "2017-2-1", "20170201", "1_000", "0o17", "Solhaven\n"])),
    ]
    others = [value for value in choices if type(value) is not type(current) or value != current]
    return draw(st.sampled_from(others))


@st.composite
def mutated_plans(draw: st.DrawFn) -> dict[str, Any]:
    """A valid plan with one to three injuries: keys dropped or renamed, values of another type, lists changed."""
    plan = draw(valid_plans())
    for _ in range(draw(st.integers(1, 3))):
        places = [path for path, _ in walk(plan) if path]
        path = draw(st.sampled_from(places))
        parent = parent_of(plan, path)
        key = path[-1]
        injury = draw(st.sampled_from(["drop", "rename", "retype", "empty", "double", "case"]))
        if injury == "drop":
            del parent[key]
        elif injury == "rename" and isinstance(parent, dict):
            new_key = draw(st.sampled_from([f"{key}x", str(key)[:-1] or "k", f"{key}_", draw(SLUG)]))
            if new_key not in parent:
                parent[new_key] = parent.pop(key)
        elif injury == "retype":
            parent[key] = _other_value(draw, parent[key])
        elif injury == "empty" and isinstance(parent[key], (list, dict)):
            parent[key] = type(parent[key])()
        elif injury == "double" and isinstance(parent, list) and isinstance(key, int):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif injury == "case" and isinstance(parent, dict) and isinstance(key, str) and key.capitalize() not in parent:
            parent[key.capitalize()] = parent.pop(key)
    return plan


class _Dumper(yaml.CSafeDumper):
    """Block style, keys in the plan's order, Danish letters as they are."""


def _represent_text(dumper: _Dumper, value: str) -> yaml.Node:
    # PyYAML quotes what YAML 1.1 reads as another type; hplan reads YAML 1.2,
    # where 1e5 and 0o17 are numbers too. Quote whatever hplan would not read back as this text.
    plain = resolve_plain(value)
    style = None if isinstance(plain, str) and plain == value else "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_text)


def dump(data: Any) -> str:
    """``data`` as YAML text, the way a person would write it."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=200)


class YamlDate(str):
    """The ISO text of a YAML date or timestamp: text in JSON, still a date to hplan."""

    __slots__ = ()


def to_json(value: Any) -> Any:
    """A loaded document as JSON data: dates as ISO text (:class:`YamlDate`), as a JSON Schema validator sees YAML."""
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return YamlDate(value.isoformat())
    return value
