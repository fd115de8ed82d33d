"""The markdown view of ``hplan status``: for meeting papers, with every figure in full.

One plan shows in detail; several show as a portfolio table, the
co-financing of every party, what needs attention, then every plan in
detail. Written through :func:`hplan.privacy.redact`, as every view is.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from hplan.i18n import date, t, tn, using
from hplan.i18n import number as localised
from hplan.privacy import redact
from hplan.status.model import (
    BudgetStatus,
    Contribution,
    CriterionStatus,
    PlanStatus,
    Reading,
    StatusResult,
    ValidationSummary,
)
from hplan.status.options import StatusOptions
from hplan.views import markdown as md
from hplan.views.criteria import attention_plans, qualitative_lines
from hplan.views.status.governance import governance_rows
from hplan.views.status.money_markdown import md_money, md_portfolio_money
from hplan.views.status.words import (
    BUDGET_COLUMNS,
    PORTFOLIO_COLUMNS,
    agreement_phrase,
    agreements_phrase,
    area_name,
    attention,
    co_financing_table,
    criteria_counts,
    evaluation_phrase,
    joined,
    kroner,
    listed,
    local,
    milestone_when,
    next_milestone,
    notable_agreements,
    notable_milestones,
    party_kind,
    period_phrase,
    profile_name,
    progress_phrase,
    share,
    state_words,
    validation_phrase,
    with_unit,
    word,
)
from hplan.views.validate import text_line


def _md_reading(reading: Reading | None, unit: str) -> str:
    return "-" if reading is None else f"{with_unit(reading.value, unit)} ({date(reading.date)})"


def _md_plan(plan: PlanStatus, result: StatusResult, level: str) -> list[str]:
    """A plan in detail, under a heading of ``level`` and its sections one level below."""
    options = result.options
    out = [f"{level} {md.cell(plan.label)}", ""]
    facts = [
        (
            t("s.label.plan"),
            f"`{plan.id}` ({profile_name(plan.profile) if plan.profile else None})" if plan.id else "-",
        ),
        (t("s.label.file"), f"`{plan.file}`"),
        (t("s.label.period"), period_phrase(plan)),
        (t("s.label.validation"), validation_phrase(plan.validation)),
    ]
    out += [f"- **{label}:** {value}" for label, value in facts]
    out.append("")
    sub = level + "#"
    if plan.criteria:
        out += _md_criteria(plan, sub)
    if plan.judged:
        out += [
            f"{sub} {t('c.qualitative.heading')}",
            "",
            *(f"- {md.cell(line)}" for line in qualitative_lines(plan, "`{}`")),
            "",
        ]
    if plan.milestones:
        out += _md_milestones(plan, options, sub)
    if plan.budget is not None and plan.budget.years:
        out += _md_budget(plan.budget, sub)
        out += _md_co_financing(plan.contributions, t("s.md.co_financing.plan"))
    if plan.evaluations is not None:
        out += _md_governance(plan, options, sub)
    out += md_money(plan, sub)
    if plan.validation.problems or plan.validation.unread:
        out += _md_problems(plan.validation, sub)
    return out


def _md_criteria(plan: PlanStatus, sub: str) -> list[str]:
    """The criteria's counts, then a table per focus area."""
    out = [f"{sub} {t('s.md.criteria')}", "", f"{criteria_counts(plan).capitalize()}.", ""]
    areas: dict[str, list[CriterionStatus]] = {}
    for criterion in plan.criteria:
        areas.setdefault(criterion.focus_area, []).append(criterion)
    headers = [t(f"s.col.{name}") for name in ("criterion", "baseline", "latest", "target", "progress", "state")]
    for area, criteria in areas.items():
        rows = [
            (
                f"{c.indicator} (`{c.id}`)",
                _md_reading(c.baseline, c.unit),
                _md_reading(c.latest, c.unit),
                _md_reading(c.target, c.unit),
                progress_phrase(c),
                f"**{state_words(c)}**" if c.state != "on_track" or c.stale else state_words(c),
            )
            for c in criteria
        ]
        out += [f"**{area_name(plan.profile, area)}**", ""]
        out += md.table(headers, rows)
        out.append("")
    return out


