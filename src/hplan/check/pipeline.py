"""load -> model -> rules -> result, for any number of files.

Each file is checked on its own (:func:`check_file`, safe to run in a worker
process), then the cross-file rules run over the facts every file reported.
One broken file never hides the problems of the others: a file that fails to
load is a result, not an abort.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from hplan import codes
from hplan.check.context import BoardContext, FileFacts, Options, PlanContext
from hplan.check.placement import missing_position
from hplan.check.policy import RulePolicy, Suppressed, apply, scan, with_level
from hplan.check.shape import validate_shape
from hplan.diagnostics import Diagnostic, Severity
from hplan.errors import PathNotFound, ProfileError
from hplan.i18n.message import msg
from hplan.model.board import Board
from hplan.model.plan import InlineBoard, Plan
from hplan.modeline import find_modeline
from hplan.parallel import map_items
from hplan.paths import render
from hplan.privacy import redact
from hplan.profiles import resolve_profile
from hplan.rules.boards import board_document_checks, resolve_board_path
from hplan.rules.registry import Finding, Rule, by_scope
from hplan.yamlio.document import Document
from hplan.yamlio.loader import load_file

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(slots=True)
class FileResult:
    """What checking one file found, and the facts the cross-file rules need."""

    facts: FileFacts
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(slots=True)
class ValidationResult:
    """Every diagnostic of a run, sorted by file, line and column, and the findings suppressions hid."""

    files: list[str]
    diagnostics: list[Diagnostic]
    suppressed: list[Suppressed] = field(default_factory=list)

    @property
    def errors(self) -> int:
        """How many errors were found."""
        return sum(1 for d in self.diagnostics if d.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        """How many warnings were found."""
        return sum(1 for d in self.diagnostics if d.severity is Severity.WARNING)

    def failed(self, strict: bool = False) -> bool:
        """Whether the run should exit 1: errors, or with ``strict`` any finding."""
        return self.errors > 0 or (strict and self.warnings > 0)


def discover(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Expand PATHS to (file, display name); a folder means its YAML files below it.

    Raises ``PathNotFound`` (exit 2) for a path that does not exist.
    """
    found: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    cwd = Path.cwd().resolve()  # once: resolving is a system call per folder of the path
    for path in paths:
        if path.is_dir():
            files = sorted(_yaml_below(path))
        elif path.exists():
            files = [path]
        else:
            raise PathNotFound(msg("err.no_such_path", path=path))
        for file in files:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                found.append((file, _shown(file, key, cwd)))
    return found


