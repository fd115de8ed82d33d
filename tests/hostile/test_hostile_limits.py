"""The big hostile files, each in a process of its own: located findings, documented exit codes, time and memory.

Over the size limit, nested a thousand levels deep, an alias bomb, a value
of half a million characters, five thousand findings, a number of a million
digits: every command answers with a located finding (or, for a valid plan,
its normal output) and the exit code its documentation promises, without a
traceback, within the limits docs/limits.md states - each command under
:data:`SECONDS` of CPU time on the file and the whole process (Python, hplan,
matplotlib and all six commands) under :data:`PEAK_MIB` of memory.

The files are made in a temporary folder at test time; ``measure.py`` runs
the commands in a subprocess and reports what ``resource.getrusage`` saw.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hostile.corpus import BIG, HERE, Big

GOOD = HERE.parent / "data" / "base-plan.yaml"
SECONDS = 2.0
PEAK_MIB = 200


def wanted(big: Big) -> str:
    """The start of the finding's line in every command's text output: ``file:line:column: error RULE``."""
    return f"{big.name}:{big.finding[1]}:{big.finding[2]}: error {big.finding[0]}" if big.finding else ""


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """Every big file made in one folder and measured, each in a process of its own."""
    folder = tmp_path_factory.mktemp("big")
    pairs: list[str] = []
    for big in BIG:
        (folder / big.name).write_bytes(big.make())
        pairs += [big.name, wanted(big)]
    done = subprocess.run(
        [sys.executable, str(HERE / "measure.py"), str(GOOD), *pairs],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    return folder, json.loads(done.stdout)


@pytest.mark.parametrize("big", BIG, ids=[big.name for big in BIG])
def test_big_hostile_file(big: Big, measured: tuple[Path, dict[str, Any]]) -> None:
    folder, results = measured
    result = results[big.name]
    assert "error" not in result, result
    commands = result["commands"]
    for name, outcome in commands.items():
        assert outcome["crashed"] is None and not outcome["traceback"], (name, outcome)
        assert outcome["seconds"] < SECONDS, (name, outcome["seconds"])
    assert result["peak_mib"] < PEAK_MIB

    failing = 1 if big.finding else 0
    expected = {
        "validate": failing,
        "status": 0,  # informational: it shows the problems
        "diff-new": failing,
        "diff-old": failing,
        "report-markdown": big.report,
        "report-html": big.report,
    }
    assert {name: outcome["exit"] for name, outcome in commands.items()} == expected
    if big.finding is not None:
        for name in ("validate", "diff-new", "diff-old"):
            assert list(big.finding) in commands[name]["findings"], (name, commands[name]["findings"][:5])
        for name in ("status", "report-markdown"):
            assert commands[name]["located"], (name, commands[name]["head"][:2000])
    # A report that cannot be made writes nothing; one that can, only the file it names.
    html = folder / Path(big.name).with_suffix(".report.html").name
    assert html.is_file() == (big.report == 0)
