"""Markdown that every view writing it shares: plan text as prose, in a table cell, and a table.

Plan text is the authors' own: it may hold a line break, a pipe, a backslash
or something that reads as HTML. Markdown on GitHub would break a table on
the first two and render the last, so every view escapes plan text here.
"""

from collections.abc import Iterable, Sequence


def prose(text: str) -> str:
    """Plan text as markdown prose: on one line, with no raw HTML."""
    return " ".join(text.split()).replace("<", "&lt;").replace(">", "&gt;")


def cell(text: str) -> str:
    """Plan text inside a markdown table cell: prose, with its backslashes and pipes escaped."""
    return prose(text.replace("\\", "\\\\").replace("|", "\\|"))


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], right: Iterable[int] = ()) -> list[str]:
    """A table's lines; the columns numbered in ``right`` (from 0) are aligned right, as figures are."""
    aligned = set(right)
    lines = ["| " + " | ".join(cell(header) for header in headers) + " |"]
    lines.append("|" + "|".join("---:" if i in aligned else "---" for i in range(len(headers))) + "|")
    lines += ["| " + " | ".join(cell(text) for text in row) + " |" for row in rows]
    return lines
