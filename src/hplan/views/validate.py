"""Reporters of ``hplan validate``: text, json, github and gitlab, chosen from a dict."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable

from hplan.check.pipeline import ValidationResult
from hplan.diagnostics import Diagnostic
from hplan.i18n import t, tn, using
from hplan.i18n.message import localize
from hplan.rules.registry import RULES
from hplan.views import github

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


def severity_word(d: Diagnostic) -> str:
    """``error``/``warning``, or ``fejl``/``advarsel`` in Danish."""
    return t(f"v.severity.{d.severity.value}")


def text_line(d: Diagnostic) -> str:
    """``file:line:col: severity HPnnn message [path]``: one finding per line, in the active language."""
    where = f" [{d.path}]" if d.path else ""
    line = f"{d.file}:{d.line}:{d.column}: {severity_word(d)} {d.rule} {localize(d.message)}{where}"
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
    # lazy: rich loads only for text on a terminal or in colour; the pre-commit run stays fast
    from rich.console import Console
    from rich.text import Text

    # The caller decided on colour (--color, NO_COLOR, TERM, a terminal or not):
    # rich must not second-guess it, or --color always would be plain in a pipe.
    console = Console(highlight=False, soft_wrap=True, force_terminal=True, no_color=False, color_system="standard")
    for d in result.diagnostics:
        line = Text()
        line.append(f"{d.file}:{d.line}:{d.column}:", style="bold")
        line.append(f" {severity_word(d)}", style="bold red" if d.is_error else "yellow")
        line.append(f" {d.rule}", style="cyan")
        line.append(f" {localize(d.message)}")
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


def report_github(result: ValidationResult, *, color: bool = False, language: str = "en") -> None:
    """GitHub Actions workflow commands, so findings appear inline on the pull request (always English).

    GitHub shows the first ten errors and ten warnings of a step and drops the
    rest without a word: a notice says how many it drops, and every finding
    stays in the log.
    """
    del color, language
    out = []
    for d in result.diagnostics:
        level = "error" if d.is_error else "warning"
        title = f"{d.rule} {_rule_name(d.rule)}".strip()
        message = f"{d.message} [{d.path}]" if d.path else d.message
        out.append(github.command(level, message, file=d.file, line=d.line, col=d.column, title=title))
    dropped = github.dropped(result.errors, result.warnings)
    if dropped:
        out.append(github.command("notice", dropped, title="hplan validate"))
    out.append(_summary(result))
    sys.stdout.write("\n".join(out) + "\n")


def report_gitlab(result: ValidationResult, *, color: bool = False, language: str = "en") -> None:
    """GitLab's code-quality report (a JSON list), for ``artifacts: reports: codequality`` (always English).

    GitLab tells a new finding from an old one by its fingerprint, so the
    fingerprint leaves the line out (a line added above would make every
    finding below look new) and counts findings of the same rule at the same
    document path (three missing evaluations at ``evaluations`` stay three).
    """
    del color, language
    seen: Counter[tuple[str, str, str]] = Counter()
    report = []
    for d in result.diagnostics:
        key = (d.file, d.rule, d.path)
        seen[key] += 1
        report.append(
            {
                "description": f"{d.rule} {d.message}" + (f" [{d.path}]" if d.path else ""),
                "check_name": d.rule,
                "fingerprint": gitlab_fingerprint(*key, ordinal=seen[key]),
                "severity": "major" if d.is_error else "minor",
                "location": {"path": d.file, "lines": {"begin": d.line}},
            }
        )
    sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")


def gitlab_fingerprint(file: str, rule: str, path: str, *, ordinal: int) -> str:
    """The finding's identity for GitLab: file, rule, document path and its ordinal among their like."""
    return hashlib.sha256("\0".join((file, rule, path, str(ordinal))).encode("utf-8")).hexdigest()


REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
    "gitlab": report_gitlab,
}
