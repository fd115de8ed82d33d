"""git, run as a subprocess: plan files at a revision and in the working tree.

``hplan diff`` reads old versions of plans from git. It runs few processes
whatever the number of plans: one ``git rev-parse`` per revision, one
``git ls-tree`` per revision for the file list with each file's blob id, and
one ``git cat-file --batch`` for the contents of every blob it needs. Files
in the working tree are compared with a revision by their blob id, computed
here as git does, so unchanged files are never read from git at all.

Whatever stops git from answering - git missing, not a repository, a
revision or path that does not exist - is a :class:`~hplan.errors.GitError`
(exit 2) whose message names the revision or path.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from hplan.errors import GitError, UsageError, os_reason
from hplan.i18n.message import Term, msg

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Repository:
    """A git work tree: where git commands run and repository paths start."""

    root: Path

    def run(self, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        """Run ``git ARGS`` at the root; the caller reads the return code."""
        return _git(self.root, args, stdin)

    def relative(self, path: Path) -> str:
        """``path`` (as given on the command line) as a repository path like ``plans/a.yaml``."""
        absolute = Path(os.path.abspath(path))
        # git names the root by its real path; the folders above the file may
        # be reached through a symbolic link (/tmp -> /private/tmp).
        real_parent = Path(os.path.realpath(absolute.parent)) / absolute.name
        for candidate in (absolute, real_parent, Path(os.path.realpath(absolute))):
            try:
                text = candidate.relative_to(self.root).as_posix()
            except ValueError:
                continue
            return "" if text == "." else text
        raise UsageError(msg("err.git.outside", path=path, root=self.root))


def _git(cwd: Path, args: Sequence[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    # Plain, predictable output whatever the user's configuration: no pager,
    # no prompts, pathspecs taken literally, messages in English.
    env = {**os.environ, "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C", "GIT_LITERAL_PATHSPECS": "1"}
    try:
        return subprocess.run(
            ["git", "-c", "core.quotepath=off", *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            env=env,
            check=False,
        )
    except FileNotFoundError:
        raise GitError(msg("err.git.missing")) from None
    except OSError as exc:
        raise GitError(msg("err.git.cannot_run", reason=os_reason(exc))) from None


def _message(done: subprocess.CompletedProcess[bytes]) -> str:
    """Git's own last words (English, as LC_ALL=C asks: marked as such in Danish), or its exit code."""
    text = done.stderr.decode("utf-8", errors="replace").strip()
    return Term(text.splitlines()[-1]) if text else msg("err.git.exited", code=done.returncode)


def find_repository(start: Path | None = None) -> Repository:
    """The work tree that holds ``start`` (default: the current folder)."""
    here = Path(os.path.abspath(start if start is not None else Path.cwd()))
    done = _git(here, ("rev-parse", "--show-toplevel"))
    if done.returncode != 0:
        raise GitError(msg("err.git.not_repository", folder=here, reason=_message(done)))
    return Repository(Path(done.stdout.decode("utf-8").strip()))


def check_revision_name(revision: str) -> None:
    """Refuse a revision that git would read as an option, or an empty one."""
    if not revision:
        raise UsageError(msg("err.revision.empty"))
    if revision.startswith("-"):
        raise UsageError(msg("err.revision.dash", revision=revision))


