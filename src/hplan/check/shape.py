"""Data -> typed model, with every shape problem as a located diagnostic.

Pydantic reports all shape errors of a document at once; this module names
each with a rule (unknown key HP003, missing field HP004, wrong value HP005,
format and kind HP011), puts it at the line and column of the key or value,
and says what to do - with a "did you mean" for misspelt keys and values.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from hplan import codes
from hplan.diagnostics import Diagnostic, Severity
from hplan.model.board import Board
from hplan.model.common import model_in
from hplan.model.plan import Plan
from hplan.paths import data_path, render
from hplan.profiles import Profile
from hplan.suggest import suggest
from hplan.yamlio.document import Document

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
        _add(
            doc,
            (),
            codes.INVALID_VALUE,
            f"a plan or board file is a mapping of keys (format:, kind:, id:, ...), not {_describe(data)}",
        )
        return None
    fmt = data.get("format")
    if "format" not in data:
        _add(doc, (), codes.MISSING_KEY, "missing 'format: 1' (the file-format version) at the top of the file")
        return None
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        # A quoted "1" or a date is a typing slip, not a newer format: upgrading would not help.
        message = f"'format' is the number {FORMAT_VERSION}, not {_describe_format(fmt)}; write 'format: 1'"
        _add(doc, ("format",), codes.FORMAT_AND_KIND, message)
        return None
    if fmt != FORMAT_VERSION:
        _add(
            doc,
            ("format",),
            codes.FORMAT_AND_KIND,
            f"file format {fmt} is not one this hplan reads; it reads format {FORMAT_VERSION}. "
            "Upgrade hplan, or write 'format: 1'",
        )
        return None
    kind = data.get("kind")
    if "kind" not in data:
        _add(doc, (), codes.MISSING_KEY, "missing 'kind:'; write 'kind: plan', 'kind: board' or 'kind: profile'")
        return None
    model = MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        hint = suggest(kind, list(MODELS)) if isinstance(kind, str) else ""
        _add(
            doc,
            ("kind",),
            codes.FORMAT_AND_KIND,
            f"unknown kind {kind!r}{hint}; a document is 'kind: plan' or 'kind: board'",
        )
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for diagnostic in _diagnostics(doc, model, exc):
            doc.diagnostics.append(diagnostic)
        return None


def _describe(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a single text"
    return f"a single value ({type(value).__name__})"


def _describe_format(value: Any) -> str:
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, bool):
        return "true or false"
    if value is None:
        return "empty"
    if isinstance(value, float):
        return f"the decimal number {value:g}"
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
        rule, message, at_key = _explain(kind, error, path, model, doc.data, hints=index < MAX_SUGGESTIONS)
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
    "string_type": "'{name}' must be text; put the value in quotes if it is meant as text",
    "int_type": "'{name}' must be a whole number (kroner have no decimals here)",
    "int_from_float": "'{name}' must be a whole number (kroner have no decimals here)",
    "int_parsing": "'{name}' must be a whole number (kroner have no decimals here)",
    "float_type": "'{name}' must be a number",
    "float_parsing": "'{name}' must be a number",
    "finite_number": "'{name}' must be a number; .nan and .inf are not figures a plan can hold",
    "too_short": "'{name}' needs at least one entry",
    "list_type": "'{name}' must be a list (items on lines starting with '- ')",
    "model_type": "'{name}' must be a mapping of keys and values",
    "model_attributes_type": "'{name}' must be a mapping of keys and values",
    "dict_type": "'{name}' must be a mapping of keys and values",
    "union_tag_invalid": "'{name}' must be a mapping of keys and values",
    "string_too_short": "'{name}' must not be empty",
}
_COMPARISONS = ("greater_than_equal", "greater_than", "less_than_equal", "less_than")
_DATES = ("date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact", "value_error")


def _explain(
    kind: str, error: Any, path: tuple[str | int, ...], model: type[BaseModel], data: Any, *, hints: bool = True
) -> tuple[str, str, bool]:
    """(rule, message, stand at the key?) for one pydantic error; ``hints``: with a "did you mean"."""
    name = str(path[-1]) if path else "document"
    if kind == "extra_forbidden":
        fields = _fields_at(model, path[:-1], data)
        hint = suggest(name, fields) if hints else ""
        allowed = f" Allowed here: {', '.join(fields)}." if fields and not hint else ""
        return codes.UNKNOWN_KEY, f"unknown key '{name}'{hint}; remove it or fix its spelling.{allowed}", True
    if kind == "missing":
        return codes.MISSING_KEY, f"missing required key '{name}'; add it here", True
    return codes.INVALID_VALUE, _value_message(kind, error, path, name, data, hints=hints), False


def _value_message(kind: str, error: Any, path: tuple[str | int, ...], name: str, data: Any, *, hints: bool) -> str:
    """What is wrong with a value (rule HP005)."""
    ctx = error.get("ctx") or {}
    if kind in ("literal_error", "enum"):
        expected = ctx.get("expected", "")
        choices = [part.strip(" '") for part in str(expected).replace(" or ", ",").split(",") if part.strip(" '")]
        value = value_at(data, path)
        hint = suggest(value, choices) if isinstance(value, str) and hints else ""
        return f"'{name}' must be one of {expected}{hint}"
    if kind == "string_pattern_mismatch":
        if name in ("id", "party", "focus_area", "activity", "profile") or _in_id_list(path):
            return f"'{name}' must be an id: lower-case a-z, digits and hyphens (e.g. tryghed-og-trivsel)"
        return f"'{name}' does not have the required form ({ctx.get('pattern', '')})"
    if kind in _COMPARISONS:
        return f"'{name}' {error['msg'].lower().replace('input should be', 'must be')}"
    if kind in _DATES:
        detail = str(ctx.get("error", "")) if kind == "value_error" else ""
        return f"'{name}': {detail or 'must be an ISO date (YYYY-MM-DD), e.g. 2017-02-01'}"
    if kind in _PLAIN_MESSAGES:
        return _PLAIN_MESSAGES[kind].format(name=name)
    return f"'{name}': {error['msg']}"


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
