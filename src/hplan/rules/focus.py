"""Focus areas and their success criteria."""

from __future__ import annotations

from collections.abc import Iterator

from hplan import codes
from hplan.check.context import PlanContext
from hplan.diagnostics import Severity
from hplan.i18n.glossary import term
from hplan.i18n.message import Term, did_you_mean, msg
from hplan.profiles import builtin_names
from hplan.rules.criteria import quantitative
from hplan.rules.registry import Finding, rule


@rule(codes.UNKNOWN_PROFILE, Severity.ERROR, "plan")
def unknown_profile(ctx: PlanContext) -> Iterator[Finding]:
    """The plan's profile exists: a built-in rule set or a profile file.

    The profile fixes the allowed focus areas, the minimum local share and
    the period length; without it those rules cannot run.

    Passing:
        profile: lbf-2015-18
    Failing:
        profile: lbf-2015
    """
    if ctx.profile is None and ctx.profile_problem is not None:
        yield Finding(("profile",), msg("f.profile.unusable", problem=ctx.profile_problem))
    elif ctx.profile is None:
        reference = ctx.plan.profile
        hint = did_you_mean(reference, builtin_names())
        yield Finding(
            ("profile",), msg("f.profile.unknown", reference=reference, hint=hint, names=", ".join(builtin_names()))
        )


@rule(codes.FOCUS_AREA_NOT_IN_PROFILE, Severity.ERROR, "plan")
def focus_area_not_in_profile(ctx: PlanContext) -> Iterator[Finding]:
    """Every focus area belongs to the plan's profile.

    A plan picks one or more of its profile's focus areas; not all are
    required.

    Passing:
        profile: lbf-2015-18
        focus_areas:
          - id: tryghed-og-trivsel
    Failing:
        profile: lbf-2015-18
        focus_areas:
          - id: beskaeftigelse
    """
    if ctx.profile is None:
        return
    allowed = [area.id for area in ctx.profile.focus_areas]
    for i, area in enumerate(ctx.plan.focus_areas):
        if area.id not in allowed:
            hint = did_you_mean(area.id, allowed)
            profile = term("profile", ctx.profile.id)
            named = ", ".join(f"{entry.id} ({entry.name})" for entry in ctx.profile.focus_areas)
            listing = Term(", ".join(allowed), named)  # Danish names each area too (spec/danish.md V13)
            yield Finding(
                ("focus_areas", i, "id"),
                msg("f.focus.not_in_profile", id=area.id, profile=profile, hint=hint, allowed=listing),
            )


@rule(codes.FOCUS_AREA_WITHOUT_CRITERIA, Severity.ERROR, "plan")
def focus_area_without_criteria(ctx: PlanContext) -> Iterator[Finding]:
    """Every focus area has at least one success criterion.

    The sub-agreement (delaftale) of a focus area sets locally measured
    success criteria; without one the board cannot follow up.

    Passing:
        focus_areas:
          - id: tryghed-og-trivsel
            success_criteria:
              - {id: tt-tryghed, ...}
    Failing:
        focus_areas:
          - id: tryghed-og-trivsel
            success_criteria: []
    """
    for i, area in enumerate(ctx.plan.focus_areas):
        if not area.success_criteria:
            yield Finding(
                ("focus_areas", i, "id"),
                msg("f.focus.no_criteria", id=area.id),
            )


@rule(codes.TARGET_DIRECTION, Severity.ERROR, "plan")
def target_direction(ctx: PlanContext) -> Iterator[Finding]:
    """A criterion's target moves from its baseline in its direction.

    A ``decrease`` needs a target below the baseline, an ``increase`` one
    above it; a ``maintain`` target equals the baseline or keeps it. The
    target date comes after the baseline date.

    Passing:
        direction: decrease
        baseline: {value: 24.0, date: 2016-12-31}
        target: {value: 18.0, date: 2020-12-31}
    Failing:
        direction: decrease
        baseline: {value: 24.0, date: 2016-12-31}
        target: {value: 28.0, date: 2020-12-31}
    """
    for criterion, at in quantitative(ctx.plan):
        if criterion.baseline is None:  # pending: HP306 / HP604 speak of it
            continue
        path = (*at, "target")
        base, target = criterion.baseline.value, criterion.target.value
        if criterion.direction == "decrease" and not target < base:
            yield Finding(
                (*path, "value"),
                msg("f.target.decrease", id=criterion.id, target=target, base=base),
            )
        elif criterion.direction == "increase" and not target > base:
            yield Finding(
                (*path, "value"),
                msg("f.target.increase", id=criterion.id, target=target, base=base),
            )
        if criterion.target.date <= criterion.baseline.date:
            yield Finding(
                (*path, "date"),
                msg("f.target.date", id=criterion.id, target=criterion.target.date, base=criterion.baseline.date),
            )


@rule(codes.PERCENT_RANGE, Severity.ERROR, "plan")
def percent_range(ctx: PlanContext) -> Iterator[Finding]:
    """Percentages lie between 0 and 100.

    Baselines, targets, sub-targets and measurements of a criterion with
    ``unit: percent`` are checked.

    Passing:
        unit: percent
        target: {value: 18.0, date: 2020-12-31}
    Failing:
        unit: percent
        target: {value: 118.0, date: 2020-12-31}
    """
    for criterion, base in quantitative(ctx.plan):
        if criterion.unit != "percent":
            continue
        values: list[tuple[float, tuple[str | int, ...]]] = [(criterion.target.value, (*base, "target", "value"))]
        if criterion.baseline is not None:
            values.insert(0, (criterion.baseline.value, (*base, "baseline", "value")))
        values += [(s.value, (*base, "targets", k, "value")) for k, s in enumerate(criterion.targets)]
        values += [(m.value, (*base, "measurements", k, "value")) for k, m in enumerate(criterion.measurements)]
        for value, path in values:
            if not 0 <= value <= 100:
                yield Finding(path, msg("f.percent.range", value=value))
