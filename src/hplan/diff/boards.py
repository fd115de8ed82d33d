"""Two versions of a board file -> its changes, each with the approval it needs.

A board (``kind: board``) is compared with the same walk as a plan: its
members, terms of reference, meetings and the plans it governs. The changes
are classified by the profile's ``board_approvals``: a board names no
profile of its own, so the built-in profile of the current funding round
classifies, or the profile ``--profile-path`` overrides under that name
(docs/diff.md). The approval of a board change is recorded in the board's
own ``revisions`` or in the new revisions entries of a plan it governs that
changed in the same diff. Nothing here reads files or prints.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from hplan.diff.approvals import highest_of, judge, recorded_bodies
from hplan.diff.model import Change, PlanDiff
from hplan.diff.walk import walk_documents
from hplan.errors import ProfileError
from hplan.i18n.message import msg
from hplan.model.board import Board
from hplan.profiles import ChangeKind, Profile, resolve_profile

BOARD_PATH = "board"
# The funding round whose approval table classifies a board's changes.
BOARD_PROFILE = "lbf-2019-26"


def board_profile(search_path: tuple[Path, ...] = ()) -> Profile:
    """The profile whose ``board_approvals`` classify changes to a board."""
    found = resolve_profile(BOARD_PROFILE, None, search_path)
    if found is None:  # pragma: no cover - a built-in profile
        raise ProfileError(msg("err.profile.board", name=BOARD_PROFILE))
    return found


def compare_boards(
    old: Board | None,
    new: Board | None,
    profile: Profile,
    *,
    old_label: str | None = None,
    new_label: str | None = None,
    as_of: dt.date | None = None,
) -> PlanDiff:
    """Compare two versions of a board into a :class:`PlanDiff` (``document`` ``board``)."""
    board = new if new is not None else old
    if board is None:
        raise ValueError("compare_boards() needs at least one board")
    approvals = profile.board_approvals
    if old is None or new is None:
        kind: ChangeKind = "added" if old is None else "removed"
        level, reason, bodies = judge(BOARD_PATH, kind, approvals, {})
        old_name, new_name = None if old is None else old.name, None if new is None else new.name
        whole = Change(BOARD_PATH, kind, old_name, new_name, level, reason, bodies=bodies)
        changes: tuple[Change, ...] = (whole,)
        recorded = recorded_bodies(new.revisions if new is not None else [], [], as_of)
    else:
        changes = tuple(_classified(raw.path, raw.kind, raw.old, raw.new, profile) for raw in walk_documents(old, new))
        recorded = recorded_bodies(new.revisions, old.revisions, as_of)
    return PlanDiff(
        board.id,
        board.name,
        old_label,
        new_label,
        changes,
        recorded=highest_of(recorded),
        recorded_bodies=recorded,
        names=_member_parties(old, new),
        document="board",
        governs=tuple(dict.fromkeys([*(new.plans if new else ()), *(old.plans if old else ())])),
    )


def _member_parties(*boards: Board | None) -> tuple[tuple[str, str], ...]:
    """Each party a member represents -> the member's organisation, the name a person reads."""
    names: dict[str, str] = {}
    for board in boards:
        for member in board.members if board is not None else ():
            if member.party is not None:
                names.setdefault(member.party, member.organisation)
    return tuple(names.items())


def _classified(path: str, kind: ChangeKind, old: object, new: object, profile: Profile) -> Change:
    level, reason, bodies = judge(path, kind, profile.board_approvals, {}, new if new is not None else old)
    return Change(path, kind, old, new, level, reason, bodies=bodies)


def credit_governed_plans(diffs: Sequence[PlanDiff]) -> list[PlanDiff]:
    """Boards with the approvals that new revisions entries of the plans they govern (in the same diff) record."""
    plans = {d.id: d for d in diffs if d.document == "plan"}
    out: list[PlanDiff] = []
    for diff in diffs:
        extra = [body for ident in diff.governs if ident in plans for body in plans[ident].recorded_bodies]
        if diff.document != "board" or not extra:
            out.append(diff)
            continue
        bodies = tuple(dict.fromkeys([*diff.recorded_bodies, *extra]))
        out.append(dataclasses.replace(diff, recorded_bodies=bodies, recorded=highest_of(bodies)))
    return out
