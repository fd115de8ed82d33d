"""What both kinds of ``hplan report`` share: their options, a plan that cannot be read, writing the file."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from hplan.cli.options import load_settings, parse_as_of, resolve_thresholds
from hplan.errors import HplanError, UsageError, os_reason
from hplan.i18n import Language
from hplan.i18n.message import Term, msg

if TYPE_CHECKING:
    from hplan.yearly.model import UnreadablePlan
    from hplan.yearly.report import ReportOptions


def report_options(
    year: int, as_of: str | None, lang: Language | None, profile_path: list[Path] | None, config: Path | None
) -> tuple[ReportOptions, Language]:
    """The options of either kind of report, and its language."""
    # lazy: as in every command: `hplan --help` must load no YAML or pydantic code, and this does.
    from hplan.yearly.report import ReportOptions, default_as_of

    if not 1900 <= year <= 2200:
        raise UsageError(msg("err.year", year=year))
    settings = load_settings(config)
    if as_of is not None or settings.as_of is not None:
        day = parse_as_of(as_of, settings.as_of)
    else:
        day = default_as_of(year, dt.date.today())
    options = ReportOptions(
        year=year,
        as_of=day,
        thresholds=resolve_thresholds(settings),
        profile_path=tuple(profile_path or settings.profile_path),
        policy=settings.policy,
    )
    # Danish unless asked otherwise: the report's readers are Danish managers,
    # so the locale (which decides other commands' language) does not apply.
    return options, lang if lang is not None else (settings.language or "da")


def unreadable(result: UnreadablePlan, language: Language) -> NoReturn:
    """A plan that cannot be read has no report: its problems to standard error, in the report's language; exit 1."""
    # lazy: as above.
    from hplan.i18n import t, using
    from hplan.privacy import redact
    from hplan.views.validate import text_line

    with using(language):  # the problems in the report's language, as the report would list them
        for diagnostic in result.validation.problems:
            sys.stderr.write(redact(text_line(diagnostic)) + "\n")
        sys.stderr.write(t("yearly.unreadable", file=result.file) + "\n")
    raise typer.Exit(1)


def missing_packages(requirements: Iterable[tuple[str, str]]) -> list[str]:
    """The packages (pip names) of a format's ``requirements`` (import name, pip name) that are not installed."""
    return [pip for module, pip in requirements if importlib.util.find_spec(module) is None]


def packages(names: list[str]) -> Term:
    """The packages a format needs, for the message that says to install them: ``a and b``, ``a og b``."""
    return Term(" and ".join(names), " og ".join(names))


def write_report(path: Path, text: str | bytes) -> None:
    """Write a report (text, or a workbook's bytes) to ``path`` atomically; a folder or a failed write is exit 2."""
    # lazy: only a report written to a file needs tempfile, which `hplan --help` need not load.
    from hplan.fsutil import write_atomic

    if path.is_dir():
        raise UsageError(msg("err.output.folder", path=path))
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise HplanError(msg("err.output.cannot_write", path=path, reason=os_reason(exc))) from exc
