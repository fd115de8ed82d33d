"""Words and numbers shared by the text and markdown views of ``hplan status``.

Every word goes through the message catalogue (:mod:`hplan.i18n`), so the
views speak English or Danish, whichever the reporter was asked for: a
state in words, kroner and shares as a steering group reads them, the
phrases for a period, a criterion's progress, a milestone, an agreement,
and what needs the group's attention.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from hplan.diagnostics import Diagnostic
from hplan.i18n import date, figure, percent, t, tn
from hplan.i18n import number as localised
from hplan.i18n.glossary import term
from hplan.i18n.message import localize
from hplan.status.criteria import deviation as status_deviation
from hplan.status.model import (
    AgreementStatus,
    Contribution,
    CriterionStatus,
    EvaluationStatus,
    MilestoneStatus,
    PlanStatus,
    ValidationSummary,
)
from hplan.views.criteria import criteria_attention, criterion_notes, pending_baseline
from hplan.views.status.money_words import money_attention

UNITS = {"percent": "%", "per_1000": "‰", "dkk": "kr", "count": "", "score": ""}
BUDGET_COLUMNS = (
    ("year", "left"),
    ("planned", "right"),
    ("lbf", "right"),
    ("local", "right"),
    ("local_share", "right"),
    ("spent", "right"),
)
PORTFOLIO_COLUMNS = (
    ("plan", "left"),
    ("elapsed", "right"),
    ("on_track", "right"),
    ("at_risk", "right"),
    ("off_track", "right"),
    ("overdue", "right"),
    ("budget", "right"),
    ("local_share", "right"),
)


def word(state: str) -> str:
    """A state (``on_track``, ``overdue``, ``expiring``, ...) in words."""
    return t(f"state.{state}")


def party_kind(kind: str) -> str:
    """``municipality``, ``housing organisation``, ``other``."""
    return t(f"s.kind.{kind}") if kind in ("municipality", "housing_organisation", "other") else kind


def kind_heading(kind: str, several: bool) -> str:
    """``Municipality`` or ``Municipalities``: the heading of a party kind's rows."""
    if kind not in ("municipality", "housing_organisation", "other"):
        return kind
    return t(f"s.kinds.{kind}.{'other' if several else 'one'}")


def share(value: float | None) -> str:
    """A fraction as a whole percentage (``0.3312`` -> ``33%``); a dash for none."""
    return "-" if value is None else percent(value)


def local(value: float | None) -> str:
    """A local share to one decimal (``26.9%``): it is held against a minimum like 25 %."""
    return "-" if value is None else percent(value, 1)


def kroner(amount: int | None) -> str:
    """Whole kroner with thousands separators (``10,398,000 kr``)."""
    return "-" if amount is None else t("unit.dkk", value=localised(amount))


def with_unit(value: float, unit: str) -> str:
    """A value followed by its unit's sign, where it has one (``kr.`` in Danish)."""
    if unit == "dkk":
        return t("unit.dkk", value=figure(value))
    sign = UNITS.get(unit, "")
    return f"{figure(value)} {sign}".rstrip()


def profile_name(profile: str) -> str:
    """The funding round: ``lbf-2015-18`` in English, ``2015-18-midlerne`` in Danish (spec/danish.md 1.4)."""
    return localize(term("profile", profile))


def area_name(profile: str | None, area: str) -> str:
    """A focus area by its name in the profile (spec/danish.md 1.4), in either language as diff has it; else its id."""
    if profile is None:
        return area
    return _area_names(profile).get(area, area)


@cache
def _area_names(profile: str) -> dict[str, str]:
    # lazy: the profiles are loaded only for a view that names focus areas, not for JSON
    from hplan.profiles import builtin

    found = builtin(profile)
    return {} if found is None else {entry.id: entry.name for entry in found.focus_areas}


def days_phrase(days: int) -> str:
    """``today``, ``in 3 days``, ``12 days ago``."""
    if days == 0:
        return t("s.today")
    return t("s.in_days", days=tn("count.days", days)) if days > 0 else t("s.days_ago", days=tn("count.days", -days))


def validation_phrase(summary: ValidationSummary) -> str:
    """``no problems`` or ``2 errors, 1 warning`` (plus what status could not read)."""
    if not summary.errors and not summary.warnings:
        text = t("s.no_problems")
    else:
        text = f"{tn('count.errors', summary.errors)}, {tn('count.warnings', summary.warnings)}"
    if not summary.readable:
        text += t("s.partly_unread") if summary.unread else t("s.unread")
    return text


