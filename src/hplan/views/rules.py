"""Reporters of ``hplan rules``: the rule table and one rule's documentation.

The README's rule table is :func:`markdown_table`'s output; a test fails when
the README's copy differs, so the table can never drift from the registry.
"""

from __future__ import annotations

import json
import re
import sys

from hplan.i18n import language, rule_summary, t, using
from hplan.rules.registry import Rule
from hplan.views import markdown as md


def scope_label(entry: Rule) -> str:
    """Where a rule is checked: ``reading``, ``plan``, ``across files``, ..."""
    return t(f"r.scope.{entry.scope}")


def severity_word(entry: Rule) -> str:
    """``error`` or ``warning`` in the report's language."""
    return t(f"r.severity.{entry.severity.value}")


def summary(entry: Rule) -> str:
    """The rule's one-line summary in the report's language."""
    return rule_summary(entry.code, entry.summary)


def markdown_table(rules: list[Rule]) -> str:
    """A Markdown table: code, name, severity, where it is checked, summary (the README's, in English)."""
    lines = [t("r.md.header"), "|---|---|---|---|---|"]
    for entry in rules:
        text = md.cell(summary(entry).replace("``", "`"))
        lines.append(f"| {entry.code} | {entry.name} | {severity_word(entry)} | {scope_label(entry)} | {text} |")
    return "\n".join(lines) + "\n"


def _text_rows(rules: list[Rule]) -> list[tuple[str, str, str, str]]:
    header = (t("r.col.code"), t("r.col.name"), t("r.col.severity"), t("r.col.summary"))
    return [header] + [(e.code, e.name, severity_word(e), summary(e)) for e in rules]


def text_table(rules: list[Rule]) -> str:
    """A plain table for the terminal (80 columns)."""
    return (
        "\n".join(f"{code:<6} {name:<28} {severity:<8} {text}" for code, name, severity, text in _text_rows(rules))
        + "\n"
    )


def rule_text(entry: Rule) -> str:
    """One rule's full documentation, as ``hplan rules HP123`` shows it.

    The explanation is the rule's docstring, in English. In another language
    the translated summary comes first, then a note that the explanation is
    English only, then the explanation with its example captions translated
    and without the docstring's markup.
    """
    head = t("r.head", code=entry.code, name=entry.name, severity=severity_word(entry), scope=scope_label(entry))
    if language() == "en":
        return f"{head}\n\n{entry.doc}\n"
    body = entry.doc.partition("\n")[2].strip("\n").replace("``", "'")
    body = re.sub(r"^Passing:$", t("r.passing"), body, flags=re.M)
    body = re.sub(r"^Failing:$", t("r.failing"), body, flags=re.M)
    return f"{head}\n\n{summary(entry)}\n\n{t('r.only_english')}\n\n{body}\n"


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


def report(rules: list[Rule], output_format: str, *, single: bool, color: bool = False, language: str = "en") -> None:
    """Write the table (or one rule's docs) in ``output_format``; JSON is English in every language."""
    if output_format == "json":
        payload: object = rule_json(rules[0]) if single else {"rules": [rule_json(r) for r in rules]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    with using(language):
        if output_format == "markdown":
            sys.stdout.write(markdown_table(rules))
        elif color:
            _write_coloured(rules, single)
        elif single:
            sys.stdout.write(rule_text(rules[0]))
        else:
            sys.stdout.write(text_table(rules))


def _write_coloured(rules: list[Rule], single: bool) -> None:
    # lazy: rich loads only for text on a terminal or in colour
    from rich.console import Console
    from rich.text import Text

    # The caller decided on colour (--color, NO_COLOR, a terminal); rich must not second-guess it.
    console = Console(highlight=False, soft_wrap=True, force_terminal=True, no_color=False, color_system="standard")
    if single:
        entry = rules[0]
        text = rule_text(entry)
        head, _, rest = text.partition("\n")
        console.print(Text(head, style="bold"))
        for line in rest.rstrip("\n").split("\n"):
            style = "green" if line == t("r.passing") else "red" if line == t("r.failing") else ""
            console.print(Text(line, style=style))
        return
    rows = _text_rows(rules)
    console.print(Text(f"{rows[0][0]:<6} {rows[0][1]:<28} {rows[0][2]:<8} {rows[0][3]}", style="bold"))
    for entry, (code, name, severity, text) in zip(rules, rows[1:], strict=True):
        row = Text()
        row.append(f"{code:<6}", style="cyan")
        row.append(f" {name:<28} ")
        row.append(f"{severity:<8}", style="red" if entry.severity.value == "error" else "yellow")
        row.append(f" {text}")
        console.print(row)
