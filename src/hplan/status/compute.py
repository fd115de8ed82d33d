"""Transitional: the names the views import from here, until they import them from their own modules.

Remove this module once ``hplan.views.status.text`` and
``hplan.views.yearly.render`` import from ``hplan.status.model`` and
``hplan.status.criteria``; nothing else may import it.
"""

from __future__ import annotations

from hplan.status.criteria import deviation
from hplan.status.model import (
    AgreementStatus,
    BudgetStatus,
    Contribution,
    CriterionStatus,
    EvaluationStatus,
    MilestoneStatus,
    PlanStatus,
    Reading,
    StatusResult,
    ValidationSummary,
)

__all__ = [
    "AgreementStatus",
    "BudgetStatus",
    "Contribution",
    "CriterionStatus",
    "EvaluationStatus",
    "MilestoneStatus",
    "PlanStatus",
    "Reading",
    "StatusResult",
    "ValidationSummary",
    "deviation",
]
