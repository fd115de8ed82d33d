"""Danish messages of the command line's help: hplan's own options and commands, and the strings Click and Typer add."""

MESSAGES: dict[str, str] = {}
