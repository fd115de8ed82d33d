"""``hplan fmt [PATHS] [--check]``: write plan and board files in the one canonical layout.

Exit 0 when every file is formatted (or was formatted now), 1 with
``--check`` when a file would change or when a file cannot be read as YAML,
2 when hplan could not run.
"""

from pathlib import Path
from typing import Annotated

import typer

from hplan.cli.language import choose_language
from hplan.cli.options import ConfigOption, LanguageOption, edit_options, load_settings, plan_paths


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("fmt")(fmt)


def fmt(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Plan and board files or folders [default: the configuration's paths, else plans/]."),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; list the files that would change and exit 1 if any.")
    ] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Write nothing; print what would change as a diff.")] = False,
    config: ConfigOption = None,
    lang: LanguageOption = None,
) -> None:
    """Format plan files: indentation, key order, flow style for short records, quoting; comments kept.

    Formatting never changes what a file means: hplan checks that the new text
    reads as the same data before it writes, and writes atomically.
    """
    # lazy: the formatter loads ruamel.yaml, the models and the validate pipeline, which `hplan --help` must not
    from hplan.authoring.edit import edit_file
    from hplan.authoring.fmt import canonical
    from hplan.check.pipeline import discover
    from hplan.i18n import using
    from hplan.views.authoring import report_fmt

    settings = load_settings(config)
    options = edit_options(settings)
    language = choose_language(lang, settings.language)
    files = discover(plan_paths(paths, settings.paths, settings.display))
    with using(language):
        edits = [edit_file(path, canonical, options, dry_run=check or diff, require_valid=False) for path, _ in files]
    raise typer.Exit(report_fmt(edits, check, diff, language))
