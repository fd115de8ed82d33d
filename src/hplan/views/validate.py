"""Reporters of ``hplan validate``: text, json and github, chosen from a dict."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from hplan.check.pipeline import ValidationResult
from hplan.diagnostics import Diagnostic
from hplan.i18n import t, tn, using
from hplan.rules.registry import RULES

Reporter = Callable[..., None]


def _summary(result: ValidationResult) -> str:
    files = tn("count.files", len(result.files))
    hidden = tn("v.suppressed", len(result.suppressed)) if result.suppressed else ""
    if not result.diagnostics:
        return t("v.summary.clean", files=files, suppressed=hidden)
    errors, warnings = tn("count.errors", result.errors), tn("count.warnings", result.warnings)
    return t("v.summary", files=files, errors=errors, warnings=warnings, suppressed=hidden)


def _rule_name(code: str) -> str:
    entry = RULES.get(code)
    return entry.name if entry is not None else ""


def text_line(d: Diagnostic) -> str:
    """``file:line:col: severity HPnnn message [path]``: one finding per line."""
    where = f" [{d.path}]" if d.path else ""
    line = f"{d.file}:{d.line}:{d.column}: {d.severity.value} {d.rule} {d.message}{where}"
    # One finding per line, whatever a quoted key or value held.
    return line.replace("\r", "\\r").replace("\n", "\\n")


def report_text(result: ValidationResult, *, color: bool = False, language: str = "en") -> None:
    """One line a finding, grep- and editor-friendly, then a summary (in ``language``).

    The finding lines keep ``error``/``warning`` and the rule code in every
    language: editors and CI problem matchers read them.
    """
    with using(language):
        _write_text(result, color)


def _write_text(result: ValidationResult, color: bool) -> None:
    if not color:
        out = [text_line(d) for d in result.diagnostics]
        out.append(_summary(result))
        sys.stdout.write("\n".join(out) + "\n")
        return
    from rich.console import Console
    from rich.text import Text

    # The caller decided on colour (--color, NO_COLOR, TERM, a terminal or not):
    # rich must not second-guess it, or --color always would be plain in a pipe.
    console = Console(highlight=False, soft_wrap=True, force_terminal=True, no_color=False, color_system="standard")
    for d in result.diagnostics:
        line = Text()
        line.append(f"{d.file}:{d.line}:{d.column}:", style="bold")
        line.append(f" {d.severity.value}", style="bold red" if d.is_error else "yellow")
        line.append(f" {d.rule}", style="cyan")
        line.append(f" {d.message}")
        if d.path:
            line.append(f" [{d.path}]", style="dim")
        console.print(line)
    style = "bold red" if result.errors else ("yellow" if result.warnings else "bold green")
    console.print(Text(_summary(result), style=style))


def report_json(result: ValidationResult, *, color: bool = False, language: str = "en") -> None:
    """The stable JSON contract of ``docs/json.md`` (English in every language: a machine contract)."""
    del color, language
    payload = {
        "diagnostics": [d.to_json() for d in result.diagnostics],
        "suppressed": [s.to_json() for s in result.suppressed],
        "summary": {
            "files": len(result.files),
            "errors": result.errors,
            "warnings": result.warnings,
            "suppressed": len(result.suppressed),
        },
    }
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def report_github(result: ValidationResult, *, color: bool = False, language: str = "en") -> None:
    """GitHub Actions workflow commands, so findings appear inline on the pull request (always English)."""
    del color, language
    out = []
    for d in result.diagnostics:
        level = "error" if d.is_error else "warning"
        title = _escape_property(f"{d.rule} {_rule_name(d.rule)}".strip())
        message = _escape_data(f"{d.message} [{d.path}]" if d.path else d.message)
        out.append(f"::{level} file={_escape_property(d.file)},line={d.line},col={d.column},title={title}::{message}")
    out.append(_summary(result))
    sys.stdout.write("\n".join(out) + "\n")


REPORTERS: dict[str, Reporter] = {"text": report_text, "json": report_json, "github": report_github}
