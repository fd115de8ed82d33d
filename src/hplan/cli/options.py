"""Option types and helpers shared by the commands (no domain logic here)."""

from __future__ import annotations

import datetime as dt
import enum
import os
import sys
from pathlib import Path

from hplan.errors import UsageError

DEFAULT_PLANS = Path("plans")


class Color(enum.StrEnum):
    """When to colour text output."""

    auto = "auto"
    always = "always"
    never = "never"


def parse_as_of(value: str | None) -> dt.date:
    """``--as-of DATE`` as a date; today when not given."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--as-of {value!r} is not an ISO date; write it as YYYY-MM-DD, e.g. 2018-06-01") from None


def plan_paths(paths: list[Path] | None) -> list[Path]:
    """The PATHS given, or ``plans/`` in the current folder."""
    if paths:
        return paths
    if not DEFAULT_PLANS.is_dir():
        raise UsageError("no PATHS given and there is no plans/ folder here; name the plan files or folders to check")
    return [DEFAULT_PLANS]


def use_color(choice: Color, stream: object = None) -> bool:
    """Colour on a terminal unless NO_COLOR is set or TERM is dumb; ``--color`` overrides all three."""
    if choice is Color.always:
        return True
    if choice is Color.never or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    target = stream if stream is not None else sys.stdout
    isatty = getattr(target, "isatty", None)
    return bool(isatty and isatty())
