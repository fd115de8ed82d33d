"""Reporters of ``hplan diff``: text (grouped by focus area), markdown (a PR comment) and json.

Each ``render_*`` function returns the whole output as a string (tests keep
golden copies); the reporters in :data:`REPORTERS` write it to stdout. rich
is imported only to colour text on a terminal.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from hplan.diagnostics import Diagnostic
from hplan.diff import AmountChange, BudgetView, Change, DiffResult, PlanDiff, group_by_area
from hplan.profiles import LEVELS, ApprovalLevel

Reporter = Callable[..., None]

MARKER = "<!-- hplan-diff -->"
LEVEL_NAMES: dict[str, str] = {"lbf": "LBF", "board": "board", "none": "none"}
NEEDED: dict[str, str] = {
    "lbf": "LBF approval needed",
    "board": "board approval needed",
    "none": "no approval needed",
}
STYLES: dict[str, str] = {"lbf": "bold red", "board": "yellow", "none": "green"}
MAX_VALUE = 160


# -- values as people read them ----------------------------------------------------


def show(value: Any, limit: int = MAX_VALUE) -> str:
    """A value on one line: amounts with thousands separators, mappings as ``key: value``, long text cut."""
    text = _show(value)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        # Years stay as they are; amounts (five digits and more) get separators.
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_nested(item)}" for key, item in value.items())
    if isinstance(value, list):
        return "[" + ", ".join(_nested(item) for item in value) + "]"
    return str(value)


def _nested(value: Any) -> str:
    return "{" + _show(value) + "}" if isinstance(value, dict) else _show(value)


def amount(value: int) -> str:
    """Whole kroner with thousands separators."""
    return f"{value:,}"


def signed(value: int) -> str:
    """A difference in kroner with its sign (0 without one)."""
    return f"{value:+,}" if value else "0"


def percent(share: float | None, decimals: int = 1) -> str:
    """A share as a percentage (one decimal by default), or a dash when there is no budget."""
    return "–" if share is None else f"{share * 100:.{decimals}f} %"


def _counts(result: DiffResult) -> str:
    counts = dict.fromkeys(reversed(LEVELS), 0)
    for plan in result.plans:
        for change in plan.changes:
            counts[change.approval] += 1
    return " · ".join(f"{LEVEL_NAMES[level]} {count}" for level, count in counts.items() if count)


def _plans(count: int) -> str:
    return f"{count} plan{'s' * (count != 1)}"


def _changes(count: int) -> str:
    return f"{count} change{'s' * (count != 1)}"


def summary(result: DiffResult) -> str:
    """One line: what changed and the approval it needs."""
    if not result.plans:
        head = "no plan changed" if not result.diagnostics else "no plan could be compared"
        return f"{head}; {NEEDED['none']}"
    counts = _counts(result)
    detail = f" ({counts})" if counts else ""
    return f"{_plans(len(result.plans))} compared, {_changes(result.changes)}{detail}; {NEEDED[result.approval]}"


def recorded_text(plan: PlanDiff) -> str:
    """What the new side's revisions log records, against what the changes need."""
    needed = LEVEL_NAMES[plan.approval]
    if plan.approval == "none":
        return "no approval needed"
    if plan.recorded is None:
        if plan.new is None:
            return f"the plan is removed, so no revisions log can record the {needed} approval it needs"
        return f"no new entry, and the changes need {needed} approval"
    entry = f"new entry approved by {LEVEL_NAMES[plan.recorded]}"
    if plan.approved:
        return f"{entry}, as the changes need"
    return f"{entry}, but the changes need {needed} approval"


def _ordered(plan: PlanDiff) -> list[Change]:
    """Changes needing the most approval first; document order within a level."""
    rank = {level: i for i, level in enumerate(reversed(LEVELS))}
    return sorted(plan.changes, key=lambda change: rank[change.approval])


def _area_title(plan: PlanDiff, area: str | None) -> str:
    if area is None:
        return "Plan-wide"
    return dict(plan.area_names).get(area, area)


def _sides(plan: PlanDiff) -> str:
    if plan.old is None:
        return f"added: {plan.new}"
    if plan.new is None:
        return f"removed: {plan.old}"
    return f"{plan.old} → {plan.new}"


def _diagnostic_line(d: Diagnostic) -> str:
    where = f" [{d.path}]" if d.path else ""
    return f"{d.file}:{d.line}:{d.column}: {d.severity.value} {d.rule} {d.message}{where}"


