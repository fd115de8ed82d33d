"""The strategic agreement and the organisation of the plan."""

from __future__ import annotations

from collections.abc import Iterator

from hplan import codes
from hplan.check.context import PlanContext
from hplan.diagnostics import Severity
from hplan.i18n.glossary import term
from hplan.i18n.message import msg
from hplan.rules.registry import Finding, rule


@rule(codes.MISSING_SIGNATURE, Severity.ERROR, "plan")
def missing_signature(ctx: PlanContext) -> Iterator[Finding]:
    """The strategic agreement carries a signature for each party.

    Every party listed under ``parties`` signs the strategisk
    samarbejdsaftale.

    Passing:
        parties: [{id: alabu, ...}, {id: aalborg-kommune, ...}]
        signatures:
          - {party: alabu, date: 2017-01-16, role: Direktør}
          - {party: aalborg-kommune, date: 2017-01-20, role: Rådmand}
    Failing:
        parties: [{id: alabu, ...}, {id: aalborg-kommune, ...}]
        signatures:
          - {party: alabu, date: 2017-01-16, role: Direktør}
    """
    signed = {s.party for s in ctx.plan.strategic_agreement.signatures}
    for party in ctx.plan.parties:
        if party.id not in signed:
            yield Finding(
                ("strategic_agreement", "signatures"),
                msg("f.signature.missing", id=party.id),
                at_key=True,
            )


@rule(codes.MILESTONE_COMPLETION, Severity.ERROR, "plan")
def milestone_completion(ctx: PlanContext) -> Iterator[Finding]:
    """A milestone marked done says when it was completed, and only then.

    ``completed`` is required with ``status: done`` and makes no sense with
    any other status.

    Passing:
        - {id: m1, title: Åbning, due: 2017-09-01, status: done, completed: 2017-08-28}
    Failing:
        - {id: m1, title: Åbning, due: 2017-09-01, status: done}
    """
    for i, milestone in enumerate(ctx.plan.milestones):
        if milestone.status == "done" and milestone.completed is None:
            yield Finding(("milestones", i, "status"), msg("f.milestone.done_without_date", id=milestone.id))
        elif milestone.status != "done" and milestone.completed is not None:
            yield Finding(
                ("milestones", i, "completed"),
                msg(
                    "f.milestone.date_without_done",
                    id=milestone.id,
                    status=term("milestone_state", milestone.status),
                ),
            )
