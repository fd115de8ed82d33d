"""Reporters of ``hplan rules``: the rule table and one rule's documentation.

The README's rule table is :func:`markdown_table`'s output; a test fails when
the README's copy differs, so the table can never drift from the registry.
"""

from __future__ import annotations

import json
import sys

from hplan.rules.registry import Rule

SCOPE_LABELS = {
    "read": "reading",
    "text": "whole text",
    "plan": "plan",
    "board": "board",
    "files": "across files",
}


def markdown_table(rules: list[Rule]) -> str:
    """A Markdown table: code, name, severity, where it is checked, summary."""
    lines = ["| code | name | severity | checked on | what it asks |", "|---|---|---|---|---|"]
    for entry in rules:
        summary = entry.summary.replace("|", "\\|").replace("``", "`")
        lines.append(
            f"| {entry.code} | {entry.name} | {entry.severity.value} | {SCOPE_LABELS[entry.scope]} | {summary} |"
        )
    return "\n".join(lines) + "\n"


def text_table(rules: list[Rule]) -> str:
    """A plain table for the terminal (80 columns)."""
    rows = [f"{'code':<6} {'name':<28} {'severity':<8} summary"]
    for entry in rules:
        rows.append(f"{entry.code:<6} {entry.name:<28} {entry.severity.value:<8} {entry.summary}")
    return "\n".join(rows) + "\n"


def rule_text(entry: Rule) -> str:
    """One rule's full documentation, as ``hplan rules HP123`` shows it."""
    head = f"{entry.code} {entry.name} ({entry.severity.value}, checked on {SCOPE_LABELS[entry.scope]})"
    return f"{head}\n\n{entry.doc}\n"


def rule_json(entry: Rule) -> dict[str, object]:
    """One rule as a JSON object."""
    return {
        "code": entry.code,
        "name": entry.name,
        "severity": entry.severity.value,
        "scope": entry.scope,
        "summary": entry.summary,
        "doc": entry.doc,
        "passing": entry.example("Passing"),
        "failing": entry.example("Failing"),
    }


def report(rules: list[Rule], output_format: str, *, single: bool) -> None:
    """Write the table (or one rule's docs) in ``output_format``."""
    if output_format == "json":
        payload: object = rule_json(rules[0]) if single else {"rules": [rule_json(r) for r in rules]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif output_format == "markdown":
        sys.stdout.write(markdown_table(rules))
    elif single:
        sys.stdout.write(rule_text(rules[0]))
    else:
        sys.stdout.write(text_table(rules))
