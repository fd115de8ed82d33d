"""Danish typing habits in a value the models refused: name what was typed and the spelling to write.

The shape check (:mod:`hplan.check.shape`) asks here before it gives its
generic message for a number, an amount, a date or a fixed choice. A value
typed the way Danes write in Word and Excel (``46,1``, ``1.250.000``,
``1250000 kr``, ``01-04-2024``, ``“increase”``, ``lbf;600000``) gets a message
that shows it exactly and computes the fix from it (spec/danish.md, section 4).
Every habit here is an error (HP005): hplan never reads a different value
than the one meant.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from hplan.danish import ISO_LOOSE, SPACED, THOUSANDS, day_first
from hplan.i18n.glossary import TABLES
from hplan.i18n.message import Message, msg

Expect = Literal["int", "float", "date", "choice"]

QUOTES = "“”‘’„«»"
_THOUSANDS_ORE = re.compile(r"(\d{1,3}(?:\.\d{3})+),\d{2}")
_KRONER = re.compile(r"(?:kr\.?|DKK)\s*(.+?)|(.+?)\s*(?:kr\.?|DKK)", re.IGNORECASE)
_MILLIONS = re.compile(r"(\d+(?:[,.]\d+)?)\s*mio\.?(?:\s*kr\.?)?", re.IGNORECASE)
_COMMAS = re.compile(r"\d{1,3}(?:,\d{3})+")
_DECIMAL_COMMA = re.compile(r"-?\d+,\d+")
_PERCENT = re.compile(r"(-?\d+(?:[,.]\d+)?)\s*%")
_SEMICOLONS = re.compile(r"[^;\s]+(?:\s*;\s*[^;\s]+)+")


def explain(
    name: str, value: object, expect: Expect, *, raw: str = "", choices: tuple[str, ...] = ()
) -> Message | None:
    """The habit behind a refused ``value`` of key ``name``, or ``None`` when it is none of them.

    ``raw`` is the value as written in the file (a float YAML read from
    ``1.250``); ``choices`` are the allowed values of a fixed choice.
    """
    if isinstance(value, float) and expect == "int":
        return _point_read(name, value, raw)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) >= 2 and text[0] in QUOTES and text[-1] in QUOTES:
        return msg("hab.quotes", name=name, value=text, bare=text[1:-1])
    if expect == "date":
        return _date(name, text)
    if expect == "choice":
        return _danish_word(name, text, choices)
    if _SEMICOLONS.fullmatch(text) and not _DECIMAL_COMMA.fullmatch(text):
        return msg("hab.semicolons", name=name, value=text)
    return _number(name, text, expect)


def _point_read(name: str, value: float, raw: str) -> Message | None:
    """``lbf: 1.250``: YAML read 1.25, a Dane meant 1250."""
    if THOUSANDS.fullmatch(raw.strip()):
        written = raw.strip()
        return msg("hab.point_read", name=name, read=value, value=written, fixed=written.replace(".", ""))
    return None


def _number(name: str, text: str, expect: Expect) -> Message | None:
    if _DECIMAL_COMMA.fullmatch(text) and not (expect == "int" and _COMMAS.fullmatch(text)):
        return msg("hab.decimal_comma", name=name, value=text, fixed=text.replace(",", "."))
    percent = _PERCENT.fullmatch(text)
    if percent is not None:
        return msg("hab.percent_sign", name=name, value=text, fixed=percent.group(1).replace(",", "."))
    millions = _MILLIONS.fullmatch(text)
    if millions is not None:
        whole = round(float(millions.group(1).replace(",", ".")) * 1_000_000)
        return msg("hab.millions", name=name, value=text, fixed=str(whole))
    kroner = _KRONER.fullmatch(text)
    if kroner is not None:
        bare = (kroner.group(1) or kroner.group(2) or "").strip()
        if THOUSANDS.fullmatch(bare) or _THOUSANDS_ORE.fullmatch(bare):
            return msg("hab.thousands_kr", name=name, value=text, fixed=_whole(bare))
        if bare.isdigit():
            return msg("hab.kr", name=name, value=text, fixed=bare)
    if THOUSANDS.fullmatch(text):
        return msg("hab.thousands", name=name, value=text, fixed=text.replace(".", ""))
    if _THOUSANDS_ORE.fullmatch(text):
        return msg("hab.thousands_ore", name=name, value=text, fixed=_whole(text))
    if SPACED.fullmatch(text):
        return msg("hab.spaces", name=name, value=text, fixed=re.sub(r"\D", "", text))
    if _COMMAS.fullmatch(text):
        return msg("hab.commas", name=name, value=text, fixed=text.replace(",", ""))
    return None


def _whole(text: str) -> str:
    """``1.250.000,00`` -> ``1250000``: the whole kroner of an amount with thousands points and øre."""
    return text.split(",", maxsplit=1)[0].replace(".", "")


def _date(name: str, text: str) -> Message | None:
    danish = day_first(text)
    if danish is not None:
        return _dated(name, text, *danish)
    iso = ISO_LOOSE.fullmatch(text)
    if iso is not None:
        fixed = _iso(*(int(part) for part in iso.groups()))
        if fixed is not None:
            return msg("hab.date.zeros", name=name, value=text, fixed=fixed)
    return None


def _dated(name: str, text: str, day: int, month: int, year: str) -> Message:
    full = int(year) if len(year) == 4 else 2000 + int(year)  # the field's plans are all of this century
    fixed = _iso(full, month, day)
    if fixed is None:
        return msg("hab.date.invalid", name=name, value=text, example=_example(full, month))
    if len(year) == 2:
        return msg("hab.date.short_year", name=name, value=text, fixed=fixed)
    return msg("hab.date", name=name, value=text, fixed=fixed)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _example(year: int, month: int) -> str:
    """The last day of the month meant, when the day typed does not exist (31-02-2024 -> 2024-02-29)."""
    if not 1 <= month <= 12:
        return f"{year:04d}-01-31"
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).isoformat()


def _danish_word(name: str, text: str, choices: tuple[str, ...]) -> Message | None:
    """``status: gennemført``: the Danish word for an allowed value; the hint names the value to write."""
    wanted = text.lower()
    for table in TABLES.values():
        for key, danish in table.items():
            if key in choices and wanted in (danish.lower(), danish.lower().removeprefix("skal ")):
                expected = ", ".join(f"'{choice}'" for choice in choices)
                return msg("hab.danish_word", name=name, expected=expected, key=key, value=text)
    return None
