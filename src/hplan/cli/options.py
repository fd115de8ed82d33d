"""Option types and helpers shared by the commands (no domain logic here)."""

from __future__ import annotations

import datetime as dt
import enum
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from hplan.errors import UsageError
from hplan.i18n import Language
from hplan.i18n.message import Message, msg

if TYPE_CHECKING:
    from hplan.check.context import Options
    from hplan.config import Config
    from hplan.status.options import Thresholds

T = TypeVar("T", int, float)

DEFAULT_PLANS = Path("plans")


class Color(enum.StrEnum):
    """When to colour text output."""

    auto = "auto"
    always = "always"
    never = "never"


ProfilePathOption = Annotated[
    list[Path] | None,
    typer.Option("--profile-path", metavar="DIR", help="Folder with profile files (NAME.yaml); repeatable."),
]
ColorOption = Annotated[Color, typer.Option("--color", help="Colour the text output.")]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FILE",
        envvar="HPLAN_CONFIG",
        help="Configuration file [default: the nearest .hplan.yaml up to the git root].",
        show_default=False,
    ),
]
LanguageOption = Annotated[
    Language | None,
    typer.Option(
        "--lang",
        help=(
            "Language of text and markdown output [default: 'language:' in .hplan.yaml, else da when LC_ALL, "
            "LC_MESSAGES or LANG starts with da, else en]."
        ),
        show_default=False,
    ),
]


def load_settings(config: Path | None) -> Config:
    """The configuration file named by ``--config``, or the one found from here (imports pydantic)."""
    # lazy: the configuration's model is pydantic, which `hplan --help` must not load.
    from hplan.config import discover_config

    return discover_config(config)


def edit_options(settings: Config) -> Options:
    """The checks an edit is held to (``new``, ``record``, ``fmt``): validate's, as the configuration sets them."""
    # lazy: the checking core loads pydantic, which `hplan --help` must not load.
    from hplan.check.context import Options

    return Options(as_of=parse_as_of(None, settings.as_of), profile_path=settings.profile_path, policy=settings.policy)


def parse_as_of(value: str | None, default: dt.date | None = None) -> dt.date:
    """``--as-of DATE`` as a date; else the configuration's default; else today."""
    if value is None:
        return default if default is not None else dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(_as_of_problem(value)) from None


def _as_of_problem(value: str) -> Message:
    """Why ``--as-of VALUE`` is not a date: a Danish date gets its ISO spelling."""
    # lazy: the input habits module loads only when --as-of is mistyped
    from hplan.check.habits import explain

    habit = explain("--as-of", value, "date")
    fixed = habit.values.get("fixed") if habit is not None else None
    if fixed is not None:
        return msg("err.as_of.danish", value=value, fixed=fixed)
    return msg("err.as_of", value=value)


def plan_paths(paths: list[Path] | None, configured: Sequence[Path] = (), source: str = "") -> list[Path]:
    """The PATHS given, else the configuration's ``paths`` (from ``source``), else ``plans/`` here."""
    if paths:
        return paths
    if configured:
        for path in configured:
            if not path.exists():
                raise UsageError(msg("err.config_path", source=source, path=path))
        return list(configured)
    if not DEFAULT_PLANS.is_dir():
        raise UsageError(msg("err.no_plans"))
    return [DEFAULT_PLANS]


def use_color(choice: Color, stream: object = None) -> bool:
    """Colour on a terminal unless NO_COLOR is set or TERM is dumb; ``--color`` overrides all three."""
    if choice is Color.always:
        return True
    if choice is Color.never or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    target = stream if stream is not None else sys.stdout
    isatty = getattr(target, "isatty", None)
    return bool(isatty and isatty())


def first_of(given: T | None, configured: T | None, default: T) -> T:
    """The command line's value, else the configuration's, else the command's default."""
    if given is not None:
        return given
    return configured if configured is not None else default


def resolve_thresholds(
    settings: Config,
    on_track: float | None = None,
    at_risk: float | None = None,
    tolerance: float | None = None,
    stale_grace: float | None = None,
) -> Thresholds:
    """Status thresholds: the options given, else the configuration's, else the defaults."""
    # lazy: the status core imports pydantic, which `hplan --help` must not load.
    from hplan.status.options import Thresholds

    defaults, standard = settings.status, Thresholds()
    try:
        return Thresholds(
            first_of(on_track, defaults.on_track, standard.on_track),
            first_of(at_risk, defaults.at_risk, standard.at_risk),
            first_of(tolerance, defaults.maintain_tolerance, standard.maintain_tolerance),
            first_of(stale_grace, defaults.stale_grace, standard.stale_grace),
        )
    except ValueError as exc:
        where = msg("err.thresholds.where", file=settings.display) if settings.file is not None else ""
        raise UsageError(msg("err.thresholds", where=where, problem=exc.args[0])) from None
