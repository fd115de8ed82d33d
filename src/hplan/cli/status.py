"""``hplan status``: options in, a StatusResult out, a reporter, exit 0.

Status is informational: it shows the problems of a plan rather than
failing on them, so it exits 0 whatever it finds, and 2 only when it cannot
run (a path that does not exist, a bad option).
"""

import enum
from pathlib import Path
from typing import Annotated

import typer

from hplan.cli.language import choose_language
from hplan.cli.options import (
    Color,
    ColorOption,
    ConfigOption,
    LanguageOption,
    ProfilePathOption,
    first_of,
    load_settings,
    parse_as_of,
    plan_paths,
    resolve_thresholds,
    use_color,
)
from hplan.errors import UsageError


class StatusFormat(enum.StrEnum):
    """Output formats of ``hplan status``."""

    text = "text"
    markdown = "markdown"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("status")(status)


def status(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Plan files or folders [default: the configuration's paths, else plans/]; "
            "board files count in validation only."
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="Judge everything as of this day [default: the configuration's, else today].",
        ),
    ] = None,
    horizon: Annotated[
        int | None,
        typer.Option(
            "--horizon",
            metavar="DAYS",
            help="Milestones due, done and agreements ending within this many days [default: 60].",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[StatusFormat, typer.Option("--format", "-f", help="Output format.")] = StatusFormat.text,
    color: ColorOption = Color.auto,
    profile_path: ProfilePathOption = None,
    on_track: Annotated[
        float | None,
        typer.Option(
            "--on-track",
            metavar="SHARE",
            help="On track from this share of the expected progress [default: 0.9].",
            show_default=False,
        ),
    ] = None,
    at_risk: Annotated[
        float | None,
        typer.Option(
            "--at-risk",
            metavar="SHARE",
            help="At risk from this share; off track below it [default: 0.5].",
            show_default=False,
        ),
    ] = None,
    tolerance: Annotated[
        float | None,
        typer.Option(
            "--maintain-tolerance",
            metavar="SHARE",
            help="A 'maintain' criterion is on track within this share of its baseline [default: 0.05].",
            show_default=False,
        ),
    ] = None,
    stale_grace: Annotated[
        float | None,
        typer.Option(
            "--stale-grace",
            metavar="SHARE",
            help="Stale after the frequency's interval plus this share of it [default: 0.25].",
            show_default=False,
        ),
    ] = None,
    include_ended: Annotated[
        bool,
        typer.Option(
            "--include-ended",
            help="List ended plans (afsluttet) under 'needs attention' too; by default they are counted apart.",
        ),
    ] = False,
    config: ConfigOption = None,
    lang: LanguageOption = None,
) -> None:
    """Where each plan stands as of a date: criteria, milestones, budget, governance.

    One plan shows in detail; several show as a portfolio with each party's
    co-financing per year. Always exits 0 (problems are shown, not failed
    on); 2 when hplan could not run.
    """
    # lazy: `hplan --help` must import no YAML or pydantic code.
    from hplan.i18n.message import msg
    from hplan.status.options import DEFAULT_HORIZON, StatusOptions
    from hplan.status.run import status_paths

    settings = load_settings(config)
    days = first_of(horizon, settings.status.horizon, DEFAULT_HORIZON)
    if days < 0:
        raise UsageError(msg("err.horizon", days=days))
    thresholds = resolve_thresholds(settings, on_track, at_risk, tolerance, stale_grace)
    options = StatusOptions(
        as_of=parse_as_of(as_of, settings.as_of),
        horizon=days,
        thresholds=thresholds,
        profile_path=tuple(profile_path or settings.profile_path),
        include_ended=include_ended,
        policy=settings.policy,
    )
    result = status_paths(plan_paths(paths, settings.paths, settings.display), options)
    # lazy: rich and the views load only when a status is shown, never for --help
    from hplan.views.status.reporters import REPORTERS

    language = choose_language(lang, settings.language)
    REPORTERS[output_format.value](result, color=use_color(color), language=language)
    raise typer.Exit(0)
