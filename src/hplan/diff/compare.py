"""Two versions of a plan -> the changes between them, each with the approval it needs.

The engine (:func:`diff_plans`, :func:`compare`) compares two validated
:class:`~hplan.model.plan.Plan` models, never YAML text: order, indentation,
comments, quoting and flow or block style cannot show up as a change, and a
field left at its default equals the default written out. List items are
matched by :func:`hplan.paths.item_key` (an ``id``; budget lines by year,
focus area and category; signatures by party; ...); items without a key, and
lists of texts, are compared as a bag, so their order is no change either.

Each :class:`Change` is classified by the approval rules of the plan's
profile (data, see ``profiles/*.yaml`` and ``docs/diff.md``), never by code
branches. The engine adds derived facts for the rules to classify: ``plan``
(a whole plan added or removed), ``budget.lbf_total`` and
``budget.local_share_below_minimum``.

:func:`diff_files` and :func:`diff_revisions` find the two sides - files,
``REV:PATH`` or every plan that differs between two revisions - and return a
:class:`DiffResult`; a side that is not a valid plan is reported through its
diagnostics. Nothing here prints.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from hplan import codes
from hplan.check.shape import validate_shape
from hplan.diagnostics import Diagnostic, Severity
from hplan.domain.budget import LBF, fell_below, totals
from hplan.errors import PathNotFound, ProfileError, UsageError
from hplan.model.plan import CROSS_CUTTING, Plan
from hplan.paths import item_key
from hplan.privacy import redact
from hplan.profiles import LEVELS, ApprovalLevel, Approvals, ChangeKind, Profile, builtin, resolve_profile
from hplan.yamlio.document import MAX_FILE_BYTES, Document
from hplan.yamlio.loader import load_bytes, load_file, too_large

Threshold = Literal["lbf", "board", "any"]
RANK: dict[str, int] = {level: rank for rank, level in enumerate(LEVELS)}

PLAN_PATH = "plan"
LBF_TOTAL_PATH = "budget.lbf_total"
LOCAL_SHARE_PATH = "budget.local_share_below_minimum"
# Rounding of shares in changes and JSON, as cli.md writes them (0.2534).
SHARE_DIGITS = 4


def highest(levels: Iterable[ApprovalLevel]) -> ApprovalLevel:
    """The highest of ``levels`` (``none`` for none at all)."""
    best: ApprovalLevel = "none"
    for level in levels:
        if RANK[level] > RANK[best]:
            best = level
    return best


def covers(recorded: ApprovalLevel | None, needed: ApprovalLevel) -> bool:
    """Whether an approval by ``recorded`` is enough for ``needed`` (LBF covers the board)."""
    if needed == "none":
        return True
    return recorded is not None and RANK[recorded] >= RANK[needed]


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
        object.__setattr__(self, "note", redact(self.note))
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
                "old": _share(self.local_share_old),
                "new": _share(self.local_share_new),
                "minimum": self.minimum,
            },
        }


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, SHARE_DIGITS)


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
        return RANK[self.approval] >= RANK[threshold]

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


# -- the engine ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Raw:
    path: str
    kind: ChangeKind
    old: Any
    new: Any
    focus_area: str | None


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
) -> PlanDiff:
    """Compare two versions of a plan into a :class:`PlanDiff` with changes, budget view, approvals."""
    plan = new if new is not None else old
    if plan is None:
        raise ValueError("compare() needs at least one plan")
    if profile is None:
        profile = _builtin_profile(new, old)
    approvals = profile.approvals
    names = _area_names(old, new, profile)
    if old is None or new is None:
        kind: ChangeKind = "added" if old is None else "removed"
        level, reason = classify(PLAN_PATH, kind, approvals)
        whole = Change(
            PLAN_PATH, kind, None if old is None else old.name, None if new is None else new.name, level, reason
        )
        recorded = highest_recorded(new.revisions if new is not None else [], [])
        return PlanDiff(plan.id, plan.name, old_label, new_label, (whole,), None, recorded, names)
    raws = list(_walk_plan(old, new))
    changes = [_classified(raw, approvals) for raw in raws]
    changes = _with_budget_facts(changes, old, new, profile)
    recorded = highest_recorded(new.revisions, old.revisions)
    budget = budget_view(old, new, profile.min_local_share)
    return PlanDiff(new.id, new.name, old_label, new_label, tuple(changes), budget, recorded, names)


def _builtin_profile(new: Plan | None, old: Plan | None) -> Profile:
    for plan in (new, old):
        if plan is not None:
            found = builtin(plan.profile)
            if found is not None:
                return found
    named = (new or old).profile if (new or old) is not None else "?"  # type: ignore[union-attr]
    raise ProfileError(f"profile '{named}' is not a built-in profile; pass the Profile to classify the changes")


def _area_names(old: Plan | None, new: Plan | None, profile: Profile) -> tuple[tuple[str, str], ...]:
    names: dict[str, str] = {}
    for plan in (new, old):
        if plan is not None:
            for area in plan.focus_areas:
                names.setdefault(area.id, profile.focus_area_name(area.id) or area.id)
    return tuple(names.items())


@cache
def _pattern(match: str) -> re.Pattern[str]:
    """A profile's ``match`` as a regular expression: ``[*]`` is any one item, and it matches below."""
    parts = re.split(r"(\[\*\])", match)
    body = "".join(r"\[[^\]]*\]" if part == "[*]" else re.escape(part) for part in parts)
    return re.compile(body + r"(?=$|[.\[])")


