"""Danish typing habits: typographic quotes around free text (HP013), invisible characters (HP014).

The habits that make a value unreadable (decimal comma, thousands points,
``kr``, Danish dates, semicolons from Excel) are HP005 findings with their own
message (:mod:`hplan.check.habits`); the two here are rules of their own,
because YAML reads the file without complaint.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hplan import codes
from hplan.check.habits import QUOTES
from hplan.diagnostics import Severity
from hplan.i18n.message import msg
from hplan.rules.registry import Finding, document_read_rule, rule
from hplan.yamlio.document import Document

# Keys whose value is the user's own text (a name, a title, a description): quotes there are not an error.
FREE_TEXT = frozenset(
    (
        "name",
        "title",
        "area",
        "purpose",
        "description",
        "summary",
        "role",
        "text",
        "indicator",
        "reference",
        "partner",
        "target_group",
        "challenges",
        "note",
        "decision",
        "decisions",
    )
)


@rule(codes.TYPOGRAPHIC_QUOTES, Severity.WARNING, "text")
def typographic_quotes(doc: Document) -> Iterator[Finding]:
    """A name or other free text is not wrapped in typographic quotes.

    Word turns "..." into “...”, which YAML keeps as part of the text, so the
    quotes appear in every report. A warning: the text is still readable. An
    apostrophe inside a text (LBF’s) is correct typography and passes; a fixed
    value in typographic quotes (``direction: “increase”``) is an error, HP005.

    Passing:
        name: "Skovparken"
    Failing:
        name: “Skovparken”
    """
    if doc.data is None or not any(quote in doc.text for quote in QUOTES):
        return
    for path, value in _texts(doc.data, ()):
        if path and path[-1] in FREE_TEXT and value[0] in QUOTES and value[-1] in QUOTES:
            yield Finding(path, msg("hab.quotes.free_text", name=path[-1], value=value, bare=value[1:-1]))


def _texts(node: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _texts(value, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _texts(item, (*path, index))
    elif isinstance(node, str) and len(node) >= 2:
        yield path, node


document_read_rule(
    codes.INVISIBLE_CHARACTER,
    """
    No non-breaking or invisible space stands where YAML expects structure.

    A non-breaking space (U+00A0) or a thin space in the indentation or
    right after ``key:`` is not a space to YAML; it comes with text pasted
    from Word, Outlook or a web page. A zero-width space (U+200B) or a byte
    order mark after the file's start is invisible anywhere. The finding
    stands at the character itself, not where YAML later gives up. Inside
    free text a non-breaking space is harmless and passes.

    Passing:
        period:
          start: 2017-02-01
    Failing:
        period:  # the next line is indented with U+00A0
        \u00a0 start: 2017-02-01
""",
)
