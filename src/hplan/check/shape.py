"""Data -> typed model, with every shape problem as a located diagnostic.

Pydantic reports all shape errors of a document at once; this module names
each with a rule (unknown key HP003, missing field HP004, wrong value HP005,
format and kind HP011), puts it at the line and column of the key or value,
and says what to do - with a "did you mean" for misspelt keys and values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from hplan import codes
from hplan.check import habits
from hplan.diagnostics import Diagnostic, Severity
from hplan.i18n.message import Message, Term, did_you_mean, msg
from hplan.model.board import Board
from hplan.model.common import model_in
from hplan.model.plan import Plan
from hplan.paths import data_path, render
from hplan.profiles import Profile
from hplan.yamlio.document import Document
from hplan.yamlio.linebreaks import normalise_breaks

# A folder of plans may also hold the profile files its plans name.
MODELS: dict[str, type[BaseModel]] = {"plan": Plan, "board": Board, "profile": Profile}
FORMAT_VERSION = 1
# "Did you mean" costs a fuzzy match against every allowed name; a file with
# thousands of unknown keys is not a typo, and must not take seconds. Beyond
# this many suggestions in one document, findings go without one.
MAX_SUGGESTIONS = 200


def validate_shape(doc: Document) -> BaseModel | None:
    """The document's model, or ``None`` with the reasons added to ``doc``."""
    data = doc.data
    if not isinstance(data, Mapping):
        _add(doc, (), codes.INVALID_VALUE, _not_mapping(data))
        return None
    fmt = data.get("format")
    if "format" not in data:
        _add(doc, (), codes.MISSING_KEY, msg("sh.format.missing"))
        return None
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        # A quoted "1" or a date is a typing slip, not a newer format: upgrading would not help.
        message = msg("sh.format.not_number", version=FORMAT_VERSION, what=_describe_format(fmt))
        _add(doc, ("format",), codes.FORMAT_AND_KIND, message)
        return None
    if fmt != FORMAT_VERSION:
        _add(
            doc,
            ("format",),
            codes.FORMAT_AND_KIND,
            msg("sh.format.other", found=fmt, version=FORMAT_VERSION),
        )
        return None
    kind = data.get("kind")
    if "kind" not in data:
        _add(doc, (), codes.MISSING_KEY, msg("sh.kind.missing"))
        return None
    model = MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        hint = did_you_mean(kind, list(MODELS)) if isinstance(kind, str) else ""
        _add(doc, ("kind",), codes.FORMAT_AND_KIND, msg("sh.kind.unknown", kind=repr(kind), hint=hint))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for diagnostic in _diagnostics(doc, model, exc):
            doc.diagnostics.append(diagnostic)
        return None


def _not_mapping(data: Any) -> Message:
    if isinstance(data, str) and ";" in data:
        return msg("sh.csv")  # a sheet saved from Danish Excel: fields separated by semicolons
    return msg("sh.not_mapping", what=_describe(data))


def _describe(value: Any) -> Message:
    if isinstance(value, list):
        return msg("sh.what.list")
    if isinstance(value, str):
        return msg("sh.what.text")
    return msg("sh.what.value", type=type(value).__name__)


def _describe_format(value: Any) -> Message:
    if isinstance(value, str):
        return msg("sh.what.quoted", value=repr(value))
    if isinstance(value, bool):
        return msg("sh.what.bool")
    if value is None:
        return msg("sh.what.empty")
    if isinstance(value, float):
        return msg("sh.what.decimal", value=value)
    return _describe(value)


def _add(doc: Document, path: tuple[str | int, ...], rule: str, message: str, *, key: bool = False) -> None:
    line, column = doc.position(path, key=key)
    doc.diagnostics.append(Diagnostic(doc.file, line, column, rule, Severity.ERROR, message, render(path, doc.data)))


def _diagnostics(doc: Document, model: type[BaseModel], exc: ValidationError) -> Iterator[Diagnostic]:
    seen: set[tuple[tuple[str | int, ...], str]] = set()
    for index, error in enumerate(exc.errors(include_url=False, include_input=False)):
        loc = tuple(error["loc"])
        path = data_path(loc, doc.data)
        kind = error["type"]
        raw = _written(doc, path) if kind in _EXPECTED else ""
        rule, message, at_key = _explain(kind, error, path, model, doc.data, hints=index < MAX_SUGGESTIONS, raw=raw)
        if (path, rule) in seen:
            continue  # a union may report one problem once per alternative
        seen.add((path, rule))
        if kind == "missing":
            # The missing key has no position; stand at the mapping that lacks it.
            line, column = doc.position(path[:-1], key=True)
        else:
            line, column = doc.position(path, key=at_key)
        yield Diagnostic(doc.file, line, column, rule, Severity.ERROR, message, render(path, doc.data))


