"""``hplan schema``: write the JSON Schema of each document kind in each language, or check they are current."""

from pathlib import Path
from typing import Annotated

import typer

from hplan.cli.options import Color, use_color


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("schema")(schema)


def schema(
    out_dir: Annotated[Path, typer.Option("--out", metavar="DIR", help="Folder for the schema files.")] = Path(
        "schemas"
    ),
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 when the files are stale.")] = False,
    color: Annotated[Color, typer.Option("--color", help="Colour the messages.")] = Color.auto,
) -> None:
    """Write the JSON Schemas from the models: plan and board in English (plan.schema.json) and Danish (plan.da.schema.json)."""
    # lazy: `hplan --help` and the other commands load none of this (no YAML, no pydantic)
    from hplan.privacy import redact
    from hplan.schema import check_schemas, write_schemas

    coloured = use_color(color)

    def say(message: str, colour: str) -> None:
        message = redact(message)  # the folder's name is the user's, as a plan's is
        typer.echo(typer.style(message, fg=colour) if coloured else message, color=coloured)

    if check:
        stale = check_schemas(out_dir)
        for name in stale:
            say(f"{out_dir / name}: stale or missing; run 'hplan schema' and commit the result", "red")
        if not stale:
            say(f"{out_dir}: schemas are current", "green")
        raise typer.Exit(1 if stale else 0)
    for path in write_schemas(out_dir):
        say(f"wrote {path}", "green")
