"""The pre-commit hooks: the published ``hplan-validate`` through the real pre-commit, and this repository's own.

``pre-commit try-repo`` installs this checkout (with the uncommitted changes
of tracked files; a new module must at least be ``git add``-ed) into a fresh
environment with pip, as a plan repository's pre-commit would,
and runs the hook in a temporary git repository holding one valid and one
broken plan. The installation needs PyPI (or a local mirror); when pip cannot
reach one, the test is skipped and says so, rather than failing on the
network. It is the slowest test of the suite (about 20 seconds).

A plan repository made by ``hplan init`` runs the hook as users will: from
its ``.pre-commit-config.yaml``, at this release's tag - of a temporary
repository holding this checkout's tracked files, tagged there (the
configuration's ``repo:`` is the one line changed).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from checkout import tagged_repository
from hplan import release
from hplan.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
BASE_PLAN = ROOT / "tests" / "data" / "base-plan.yaml"
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


def plan_repository(folder: Path, *, broken: bool) -> Path:
    """A git repository with plans/ok.yaml and, if asked, plans/broken.yaml (a misspelt key)."""
    (folder / "plans").mkdir(parents=True)
    text = BASE_PLAN.read_text(encoding="utf-8")
    (folder / "plans" / "ok.yaml").write_text(text, encoding="utf-8")
    if broken:
        bad = text.replace("id: solhaven\nname: Solhaven", "id: solhaven-2\nnmae: Solhaven", 1)
        (folder / "plans" / "broken.yaml").write_text(bad, encoding="utf-8")
    # The plans are of 2017-2020: judged as of a fixed day, the result does not depend on today.
    (folder / ".hplan.yaml").write_text("as_of: 2018-06-01\n", encoding="utf-8")
    git(folder, "init", "-q")
    git(folder, "add", ".")
    return folder


def pre_commit(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1", "PRE_COMMIT_COLOR": "never"}
    return subprocess.run(
        [str(PRE_COMMIT), *args], cwd=cwd, env=environment, capture_output=True, text=True, check=False
    )


def assert_hook_passes(repository: Path, home: Path) -> None:
    """``pre-commit run --all-files`` passes the hplan hook; skipped when pip cannot install the hook's environment."""
    passed = pre_commit("run", "--all-files", cwd=repository, home=home)
    output = passed.stdout + passed.stderr
    if passed.returncode == 3 and ("pip" in output or "virtualenv" in output):
        pytest.skip(f"pre-commit could not install the hook's environment (no package index reachable?):\n{output}")
    assert passed.returncode == 0, output
    assert re.search(r"^hplan validate\.+Passed$", passed.stdout, re.MULTILINE), output


needs_pre_commit = pytest.mark.skipif(
    not PRE_COMMIT.exists(), reason="pre-commit is not installed (pip install -e '.[test]')"
)


def test_the_published_hook_is_what_plan_repositories_need() -> None:
    [hook] = YAML(typ="safe", pure=True).load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "hplan-validate"
    assert hook["entry"] == "hplan validate"
    assert hook["language"] == "python"  # pre-commit installs hplan itself
    assert hook["pass_filenames"] is False  # cross-file rules need every plan; other YAML is no plan


@needs_pre_commit
def test_the_published_hook_through_pre_commit_try_repo(tmp_path: Path) -> None:
    repository = plan_repository(tmp_path / "plans-repo", broken=True)
    result = pre_commit("try-repo", str(ROOT), "hplan-validate", "--all-files", cwd=repository, home=tmp_path / "home")
    output = result.stdout + result.stderr
    if result.returncode == 3 and ("pip" in output or "virtualenv" in output):
        pytest.skip(f"pre-commit could not install the hook's environment (no package index reachable?):\n{output}")
    assert result.returncode == 1, output
    assert "hplan validate" in output and "Failed" in output
    assert "plans/broken.yaml:7:1: error HP003 unknown key 'nmae' (did you mean 'name'?)" in output
    assert "plans/ok.yaml" not in output  # the valid plan has no finding
    assert "2 files checked: 2 errors, 0 warnings" in output


@needs_pre_commit
@pytest.mark.parametrize(("broken", "exit_code", "verdict"), [(False, 0, "Passed"), (True, 1, "Failed")])
def test_this_repositorys_own_hook(tmp_path: Path, broken: bool, exit_code: int, verdict: str) -> None:
    repository = plan_repository(tmp_path / "repo", broken=broken)
    shutil.copy(ROOT / ".pre-commit-config.yaml", repository)
    # The config runs .venv/bin/hplan, as the README's set-up makes it; here that is the venv these tests run in.
    (repository / ".venv").symlink_to(Path(sys.prefix))
    git(repository, "add", ".pre-commit-config.yaml")
    result = pre_commit("run", "--all-files", cwd=repository, home=tmp_path / "home")
    assert result.returncode == exit_code, result.stdout + result.stderr
    assert "hplan validate (example plans)" in result.stdout and verdict in result.stdout


@pytest.mark.slow
@needs_pre_commit
def test_the_tagged_hook_in_a_repository_made_by_hplan_init(tmp_path: Path) -> None:
    hplan = tagged_repository(tmp_path / "hplan", release.TAG)
    repository = tmp_path / "plans-repo"
    assert CliRunner().invoke(app, ["init", str(repository), "--lang", "en"]).exit_code == 0
    config = repository / ".pre-commit-config.yaml"
    text = config.read_text(encoding="utf-8")
    assert f"  - repo: {release.REPOSITORY_URL}\n    rev: {release.TAG}  #" in text
    config.write_text(text.replace(release.REPOSITORY_URL, str(hplan)), encoding="utf-8")
    shutil.copy(BASE_PLAN, repository / "plans" / "solhaven.yaml")
    with (repository / ".hplan.yaml").open("a", encoding="utf-8") as settings:
        settings.write("as_of: 2018-06-01\n")
    git(repository, "init", "-q")
    git(repository, "add", ".")

    assert_hook_passes(repository, tmp_path / "home")

    plan = repository / "plans" / "solhaven.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("name: Solhaven", "nmae: Solhaven", 1), encoding="utf-8")
    failed = pre_commit("run", "--all-files", cwd=repository, home=tmp_path / "home")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "plans/solhaven.yaml:7:1: error HP003 unknown key 'nmae' (did you mean 'name'?)" in failed.stdout
    assert "1 file checked: 2 errors, 0 warnings" in failed.stdout  # the unknown key, and the name missing