# pydantic error kinds whose message needs nothing but the key's name
_PLAIN_MESSAGES: dict[str, str] = {
    "string_type": "sh.string_type",
    "int_type": "sh.whole_number",
    "int_from_float": "sh.whole_number",
    "int_parsing": "sh.whole_number",
    "float_type": "sh.number",
    "float_parsing": "sh.number",
    "finite_number": "sh.finite",
    "too_short": "sh.too_short",
    "list_type": "sh.list",
    "model_type": "sh.mapping",
    "model_attributes_type": "sh.mapping",
    "dict_type": "sh.mapping",
    "union_tag_invalid": "sh.mapping",
    "string_too_short": "sh.empty",
}
# what a refused value was meant to be, for the Danish input habits (check/habits.py)
_EXPECTED: dict[str, habits.Expect] = {
    "int_type": "int",
    "int_from_float": "int",
    "int_parsing": "int",
    "float_type": "float",
    "float_parsing": "float",
}
_MAPPINGS = ("model_type", "model_attributes_type", "dict_type")
_COMPARISONS = ("greater_than_equal", "greater_than", "less_than_equal", "less_than")
_DATES = ("date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact", "value_error")


def _explain(
    kind: str,
    error: Any,
    path: tuple[str | int, ...],
    model: type[BaseModel],
    data: Any,
    *,
    hints: bool = True,
    raw: str = "",
) -> tuple[str, Message, bool]:
    """(rule, message, stand at the key?) for one pydantic error; ``hints``: with a "did you mean"."""
    name = str(path[-1]) if path else "document"
    if kind == "extra_forbidden":
        return codes.UNKNOWN_KEY, _unknown_key(name, _fields_at(model, path[:-1], data), hints=hints), True
    if kind == "missing":
        return codes.MISSING_KEY, msg("sh.missing_key", name=name), True
    return codes.INVALID_VALUE, _value_message(kind, error, path, name, data, hints=hints, raw=raw), False


def explain_error(
    error: Any, path: tuple[str | int, ...], model: type[BaseModel], data: Any, *, name: str | None = None
) -> Message:
    """One pydantic error of another file read with a model (``.hplan.yaml``, a profile) as this check words it.

    The words are the shape findings' own, in every language; ``name`` names
    the value when its key alone would not (``status.horizon``).
    """
    kind = error["type"]
    if kind in ("extra_forbidden", "missing"):
        return _explain(kind, error, path, model, data)[1]
    return _value_message(kind, error, path, name or (str(path[-1]) if path else "document"), data, hints=True)


def _unknown_key(name: str, fields: list[str], *, hints: bool) -> Message:
    if len(name) >= 2 and name[0] in habits.QUOTES and name[-1] in habits.QUOTES:
        return msg("sh.unknown_key.quoted", name=name, bare=name[1:-1])
    hint = did_you_mean(name, fields) if hints else ""
    allowed = msg("sh.unknown_key.allowed", fields=", ".join(fields)) if fields and not hint else ""
    return msg("sh.unknown_key", name=name, hint=hint, allowed=allowed)