def deviation(criterion: CriterionStatus) -> float | None:
    """How far a measurement lies from the baseline, as a share of it (for ``maintain``)."""
    if criterion.latest is None or criterion.baseline is None:
        return None
    return status_deviation(criterion.baseline.value, criterion.latest.value)


def progress_phrase(criterion: CriterionStatus) -> str:
    """``15% of 25% expected``, ``maintain, +4%``, ``no measurement``, ``baseline missing (due ...)``."""
    pending = pending_baseline(criterion)
    if pending is not None:
        return pending
    if criterion.latest is None:
        return t("s.no_measurement")
    if criterion.progress is None:
        off = deviation(criterion)
        return t("s.maintain") if off is None else t("s.maintain_off", deviation=_signed_share(off))
    return t("s.progress_of", progress=share(criterion.progress), expected=share(criterion.expected))


def _signed_share(value: float) -> str:
    text = share(abs(value))
    return f"+{text}" if value >= 0 else f"-{text}"


def state_words(criterion: CriterionStatus) -> str:
    """``at risk`` or ``at risk, stale``, then the sub-target and a recorded judgement where there are any."""
    state = word(criterion.state)
    state = f"{state}, {t('s.stale')}" if criterion.stale else state
    return "; ".join([state, *criterion_notes(criterion)])


def criteria_counts(plan: PlanStatus) -> str:
    """``8 on track, 2 at risk, 0 off track`` plus no data and stale when there are any."""
    parts = [
        t(f"s.count.{state}", count=localised(plan.in_state(state))) for state in ("on_track", "at_risk", "off_track")
    ]
    if plan.in_state("no_data"):
        parts.append(t("s.count.no_data", count=localised(plan.in_state("no_data"))))
    if plan.stale:
        parts.append(t("s.count.stale", count=localised(plan.stale)))
    return ", ".join(parts)


def period_phrase(plan: PlanStatus) -> str:
    """``2017-02-01 to 2021-01-31, plan year 2 of 4, 33% elapsed``."""
    period = plan.period
    if period is None:
        return t("s.unknown")
    if period.phase == "not_started":
        where = t("s.period.not_started")
    elif period.phase == "ended":
        where = t("s.period.ended")
    else:
        where = t("s.period.plan_year", year=period.plan_year, years=period.plan_years)
    return t("s.period", start=period.start, end=period.end, where=where, elapsed=share(period.elapsed))


def evaluation_phrase(evaluations: EvaluationStatus | None) -> str:
    """The last evaluation and the next one, or the missing ones."""
    if evaluations is None:
        return t("s.unknown")
    last = (
        t("s.evaluation.last", year=evaluations.last_year, date=evaluations.last_date)
        if evaluations.last_year is not None
        else t("s.evaluation.none_yet")
    )
    if evaluations.missing:
        years = ", ".join(str(year) for year in evaluations.missing)
        return t("s.evaluation.due_now", last=last, years=years)
    if evaluations.open_now and evaluations.next_due is not None:
        return t("c.evaluation.deadline", last=last, year=evaluations.next_year, date=evaluations.next_due)
    if evaluations.next_year is not None:
        return t("s.evaluation.next", last=last, year=evaluations.next_year, date=evaluations.next_from)
    return t("s.evaluation.none_left", last=last)


def agreement_phrase(agreement: AgreementStatus, id_format: str | None = "{}") -> str:
    """``SSP Aalborg – Opsøgende ungearbejde (sa-ssp): expiring (2018-07-01, in 30 days)``.

    Named by the partner and what it is about; the id follows in ``id_format``
    (```{}``` in markdown), or not at all (``None``: the "Needs attention" list).
    """
    name = t("s.agreement.name", subject=agreement.subject, partner=agreement.partner)
    if id_format is not None:
        name += f" ({id_format.format(agreement.id)})"
    when = [date(agreement.valid_until)] if agreement.valid_until is not None else []
    when += [days_phrase(agreement.days)] if agreement.days is not None else []
    return f"{name}: {word(agreement.state)}" + (f" ({', '.join(when)})" if when else "")


def notable_agreements(plan: PlanStatus) -> list[AgreementStatus]:
    """Agreements that have ended, end within the horizon, or end before the period."""
    return [a for a in plan.agreements if a.state not in ("valid", "renewed")]


