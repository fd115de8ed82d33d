"""The two sides of ``hplan diff``: two files, ``REV:PATH``, or every plan and board that differs between revisions.

:func:`diff_files` and :func:`diff_revisions` find the sides, read them
(:mod:`hplan.diff.sides`), and compare the ones that are valid plans or
boards; a side that cannot be read or fails the shape check is reported
through its diagnostics, as ``hplan validate`` would report it, and its file
is "not compared". Many changed files are examined in worker processes.
Nothing here prints.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from hplan import git
from hplan.diagnostics import Diagnostic
from hplan.diff.boards import credit_governed_plans
from hplan.diff.model import DiffOptions, DiffResult, PlanDiff
from hplan.diff.sides import Side, compare_reads, display, read_side
from hplan.errors import PathNotFound, UsageError, os_reason
from hplan.i18n.message import msg
from hplan.parallel import map_items
from hplan.yamlio.document import MAX_FILE_BYTES

# -- two files -------------------------------------------------------------------


def parse_side(spec: str) -> Side:
    """A command-line side: a file path, or ``REV:PATH`` read from git."""
    path = Path(spec)
    if path.exists() or ":" not in spec:
        if path.is_dir():
            raise UsageError(msg("err.diff.folder", spec=spec))
        if not path.exists():
            raise PathNotFound(msg("err.diff.no_file", spec=spec))
        return Side(display(path), file=path, folder=path.resolve().parent)
    revision, _, name = spec.partition(":")
    git.check_revision_name(revision)
    repo = git.find_repository()
    # As in git: ``REV:./x`` is relative to the current folder, ``REV:x`` to the repository's root.
    relative = repo.relative(Path(name)) if name.startswith(("./", "../")) else name.strip("/")
    if not relative:
        raise UsageError(msg("err.diff.after_colon", spec=spec, revision=revision))
    label, folder = f"{revision}:{relative}", repo.root / PurePosixPath(relative).parent
    size = git.blob_size(repo, revision, relative)
    if size is not None and size > MAX_FILE_BYTES:
        return Side(label, folder=folder, oversize=size)  # never read into memory
    return Side(label, content=git.read_file(repo, revision, relative), folder=folder)


def diff_files(old: str, new: str, options: DiffOptions | None = None) -> DiffResult:
    """``hplan diff OLD NEW``: two plan files, each a path or ``REV:PATH``."""
    options = options or DiffOptions()
    sides = [read_side(parse_side(old)), read_side(parse_side(new))]
    for read in sides:
        if not read.compared:
            what = msg("err.diff.kind", kind=read.kind) if read.kind else msg("err.diff.not_a_plan")
            raise UsageError(msg("err.diff.not_plan", label=read.side.label, what=what))
    if {read.kind for read in sides} == {"plan", "board"}:
        raise UsageError(msg("err.diff.plan_and_board", old=old, new=new))
    problems = [d for read in sides for d in read.doc.diagnostics]
    if problems:
        labels = tuple(read.side.label for read in sides if read.doc.diagnostics)
        return DiffResult((), tuple(sorted(problems)), not_compared=labels)
    return compare_reads(sides[0], sides[1], options)


# -- two revisions -----------------------------------------------------------------


@dataclass(slots=True)
class _Changed:
    """The files that differ between the base revision and the head, and where the head's versions are."""

    names: list[str] = field(default_factory=list)
    # The head is a revision: file -> its blob, read from git with the base's.
    head_blobs: dict[str, str] = field(default_factory=dict)
    # The head is the working tree: file -> its side, read already.
    head_sides: dict[str, Side] = field(default_factory=dict)
    # Blob -> size, of both revisions.
    sizes: dict[str, int] = field(default_factory=dict)


