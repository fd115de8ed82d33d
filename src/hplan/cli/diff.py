"""``hplan diff``: two plan versions (or two revisions) in, changes with approval levels out, exit code."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from hplan.cli.options import (
    Color,
    ColorOption,
    ConfigOption,
    LanguageOption,
    ProfilePathOption,
    choose_language,
    load_settings,
    parse_as_of,
    use_color,
)


class DiffFormat(enum.StrEnum):
    """Output formats of ``hplan diff``."""

    text = "text"
    markdown = "markdown"
    json = "json"


class FailOn(enum.StrEnum):
    """The approval level at which ``--fail-on`` exits 1 (``any``: any change at all)."""

    lbf = "lbf"
    board = "board"
    any = "any"


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("diff")(diff)


def diff(
    sides: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="OLD NEW | PATHS...",
            help="Two plan (or board) files, each a path or a git REV:PATH; with --base, the files and "
            "folders to compare [default: the configuration's paths, else plans/].",
            show_default=False,
        ),
    ] = None,
    base: Annotated[
        str | None,
        typer.Option("--base", metavar="REV", help="Compare every plan and board that differs from this git revision."),
    ] = None,
    head: Annotated[
        str | None,
        typer.Option("--head", metavar="REV", help="With --base: the newer revision [default: the working tree]."),
    ] = None,
    output_format: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = DiffFormat.text,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 when a change needs at least this approval (any: any change)."),
    ] = None,
    check_approvals: Annotated[
        bool,
        typer.Option(
            "--check-approvals",
            help="Exit 1 unless the new revisions entries of each changed plan or board record every approval "
            "its changes need (each body: lbf, board, a party).",
        ),
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="Judge dates as of this day: the rules' errors, and approvals recorded by then "
            "[default: the configuration's, else today].",
        ),
    ] = None,
    profile_path: ProfilePathOption = None,
    color: ColorOption = Color.auto,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, metavar="N", help="Worker processes for many changed plans [default: one per CPU]."
        ),
    ] = None,
    config: ConfigOption = None,
    lang: LanguageOption = None,
) -> None:
    """Show what changed between two versions of plans or boards, and who must approve it.

    Each change names its place in the plan, the old and new value, and the
    approval it needs under the plan's profile: lbf, board or none, and every
    body that must give it (a party too). Exit 0 when nothing fails, 1 when a
    side could not be compared, a new version breaks a rule, or a gate
    (--fail-on, --check-approvals) fails, 2 when hplan could not run (a bad
    revision, a missing path).
    """
    # lazy: `hplan --help` and the other commands load none of this (no YAML, no pydantic)
    from hplan.diff.model import DiffOptions
    from hplan.diff.sources import diff_files, diff_revisions
    from hplan.errors import UsageError
    from hplan.views.diff import REPORTERS

    settings = load_settings(config)
    options = DiffOptions(
        profile_path=tuple(profile_path or settings.profile_path),
        jobs=jobs,
        as_of=parse_as_of(as_of, settings.as_of),
        policy=settings.policy,
    )
    given = sides or []
    if base is not None:
        paths = [Path(p) for p in given] or list(settings.paths) or [Path("plans")]
        result = diff_revisions(base, head, paths, options)
    elif head is not None:
        raise UsageError("--head needs --base: hplan diff --base REV --head REV [PATHS...]")
    elif len(given) == 2:
        result = diff_files(given[0], given[1], options)
    else:
        raise UsageError(
            f"hplan diff takes OLD and NEW (got {len(given)} argument{'s' * (len(given) != 1)}), "
            "or --base REV [--head REV] [PATHS...]"
        )
    REPORTERS[output_format.value](result, color=use_color(color), language=choose_language(lang, settings.language))
    failed = bool(result.diagnostics or result.rule_errors)
    if fail_on is not None and result.reaches(fail_on.value):
        failed = True
        typer.echo(f"hplan: a change needs {fail_on.value} approval or more (--fail-on {fail_on.value})", err=True)
    if check_approvals:
        for plan in result.unapproved():
            typer.echo(
                f"hplan: {plan.id}: the changes need approval by {', '.join(plan.needed)}, but the revisions log "
                f"has no new entry approved by {', '.join(plan.missing)} (--check-approvals)",
                err=True,
            )
            failed = True
    raise typer.Exit(1 if failed else 0)
