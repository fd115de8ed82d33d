"""The JSON view of ``hplan status``: the documented contract of ``docs/status.md``.

English in every language (a machine contract), every figure as computed:
fractions rounded to four decimals, dates in ISO form. Written through
:func:`hplan.privacy.redact`, as every view is.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from hplan.privacy import redact
from hplan.status.model import (
    BudgetStatus,
    CriterionStatus,
    EvaluationStatus,
    MilestoneStatus,
    PeriodStatus,
    PlanStatus,
    StatusResult,
    ValidationSummary,
)
from hplan.views.criteria_json import criterion_extras_json, qualitative_json, reading_json
from hplan.views.status.governance import governance_json
from hplan.views.status.money_json import money_json, portfolio_money_json


def _fraction(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _plan_json(plan: PlanStatus) -> dict[str, Any]:
    return {
        "id": plan.id,
        "name": plan.name,
        "file": plan.file,
        "profile": plan.profile,
        "period": _period_json(plan.period),
        "summary": {
            "on_track": plan.in_state("on_track"),
            "at_risk": plan.in_state("at_risk"),
            "off_track": plan.in_state("off_track"),
            "no_data": plan.in_state("no_data"),
            "stale": plan.stale,
            "overdue_milestones": plan.overdue,
        },
        "ended": plan.ended,
        "criteria": [_criterion_json(c) for c in plan.criteria],
        "qualitative": [qualitative_json(q) for q in plan.judged],
        "milestones": [_milestone_json(m) for m in plan.milestones],
        "budget": _budget_json(plan.budget),
        "evaluations": _evaluations_json(plan.evaluations),
        "agreements": [
            {
                "id": a.id,
                "partner": a.partner,
                "valid_until": a.valid_until.isoformat() if a.valid_until is not None else None,
                "state": a.state,
                "days": a.days,
            }
            for a in plan.agreements
        ],
        "revisions": [
            {"date": r.date.isoformat(), "approved_by": r.approved_by, "reference": r.reference} for r in plan.revisions
        ],
        "governance": governance_json(plan),
        "validation": _validation_json(plan.validation),
        "money": money_json(plan.money),
    }


def _period_json(period: PeriodStatus | None) -> dict[str, Any] | None:
    if period is None:
        return None
    return {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "elapsed": _fraction(period.elapsed),
        "phase": period.phase,
        "plan_year": period.plan_year,
        "plan_years": period.plan_years,
    }


def _criterion_json(c: CriterionStatus) -> dict[str, Any]:
    return {
        "id": c.id,
        "focus_area": c.focus_area,
        "indicator": c.indicator,
        "unit": c.unit,
        "direction": c.direction,
        "frequency": c.frequency,
        "baseline": reading_json(c.baseline),
        "target": reading_json(c.target),
        "latest": reading_json(c.latest),
        "progress": _fraction(c.progress),
        "expected": _fraction(c.expected),
        "state": c.state,
        "stale": c.stale,
        "age_days": c.age_days,
        **criterion_extras_json(c),
    }


def _milestone_json(m: MilestoneStatus) -> dict[str, Any]:
    return {
        "id": m.id,
        "title": m.title,
        "due": m.due.isoformat(),
        "state": m.state,
        "status": m.status,
        "completed": m.completed.isoformat() if m.completed is not None else None,
        "recent": m.recent,
        "days": m.days,
    }


def _budget_json(budget: BudgetStatus | None) -> dict[str, Any] | None:
    if budget is None:
        return None
    return {
        "total": budget.total,
        "lbf": budget.lbf,
        "local_share": _fraction(budget.local_share),
        "by_source": dict(budget.by_source),
        "current_year": budget.current.year if budget.current is not None else None,
        "years": [
            {
                "year": y.year,
                "planned": y.planned,
                "spent": y.spent,
                "lbf": y.lbf,
                "local_share": _fraction(y.local_share),
                "by_source": dict(y.by_source),
            }
            for y in budget.years
        ],
    }


def _evaluations_json(evaluations: EvaluationStatus | None) -> dict[str, Any] | None:
    if evaluations is None:
        return None
    last: dict[str, Any] | None = None
    upcoming: dict[str, Any] | None = None
    if evaluations.last_year is not None and evaluations.last_date is not None:
        last = {"year": evaluations.last_year, "date": evaluations.last_date.isoformat()}
    if evaluations.next_year is not None and evaluations.next_from is not None:
        upcoming = {
            "year": evaluations.next_year,
            "from": evaluations.next_from.isoformat(),
            "due": evaluations.next_due.isoformat() if evaluations.next_due is not None else None,
        }
    return {"last": last, "due": evaluations.due, "missing": list(evaluations.missing), "next": upcoming}


def _validation_json(summary: ValidationSummary) -> dict[str, Any]:
    return {
        "errors": summary.errors,
        "warnings": summary.warnings,
        "readable": summary.readable,
        "unread": list(summary.unread),
        "problems": [d.to_json() for d in summary.problems],
    }


def to_json(result: StatusResult) -> dict[str, Any]:
    """The JSON contract of ``hplan status`` (docs/status.md)."""
    options = result.options
    thresholds = options.thresholds
    return {
        "as_of": options.as_of.isoformat(),
        "horizon": options.horizon,
        "thresholds": {
            "on_track": thresholds.on_track,
            "at_risk": thresholds.at_risk,
            "maintain_tolerance": thresholds.maintain_tolerance,
            "stale_grace": thresholds.stale_grace,
        },
        "include_ended": options.include_ended,
        "ended_plans": result.ended,
        "plans": [_plan_json(plan) for plan in result.plans],
        "co_financing": [
            {"party": c.party, "name": c.name, "kind": c.kind, "year": c.year, "amount": c.amount}
            for c in result.co_financing
        ],
        "money": {"parties": portfolio_money_json(result.plans)},
        "files": [
            {"file": other.file, "kind": other.kind, "validation": _validation_json(other.validation)}
            for other in result.other_files
        ],
        "validation": {"files": result.files, "errors": result.errors, "warnings": result.warnings},
    }


def report_json(result: StatusResult, *, color: bool = False, language: str = "en") -> None:
    """Write the JSON contract to standard output (English in every language: a machine contract)."""
    del color, language
    sys.stdout.write(redact(json.dumps(to_json(result), ensure_ascii=False, indent=2)) + "\n")
