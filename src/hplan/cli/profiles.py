"""``hplan profiles``: the built-in profiles with their focus areas (ids and names) and rules."""

import typer

from hplan.cli.language import choose_language
from hplan.cli.options import LanguageOption


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("profiles")(profiles)


def profiles(lang: LanguageOption = None) -> None:
    """List the built-in profiles (LBF funding rounds): focus areas, minimum local share, period length."""
    # lazy: the profiles are pydantic models, which `hplan --help` must not load
    from hplan.profiles import builtin, builtin_names
    from hplan.views.authoring import report_profiles

    found = [builtin(name) for name in builtin_names()]
    report_profiles([profile for profile in found if profile is not None], choose_language(lang, None))