def classify(path: str, kind: ChangeKind, approvals: Approvals) -> tuple[ApprovalLevel, str]:
    """(level, reason) of a change at ``path`` under the profile's approval rules: first match wins."""
    for entry in approvals.rules:
        if entry.kinds is not None and kind not in entry.kinds:
            continue
        if _pattern(entry.match).match(path):
            return entry.level, entry.reason
    return approvals.default, f"no rule of the profile names this change; its default level is {approvals.default}"


def _classified(raw: _Raw, approvals: Approvals) -> Change:
    level, reason = classify(raw.path, raw.kind, approvals)
    return Change(raw.path, raw.kind, raw.old, raw.new, level, reason, _note(raw), raw.focus_area)


def _note(raw: _Raw) -> str:
    """A reviewer's aid: how far a date moved."""
    if raw.kind == "changed" and isinstance(raw.old, str) and isinstance(raw.new, str):
        before, after = _as_date(raw.old), _as_date(raw.new)
        if before is not None and after is not None:
            days = (after - before).days
            return f"{abs(days)} day{'s' * (abs(days) != 1)} {'later' if days > 0 else 'earlier'}"
    return ""


def _as_date(text: str) -> dt.date | None:
    if len(text) != 10:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _plain(plan: Plan) -> dict[str, Any]:
    # JSON mode: dates become ISO text, numbers are already normalised by the
    # model (24 and 24.0 are one value), so equal models give equal data.
    return plan.model_dump(mode="json", exclude={"format", "kind"})


def _walk_plan(old: Plan, new: Plan) -> Iterator[_Raw]:
    out: list[_Raw] = []
    _walk(_plain(old), _plain(new), "", None, out)
    return iter(out)


def _walk(old: Any, new: Any, path: str, area: str | None, out: list[_Raw]) -> None:
    if old == new and type(old) is type(new):
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in _keys(old, new):
            _walk(old.get(key), new.get(key), f"{path}.{key}" if path else str(key), area, out)
        return
    if isinstance(old, list) and isinstance(new, list):
        _walk_list(old, new, path, area, out)
        return
    if old is None:
        out.append(_Raw(path, "added", None, _compact(new), area))
    elif new is None:
        out.append(_Raw(path, "removed", _compact(old), None, area))
    else:
        out.append(_Raw(path, "changed", _compact(old), _compact(new), area))


