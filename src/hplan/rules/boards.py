"""Shared boards: a plan's board reference, and plans and boards checked together."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from hplan import codes
from hplan.check.context import BoardContext, FileFacts, PlanContext
from hplan.diagnostics import Diagnostic, Severity
from hplan.i18n.message import Message, msg
from hplan.rules.registry import Finding, rule

BOARD_PATH = ("organisation", "board")


@cache
def repository_root(folder: Path) -> Path | None:
    """The git work tree holding ``folder``, or ``None`` outside git."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def board_boundary(plan_file: Path) -> Path:
    """Where a plan's board file must stay: its git work tree, else its own folder."""
    folder = plan_file.resolve().parent
    return repository_root(folder) or folder


def resolve_board_path(plan_file: Path, reference: str) -> tuple[Path | None, Message | None]:
    """The board file a plan points to, or why it cannot be used.

    The reason never quotes the target's content, only its relation to the
    plan: outside the repository, missing, or a folder.
    """
    boundary = board_boundary(plan_file)
    target = (plan_file.resolve().parent / reference).resolve()
    if not target.is_relative_to(boundary):
        if repository_root(boundary) is None:
            # Outside git the boundary is the plan's own folder; calling it a repository would mislead.
            return None, msg("f.board.outside_folder", reference=reference, boundary=boundary.name)
        return None, msg("f.board.outside_repo", reference=reference, boundary=boundary.name)
    if not target.exists():
        return None, msg("f.board.missing", reference=reference)
    if not target.is_file():
        return None, msg("f.board.not_file", reference=reference)
    return target, None


@rule(codes.BOARD_REFERENCE, Severity.ERROR, "plan")
def board_reference(ctx: PlanContext) -> Iterator[Finding]:
    """A plan's board path leads to a valid ``kind: board`` file inside the repository.

    The path is relative to the plan file and must stay inside the git work
    tree holding the plan (outside git: the plan's own folder). The finding
    stands at the plan's ``board:`` line and never shows the target's content.

    Passing:
        organisation:
          board: boards/aalborg-oest.yaml
    Failing:
        organisation:
          board: ../../etc/passwd
    """
    if ctx.board_problem is not None:
        yield Finding(BOARD_PATH, ctx.board_problem)


@rule(codes.BOARD_PLANS, Severity.ERROR, "plan")
def board_lists_plan(ctx: PlanContext) -> Iterator[Finding]:
    """A plan that points to a shared board is in that board's ``plans`` list.

    The other direction - every plan in a board's list exists and points
    back - is checked when the board file is checked together with the plans
    (rule HP108).

    Passing:
        # plans/oest-i-centrum.yaml, with the board listing oest-i-centrum
        board: boards/aalborg-oest.yaml
    Failing:
        # plans/loevvangen.yaml, with the board listing only the Aalborg Øst plans
        board: boards/aalborg-oest.yaml
    """
    if ctx.board is not None and ctx.plan.id not in ctx.board.plans:
        yield Finding(
            BOARD_PATH,
            msg("f.board.not_listed", board=ctx.board.id, plan=ctx.plan.id),
        )


@rule(codes.BOARD_PLAN_EXISTS, Severity.ERROR, "files")
def board_plan_exists(files: list[FileFacts]) -> Iterator[Diagnostic]:
    """Every plan in a board's ``plans`` list is checked with it and points back to it.

    Checked when the board file is among the files checked: each listed plan
    id must belong to a plan file checked at the same time whose
    ``organisation.board`` leads to this board file.

    Passing:
        plans: [center-for-samskabelse, oest-i-centrum]
    Failing:
        plans: [center-for-samskabelse, oest-i-centrum, aalborg-vest]
    """
    plans = {f.id: f for f in files if f.kind == "plan" and f.id is not None}
    for board in files:
        if board.kind != "board":
            continue
        for plan_id, (line, column) in board.board_plans:
            plan = plans.get(plan_id)
            if plan is None:
                message = msg("f.board.plan_unchecked", id=plan_id)
            elif board.source is None or plan.board_file != board.source:
                message = msg("f.board.plan_elsewhere", id=plan_id)
            else:
                continue
            yield Diagnostic(
                board.file, line, column, codes.BOARD_PLAN_EXISTS, Severity.ERROR, message, f"plans[{plan_id}]"
            )


@rule(codes.DUPLICATE_DOCUMENT_ID, Severity.ERROR, "files")
def duplicate_document_id(files: list[FileFacts]) -> Iterator[Diagnostic]:
    """Plan and board ids are unique across all files checked together.

    Diff, status and board references name plans by id.

    Passing:
        # plans/a.yaml: id: oest-i-centrum   plans/b.yaml: id: loevvangen
        id: loevvangen
    Failing:
        # plans/a.yaml: id: oest-i-centrum   plans/b.yaml: id: oest-i-centrum
        id: oest-i-centrum
    """
    owners: dict[str, list[FileFacts]] = defaultdict(list)
    for facts in files:
        if facts.id is not None and facts.kind in ("plan", "board"):
            owners[facts.id].append(facts)
    for ident, group in owners.items():
        for later in group[1:]:
            line, column = later.id_position
            yield Diagnostic(
                later.file,
                line,
                column,
                codes.DUPLICATE_DOCUMENT_ID,
                Severity.ERROR,
                msg("f.document_id.twice", id=ident, file=group[0].file),
                "id",
            )


def board_document_checks(ctx: BoardContext) -> Iterator[Finding]:
    """A board's own list has no duplicates (rule HP101 for boards)."""
    seen: set[str] = set()
    for i, plan_id in enumerate(ctx.board.plans):
        if plan_id in seen:
            yield Finding(("plans", i), msg("f.board.listed_twice", id=plan_id))
        seen.add(plan_id)
