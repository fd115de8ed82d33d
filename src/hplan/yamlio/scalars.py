"""Scalar resolution as ruamel.yaml reads YAML 1.2: what a plain scalar or a core-tagged scalar means.

``yes``/``no`` stay strings, ``010`` is ten, ``1_000`` is a thousand, a date
is a :class:`datetime.date` and ``<<`` is the merge key. No tag ever builds
an object: only the core tags (``!!str``, ``!!int``, ...) are read here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

YAML_TAG_PREFIX = "tag:yaml.org,2002:"

_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
_INT = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0o?[0-7_]+
    |[-+]?[0-9_]+
    |[-+]?0x[0-9a-fA-F_]+)$""",
    re.X,
)
_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_DATETIME = re.compile(
    r"""^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)
    (?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?
    (?:[ \t]*(Z|[-+][0-9][0-9]?(?::[0-9]{2})?))?$""",
    re.X,
)
_TAGGED_TYPES: dict[str, type | tuple[type, ...]] = {
    "int": int,
    "float": (float, int),
    "bool": bool,
    "null": type(None),
    "timestamp": dt.date,
}
# The core scalar tags, without their prefix: any other tag is refused.
SCALAR_TAGS = frozenset({"str", *_TAGGED_TYPES})
# First characters of plain scalars that may be something other than text.
SPECIAL_FIRST = frozenset("tTfF~nN<-+0123456789.") | {""}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NULLS = frozenset({"~", "null", "Null", "NULL", ""})


class _Merge:
    """Marker for the merge key ``<<``."""

    def __repr__(self) -> str:
        return "<<"

    __str__ = __repr__


MERGE = _Merge()
# What :func:`resolve_tagged` gives for a value that does not fit its tag.
MISFIT = object()


def resolve_plain(value: str) -> Any:
    """Resolve an untagged plain scalar as ruamel.yaml does for YAML 1.2."""
    if not value:
        return None
    first = value[0]
    if first in "tTfF":
        found = _BOOLS.get(value)
        if found is not None:
            return found
        return value
    if first in "~nN":
        return None if value in _NULLS else value
    if first == "<" and value == "<<":
        return MERGE
    if first in "-+0123456789.":
        if _FLOAT.match(value):
            return _to_float(value)
        if _INT.match(value):
            return _to_int(value)
        if first.isdigit():
            if _DATE.match(value):
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    return value  # not a calendar date; the model says so at its line
            match = _DATETIME.match(value)
            if match:
                return _to_datetime(match) or value
    return value


def resolve_tagged(name: str, value: str) -> Any:
    """``value`` under the core tag ``!!name`` (one of :data:`SCALAR_TAGS`), or :data:`MISFIT`."""
    if name == "str":
        return value
    resolved = resolve_plain(value)
    if isinstance(resolved, bool) and name != "bool":
        return MISFIT
    if name == "float" and isinstance(resolved, int | float):
        return float(resolved)
    return resolved if isinstance(resolved, _TAGGED_TYPES[name]) else MISFIT


def _to_float(value: str) -> float | str:
    text = value.replace("_", "").lower()
    if text.endswith(("inf", "nan")):
        sign = -1.0 if text.startswith("-") else 1.0
        return sign * float("inf") if text.endswith("inf") else float("nan")
    try:
        return float(text)
    except ValueError:
        return value


def _to_int(value: str) -> int | str:
    text = value.replace("_", "")
    sign = 1
    if text[:1] in "+-":
        sign = -1 if text[0] == "-" else 1
        text = text[1:]
    try:
        if text.startswith("0b"):
            return sign * int(text[2:], 2)
        if text.startswith("0x"):
            return sign * int(text[2:], 16)
        if text.startswith("0o"):
            return sign * int(text[2:], 8)
        return sign * int(text, 10)
    except ValueError:
        return value


def _to_datetime(match: re.Match[str]) -> dt.datetime | None:
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tz: dt.tzinfo | None = None
    if zone:
        if zone == "Z":
            tz = dt.UTC
        else:
            hours, _, minutes = zone[1:].partition(":")
            delta = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
            tz = dt.timezone(-delta if zone[0] == "-" else delta)
    try:
        return dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz)
    except ValueError:
        return None
