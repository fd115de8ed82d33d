"""``hplan new [PATH]``: a new plan from a profile, asked for with prompts or given as options (``--no-input``)."""

from pathlib import Path
from typing import Annotated

import typer

from hplan.cli.language import choose_language
from hplan.cli.options import ConfigOption, LanguageOption, edit_options, load_settings


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("new")(new)


def new(
    path: Annotated[
        Path | None,
        typer.Argument(metavar="PATH", help="The plan file to write [default: plans/ID.yaml].", show_default=False),
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="The plan's name.", show_default=False)] = None,
    area: Annotated[str | None, typer.Option("--area", help="The area: neighbourhood and estates.")] = None,
    plan_id: Annotated[
        str | None, typer.Option("--id", help="The plan's id [default: made from the name].", show_default=False)
    ] = None,
    profile: Annotated[
        str | None, typer.Option("--profile", help="The profile (see hplan profiles) [default: lbf-2019-26].")
    ] = None,
    start: Annotated[
        str | None, typer.Option("--start", metavar="DATE", help="Start date: 2021-04-01 or 01.04.2021.")
    ] = None,
    focus_area: Annotated[
        list[str] | None, typer.Option("--focus-area", help="A chosen focus area, id or name; repeatable.")
    ] = None,
    party: Annotated[
        list[str] | None,
        typer.Option("--party", metavar="NAME=KIND", help="A party and its kind (municipality, ...); repeatable."),
    ] = None,
    lbf_per_year: Annotated[
        str | None, typer.Option("--lbf-per-year", metavar="AMOUNT", help="LBF's grant per plan year, in kroner.")
    ] = None,
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Ask nothing; every value must be given as an option.")
    ] = False,
    config: ConfigOption = None,
    lang: LanguageOption = None,
) -> None:
    """Write a new plan from a profile: a skeleton that validates, with comments saying what each section is for.

    Never overwrites a file. Exit 0 when written, 2 when a value is missing or wrong or the file exists.
    """
    # lazy: the skeleton is built with ruamel.yaml and checked by the validate pipeline, which `hplan --help` must not load
    from hplan.authoring.answers import Given, gather
    from hplan.authoring.new import check_new, render, write_plan
    from hplan.errors import HplanError
    from hplan.i18n import using
    from hplan.i18n.message import Joined, msg
    from hplan.views.authoring import ask, report_new

    settings = load_settings(config)
    language = choose_language(lang, settings.language)
    given = Given(name, area, profile, start, focus_area or (), party or (), lbf_per_year, plan_id)
    with using(language):
        answers = gather(given, None if no_input else ask)
        target = path if path is not None else Path("plans") / f"{answers.ident}.yaml"
        text = render(answers)
    options = edit_options(settings)
    errors = check_new(text, target, options)
    if errors:  # a skeleton that does not validate is hplan's bug; say so rather than write it
        raise HplanError(msg("err.new.invalid", errors=Joined([d.message for d in errors], "; ")))
    with using(language):
        write_plan(target, text)
    names = [answers.profile.focus_area_name(area) or area for area in answers.focus_areas]
    report_new(str(target), names, language)
