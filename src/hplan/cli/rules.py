"""``hplan rules [CODE]``: the table of every rule, or one rule's documentation."""

import enum
from typing import Annotated

import typer

from hplan.cli.language import choose_language
from hplan.cli.options import (
    Color,
    ColorOption,
    ConfigOption,
    LanguageOption,
    load_settings,
    use_color,
)


class RulesFormat(enum.StrEnum):
    """Output formats of ``hplan rules``."""

    text = "text"
    markdown = "markdown"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("rules")(rules)


def rules(
    code: Annotated[str | None, typer.Argument(help="A rule code (HP304) or name (target-direction).")] = None,
    output_format: Annotated[RulesFormat, typer.Option("--format", "-f", help="Output format.")] = RulesFormat.text,
    color: ColorOption = Color.auto,
    lang: LanguageOption = None,
    config: ConfigOption = None,
) -> None:
    """List every rule hplan checks, or explain one with a passing and a failing example."""
    # lazy: `hplan --help` and the other commands load none of this (no YAML, no pydantic)
    from hplan.errors import UsageError
    from hplan.i18n.message import did_you_mean, msg
    from hplan.rules.registry import all_rules
    from hplan.views.rules import report

    registry = all_rules()
    settings = load_settings(config)
    coloured, language = use_color(color), choose_language(lang, settings.language)
    if code is None:
        report(registry, output_format.value, single=False, color=coloured, language=language)
        return
    wanted = code.strip()
    for entry in registry:
        if wanted.upper() == entry.code or wanted.lower() == entry.name:
            report([entry], output_format.value, single=True, color=coloured, language=language)
            return
    names, codes = [r.name for r in registry], [r.code for r in registry]
    hint = did_you_mean(wanted, names) or did_you_mean(wanted.upper(), codes)
    raise UsageError(msg("err.no_rule", wanted=wanted, hint=hint))
