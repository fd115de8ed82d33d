"""The one value every check produces: a located, sortable ``Diagnostic``.

The loader, the model adapter and the rules all yield diagnostics and never
print. Messages pass through :func:`redact` when the value is built, so a
CPR-like number can never reach any output format, whatever code made the
message.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from hplan.i18n.message import mapped
from hplan.privacy import redact


class Severity(enum.Enum):
    """How much a finding matters; errors fail ``validate``, warnings with ``--strict``."""

    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One problem at one place: file, 1-based line and column, document path, rule.

    ``message`` is usually a :class:`~hplan.i18n.message.Message`: English as
    text (the JSON's ``message``), rendered in the reader's language by the views.
    """

    file: str
    line: int
    column: int
    rule: str
    severity: Severity = field(compare=False)
    message: str = field(compare=True)
    path: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        # The file's name too: a plan named after a citizen must not print the number.
        object.__setattr__(self, "file", redact(self.file))
        object.__setattr__(self, "message", mapped(self.message, redact))
        object.__setattr__(self, "path", redact(self.path))

    @property
    def is_error(self) -> bool:
        """Whether this finding is an error (not a warning)."""
        return self.severity is Severity.ERROR

    def to_json(self) -> dict[str, object]:
        """The stable JSON shape documented in ``docs/json.md``."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
        }
