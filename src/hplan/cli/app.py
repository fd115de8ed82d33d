"""The ``hplan`` command line: the Typer app and the one place errors become exit 2.

Command modules import the core lazily, inside their functions, so that
``hplan --help`` and ``hplan --version`` load neither YAML nor pydantic code.
"""

from __future__ import annotations

import sys

import typer

from hplan import __version__
from hplan.errors import HplanError

app = typer.Typer(
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
) -> None:
    """Check, summarise and diff boligsociale helhedsplaner kept as YAML files."""


def _register() -> None:
    from hplan.cli import schema, validate

    validate.register(app)
    schema.register(app)


_register()


def main() -> None:
    """Entry point of the ``hplan`` console script and ``python -m hplan``."""
    try:
        app()
    except HplanError as exc:
        sys.stderr.write(f"hplan: error: {exc}\n")
        sys.exit(2)
    except KeyboardInterrupt:
        sys.stderr.write("hplan: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