def _value_message(
    kind: str, error: Any, path: tuple[str | int, ...], name: str, data: Any, *, hints: bool, raw: str = ""
) -> Message:
    """What is wrong with a value (rule HP005): a Danish typing habit when it is one, else what the key takes."""
    ctx = error.get("ctx") or {}
    value = value_at(data, path)
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", ""))
        choices = tuple(part.strip(" '") for part in expected.replace(" or ", ",").split(",") if part.strip(" '"))
        habit = habits.explain(name, value, "choice", choices=choices)
        if habit is not None:
            return habit
        hint = did_you_mean(value, list(choices)) if isinstance(value, str) and hints else ""
        return msg("sh.enum", name=name, expected=Term(expected, _danish_choices(choices)), hint=hint)
    if kind in _DATES:
        return habits.explain(name, value, "date") or _date_message(kind, ctx, name)
    if kind in _EXPECTED:
        habit = habits.explain(name, value, _EXPECTED[kind], raw=raw)
        if habit is not None:
            return habit
    if kind in _MAPPINGS and isinstance(value, str) and ";" in value:
        source, _, amount = value.partition(";")
        fixed = f"{source.strip()}: {amount.strip()}"
        return msg("hab.semicolons.funding", name=name, value=value, fixed=fixed)
    if kind == "string_pattern_mismatch":
        if name in ("id", "party", "focus_area", "activity", "profile") or _in_id_list(path):
            return msg("sh.id", name=name)
        return msg("sh.pattern", name=name, pattern=ctx.get("pattern", ""))
    if kind in _COMPARISONS:
        detail = error["msg"].lower().replace("input should be", "must be")
        return msg("sh.compare", name=name, detail=Term(detail, _danish_comparison(kind, ctx)))
    if kind in _PLAIN_MESSAGES:
        return msg(_PLAIN_MESSAGES[kind], name=name)
    return msg("sh.other", name=name, detail=Term(error["msg"]))


def _date_message(kind: str, ctx: Any, name: str) -> Message:
    error = ctx.get("error") if kind == "value_error" else None
    if isinstance(error, ValueError) and error.args and isinstance(error.args[0], Message):
        return msg("sh.date", name=name, detail=error.args[0])  # a model's own validator, with a message id
    detail = str(ctx.get("error", "")) if kind == "value_error" else ""
    return msg("sh.date", name=name, detail=Term(detail) if detail else msg("sh.date.iso"))


def _danish_choices(choices: tuple[str, ...]) -> str:
    """``'increase', 'decrease' eller 'maintain'``: the allowed values, joined the Danish way."""
    quoted = [f"'{choice}'" for choice in choices]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} eller {quoted[-1]}"


_DANISH_COMPARISONS = {
    "greater_than_equal": "skal være mindst {}",
    "greater_than": "skal være større end {}",
    "less_than_equal": "skal være højst {}",
    "less_than": "skal være mindre end {}",
}


def _danish_comparison(kind: str, ctx: Any) -> str:
    limit = next(iter(ctx.values()), "") if ctx else ""
    if isinstance(limit, float):  # pydantic's 1.0 for a bound of 1: written as the reader writes a number
        limit = f"{limit:g}".replace(".", ",")
    return _DANISH_COMPARISONS[kind].format(limit)


def _written(doc: Document, path: tuple[str | int, ...]) -> str:
    """The value at ``path`` as written in the file (up to a comma, brace, comment or the line's end)."""
    line, column = doc.position(path)
    lines = normalise_breaks(doc.text).split("\n")
    if not 0 < line <= len(lines):
        return ""
    return re.split(r"[,}\]#\s]", lines[line - 1][column - 1 :], maxsplit=1)[0]


def _in_id_list(path: tuple[str | int, ...]) -> bool:
    return len(path) >= 2 and isinstance(path[-1], int) and path[-2] in ("focus_areas", "plans")


def value_at(data: Any, path: tuple[str | int, ...]) -> Any:
    """The value at a document path, or ``None`` where the data has none."""
    node = data
    for part in path:
        if isinstance(node, Mapping):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return None
    return node


def _member_for(annotation: Any, node: Any) -> Any:
    """The model a field holds; of a union told apart by ``kind`` (a criterion), the one whose kind the data has."""
    kind = node.get("kind") if isinstance(node, Mapping) else None
    if kind is not None:
        for found in _models(annotation):
            field = found.model_fields.get("kind")
            if field is not None and kind in get_args(field.annotation):
                return found
    return model_in(annotation)


def _models(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for part in get_args(annotation):
        yield from _models(part)


def _fields_at(model: type[BaseModel], path: tuple[str | int, ...], data: Any = None) -> list[str]:
    """The field names allowed in the mapping at ``path`` of a ``model`` document."""
    current: Any = model
    for depth, part in enumerate(path):
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        field = current.model_fields.get(part)
        if field is None:
            return []
        item = depth + 2 if depth + 1 < len(path) and isinstance(path[depth + 1], int) else depth + 1
        current = _member_for(field.annotation, value_at(data, path[:item]))
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []
