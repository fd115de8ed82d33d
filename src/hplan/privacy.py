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


# Every ASCII digit becomes "0", a line break stays, every other byte becomes "x",
# so that ``bytes.find`` (in C) skips straight to runs of six digits: the only
# places a CPR-like number can start. It costs ~0.07 ms a shipped ~600-line plan,
# the regex ~1.1 ms, which made `hplan validate` over 1,000 plans 1.08x-1.15x
# slower as a whole process (three paired runs; 1.22x CPU with --jobs 1).
_DIGIT_MASK = bytes(0x30 if 0x30 <= b <= 0x39 else (b if b == 0x0A else 0x78) for b in range(256))
_ZERO, _HYPHEN = 0x30, 0x2D


def cpr_positions(text: str) -> list[tuple[int, int]]:
    """The 1-based (line, column) of every CPR-like number in a document's text.

    The numbers :data:`CPR_CANDIDATE` finds when written in ASCII digits (a
    test holds the two equal): ten digits, or six, a hyphen and four, with no
    digit (nor a digit and a hyphen) right before and no digit after.
    """
    raw = normalise_breaks(text).encode("utf-8", "surrogatepass")
    masked = raw.translate(_DIGIT_MASK)
    found: list[tuple[int, int]] = []
    start = masked.find(b"000000")
    while start >= 0:
        end = start + 6
        while end < len(masked) and masked[end] == _ZERO:
            end += 1
        last, bounded = _candidate_end(raw, masked, start, end)
        if bounded and is_cpr_date(raw[start : start + 6].decode("ascii")):
            line_start = masked.rfind(b"\n", 0, start) + 1
            line = masked.count(b"\n", 0, line_start) + 1
            found.append((line, len(raw[line_start:start].decode("utf-8", "replace")) + 1))
        start = masked.find(b"000000", max(end, last))
    return found


def _candidate_end(raw: bytes, masked: bytes, first: int, end: int) -> tuple[int, bool]:
    """Where a number starting the digit run ``first:end`` ends (-1: none), and whether no digit adjoins it."""
    size = len(masked)
    if end - first == 6 and end + 5 <= size and raw[end] == _HYPHEN and masked[end + 1 : end + 5] == b"0000":
        last = end + 5
    else:
        last = end if end - first == 10 else -1
    before_ok = first == 0 or (
        masked[first - 1] != _ZERO and not (raw[first - 1] == _HYPHEN and first >= 2 and masked[first - 2] == _ZERO)
    )
    after_ok = last >= 0 and (last == size or masked[last] != _ZERO)
    return last, before_ok and after_ok


# Six digits written out: the same set as \d{6} (any Unicode digit, as CPR_CANDIDATE), and
# searched about 40 % faster by the re engine, which status runs on every name and title it shows.
_SIX_DIGITS = re.compile(r"\d\d\d\d\d\d")


def redact(text: str) -> str:
    """Replace every CPR-like number in ``text`` with a fixed mask."""
    if _SIX_DIGITS.search(text) is None:  # the common case, decided in C
        return text
    return CPR_CANDIDATE.sub(lambda m: "######-####" if is_cpr_date(m.group(1)) else m.group(0), text)
