"""``hplan diff``: two plan versions (or two revisions) in, changes with approval levels out, exit code."""

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


def _note(key: str, language: str, *, key_: str = "", **values: object) -> str:
    """A note on stderr about the approvals, in ``language``; ``level`` names who approves."""
    # lazy: the catalogue is needed only once a diff has run
    from hplan.i18n import using
    from hplan.i18n.glossary import term
    from hplan.i18n.message import msg

    with using(language):
        return msg(key, level=term("approver", key_), key=key_, **values).rendered()


def _bodies(bodies: tuple[str, ...] | list[str], language: str) -> str:
    """The approving bodies, by their names in ``language`` (a party by its id)."""
    # lazy: the catalogue is needed only once a diff has run
    from hplan.i18n import using
    from hplan.i18n.glossary import term

    with using(language):
        return ", ".join(term("body", body).rendered() for body in bodies)


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
    from hplan.i18n import plural
    from hplan.i18n.message import msg
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
        raise UsageError(msg("err.diff.head"))
    elif len(given) == 2:
        result = diff_files(given[0], given[1], options)
    else:
        raise UsageError(msg(plural("err.diff.args", len(given)), count=len(given)))
    language = choose_language(lang, settings.language)
    REPORTERS[output_format.value](result, color=use_color(color), language=language)
    failed = bool(result.diagnostics or result.rule_errors)
    if fail_on is not None and result.reaches(fail_on.value):
        failed = True
        typer.echo(_note("err.diff.fail_on", language, key_=fail_on.value), err=True)
    if check_approvals:
        for plan in result.unapproved():
            note = _note(
                "err.diff.unapproved",
                language,
                plan=plan.id,
                needed=_bodies(plan.needed, language),
                missing=_bodies(plan.missing, language),
            )
            typer.echo(note, err=True)
            failed = True
    raise typer.Exit(1 if failed else 0)
