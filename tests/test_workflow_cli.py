"""What every command shares: ``--color always|never|auto`` and ``NO_COLOR``, ``--version``, shell completion.

(``hplan report`` writes markdown and HTML files; it has no colour to choose.)
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from hplan import __version__

Run = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
COMMANDS = {
    "validate": ("validate", "tests/data/cli/warnings", "--as-of", "2019-06-01"),
    "status": ("status", "plans/oest-i-centrum.yaml", "--as-of", "2018-06-01"),
    "diff": ("diff", "tests/golden/diff/old.yaml", "tests/golden/diff/new.yaml"),
    "rules": ("rules",),
    "one rule": ("rules", "HP304"),
    "schema": ("schema", "--check"),
}


@pytest.fixture(autouse=True)
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_color_always_colours_and_never_does_not(run_hplan: Run, name: str) -> None:
    always = run_hplan(*COMMANDS[name], "--color", "always", env={"NO_COLOR": "1"})
    never = run_hplan(*COMMANDS[name], "--color", "never")
    assert ESCAPE.search(always.stdout), f"{name}: --color always wins over NO_COLOR"
    assert not ESCAPE.search(never.stdout)
    assert always.exit_code == never.exit_code
    assert ESCAPE.sub("", always.stdout).split() == never.stdout.split()  # the same words, coloured


@pytest.mark.parametrize("name", list(COMMANDS))
def test_auto_is_plain_in_a_pipe_and_under_no_color(run_hplan: Run, name: str) -> None:
    assert not ESCAPE.search(run_hplan(*COMMANDS[name]).stdout)
    assert not ESCAPE.search(run_hplan(*COMMANDS[name], "--color", "auto", env={"NO_COLOR": "1"}).stdout)


def test_no_color_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from hplan.cli.options import Color, use_color

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert use_color(Color.auto, Terminal()) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(Color.auto, Terminal()) is False
    assert use_color(Color.always, Terminal()) is True


@pytest.mark.parametrize("command", ["validate", "status", "diff", "rules", "schema"])
def test_every_command_offers_color(run_hplan: Run, command: str) -> None:
    assert "--color" in run_hplan(command, "--help").stdout


@pytest.mark.parametrize("command", ["validate", "status", "diff", "rules"])
def test_every_reporting_command_offers_lang_and_config(run_hplan: Run, command: str) -> None:
    text = run_hplan(command, "--help").stdout
    assert "--lang" in text and "--config" in text


def test_version(run_hplan: Run) -> None:
    result = run_hplan("--version")
    assert (result.exit_code, result.stdout) == (0, f"hplan {__version__}\n")


def test_shell_completion_is_offered_and_completes_commands_and_values() -> None:
    shown = subprocess.run([sys.executable, "-m", "hplan", "--help"], capture_output=True, text=True, check=True)
    assert "--install-completion" in shown.stdout

    def complete(words: str) -> list[str]:
        env = {"_HPLAN_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
        if words.endswith(" "):
            env["COMP_CWORD"] = str(len(words.split()))
        result = subprocess.run(
            [str(Path(sys.executable).with_name("hplan"))], env=env, capture_output=True, text=True, check=False
        )
        return result.stdout.split()

    assert complete("hplan val") == ["validate"]
    assert complete("hplan validate --lang ") == ["da", "en"]
    assert complete("hplan status --color ") == ["auto", "always", "never"]
