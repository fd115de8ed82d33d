"""Text and markdown output in English or Danish: one message catalogue, one ``Language``.

Each language is a package (:mod:`hplan.i18n.en`, :mod:`hplan.i18n.da`) with
one module per command (:data:`PARTS`); :func:`catalogue` merges a language's
modules into one mapping from message id to a ``str.format`` template.
English is the source, and a test holds every language to the same ids and
placeholders. A counted message has two ids, ``ID.one`` and ``ID.other``,
picked by :func:`tn`.

The reporters choose a language for the duration of one report
(:func:`using`); the small phrase helpers they share read it from a context
variable, so that they keep their signatures whichever command calls them.
JSON output never passes through here: it is a machine contract, in English.

Danish output also writes numbers the Danish way: a thousands point and a
decimal comma (``10.398.000 kr.``, ``27,0 %``) - see :func:`number`.
"""

from __future__ import annotations

import datetime as dt
import importlib
import string
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any, Literal, get_args

# In this order on the command line (``--lang <da|en>``), where typer lists a Literal's values as choices.
Language = Literal["da", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
# The modules of each language's package, one per command and one for the shared terms.
PARTS = (
    "common",
    "validate",
    "diff",
    "status",
    "rules",
    "yearly",
    "init",
    "governance",
    "authoring",
    "criteria",
    "schema",
    "schema_money",
    "money",
    "findings",
    "shape",
    "errors",
    "help",
)

_active: ContextVar[Language] = ContextVar("hplan_language", default="en")
_DANISH_NUMBER = str.maketrans(",.", ".,")


@cache
def catalogue(language: Language) -> Mapping[str, str]:
    """Every message of one language, by id: its modules' messages merged."""
    messages: dict[str, str] = {}
    for part in PARTS:
        messages.update(importlib.import_module(f"hplan.i18n.{language}.{part}").MESSAGES)
    return messages


def language() -> Language:
    """The language of the report being written."""
    return _active.get()


@contextmanager
def using(choice: str) -> Iterator[None]:
    """Write in ``choice`` (``en`` or ``da``; anything else is English) inside the block."""
    token = _active.set("da" if choice == "da" else "en")
    try:
        yield
    finally:
        _active.reset(token)


def t(key: str, /, **values: object) -> str:
    """The message ``key`` in the active language, with its placeholders filled.

    In English a value prints as ``str.format`` prints it. In another
    language dates, numbers with a format spec and translatable values
    (:class:`~hplan.i18n.message.Message`) print the reader's way (:class:`_Formatter`).
    """
    active = _active.get()
    template = catalogue(active).get(key)
    if template is None:  # a message missing in Danish still reads, in English
        template = catalogue("en")[key]
    if not values:
        return template
    if active == "en":
        return template.format(**values)
    return _FORMATTER.vformat(template, (), values)


class _Formatter(string.Formatter):
    """``str.format`` that writes dates, numbers and translatable values in the active language."""

    def format_field(self, value: Any, format_spec: str) -> str:
        rendered = getattr(value, "rendered", None)
        if rendered is not None and isinstance(value, str):  # a Message or a Term
            return str(rendered())
        if isinstance(value, dt.date) and not format_spec:
            return date(value)
        if format_spec == "long" and isinstance(value, dt.date):
            return long_date(value)
        if format_spec and isinstance(value, (int, float)) and not isinstance(value, bool):
            text = number(value, format_spec)
            if format_spec.endswith("%") and _active.get() == "da":
                return text[:-1] + " %"  # Danish sets a space before the sign
            return text
        return str(super().format_field(value, format_spec))


_FORMATTER = _Formatter()


def tn(key: str, count: int, /, **values: object) -> str:
    """A counted message: ``KEY.one`` for 1, ``KEY.other`` otherwise; ``{count}`` is the count, as :func:`number`."""
    return t(plural(key, count), count=number(count), **values)


def plural(key: str, count: int) -> str:
    """The id of the counted message ``key``'s form for ``count``: ``KEY.one`` for 1, ``KEY.other`` otherwise."""
    return f"{key}.{'one' if count == 1 else 'other'}"


def number(value: int | float | str, spec: str = ",") -> str:
    """A number formatted with ``spec`` (``","``, ``",.1f"``), with Danish separators in Danish."""
    text = value if isinstance(value, str) else format(value, spec)
    return text.translate(_DANISH_NUMBER) if _active.get() == "da" else text


def figure(value: float) -> str:
    """A measured value as its authors would write it: ``24``, ``23.1``, ``162,000``, ``3.66`` (Danish ``23,1``)."""
    if value == int(value):
        return number(int(value))
    return number(f"{value:,.2f}".rstrip("0").rstrip("."))


def date(value: dt.date) -> str:
    """A date as the reader writes it: ISO (``2018-09-30``) in English, ``30.09.2018`` in Danish."""
    return value.strftime("%d.%m.%Y") if _active.get() == "da" else value.isoformat()


def long_date(value: dt.date) -> str:
    """A date for prose: ``27. februar 2018`` in Danish (Babel's CLDR month names), ``27 February 2018`` in English."""
    if _active.get() != "da":
        return f"{value.day} {value:%B %Y}"
    # lazy: Babel (CLDR data) loads only when Danish prose asks for a month's name
    from babel.dates import format_date

    return str(format_date(value, "d. MMMM y", locale="da_DK"))


def percent(share: float, decimals: int = 0) -> str:
    """A fraction as a percentage: ``27%`` in English, ``27 %`` in Danish (as Danish typesetting has it)."""
    value = round(share * 100, decimals)
    figure = number(value if value else 0.0, f",.{decimals}f")  # -0.1 % to no decimals is 0 %, not -0 %
    return t("unit.percent", value=figure)


@cache
def rule_summaries(language: Language) -> Mapping[str, str]:
    """The rule summaries of a language other than English, by code (English: the registry's docstrings)."""
    module = importlib.import_module(f"hplan.i18n.{language}.rules")
    summaries: Mapping[str, str] = getattr(module, "RULES", {})
    return summaries


def rule_summary(code: str, english: str) -> str:
    """A rule's one-line summary in the active language (the registry holds the English)."""
    active = _active.get()
    if active == "en":
        return english
    return rule_summaries(active).get(code, english)
