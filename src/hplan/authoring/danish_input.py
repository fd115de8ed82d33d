"""Numbers, amounts and dates typed on the command line the Danish way, read as the values they mean.

People in the field type ``46,1``, ``1.250.000``, ``1250000 kr.`` and
``31.12.2024``; the authoring commands take those, and ISO dates and decimal
points too, and write the canonical form into the plan. A spelling that could
mean two things (``1.250`` for a measured figure: 1250 or 1,25?) is refused
with both readings named; a value is never silently read as another. Danish
numeric dates are always day first. The one place this is decided: every
argument of ``record`` and ``new`` that is a number, an amount or a date
passes through here.
"""

from __future__ import annotations

import datetime as dt
import re

from hplan.danish import ISO_LOOSE, SPACED, THOUSANDS, day_first
from hplan.errors import UsageError
from hplan.i18n.message import msg

# Kroner: digits with optional thousands points or spaces, optional ",00" øre.
_UNIT = re.compile(r"\s*(kr\.?|dkk)\s*", re.IGNORECASE)
_MILLIONS = re.compile(r"\s*(mio\.?|mill?\.?)\s*$", re.IGNORECASE)


def parse_date(text: str, what: str) -> dt.date:
    """A date from ``2024-12-31``, ``31.12.2024``, ``31-12-2024``, ``31/12-2024`` or ``31. december 2024``.

    ``what`` names the argument in the message of a refusal (a ``UsageError``).
    """
    value = text.strip()
    iso = ISO_LOOSE.fullmatch(value)
    if iso is not None:
        return _checked(iso.group(1), int(iso.group(2)), int(iso.group(3)), text, what)
    danish = day_first(value)
    if danish is not None:
        day, month, year = danish
        return _checked(year, month, day, text, what)
    raise UsageError(msg("a.input.date", what=what, value=text))


def _checked(year: str, month: int, day: int, text: str, what: str) -> dt.date:
    if len(year) != 4:
        raise UsageError(msg("a.input.short_year", what=what, value=text))
    try:
        return dt.date(int(year), month, day)
    except ValueError:
        raise UsageError(msg("a.input.no_such_day", what=what, value=text)) from None


def parse_amount(text: str, what: str) -> int:
    """Whole kroner from ``1250000``, ``1.250.000``, ``1 250 000``, ``1.250.000,00``, ``1250000 kr.``, ``1,25 mio.``."""
    value = _UNIT.sub(" ", text).strip()
    millions = _MILLIONS.search(value)
    if millions is not None:
        figure = _plain_decimal(value[: millions.start()].strip())
        if figure is None:
            raise UsageError(msg("a.input.amount", what=what, value=text))
        kroner = round(figure * 1_000_000, 6)
        if kroner != int(kroner):
            raise UsageError(msg("a.input.ore", what=what, value=text))
        return int(kroner)
    whole, _, ore = value.partition(",")
    if ore and ore.strip("0"):
        raise UsageError(msg("a.input.ore", what=what, value=text))
    if ore and not ore.isdigit():
        raise UsageError(msg("a.input.amount", what=what, value=text))
    if THOUSANDS.fullmatch(whole) or SPACED.fullmatch(whole):
        whole = re.sub(r"[. \u00a0]", "", whole)
    if not whole.isdigit() or not whole.isascii():
        raise UsageError(msg("a.input.amount", what=what, value=text))
    return int(whole)


def parse_figure(text: str, what: str) -> int | float:
    """A measured figure from ``46,1``, ``46.1``, ``1.250,5``, ``1.250.000`` or ``46,1 %``: an int when whole.

    A single point followed by exactly three digits (``1.250``) is refused:
    Danish reads it as 1250, English as 1.25.
    """
    value = text.strip().rstrip("%‰").strip()
    if re.fullmatch(r"-?\d{1,3}\.\d{3}", value):
        raise UsageError(
            msg(
                "a.input.ambiguous",
                what=what,
                value=text,
                thousands=value.replace(".", ""),
                decimal=value.replace(".", ",").rstrip("0").rstrip(","),
            )
        )
    if "," in value:  # a decimal comma; points before it are thousands points
        whole, _, decimals = value.partition(",")
        if THOUSANDS.fullmatch(whole.lstrip("-")):
            whole = whole.replace(".", "")
        value = f"{whole}.{decimals}"
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3}){2,}", value):
        value = value.replace(".", "")
    figure = _plain_decimal(value)
    if figure is None:
        raise UsageError(msg("a.input.figure", what=what, value=text))
    return int(figure) if figure == int(figure) and "." not in value else figure


def _plain_decimal(value: str) -> float | None:
    """``46.1`` or ``46,1`` as a float; ``None`` for anything else (no exponents, no ``nan``)."""
    if re.fullmatch(r"-?\d+([.,]\d+)?", value) is None:
        return None
    return float(value.replace(",", "."))
