"""``hplan validate``: options in, a ValidationResult out, a reporter, an exit code."""

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
    plan_paths,
    use_color,
)


class ValidateFormat(enum.StrEnum):
    """Output formats of ``hplan validate``."""

    text = "text"
    json = "json"
    github = "github"
    gitlab = "gitlab"


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("validate")(validate)


def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Plan and board files or folders [default: the configuration's paths, else plans/]."),
    ] = None,
    output_format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ValidateFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail (exit 1) on warnings too.")] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of", metavar="DATE", help="Judge dates as of this day [default: the configuration's, else today]."
        ),
    ] = None,
    profile_path: ProfilePathOption = None,
    color: ColorOption = Color.auto,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, metavar="N", help="Worker processes for many files [default: one per CPU]."
        ),
    ] = None,
    config: ConfigOption = None,
    lang: LanguageOption = None,
) -> None:
    """Check plan and board files against the models and the rules of their profile.

    Exit 0 when no errors (with --strict: no warnings either) were found, 1 when
    some were, 2 when hplan could not run.
    """
    # lazy: `hplan --help` and the other commands load none of this (no YAML, no pydantic)
    from hplan.check.context import Options
    from hplan.check.pipeline import validate_paths
    from hplan.views.validate import REPORTERS

    settings = load_settings(config)
    options = Options(
        as_of=parse_as_of(as_of, settings.as_of),
        profile_path=tuple(profile_path or settings.profile_path),
        policy=settings.policy,
    )
    result = validate_paths(plan_paths(paths, settings.paths, settings.display), options, jobs)
    language = choose_language(lang, settings.language)
    REPORTERS[output_format.value](result, color=use_color(color), language=language)
    raise typer.Exit(1 if result.failed(strict) else 0)
