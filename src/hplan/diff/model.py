"""What ``hplan diff`` finds: changes, budget views, one plan's diff, a whole run's result.

These are plain frozen values that the views read and that travel back from
worker processes. Every text in them that came from a plan is redacted on
the way in: plans must never hold a CPR number, and if one does no output
repeats it. Their ``to_json`` methods are the stable JSON contract of
``docs/diff.md``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hplan.check.policy import RulePolicy
from hplan.diagnostics import Diagnostic
from hplan.diff.approvals import Threshold, highest, missing, reaches
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
    # Every body that must approve: the level's and the profile's ``also`` (a party by its id).
    bodies: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        # Plans must never hold a CPR number; if one does, no output repeats it.
        object.__setattr__(self, "path", redact(self.path))
        object.__setattr__(self, "bodies", tuple(redact(body) for body in self.bodies))
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
            "approvals": list(self.bodies),
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
    # Every body of the revisions entries new at the new side (dated by the as-of date).
    recorded_bodies: tuple[str, ...] = ()
    # Funding source and party id -> the name a person reads (lbf -> Landsbyggefonden).
    names: tuple[tuple[str, str], ...] = ()
    # What was compared: a plan, or a board file.
    document: str = "plan"
    # A board: the ids of the plans it governs (their new revisions entries may record its approvals).
    governs: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", redact(self.id))
        object.__setattr__(self, "name", redact(self.name))
        object.__setattr__(self, "old", redact(self.old) if self.old is not None else None)
        object.__setattr__(self, "new", redact(self.new) if self.new is not None else None)
        object.__setattr__(self, "area_names", tuple((redact(a), redact(n)) for a, n in self.area_names))
        object.__setattr__(self, "names", tuple((redact(a), redact(n)) for a, n in self.names))
        object.__setattr__(self, "recorded_bodies", tuple(redact(body) for body in self.recorded_bodies))

    @property
    def approval(self) -> ApprovalLevel:
        """The highest level any change needs."""
        return highest(change.approval for change in self.changes)

    @property
    def needed(self) -> tuple[str, ...]:
        """Every body the changes need: LBF, the board, then the others in the order the changes name them."""
        bodies = [body for change in self.changes for body in change.bodies]
        bodies.extend(level for level in (self.approval,) if level != "none")
        ordered: list[str] = [level for level in ("lbf", "board") if level in bodies]
        ordered.extend(body for body in bodies if body not in ("lbf", "board"))
        return tuple(dict.fromkeys(ordered))

    @property
    def missing(self) -> tuple[str, ...]:
        """The bodies the changes need that no new revisions entry records."""
        have = self.recorded_bodies or ((self.recorded,) if self.recorded is not None else ())
        return missing(self.needed, have)

    @property
    def approved(self) -> bool:
        """Whether the new side's revisions log records every approval the changes need."""
        return not self.missing

    def name_of(self, ident: str) -> str:
        """The name a person reads for a funding source, party or body id (the id itself when unknown)."""
        return dict(self.names).get(ident, ident)

    def to_json(self) -> dict[str, Any]:
        """One entry of ``plans`` in the JSON output."""
        return {
            "id": self.id,
            "kind": self.document,
            "old": self.old,
            "new": self.new,
            "approval": self.approval,
            "approvals": list(self.needed),
            "changes": [change.to_json() for change in self.changes],
            "budget": self.budget.to_json() if self.budget is not None else None,
            "recorded_approval": self.recorded,
            "recorded_approvals": list(self.recorded_bodies),
            "missing_approvals": list(self.missing),
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
    """Every plan and board compared, the problems of sides that could not be compared, and the rules' errors.

    ``diagnostics`` holds the problems of the files in ``not_compared`` (a
    side that cannot be read or fails the shape check); ``rule_errors`` the
    errors the rules find in the new side of a file that was compared anyway.
    """

    plans: tuple[PlanDiff, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    # The files (as their sides are labelled) that could not be compared.
    not_compared: tuple[str, ...] = ()
    rule_errors: tuple[Diagnostic, ...] = ()

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
            "diagnostics": [d.to_json() for d in sorted((*self.diagnostics, *self.rule_errors))],
            "not_compared": list(self.not_compared),
        }


@dataclass(frozen=True, slots=True)
class DiffOptions:
    """Settings of a diff run."""

    profile_path: tuple[Path, ...] = ()
    # Worker processes for many changed files (``None``: one per CPU).
    jobs: int | None = None
    # The day the rules judge dates by, and after which a revisions entry records nothing yet.
    as_of: dt.date = field(default_factory=dt.date.today)
    # Configured severities and suppressions, for the rules' errors of a compared side.
    policy: RulePolicy = field(default_factory=RulePolicy)