# -- text ---------------------------------------------------------------------------

Segment = tuple[str, str]  # (text, rich style; "" for none)


def _value_change(change: Change) -> str:
    note = f" ({change.note})" if change.note else ""
    if change.kind == "added":
        return f"+ {show(change.new)}{note}"
    if change.kind == "removed":
        return f"- {show(change.old)}{note}"
    return f"{show(change.old)} → {show(change.new)}{note}"


def text_lines(result: DiffResult) -> list[list[Segment]]:
    """The text report as lines of styled segments (plain when joined without styles)."""
    lines: list[list[Segment]] = []
    for plan in result.plans:
        level = plan.approval
        lines.append(
            [(plan.id, "bold"), (f" ({plan.name}): ", ""), (NEEDED[level], STYLES[level] if level != "none" else "")]
        )
        lines.append([(f"  {_sides(plan)}", "dim")])
        mark = ("ok", "green") if plan.approved else ("missing", "bold red")
        lines.append([("  revisions log: ", ""), (recorded_text(plan), ""), (" [", ""), mark, ("]", "")])
        if not plan.changes:
            lines.append([("  no changes in the plan's content (formatting, order or comments only)", "dim")])
        for area, changes in group_by_area(plan):
            lines.append([])
            lines.append([(f"  {_area_title(plan, area)}", "bold underline")])
            for change in changes:
                tag = f"{LEVEL_NAMES[change.approval]:<6}"
                lines.append(
                    [
                        ("    ", ""),
                        (tag, STYLES[change.approval]),
                        (f" {change.kind:<8} ", ""),
                        (change.path, "cyan"),
                        (f": {_value_change(change)}", ""),
                    ]
                )
                lines.append([(f"                    {change.reason}", "dim")])
        if plan.budget is not None:
            lines.append([])
            lines.extend(_budget_text(plan.budget))
        lines.append([])
    for d in result.diagnostics:
        lines.append([(_diagnostic_line(d), "red" if d.is_error else "yellow")])
    style = STYLES[result.approval] if result.plans else ""
    lines.append([(summary(result), style)])
    return lines


def _budget_text(budget: BudgetView) -> list[list[Segment]]:
    lines: list[list[Segment]] = [[("  Budget (planned, DKK)", "bold underline")]]
    rows = [*budget.years, *budget.totals, AmountChange(None, "total", budget.total_old, budget.total_new)]
    for row in rows:
        year = str(row.year) if row.year is not None else "all years"
        lines.append(
            [
                (
                    f"    {year:<10} {row.source:<24} {amount(row.old):>12} → {amount(row.new):>12}"
                    f"  ({signed(row.new - row.old)})",
                    "",
                )
            ]
        )
    lines.append(
        [
            (
                f"    local share {percent(budget.local_share_old)} → {percent(budget.local_share_new)}"
                f" (minimum {percent(budget.minimum, 0)})",
                "",
            )
        ]
    )
    return lines


def render_text(result: DiffResult) -> str:
    """The text report without colour."""
    return "".join("".join(text for text, _style in line).rstrip() + "\n" for line in text_lines(result))


def report_text(result: DiffResult, *, color: bool = False) -> None:
    """Changes per plan, grouped by focus area, then a summary line; coloured on a terminal."""
    if not color:
        sys.stdout.write(render_text(result))
        return
    from rich.console import Console
    from rich.text import Text

    # The caller decided on colour (``--color``, NO_COLOR, a terminal); rich must not second-guess it.
    console = Console(highlight=False, soft_wrap=True, force_terminal=True, no_color=False)
    for line in text_lines(result):
        console.print(Text.assemble(*[(text, style) if style else text for text, style in line]))


# -- markdown -----------------------------------------------------------------------