def _yaml_below(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                yield Path(root, name)


def display_name(path: Path) -> str:
    """The path as users should see it: relative to the current folder when inside it.

    A CPR-like number in it is masked here, where the name every output
    shows is made, so that the findings and the facts of a file keep one name.
    """
    return _shown(path, path.resolve(), Path.cwd().resolve())


def _shown(path: Path, resolved: Path, cwd: Path) -> str:
    try:
        shown = resolved.relative_to(cwd).as_posix()
    except ValueError:
        shown = path.as_posix()
    return redact(shown)


def check_file(path: Path, display: str, options: Options) -> FileResult:
    """Load, shape and rule-check one file."""
    doc = load_file(path, display)
    return check_document(doc, options, path)


def check_document(doc: Document, options: Options, source: Path | None) -> FileResult:
    """Shape and rule-check one loaded document (from a file or a git blob)."""
    return check_and_read(doc, options, source)[0]


def check_and_read(doc: Document, options: Options, source: Path | None) -> tuple[FileResult, Plan | Board | None]:
    """:func:`check_document`, and the document's model when it passed the shape check.

    For commands built on validation (status), so that they do not validate a
    document twice; the model stays out of ``FileResult``, which worker
    processes send back.
    """
    facts = _facts(doc, source)
    findings: list[Diagnostic] = []
    model: Plan | Board | None = None
    for entry in by_scope("text"):
        findings.extend(_located(doc, entry, entry.check(doc) if entry.check else ()))
    if doc.data is not None:
        shaped = validate_shape(doc)  # adds shape problems to doc.diagnostics
        if isinstance(shaped, Plan | Board):
            model = shaped
            findings.extend(_model_findings(doc, shaped, options, source))
    findings.extend(doc.diagnostics)
    return FileResult(facts, sorted(findings)), model


def _model_findings(doc: Document, model: Plan | Board, options: Options, source: Path | None) -> list[Diagnostic]:
    """The plan or board rules' findings on a document that passed the shape check."""
    findings: list[Diagnostic] = []
    if isinstance(model, Plan):
        ctx = plan_context(doc, model, options, source)
        for entry in by_scope("plan"):
            findings.extend(_located(doc, entry, entry.check(ctx) if entry.check else ()))
        return findings
    board_ctx = BoardContext(doc, model, options, source)
    findings.extend(_located_as(doc, codes.DUPLICATE_ID, Severity.ERROR, board_document_checks(board_ctx)))
    for entry in by_scope("board"):
        findings.extend(_located(doc, entry, entry.check(board_ctx) if entry.check else ()))
    return findings


def rule_diagnostics(doc: Document, model: Plan | Board, options: Options, source: Path | None) -> list[Diagnostic]:
    """What the rules find in one shaped document on its own, after the configured severities and suppressions.

    For commands that compare documents (diff): no cross-file rules, which
    need every file of the repository.
    """
    findings = list(_model_findings(doc, model, options, source))
    for entry in by_scope("text"):
        findings.extend(_located(doc, entry, entry.check(doc) if entry.check else ()))
    return sorted(apply(findings, [_facts(doc, source)], options.policy).diagnostics)


def plan_context(doc: Document, plan: Plan, options: Options, source: Path | None) -> PlanContext:
    """A plan with its profile and (when it names a file) its board resolved."""
    folder = source.resolve().parent if source is not None else None
    problem = None
    try:
        profile = resolve_profile(plan.profile, folder, options.profile_path)
    except ProfileError as exc:
        # A broken profile file is this plan's problem, reported at its
        # 'profile:' line; it must not stop the other files from being checked.
        profile, problem = None, exc.message
    ctx = PlanContext(doc, plan, profile, options, source, profile_problem=problem)
    reference = plan.organisation.board
    if isinstance(reference, str) and source is not None:
        target, problem = resolve_board_path(source, reference)
        ctx.board_file, ctx.board_problem = target, problem
        if target is not None:
            board = _board_at(target)
            if board is None:
                ctx.board_problem = msg("f.board.invalid", reference=reference)
            else:
                ctx.board = board
    return ctx


def plan_board(plan: Plan, source: Path | None) -> Board | InlineBoard | None:
    """The board a plan names: written into it, or the valid board file it points to (``None`` otherwise)."""
    reference = plan.organisation.board
    if not isinstance(reference, str):
        return reference
    target = resolve_board_path(source, reference)[0] if source is not None else None
    return _board_at(target) if target is not None else None


@cache
def _board_at(path: Path) -> Board | None:
    doc = load_file(path)
    model = validate_shape(doc) if doc.data is not None else None
    return model if isinstance(model, Board) else None


def _located(doc: Document, entry: Rule, findings: Iterable[Finding]) -> Iterator[Diagnostic]:
    return _located_as(doc, entry.code, entry.severity, findings)


def _located_as(doc: Document, code: str, severity: Severity, findings: Iterable[Finding]) -> Iterator[Diagnostic]:
    for finding in findings:
        line, column = (
            finding.position or missing_position(doc, finding.path) or doc.position(finding.path, key=finding.at_key)
        )
        level = finding.severity or severity
        yield Diagnostic(doc.file, line, column, code, level, finding.message, render(finding.path, doc.data))


def _facts(doc: Document, source: Path | None) -> FileFacts:
    """Read id, kind and board references even from a document that is not valid."""
    facts = FileFacts(doc.file, source=source.resolve() if source is not None else None)
    facts.suppressions = scan(doc.text, doc.file)
    facts.modeline = find_modeline(doc.text)
    data = doc.data
    if not isinstance(data, Mapping):
        return facts
    kind, ident = data.get("kind"), data.get("id")
    facts.kind = kind if isinstance(kind, str) else None
    if isinstance(ident, str):
        facts.id = ident
        facts.id_position = doc.position(("id",))
    if facts.kind == "plan":
        organisation = data.get("organisation")
        reference = organisation.get("board") if isinstance(organisation, Mapping) else None
        if isinstance(reference, str) and source is not None:
            facts.board_file, _ = resolve_board_path(source, reference)
            facts.board_position = doc.position(("organisation", "board"))
    elif facts.kind == "board":
        listed: Any = data.get("plans")
        if isinstance(listed, list):
            facts.board_plans = [
                (item, doc.position(("plans", i))) for i, item in enumerate(listed) if isinstance(item, str)
            ]
    return facts


def validate_paths(paths: Iterable[Path], options: Options, jobs: int | None = None) -> ValidationResult:
    """Check every file under ``paths`` and the files against each other."""
    return combine(check_files(discover(paths), options, jobs), options)


def check_files(files: list[tuple[Path, str]], options: Options, jobs: int | None = None) -> list[FileResult]:
    """Check each file on its own, in worker processes when there are many."""
    return map_items(_check_in_worker, [(path, display, options) for path, display in files], jobs)


def _check_in_worker(job: tuple[Path, str, Options]) -> FileResult:
    return check_file(*job)


def combine(results: list[FileResult], options: Options | None = None) -> ValidationResult:
    """Add the cross-file findings to the per-file ones, then apply the configured policy, sorted.

    The policy (severities, suppressions: :func:`hplan.check.policy.apply`) acts
    here and nowhere else, on every finding of every rule, so each command
    built on validation sees the same findings.
    """
    diagnostics = [d for result in results for d in result.diagnostics]
    facts = [result.facts for result in results]
    for entry in by_scope("files"):
        if entry.check is not None:
            diagnostics.extend(entry.check(facts))
    policy = options.policy if options is not None else RulePolicy()
    applied = apply(diagnostics, facts, policy)
    kept = applied.diagnostics
    if applied.outcome is not None:
        off = {code for code, level in policy.severities if level == "off"}
        for entry in by_scope("suppressions"):
            if entry.check is not None and entry.code not in off:
                kept.extend(with_level(d, policy) for d in entry.check(applied.outcome))
    return ValidationResult([f.file for f in facts], sorted(kept), applied.suppressed)
