"""The markdown view of ``hplan diff``: a pull-request comment or a GitHub Actions step summary.

A headline with the approval needed, then per plan a table of the changes
that need approval, the recordings that need none folded away, and the
budget. The marker on the first line lets a workflow find and update its
own comment.
"""

from __future__ import annotations

import sys

from hplan.diff.model import BudgetView, Change, DiffResult, PlanDiff
from hplan.i18n import t, tn, using
from hplan.i18n.message import localize
from hplan.profiles import LEVELS, ApprovalLevel
from hplan.views import markdown as md
from hplan.views.diff.governance import honest_tail, markdown_marks, nothing_compared, title
from hplan.views.diff.words import (
    amount,
    compared,
    kind_word,
    level_name,
    needed,
    percent,
    recorded_text,
    show,
    signed,
)
from hplan.views.validate import text_line

MARKER = "<!-- hplan-diff -->"


def _code(text: str) -> str:
    return f"`{text}`" if "`" not in text else f"``{text}``"


def _md_level(level: ApprovalLevel) -> str:
    return f"**{level_name(level)}**" if level != "none" else level_name(level)


def render_markdown(result: DiffResult) -> str:
    """A pull-request comment: a summary line with the approval needed, then a table per plan."""
    out: list[str] = [MARKER, *_headline(result)]
    for plan in result.plans:
        out.extend(_plan_markdown(plan))
    if result.diagnostics:
        out.extend(["", f"#### {t('d.md.problems')}", "", t("d.md.problems_intro"), ""])
        out.extend(f"- {_code(text_line(d))}" for d in result.diagnostics)
    if result.rule_errors:
        out.extend(["", f"#### {t('g.md.rule_errors')}", "", t("g.md.rule_errors_intro"), ""])
        out.extend(f"- {_code(text_line(d))}" for d in result.rule_errors)
    return "\n".join(out) + "\n"


def _headline(result: DiffResult) -> list[str]:
    """The approval the whole change needs, what was compared, and whether every plan records it."""
    level = result.approval
    if nothing_compared(result):
        headline = t("g.none_compared")
        return [f"### hplan diff: **{headline[0].upper()}{headline[1:]}**", ""]
    headline = needed(level)[0].upper() + needed(level)[1:]
    out = [f"### hplan diff: {headline}" if level == "none" else f"### hplan diff: **{headline}**", ""]
    if result.plans:
        tail = "".join(f"; {part}" for part in honest_tail(result))
        out.append(f"{compared(result)}{tail}.")
    else:
        out.append(t("d.md.none_changed"))
    if len(result.plans) > 1 and level != "none":
        out.append("")
        unapproved = result.unapproved()
        if unapproved:
            names = ", ".join(_code(plan.id) for plan in unapproved)
            out.append("❌ " + t("d.md.not_recorded", plans=names))
        else:
            out.append("✅ " + t("d.md.all_recorded"))
    return out


def _plan_markdown(plan: PlanDiff) -> list[str]:
    out = ["", f"#### {md.cell(plan.name)} ({_code(title(plan))}): {needed(plan.approval)}", ""]
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
        out.extend(["", t("d.md.no_content_changes")])
        return out
    out.extend(_changes_markdown(plan))
    if plan.budget is not None:
        out.extend(_budget_markdown(plan, plan.budget))
    return out


def _changes_markdown(plan: PlanDiff) -> list[str]:
    """Changes needing the most approval first, in document order within a level."""
    rank = {level: i for i, level in enumerate(reversed(LEVELS))}
    ordered = sorted(plan.changes, key=lambda change: rank[change.approval])
    revisions = [change for change in ordered if change.approval != "none"]
    recordings = [change for change in ordered if change.approval == "none"]
    out: list[str] = []
    if revisions:
        out.append("")
        out.extend(_changes_table(revisions))
    if recordings:
        # Recordings need no approval; folded away so that the revisions stand out.
        out.extend(["", "<details>", f"<summary>{tn('d.md.recordings', len(recordings))}</summary>", ""])
        out.extend(_changes_table(recordings))
        out.extend(["", "</details>"])
    return out


def _changes_table(changes: list[Change]) -> list[str]:
    out = [t("d.md.changes_header"), "|---|---|---|---|---|---|"]
    for change in changes:
        old, new = show(change.old), show(change.new)
        words = markdown_marks(change)
        if words is not None:
            # A long text: the whole new text with its changed words marked (struck: removed; bold: added).
            old, new = f"({t('g.words')} →)", words
        if change.note:
            note = localize(change.note)
            new = f"{new} ({note})" if new else f"({note})"
        cells = [
            _md_level(change.approval),
            kind_word(change.kind),
            _code(change.path),
            md.cell(old),
            md.cell(new),
            md.cell(localize(change.reason)),
        ]
        out.append("| " + " | ".join(cells) + " |")
    return out


def _budget_markdown(plan: PlanDiff, budget: BudgetView) -> list[str]:
    out = ["", f"{t('d.budget_heading')}:", "", t("d.md.budget_header"), "|---|---|--:|--:|--:|"]
    for row in [*budget.years, *budget.totals]:
        year = str(row.year) if row.year is not None else t("d.all_years")
        change = signed(row.new - row.old)
        source = md.cell(plan.name_of(row.source))
        out.append(f"| {year} | {source} | {amount(row.old)} | {amount(row.new)} | {change} |")
    change = signed(budget.total_new - budget.total_old)
    out.append(
        f"| {t('d.all_years')} | **{t('d.total')}** | {amount(budget.total_old)} | {amount(budget.total_new)} "
        f"| {change} |"
    )
    share = t(
        "d.md.local_share",
        old=percent(budget.local_share_old),
        new=percent(budget.local_share_new),
        minimum=percent(budget.minimum, 0),
    )
    out.extend(["", share])
    return out


def report_markdown(result: DiffResult, *, color: bool = False, language: str = "en") -> None:
    """Markdown for a pull-request comment or a GitHub Actions step summary."""
    del color
    with using(language):
        sys.stdout.write(render_markdown(result))
