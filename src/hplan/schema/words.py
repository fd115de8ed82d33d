"""The words of a generated schema: every field and allowed value described from the i18n catalogue.

pydantic writes the shape; this module writes what an editor shows on hover
and in completion, in one language (the ``schema`` part of the catalogue):

- a property's ``title`` is its YAML key (never a class name such as
  ``Point``) and its ``description`` (plain) and ``markdownDescription`` (what
  yaml-language-server prefers) come from ``schema.<Model>.<field>``, also on a
  property that is only a ``$ref`` and on the value's branch of an optional
  one (the editor's hover shows the branch a value matched);
- each model in ``$defs`` is described by ``schema.<Model>`` and named by
  ``schema.title.<Model>`` (the editor's "Expected success criterion");
- the allowed values of an enumeration are explained, in order, in
  ``enumDescriptions`` and ``markdownEnumDescriptions`` (the keywords the
  language server reads for hover and completion), from
  ``schema.<Alias>.<value>``, where ``<Alias>`` is the name the model's module
  gives the ``Literal`` (``Direction``), else ``<Model>.<field>``;
- ``default: null`` goes: completion would insert ``null``.

Descriptions stay out of the model source, so that a field added to a model
is described in the catalogue alone; :func:`missing_words` lists what is not,
and :func:`describe` refuses (exit 2) naming the ids and the language.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from hplan.errors import HplanError
from hplan.i18n import catalogue, using
from hplan.i18n import t as message
from hplan.i18n.message import msg
from hplan.model.common import Strict

_CODE = re.compile(r"`([^`]*)`")
# Keys of a schema node that hold other schema nodes (lists of them, or a map of names to them).
_NODE_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_NODE_MAPS = ("properties", "$defs")
_NODE_ONE = ("items", "additionalProperties", "not")


def models_of(root: type[BaseModel]) -> list[type[BaseModel]]:
    """``root`` and every model its fields hold, depth first, each once: each member of a union too."""
    found: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        if model in found:
            return
        found.append(model)
        for info in model.model_fields.values():
            for inner in _models_in(info.annotation):
                visit(inner)

    visit(root)
    return found


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    """Every document model in a field's type: alone, optional, a list's items, each member of a union.

    Not :func:`hplan.model.common.model_in`, which stops at the first: a
    success criterion is quantitative or qualitative, and both need words.
    """
    if isinstance(annotation, type) and issubclass(annotation, Strict):
        yield annotation
        return
    for part in get_args(annotation):
        yield from _models_in(part)


def enum_name(model: type[BaseModel], field: str) -> str | None:
    """The catalogue name of the allowed values of ``model.field`` (``Direction``), or ``None`` without a set of them.

    A ``Literal`` of one value (``kind: plan``) is a constant, not a choice.
    """
    literal = _literal_in(model.model_fields[field].annotation)
    if literal is None or len(get_args(literal)) < 2:
        return None
    namespace = vars(sys.modules[model.__module__])
    for name, value in namespace.items():
        if not name.startswith("_") and value == literal:
            return name
    return f"{model.__name__}.{field}"


def _literal_in(annotation: Any) -> Any:
    if get_origin(annotation) is Literal:
        return annotation
    for part in get_args(annotation):
        found = _literal_in(part)
        if found is not None:
            return found
    return None


def word_ids(root: type[BaseModel]) -> Iterator[str]:
    """Every catalogue id the schema of ``root`` needs: models, fields, allowed values."""
    for model in models_of(root):
        yield f"schema.{model.__name__}"
        yield f"schema.title.{model.__name__}"
        for field in model.model_fields:
            yield f"schema.{model.__name__}.{field}"
            alias = enum_name(model, field)
            if alias is not None:
                literal = _literal_in(model.model_fields[field].annotation)
                yield from (f"schema.{alias}.{value}" for value in get_args(literal))


def missing_words(root: type[BaseModel], language: str = "en") -> list[str]:
    """The ids :func:`word_ids` needs that ``language``'s catalogue lacks."""
    known = catalogue("da" if language == "da" else "en")
    return sorted({key for key in word_ids(root) if key not in known})


