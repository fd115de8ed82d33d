"""GitHub Actions workflow commands (``::error file=...::message``): the escaping and GitHub's limits.

A leaf: the validate view writes its annotations with it, and the command
line its one ``::error`` when hplan cannot run, without loading the core.
"""

from __future__ import annotations

# GitHub's documented limit: at most 10 error and 10 warning annotations per step; it drops the rest.
ANNOTATIONS_PER_STEP = 10


def escape_data(text: str) -> str:
    """A command's message, escaped as GitHub's runner reads it back."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (``file=``, ``title=``), escaped: it may hold no ``:`` or ``,`` either."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: str | int) -> str:
    """One workflow command: ``::LEVEL name=value,...::message``, every part escaped."""
    props = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
    return f"::{level} {props}::{escape_data(message)}" if props else f"::{level}::{escape_data(message)}"


def dropped(errors: int, warnings: int) -> str:
    """What GitHub will not annotate of so many errors and warnings, as a sentence (``""``: it shows them all)."""
    cap = ANNOTATIONS_PER_STEP
    parts = [
        f"{count - cap} of {count} {kind}s" for count, kind in ((errors, "error"), (warnings, "warning")) if count > cap
    ]
    if not parts:
        return ""
    return (
        f"GitHub shows at most {cap} error and {cap} warning annotations per step:"
        f" {' and '.join(parts)} are not annotated. Every finding is listed in this log."
    )


def wants_github(args: list[str]) -> bool:
    """Whether a command line asks for ``--format github`` (in any of the spellings Click reads)."""
    for i, arg in enumerate(args):
        if arg == "--":
            return False
        if arg in ("--format", "-f") and args[i + 1 : i + 2] == ["github"]:
            return True
        if arg in ("--format=github", "-fgithub"):
            return True
    return False
