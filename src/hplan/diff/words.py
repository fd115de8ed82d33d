"""Word-level differences of two texts: the words that stayed, went and came, in order.

A long text changed in one place (a strategic agreement's purpose, a
sub-agreement's purpose) reads best with the edit marked inside it, not as
two paragraphs cut short. Pure: no output, no I/O.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any, Literal

Op = Literal["same", "removed", "added"]
# From this length on, a changed text is shown word by word (a line of the text view).
LONG_TEXT = 80


def word_diff(old: str, new: str) -> list[tuple[Op, str]]:
    """The two texts as runs of words: ``same`` in both, ``removed`` from ``old``, ``added`` in ``new``.

    Whitespace is not a difference: a text rewrapped over other lines is the same text.
    """
    before, after = old.split(), new.split()
    runs: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            runs.append(("same", " ".join(before[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("removed", " ".join(before[i1:i2])))
        if j2 > j1:
            runs.append(("added", " ".join(after[j1:j2])))
    return runs


def is_long_text(old: Any, new: Any) -> bool:
    """Whether a change of ``old`` to ``new`` is a long text, shown word by word."""
    return isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) >= LONG_TEXT
