"""Run every hplan command on files, each file in a process of its own; report exit codes, findings, time and memory.

``python measure.py GOOD-PLAN FILE TEXT [FILE TEXT ...]`` imports hplan and
the report's optional packages once, then forks one process per FILE, which
runs through the real Typer app ``validate``, ``status``, ``diff`` (both
ways round against GOOD-PLAN) and ``report`` as markdown and as HTML, each
on FILE. It prints one JSON object: per file and command, the exit code,
whether the command crashed or printed a traceback, the start of its output,
whether TEXT (a finding's ``file:line:column: error RULE``) is in its output,
the findings of its JSON output, and the seconds it took; and per file the
peak memory of its process, as ``resource.getrusage`` counts it (it includes
Python, hplan and matplotlib, about 85 MiB before any file is read).

The times are the work on the file: hplan's start-up (stated separately in
docs/limits.md) is paid once, before the fork. ``test_hostile_limits.py``
runs this in a subprocess.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from hplan.cli.app import app

KEEP = 4000  # characters of output kept per command


def commands(file: str, good: str, out: str) -> dict[str, list[str]]:
    """Each command of the sweep, by a short name."""
    return {
        "validate": ["validate", file, "--as-of", "2018-06-01", "--format", "json"],
        "status": ["status", file, "--as-of", "2018-06-01"],
        "diff-new": ["diff", good, file, "--format", "json"],
        "diff-old": ["diff", file, good, "--format", "json"],
        "report-markdown": ["report", file, "--year", "2017"],
        "report-html": ["report", file, "--year", "2017", "--format", "html", "-o", out],
    }


def _findings(stdout: str) -> list[list[object]]:
    """(rule, line, column) of the diagnostics of a JSON output."""
    try:
        found = json.loads(stdout).get("diagnostics", [])
    except ValueError:
        return []
    return [[d["rule"], d["line"], d["column"]] for d in found[:KEEP]]


def run_all(file: str, good: str, wanted: str) -> dict[str, Any]:
    """Every command on ``file``, in this process."""
    runner = CliRunner()
    results = {}
    out = str(Path(file).with_suffix(".report.html"))
    for name, args in commands(file, good, out).items():
        # CPU seconds, not wall: a blow-up shows in both, while a shared machine's other work shows only in wall.
        started = time.process_time()
        result = runner.invoke(app, args, catch_exceptions=True)
        seconds = time.process_time() - started
        crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
        output = result.stdout + result.stderr
        results[name] = {
            "exit": result.exit_code,
            "seconds": round(seconds, 3),
            "crashed": repr(result.exception) if crashed else None,
            "head": output[:KEEP],
            # the yearly report is Danish: its finding lines say "fejl" (spec/danish.md V1)
            "located": bool(wanted) and (wanted in output or wanted.replace(": error ", ": fejl ") in output),
            "findings": _findings(result.stdout) if "json" in args else [],
            "traceback": "Traceback" in output,
        }
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {"commands": results, "peak_mib": round(peak_kib / 1024, 1)}


def in_own_process(file: str, good: str, wanted: str) -> dict[str, Any]:
    """:func:`run_all` in a forked child, so that its peak memory is this file's alone."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder, "result.json")
        pid = os.fork()
        if pid == 0:  # the child
            code = 0
            try:
                report.write_text(json.dumps(run_all(file, good, wanted)), encoding="utf-8")
            except BaseException as exc:  # reported, not hidden
                report.write_text(json.dumps({"error": repr(exc)}), encoding="utf-8")
                code = 1
            os._exit(code)
        os.waitpid(pid, 0)
        result: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
        return result


def main(good: str, *pairs: str) -> None:
    import matplotlib.figure  # noqa: F401 - the HTML report's charts, before timing starts

    files = dict(zip(pairs[::2], pairs[1::2], strict=True))
    json.dump({file: in_own_process(file, good, wanted) for file, wanted in files.items()}, sys.stdout)


if __name__ == "__main__":
    main(*sys.argv[1:])
