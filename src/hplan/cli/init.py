"""``hplan init [DIR]``: make a plan repository ready to use, overwriting nothing."""

import enum
from pathlib import Path
from typing import Annotated

import typer

from hplan.cli.language import choose_language
from hplan.i18n import Language


class CiService(enum.StrEnum):
    """The CI service whose workflow ``hplan init`` writes."""

    github = "github"
    gitlab = "gitlab"


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("init")(init)


def init(
    folder: Annotated[
        Path,
        typer.Argument(
            metavar="DIR", help="The plan repository's folder, made if missing [default: here].", show_default=False
        ),
    ] = Path("."),
    lang: Annotated[
        Language | None,
        typer.Option(
            "--lang",
            help="Language of the README, the settings and these messages [default: da when LANG starts with da, else en].",
            show_default=False,
        ),
    ] = None,
    ci: Annotated[CiService, typer.Option("--ci", help="The CI workflow to write.")] = CiService.github,
) -> None:
    """Make a plan repository: plans/, schemas/, .hplan.yaml, pre-commit, a CI workflow, editor settings, a README.

    A file that exists is never overwritten: it is named as kept. Exit 0 when
    done, 2 when a file cannot be written.
    """
    # lazy: the schemas come from the pydantic models, which `hplan --help` must not load
    from hplan.authoring.init import create, repository_files
    from hplan.views.init import report_init  # lazy: with the core it reports on

    language = choose_language(lang, None)
    outcome = create(folder, repository_files(language, ci.value))
    report_init(outcome, str(folder), ci.value, language)
