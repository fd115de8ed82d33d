"""``hplan diff --base`` on the git histories CI meets: renames, deletions, odd trees, shallow and detached checkouts.

Each case is a real repository made in a temporary folder. Each either gives
the right changes (checked in the JSON contract) or exits 2 with a message
that names what is wrong.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from git_repos import commit, run_git
from hplan.cli.app import app

BASE_PLAN = Path(__file__).resolve().parents[1] / "data" / "base-plan.yaml"
BASE_TEXT = BASE_PLAN.read_text(encoding="utf-8")
RENAMED = BASE_TEXT.replace("name: Solhaven\n", "name: Solhaven Nord\n")


def hplan(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def changes(result: Result) -> list[tuple[str, str, str, str | None, str | None]]:
    """(plan id, path, kind, old side, new side) of every change in a JSON output."""
    plans = json.loads(result.stdout)["plans"]
    return [(p["id"], c["path"], c["kind"], p["old"], p["new"]) for p in plans for c in p["changes"]]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository on branch main with plans/solhaven.yaml committed; the current folder is its root."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    root = tmp_path / "repo"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "solhaven.yaml").write_text(BASE_TEXT, encoding="utf-8")
    run_git(root, "init", "-q", "-b", "main")
    commit(root, "first")
    monkeypatch.chdir(root)
    return root


def diff_json(*args: str) -> tuple[int, Any, Result]:
    result = hplan("diff", *args, "--format", "json")
    return result.exit_code, json.loads(result.stdout) if result.exit_code != 2 else None, result


# -- plans renamed, deleted, added -------------------------------------------------


def test_a_renamed_plan_is_one_plan_with_its_changes(repo: Path) -> None:
    run_git(repo, "mv", "plans/solhaven.yaml", "plans/solhaven-nord.yaml")
    (repo / "plans" / "solhaven-nord.yaml").write_text(RENAMED, encoding="utf-8")
    code, _, result = diff_json("--base", "main")
    assert code == 0
    assert changes(result) == [("solhaven", "name", "changed", "main:plans/solhaven.yaml", "plans/solhaven-nord.yaml")]
    commit(repo, "rename")
    code, _, result = diff_json("--base", "main~1", "--head", "main")
    assert changes(result) == [
        ("solhaven", "name", "changed", "main~1:plans/solhaven.yaml", "main:plans/solhaven-nord.yaml")
    ]


def test_a_deleted_plan_is_removed_and_needs_lbf(repo: Path) -> None:
    (repo / "plans" / "other.yaml").write_text(BASE_TEXT.replace("id: solhaven", "id: other"), encoding="utf-8")
    commit(repo, "second plan")
    (repo / "plans" / "solhaven.yaml").unlink()
    code, output, result = diff_json("--base", "HEAD")
    assert code == 0 and output["approval"] == "lbf"
    assert changes(result) == [("solhaven", "plan", "removed", "HEAD:plans/solhaven.yaml", None)]
    assert hplan("diff", "--base", "HEAD", "--fail-on", "lbf").exit_code == 1


def test_an_added_plan_is_added(repo: Path) -> None:
    (repo / "plans" / "other.yaml").write_text(BASE_TEXT.replace("id: solhaven", "id: other"), encoding="utf-8")
    code, _, result = diff_json("--base", "HEAD")
    assert code == 0
    assert changes(result) == [("other", "plan", "added", None, "plans/other.yaml")]


def test_removing_the_last_plan_and_its_folder(repo: Path) -> None:
    shutil.rmtree(repo / "plans")
    code, _, result = diff_json("--base", "HEAD")
    assert code == 0
    assert changes(result) == [("solhaven", "plan", "removed", "HEAD:plans/solhaven.yaml", None)]
    # A folder that exists on neither side is a mistake in the command, named.
    result = hplan("diff", "--base", "HEAD", "nowhere")
    assert result.exit_code == 2
    assert "nowhere: exists neither at revision 'HEAD' nor in the working tree" in result.stderr


# -- a path that is a folder at one revision and a file at another ------------------


def test_a_folder_at_the_base_and_a_file_at_the_head(repo: Path) -> None:
    (repo / "plans" / "oest").mkdir()
    run_git(repo, "mv", "plans/solhaven.yaml", "plans/oest/plan.yaml")
    commit(repo, "plan in a folder")
    run_git(repo, "rm", "-q", "-r", "plans/oest")
    (repo / "plans").mkdir(exist_ok=True)
    (repo / "plans" / "oest").write_text(RENAMED, encoding="utf-8")  # a file now, named without .yaml
    code, _, worktree = diff_json("--base", "HEAD", "plans/oest")
    commit(repo, "plan as a file")
    code_head, _, committed = diff_json("--base", "HEAD~1", "--head", "HEAD", "plans/oest")
    # Named as a path, the file is the plan whatever its name, in the working tree and at a revision alike.
    assert (code, code_head) == (0, 0)
    assert changes(worktree) == [("solhaven", "name", "changed", "HEAD:plans/oest/plan.yaml", "plans/oest")]
    assert changes(committed) == [("solhaven", "name", "changed", "HEAD~1:plans/oest/plan.yaml", "HEAD:plans/oest")]
    # Without PATHS, plans/ means its YAML files: the plan is gone from there.
    assert changes(hplan("diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "json")) == [
        ("solhaven", "plan", "removed", "HEAD~1:plans/oest/plan.yaml", None)
    ]
    # REV:PATH naming a folder says so.
    result = hplan("diff", "HEAD~1:plans/oest", "plans/oest")
    assert result.exit_code == 2
    assert "plans/oest: is a folder at revision 'HEAD~1', not a file" in result.stderr


def test_a_file_at_the_base_and_a_folder_at_the_head(repo: Path) -> None:
    run_git(repo, "mv", "plans/solhaven.yaml", "plans/oest")
    commit(repo, "plan as a file")
    (repo / "plans" / "oest").unlink()
    (repo / "plans" / "oest").mkdir()
    (repo / "plans" / "oest" / "plan.yaml").write_text(RENAMED, encoding="utf-8")
    code, _, result = diff_json("--base", "HEAD", "plans/oest")
    assert code == 0
    assert changes(result) == [("solhaven", "name", "changed", "HEAD:plans/oest", "plans/oest/plan.yaml")]


# -- other YAML in the folder -------------------------------------------------------


def test_yaml_files_that_are_not_plans_or_boards_are_left_out(repo: Path) -> None:
    (repo / "plans" / "boards").mkdir()
    board = "format: 1\nkind: board\nid: b\nname: B\nplans: [solhaven]\nmembers: [{role: R, organisation: O}]\n"
    (repo / "plans" / "boards" / "b.yaml").write_text(board, encoding="utf-8")
    (repo / "plans" / "notes.yml").write_text("agenda: [budget]\n", encoding="utf-8")
    (repo / "plans" / ".github").mkdir()
    (repo / "plans" / ".github" / "ci.yaml").write_text("on: push\n", encoding="utf-8")
    commit(repo, "other files")
    (repo / "plans" / "boards" / "b.yaml").write_text(board.replace("name: B", "name: C"), encoding="utf-8")
    (repo / "plans" / "notes.yml").write_text("agenda: [budget, status]\n", encoding="utf-8")
    (repo / "plans" / ".github" / "ci.yaml").write_text("[broken\n", encoding="utf-8")
    (repo / "plans" / "solhaven.yaml").write_text(RENAMED, encoding="utf-8")
    code, output, result = diff_json("--base", "HEAD")
    assert code == 0 and output["diagnostics"] == [] and output["not_compared"] == []
    # The board is compared too (issue 18); notes and the workflow file are not.
    assert changes(result) == [
        ("b", "name", "changed", "HEAD:plans/boards/b.yaml", "plans/boards/b.yaml"),
        ("solhaven", "name", "changed", "HEAD:plans/solhaven.yaml", "plans/solhaven.yaml"),
    ]


# -- shallow clones, detached heads, empty repositories, bad revisions --------------


def test_a_shallow_clone_has_no_history_to_compare_with(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (repo / "plans" / "solhaven.yaml").write_text(RENAMED, encoding="utf-8")
    commit(repo, "second")
    clone = repo.parent / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)], check=True, capture_output=True
    )
    monkeypatch.chdir(clone)
    result = hplan("diff", "--base", "HEAD~1")
    assert result.exit_code == 2
    assert result.stderr.startswith("hplan: error: revision 'HEAD~1' does not exist in the git repository at ")
    assert "fetch-depth: 0" in result.stderr  # what to do in CI
    code, _, same = diff_json("--base", "HEAD")
    assert code == 0 and changes(same) == []
    assert hplan("diff", "HEAD:plans/solhaven.yaml", "plans/solhaven.yaml").exit_code == 0


def test_a_detached_head(repo: Path) -> None:
    (repo / "plans" / "solhaven.yaml").write_text(RENAMED, encoding="utf-8")
    commit(repo, "second")
    run_git(repo, "checkout", "-q", "--detach", "HEAD~1")
    code, _, against_main = diff_json("--base", "main")
    assert code == 0
    assert changes(against_main) == [("solhaven", "name", "changed", "main:plans/solhaven.yaml", "plans/solhaven.yaml")]
    _, _, forward = diff_json("--base", "HEAD", "--head", "main")
    assert changes(forward) == [("solhaven", "name", "changed", "HEAD:plans/solhaven.yaml", "main:plans/solhaven.yaml")]


def test_a_repository_without_commits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "new" / "plans").mkdir(parents=True)
    (tmp_path / "new" / "plans" / "solhaven.yaml").write_text(BASE_TEXT, encoding="utf-8")
    run_git(tmp_path / "new", "init", "-q")
    monkeypatch.chdir(tmp_path / "new")
    for args in (("--base", "HEAD"), ("HEAD:plans/solhaven.yaml", "plans/solhaven.yaml")):
        result = hplan("diff", *args)
        assert result.exit_code == 2
        assert "has no commits yet" in result.stderr


def test_outside_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "plans").mkdir()
    monkeypatch.chdir(tmp_path)
    result = hplan("diff", "--base", "main")
    assert result.exit_code == 2
    assert "is not inside a git repository" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--base", "no-such-branch"), "revision 'no-such-branch' does not exist"),
        (("--base", "HEAD~7"), "revision 'HEAD~7' does not exist"),
        (("--base", "HEAD", "--head", "nope"), "revision 'nope' does not exist"),
        (("--base", "--output"), "revision '--output' starts with '-'"),
        (("--base", ""), "an empty revision"),
        (("--base", "HEAD\nmain"), "does not exist"),
        (("--head", "HEAD"), "--head needs --base"),
        (("main:plans/none.yaml", "plans/solhaven.yaml"), "plans/none.yaml: does not exist at revision 'main'"),
        (("nope:plans/solhaven.yaml", "plans/solhaven.yaml"), "revision 'nope' does not exist"),
        (("main:", "plans/solhaven.yaml"), "name a file after the colon"),
    ],
)
def test_bad_revisions_exit_2_naming_them(repo: Path, args: tuple[str, ...], message: str) -> None:
    result = hplan("diff", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("hplan: error: ") and message in result.stderr, result.stderr
    assert result.stdout == ""


# -- run from a subfolder -----------------------------------------------------------


def test_run_from_a_subfolder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (repo / "plans" / "solhaven.yaml").write_text(RENAMED, encoding="utf-8")
    monkeypatch.chdir(repo / "plans")
    expected = [("solhaven", "name", "changed", "HEAD:plans/solhaven.yaml", "solhaven.yaml")]
    assert changes(hplan("diff", "--base", "HEAD", ".", "--format", "json")) == expected
    # REV:./PATH is relative to the current folder, REV:PATH to the repository's root, as in git.
    for old in ("HEAD:./solhaven.yaml", "HEAD:plans/solhaven.yaml"):
        result = hplan("diff", old, "solhaven.yaml", "--format", "json")
        assert changes(result) == [("solhaven", "name", "changed", "HEAD:plans/solhaven.yaml", "solhaven.yaml")]
    # Without PATHS the default is plans/ here - there is none below plans/, and the message says so.
    result = hplan("diff", "--base", "HEAD")
    assert result.exit_code == 2
    assert "plans: exists neither at revision 'HEAD' nor in the working tree" in result.stderr


# -- a file over the size limit in the history ------------------------------------


def test_a_blob_over_the_size_limit_is_never_read(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hplan import git as hplan_git

    (repo / "plans" / "huge.yaml").write_bytes(b"# " + b"x" * (10 * 1024 * 1024) + b"\n")
    commit(repo, "a huge file")
    huge = run_git(repo, "rev-parse", "HEAD:plans/huge.yaml")
    (repo / "plans" / "huge.yaml").unlink()
    asked: list[str] = []
    real = hplan_git.read_objects

    def spy(repository: Any, names: Any) -> Any:
        names = list(names)
        asked.extend(names)
        return real(repository, names)

    monkeypatch.setattr(hplan_git, "read_objects", spy)
    for args in (("--base", "HEAD"), ("HEAD:plans/huge.yaml", "plans/solhaven.yaml")):
        code, output, _ = diff_json(*args)
        assert code == 1
        assert [(d["file"], d["rule"], d["line"], d["column"]) for d in output["diagnostics"]] == [
            ("HEAD:plans/huge.yaml", "HP010", 1, 1)
        ]
    assert huge not in asked and not any(name.endswith("huge.yaml") for name in asked)
