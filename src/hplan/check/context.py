"""What a rule sees: one valid plan or board with its profile, or all files' facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from hplan.check.policy import Directive, RulePolicy
from hplan.model.board import Board
from hplan.model.plan import Plan
from hplan.modeline import Modeline
from hplan.profiles import Profile
from hplan.yamlio.document import Document, Position


@dataclass(frozen=True, slots=True)
class Options:
    """Settings that change what the rules find."""

    as_of: dt.date
    profile_path: tuple[Path, ...] = ()
    policy: RulePolicy = field(default_factory=RulePolicy)  # severities and suppressions from the configuration


@dataclass(slots=True)
class PlanContext:
    """A plan that passed the shape check, with its resolved profile."""

    doc: Document
    plan: Plan
    profile: Profile | None
    options: Options
    source: Path | None
    profile_problem: str | None = None
    board: Board | None = None
    board_file: Path | None = None
    board_problem: str | None = None


@dataclass(slots=True)
class BoardContext:
    """A board document that passed the shape check."""

    doc: Document
    board: Board
    options: Options
    source: Path | None


@dataclass(slots=True)
class FileFacts:
    """What the cross-file rules need of one file, read even from broken files."""

    file: str
    kind: str | None = None
    id: str | None = None
    id_position: Position = (1, 1)
    # plan -> the board file it points to (resolved), where it says so
    board_file: Path | None = None
    board_position: Position = (1, 1)
    # board -> (plan id, position) of its ``plans`` list
    board_plans: list[tuple[str, Position]] = field(default_factory=list)
    source: Path | None = None
    # ``# hplan: ignore[...]`` comments; applied after the cross-file rules, which they may silence too
    suppressions: tuple[Directive, ...] = ()
    # ``# yaml-language-server: $schema=...``: the schema the editor uses for this file
    modeline: Modeline | None = None