def _cell(text: str) -> str:
    """Text that stays inside one table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def _code(text: str) -> str:
    return f"`{text}`" if "`" not in text else f"``{text}``"


def _md_level(level: ApprovalLevel) -> str:
    return f"**{LEVEL_NAMES[level]}**" if level != "none" else LEVEL_NAMES[level]


def render_markdown(result: DiffResult) -> str:
    """A pull-request comment: a summary line with the approval needed, then a table per plan."""
    out: list[str] = [MARKER]
    level = result.approval
    headline = NEEDED[level][0].upper() + NEEDED[level][1:]
    out.append(f"### hplan diff: {headline}" if level == "none" else f"### hplan diff: **{headline}**")
    out.append("")
    counts = _counts(result)
    if result.plans:
        detail = f" ({counts})" if counts else ""
        out.append(f"{_plans(len(result.plans))} compared, {_changes(result.changes)}{detail}.")
    else:
        out.append("No plan could be compared." if result.diagnostics else "No plan changed.")
    unapproved = result.unapproved()
    if len(result.plans) > 1 and level != "none":
        out.append("")
        if unapproved:
            names = ", ".join(_code(plan.id) for plan in unapproved)
            out.append(f"❌ Approval not yet recorded in the revisions log of {names}.")
        else:
            out.append("✅ The revisions log of every changed plan records the approval it needs.")
    for plan in result.plans:
        out.extend(_plan_markdown(plan))
    if result.diagnostics:
        out.append("")
        out.append("#### Problems")
        out.append("")
        out.append("These files are not valid plans, so they could not be compared (run `hplan validate`):")
        out.append("")
        out.extend(f"- `{_cell(_diagnostic_line(d))}`" for d in result.diagnostics)
    return "\n".join(out) + "\n"


def _plan_markdown(plan: PlanDiff) -> list[str]:
    out = ["", f"#### {_cell(plan.name)} ({_code(plan.id)}): {NEEDED[plan.approval]}", ""]
    if plan.old is None:
        out.append(f"Added: {_code(plan.new or '')}")
    elif plan.new is None:
        out.append(f"Removed: {_code(plan.old)}")
    else:
        out.append(f"{_code(plan.old)} → {_code(plan.new)}")
    out.append("")
    mark = "✅" if plan.approved else "❌"
    out.append(f"{mark} Revisions log: {recorded_text(plan)}.")
    if not plan.changes:
        out.append("")
        out.append("No changes in the plan's content (formatting, order or comments only).")
        return out
    revisions = [change for change in _ordered(plan) if change.approval != "none"]
    recordings = [change for change in _ordered(plan) if change.approval == "none"]
    if revisions:
        out.append("")
        out.extend(_changes_table(revisions))
    if recordings:
        # Recordings need no approval; folded away so that the revisions stand out.
        out.append("")
        out.append("<details>")
        noun = "recording needs" if len(recordings) == 1 else "recordings need"
        out.append(f"<summary>{len(recordings)} {noun} no approval</summary>")
        out.append("")
        out.extend(_changes_table(recordings))
        out.append("")
        out.append("</details>")
    if plan.budget is not None:
        out.extend(_budget_markdown(plan.budget))
    return out


def _changes_table(changes: list[Change]) -> list[str]:
    out = ["| Approval | Change | Where | Old | New | Why |", "|---|---|---|---|---|---|"]
    for change in changes:
        new = show(change.new)
        if change.note:
            new = f"{new} ({change.note})" if new else f"({change.note})"
        cells = [
            _md_level(change.approval),
            change.kind,
            _code(change.path),
            _cell(show(change.old)),
            _cell(new),
            _cell(change.reason),
        ]
        out.append("| " + " | ".join(cells) + " |")
    return out


def _budget_markdown(budget: BudgetView) -> list[str]:
    out = ["", "Budget (planned, DKK):", "", "| Year | Source | Before | After | Change |", "|---|---|--:|--:|--:|"]
    for row in [*budget.years, *budget.totals]:
        year = str(row.year) if row.year is not None else "all years"
        change = signed(row.new - row.old)
        out.append(f"| {year} | {_cell(row.source)} | {amount(row.old)} | {amount(row.new)} | {change} |")
    change = signed(budget.total_new - budget.total_old)
    out.append(f"| all years | **total** | {amount(budget.total_old)} | {amount(budget.total_new)} | {change} |")
    out.append("")
    out.append(
        f"Local share: {percent(budget.local_share_old)} → {percent(budget.local_share_new)} "
        f"(minimum {percent(budget.minimum, 0)})."
    )
    return out


def report_markdown(result: DiffResult, *, color: bool = False) -> None:
    """Markdown for a pull-request comment or a GitHub Actions step summary."""
    del color
    sys.stdout.write(render_markdown(result))


# -- json ---------------------------------------------------------------------------


def render_json(result: DiffResult) -> str:
    """The stable JSON contract (cli.md, docs/diff.md)."""
    return json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"


def report_json(result: DiffResult, *, color: bool = False) -> None:
    """Machine-readable output for scripts and CI."""
    del color
    sys.stdout.write(render_json(result))


REPORTERS: dict[str, Reporter] = {"text": report_text, "markdown": report_markdown, "json": report_json}
