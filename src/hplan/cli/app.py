"""The ``hplan`` command line: the Typer app and the one place errors become exit 2 (``HplanGroup``).

Command modules import the core lazily, inside their functions, so that
``hplan --help`` and ``hplan --version`` load neither YAML nor pydantic code.
"""

import gc
import os
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from hplan import __version__
from hplan.cli import diff, fmt, init, new, profiles, record, report, rules, schema, status, validate
from hplan.cli.help import HplanContext, install, translating
from hplan.cli.language import error_language, forget, remember_root_option
from hplan.errors import HplanError
from hplan.i18n import Language, t, using
from hplan.privacy import redact
from hplan.views.github import command, wants_github


class HplanGroup(TyperGroup):
    """The command group; an ``HplanError`` from any command becomes a message and exit 2 here.

    It also speaks the run's language in ``--help`` and in Click's usage
    errors (:mod:`hplan.cli.help`): ``--lang`` as typed, else the locale.
    """

    context_class = HplanContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """The group as Typer makes it; its commands write their help in the run's language."""
        super().__init__(*args, **kwargs)
        install(self.commands.values())

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        """Run the app in the language the command line and the locale ask for (a command may choose again)."""
        forget()
        given = list(sys.argv[1:] if args is None else args)
        with using(error_language(given)):
            return super().main(args, *rest, **kwargs)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Parse as Typer does; keep the command line, so that a failure can answer in the format asked for."""
        ctx.meta["hplan.args"] = list(args)
        try:
            return super().parse_args(ctx, args)
        except typer.TyperException as exc:
            _translate(exc)
            raise

    def invoke(self, ctx: Any) -> Any:
        """Run the command; turn an ``HplanError`` into its message and exit code 2."""
        # Here rather than in ``main`` so that every way of running the app
        # (console script, ``python -m hplan``, Typer's CliRunner) exits alike.
        forget()
        try:
            return super().invoke(ctx)
        except HplanError as exc:
            _annotate(ctx, str(exc))
            with using(error_language(ctx.meta.get("hplan.args", []), exc.language)):
                typer.echo(t("err.prefix", message=exc.rendered()), err=True)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            # Typer would turn it into a silent exit 130; say why hplan stopped.
            with using(error_language(ctx.meta.get("hplan.args", []))):
                typer.echo(t("err.interrupted"), err=True)
            raise typer.Exit(130) from None
        except typer.TyperException as exc:
            # Click's own usage errors repeat what was typed ("Invalid value for
            # '--format': '0101901234'"); they must not repeat a CPR-like number.
            message = getattr(exc, "message", None)
            if isinstance(message, str):
                setattr(exc, "message", redact(message))  # noqa: B010 - Click declares it Final
                if exc.exit_code == 2:
                    _annotate(ctx, exc.message)
            _translate(exc)
            raise


def _translate(exc: Any) -> None:
    """Let a usage error show itself in the run's language (Typer's Click has only English)."""
    if getattr(exc, "exit_code", None) == 2 and hasattr(exc, "format_message"):
        exc.show = translating(exc)


def _annotate(ctx: Any, reason: str) -> None:
    """With ``--format github``, say why hplan could not run as an annotation: GitHub shows no stderr on the PR."""
    if wants_github(ctx.meta.get("hplan.args", [])):
        typer.echo(command("error", f"hplan could not run: {reason}", title="hplan"))


app = typer.Typer(
    cls=HplanGroup,
    name="hplan",
    help="Boligsociale helhedsplaner as version-controlled YAML: validate, status and diff.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"hplan {__version__}")
        raise typer.Exit(0)


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print hplan's version and exit."
    ),
    lang: Annotated[
        Language | None,
        typer.Option(
            "--lang",
            help=(
                "Language of the output and the help; a command's own --lang wins "
                "[default: 'language:' in .hplan.yaml, else da when LC_ALL, LC_MESSAGES or LANG starts with da, else en]."
            ),
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check, summarise and diff boligsociale helhedsplaner kept as YAML files."""
    del version  # acts eagerly, before the command
    remember_root_option(lang)


def _register() -> None:
    validate.register(app)
    diff.register(app)
    status.register(app)
    report.register(app)
    schema.register(app)
    rules.register(app)
    init.register(app)
    new.register(app)
    profiles.register(app)
    record.register(app)
    fmt.register(app)


_register()


def main() -> None:
    """Entry point of the ``hplan`` console script and ``python -m hplan``."""
    # hplan validates with its own models only. pydantic would otherwise look
    # for third-party plugins in the metadata of every installed package, on
    # every run (9 ms here, more in a larger environment). An explicit setting is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("hplan: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    finally:
        # Speed (bench/README.md, one plan against check-jsonschema: 15-18 % of
        # the wall time): at exit Python collects garbage over every object the
        # run built - the classes and schemas of pydantic and Typer - and a
        # collection over them is slow memory traffic. Nothing is left to collect
        # (files are closed, the output is flushed at exit as always), so the
        # exit's collections skip them: frozen objects are never traversed.
        # main() ends the process; code that runs hplan in-process calls app().
        gc.freeze()