def diff_revisions(
    base: str, head: str | None, paths: Sequence[Path], options: DiffOptions | None = None
) -> DiffResult:
    """``hplan diff --base REV [--head REV] [PATHS...]``: every plan that differs between two revisions.

    ``head`` ``None`` is the working tree. Plans are matched by path, and a
    plan whose file was renamed by its ``id``; boards by path; other YAML
    files are left out.
    """
    options = options or DiffOptions()
    repo = git.find_repository()
    base_commit = git.resolve_revision(repo, base)
    head_commit = git.resolve_revision(repo, head) if head is not None else None
    given = [(path, repo.relative(path)) for path in paths]
    wanted = list(dict.fromkeys(name for _path, name in given))
    base_tree = git.tree(repo, base_commit, wanted)
    if head is None or head_commit is None:
        changed = _against_worktree(repo, (base, base_tree), given, wanted)
    else:
        changed = _against_revision((base, base_tree), (head, git.tree(repo, head_commit, wanted)), given)
    base_sides, head_sides = _git_sides(repo, (base, base_tree), head, changed)
    return _pair_and_compare(changed.names, base_sides, head_sides, options)


def _against_revision(
    base: tuple[str, git.Tree], head: tuple[str, git.Tree], given: Sequence[tuple[Path, str]]
) -> _Changed:
    """The files whose blob differs between two revisions."""
    (base_name, base_tree), (head_name, head_tree) = base, head
    for path, name in given:
        if not base_tree.has(name) and not head_tree.has(name):
            raise PathNotFound(msg("err.diff.neither_revision", path=path, base=base_name, head=head_name))
    changed = _Changed(sizes={**base_tree.sizes, **head_tree.sizes})
    for name in sorted(set(base_tree.blobs) | set(head_tree.blobs)):
        if base_tree.blobs.get(name) != head_tree.blobs.get(name):
            changed.names.append(name)
            if name in head_tree.blobs:
                changed.head_blobs[name] = head_tree.blobs[name]
    return changed


def _against_worktree(
    repo: git.Repository, base: tuple[str, git.Tree], given: Sequence[tuple[Path, str]], wanted: list[str]
) -> _Changed:
    """The working-tree files whose content differs from the base revision, read once here."""
    base_name, base_tree = base
    work = git.worktree_files(repo, wanted)
    for path, name in given:
        if not base_tree.has(name) and not (repo.root / name).exists():
            raise PathNotFound(msg("err.diff.neither_worktree", path=path, base=base_name))
    changed = _Changed(sizes=dict(base_tree.sizes))
    for name in sorted(set(base_tree.blobs) | set(work)):
        file = work.get(name)
        content = _worktree_bytes(file) if file is not None else None
        blob = base_tree.blobs.get(name)
        if blob is not None and content is not None and git.same_content(content, blob):
            continue
        changed.names.append(name)
        if file is not None:
            side = Side(display(file), content=content, file=file if content is None else None, folder=file.parent)
            changed.head_sides[name] = side
    return changed


def _worktree_bytes(file: Path) -> bytes | None:
    """A working-tree file's bytes, or ``None`` for one too large to read (the loader says so)."""
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            return None
        return file.read_bytes()
    except OSError as exc:
        raise PathNotFound(msg("err.unreadable", path=file, reason=os_reason(exc))) from None


def _git_sides(
    repo: git.Repository, base: tuple[str, git.Tree], head: str | None, changed: _Changed
) -> tuple[dict[str, Side], dict[str, Side]]:
    """The sides of the changed files, their versions in git read with one ``git cat-file``."""
    base_name, base_blobs = base[0], base[1].blobs
    wanted = [base_blobs[name] for name in changed.names if name in base_blobs]
    wanted.extend(changed.head_blobs.values())
    # A blob over the size limit is never read: git would hand over all of it, into memory.
    objects = [obj for obj in dict.fromkeys(wanted) if changed.sizes.get(obj, 0) <= MAX_FILE_BYTES]
    contents = dict(zip(objects, git.read_objects(repo, objects), strict=True))

    def side(label: str, blob: str, folder: Path) -> Side:
        if blob not in contents:
            return Side(label, folder=folder, oversize=changed.sizes[blob])
        return Side(label, content=contents[blob] or b"", folder=folder)

    base_sides: dict[str, Side] = {}
    head_sides = dict(changed.head_sides)
    for name in changed.names:
        folder = repo.root / PurePosixPath(name).parent
        if name in base_blobs:
            base_sides[name] = side(f"{base_name}:{name}", base_blobs[name], folder)
        if name in changed.head_blobs:
            head_sides[name] = side(f"{head}:{name}", changed.head_blobs[name], folder)
    return base_sides, head_sides


