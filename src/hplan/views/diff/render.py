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
from hplan.diff.model import AmountChange, BudgetView, Change, DiffResult, PlanDiff, group_by_area
from hplan.i18n import number, t, tn, using
from hplan.profiles import LEVELS, ApprovalLevel

Reporter = Callable[..., None]

MARKER = "<!-- hplan-diff -->"
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
        return number(value) if abs(value) >= 10_000 else str(value)
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_nested(item)}" for key, item in value.items())
    if isinstance(value, list):
        return "[" + ", ".join(_nested(item) for item in value) + "]"
    return str(value)


def level_name(level: str) -> str:
    """An approval level as the report names it: ``LBF``, ``board``, ``none``."""
    return t(f"d.level.{level}")


def needed(level: str) -> str:
    """``board approval needed``."""
    return t(f"d.needed.{level}")


def kind_word(kind: str) -> str:
    """A change's kind (added, removed, changed) in the report's language."""
    return t(f"d.kind.{kind}")


def _nested(value: Any) -> str:
    return "{" + _show(value) + "}" if isinstance(value, dict) else _show(value)


def amount(value: int) -> str:
    """Whole kroner with thousands separators."""
    return number(value)


def signed(value: int) -> str:
    """A difference in kroner with its sign (0 without one)."""
    return number(value, "+,") if value else "0"


def percent(share: float | None, decimals: int = 1) -> str:
    """A share as a percentage (one decimal by default), or a dash when there is no budget."""
    return "–" if share is None else f"{number(share * 100, f'.{decimals}f')} %"


def _counts(result: DiffResult) -> str:
    counts = dict.fromkeys(reversed(LEVELS), 0)
    for plan in result.plans:
        for change in plan.changes:
            counts[change.approval] += 1
    return " · ".join(f"{level_name(level)} {count}" for level, count in counts.items() if count)


def _compared(result: DiffResult) -> str:
    counts = _counts(result)
    return t(
        "d.compared",
        plans=tn("count.plans", len(result.plans)),
        changes=tn("count.changes", result.changes),
        detail=f" ({counts})" if counts else "",
    )


def summary(result: DiffResult) -> str:
    """One line: what changed and the approval it needs."""
    if not result.plans:
        head = t("d.none_changed") if not result.diagnostics else t("d.none_compared")
        return f"{head}; {needed('none')}"
    return f"{_compared(result)}; {needed(result.approval)}"


def recorded_text(plan: PlanDiff) -> str:
    """What the new side's revisions log records, against what the changes need."""
    level = level_name(plan.approval)
    if plan.approval == "none":
        return needed("none")
    if plan.recorded is None:
        if plan.new is None:
            return t("d.recorded.removed", level=level)
        return t("d.recorded.missing", level=level)
    entry = t("d.recorded.entry", level=level_name(plan.recorded))
    if plan.approved:
        return t("d.recorded.enough", entry=entry)
    return t("d.recorded.too_low", entry=entry, level=level)


def _ordered(plan: PlanDiff) -> list[Change]:
    """Changes needing the most approval first; document order within a level."""
    rank = {level: i for i, level in enumerate(reversed(LEVELS))}
    return sorted(plan.changes, key=lambda change: rank[change.approval])


def _area_title(plan: PlanDiff, area: str | None) -> str:
    if area is None:
        return t("d.plan_wide")
    return dict(plan.area_names).get(area, area)


def _sides(plan: PlanDiff) -> str:
    if plan.old is None:
        return t("d.sides.added", new=plan.new)
    if plan.new is None:
        return t("d.sides.removed", old=plan.old)
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
            [(plan.id, "bold"), (f" ({plan.name}): ", ""), (needed(level), STYLES[level] if level != "none" else "")]
        )
        lines.append([(f"  {_sides(plan)}", "dim")])
        mark = (t("d.mark.ok"), "green") if plan.approved else (t("d.mark.missing"), "bold red")
        lines.append([(f"  {t('d.revisions_log')}: ", ""), (recorded_text(plan), ""), (" [", ""), mark, ("]", "")])
        if not plan.changes:
            lines.append([(f"  {t('d.no_content_changes')}", "dim")])
        for area, changes in group_by_area(plan):
            lines.append([])
            lines.append([(f"  {_area_title(plan, area)}", "bold underline")])
            for change in changes:
                tag = f"{level_name(change.approval):<{_tag_width()}}"
                lines.append(
                    [
                        ("    ", ""),
                        (tag, STYLES[change.approval]),
                        (f" {kind_word(change.kind):<{_kind_width()}} ", ""),
                        (change.path, "cyan"),
                        (f": {_value_change(change)}", ""),
                    ]
                )
                lines.append([(" " * (_tag_width() + _kind_width() + 6) + change.reason, "dim")])
        if plan.budget is not None:
            lines.append([])
            lines.extend(_budget_text(plan.budget))
        lines.append([])
    for d in result.diagnostics:
        lines.append([(_diagnostic_line(d), "red" if d.is_error else "yellow")])
    style = STYLES[result.approval] if result.plans else ""
    lines.append([(summary(result), style)])
    return lines


def _tag_width() -> int:
    return max(6, *(len(level_name(level)) for level in LEVELS))


def _kind_width() -> int:
    return max(8, *(len(kind_word(kind)) for kind in ("added", "removed", "changed")))


