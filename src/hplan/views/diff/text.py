"""The text view of ``hplan diff``: each plan's changes grouped by focus area, its budget, a summary line.

The report is built as lines of styled segments; joined without styles it is
the plain text that tests keep golden copies of, and on a terminal rich
colours it (rich is imported only then).
"""

from __future__ import annotations

import sys

from hplan.diff.model import AmountChange, BudgetView, Change, DiffResult, PlanDiff, group_by_area
from hplan.i18n import t, using
from hplan.i18n.message import localize
from hplan.profiles import LEVELS
from hplan.views.diff.governance import nothing_compared, text_marks, title
from hplan.views.diff.words import (
    amount,
    kind_word,
    level_name,
    needed,
    percent,
    recorded_text,
    show,
    signed,
    summary,
)
from hplan.views.validate import text_line

STYLES: dict[str, str] = {"lbf": "bold red", "board": "yellow", "none": "green"}

Segment = tuple[str, str]  # (text, rich style; "" for none)
Line = list[Segment]


def text_lines(result: DiffResult) -> list[Line]:
    """The text report as lines of styled segments (plain when joined without styles)."""
    lines: list[Line] = []
    for plan in result.plans:
        lines.extend(_plan_lines(plan))
        lines.append([])
    for d in result.diagnostics:
        lines.append([(text_line(d), "red" if d.is_error else "yellow")])
    if result.rule_errors:
        lines.append([(t("g.rule_errors_heading"), "bold")])
        lines.extend([(f"  {text_line(d)}", "red")] for d in result.rule_errors)
    style = "bold red" if nothing_compared(result) else STYLES[result.approval] if result.plans else ""
    lines.append([(summary(result), style)])
    return lines


def _plan_lines(plan: PlanDiff) -> list[Line]:
    level = plan.approval
    lines: list[Line] = [
        [(title(plan), "bold"), (f" ({plan.name}): ", ""), (needed(level), STYLES[level] if level != "none" else "")],
        [(f"  {_sides(plan)}", "dim")],
    ]
    mark = (t("d.mark.ok"), "green") if plan.approved else (t("d.mark.missing"), "bold red")
    lines.append([(f"  {t('d.revisions_log')}: ", ""), (recorded_text(plan), ""), (" [", ""), mark, ("]", "")])
    if not plan.changes:
        lines.append([(f"  {t('d.no_content_changes')}", "dim")])
    for area, changes in group_by_area(plan):
        lines.append([])
        lines.append([(f"  {_area_title(plan, area)}", "bold underline")])
        for change in changes:
            lines.extend(_change_lines(change))
    if plan.budget is not None:
        lines.append([])
        lines.extend(_budget_lines(plan, plan.budget))
    return lines


def _sides(plan: PlanDiff) -> str:
    if plan.old is None:
        return t("d.sides.added", new=plan.new)
    if plan.new is None:
        return t("d.sides.removed", old=plan.old)
    return f"{plan.old} → {plan.new}"


def _area_title(plan: PlanDiff, area: str | None) -> str:
    if area is None:
        return t("g.board_wide") if plan.document == "board" else t("d.plan_wide")
    return dict(plan.area_names).get(area, area)


def _change_lines(change: Change) -> list[Line]:
    """A change on one line (level, kind, place, values), and the profile's reason below it."""
    tag = f"{level_name(change.approval):<{_tag_width()}}"
    return [
        [
            ("    ", ""),
            (tag, STYLES[change.approval]),
            (f" {kind_word(change.kind):<{_kind_width()}} ", ""),
            (change.path, "cyan"),
            (f": {_value_change(change)}", ""),
        ],
        [(" " * (_tag_width() + _kind_width() + 6) + localize(change.reason), "dim")],
    ]


def _value_change(change: Change) -> str:
    words = text_marks(change)
    if words is not None:
        return words
    note = f" ({localize(change.note)})" if change.note else ""
    if change.kind == "added":
        return f"+ {show(change.new)}{note}"
    if change.kind == "removed":
        return f"- {show(change.old)}{note}"
    return f"{show(change.old)} → {show(change.new)}{note}"


def _tag_width() -> int:
    return max(6, *(len(level_name(level)) for level in LEVELS))


def _kind_width() -> int:
    return max(8, *(len(kind_word(kind)) for kind in ("added", "removed", "changed")))


def _budget_lines(plan: PlanDiff, budget: BudgetView) -> list[Line]:
    lines: list[Line] = [[(f"  {t('d.budget_heading')}", "bold underline")]]
    rows = [*budget.years, *budget.totals, AmountChange(None, t("d.total"), budget.total_old, budget.total_new)]
    width = max(10, len(t("d.all_years")))  # "hele perioden" is longer than "all years"
    names = max(24, *(len(plan.name_of(row.source)) for row in rows))
    for row in rows:
        year = str(row.year) if row.year is not None else t("d.all_years")
        moved = f"{amount(row.old):>12} → {amount(row.new):>12}  ({signed(row.new - row.old)})"
        lines.append([(f"    {year:<{width}} {plan.name_of(row.source):<{names}} {moved}", "")])
    share = t(
        "d.local_share",
        old=percent(budget.local_share_old),
        new=percent(budget.local_share_new),
        minimum=percent(budget.minimum, 0),
    )
    lines.append([(f"    {share}", "")])
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
    # lazy: rich is imported only to colour a terminal's output.
    from rich.console import Console
    from rich.text import Text

    # The caller decided on colour (``--color``, NO_COLOR, a terminal); rich must not second-guess it.
    console = Console(highlight=False, soft_wrap=True, force_terminal=True, no_color=False)
    for line in text_lines(result):
        console.print(Text.assemble(*[(text, style) if style else text for text, style in line]))
