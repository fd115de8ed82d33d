"""One version of a plan or board file, what it reads as, and two read versions compared.

A :class:`Side` is a file path or a blob of a git revision; :func:`read_side`
reads it into a document and, where it passes the shape check, a plan or a
board model. :func:`compare_reads` compares two read sides with the profile
that classifies them and reports the rules' errors of the new side beside
the changes. Nothing here prints; :mod:`hplan.diff.sources` finds the sides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from hplan import codes
from hplan.check.context import Options
from hplan.check.pipeline import rule_diagnostics
from hplan.check.shape import validate_shape
from hplan.diagnostics import Diagnostic, Severity
from hplan.diff.boards import board_profile, compare_boards
from hplan.diff.compare import compare
from hplan.diff.model import DiffOptions, DiffResult
from hplan.errors import ProfileError
from hplan.i18n.message import msg
from hplan.model.board import Board
from hplan.model.plan import Plan
from hplan.privacy import redact
from hplan.profiles import Profile, resolve_profile
from hplan.yamlio.document import Document
from hplan.yamlio.loader import load_bytes, load_file, too_large


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
class Read:
    """A side as read: its document, and its plan or board model where it passed the shape check."""

    side: Side
    doc: Document
    plan: Plan | None
    kind: str | None  # "plan", "board", another kind, or None when not readable as a document
    board: Board | None = None

    @property
    def compared(self) -> bool:
        """Whether this side is a plan or a board that diff compares (valid or not)."""
        return self.kind in ("plan", "board", None)


def read_side(side: Side) -> Read:
    """Read and shape one side (no exception for a broken file: its diagnostics say what is wrong)."""
    doc = side.load()
    data = doc.data
    if not isinstance(data, Mapping):
        if data is not None:
            validate_shape(doc)  # explains what the file holds instead of a mapping
        return Read(side, doc, None, None)
    kind = data.get("kind")
    if kind == "plan" or ("kind" not in data and "format" in data):
        model = validate_shape(doc)
        return Read(side, doc, model if isinstance(model, Plan) else None, "plan")
    if kind == "board":
        model = validate_shape(doc)
        return Read(side, doc, None, "board", model if isinstance(model, Board) else None)
    return Read(side, doc, None, kind if isinstance(kind, str) else "")


def rule_errors(read: Read | None, options: DiffOptions) -> tuple[Diagnostic, ...]:
    """The errors the rules find in a compared new side, as validate reports them (no cross-file rules)."""
    model = read.plan or read.board if read is not None else None
    if read is None or model is None:
        return ()
    found = rule_diagnostics(
        read.doc, model, Options(options.as_of, options.profile_path, options.policy), read.side.file
    )
    return tuple(d for d in found if d.is_error)


def display(path: Path) -> str:
    """A path as diff labels it: relative to the current folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def compare_reads(old: Read | None, new: Read | None, options: DiffOptions) -> DiffResult:
    """Compare two read sides that are valid plans or boards (either may be missing)."""
    if any(read is not None and read.kind == "board" for read in (old, new)):
        board = compare_boards(
            old.board if old is not None else None,
            new.board if new is not None else None,
            board_profile(options.profile_path),
            old_label=old.side.label if old is not None else None,
            new_label=new.side.label if new is not None else None,
            as_of=options.as_of,
        )
        return DiffResult((board,), rule_errors=rule_errors(new, options))
    profile, problem = _profile_for(new, old, options=options)
    if profile is None:
        labels = tuple(read.side.label for read in (new, old) if read is not None)[:1]
        return DiffResult((), (problem,) if problem is not None else (), not_compared=labels if problem else ())
    result = compare(
        old.plan if old is not None else None,
        new.plan if new is not None else None,
        profile,
        old_label=old.side.label if old is not None else None,
        new_label=new.side.label if new is not None else None,
        as_of=options.as_of,
    )
    return DiffResult((result,), rule_errors=rule_errors(new, options))


def _profile_for(*reads: Read | None, options: DiffOptions) -> tuple[Profile | None, Diagnostic | None]:
    """The profile that classifies: the new side's, else the old side's; else why there is none."""
    first: Read | None = None
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
    why = broken or msg("err.diff.profile.missing", name=first.plan.profile)
    message = msg("err.diff.profile", why=why)
    return None, Diagnostic(first.doc.file, line, column, codes.UNKNOWN_PROFILE, Severity.ERROR, message, "profile")
