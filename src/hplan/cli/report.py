"""``hplan report``: a plan and a year in, the yearly evaluation (målopfyldelsesskema) out as markdown or HTML.

Like ``status``, the report is informational: a plan with validation
problems is still reported, as far as it can be read, with its problems
listed (exit 0). A plan that cannot be read at all has no report: its
problems go to standard error and the exit code is 1, as for ``validate``.
Exit 2 when hplan cannot do the job: a path that does not exist, a year
outside the plan's period or with nothing recorded, a missing optional
package.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from hplan.cli.options import Color, ConfigOption, ProfilePathOption, load_settings, parse_as_of, resolve_thresholds
from hplan.errors import HplanError, UsageError
from hplan.i18n import Language


class ReportFormat(enum.StrEnum):
    """Output formats of ``hplan report``."""

    markdown = "markdown"
    html = "html"


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("report")(report)


def report(
    plan: Annotated[Path, typer.Argument(metavar="PLAN", help="The plan file.", show_default=False)],
    year: Annotated[
        int, typer.Option("--year", metavar="YYYY", help="The calendar year to evaluate.", show_default=False)
    ],
    output_format: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="markdown, or html (one standalone page with charts) [default: html when -o names an .html file, "
            "else markdown].",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        Language | None,
        typer.Option(
            "--lang", help="The report's language [default: the configuration's, else da].", show_default=False
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the report to FILE [default: standard output].",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="Describe things as of this day [default: 31 December of the year, or today if earlier].",
            show_default=False,
        ),
    ] = None,
    profile_path: ProfilePathOption = None,
    color: Annotated[
        Color,
        typer.Option("--color", help="Accepted like on every command; a report (markdown, HTML) has no colour."),
    ] = Color.auto,
    config: ConfigOption = None,
) -> None:
    """The yearly evaluation of a plan: goal attainment per success criterion, milestones, budget, decisions.

    For the steering group's yearly evaluation meeting and the yearly report
    to Landsbyggefonden. Danish by default. Exits 0 when the report is made
    (validation problems are listed in it), 1 when the plan cannot be read,
    2 when hplan could not run.
    """
    # lazy: as in every command: `hplan --help` must load no YAML or pydantic code, and these do.
    from hplan.i18n import t, using
    from hplan.i18n.message import msg
    from hplan.privacy import redact
    from hplan.views.validate import text_line
    from hplan.views.yearly.render import RENDERERS, SUFFIXES, missing_requirements
    from hplan.yearly.model import UnreadablePlan
    from hplan.yearly.report import ReportOptions, default_as_of, yearly_report

    chosen = output_format.value if output_format is not None else _format_for(output, SUFFIXES)
    missing = missing_requirements(chosen)
    if missing:
        raise HplanError(
            f"hplan report --format {chosen} needs {' and '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} "
            f"not installed; install {'it' if len(missing) == 1 else 'them'} with: pip install {' '.join(missing)}"
        )
    if not 1900 <= year <= 2200:
        raise UsageError(msg("err.year", year=year))
    del color  # markdown and HTML carry no terminal colour
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
    result = yearly_report(plan, options)
    # Danish unless asked otherwise: the report's readers are Danish managers,
    # so the locale (which decides other commands' language) does not apply.
    language: Language = lang if lang is not None else (settings.language or "da")
    if isinstance(result, UnreadablePlan):
        with using(language):  # the problems in the report's language, as the report would list them
            for diagnostic in result.validation.problems:
                sys.stderr.write(redact(text_line(diagnostic)) + "\n")
            sys.stderr.write(t("yearly.unreadable", file=result.file) + "\n")
        raise typer.Exit(1)
    text = RENDERERS[chosen](result, language)
    if output is None:
        sys.stdout.write(text)
    else:
        _write(output, text)
    raise typer.Exit(0)


def _format_for(output: Path | None, suffixes: dict[str, str]) -> str:
    """The format an output file's name asks for; markdown for standard output and other names."""
    if output is None:
        return ReportFormat.markdown.value
    return suffixes.get(output.suffix.lower(), ReportFormat.markdown.value)


def _write(path: Path, text: str) -> None:
    # lazy: only a report written to a file needs tempfile, which `hplan --help` need not load.
    from hplan.fsutil import write_atomic

    if path.is_dir():
        raise UsageError(f"-o {path}: is a folder; name the file to write")
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise HplanError(f"-o {path}: cannot write the report ({exc.strerror or exc})") from exc