def describe(schema: dict[str, Any], root: type[BaseModel], language: str) -> dict[str, Any]:
    """``schema`` (pydantic's, of ``root``) with the words of ``language``; pydantic's own words removed.

    Raises :class:`HplanError` (exit 2) naming every id ``language``'s catalogue lacks.
    """
    missing = missing_words(root, language)
    if missing:
        # A contributor who added a field meets this first: name the ids and the file, not a bare KeyError.
        folder = "da" if language == "da" else "en"
        raise HplanError(
            msg(
                "err.schema.words",
                kind=root.__name__.lower(),
                language=msg(f"err.language.{folder}"),
                ids=", ".join(missing),
            ),
            hint=msg("err.schema.words.hint", folder=folder),
        )
    _strip(schema)
    definitions = schema.get("$defs", {})
    with using(language):
        for model in models_of(root):
            node = schema if model is root else definitions[model.__name__]
            _set_words(node, f"schema.{model.__name__}")
            # The editor names a model by its title ("Expected ..."): a word of the plan, never a class name.
            node["title"] = message(f"schema.title.{model.__name__}")
            properties = node.get("properties", {})
            for field in model.model_fields:
                _describe_field(properties[field], model, field)
    return schema


def _describe_field(node: dict[str, Any], model: type[BaseModel], field: str) -> None:
    node["title"] = field
    _set_words(node, f"schema.{model.__name__}.{field}")
    if node.get("default", 0) is None:
        del node["default"]
    optional = _optional_branch(node)
    if optional is not None:
        # The editor's hover shows the branch a value matched: an optional model (``baseline``) by its
        # model's words ("A value at a date"), an optional number or text as "lag_months || lag_months"
        # with the plain description (two untitled branches look alike to it). The branch carries the
        # field's words, so that both show the field as a required one does.
        optional.update({key: node[key] for key in ("title", "description", "markdownDescription")})
    alias = enum_name(model, field)
    if alias is None:
        return
    for choice in _enum_nodes(node):
        marked = [message(f"schema.{alias}.{value}") for value in choice["enum"]]
        choice["enumDescriptions"] = [_plain(text) for text in marked]
        choice["markdownEnumDescriptions"] = marked


def _optional_branch(node: dict[str, Any]) -> dict[str, Any] | None:
    """The value's branch of an optional field (``anyOf: [{...}, {type: null}]``), else ``None``.

    A choice of models (a board's path or an inline board) keeps each branch's own words.
    """
    branches: list[dict[str, Any]] = node.get("anyOf", [])
    values = [branch for branch in branches if branch != {"type": "null"}]
    if len(branches) == 2 and len(values) == 1:
        return values[0]
    return None


def _set_words(node: dict[str, Any], key: str) -> None:
    text = message(key)
    node["description"] = _plain(text)
    node["markdownDescription"] = text


def _plain(markdown: str) -> str:
    """A description without its markdown code marks (for clients that show ``description`` as it is)."""
    return _CODE.sub(r"\1", markdown)


def _enum_nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The nodes under ``node`` (itself, a branch, a list's items) that list allowed values."""
    if "enum" in node:
        yield node
    for child in _children(node):
        yield from _enum_nodes(child)


def _children(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for key in _NODE_LISTS:
        yield from node.get(key, ())
    for key in _NODE_MAPS:
        yield from node.get(key, {}).values()
    for key in _NODE_ONE:
        child = node.get(key)
        if isinstance(child, dict):
            yield child


def _strip(node: dict[str, Any]) -> None:
    """Remove pydantic's titles (class names) and English descriptions from ``node`` and every node under it."""
    node.pop("title", None)
    node.pop("description", None)
    for child in _children(node):
        _strip(child)
