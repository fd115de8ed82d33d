"""Danish typing habits that YAML mangles before any model sees them: found in the raw text.

Two habits change what YAML reads, so they are handled while reading:

- a decimal comma inside ``{ }`` (``{date: 2024-12-31, value: 46,1}``): YAML
  reads ``value: 46`` and an extra key ``1``. :func:`rejoin_decimal_commas`
  puts back what the user typed, the text ``46,1``, so that the shape check
  refuses it with the right explanation and no command shows 46;
- a tab, a non-breaking space or another invisible character where YAML
  expects structure (indentation, after ``key:``): :func:`invisible_characters`
  names the character at its own line and column (rule HP014), instead of the
  parser's message about the place where it later gave up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from hplan import codes
from hplan.i18n.message import Message, msg
from hplan.yamlio.document import Document
from hplan.yamlio.linebreaks import normalise_breaks

DocPath = tuple[str | int, ...]
Position = tuple[int, int]

# Characters that look like a space, or like nothing, and are not one to YAML.
INVISIBLE: dict[str, str] = {
    "\u00a0": "nbsp",
    "\u2009": "thin",
    "\u202f": "thin",
    "\u200b": "zero_width",
    "\ufeff": "zero_width",
}
_SUSPECTS = re.compile("[\u00a0\u2009\u202f\u200b\ufeff]")  # a tab: HP001 explains it
_INDENT = re.compile("^[ \t\u00a0\u2009\u202f]*")
# "key:" directly followed by an invisible space instead of an ordinary one
_AFTER_COLON = re.compile("^[ ]*(?:- )?([A-Za-z_][\\w.-]*):([\u00a0\u2009\u202f])")
_FLOW_DECIMAL = re.compile(r":[ \t]*-?\d+(?:\.\d+)?,\d")  # "value: 46,1" somewhere in the text
_DIGITS_BEFORE_COMMA = re.compile(r"-?\d+(?:\.\d+)?,$")


def invisible_problems(doc: Document) -> None:
    """Record each invisible character that broke the structure as HP014, instead of the syntax error it caused.

    A non-breaking space that YAML read without complaint sits inside a text
    (a quoted key, a multi-line value), where it is harmless; a zero-width
    space is reported wherever it is, since nobody means one.
    """
    found = list(invisible_characters(doc.text))
    if not found:
        return
    syntax = [d.line for d in doc.diagnostics if d.rule == codes.YAML_SYNTAX]
    found = [
        item for item in found if item[2].values.get("code") == "U+200B" or any(line >= item[0] for line in syntax)
    ]
    if not found:
        return
    first = found[0][0]
    doc.diagnostics[:] = [d for d in doc.diagnostics if not (d.rule == codes.YAML_SYNTAX and d.line >= first)]
    for line, column, message in found:
        doc.problem(line, column, codes.INVISIBLE_CHARACTER, message)


def invisible_characters(text: str) -> Iterator[tuple[int, int, Message]]:
    """(line, column, message) for each invisible character where YAML expects structure, and each zero-width one."""
    if _SUSPECTS.search(text) is None:  # the common case: one scan of the text, nothing to report
        return
    for number, line in enumerate(normalise_breaks(text).split("\n"), start=1):
        if _SUSPECTS.search(line) is None:
            continue
        indent = _INDENT.match(line)
        lead = indent.group(0) if indent else ""
        if line[len(lead) :].startswith("#") or not line[len(lead) :].strip():
            continue  # a comment or a blank line: YAML does not mind
        found = _in_indentation(number, lead)
        if found is not None:
            yield found
            continue
        after = _AFTER_COLON.match(line)
        if after is not None:
            column = after.end() if after.group(2) else 0
            yield number, column, msg("hab.after_colon", line=number, code=_code(after.group(2)), key=after.group(1))
            continue
        for char in ("\u200b", "\ufeff"):
            column = line.find(char)
            if column >= 0 and (number, column) != (1, 0):  # a BOM at the very start is allowed
                yield number, column + 1, msg("hab.zero_width", line=number, code=_code(char))
                break


def _in_indentation(number: int, lead: str) -> tuple[int, int, Message] | None:
    for column, char in enumerate(lead, start=1):
        if char not in " \t":
            return number, column, msg(f"hab.indent.{INVISIBLE[char]}", line=number, code=_code(char))
    return None


def _code(char: str) -> str:
    return f"U+{ord(char):04X}"


def rejoin_decimal_commas(doc: Document) -> None:
    """Undo YAML's split of ``{value: 46,1}`` into ``value: 46`` and a key ``1``: the value becomes ``"46,1"``."""
    # One scan of the text first: the walk over the data is for the rare file that has the habit.
    if _FLOW_DECIMAL.search(doc.text) is None or not isinstance(doc.data, dict):
        return
    lines = normalise_breaks(doc.text).split("\n")
    _rejoin(doc, doc.data, (), lines)


def _rejoin(doc: Document, node: Any, path: DocPath, lines: list[str]) -> None:
    if isinstance(node, list):
        for index, item in enumerate(node):
            _rejoin(doc, item, (*path, index), lines)
        return
    if not isinstance(node, dict):
        return
    previous: Any = None
    for key in list(node):
        value = node[key]
        if previous is not None and _split_number(doc, node, previous, key, path, lines):
            continue
        previous = key
        _rejoin(doc, value, (*path, key), lines)


def _split_number(
    doc: Document, node: dict[Any, Any], previous: Any, key: Any, path: DocPath, lines: list[str]
) -> bool:
    """Whether ``key`` is the decimals of the number before it (and if so, rejoin the two)."""
    number = node[previous]
    if not (type(key) is int and node[key] is None and type(number) in (int, float)):
        return False
    key_at = doc.key_positions.get((*path, key))
    value_at = doc.positions.get((*path, previous))
    if key_at is None or value_at is None or key_at[0] != value_at[0] or key_at[0] > len(lines):
        return False
    line = lines[key_at[0] - 1]
    written = line[value_at[1] - 1 : key_at[1] - 1]
    if _DIGITS_BEFORE_COMMA.fullmatch(written) is None:
        return False  # "46, 1" or anything else: not a decimal comma
    digits = line[key_at[1] - 1 :]
    digits = digits[: len(digits) - len(digits.lstrip("0123456789"))]
    node[previous] = written + digits
    del node[key]
    doc.key_positions.pop((*path, key), None)
    doc.positions.pop((*path, key), None)
    return True
