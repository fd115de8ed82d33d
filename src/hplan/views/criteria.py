"""Words for success criteria as delaftaler write them, shared by the status and report views.

A recorded judgement (målopfyldelse: met, partly met, not met) in the
report's language, a pending baseline, a sub-target, a qualitative
criterion's line, and which plans the "needs attention" list leaves out
because they have ended (afsluttet).
"""

from __future__ import annotations

from collections.abc import Sequence

from hplan.i18n import figure, t, tn
from hplan.status.model import AssessmentEntry, CriterionStatus, PlanStatus, QualitativeStatus, StatusResult


def judgement(status: str) -> str:
    """``met``, ``partly met``, ``not met`` (``opfyldt``, ``delvist opfyldt``, ``ikke opfyldt``)."""
    return t(f"c.judgement.{status}")


def judged(entry: AssessmentEntry) -> str:
    """``judged partly met for 2017``."""
    return t("c.judged", judgement=judgement(entry.status), year=entry.year)


def pending_baseline(criterion: CriterionStatus) -> str | None:
    """``baseline missing (due 2017-12-31)`` while the baseline is pending, else ``None``."""
    if criterion.baseline is not None or criterion.baseline_due is None:
        return None
    return t("c.baseline_pending", date=criterion.baseline_due)


def criterion_notes(criterion: CriterionStatus) -> list[str]:
    """What a criterion's line adds to its state: the sub-target held to, the recorded judgement."""
    notes = []
    if criterion.sub_target is not None:
        notes.append(t("c.sub_target", value=figure(criterion.sub_target.value), year=criterion.sub_target.date.year))
    if criterion.assessment is not None:
        notes.append(judged(criterion.assessment))
    return notes


def qualitative_state(criterion: QualitativeStatus) -> str:
    """The latest judgement, or that there is none yet; and the years that lack one."""
    state = judged(criterion.latest) if criterion.latest is not None else t("c.qualitative.not_judged")
    if criterion.missing:
        state += "; " + t("c.qualitative.missing", years=", ".join(map(str, criterion.missing)))
    return state


def qualitative_lines(plan: PlanStatus, ident: str = "{}") -> list[str]:
    """One line per qualitative criterion, text first: ``Styrket samarbejde (ub-samarbejde): judged met for 2018``."""
    # The text is a sentence; its full stop would fall before the id in parentheses.
    # ``ident`` marks the id up (markdown's code font: "`{}`").
    return [
        t("c.qualitative.row", id=ident.format(c.id), text=c.text.rstrip("."), state=qualitative_state(c))
        for c in plan.judged
    ]


def criteria_attention(plan: PlanStatus) -> list[str]:
    """Attention items of the new criteria parts: a baseline past due, a judgement missing."""
    items = [
        t("c.attention.baseline", name=c.indicator, date=c.baseline_due) for c in plan.criteria if c.baseline_overdue
    ]
    items += [
        t("c.attention.judgement", name=c.text.rstrip("."), years=", ".join(map(str, c.missing)))
        for c in plan.judged
        if c.missing
    ]
    return items


def attention_plans(result: StatusResult) -> tuple[Sequence[PlanStatus], list[str]]:
    """The plans the attention list covers, and the lines on the ended ones it leaves out.

    An ended plan (afsluttet) leaves the list unless ``--include-ended``: a
    line counts and names them, and each ended plan with an open closing
    duty - its evaluations - gets one line of its own. Validation errors are
    still counted in the summary.
    """
    ended = [plan for plan in result.plans if plan.ended]
    if result.options.include_ended or not ended:
        return result.plans, []
    kept = [plan for plan in result.plans if not plan.ended]
    lines = [tn("c.ended.left_out", len(ended), plans=", ".join(plan.label for plan in ended))]
    lines += [f"{plan.label}: {duty}" for plan in ended if (duty := closing_duty(plan)) is not None]
    return kept, lines


def closing_duty(plan: PlanStatus) -> str | None:
    """What an ended plan still owes: a missing evaluation, or the last one before its due date."""
    evaluations = plan.evaluations
    if evaluations is None:
        return None
    if evaluations.missing:
        return t("c.ended.duty_missing", years=", ".join(map(str, evaluations.missing)))
    if evaluations.open_now and evaluations.next_due is not None:
        return t("c.ended.duty_due", year=evaluations.next_year, date=evaluations.next_due)
    return None
