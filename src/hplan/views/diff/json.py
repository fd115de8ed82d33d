"""The JSON view of ``hplan diff``: the stable contract of cli.md and docs/diff.md, in English always."""

from __future__ import annotations

import json
import sys

from hplan.diff.model import DiffResult


def render_json(result: DiffResult) -> str:
    """The stable JSON contract (cli.md, docs/diff.md)."""
    return json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"


def report_json(result: DiffResult, *, color: bool = False, language: str = "en") -> None:
    """Machine-readable output for scripts and CI (English in every language: a machine contract)."""
    del color, language
    sys.stdout.write(render_json(result))
