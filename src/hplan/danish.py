"""How Danes write numbers and dates: the spellings, read once.

Two places meet them. ``record`` and ``new`` read a Danish spelling typed on
the command line into the value meant (:mod:`hplan.authoring.danish_input`),
and the shape check explains a value in a plan that the models refused,
naming the ISO spelling to write (:mod:`hplan.check.habits`). Both recognise
the spellings here, so a date ``record`` reads is a date ``validate``
explains, and the other way round. A leaf: it imports nothing of hplan's but
the glossary's month names.
"""

import re

from hplan.i18n.glossary import MONTHS

# ``1.250.000``: thousands points, the Danish way (a single group too: ``1.250``).
THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# ``1 250 000``: thousands spaces, plain or non-breaking (Word puts the latter).
SPACED = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+")
# ``2024-1-5``: year first, leading zeros optional.
ISO_LOOSE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# ``31.12.2024``, ``31-12-2024``, ``31/12-2024``, ``31/12/2024``; a two-digit year is reported, never guessed.
_NUMERIC = re.compile(r"(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4}|\d{2})")
# ``31. december 2024``, ``31 dec. 2024``.
_LONG = re.compile(r"(\d{1,2})(?:\.\s*|\s+)([a-zæøå]+)\.?\s+(\d{4})", re.IGNORECASE)


def month_number(word: str) -> int | None:
    """The month a Danish name means: ``december``, ``dec`` or ``dec.`` (three letters at least), else ``None``."""
    word = word.lower().rstrip(".")
    for number, name in enumerate(MONTHS, start=1):
        if word == name or (len(word) >= 3 and name.startswith(word)):
            return number
    return None


def day_first(text: str) -> tuple[int, int, str] | None:
    """Day, month and the year as written, of a Danish date (``31.12.2024``, ``31. december 2024``), else ``None``.

    Danish numeric dates are always day first. The year stays a string so
    that a caller can tell ``24`` from ``2024``; whether the day exists is
    the caller's question too.
    """
    numeric = _NUMERIC.fullmatch(text)
    if numeric is not None:
        return int(numeric.group(1)), int(numeric.group(2)), numeric.group(3)
    long = _LONG.fullmatch(text)
    if long is not None:
        month = month_number(long.group(2))
        if month is not None:
            return int(long.group(1)), month, long.group(3)
    return None