def _keys(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    keys = list(old)
    keys.extend(key for key in new if key not in old)
    return keys


def _identity(item: Any) -> str | None:
    """An item's key for matching; texts in a list are matched as a bag, not named in paths."""
    return None if isinstance(item, str) else item_key(item)


def _walk_list(old: list[Any], new: list[Any], path: str, area: str | None, out: list[_Raw]) -> None:
    old_keyed, old_loose = _split(old)
    new_keyed, new_loose = _split(new)
    for ident, item in new_keyed.items():
        key = ident[0]
        item_path = f"{path}[{key}]"
        item_area = _item_area(path, key, item, area)
        if ident in old_keyed:
            _walk(old_keyed[ident], item, item_path, item_area, out)
        else:
            out.append(_Raw(item_path, "added", None, _compact(item), item_area))
    for ident, item in old_keyed.items():
        if ident not in new_keyed:
            key = ident[0]
            out.append(_Raw(f"{path}[{key}]", "removed", _compact(item), None, _item_area(path, key, item, area)))
    _walk_bag(old_loose, new_loose, path, area, out)


def _split(items: list[Any]) -> tuple[dict[tuple[str, int], Any], list[Any]]:
    """Items with a key (a repeated key gets its occurrence number), and the rest."""
    keyed: dict[tuple[str, int], Any] = {}
    seen: Counter[str] = Counter()
    loose: list[Any] = []
    for item in items:
        key = _identity(item)
        if key is None:
            loose.append(item)
        else:
            keyed[(key, seen[key])] = item
            seen[key] += 1
    return keyed, loose


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _walk_bag(old: list[Any], new: list[Any], path: str, area: str | None, out: list[_Raw]) -> None:
    remaining = Counter(_canonical(item) for item in old)
    added: list[Any] = []
    for item in new:
        canonical = _canonical(item)
        if remaining[canonical] > 0:
            remaining[canonical] -= 1
        else:
            added.append(item)
    for item in old:
        canonical = _canonical(item)
        if remaining[canonical] > 0:
            remaining[canonical] -= 1
            out.append(_Raw(path, "removed", _compact(item), None, _item_area(path, None, item, area)))
    for item in added:
        out.append(_Raw(path, "added", None, _compact(item), _item_area(path, None, item, area)))


def _item_area(list_path: str, key: str | None, item: Any, area: str | None) -> str | None:
    """The focus area a list item belongs to, for grouping changes."""
    if list_path == "focus_areas":
        return key
    if not isinstance(item, Mapping):
        return area
    single = item.get("focus_area")
    if isinstance(single, str):
        return None if single == CROSS_CUTTING else single
    several = item.get("focus_areas")
    if isinstance(several, list) and len(several) == 1 and isinstance(several[0], str):
        return several[0]
    return area


def _compact(value: Any) -> Any:
    """A value as a reviewer reads it: unset optional fields and empty lists left out."""
    if isinstance(value, dict):
        return {key: _compact(item) for key, item in value.items() if item is not None and item not in ([], {})}
    if isinstance(value, list):
        return [_compact(item) for item in value]
    return value


# -- derived facts: the budget ------------------------------------------------


def _with_budget_facts(changes: list[Change], old: Plan, new: Plan, profile: Profile) -> list[Change]:
    """Add ``budget.lbf_total`` and ``budget.local_share_below_minimum`` after the budget's changes."""
    derived: list[Change] = []
    before, after = totals(old), totals(new)
    approvals = profile.approvals
    if before.lbf != after.lbf:
        level, reason = classify(LBF_TOTAL_PATH, "changed", approvals)
        note = f"{after.lbf - before.lbf:+,} kr"
        derived.append(Change(LBF_TOTAL_PATH, "changed", before.lbf, after.lbf, level, reason, note))
    share_before, share_after = before.local_share, after.local_share
    minimum = profile.min_local_share
    if share_after is not None and fell_below(share_before, share_after, minimum):
        level, reason = classify(LOCAL_SHARE_PATH, "changed", approvals)
        shown = f"{share_before * 100:.1f} %" if share_before is not None else "no budget"
        note = f"local share {shown} → {share_after * 100:.1f} %, below the minimum of {minimum * 100:.0f} %"
        derived.append(
            Change(LOCAL_SHARE_PATH, "changed", _share(share_before), _share(share_after), level, reason, note)
        )
    if not derived:
        return changes
    last = max((i for i, change in enumerate(changes) if change.path.startswith("budget")), default=len(changes) - 1)
    return changes[: last + 1] + derived + changes[last + 1 :]


def _funding_lines(plan: Plan) -> Counter[str]:
    return Counter(
        _canonical([line.year, line.focus_area, line.category, sorted(line.funding.items())])
        for line in plan.budget.lines
    )


def budget_view(old: Plan, new: Plan, minimum: float) -> BudgetView | None:
    """Planned funding per year and source before and after, or ``None`` when no funding changed."""
    if _funding_lines(old) == _funding_lines(new):
        return None
    years = sorted({line.year for line in old.budget.lines} | {line.year for line in new.budget.lines})
    order = _source_order(old, new)
    moved: list[AmountChange] = []
    for year in years:
        before, after = totals(old, year).by_source, totals(new, year).by_source
        for source in order(before, after):
            if before.get(source, 0) != after.get(source, 0):
                moved.append(AmountChange(year, source, before.get(source, 0), after.get(source, 0)))
    whole_before, whole_after = totals(old), totals(new)
    overall = tuple(
        AmountChange(None, source, whole_before.by_source.get(source, 0), whole_after.by_source.get(source, 0))
        for source in order(whole_before.by_source, whole_after.by_source)
    )
    return BudgetView(
        tuple(moved),
        overall,
        whole_before.total,
        whole_after.total,
        whole_before.local_share,
        whole_after.local_share,
        minimum,
    )


def _source_order(old: Plan, new: Plan) -> Any:
    """Sort funding sources: lbf, then the parties in the plan's order, then the rest by name."""
    rank: dict[str, int] = {LBF: 0}
    for plan in (new, old):
        for party in plan.parties:
            rank.setdefault(party.id, len(rank))

    def order(before: Mapping[str, int], after: Mapping[str, int]) -> list[str]:
        sources = set(before) | set(after)
        return sorted(sources, key=lambda source: (rank.get(source, len(rank)), source))

    return order


def highest_recorded(new: Sequence[Any], old: Sequence[Any]) -> ApprovalLevel | None:
    """The highest ``approved_by`` among revisions entries in ``new`` and not in ``old``."""
    remaining = Counter(_canonical(entry.model_dump(mode="json")) for entry in old)
    found: list[ApprovalLevel] = []
    for entry in new:
        canonical = _canonical(entry.model_dump(mode="json"))
        if remaining[canonical] > 0:
            remaining[canonical] -= 1
        else:
            found.append(entry.approved_by)
    return highest(found) if found else None


# -- the sides: files, REV:PATH, revisions -------------------------------------


@dataclass(frozen=True, slots=True)
class DiffOptions:
    """Settings of a diff run."""

    profile_path: tuple[Path, ...] = ()
    # Worker processes for many changed files (``None``: one per CPU).
    jobs: int | None = None


@dataclass(frozen=True, slots=True)
class Side:
    """One version of a plan file: its label, its bytes (or a file to read) and its folder."""

    label: str
    content: bytes | None = None
    file: Path | None = None
    # Where a profile named by a relative path is looked up.
    folder: Path | None = None
    # The size of a git blob too large for a plan, which is therefore never read.
    oversize: int | None = None

    def __post_init__(self) -> None:
        # The label is the side's name in every finding and view (``REV:PATH`` or a path).
        object.__setattr__(self, "label", redact(self.label))

    def load(self) -> Document:
        """Read and parse this side (no exception for broken YAML: diagnostics)."""
        if self.oversize is not None:
            return too_large(self.oversize, self.label)
        if self.content is not None:
            return load_bytes(self.content, self.label)
        if self.file is None:
            raise ValueError("a side needs content or a file")
        return load_file(self.file, self.label)


@dataclass(slots=True)
class _Read:
    side: Side
    doc: Document
    plan: Plan | None
    kind: str | None  # "plan", another kind, or None when not readable as a document


def _read(side: Side) -> _Read:
    doc = side.load()
    data = doc.data
    if not isinstance(data, Mapping):
        if data is not None:
            validate_shape(doc)  # explains what the file holds instead of a mapping
        return _Read(side, doc, None, None)
    kind = data.get("kind")
    if kind == "plan" or ("kind" not in data and "format" in data):
        model = validate_shape(doc)
        return _Read(side, doc, model if isinstance(model, Plan) else None, "plan")
    return _Read(side, doc, None, kind if isinstance(kind, str) else "")


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def parse_side(spec: str) -> Side:
    """A command-line side: a file path, or ``REV:PATH`` read from git."""
    path = Path(spec)
    if path.exists() or ":" not in spec:
        if path.is_dir():
            raise UsageError(f"{spec}: is a folder; compare two plan files, or use --base REV [PATHS...]")
        if not path.exists():
            raise PathNotFound(f"{spec}: no such file (a git version is written REV:PATH, e.g. main:{spec})")
        return Side(_display(path), file=path, folder=path.resolve().parent)
    from hplan import git

    revision, _, name = spec.partition(":")
    git.check_revision_name(revision)
    repo = git.find_repository()
    # As in git: ``REV:./x`` is relative to the current folder, ``REV:x`` to the repository's root.
    relative = repo.relative(Path(name)) if name.startswith(("./", "../")) else name.strip("/")
    if not relative:
        raise UsageError(f"{spec}: name a file after the colon, e.g. {revision}:plans/plan.yaml")
    label, folder = f"{revision}:{relative}", repo.root / PurePosixPath(relative).parent
    size = git.blob_size(repo, revision, relative)
    if size is not None and size > MAX_FILE_BYTES:
        return Side(label, folder=folder, oversize=size)  # never read into memory
    return Side(label, content=git.read_file(repo, revision, relative), folder=folder)


def diff_files(old: str, new: str, options: DiffOptions | None = None) -> DiffResult:
    """``hplan diff OLD NEW``: two plan files, each a path or ``REV:PATH``."""
    options = options or DiffOptions()
    sides = [_read(parse_side(old)), _read(parse_side(new))]
    for read in sides:
        if read.kind not in ("plan", None):
            what = f"a 'kind: {read.kind}' document" if read.kind else "not a plan document"
            raise UsageError(f"{read.side.label}: is {what}; hplan diff compares plans (kind: plan)")
    problems = [d for read in sides for d in read.doc.diagnostics]
    if problems:
        return DiffResult((), tuple(sorted(problems)))
    return _compare_reads(sides[0], sides[1], options)


def _compare_reads(old: _Read | None, new: _Read | None, options: DiffOptions) -> DiffResult:
    """Compare two read sides that are valid plans (either may be missing)."""
    profile, problem = _profile_for(new, old, options=options)
    if profile is None:
        return DiffResult((), (problem,) if problem is not None else ())
    result = compare(
        old.plan if old is not None else None,
        new.plan if new is not None else None,
        profile,
        old_label=old.side.label if old is not None else None,
        new_label=new.side.label if new is not None else None,
    )
    return DiffResult((result,))


def _profile_for(*reads: _Read | None, options: DiffOptions) -> tuple[Profile | None, Diagnostic | None]:
    """The profile that classifies: the new side's, else the old side's; else why there is none."""
    first: _Read | None = None
    broken: str | None = None
    for read in reads:
        if read is None or read.plan is None:
            continue
        if first is None:
            first = read
        try:
            found = resolve_profile(read.plan.profile, read.side.folder, options.profile_path)
        except ProfileError as exc:
            # A broken profile file is the plan's problem, as in validate: reported, not an abort.
            broken = broken or exc.message
            continue
        if found is not None:
            return found, None
    if first is None or first.plan is None:
        return None, None
    line, column = first.doc.position(("profile",))
    why = broken or f"profile '{first.plan.profile}' cannot be found"
    message = (
        f"{why}; hplan diff classifies changes by the plan's profile "
        "(name a built-in profile, a profile file, or add its folder with --profile-path)"
    )
    return None, Diagnostic(first.doc.file, line, column, codes.UNKNOWN_PROFILE, Severity.ERROR, message, "profile")


def diff_revisions(
    base: str, head: str | None, paths: Sequence[Path], options: DiffOptions | None = None
) -> DiffResult:
    """``hplan diff --base REV [--head REV] [PATHS...]``: every plan that differs between two revisions.

    ``head`` ``None`` is the working tree. Plans are matched by path, and a
    plan whose file was renamed by its ``id``; boards and other YAML files
    are left out.
    """
    from hplan import git

    options = options or DiffOptions()
    repo = git.find_repository()
    base_commit = git.resolve_revision(repo, base)
    head_commit = git.resolve_revision(repo, head) if head is not None else None
    wanted = list(dict.fromkeys(repo.relative(path) for path in paths))
    base_tree = git.tree(repo, base_commit, wanted)
    base_blobs = base_tree.blobs

    head_sides: dict[str, Side] = {}
    fetch: dict[str, str] = {}  # object to read from git -> label of the side it feeds
    changed: list[str] = []
    if head_commit is not None:
        head_tree = git.tree(repo, head_commit, wanted)
        for given, name in zip(paths, wanted, strict=True):
            if not base_tree.has(name) and not head_tree.has(name):
                raise PathNotFound(f"{given}: exists neither at revision '{base}' nor at revision '{head}'")
        for name in sorted(set(base_blobs) | set(head_tree.blobs)):
            if base_blobs.get(name) != head_tree.blobs.get(name):
                changed.append(name)
                if name in head_tree.blobs:
                    fetch[head_tree.blobs[name]] = name
    else:
        work = git.worktree_files(repo, wanted)
        for given, name in zip(paths, wanted, strict=True):
            if not base_tree.has(name) and not (repo.root / name).exists():
                raise PathNotFound(f"{given}: exists neither at revision '{base}' nor in the working tree")
        for name in sorted(set(base_blobs) | set(work)):
            file = work.get(name)
            content = _worktree_bytes(file) if file is not None else None
            blob = base_blobs.get(name)
            if blob is not None and content is not None and git.same_content(content, blob):
                continue
            changed.append(name)
            if file is not None:
                head_sides[name] = Side(
                    _display(file), content=content, file=file if content is None else None, folder=file.parent
                )

    sizes = {**base_tree.sizes, **(head_tree.sizes if head_commit is not None else {})}
    base_wanted = [base_blobs[name] for name in changed if name in base_blobs]
    # A blob over the size limit is never read: git would hand over all of it, into memory.
    objects = [obj for obj in dict.fromkeys([*base_wanted, *fetch]) if sizes.get(obj, 0) <= MAX_FILE_BYTES]
    contents = dict(zip(objects, git.read_objects(repo, objects), strict=True))

    def side(label: str, blob: str, folder: Path) -> Side:
        if blob not in contents:
            return Side(label, folder=folder, oversize=sizes[blob])
        return Side(label, content=contents[blob] or b"", folder=folder)

    base_sides: dict[str, Side] = {}
    for name in changed:
        folder = repo.root / PurePosixPath(name).parent
        if name in base_blobs:
            base_sides[name] = side(f"{base}:{name}", base_blobs[name], folder)
        if head_commit is not None and name in fetch.values():
            blob = next(obj for obj, label in fetch.items() if label == name)
            head_sides[name] = side(f"{head}:{name}", blob, folder)
    return _pair_and_compare(changed, base_sides, head_sides, options)


def _worktree_bytes(file: Path) -> bytes | None:
    """A working-tree file's bytes, or ``None`` for one too large to read (the loader says so)."""
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            return None
        return file.read_bytes()
    except OSError as exc:
        raise PathNotFound(f"{file}: cannot be read ({exc.strerror})") from None


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What examining one changed file found; small, so that it travels back from a worker."""

    name: str
    diff: PlanDiff | None = None
    problems: tuple[Diagnostic, ...] = ()
    # A plan at one side only: its id, to pair it with a renamed file.
    lone_old: str | None = None
    lone_new: str | None = None


def _examine(name: str, old_side: Side | None, new_side: Side | None, options: DiffOptions) -> _Outcome:
    """Read both sides of one changed file and compare them when both are plans."""
    old = _read(old_side) if old_side is not None else None
    new = _read(new_side) if new_side is not None else None
    # As for two files (diff_files): any problem of a plan side - one that
    # breaks its shape, or one of reading it (a tag, a duplicate key) - is
    # reported, and that file is not compared.
    problems = tuple(
        d for read in (old, new) if read is not None and read.kind in ("plan", None) for d in read.doc.diagnostics
    )
    if problems:
        return _Outcome(name, problems=problems)
    old_plan = old.plan if old is not None else None
    new_plan = new.plan if new is not None else None
    if old_plan is not None and new_plan is not None:
        result = _compare_reads(old, new, options)
        return _Outcome(name, result.plans[0] if result.plans else None, result.diagnostics)
    return _Outcome(
        name,
        lone_old=old_plan.id if old_plan is not None else None,
        lone_new=new_plan.id if new_plan is not None else None,
    )


def _examine_in_worker(job: tuple[str, Side | None, Side | None, DiffOptions]) -> _Outcome:
    return _examine(*job)


def _pair_and_compare(
    names: Sequence[str],
    base_sides: Mapping[str, Side],
    head_sides: Mapping[str, Side],
    options: DiffOptions,
) -> DiffResult:
    """Read both sides of every changed file, pair the plans (by path, then by id) and compare them."""
    work = [(name, base_sides.get(name), head_sides.get(name), options) for name in names]
    outcomes = _run(work, options.jobs)
    found: dict[str, PlanDiff] = {}
    problems: list[Diagnostic] = []
    lone_old: dict[str, str] = {}
    lone_new: list[tuple[str, str]] = []
    for outcome in outcomes:
        problems.extend(outcome.problems)
        if outcome.diff is not None:
            found[outcome.name] = outcome.diff
        if outcome.lone_old is not None:
            lone_old.setdefault(outcome.lone_old, outcome.name)
        if outcome.lone_new is not None:
            lone_new.append((outcome.name, outcome.lone_new))
    # Plans at one side only are few (added, removed, renamed); they are read again here,
    # where a renamed file - gone from one path, new at another, same id - finds its pair.
    pairs: list[tuple[str, str | None, str | None]] = []
    for name, ident in lone_new:
        pairs.append((name, lone_old.pop(ident, None), name))
    pairs.extend((name, name, None) for name in lone_old.values())
    for key, old_name, new_name in pairs:
        old = _read(base_sides[old_name]) if old_name is not None else None
        new = _read(head_sides[new_name]) if new_name is not None else None
        result = _compare_reads(old, new, options)
        found.update((key, plan) for plan in result.plans)
        problems.extend(result.diagnostics)
    return DiffResult(tuple(found[name] for name in sorted(found)), tuple(sorted(problems)))


def _run(work: list[tuple[str, Side | None, Side | None, DiffOptions]], jobs: int | None) -> list[_Outcome]:
    """Examine every changed file, in forked worker processes when there are many."""
    from hplan.parallel import map_items

    return map_items(_examine_in_worker, work, jobs)


def _plan_id(read: _Read) -> str:
    return read.plan.id if read.plan is not None else ""


def group_by_area(plan: PlanDiff) -> list[tuple[str | None, list[Change]]]:
    """The plan's changes grouped: plan-wide ones (``None``) first, then per focus area in the plan's order."""
    groups: dict[str | None, list[Change]] = defaultdict(list)
    for change in plan.changes:
        groups[change.focus_area].append(change)
    order: list[str | None] = [None, *(area for area, _name in plan.area_names)]
    order.extend(area for area in groups if area not in order)
    return [(area, groups[area]) for area in order if groups.get(area)]
