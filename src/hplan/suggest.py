"""Did you mean: the closest allowed word to one that is not allowed (a leaf)."""

from __future__ import annotations

import difflib


def suggest(word: str, choices: list[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or an empty string."""
    close = closest(word, choices)
    return f" (did you mean '{close}'?)" if close else ""


def closest(word: str, choices: list[str]) -> str | None:
    """The allowed word closest to ``word``, if one is close enough."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None
