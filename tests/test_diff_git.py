"""hplan.git against real repositories made in temporary folders."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from git_repos import run_git
from hplan import git
from hplan.diff.model import DiffOptions
from hplan.diff.sources import diff_revisions
from hplan.errors import GitError, UsageError

FIXTURES = Path(__file__).parent / "golden" / "diff"
OLD_TEXT = (FIXTURES / "old.yaml").read_text(encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with plans/a.yaml, plans/notes.txt and plans/.hidden/x.yaml committed."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    root = tmp_path / "repo"
    (root / "plans" / ".hidden").mkdir(parents=True)
    (root / "plans" / "a.yaml").write_text("format: 1\n", encoding="utf-8")
    (root / "plans" / "b.yml").write_text("kind: board\n", encoding="utf-8")
    (root / "plans" / "notes.txt").write_text("not yaml\n", encoding="utf-8")
    (root / "plans" / ".hidden" / "x.yaml").write_text("hidden: true\n", encoding="utf-8")
    (root / "other.yaml").write_text("x: 1\n", encoding="utf-8")
    run_git(root, "init", "-q")
    run_git(root, "add", ".")
    run_git(root, "commit", "-q", "-m", "first")
    monkeypatch.chdir(root)
    return root


def test_blob_ids_are_gits(repo: Path) -> None:
    content = (repo / "plans" / "a.yaml").read_bytes()
    assert git.blob_id(content) == run_git(repo, "hash-object", "plans/a.yaml").strip()
    assert git.same_content(content.replace(b"\n", b"\r\n"), git.blob_id(content))
    assert not git.same_content(b"format: 2\n", git.blob_id(content))


def test_a_tree_lists_the_yaml_files_below_the_paths(repo: Path) -> None:
    repository = git.find_repository()
    assert repository.root == repo.resolve()
    commit = git.resolve_revision(repository, "HEAD")
    listed = git.tree(repository, commit, ["plans"])
    assert sorted(listed.blobs) == ["plans/a.yaml", "plans/b.yml"]
    assert listed.blobs["plans/a.yaml"] == git.blob_id(b"format: 1\n")
    assert listed.has("plans") and listed.has("plans/a.yaml") and not listed.has("plan")
    assert sorted(git.tree(repository, commit, [""]).blobs) == ["other.yaml", "plans/a.yaml", "plans/b.yml"]
    assert sorted(git.worktree_files(repository, ["plans"])) == ["plans/a.yaml", "plans/b.yml"]


def test_objects_are_read_in_one_batch(repo: Path) -> None:
    repository = git.find_repository()
    contents = git.read_objects(
        repository, ["HEAD:plans/a.yaml", "HEAD:plans/none.yaml", "HEAD:plans/b.yml", "HEAD:plans"]
    )
    assert contents == [b"format: 1\n", None, b"kind: board\n", None]
    assert git.read_objects(repository, []) == []


def test_read_file_names_what_is_missing(repo: Path) -> None:
    repository = git.find_repository()
    assert git.read_file(repository, "HEAD", "plans/a.yaml") == b"format: 1\n"
    with pytest.raises(GitError, match=r"plans/none\.yaml: does not exist at revision 'HEAD'"):
        git.read_file(repository, "HEAD", "plans/none.yaml")
    with pytest.raises(GitError, match=r"plans: is a folder at revision 'HEAD'"):
        git.read_file(repository, "HEAD", "plans")
    with pytest.raises(GitError, match=r"revision 'no-such-branch' does not exist"):
        git.read_file(repository, "no-such-branch", "plans/a.yaml")


def test_revisions_that_look_like_options_are_refused(repo: Path) -> None:
    repository = git.find_repository()
    with pytest.raises(UsageError, match="starts with '-'"):
        git.resolve_revision(repository, "--output=/tmp/x")
    with pytest.raises(UsageError, match="empty revision"):
        git.resolve_revision(repository, "")


def test_outside_a_repository_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    with pytest.raises(GitError, match="is not inside a git repository"):
        git.find_repository(lonely)


def test_git_missing_is_a_clear_error(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(repo / "no-bin"))
    with pytest.raises(GitError, match="git is not installed or not on PATH"):
        git.find_repository()


def test_a_path_outside_the_repository_is_refused(repo: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="outside the git repository"):
        git.find_repository().relative(tmp_path / "elsewhere.yaml")


def test_diff_over_many_plans_runs_few_git_processes(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plans = repo / "plans"
    for i in range(30):
        (plans / f"p{i:02}.yaml").write_text(OLD_TEXT.replace("id: loevvangen", f"id: p{i:02}"), encoding="utf-8")
    run_git(repo, "add", ".")
    run_git(repo, "commit", "-q", "-m", "thirty plans")
    for i in range(30):
        path = plans / f"p{i:02}.yaml"
        path.write_text(
            path.read_text(encoding="utf-8").replace("name: Løvvangen", f"name: Plan {i}"), encoding="utf-8"
        )
    calls: list[tuple[str, ...]] = []
    real: Callable[..., subprocess.CompletedProcess[bytes]] = subprocess.run

    def counting(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        calls.append(tuple(args))
        return real(args, **kwargs)

    monkeypatch.setattr("hplan.git.subprocess.run", counting)
    result = diff_revisions("HEAD", None, [Path("plans")])
    assert len(result.plans) == 30
    assert {change.path for plan in result.plans for change in plan.changes} == {"name"}
    assert len(calls) <= 4, calls  # rev-parse x2, ls-tree, cat-file: not one per plan

    # Worker processes (30 files: parallel) give what one process gives.
    assert diff_revisions("HEAD", None, [Path("plans")], DiffOptions(jobs=1)) == result
    assert diff_revisions("HEAD", None, [Path("plans")], DiffOptions(jobs=2)) == result

    run_git(repo, "commit", "-q", "-am", "renamed")
    calls.clear()
    result = diff_revisions("HEAD~1", "HEAD", [Path("plans")])
    assert len(result.plans) == 30
    assert len(calls) <= 6, calls  # rev-parse x3, ls-tree x2, cat-file: not one per plan


def test_a_path_through_a_symbolic_link_is_inside_the_repository(repo: Path, tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(repo, target_is_directory=True)
    assert git.find_repository().relative(link / "plans" / "a.yaml") == "plans/a.yaml"
    assert git.find_repository().relative(link) == ""
