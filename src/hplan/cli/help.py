"""``--help`` and Click's usage errors in the reader's language.

The help texts are written in English where each command declares its
options; :data:`hplan.i18n.en.help` holds the same texts by id and the Danish
catalogue translates them. Typer keeps its own copy of Click without
translations, so the words Click adds ("Usage:", "Options", "Show this
message and exit.", "Error: ...") are translated here too: a help formatter
(:class:`HelpFormatter`, used by :class:`HplanContext`), the few strings
Typer passes through ``gettext`` (:func:`install`), and :func:`show_error`
for a usage error. In English everything passes through unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import IO, Any

import typer.core
from typer._click.core import Context
from typer._click.formatting import HelpFormatter as ClickFormatter
from typer._click.utils import echo, make_default_short_help

from hplan.i18n import catalogue, language, t, using

_SUFFIX = re.compile(r"^(.*?)((?:  \[[^\]]*\])*)$", re.S)  # "help text  [default: x]  [env var: Y]"


@cache
def _english_ids() -> dict[str, str]:
    """Each English help text and Click string -> its id."""
    return {text: key for key, text in catalogue("en").items() if key.startswith(("help.", "click."))}


def translated(text: str) -> str:
    """``text`` (a help text of the app, or one of Click's words) in the active language, if the catalogue has it."""
    if language() == "en" or not text:
        return text
    key = _english_ids().get(text)
    return t(key) if key is not None else text


def _help_with_extras(text: str) -> str:
    """A help text with Click's ``[default: ...]`` / ``[env var: ...]`` after it: both parts translated."""
    match = _SUFFIX.match(text)
    if match is None:  # pragma: no cover - the pattern matches every text
        return translated(text)
    body, extras = match.groups()
    if not body and extras:
        return extras
    return translated(body) + extras


def _short_help(text: str) -> str:
    """A command's line in the "Commands" list: Click cut the English; cut the translation the same way."""
    stem = text[:-3] if text.endswith("...") else text
    for english, key in _english_ids().items():
        if key.startswith("help.") and english.startswith(stem):
            return make_default_short_help(t(key), 45)
    return text


_USAGE_WORDS = {"[OPTIONS]": "[TILVALG]", "COMMAND": "KOMMANDO", "[ARGS]...": "[ARGUMENTER]..."}


class HelpFormatter(ClickFormatter):
    """Click's help formatter, writing hplan's help and Click's words in the active language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """The usage line, with ``Usage:`` and Click's placeholders translated."""
        if language() != "en":
            args = " ".join(_USAGE_WORDS.get(word, word) for word in args.split(" "))
        super().write_usage(prog, args, prefix if prefix is not None else t("click.usage"))

    def write_heading(self, heading: str) -> None:
        """A section heading (Options, Arguments, Commands)."""
        super().write_heading(translated(heading))

    def write_text(self, text: str) -> None:
        """A command's description."""
        super().write_text(translated(text))

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        """Options and their help, or commands and their short help."""
        if language() != "en":
            rows = [(term, _help_with_extras(text) if text else text) for term, text in rows]
            rows = [(term, _short_help(text) if text.endswith("...") else text) for term, text in rows]
        super().write_dl(rows, col_max, col_spacing)


class HplanContext(Context):
    """Click's context with the translating help formatter."""

    formatter_class = HelpFormatter


def _gettext(message: str) -> str:
    """What Typer asks ``gettext`` for ("default: {default}", "required", ...), in the active language."""
    return translated(message) if language() != "en" else message


def install(commands: Iterable[Any]) -> None:
    """Let ``commands`` (and Typer's ``gettext`` calls) write their help in the active language."""
    setattr(typer.core, "_", _gettext)  # noqa: B010 - Typer's module-level gettext alias, not a public name
    for command in commands:
        command.context_class = HplanContext
        # a command group's commands (``hplan record measurement``) make their own context
        install(getattr(command, "commands", {}).values())


# Click's English usage errors, as patterns over the message Click built -> the message id.
_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"No such option: (?P<name>\S+)(?: (?P<possible>\(Possible options: (?P<options>.*)\)))?$"), ""),
    (re.compile(r"No such command (?P<name>.+)\.$"), "click.no_such_command"),
    (re.compile(r"Missing argument (?P<name>.+)\.$"), "click.missing_argument"),
    (re.compile(r"Missing option (?P<name>.+)\.$"), "click.missing_option"),
    (re.compile(r"Option (?P<name>.+) requires an argument\.$"), "click.requires_argument"),
    (re.compile(r"Got unexpected extra argument \((?P<args>.*)\)$"), "click.extra_argument"),
    (re.compile(r"Got unexpected extra arguments \((?P<args>.*)\)$"), "click.extra_arguments"),
    (re.compile(r"Missing command\.$"), "click.missing_command"),
)
_DETAILS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:Value error, )?(?P<value>.+) is not one of (?P<choices>.+?)\.?$"), "click.not_one_of"),
    (re.compile(r"(?P<value>.+) is not a valid (?P<kind>.+)\.$"), "click.not_valid"),
    (re.compile(r"(?P<value>.+) is not in the range (?P<range>.+)\.$"), "click.not_in_range"),
)
_KINDS = {"integer": "heltal", "float": "tal", "boolean": "sandhedsværdi"}


def danish_error(message: str) -> str:
    """Click's English message for a usage error, in the active language where it has a known form."""
    if language() == "en":
        return message
    invalid = re.match(r"Invalid value for (?P<name>.+?): (?P<detail>.*)$", message, re.S)
    if invalid is not None:
        return t("click.invalid_value", name=invalid["name"], detail=_detail(invalid["detail"]))
    for pattern, key in _ERRORS:
        found = pattern.match(message)
        if found is None:
            continue
        if not key:  # no such option, perhaps with the options Click suggests
            possible = t("click.possible", options=found["options"]) if found["options"] else ""
            return f"{t('click.no_such_option', name=found['name'])} {possible}".rstrip()
        return t(key, **found.groupdict())
    return message


def _detail(detail: str) -> str:
    for pattern, key in _DETAILS:
        found = pattern.match(detail)
        if found is not None:
            values = found.groupdict()
            if "kind" in values:
                values["kind"] = _KINDS.get(values["kind"], values["kind"])
            return t(key, **values)
    return detail


def show_error(exc: Any, file: IO[Any] | None = None) -> None:
    """Write a usage error as Click does (usage, a hint, ``Error: ...``), in the active language."""
    ctx = getattr(exc, "ctx", None)
    color = ctx.color if ctx is not None else None
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = t("click.try", command=ctx.command_path, option=ctx.help_option_names[0]) + "\n"
        echo(f"{ctx.get_usage()}\n{hint}", file=file, err=file is None, color=color)
    echo(t("click.error", message=danish_error(exc.format_message())), file=file, err=file is None, color=color)


def translating(exc: Any) -> Callable[..., None]:
    """``exc.show`` in the active language, bound to ``exc``."""
    chosen = language()

    def show(file: IO[Any] | None = None) -> None:
        with using(chosen):
            show_error(exc, file)

    return show
