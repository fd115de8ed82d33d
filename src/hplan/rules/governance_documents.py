"""The contingency plan (beredskabsplan) and the bodies an approval log names."""

from __future__ import annotations

from collections.abc import Iterator

from hplan import codes
from hplan.check.context import PlanContext
from hplan.diagnostics import Severity
from hplan.domain.governance import review_due
from hplan.i18n import plural
from hplan.i18n.message import msg
from hplan.model.governance import COMMON_BODIES
from hplan.rules.registry import Finding, rule


@rule(codes.CONTINGENCY_PLAN_MISSING, Severity.WARNING, "plan")
def contingency_plan_missing(ctx: PlanContext) -> Iterator[Finding]:
    """The plan has a contingency plan where the profile requires one.

    A beredskabsplan is an attachment of the 2019-26 strategic agreement;
    the profile's ``contingency_plan`` says whether it is required and how a
    missing one is reported.

    Passing:
        # profile: lbf-2019-26
        contingency_plan: {adopted: 2020-06-01}
    Failing:
        # profile: lbf-2019-26, no contingency_plan
        revisions: []
    """
    required = ctx.profile.contingency_plan if ctx.profile is not None else None
    if required is None or not required.required or ctx.plan.contingency_plan is not None:
        return
    yield Finding(
        ("id",),
        msg("f.contingency.missing"),
        severity=Severity(required.severity),
    )


@rule(codes.CONTINGENCY_PLAN_REVIEW, Severity.WARNING, "plan")
def contingency_plan_review(ctx: PlanContext) -> Iterator[Finding]:
    """The contingency plan was reviewed within the profile's interval (``review_months``, 12 by default).

    Counted from the last review (``reviewed``) by ``--as-of``, else from
    its adoption; not once the plan's period has ended.

    Passing:
        # as of 2018-06-01
        contingency_plan: {adopted: 2017-03-01, reviewed: 2018-02-01}
    Failing:
        # as of 2018-06-01
        contingency_plan: {adopted: 2017-03-01}
    """
    months = ctx.profile.contingency_plan.review_months if ctx.profile is not None else 12
    due = review_due(ctx.plan, months, ctx.options.as_of)
    if due is not None:
        yield Finding(
            ("contingency_plan",),
            msg(plural("f.contingency.review", months), due=due, count=months),
            at_key=True,
        )


@rule(codes.APPROVAL_BODY, Severity.ERROR, "plan")
def approval_body(ctx: PlanContext) -> Iterator[Finding]:
    """Each body in the approval log is lbf, board, steering_group or a party of the plan.

    A party approves through its own decision-making body (the municipality's
    council or committee, the housing organisation's board); the log names
    it by the party's id.

    Passing:
        approvals: [{body: testby-kommune, date: 2018-02-22, reference: Udvalgsmøde punkt 5}]
    Failing:
        approvals: [{body: byraadet, date: 2018-02-22, reference: Byrådsmøde punkt 5}]
    """
    known = {*COMMON_BODIES, *(party.id for party in ctx.plan.parties)}
    for i, revision in enumerate(ctx.plan.revisions):
        for j, approval in enumerate(revision.approvals):
            if approval.body not in known:
                yield Finding(
                    ("revisions", i, "approvals", j, "body"),
                    msg(
                        "f.approval.body",
                        body=approval.body,
                        parties=", ".join(party.id for party in ctx.plan.parties),
                    ),
                )
