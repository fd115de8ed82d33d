"""English help of the command line: hplan's options and commands, and the strings Click and Typer add."""

MESSAGES: dict[str, str] = {}