def _md_milestones(plan: PlanStatus, options: StatusOptions, sub: str) -> list[str]:
    """The milestones a meeting talks about, and the next one beyond the horizon."""
    shown = notable_milestones(plan)
    out = [f"{sub} {t('s.md.milestones')}", ""]
    if shown:
        moments = [(word(m.state), f"{m.title} (`{m.id}`)", milestone_when(m)) for m in shown]
        out += md.table([t("s.col.state"), t("s.col.milestone"), t("s.col.when")], moments)
    else:
        out.append(t("s.md.no_milestones", days=tn("count.days", options.horizon)))
    upcoming = next_milestone(plan)
    if upcoming is not None:
        title, when = md.cell(upcoming.title), milestone_when(upcoming)
        out += ["", t("s.md.next_milestone", id=f"`{upcoming.id}`", title=title, when=when)]
    out.append("")
    return out


def _md_budget(budget: BudgetStatus, sub: str) -> list[str]:
    """The budget's total, then a row a year (the current one marked)."""
    out = [
        f"{sub} {t('s.md.budget')}",
        "",
        t("s.md.budget_total", total=kroner(budget.total), lbf=kroner(budget.lbf), share=local(budget.local_share)),
        "",
    ]
    rows = [
        (
            f"{y.year}{t('s.now')}" if budget.current is not None and y.year == budget.current.year else str(y.year),
            kroner(y.planned),
            kroner(y.lbf),
            kroner(y.planned - y.lbf),
            local(y.local_share),
            kroner(y.spent) if y.spent is not None else t("s.not_reported"),
        )
        for y in budget.years
    ]
    headers = [t(f"s.col.{name}") for name, _ in BUDGET_COLUMNS]
    out += md.table(headers, rows, right=range(1, 6))
    out.append("")
    return out


def _md_governance(plan: PlanStatus, options: StatusOptions, sub: str) -> list[str]:
    """Evaluations, agreements and the revisions log."""
    out = [
        f"{sub} {t('s.governance')}",
        "",
        f"- **{t('s.label.evaluation')}:** {evaluation_phrase(plan.evaluations)}",
        f"- **{t('s.label.agreements')}:** {agreements_phrase(plan, options.horizon)}",
    ]
    if plan.agreements:
        out += [f"  - {md.cell(agreement_phrase(a, '`{}`'))}" for a in notable_agreements(plan)]
    if plan.revisions:
        out.append(f"- **{t('s.label.revisions')}:** {t('s.md.revisions', count=len(plan.revisions))}")
        out += [f"  - {r.date}, {_approver(r.approved_by)}: {md.cell(r.reference)}" for r in plan.revisions]
    else:
        out.append(f"- **{t('s.label.revisions')}:** {t('s.revisions.none')}")
    out += [f"- **{label}:** {phrase}" for label, phrase in governance_rows(plan)]
    out.append("")
    return out


def _approver(body: str) -> str:
    """``board`` or ``lbf`` as the revisions log says, in the report's language."""
    return t(f"s.approver.{body}") if body in ("board", "lbf") else body


def _md_problems(summary: ValidationSummary, sub: str) -> list[str]:
    out = [f"{sub} {t('s.md.problems')}", ""]
    shown, more = listed(summary.problems)
    out += [f"- `{text_line(d)}`" for d in shown]
    if more:
        out.append(f"- {more}")
    if summary.unread:
        left_out = t("s.left_out", parts=joined([f"`{p}`" for p in summary.unread]))
        out.append(f"- {left_out[0].upper()}{left_out[1:]}")
    out.append("")
    return out


