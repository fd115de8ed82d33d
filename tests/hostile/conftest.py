"""Fixtures of the reliability sweep: the command line, built once.

Typer turns the app into a Click command on every ``CliRunner.invoke``
(about 35 ms, most of an invocation here); the sweep invokes hplan hundreds
of times, so the command is built once per session. It is the same Click
command ``hplan`` runs (``HplanGroup`` and all): only the building is shared.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pytest
import typer.testing


@pytest.fixture(autouse=True, scope="session")
def command_built_once() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        # A private function of typer's: building the click command once per session saves seconds per fuzz run.
        patch.setattr(typer.testing, "_get_command", functools.cache(typer.testing._get_command))  # type: ignore[attr-defined]
        yield
