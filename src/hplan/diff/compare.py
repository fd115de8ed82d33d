"""Two versions of a plan -> the changes between them, each with the approval it needs.

The engine (:func:`compare`, :func:`diff_plans`) compares two validated
:class:`~hplan.model.plan.Plan` models, never YAML text: order, indentation,
comments, quoting and flow or block style cannot show up as a change, and a
field left at its default equals the default written out. The walk
(:mod:`hplan.diff.walk`) finds where the plans differ, matching list items
on the identity their model declares; :mod:`hplan.diff.approvals` classifies
each difference by the profile's rules; :mod:`hplan.diff.budget` adds the
budget's derived facts and view. A whole plan added or removed is one
change at ``plan``. Nothing here reads files or prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from hplan.diff.approvals import highest_of, judge, recorded_bodies
from hplan.diff.budget import budget_view, with_budget_facts
from hplan.diff.model import Change, PlanDiff
from hplan.diff.walk import Raw, walk_plans
from hplan.domain.budget import LBF
from hplan.errors import ProfileError
from hplan.i18n import plural
from hplan.i18n.message import Message, msg
from hplan.model.plan import Plan
from hplan.profiles import Approvals, ChangeKind, Profile, builtin

PLAN_PATH = "plan"


def diff_plans(old: Plan | None, new: Plan | None, profile: Profile | None = None) -> list[Change]:
    """The changes from ``old`` to ``new`` (``None``: the plan is added or removed).

    ``profile`` classifies them; by default the built-in profile the new (or
    old) plan names.
    """
    return list(compare(old, new, profile).changes)


def compare(
    old: Plan | None,
    new: Plan | None,
    profile: Profile | None = None,
    *,
    old_label: str | None = None,
    new_label: str | None = None,
    as_of: dt.date | None = None,
) -> PlanDiff:
    """Compare two versions of a plan into a :class:`PlanDiff` with changes, budget view, approvals.

    Revisions entries dated after ``as_of`` (when given) record no approval yet.
    """
    plan = new if new is not None else old
    if plan is None:
        raise ValueError("compare() needs at least one plan")
    if profile is None:
        profile = _builtin_profile(new, old)
    areas = _area_names(old, new, profile)
    parties = party_kinds(old, new)
    names = source_names(old, new)
    if old is None or new is None:
        whole = _whole_plan(old, new, profile.approvals)
        bodies = recorded_bodies(new.revisions if new is not None else [], [], as_of)
        return PlanDiff(
            plan.id, plan.name, old_label, new_label, (whole,), None, highest_of(bodies), areas, bodies, names
        )
    changes = [_classified(raw, profile.approvals, parties) for raw in walk_plans(old, new)]
    changes = with_budget_facts(changes, old, new, profile, parties)
    bodies = recorded_bodies(new.revisions, old.revisions, as_of)
    budget = budget_view(old, new, profile.min_local_share)
    return PlanDiff(
        new.id, new.name, old_label, new_label, tuple(changes), budget, highest_of(bodies), areas, bodies, names
    )


def party_kinds(*plans: Plan | None) -> dict[str, str]:
    """Each party id of the plans -> its kind (the newer side's first)."""
    kinds: dict[str, str] = {}
    for plan in plans:
        for party in plan.parties if plan is not None else ():
            kinds.setdefault(party.id, party.kind)
    return kinds


def source_names(*plans: Plan | None) -> tuple[tuple[str, str], ...]:
    """Each funding source and party id -> the name a person reads."""
    names: dict[str, str] = {LBF: "Landsbyggefonden"}
    for plan in plans:
        for party in plan.parties if plan is not None else ():
            names.setdefault(party.id, party.name)
    return tuple(names.items())


def _whole_plan(old: Plan | None, new: Plan | None, approvals: Approvals) -> Change:
    """The one change of a plan that exists at one side only: added or removed, named by its name."""
    kind: ChangeKind = "added" if old is None else "removed"
    level, reason, bodies = judge(PLAN_PATH, kind, approvals, {})
    old_name, new_name = None if old is None else old.name, None if new is None else new.name
    return Change(PLAN_PATH, kind, old_name, new_name, level, reason, bodies=bodies)


def _builtin_profile(*plans: Plan | None) -> Profile:
    """The built-in profile the first of ``plans`` names (the new side's, then the old side's)."""
    named = [plan.profile for plan in plans if plan is not None]
    for name in named:
        found = builtin(name)
        if found is not None:
            return found
    shown = named[0] if named else "?"
    raise ProfileError(msg("err.profile.not_builtin", name=shown))


def _area_names(old: Plan | None, new: Plan | None, profile: Profile) -> tuple[tuple[str, str], ...]:
    names: dict[str, str] = {}
    for plan in (new, old):
        if plan is not None:
            for area in plan.focus_areas:
                names.setdefault(area.id, profile.focus_area_name(area.id) or area.id)
    return tuple(names.items())


def _classified(raw: Raw, approvals: Approvals, parties: Mapping[str, str]) -> Change:
    level, reason, bodies = judge(raw.path, raw.kind, approvals, parties, raw.new if raw.new is not None else raw.old)
    return Change(raw.path, raw.kind, raw.old, raw.new, level, reason, _note(raw), raw.focus_area, bodies)


def _note(raw: Raw) -> str | Message:
    """A reviewer's aid: how far a date moved."""
    if raw.kind == "changed" and isinstance(raw.old, str) and isinstance(raw.new, str):
        before, after = _as_date(raw.old), _as_date(raw.new)
        if before is not None and after is not None:
            days = (after - before).days
            return msg(plural("d.note.later" if days > 0 else "d.note.earlier", abs(days)), count=abs(days))
    return ""


def _as_date(text: str) -> dt.date | None:
    if len(text) != 10:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
