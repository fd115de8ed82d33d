"""Danish ``--help`` for every command, a command group's commands included (``hplan record measurement``).

test_danish.py checks the top-level commands; this walks the whole command
tree, so that a command added to a group (or a new group) cannot keep its
help English under ``--lang da``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import typer.main
from typer.testing import Result

from hplan.cli.app import app
from hplan.i18n import catalogue
from test_danish import english_words

Run = Callable[..., Result]


def command_paths(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Each command of the app with the words that reach it: (), ("record",), ("record", "measurement"), ..."""
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from command_paths(sub, (*path, name))


COMMANDS = list(command_paths(typer.main.get_command(app)))
NESTED = [path for path, _ in COMMANDS if len(path) > 1]


def test_the_app_has_nested_commands() -> None:
    assert ("record", "measurement") in NESTED


def test_every_nested_help_text_has_a_message_id() -> None:
    english = set(catalogue("en").values())
    texts = [command.help for _, command in COMMANDS if command.help]
    texts += [param.help for _, command in COMMANDS for param in command.params if getattr(param, "help", None)]
    missing = [text for text in texts if text not in english]
    assert not missing, f"add these to i18n/en/help.py and i18n/da/help.py: {missing}"


@pytest.mark.parametrize("path", [path for path, _ in COMMANDS], ids=lambda path: " ".join(path) or "hplan")
def test_every_help_is_danish(run_hplan: Run, path: tuple[str, ...]) -> None:
    result = run_hplan("--lang", "da", *path, "--help")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Brug: "), result.stdout
    assert "Vis denne hjælp, og afslut." in result.stdout
    found = english_words(result.stdout)
    assert not found, "\n".join(found)


def test_nested_help_stays_english_in_english(run_hplan: Run) -> None:
    result = run_hplan("--lang", "en", "record", "measurement", "--help")
    assert result.stdout.startswith("Usage: ")
    assert "Add a measurement to a success criterion, in date order." in result.stdout
