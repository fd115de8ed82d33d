"""The one value every check produces: a located, sortable ``Diagnostic``.

The loader, the model adapter and the rules all yield diagnostics and never
print. Messages pass through :func:`redact` when the value is built, so a
CPR-like number can never reach any output format, whatever code made the
message.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

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


# Every digit becomes "0", a line break stays, every other byte becomes "x", so
# that ``bytes.find`` (in C) skips straight to runs of six digits: the only
# places a CPR-like number can start. The regex over a whole plan costs ~1 ms.
_DIGIT_MASK = bytes(0x30 if 0x30 <= b <= 0x39 else (b if b == 0x0A else 0x78) for b in range(256))
_ZERO, _HYPHEN = 0x30, 0x2D


def cpr_positions(text: str) -> list[tuple[int, int]]:
    """The 1-based (line, column) of every CPR-like number in a document's text.

    The same numbers as :data:`CPR_CANDIDATE` finds: ten digits, or six, a
    hyphen and four, with no digit (nor a digit and a hyphen) right before and
    no digit after.
    """
    from hplan.loader import normalise_breaks

    raw = normalise_breaks(text).encode("utf-8", "surrogatepass")
    masked = raw.translate(_DIGIT_MASK)
    size = len(masked)
    found: list[tuple[int, int]] = []
    start = masked.find(b"000000")
    while start >= 0:
        end = start + 6
        while end < size and masked[end] == _ZERO:
            end += 1
        first = start
        if end - start == 6 and end + 5 <= size and raw[end] == _HYPHEN and masked[end + 1 : end + 5] == b"0000":
            last = end + 5
        else:
            last = end if end - start == 10 else -1
        before_ok = first == 0 or (
            masked[first - 1] != _ZERO and not (raw[first - 1] == _HYPHEN and first >= 2 and masked[first - 2] == _ZERO)
        )
        after_ok = last >= 0 and (last == size or masked[last] != _ZERO)
        if before_ok and after_ok and is_cpr_date(raw[first : first + 6].decode("ascii")):
            line_start = masked.rfind(b"\n", 0, first) + 1
            line = masked.count(b"\n", 0, line_start) + 1
            column = len(raw[line_start:first].decode("utf-8", "replace")) + 1
            found.append((line, column))
        start = masked.find(b"000000", max(end, last))
    return found


# Six digits written out: the same set as \d{6} (any Unicode digit, as CPR_CANDIDATE), and
# searched about 40 % faster by the re engine, which status runs on every name and title it shows.
_SIX_DIGITS = re.compile(r"\d\d\d\d\d\d")


def redact(text: str) -> str:
    """Replace every CPR-like number in ``text`` with a fixed mask."""
    if _SIX_DIGITS.search(text) is None:  # the common case, decided in C
        return text
    return CPR_CANDIDATE.sub(lambda m: "######-####" if is_cpr_date(m.group(1)) else m.group(0), text)


class Severity(enum.Enum):
    """How much a finding matters; errors fail ``validate``, warnings with ``--strict``."""

    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One problem at one place: file, 1-based line and column, document path, rule."""

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
        object.__setattr__(self, "message", redact(self.message))
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
