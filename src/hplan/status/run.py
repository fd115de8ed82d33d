"""A status run: files in, each validated and its plan's status computed (over worker processes), a result out.

Validation comes first: each file goes through the same check as ``hplan
validate`` (:func:`hplan.check.pipeline.check_and_read`, so the two never
disagree), and the model that check built is reused rather than validated
again. A plan that fails the shape check is read as far as it can be
(:func:`hplan.status.lenient.read_leniently`). :func:`status_file` does the
work for one file with picklable inputs and output, so that
:func:`status_files` can spread files over worker processes as validate
does; :func:`combine_status` then adds the cross-file findings and the
co-financing across the plans.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from hplan.check.pipeline import FileResult, check_and_read, combine, discover, plan_board
from hplan.diagnostics import Diagnostic
from hplan.errors import ProfileError
from hplan.model.board import Board
from hplan.model.plan import Plan
from hplan.parallel import map_items
from hplan.profiles import Profile, resolve_profile
from hplan.status.governance import governance_status
from hplan.status.lenient import read_leniently
from hplan.status.model import (
    Contribution,
    FileStatus,
    FileSummary,
    PlanStatus,
    StatusResult,
    ValidationSummary,
)
from hplan.status.options import StatusOptions
from hplan.status.plan import party_order, plan_status, unreadable_status
from hplan.yamlio.loader import load_file


def status_paths(paths: Iterable[Path], options: StatusOptions, jobs: int | None = None) -> StatusResult:
    """The status of every plan under ``paths`` (boards count in validation only)."""
    return combine_status(status_files(discover(paths), options, jobs), options)


def status_files(
    files: Sequence[tuple[Path, str]], options: StatusOptions, jobs: int | None = None
) -> list[FileStatus]:
    """:func:`status_file` for each file, in worker processes for many files, as validate does."""
    return map_items(_status_in_worker, [(path, display, options) for path, display in files], jobs)


def _status_in_worker(job: tuple[Path, str, StatusOptions]) -> FileStatus:
    return status_file(*job)


def status_file(path: Path, display: str, options: StatusOptions) -> FileStatus:
    """Validate one file and, for a plan, compute its status. Picklable in and out."""
    return status_and_plan(path, display, options)[0]


def status_and_plan(path: Path, display: str, options: StatusOptions) -> tuple[FileStatus, Plan | None]:
    """:func:`status_file`, and the plan model the status was computed from (read leniently when invalid).

    For the yearly report, which shows plan text the status leaves out
    (criterion texts, evaluation summaries) and must not validate the file a
    second time. ``status_file`` drops the model: pickling it to and from a
    worker process costs more than it saves.
    """
    doc = load_file(path, display)
    result, model = check_and_read(doc, options.validation, path)
    facts, diagnostics = result.facts, tuple(result.diagnostics)
    if isinstance(model, Board) or facts.kind == "board":
        return FileStatus(facts, diagnostics, None), None
    if isinstance(model, Plan):
        plan: Plan | None = model
        validation = ValidationSummary.of(diagnostics, readable=True)
    else:
        plan, unread = read_leniently(doc.data)
        validation = ValidationSummary.of(diagnostics, readable=False, unread=unread)
    if plan is None:
        return FileStatus(facts, diagnostics, unreadable_status(doc.file, doc.data, facts, validation)), None
    profile = plan_profile(plan, path, options.profile_path)
    status = plan_status(plan, doc.file, options, validation, profile)
    if isinstance(model, Plan):
        governance = governance_status(model, plan_board(model, path), profile, options.as_of)
        status = status._replace(governance=governance)
    return FileStatus(facts, diagnostics, status), plan


def plan_profile(plan: Plan, path: Path, search: tuple[Path, ...]) -> Profile | None:
    """The plan's profile, or ``None`` when it cannot be had (validation reports why)."""
    try:
        return resolve_profile(plan.profile, path.resolve().parent, search)
    except ProfileError:
        return None


def combine_status(files: Sequence[FileStatus], options: StatusOptions) -> StatusResult:
    """Add the cross-file findings (unique ids, the board's plans) and build the result."""
    validation = combine([FileResult(f.facts, list(f.diagnostics)) for f in files], options.validation)
    by_file: dict[str, list[Diagnostic]] = defaultdict(list)
    for diagnostic in validation.diagnostics:
        by_file[diagnostic.file].append(diagnostic)
    plans: list[PlanStatus] = []
    others: list[FileSummary] = []
    for item in files:
        name = item.facts.file
        if item.plan is None:
            others.append(FileSummary(name, item.facts.kind, ValidationSummary.of(by_file[name], readable=True)))
            continue
        summary = item.plan.validation
        complete = ValidationSummary.of(by_file[name], summary.readable, summary.unread)
        plans.append(item.plan._replace(validation=complete))
    return StatusResult(options, tuple(plans), co_financing(plans), tuple(others))


def co_financing(plans: Sequence[PlanStatus]) -> tuple[Contribution, ...]:
    """Each party's contributions per calendar year summed across the plans.

    Parties are matched by their id; the name and kind are those of the first
    plan that names the party. Municipalities first, then housing
    organisations, then other parties; by id, then year.
    """
    amounts: dict[tuple[str, int], int] = defaultdict(int)
    first: dict[str, Contribution] = {}
    for plan in plans:
        for item in plan.contributions:
            amounts[item.party, item.year] += item.amount
            first.setdefault(item.party, item)
    found = [
        Contribution(party, first[party].name, first[party].kind, year, amount)
        for (party, year), amount in amounts.items()
    ]
    return tuple(sorted(found, key=party_order))