def _md_co_financing(contributions: Sequence[Contribution], title: str) -> list[str]:
    years, rows = co_financing_table(contributions)
    if not rows:
        return []
    table = [
        [f"{party.name} ({party_kind(party.kind)})"]
        + [kroner(amounts.get(year)) if amounts.get(year) else "-" for year in years]
        + [kroner(sum(amounts.values()))]
        for party, amounts in rows
    ]
    out = [f"**{title}**", ""]
    headers = [t("s.col.party"), *map(str, years), t("s.col.total")]
    out += md.table(headers, table, right=range(1, len(years) + 2))
    out.append("")
    return out


def _md_portfolio(result: StatusResult) -> list[str]:
    """Several plans: a table of them, the co-financing, what needs attention, then each plan in detail."""
    options = result.options
    out = [f"# {t('s.md.title', name=tn('count.plans', len(result.plans)), date=options.as_of)}", ""]
    out.append(
        t(
            "s.md.portfolio_intro",
            days=tn("count.days", options.horizon),
            checked=t("s.checked", files=tn("count.files", result.files)),
            summary=validation_phrase(ValidationSummary(result.errors, result.warnings, (), True)),
        )
    )
    out.append("")
    if not result.plans:
        out += [t("s.no_plan"), ""]
    else:
        out += [f"## {t('s.md.portfolio')}", ""]
        out += md.table(_portfolio_headers(), map(_portfolio_row, result.plans), right=range(1, 8))
        out.append("")
    out += _md_co_financing(result.co_financing, t("s.md.co_financing.portfolio"))
    out += md_portfolio_money(result.plans)
    if result.plans:
        covered, ended = attention_plans(result)
        out += _md_attention(covered)
        if ended:
            out[-1:] = [md.cell(ended[0]) + ".", *(f"- {md.cell(line)}" for line in ended[1:]), ""]
    for plan in result.plans:
        out += _md_plan(plan, result, "##")
    return out


def _portfolio_headers() -> list[str]:
    return [t(f"s.md.portfolio.col.{name}") for name, _ in PORTFOLIO_COLUMNS] + [t("s.label.validation")]


def _portfolio_row(plan: PlanStatus) -> tuple[str, ...]:
    return (
        plan.label,
        share(plan.period.elapsed) if plan.period is not None else "-",
        *(localised(plan.in_state(s)) for s in ("on_track", "at_risk", "off_track")),
        localised(plan.overdue),
        kroner(plan.budget.total) if plan.budget is not None else "-",
        local(plan.budget.local_share) if plan.budget is not None else "-",
        validation_phrase(plan.validation),
    )


def _md_attention(plans: Sequence[PlanStatus]) -> list[str]:
    """Each plan with what needs the steering group's attention, or that nothing does."""
    out = [f"## {t('s.attention')}", ""]
    flagged = [(plan, attention(plan)) for plan in plans]
    if not any(items for _, items in flagged):
        nothing = t("s.attention.nothing")
        out += [f"{nothing[0].upper()}{nothing[1:]}.", ""]
    for plan, items in flagged:
        if items:
            out += [f"- **{md.cell(plan.label)}**", *(f"  - {md.cell(item)}" for item in items)]
    out.append("")
    return out


def render_markdown(result: StatusResult) -> str:
    """The markdown view: for meeting papers, with every figure in full."""
    if len(result.plans) == 1:
        plan = result.plans[0]
        out = [f"# {t('s.md.title', name=md.cell(plan.label), date=result.options.as_of)}", ""]
        out += _md_plan(plan, result, "#")[2:]
    else:
        out = _md_portfolio(result)
    for other in result.other_files:
        if other.validation.problems:
            out += [f"## `{other.file}`", "", f"{t('s.label.validation')}: {validation_phrase(other.validation)}.", ""]
            out += _md_problems(other.validation, "###")[2:]
    return "\n".join(out).rstrip() + "\n"


def report_markdown(result: StatusResult, *, color: bool = False, language: str = "en") -> None:
    """Write the markdown view to standard output."""
    del color
    with using(language):
        sys.stdout.write(redact(render_markdown(result)))