def _budget_text(budget: BudgetView) -> list[list[Segment]]:
    lines: list[list[Segment]] = [[(f"  {t('d.budget_heading')}", "bold underline")]]
    rows = [*budget.years, *budget.totals, AmountChange(None, t("d.total"), budget.total_old, budget.total_new)]
    for row in rows:
        year = str(row.year) if row.year is not None else t("d.all_years")
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
                "    "
                + t(
                    "d.local_share",
                    old=percent(budget.local_share_old),
                    new=percent(budget.local_share_new),
                    minimum=percent(budget.minimum, 0),
                ),
                "",
            )
        ]
    )
    return lines


def render_text(result: DiffResult) -> str:
    """The text report without colour."""
    return "".join("".join(text for text, _style in line).rstrip() + "\n" for line in text_lines(result))


def report_text(result: DiffResult, *, color: bool = False, language: str = "en") -> None:
    """Changes per plan, grouped by focus area, then a summary line; coloured on a terminal."""
    with using(language):
        _write_text(result, color)


def _write_text(result: DiffResult, color: bool) -> None:
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
    return f"**{level_name(level)}**" if level != "none" else level_name(level)


def render_markdown(result: DiffResult) -> str:
    """A pull-request comment: a summary line with the approval needed, then a table per plan."""
    out: list[str] = [MARKER]
    level = result.approval
    headline = needed(level)[0].upper() + needed(level)[1:]
    out.append(f"### hplan diff: {headline}" if level == "none" else f"### hplan diff: **{headline}**")
    out.append("")
    if result.plans:
        out.append(f"{_compared(result)}.")
    else:
        out.append(t("d.md.none_compared") if result.diagnostics else t("d.md.none_changed"))
    unapproved = result.unapproved()
    if len(result.plans) > 1 and level != "none":
        out.append("")
        if unapproved:
            names = ", ".join(_code(plan.id) for plan in unapproved)
            out.append("❌ " + t("d.md.not_recorded", plans=names))
        else:
            out.append("✅ " + t("d.md.all_recorded"))
    for plan in result.plans:
        out.extend(_plan_markdown(plan))
    if result.diagnostics:
        out.append("")
        out.append(f"#### {t('d.md.problems')}")
        out.append("")
        out.append(t("d.md.problems_intro"))
        out.append("")
        out.extend(f"- `{_cell(_diagnostic_line(d))}`" for d in result.diagnostics)
    return "\n".join(out) + "\n"


def _plan_markdown(plan: PlanDiff) -> list[str]:
    out = ["", f"#### {_cell(plan.name)} ({_code(plan.id)}): {needed(plan.approval)}", ""]
    if plan.old is None:
        out.append(t("d.md.added", new=_code(plan.new or "")))
    elif plan.new is None:
        out.append(t("d.md.removed", old=_code(plan.old)))
    else:
        out.append(f"{_code(plan.old)} → {_code(plan.new)}")
    out.append("")
    mark = "✅" if plan.approved else "❌"
    out.append(f"{mark} {t('d.md.revisions_log', recorded=recorded_text(plan))}")
    if not plan.changes:
        out.append("")
        out.append(t("d.md.no_content_changes"))
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
        out.append(f"<summary>{tn('d.md.recordings', len(recordings))}</summary>")
        out.append("")
        out.extend(_changes_table(recordings))
        out.append("")
        out.append("</details>")
    if plan.budget is not None:
        out.extend(_budget_markdown(plan.budget))
    return out


def _changes_table(changes: list[Change]) -> list[str]:
    out = [t("d.md.changes_header"), "|---|---|---|---|---|---|"]
    for change in changes:
        new = show(change.new)
        if change.note:
            new = f"{new} ({change.note})" if new else f"({change.note})"
        cells = [
            _md_level(change.approval),
            kind_word(change.kind),
            _code(change.path),
            _cell(show(change.old)),
            _cell(new),
            _cell(change.reason),
        ]
        out.append("| " + " | ".join(cells) + " |")
    return out


def _budget_markdown(budget: BudgetView) -> list[str]:
    out = ["", f"{t('d.budget_heading')}:", "", t("d.md.budget_header"), "|---|---|--:|--:|--:|"]
    for row in [*budget.years, *budget.totals]:
        year = str(row.year) if row.year is not None else t("d.all_years")
        change = signed(row.new - row.old)
        out.append(f"| {year} | {_cell(row.source)} | {amount(row.old)} | {amount(row.new)} | {change} |")
    change = signed(budget.total_new - budget.total_old)
    out.append(
        f"| {t('d.all_years')} | **{t('d.total')}** | {amount(budget.total_old)} | {amount(budget.total_new)} "
        f"| {change} |"
    )
    out.append("")
    out.append(
        t(
            "d.md.local_share",
            old=percent(budget.local_share_old),
            new=percent(budget.local_share_new),
            minimum=percent(budget.minimum, 0),
        )
    )
    return out


def report_markdown(result: DiffResult, *, color: bool = False, language: str = "en") -> None:
    """Markdown for a pull-request comment or a GitHub Actions step summary."""
    del color
    with using(language):
        sys.stdout.write(render_markdown(result))


# -- json ---------------------------------------------------------------------------


def render_json(result: DiffResult) -> str:
    """The stable JSON contract (cli.md, docs/diff.md)."""
    return json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"


def report_json(result: DiffResult, *, color: bool = False, language: str = "en") -> None:
    """Machine-readable output for scripts and CI (English in every language: a machine contract)."""
    del color, language
    sys.stdout.write(render_json(result))


REPORTERS: dict[str, Reporter] = {"text": report_text, "markdown": report_markdown, "json": report_json}
