"""Small changes to ruamel.yaml's round-trip document that keep the file's layout: the record commands' tools.

A key is put where the file format documents it (the model's field order),
not at the end; a list item is inserted in order (measurements by date,
evaluations by year). ruamel.yaml keeps a blank line or a comment that
follows a mapping or a list with its last value; when something is added
after that value, the blank line and the comment move down with the end,
so that a new milestone date does not land below the next section's comment.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from hplan.model.common import Strict


def flow_map(**values: Any) -> Any:
    """A new mapping written in flow style, ``{date: 2024-12-31, value: 46.1}``, as the plans write measurements."""
    # lazy: ruamel.yaml loads only for commands that write
    from ruamel.yaml.comments import CommentedMap

    mapping = CommentedMap((key, value) for key, value in values.items() if value is not None)
    mapping.fa.set_flow_style()
    return mapping


def block_map(**values: Any) -> Any:
    """A new mapping written in block style, one key a line."""
    # lazy: ruamel.yaml loads only for commands that write
    from ruamel.yaml.comments import CommentedMap

    mapping = CommentedMap((key, value) for key, value in values.items() if value is not None)
    mapping.fa.set_block_style()
    return mapping


def block_seq(items: Sequence[Any]) -> Any:
    """A new list written in block style, one item a line."""
    # lazy: ruamel.yaml loads only for commands that write
    from ruamel.yaml.comments import CommentedSeq

    seq = CommentedSeq(items)
    seq.fa.set_block_style()
    return seq


def put(mapping: Any, key: str, value: Any, model: type[Strict]) -> None:
    """Set ``mapping[key]``; a new key goes where ``model`` declares it among the keys that are there."""
    if key in mapping:
        mapping[key] = value
        return
    order = list(model.model_fields)
    rank = order.index(key) if key in order else len(order)
    position = 0
    for index, existing in enumerate(mapping):
        if existing in order and order.index(existing) < rank:
            position = index + 1
    insert(mapping, position, key, value)


def insert(container: Any, position: int, key: Any, value: Any) -> None:
    """Insert ``key: value`` into a mapping (or ``value`` into a list; ``key`` unused) at ``position``."""
    at_end = position >= len(container)
    trailing = take_trailing(container) if at_end and len(container) else None
    if isinstance(container, list):
        container.insert(position, value)
        key = position
    else:
        container.insert(position, key, value)
    if trailing is not None:
        give_trailing(container, key, trailing)


def remove(mapping: Any, key: str) -> None:
    """Remove ``key`` from ``mapping``; a blank line or comment that followed its value stays."""
    if key not in mapping:
        return
    keys = list(mapping)
    trailing = take_trailing(mapping) if keys[-1] == key and len(keys) > 1 else None
    del mapping[key]
    if trailing is not None:
        give_trailing(mapping, keys[-2], trailing)


def insert_sorted(seq: Any, item: Any, sort_key: Any, value_of: Any) -> None:
    """Insert ``item`` into ``seq`` before the first item whose ``value_of`` is greater than ``sort_key``."""
    position = len(seq)
    for index, existing in enumerate(seq):
        current = value_of(existing)
        if current is not None and current > sort_key:
            position = index
            break
    insert(seq, position, None, item)


def take_trailing(node: Any) -> Any:
    """Take the blank lines and comments below the last value of ``node``; the end-of-line comment stays."""
    for container, key in reversed(_last_chain(node)):
        slot = _slot(container, key)
        token = slot[_index(container)] if slot else None
        if token is None:
            continue
        head, newline, tail = token.value.partition("\n")
        if not tail:
            return None
        token.value = head + newline
        moved = copy.copy(token)
        moved.value = "\n" + tail
        return moved
    return None


def give_trailing(container: Any, key: Any, token: Any) -> None:
    """Put ``token`` (from :func:`take_trailing`) below the value of ``container[key]``, after its own comment."""
    chain = _last_chain(container[key])
    target, target_key = chain[-1] if chain else (container, key)
    slot = target.ca.items.setdefault(target_key, [None, None, None, None])
    index = _index(target)
    if slot[index] is None:
        slot[index] = token
    else:  # the value's own end-of-line comment stays first
        slot[index].value += token.value[1:]


def _last_chain(node: Any) -> list[tuple[Any, Any]]:
    """(container, key) from ``node`` down through each last value, while the value is a non-empty block collection."""
    chain: list[tuple[Any, Any]] = []
    while isinstance(node, dict | list) and len(node):
        key = len(node) - 1 if isinstance(node, list) else list(node)[-1]
        chain.append((node, key))
        value: Any = node[key]
        style = getattr(value, "fa", None)
        if not isinstance(value, dict | list) or style is None or style.flow_style():
            break
        node = value
    return chain


def _slot(container: Any, key: Any) -> list[Any] | None:
    ca = getattr(container, "ca", None)
    return ca.items.get(key) if ca is not None else None


def _index(container: Any) -> int:
    """Where ruamel.yaml keeps the comment after a value: slot 0 of a list item, slot 2 of a mapping's key."""
    return 0 if isinstance(container, list) else 2
