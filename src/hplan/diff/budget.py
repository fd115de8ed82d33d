"""The budget between two versions of a plan: a reviewer's view, and the facts the approval rules classify.

Budget lines show up in the walk one field at a time; what a reviewer and
the profile care about is the sum of them. :func:`budget_view` is planned
funding per year and source before and after; :func:`with_budget_facts`
adds two derived changes for the rules to classify, ``budget.lbf_total`` and
``budget.local_share_below_minimum``. The arithmetic is
:mod:`hplan.domain.budget`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from hplan.diff.approvals import judge
from hplan.diff.model import AmountChange, BudgetView, Change, share
from hplan.diff.walk import unmatched
from hplan.domain.budget import LBF, Totals, fell_below, totals, yearly_totals
from hplan.i18n.message import msg
from hplan.model.plan import Plan
from hplan.profiles import Approvals, Profile

LBF_TOTAL_PATH = "budget.lbf_total"
LOCAL_SHARE_PATH = "budget.local_share_below_minimum"
PARTY_TOTAL_PATH = "budget.party_total[{party}]"

SourceOrder = Callable[[Mapping[str, int], Mapping[str, int]], list[str]]


def with_budget_facts(
    changes: list[Change], old: Plan, new: Plan, profile: Profile, parties: Mapping[str, str]
) -> list[Change]:
    """Add ``budget.lbf_total``, ``budget.party_total[...]`` and ``budget.local_share_below_minimum``."""
    before, after = totals(old), totals(new)
    derived = [
        fact
        for fact in (
            _lbf_total(before, after, profile.approvals),
            *_party_totals(before, after, profile.approvals, parties),
            _local_share(before, after, profile),
        )
        if fact is not None
    ]
    if not derived:
        return changes
    last = max((i for i, change in enumerate(changes) if change.path.startswith("budget")), default=len(changes) - 1)
    return changes[: last + 1] + derived + changes[last + 1 :]


def _lbf_total(before: Totals, after: Totals, approvals: Approvals) -> Change | None:
    if before.lbf == after.lbf:
        return None
    level, reason, bodies = judge(LBF_TOTAL_PATH, "changed", approvals, {})
    note = msg("d.note.lbf_total", change=after.lbf - before.lbf)
    return Change(LBF_TOTAL_PATH, "changed", before.lbf, after.lbf, level, reason, note, bodies=bodies)


def _party_totals(
    before: Totals, after: Totals, approvals: Approvals, parties: Mapping[str, str]
) -> list[Change | None]:
    """A party's planned total over the period that changes: that party approves its own co-financing."""
    facts: list[Change | None] = []
    for party in parties:
        old, new = before.by_source.get(party, 0), after.by_source.get(party, 0)
        if old != new:
            path = PARTY_TOTAL_PATH.format(party=party)
            level, reason, bodies = judge(path, "changed", approvals, parties)
            facts.append(
                Change(
                    path, "changed", old, new, level, reason, msg("d.note.lbf_total", change=new - old), bodies=bodies
                )
            )
    return facts


def _local_share(before: Totals, after: Totals, profile: Profile) -> Change | None:
    share_before, share_after = before.local_share, after.local_share
    minimum = profile.min_local_share
    if share_after is None or not fell_below(share_before, share_after, minimum):
        return None
    level, reason, bodies = judge(LOCAL_SHARE_PATH, "changed", profile.approvals, {})
    shown = msg("d.note.share", share=share_before * 100) if share_before is not None else msg("d.note.no_budget")
    note = msg("d.note.share_below", before=shown, after=share_after * 100, minimum=minimum * 100)
    old, new = share(share_before), share(share_after)
    return Change(LOCAL_SHARE_PATH, "changed", old, new, level, reason, note, bodies=bodies)


def _funding_lines(plan: Plan) -> list[Any]:
    return [[line.year, line.focus_area, line.category, sorted(line.funding.items())] for line in plan.budget.lines]


def budget_view(old: Plan, new: Plan, minimum: float) -> BudgetView | None:
    """Planned funding per year and source before and after, or ``None`` when no funding changed."""
    if unmatched(_funding_lines(old), _funding_lines(new)) == ([], []):
        return None
    order = _source_order(old, new)
    whole_before, whole_after = totals(old), totals(new)
    overall = tuple(
        AmountChange(None, source, whole_before.by_source.get(source, 0), whole_after.by_source.get(source, 0))
        for source in order(whole_before.by_source, whole_after.by_source)
    )
    return BudgetView(
        _moved_per_year(old, new, order),
        overall,
        whole_before.total,
        whole_after.total,
        whole_before.local_share,
        whole_after.local_share,
        minimum,
    )


def _moved_per_year(old: Plan, new: Plan, order: SourceOrder) -> tuple[AmountChange, ...]:
    """Each year and source whose planned funding differs, by year and then in ``order``."""
    by_year_old, by_year_new = yearly_totals(old), yearly_totals(new)
    empty = Totals({})
    moved: list[AmountChange] = []
    for year in sorted(set(by_year_old) | set(by_year_new)):
        before = by_year_old.get(year, empty).by_source
        after = by_year_new.get(year, empty).by_source
        moved.extend(
            AmountChange(year, source, before.get(source, 0), after.get(source, 0))
            for source in order(before, after)
            if before.get(source, 0) != after.get(source, 0)
        )
    return tuple(moved)


def _source_order(old: Plan, new: Plan) -> SourceOrder:
    """Sort funding sources: lbf, then the parties in the plan's order, then the rest by name."""
    rank: dict[str, int] = {LBF: 0}
    for plan in (new, old):
        for party in plan.parties:
            rank.setdefault(party.id, len(rank))

    def order(before: Mapping[str, int], after: Mapping[str, int]) -> list[str]:
        sources = set(before) | set(after)
        return sorted(sources, key=lambda source: (rank.get(source, len(rank)), source))

    return order
