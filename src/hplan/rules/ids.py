"""Identity and references inside one plan: ids unique per kind, references resolve."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hplan import codes
from hplan.check.context import PlanContext
from hplan.diagnostics import Severity
from hplan.i18n.message import Message, did_you_mean, msg
from hplan.model.plan import CROSS_CUTTING, Plan
from hplan.rules.registry import Finding, rule

DocPath = tuple[str | int, ...]


def _id_kinds(plan: Plan) -> Iterator[tuple[Message, list[tuple[str, DocPath]]]]:
    """Each kind of item with the (id, path) of its items."""
    yield msg("f.kind.party"), [(p.id, ("parties", i, "id")) for i, p in enumerate(plan.parties)]
    yield msg("f.kind.target_group"), [(g.id, ("target_groups", i, "id")) for i, g in enumerate(plan.target_groups)]
    yield msg("f.kind.focus_area"), [(f.id, ("focus_areas", i, "id")) for i, f in enumerate(plan.focus_areas)]
    yield (
        msg("f.kind.criterion"),
        [
            (c.id, ("focus_areas", i, "success_criteria", j, "id"))
            for i, f in enumerate(plan.focus_areas)
            for j, c in enumerate(f.success_criteria)
        ],
    )
    yield (
        msg("f.kind.activity"),
        [
            (a.id, ("focus_areas", i, "activities", j, "id"))
            for i, f in enumerate(plan.focus_areas)
            for j, a in enumerate(f.activities)
        ],
    )
    yield (
        msg("f.kind.activity_group"),
        [(g.id, ("organisation", "activity_groups", i, "id")) for i, g in enumerate(plan.organisation.activity_groups)],
    )
    yield (
        msg("f.kind.agreement"),
        [(a.id, ("cooperation_agreements", i, "id")) for i, a in enumerate(plan.cooperation_agreements)],
    )
    yield msg("f.kind.milestone"), [(m.id, ("milestones", i, "id")) for i, m in enumerate(plan.milestones)]
    yield (
        msg("f.kind.budget_line"),
        [
            (f"{line.year}/{line.focus_area}/{line.category}", ("budget", "lines", i))
            for i, line in enumerate(plan.budget.lines)
        ],
    )


@rule(codes.DUPLICATE_ID, Severity.ERROR, "plan")
def duplicate_id(ctx: PlanContext) -> Iterator[Finding]:
    """Ids are unique within their kind inside a plan.

    Two success criteria may not share an id (a criterion and an activity
    may). Budget lines are identified by year, focus area and category, so
    two lines with all three equal are duplicates too. Reported at the second
    occurrence.

    Passing:
        success_criteria:
          - {id: ub-neet, ...}
          - {id: ub-fastholdelse, ...}
    Failing:
        success_criteria:
          - {id: ub-neet, ...}
          - {id: ub-neet, ...}
    """
    for kind, items in _id_kinds(ctx.plan):
        seen: dict[str, DocPath] = {}
        for ident, path in items:
            if ident in seen:
                yield Finding(path, msg("f.id.twice", kind=kind, id=ident))
            else:
                seen[ident] = path


def _unknown(kind: str, value: str, known: Iterable[str]) -> Message:
    names = sorted(known)
    hint = did_you_mean(value, names)
    listing = msg("f.unknown.known", names=", ".join(names)) if names and not hint else ""
    return msg("f.unknown.ref", kind=msg(kind), id=value, hint=hint, listing=listing)


@rule(codes.UNKNOWN_FOCUS_AREA, Severity.ERROR, "plan")
def unknown_focus_area(ctx: PlanContext) -> Iterator[Finding]:
    """Every reference to a focus area names one of the plan's focus areas.

    Staff, activity groups, cooperation agreements, milestones and budget
    lines refer to focus areas by id (budget lines may also say
    ``cross_cutting``).

    Passing:
        milestones:
          - {id: m1, title: Lektiecafé åbner, due: 2017-09-01, focus_area: uddannelse-og-beskaeftigelse}
    Failing:
        milestones:
          - {id: m1, title: Lektiecafé åbner, due: 2017-09-01, focus_area: uddannelse}
    """
    plan = ctx.plan
    known = {f.id for f in plan.focus_areas}
    refs: list[tuple[str, DocPath]] = []
    for i, staff in enumerate(plan.organisation.secretariat.staff):
        base: DocPath = ("organisation", "secretariat", "staff", i, "focus_areas")
        refs += [(a, (*base, j)) for j, a in enumerate(staff.focus_areas)]
    for i, group in enumerate(plan.organisation.activity_groups):
        refs += [(a, ("organisation", "activity_groups", i, "focus_areas", j)) for j, a in enumerate(group.focus_areas)]
    for i, agreement in enumerate(plan.cooperation_agreements):
        refs += [(a, ("cooperation_agreements", i, "focus_areas", j)) for j, a in enumerate(agreement.focus_areas)]
    for i, milestone in enumerate(plan.milestones):
        if milestone.focus_area is not None:
            refs.append((milestone.focus_area, ("milestones", i, "focus_area")))
    for i, line in enumerate(plan.budget.lines):
        if line.focus_area != CROSS_CUTTING:
            refs.append((line.focus_area, ("budget", "lines", i, "focus_area")))
    for ref, path in refs:
        if ref not in known:
            yield Finding(path, _unknown("f.kind.focus_area", ref, known))


@rule(codes.UNKNOWN_ACTIVITY, Severity.ERROR, "plan")
def unknown_activity(ctx: PlanContext) -> Iterator[Finding]:
    """A milestone's ``activity`` names an activity of the plan.

    When the milestone also names a focus area, the activity must belong to
    that focus area.

    Passing:
        milestones:
          - {id: m1, title: Åbning, due: 2017-09-01, activity: ub-lektiecafe}
    Failing:
        milestones:
          - {id: m1, title: Åbning, due: 2017-09-01, activity: lektiecafe}
    """
    plan = ctx.plan
    owner = {a.id: f.id for f in plan.focus_areas for a in f.activities}
    for i, milestone in enumerate(plan.milestones):
        if milestone.activity is None:
            continue
        path: DocPath = ("milestones", i, "activity")
        area = owner.get(milestone.activity)
        if area is None:
            yield Finding(path, _unknown("f.kind.activity", milestone.activity, owner))
        elif milestone.focus_area is not None and area != milestone.focus_area:
            yield Finding(
                path,
                msg("f.activity.other_area", activity=milestone.activity, area=area, own=milestone.focus_area),
            )


@rule(codes.UNKNOWN_PARTY, Severity.ERROR, "plan")
def unknown_party(ctx: PlanContext) -> Iterator[Finding]:
    """Signatures and budget funding sources name parties of the plan.

    A funding source is ``lbf``, ``other`` or a party id; a signature's
    ``party`` is a party id.

    Passing:
        funding: {lbf: 450000, aalborg-kommune: 100000}
    Failing:
        funding: {lbf: 450000, aalborg: 100000}
    """
    plan = ctx.plan
    parties = {p.id for p in plan.parties}
    for i, signature in enumerate(plan.strategic_agreement.signatures):
        if signature.party not in parties:
            path: DocPath = ("strategic_agreement", "signatures", i, "party")
            yield Finding(path, _unknown("f.kind.party", signature.party, parties))
    sources = parties | {"lbf", "other"}
    for i, line in enumerate(plan.budget.lines):
        for source in line.funding:
            if source not in sources:
                yield Finding(
                    ("budget", "lines", i, "funding", source),
                    msg("f.unknown.source", unknown=_unknown("f.kind.funding_source", source, sources)),
                    at_key=True,
                )
