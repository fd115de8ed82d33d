"""Where a finding about a missing part points: where the user will write it.

A rule that reports a section the plan lacks (``evaluations:`` absent, say)
has no key to point at. Pointing at the plan's first line sends the user to
``format: 1``; the finding points instead at the end of the mapping the
section goes into: the line after its last line, at its keys' column.
"""

from __future__ import annotations

from collections.abc import Mapping

from hplan.check.shape import value_at
from hplan.yamlio.document import DocPath, Document, Position


def missing_position(doc: Document, path: DocPath) -> Position | None:
    """Where the missing part ``path`` belongs; ``None`` when it is in the document or no mapping holds it."""
    if not path or path in doc.positions or path in doc.key_positions:
        return None
    parent = path[:-1]
    while parent and parent not in doc.positions:
        parent = parent[:-1]
    node = value_at(doc.data, parent)
    if not isinstance(node, Mapping) or not node:
        return None
    inside = [pos for p, pos in doc.positions.items() if p[: len(parent)] == parent and len(p) > len(parent)]
    column = min(doc.key_positions.get((*parent, key), (0, 1 << 30))[1] for key in node)
    last = max(line for line, _ in inside)
    return _after(doc.text, last, column), column


def _after(text: str, last: int, column: int) -> int:
    """The line after the mapping's content: past ``last`` and any deeper-indented or blank lines below it."""
    lines = text.splitlines()
    line = last
    while line < len(lines):
        following = lines[line]
        stripped = following.lstrip(" ")
        if stripped and not stripped.startswith("#") and len(following) - len(stripped) < column - 1:
            break
        line += 1
    # Trailing blank and comment lines belong to what comes next, not to the mapping.
    while line > last and not lines[line - 1].strip(" ").split("#")[0].strip():
        line -= 1
    return min(line + 1, max(len(lines), 1))
