"""The round-trip reading of a plan with ruamel.yaml, for commands that write files.

ruamel.yaml's round-trip loader keeps comments, key order and styles, so a
command that edits a plan can write it back without losing anything; it is
pure Python and about twenty times slower than :mod:`hplan.yamlio.loader`, so the
read-only commands never use it. :func:`load_roundtrip` gives the same plain
data and positions as the fast loader; a test holds the two to that.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hplan.yamlio.document import DocPath, Position


def roundtrip_yaml() -> Any:
    """A ruamel.yaml round-trip reader and writer for YAML 1.2."""
    # lazy: ruamel.yaml loads only for round-trip reading, never on the read-only path
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.allow_duplicate_keys = False
    # One date written twice (an approval's date on each body) must stay a date, not become an anchor and alias.
    keep_aliases = yaml.representer.ignore_aliases
    yaml.representer.ignore_aliases = lambda data: isinstance(data, dt.date) or keep_aliases(data)
    return yaml


def load_roundtrip(text: str) -> tuple[Any, Any, dict[DocPath, Position], dict[DocPath, Position]]:
    """(ruamel's document, plain data, value positions, key positions) of ``text``."""
    document = roundtrip_yaml().load(text)
    positions: dict[DocPath, Position] = {}
    key_positions: dict[DocPath, Position] = {}
    data = _plain(document, (), positions, key_positions)
    return document, data, positions, key_positions


def _plain(node: Any, path: DocPath, positions: dict[DocPath, Position], keys: dict[DocPath, Position]) -> Any:
    # lazy: ruamel.yaml loads only for round-trip reading, never on the read-only path
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedMap):
        out: dict[Any, Any] = {}
        for key, value in node.items():
            plain_key = _scalar(key)
            child = (*path, plain_key if isinstance(plain_key, str | int) else str(plain_key))
            if key in node.lc.data:
                key_line, key_col, value_line, value_col = node.lc.data[key]
                keys[child] = (key_line + 1, key_col + 1)
                positions[child] = (value_line + 1, value_col + 1)
            out[plain_key] = _plain(value, child, positions, keys)
        return out
    if isinstance(node, CommentedSeq):
        items = []
        for index, value in enumerate(node):
            child = (*path, index)
            if index in node.lc.data:
                line, col = node.lc.data[index][:2]
                positions[child] = (line + 1, col + 1)
            items.append(_plain(value, child, positions, keys))
        return items
    return _scalar(node)


def _scalar(value: Any) -> Any:
    """Plain Python values for ruamel.yaml's scalar types (ScalarInt, ScalarFloat, TimeStamp...)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, dt.datetime):
        return dt.datetime(
            value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond, value.tzinfo
        )
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, str):
        return str(value)
    return value
