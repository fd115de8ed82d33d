"""What ``hplan diff`` finds: changes, budget views, one plan's diff, a whole run's result.

These are plain frozen values that the views read and that travel back from
worker processes. Every text in them that came from a plan is redacted on
the way in: plans must never hold a CPR number, and if one does no output
repeats it. Their ``to_json`` methods are the stable JSON contract of
``docs/diff.md``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hplan.diagnostics import Diagnostic
from hplan.diff.approvals import Threshold, covers, highest, reaches
from hplan.i18n.message import mapped
from hplan.privacy import redact
from hplan.profiles import ApprovalLevel, ChangeKind

# Rounding of shares in changes and JSON, as cli.md writes them (0.2534).
SHARE_DIGITS = 4


def share(value: float | None) -> float | None:
    """A share rounded as the output writes it."""
    return None if value is None else round(value, SHARE_DIGITS)


def _redact_value(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_redact_value(item) for item in value]
    if isinstance(value, dict):
        return {redact(str(key)): _redact_value(item) for key, item in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two versions of a plan, with the approval it needs.

    ``path`` names the place in plan terms
    (``focus_areas[beskaeftigelse].success_criteria[be-ledighed].target.value``);
    ``old``/``new`` are plain JSON values (``None`` for the missing side);
    ``note`` is a reviewer's aid such as "92 days later"; ``focus_area`` is the
    focus area the change belongs to, for grouping, when it belongs to one.
    """

    path: str
    kind: ChangeKind
    old: Any
    new: Any
    approval: ApprovalLevel
    reason: str
    note: str = ""
    focus_area: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # Plans must never hold a CPR number; if one does, no output repeats it.
        object.__setattr__(self, "path", redact(self.path))
        object.__setattr__(self, "old", _redact_value(self.old))
        object.__setattr__(self, "new", _redact_value(self.new))
        object.__setattr__(self, "note", mapped(self.note, redact))
        if self.focus_area is not None:
            object.__setattr__(self, "focus_area", redact(self.focus_area))

    def to_json(self) -> dict[str, Any]:
        """The stable JSON shape of ``docs/diff.md``."""
        return {
            "path": self.path,
            "kind": self.kind,
            "old": self.old,
            "new": self.new,
            "approval": self.approval,
            "reason": self.reason,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class AmountChange:
    """Planned funding from one source, in one year (or all years: ``None``), before and after."""

    year: int | None
    source: str
    old: int
    new: int

    def __post_init__(self) -> None:
        # A source is a key the plan's author wrote: it may hold anything, a CPR-like number too.
        object.__setattr__(self, "source", redact(self.source))


@dataclass(frozen=True, slots=True)
class BudgetView:
    """The budget in a reviewer's terms: what moved per year and source, totals, local share."""

    years: tuple[AmountChange, ...]
    totals: tuple[AmountChange, ...]
    total_old: int
    total_new: int
    local_share_old: float | None
    local_share_new: float | None
    minimum: float

    def to_json(self) -> dict[str, Any]:
        """The ``budget`` object of a plan in the JSON output."""
        return {
            "years": [{"year": a.year, "source": a.source, "old": a.old, "new": a.new} for a in self.years],
            "totals": [{"source": a.source, "old": a.old, "new": a.new} for a in self.totals],
            "total": {"old": self.total_old, "new": self.total_new},
            "local_share": {
                "old": share(self.local_share_old),
                "new": share(self.local_share_new),
                "minimum": self.minimum,
            },
        }


@dataclass(frozen=True, slots=True)
class PlanDiff:
    """The changes to one plan between two sides (``old``/``new``: ``REV:PATH`` or a path)."""

    id: str
    name: str
    old: str | None
    new: str | None
    changes: tuple[Change, ...]
    budget: BudgetView | None = None
    # The highest ``approved_by`` among revisions entries new at the new side.
    recorded: ApprovalLevel | None = None
    # Focus area id -> its name in the profile, in the plan's order, for grouping.
    area_names: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", redact(self.id))
        object.__setattr__(self, "name", redact(self.name))
        object.__setattr__(self, "old", redact(self.old) if self.old is not None else None)
        object.__setattr__(self, "new", redact(self.new) if self.new is not None else None)
        object.__setattr__(self, "area_names", tuple((redact(a), redact(n)) for a, n in self.area_names))

    @property
    def approval(self) -> ApprovalLevel:
        """The highest level any change needs."""
        return highest(change.approval for change in self.changes)

    @property
    def approved(self) -> bool:
        """Whether the new side's revisions log records the approval the changes need."""
        return covers(self.recorded, self.approval)

    def to_json(self) -> dict[str, Any]:
        """One entry of ``plans`` in the JSON output."""
        return {
            "id": self.id,
            "old": self.old,
            "new": self.new,
            "approval": self.approval,
            "changes": [change.to_json() for change in self.changes],
            "budget": self.budget.to_json() if self.budget is not None else None,
            "recorded_approval": self.recorded,
        }


def group_by_area(plan: PlanDiff) -> list[tuple[str | None, list[Change]]]:
    """The plan's changes grouped: plan-wide ones (``None``) first, then per focus area in the plan's order."""
    groups: dict[str | None, list[Change]] = defaultdict(list)
    for change in plan.changes:
        groups[change.focus_area].append(change)
    order: list[str | None] = [None, *(area for area, _name in plan.area_names)]
    order.extend(area for area in groups if area not in order)
    return [(area, groups[area]) for area in order if groups.get(area)]


@dataclass(frozen=True, slots=True)
class DiffResult:
    """Every plan compared, and the problems of sides that are not valid plans."""

    plans: tuple[PlanDiff, ...]
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def approval(self) -> ApprovalLevel:
        """The highest level any change of any plan needs."""
        return highest(plan.approval for plan in self.plans)

    @property
    def changes(self) -> int:
        """How many changes there are across the plans."""
        return sum(len(plan.changes) for plan in self.plans)

    def reaches(self, threshold: Threshold) -> bool:
        """Whether some change needs at least ``threshold`` (``any``: any change at all)."""
        if threshold == "any":
            return self.changes > 0
        return reaches(self.approval, threshold)

    def unapproved(self) -> tuple[PlanDiff, ...]:
        """The plans whose revisions log lacks a new entry at the level their changes need."""
        return tuple(plan for plan in self.plans if not plan.approved)

    def to_json(self) -> dict[str, Any]:
        """The stable JSON contract of ``hplan diff`` (cli.md, docs/diff.md)."""
        return {
            "approval": self.approval,
            "plans": [plan.to_json() for plan in self.plans],
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }


@dataclass(frozen=True, slots=True)
class DiffOptions:
    """Settings of a diff run."""

    profile_path: tuple[Path, ...] = ()
    # Worker processes for many changed files (``None``: one per CPU).
    jobs: int | None = None
