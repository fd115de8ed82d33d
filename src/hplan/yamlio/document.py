"""What reading a YAML file yields: a :class:`Document`, and the limits on what hplan reads.

A document carries the plain data, the 1-based (line, column) of every key
and value, and the problems met while reading; every reading problem is
recorded through :meth:`Document.problem`, never raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hplan.diagnostics import Diagnostic, Severity
from hplan.i18n.message import Message, msg

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 100
MAX_ALIAS_NODES = 10_000

DocPath = tuple[str | int, ...]
Position = tuple[int, int]


@dataclass(slots=True)
class Document:
    """One parsed file: its data, positions, and the problems found reading it.

    ``data`` is ``None`` when the file could not be read as one YAML mapping;
    the reason is then among ``diagnostics``. ``positions`` maps a document
    path (keys and list indexes) to the 1-based (line, column) of the value;
    ``key_positions`` to that of the key, for mapping entries.
    """

    file: str
    data: Any = None
    positions: dict[DocPath, Position] = field(default_factory=dict)
    key_positions: dict[DocPath, Position] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str = ""

    def position(self, path: DocPath, *, key: bool = False) -> Position:
        """Where ``path`` stands, or its nearest ancestor that has a position."""
        probe = path
        if key and probe in self.key_positions:
            return self.key_positions[probe]
        while probe:
            pos = self.positions.get(probe)
            if pos is not None:
                return pos
            probe = probe[:-1]
        return self.positions.get((), (1, 1))

    def problem(self, line: int, column: int, rule: str, message: str, path: str = "") -> None:
        """Record an error found while reading the file."""
        self.diagnostics.append(Diagnostic(self.file, line, column, rule, Severity.ERROR, message, path))


class Abort(Exception):
    """Stop reading this file; the reason is already a diagnostic."""


def too_large_message(size: int) -> Message:
    """Why a file of ``size`` bytes, over :data:`MAX_FILE_BYTES`, is not read."""
    return msg("rd.too_large", size=size, mib=MAX_FILE_BYTES // 1048576, limit=MAX_FILE_BYTES)
