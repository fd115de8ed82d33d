"""The board as a body: its terms of reference, its members, its meetings and their follow-up of the criteria.

A plan's board is the shared board file it points to, or the board written
into the plan; the rules of plan scope judge either, at the plan's
``organisation.board``. Meetings dated after ``--as-of`` are planned, not
held, and count for nothing here.
"""

from __future__ import annotations

from collections.abc import Iterator

from hplan import codes
from hplan.check.context import BoardContext, PlanContext
from hplan.diagnostics import Severity
from hplan.domain.governance import BoardLike, meeting_due, represented, years_without_follow_up
from hplan.i18n import plural
from hplan.i18n.message import Message, msg
from hplan.rules.boards import BOARD_PATH
from hplan.rules.registry import Finding, rule

# The kinds of party whose top administrative management sits on the board (LBF, 2015-18 onwards).
MANAGING_KINDS = ("municipality", "housing_organisation")


def plan_board(ctx: PlanContext) -> BoardLike | None:
    """The plan's board: the shared board file, the board in the plan, or ``None`` when the file is unusable."""
    reference = ctx.plan.organisation.board
    if isinstance(reference, str):
        return ctx.board
    return reference


@rule(codes.BOARD_TERMS_OF_REFERENCE, Severity.WARNING, "plan")
def board_terms_of_reference(ctx: PlanContext) -> Iterator[Finding]:
    """The board has terms of reference (kommissorium) where the profile requires them.

    The 2019-26 strategic agreement lists the board's kommissorium among its
    attachments; the profile's ``board_terms_of_reference`` says whether it is
    required and how a missing one is reported.

    Passing:
        # profile: lbf-2019-26
        board:
          name: Bestyrelsen
          members: [...]
          terms_of_reference: {adopted: 2020-03-01, reference: Kommissorium v1, meetings_per_year: 2}
    Failing:
        # profile: lbf-2019-26
        board:
          name: Bestyrelsen
          members: [...]
    """
    board = plan_board(ctx)
    required = ctx.profile.board_terms_of_reference if ctx.profile is not None else None
    if board is None or required is None or not required.required or board.terms_of_reference is not None:
        return
    yield Finding(
        BOARD_PATH,
        msg("f.board.no_terms", name=board.name),
        severity=Severity(required.severity),
    )


@rule(codes.BOARD_PARTY_MISSING, Severity.WARNING, "plan")
def board_party_missing(ctx: PlanContext) -> Iterator[Finding]:
    """Each municipality and housing organisation of the plan has a member on the board.

    The board has "representation af den øverste administrative ledelse" of
    the municipality and the housing organisations. Checked once a board
    file names the ``party`` of a member: a member represents a party by its
    ``party``, or by an ``organisation`` written as the party's id or name.

    Passing:
        # parties: testby-kommune (municipality), testby-bolig (housing organisation)
        members:
          - {role: Direktør, organisation: Testby Kommune, party: testby-kommune}
          - {role: Direktør, organisation: Testby Boligselskab, party: testby-bolig}
    Failing:
        # parties: testby-kommune (municipality), testby-bolig (housing organisation)
        members:
          - {role: Direktør, organisation: Testby Boligselskab, party: testby-bolig}
    """
    board = plan_board(ctx)
    if board is None or not any(getattr(member, "party", None) for member in board.members):
        return
    for party in ctx.plan.parties:
        if party.kind in MANAGING_KINDS and not represented(party, board.members):
            yield Finding(
                BOARD_PATH,
                msg("f.board.party_missing", board=board.name, party=party.name, id=party.id),
            )


@rule(codes.BOARD_MEETING_OVERDUE, Severity.WARNING, "plan")
def board_meeting_overdue(ctx: PlanContext) -> Iterator[Finding]:
    """The board has met as often as its terms of reference say.

    With ``meetings_per_year: 2`` the next meeting is due half a year (182
    days) after the last one held by ``--as-of``, or after the terms were
    adopted. Once the plan's period has ended, the board need not meet for it.

    Passing:
        # as of 2018-06-01
        terms_of_reference: {adopted: 2017-03-01, reference: Kommissorium, meetings_per_year: 2}
        meetings: [{date: 2018-03-01}]
    Failing:
        # as of 2018-06-01
        terms_of_reference: {adopted: 2017-03-01, reference: Kommissorium, meetings_per_year: 2}
        meetings: [{date: 2017-04-01}]
    """
    board = plan_board(ctx)
    if board is None or board.terms_of_reference is None or ctx.plan.period.end < ctx.options.as_of:
        return
    found = meeting_due(board, ctx.options.as_of)
    if found is not None:
        since, due = found
        per_year = board.terms_of_reference.meetings_per_year
        yield Finding(
            BOARD_PATH,
            msg(plural("f.board.meeting_overdue", per_year), name=board.name, since=since, count=per_year, due=due),
        )


@rule(codes.CRITERIA_NOT_FOLLOWED_UP, Severity.WARNING, "plan")
def criteria_not_followed_up(ctx: PlanContext) -> Iterator[Finding]:
    """In each year that has ended, a board meeting followed up the plan's success criteria.

    The board follows up on the goals of the strategic agreement. Checked
    once the board records meetings: a year of the period that has ended
    with no meeting concerning the plan whose ``followed_up`` names one of
    its criteria is a warning.

    Passing:
        # as of 2018-06-01, period from 2017
        meetings: [{date: 2017-09-01, followed_up: [ub-neet]}]
    Failing:
        # as of 2018-06-01, period from 2017
        meetings: [{date: 2017-09-01, items: [Budget 2018]}]
    """
    board = plan_board(ctx)
    if board is None or not board.meetings:
        return
    for year in years_without_follow_up(ctx.plan, board.meetings, ctx.options.as_of):
        yield Finding(
            BOARD_PATH,
            msg("f.board.not_followed_up", name=board.name, year=year),
        )


@rule(codes.BOARD_MEETING_PLAN, Severity.ERROR, "board")
def board_meeting_plan(ctx: BoardContext) -> Iterator[Finding]:
    """A board meeting and its decisions concern plans the board governs.

    Passing:
        plans: [oest-i-centrum]
        meetings: [{date: 2018-03-01, plans: [oest-i-centrum]}]
    Failing:
        plans: [oest-i-centrum]
        meetings: [{date: 2018-03-01, plans: [loevvangen]}]
    """
    governed = set(ctx.board.plans)
    for i, meeting in enumerate(ctx.board.meetings):
        for j, plan_id in enumerate(meeting.plans):
            if plan_id not in governed:
                yield Finding(("meetings", i, "plans", j), _not_governed(plan_id))
        for j, decision in enumerate(meeting.decisions):
            for k, plan_id in enumerate(decision.plans):
                if plan_id not in governed:
                    yield Finding(("meetings", i, "decisions", j, "plans", k), _not_governed(plan_id))


def _not_governed(plan_id: str) -> Message:
    return msg("f.board.not_governed", id=plan_id)
