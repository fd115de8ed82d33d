"""``hplan status``: options in, a StatusResult out, a reporter, exit 0.

Status is informational: it shows the problems of a plan rather than
failing on them, so it exits 0 whatever it finds, and 2 only when it cannot
run (a path that does not exist, a bad option).
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from hplan.cli.options import Color, parse_as_of, plan_paths, use_color
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
        typer.Argument(help="Plan files or folders [default: plans/]; board files count in validation only."),
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="DATE", help="Judge everything as of this day [default: today].")
    ] = None,
    horizon: Annotated[
        int,
        typer.Option(
            "--horizon", metavar="DAYS", help="Milestones due, done and agreements ending within this many days."
        ),
    ] = 60,
    output_format: Annotated[StatusFormat, typer.Option("--format", "-f", help="Output format.")] = StatusFormat.text,
    color: Annotated[Color, typer.Option("--color", help="Colour the text output.")] = Color.auto,
    profile_path: Annotated[
        list[Path] | None,
        typer.Option("--profile-path", metavar="DIR", help="Folder with profile files (NAME.yaml); repeatable."),
    ] = None,
    on_track: Annotated[
        float, typer.Option("--on-track", metavar="SHARE", help="On track from this share of the expected progress.")
    ] = 0.9,
    at_risk: Annotated[
        float, typer.Option("--at-risk", metavar="SHARE", help="At risk from this share; off track below it.")
    ] = 0.5,
    tolerance: Annotated[
        float,
        typer.Option(
            "--maintain-tolerance",
            metavar="SHARE",
            help="A 'maintain' criterion is on track within this share of its baseline.",
        ),
    ] = 0.05,
    stale_grace: Annotated[
        float,
        typer.Option(
            "--stale-grace", metavar="SHARE", help="Stale after the frequency's interval plus this share of it."
        ),
    ] = 0.25,
) -> None:
    """Where each plan stands as of a date: criteria, milestones, budget, governance.

    One plan shows in detail; several show as a portfolio with each party's
    co-financing per year. Always exits 0 (problems are shown, not failed
    on); 2 when hplan could not run.
    """
    from hplan.report.status import REPORTERS
    from hplan.status import StatusOptions, Thresholds, status_paths

    if horizon < 0:
        raise UsageError(f"--horizon {horizon}: the horizon is a number of days, 0 or more")
    try:
        thresholds = Thresholds(on_track, at_risk, tolerance, stale_grace)
    except ValueError as exc:
        raise UsageError(f"--on-track/--at-risk/--maintain-tolerance/--stale-grace: {exc}") from None
    options = StatusOptions(
        as_of=parse_as_of(as_of),
        horizon=horizon,
        thresholds=thresholds,
        profile_path=tuple(profile_path or ()),
    )
    result = status_paths(plan_paths(paths), options)
    REPORTERS[output_format.value](result, color=use_color(color))
    raise typer.Exit(0)
