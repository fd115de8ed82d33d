"""The editor's modeline: ``# yaml-language-server: $schema=PATH`` at the head of a plan (a leaf).

yaml-language-server reads the schema a file follows from a comment before
the document's content, and the modeline wins over the editor's settings: a
modeline that points at a missing file leaves the editor with no schema at
all. The patterns are the server's own (``modelineUtil.ts``): the comment is
``# yaml-language-server: ...`` or ``# $schema: ...``, the path the first word
after ``$schema=`` or ``$schema:``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_MODELINE = re.compile(r"#\s+(?:yaml-language-server\s*:|\$schema:)")
_SCHEMA = re.compile(r"\$schema(?:=|:[^\S\r\n]*)(\S+)")
# A target with a scheme (https:, file:) is the editor's to fetch; hplan reads no network.
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
_HEAD = 65536


class Modeline(NamedTuple):
    """A modeline's schema target as written, and where the target starts (1-based line and column)."""

    target: str
    line: int
    column: int

    @property
    def is_url(self) -> bool:
        """Whether the target is a URL (``https://...``) rather than a path."""
        return _SCHEME.match(self.target) is not None


def find_modeline(text: str) -> Modeline | None:
    """The schema modeline among the comments before a document's content, or ``None``."""
    # The head of the file is enough: the comments before the content (a 10 MiB file need not be split).
    for number, line in enumerate(text[:_HEAD].splitlines(), start=1):
        stripped = line.lstrip()
        if not stripped or stripped == "---" or stripped.startswith("%"):
            continue
        if not stripped.startswith("#"):
            return None  # content began: the server reads no modeline after it
        if _MODELINE.match(stripped) is None:
            continue
        found = _SCHEMA.search(stripped)
        if found is not None:
            column = len(line) - len(stripped) + found.start(1) + 1
            return Modeline(found.group(1), number, column)
    return None