def notable_milestones(plan: PlanStatus) -> list[MilestoneStatus]:
    """Overdue, due within the horizon, or done within it: what a meeting talks about."""
    order = {"overdue": 0, "due_soon": 1, "done": 2}
    chosen = [m for m in plan.milestones if m.state in ("overdue", "due_soon") or m.recent]
    return sorted(chosen, key=lambda m: (order.get(m.state, 3), m.due, m.id))


def next_milestone(plan: PlanStatus) -> MilestoneStatus | None:
    """The first milestone planned beyond the horizon."""
    return next((m for m in plan.milestones if m.state == "planned"), None)


def milestone_when(milestone: MilestoneStatus) -> str:
    """``due 2018-09-30, in 121 days`` or ``done 2018-04-19``."""
    if milestone.state == "done" and milestone.completed is not None:
        return t("s.milestone.done", date=milestone.completed)
    return t("s.milestone.due", date=milestone.due, when=days_phrase(milestone.days))


def attention(plan: PlanStatus) -> list[str]:
    """What needs the steering group's attention in a plan, one phrase each."""
    items = [
        t("s.attention.off_track", name=c.indicator, progress=progress_phrase(c))
        for c in plan.criteria
        if c.state == "off_track"
    ]
    # Named by their indicators in either language (spec/danish.md 1.4): the ids are in the plan's own view
    stale = [c.indicator for c in plan.criteria if c.stale]
    if stale:
        items.append(t("s.attention.stale", criteria=tn("count.criteria", len(stale)), names=", ".join(stale)))
    items += [
        t("s.attention.overdue", name=m.title, date=m.due, when=days_phrase(m.days))
        for m in plan.milestones
        if m.state == "overdue"
    ]
    if plan.evaluations is not None and plan.evaluations.missing:
        items.append(t("s.attention.evaluation", years=", ".join(str(y) for y in plan.evaluations.missing)))
    items += [
        t("s.attention.agreement", agreement=agreement_phrase(a, None))
        for a in notable_agreements(plan)
        if a.state != "ends_early"
    ]
    items += criteria_attention(plan)
    items += money_attention(plan)
    if plan.validation.errors:
        items.append(t("s.attention.validation", summary=validation_phrase(plan.validation)))
    return items


PartyRow = tuple[Contribution, dict[int, int]]


def co_financing_table(contributions: Sequence[Contribution]) -> tuple[list[int], list[PartyRow]]:
    """(years, [(party, {year: amount})]) for a party-by-year table."""
    years = sorted({c.year for c in contributions})
    rows: dict[str, PartyRow] = {}
    for item in contributions:
        rows.setdefault(item.party, (item, {}))[1][item.year] = item.amount
    return years, list(rows.values())


def agreements_phrase(plan: PlanStatus, horizon: int) -> str:
    """``none recorded``, ``all 3 run to the end of the period`` or ``1 of 3 end early or within 60 days``."""
    notable = notable_agreements(plan)
    if not plan.agreements:
        return t("s.agreements.none")
    if not notable:
        return t("s.agreements.all", count=len(plan.agreements))
    return t("s.agreements.notable", count=len(notable), total=len(plan.agreements), days=tn("count.days", horizon))


# A view for a meeting lists this many problems of a file and counts the rest:
# a file with thousands of findings (pasted data, a wrong file) must neither
# bury the status nor take minutes to lay out. JSON and validate list them all.
MAX_LISTED_PROBLEMS = 50
MAX_LISTED_PARTS = 20


def listed(problems: Sequence[Diagnostic]) -> tuple[Sequence[Diagnostic], str]:
    """The problems a view lists, and the line that counts the rest (empty when all are listed)."""
    if len(problems) <= MAX_LISTED_PROBLEMS:
        return problems, ""
    return problems[:MAX_LISTED_PROBLEMS], tn("s.more_problems", len(problems) - MAX_LISTED_PROBLEMS)


def joined(parts: Sequence[str]) -> str:
    """``a, b, c``, or the first :data:`MAX_LISTED_PARTS` and how many more."""
    if len(parts) <= MAX_LISTED_PARTS:
        return ", ".join(parts)
    return ", ".join(parts[:MAX_LISTED_PARTS]) + " " + tn("s.more_parts", len(parts) - MAX_LISTED_PARTS)