def resolve_revision(repo: Repository, revision: str) -> str:
    """The commit id ``revision`` names; a :class:`GitError` when there is none."""
    check_revision_name(revision)
    done = repo.run("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if done.returncode != 0:
        if repo.run("rev-parse", "--verify", "--quiet", "HEAD").returncode != 0:
            raise GitError(
                msg("err.revision.no_commits", revision=revision, root=repo.root),
                hint=msg("err.revision.no_commits.hint"),
            )
        raise GitError(msg("err.revision", revision=revision, root=repo.root), hint=msg("err.revision.hint"))
    return done.stdout.decode("ascii").strip()


@dataclass(frozen=True, slots=True)
class Tree:
    """The files under some paths at one revision: repository path -> blob id (and its size in bytes)."""

    blobs: dict[str, str]
    # Every path ls-tree listed (any file type), to tell "missing" from "no YAML here".
    listed: frozenset[str]
    # Blob id -> size, so that a blob too large for a plan is never read into memory.
    sizes: dict[str, int] = field(default_factory=dict)

    def has(self, path: str) -> bool:
        """Whether ``path`` (a file or folder) exists in this tree."""
        if not path:
            return bool(self.listed)
        prefix = path.rstrip("/") + "/"
        return path in self.listed or any(entry.startswith(prefix) for entry in self.listed)


def tree(repo: Repository, commit: str, paths: Sequence[str]) -> Tree:
    """The YAML files under ``paths`` (repository paths) at ``commit``, one ``git ls-tree``.

    A path named itself that is a file counts whatever its name, as in the
    working tree (:func:`worktree_files`) and in ``hplan validate``: a folder
    means the YAML files below it, a file means that file.
    """
    pathspecs = [p for p in paths if p] if all(paths) else []
    named = set(pathspecs)
    done = repo.run("ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--", *pathspecs)
    if done.returncode != 0:
        raise GitError(msg("err.git.list", commit=commit[:12], reason=_message(done)))
    blobs: dict[str, str] = {}
    sizes: dict[str, int] = {}
    listed: set[str] = set()
    for entry in done.stdout.split(b"\0"):
        if not entry:
            continue
        meta, _, raw_name = entry.partition(b"\t")
        name = raw_name.decode("utf-8", errors="surrogateescape")
        listed.add(name)
        _mode, kind, object_id, size = meta.decode("ascii").split()
        if kind == "blob" and (is_yaml(name) or name in named):
            blobs[name] = object_id
            sizes[object_id] = int(size)
    return Tree(blobs, frozenset(listed), sizes)


def is_yaml(name: str) -> bool:
    """A ``*.yaml``/``*.yml`` file outside hidden folders (as ``hplan validate`` finds them)."""
    parts = PurePosixPath(name).parts
    return name.endswith(YAML_SUFFIXES) and not any(part.startswith(".") for part in parts)


def worktree_files(repo: Repository, paths: Sequence[str]) -> dict[str, Path]:
    """The YAML files under ``paths`` (repository paths) in the working tree."""
    found: dict[str, Path] = {}
    for path in paths:
        target = repo.root / path if path else repo.root
        if target.is_file():
            found[path] = target
        elif target.is_dir():
            for file in _yaml_below(target):
                name = file.relative_to(repo.root).as_posix()
                if is_yaml(name):
                    found[name] = file
    return found


def _yaml_below(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                yield Path(root, name)


def blob_id(content: bytes) -> str:
    """The object id git gives a file with ``content`` (SHA-1 repositories)."""
    digest = hashlib.sha1(b"blob %d\0" % len(content), usedforsecurity=False)
    digest.update(content)
    return digest.hexdigest()


def same_content(content: bytes, object_id: str) -> bool:
    """Whether ``content`` is what blob ``object_id`` holds, ignoring CRLF line ends.

    A checkout with ``core.autocrlf`` has CRLF line ends where the blob has LF;
    the file is unchanged for our purposes.
    """
    if blob_id(content) == object_id:
        return True
    return b"\r\n" in content and blob_id(content.replace(b"\r\n", b"\n")) == object_id


def read_objects(repo: Repository, names: Iterable[str]) -> list[bytes | None]:
    """The contents of many objects (blob ids or ``REV:PATH``) with one ``git cat-file --batch``.

    ``None`` for a name that does not exist.
    """
    wanted = list(names)
    if not wanted:
        return []
    if any("\n" in name for name in wanted):
        raise UsageError(msg("err.git.line_break"))
    stdin = "".join(f"{name}\n" for name in wanted).encode("utf-8", errors="surrogateescape")
    done = repo.run("cat-file", "--batch", stdin=stdin)
    if done.returncode != 0:
        raise GitError(msg("err.git.read", root=repo.root, reason=_message(done)))
    out = done.stdout
    found: list[bytes | None] = []
    at = 0
    for _ in wanted:
        end = out.index(b"\n", at)
        header = out[at:end].split(b" ")
        at = end + 1
        if len(header) != 3 or header[-1] in (b"missing", b"ambiguous"):
            found.append(None)
            continue
        kind, size = header[1], int(header[2])
        content = out[at : at + size]
        at += size + 1  # the contents end with a newline of git's own
        found.append(content if kind == b"blob" else None)
    return found


def blob_size(repo: Repository, revision: str, path: str) -> int | None:
    """The size in bytes of the file ``path`` at ``revision``, read without its contents; ``None`` if no such file."""
    if "\n" in revision + path:
        return None
    done = repo.run("cat-file", "--batch-check=%(objecttype) %(objectsize)", stdin=f"{revision}:{path}\n".encode())
    kind, _, size = done.stdout.decode("ascii", errors="replace").strip().partition(" ")
    return int(size) if done.returncode == 0 and kind == "blob" and size.isdigit() else None


def read_file(repo: Repository, revision: str, path: str) -> bytes:
    """The contents of ``path`` (a repository path) at ``revision``."""
    commit = resolve_revision(repo, revision)
    (content,) = read_objects(repo, [f"{commit}:{path}"])
    if content is None:
        listed = tree(repo, commit, [path])
        what = "err.git.folder_at" if listed.has(path) else "err.git.absent_at"
        raise GitError(msg(what, path=path, revision=revision))
    return content