# -- examining changed files, in workers when there are many ---------------------


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What examining one changed file found; small, so that it travels back from a worker."""

    name: str
    diff: PlanDiff | None = None
    problems: tuple[Diagnostic, ...] = ()
    # A plan at one side only: its id, to pair it with a renamed file.
    lone_old: str | None = None
    lone_new: str | None = None
    rule_errors: tuple[Diagnostic, ...] = ()


def _examine(name: str, old_side: Side | None, new_side: Side | None, options: DiffOptions) -> _Outcome:
    """Read both sides of one changed file and compare them when both are plans, or either is a board."""
    old = read_side(old_side) if old_side is not None else None
    new = read_side(new_side) if new_side is not None else None
    # As for two files (diff_files): any problem of a plan or board side - one
    # that breaks its shape, or one of reading it (a tag, a duplicate key) - is
    # reported, and that file is not compared.
    problems = tuple(d for read in (old, new) if read is not None and read.compared for d in read.doc.diagnostics)
    if problems:
        return _Outcome(name, problems=problems)
    if {read.kind for read in (old, new) if read is not None} == {"board"}:
        result = compare_reads(old, new, options)
        return _Outcome(name, result.plans[0], result.diagnostics, rule_errors=result.rule_errors)
    old_plan = old.plan if old is not None else None
    new_plan = new.plan if new is not None else None
    if old_plan is not None and new_plan is not None:
        result = compare_reads(old, new, options)
        diff = result.plans[0] if result.plans else None
        return _Outcome(name, diff, result.diagnostics, rule_errors=result.rule_errors)
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
    found: dict[str, PlanDiff] = {}
    problems: list[Diagnostic] = []
    rule_errors: list[Diagnostic] = []
    not_compared: list[str] = []
    lone_old: dict[str, str] = {}
    lone_new: list[tuple[str, str]] = []
    for outcome in map_items(_examine_in_worker, work, options.jobs):
        problems.extend(outcome.problems)
        rule_errors.extend(outcome.rule_errors)
        if outcome.problems and outcome.diff is None:
            not_compared.append(outcome.name)
        if outcome.diff is not None:
            found[outcome.name] = outcome.diff
        if outcome.lone_old is not None:
            lone_old.setdefault(outcome.lone_old, outcome.name)
        if outcome.lone_new is not None:
            lone_new.append((outcome.name, outcome.lone_new))
    # Plans at one side only are few (added, removed, renamed); they are read again here,
    # where a renamed file - gone from one path, new at another, same id - finds its pair.
    pairs: list[tuple[str, str | None, str | None]] = [
        (name, lone_old.pop(ident, None), name) for name, ident in lone_new
    ]
    pairs.extend((name, name, None) for name in lone_old.values())
    for key, old_name, new_name in pairs:
        old = read_side(base_sides[old_name]) if old_name is not None else None
        new = read_side(head_sides[new_name]) if new_name is not None else None
        result = compare_reads(old, new, options)
        found.update((key, plan) for plan in result.plans)
        problems.extend(result.diagnostics)
        rule_errors.extend(result.rule_errors)
        if result.diagnostics and not result.plans:
            not_compared.append(key)
    compared = credit_governed_plans([found[name] for name in sorted(found)])
    return DiffResult(tuple(compared), tuple(sorted(problems)), tuple(sorted(not_compared)), tuple(sorted(rule_errors)))
