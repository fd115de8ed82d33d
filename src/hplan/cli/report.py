"""``hplan report``: a plan and a year in, the yearly evaluation (målopfyldelsesskema) out as markdown or HTML.

Like ``status``, the report is informational: a plan with validation
problems is still reported, as far as it can be read, with its problems
listed (exit 0). A plan that cannot be read at all has no report: its
problems go to standard error and the exit code is 1, as for ``validate``.
Exit 2 when hplan cannot do the job: a path that does not exist, a year
outside the plan's period or with nothing recorded, a missing optional
package.
"""

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from hplan.cli.options import Color, ConfigOption, ProfilePathOption
from hplan.cli.report_common import missing_packages, packages, report_options, unreadable, write_report
from hplan.errors import HplanError, UsageError
from hplan.i18n import Language, plural
from hplan.i18n.message import msg


class ReportFormat(enum.StrEnum):
    """Output formats of ``hplan report``."""

    markdown = "markdown"
    html = "html"
    xlsx = "xlsx"


class ReportKind(enum.StrEnum):
    """Which report ``hplan report`` makes."""

    evaluation = "evaluation"
    lbf = "lbf"


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
            help="markdown, or html (one standalone page with charts), or xlsx (--kind lbf, a workbook; needs -o) "
            "[default: from the suffix of -o (.html, .xlsx), else markdown].",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        ReportKind,
        typer.Option(
            "--kind",
            help="evaluation: the steering group's yearly evaluation; lbf: the yearly report to Landsbyggefonden "
            "(accounts with the reguleringskonto, goal attainment, next year's milestone plan).",
        ),
    ] = ReportKind.evaluation,
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
    from hplan.views.yearly.render import RENDERERS, REQUIREMENTS, SUFFIXES
    from hplan.yearly.model import UnreadablePlan
    from hplan.yearly.report import yearly_report

    if kind is ReportKind.lbf:
        # lazy: the report to LBF and its views load only when asked for.
        from hplan.cli.report_lbf import report_lbf

        options, language = report_options(year, as_of, lang, profile_path, config)
        report_lbf(plan, options, output_format.value if output_format is not None else None, language, output)
    if output_format is ReportFormat.xlsx:
        raise UsageError(msg("err.report.xlsx"))
    chosen = output_format.value if output_format is not None else _format_for(output, SUFFIXES)
    missing = missing_packages(REQUIREMENTS[chosen])
    if missing:
        key = plural("err.report.needs", len(missing))
        raise HplanError(msg(key, format=chosen, packages=packages(missing), install=" ".join(missing)))
    del color  # markdown and HTML carry no terminal colour
    options, language = report_options(year, as_of, lang, profile_path, config)
    result = yearly_report(plan, options)
    if isinstance(result, UnreadablePlan):
        unreadable(result, language)
    text = RENDERERS[chosen](result, language)
    if output is None:
        sys.stdout.write(text)
    else:
        write_report(output, text)
    raise typer.Exit(0)


def _format_for(output: Path | None, suffixes: dict[str, str]) -> str:
    """The format an output file's name asks for; markdown for standard output and other names."""
    if output is None:
        return ReportFormat.markdown.value
    return suffixes.get(output.suffix.lower(), ReportFormat.markdown.value)
