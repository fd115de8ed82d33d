"""The JSON of success criteria's new parts in ``hplan status`` (docs/json.md): English keys, ISO dates.

A quantitative criterion adds its pending baseline, the sub-target its
latest measurement is held to, its latest recorded judgement, its data lag
and its target group; a qualitative criterion has its judgements and the
years that lack one.
"""

from __future__ import annotations

from typing import Any

from hplan.status.model import AssessmentEntry, CriterionStatus, QualitativeStatus, Reading


def reading_json(reading: Reading | None) -> dict[str, Any] | None:
    """``{"value": 23.1, "date": "2017-12-31"}``, or ``None``."""
    return None if reading is None else {"value": reading.value, "date": reading.date.isoformat()}


def assessment_json(entry: AssessmentEntry | None) -> dict[str, Any] | None:
    """``{"year": 2017, "date": "2018-02-20", "status": "partly_met", "note": ...}``."""
    if entry is None:
        return None
    return {"year": entry.year, "date": entry.date.isoformat(), "status": entry.status, "note": entry.note}


def criterion_extras_json(c: CriterionStatus) -> dict[str, Any]:
    """The keys a quantitative criterion's object gains: each ``null`` (or 0) when the plan does not use the part."""
    return {
        "baseline_due": c.baseline_due.isoformat() if c.baseline_due is not None else None,
        "baseline_overdue": c.baseline_overdue,
        "sub_target": reading_json(c.sub_target),
        "assessment": assessment_json(c.assessment),
        "lag_months": c.lag_months,
        "target_group": c.target_group,
    }


def qualitative_json(q: QualitativeStatus) -> dict[str, Any]:
    """A qualitative criterion: its latest judgement, every judgement so far, the years without one."""
    return {
        "id": q.id,
        "focus_area": q.focus_area,
        "text": q.text,
        "source": q.source,
        "target_group": q.target_group,
        "latest": assessment_json(q.latest),
        "assessments": [assessment_json(a) for a in q.assessments],
        "missing": list(q.missing),
    }
