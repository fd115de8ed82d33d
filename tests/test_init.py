"""``hplan init``: a plan repository ready to use, in English or Danish, for GitHub or GitLab, never overwriting.

What the written CI files and the pre-commit configuration are worth as CI
and pre-commit read them is tested in test_ci_docs.py and test_pre_commit.py;
that an installed wheel makes the same repository, in test_dist.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import Result

from hplan import __version__, fsutil, release
from hplan.authoring.init import CI_FILES, repository_files
from hplan.config import load_config
from hplan.schema import schema_files

Run = Callable[..., Result]
BASE_PLAN = Path(__file__).resolve().parent / "data" / "base-plan.yaml"
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
COMMON = [
    "plans/README.md",
    "schemas/plan.schema.json",
    "schemas/board.schema.json",
    "schemas/profile.schema.json",
    "schemas/plan.da.schema.json",
    "schemas/board.da.schema.json",
    ".hplan.yaml",
    ".pre-commit-config.yaml",
    ".vscode/settings.json",
    ".vscode/extensions.json",
    ".gitignore",
    "README.md",
]


def files_below(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize(
    ("ci", "ci_file"), [("github", ".github/workflows/plan-review.yml"), ("gitlab", ".gitlab-ci.yml")]
)
def test_init_writes_a_plan_repository(run_hplan: Run, tmp_path: Path, ci: str, ci_file: str) -> None:
    folder = tmp_path / "new" / "plans-repo"  # made, parents and all
    result = run_hplan("init", str(folder), "--lang", "en", "--ci", ci)
    assert result.exit_code == 0, result.output
    assert files_below(folder) == {*COMMON, ci_file}
    lines = result.stdout.splitlines()
    assert lines[0] == f"hplan init: a plan repository in {folder}"
    count = len(COMMON) + 1
    assert sorted(line.split()[1] for line in lines[1 : count + 1]) == sorted([*COMMON, ci_file])
    assert all(line.startswith("  wrote  ") for line in lines[1 : count + 1])
    assert lines[count + 1] == f"{count} files written."
    assert ci_file in result.stdout.splitlines()[-1]


def test_the_repository_checks_a_plan_with_its_own_settings(
    run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_hplan("init", str(tmp_path), "--lang", "en")
    (tmp_path / ".git").mkdir()  # the configuration is found up to the git root
    shutil.copy(BASE_PLAN, tmp_path / "plans" / "solhaven.yaml")
    monkeypatch.chdir(tmp_path / "plans")  # from a folder below, as pre-commit and people do
    result = run_hplan("validate", "--as-of", "2018-06-01")
    assert (result.exit_code, result.stdout) == (0, "1 file checked: no problems\n")
    broken = BASE_PLAN.read_text(encoding="utf-8").replace("name: Solhaven", "nmae: Solhaven", 1)
    (tmp_path / "plans" / "broken.yaml").write_text(broken.replace("id: solhaven", "id: broken", 1), encoding="utf-8")
    assert run_hplan("validate", "--as-of", "2018-06-01").exit_code == 1
    assert run_hplan("schema", "--check", "--out", str(tmp_path / "schemas")).exit_code == 0


def test_an_empty_repository_validates(run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_hplan("init", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    result = run_hplan("validate")
    assert (result.exit_code, result.stdout) == (0, "0 files checked: no problems\n")


def test_an_existing_file_is_kept_and_named(run_hplan: Run, tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Our own\n", encoding="utf-8")
    (tmp_path / ".gitignore").symlink_to(tmp_path / "nowhere")  # a dangling link is there too
    result = run_hplan("init", str(tmp_path), "--lang", "en")
    assert result.exit_code == 0
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "# Our own\n"
    assert (tmp_path / ".gitignore").is_symlink() and not (tmp_path / "nowhere").exists()
    assert "  kept   README.md (it exists; hplan init never overwrites a file)" in result.stdout
    assert "  kept   .gitignore (it exists; hplan init never overwrites a file)" in result.stdout
    assert "11 files written, 2 kept as they were." in result.stdout
    again = run_hplan("init", str(tmp_path), "--lang", "en")
    assert "0 files written, 13 kept as they were." in again.stdout
    assert not list(tmp_path.rglob("*.tmp"))


def test_danish(run_hplan: Run, tmp_path: Path) -> None:
    result = run_hplan("init", str(tmp_path), "--lang", "da", "--ci", "gitlab")
    assert result.stdout.startswith(f"hplan init: et repository til planer i {tmp_path}\n  skrev    plans/README.md\n")
    assert "13 filer skrevet." in result.stdout
    assert "Hvad hver fil er til" in (tmp_path / "README.md").read_text(encoding="utf-8")
    assert load_config(tmp_path / ".hplan.yaml").language == "da"
    assert 'HPLAN_LANG: "da"' in (tmp_path / ".gitlab-ci.yml").read_text(encoding="utf-8")


def test_the_language_follows_the_locale_without_lang(run_hplan: Run, tmp_path: Path) -> None:
    result = run_hplan("init", str(tmp_path), env={"LANG": "da_DK.UTF-8"})
    assert "skrev" in result.stdout
    assert load_config(tmp_path / ".hplan.yaml").language == "da"


def test_a_file_for_a_folder_is_exit_2(run_hplan: Run, tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("", encoding="utf-8")
    result = run_hplan("init", str(tmp_path / "taken"))
    assert (result.exit_code, result.stdout) == (2, "")
    message = f"{tmp_path / 'taken'}: is a file; hplan init makes a plan repository in a folder"
    assert result.stderr == f"hplan: error: {message}\n"


def test_a_file_that_cannot_be_written_is_exit_2(run_hplan: Run, tmp_path: Path) -> None:
    (tmp_path / "plans").write_text("a file where the folder goes\n", encoding="utf-8")
    result = run_hplan("init", str(tmp_path))
    assert (result.exit_code, result.stdout) == (2, "")
    message = f"{tmp_path / 'plans'}: is a file where hplan init puts a folder; move it away"
    assert result.stderr == f"hplan: error: {message}\n"
    assert files_below(tmp_path) == {"plans"}


def test_a_bad_ci_is_a_usage_error(run_hplan: Run, tmp_path: Path) -> None:
    result = run_hplan("init", str(tmp_path), "--ci", "jenkins")
    assert result.exit_code == 2
    assert not list(tmp_path.iterdir())


# --- the content ----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "da"])
@pytest.mark.parametrize("ci", ["github", "gitlab"])
def test_every_placeholder_is_filled(language: str, ci: str) -> None:
    for name, text in repository_files(language, ci).items():
        assert "@@" not in text, name
        assert text.endswith("\n"), name


def test_the_settings_are_valid_and_name_the_plans(tmp_path: Path) -> None:
    for language in ("en", "da"):
        (tmp_path / ".hplan.yaml").write_text(repository_files(language, "github")[".hplan.yaml"], encoding="utf-8")
        (tmp_path / "plans").mkdir(exist_ok=True)
        config = load_config(tmp_path / ".hplan.yaml")
        assert config.language == language
        assert config.paths == (tmp_path.resolve() / "plans",)


def test_the_schemas_are_the_schema_writers() -> None:
    files = repository_files("en", "github")
    assert {name: text for name, text in files.items() if name.startswith("schemas/")} == {
        f"schemas/{name}": text for name, text in schema_files().items()
    }


@pytest.mark.parametrize(("language", "infix"), [("en", ""), ("da", ".da")])
def test_the_editor_maps_the_plans_to_the_schema_in_the_language(language: str, infix: str) -> None:
    files = repository_files(language, "github")
    settings = json.loads(files[".vscode/settings.json"])
    assert settings["yaml.schemas"] == {
        f"./schemas/plan{infix}.schema.json": ["plans/**/*.yaml", "plans/**/*.yml", "!plans/boards/**"],
        f"./schemas/board{infix}.schema.json": ["plans/boards/**/*.yaml", "plans/boards/**/*.yml"],
    }
    for target in settings["yaml.schemas"]:
        assert target.removeprefix("./") in files
    readme = files["plans/README.md"]
    assert f"# yaml-language-server: $schema=../schemas/plan{infix}.schema.json\n" in readme
    assert f"$schema=../../schemas/board{infix}.schema.json" in readme
    assert json.loads(files[".vscode/extensions.json"]) == {"recommendations": ["redhat.vscode-yaml"]}


def test_pre_commit_is_pinned_to_this_release() -> None:
    config = YAML(typ="safe", pure=True).load(repository_files("en", "github")[".pre-commit-config.yaml"])
    assert config == {
        "repos": [{"repo": release.REPOSITORY_URL, "rev": f"v{__version__}", "hooks": [{"id": "hplan-validate"}]}]
    }


@pytest.mark.skipif(not PRE_COMMIT.exists(), reason="pre-commit is not installed (pip install -e '.[test]')")
def test_pre_commit_reads_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(repository_files("en", "github")[".pre-commit-config.yaml"], encoding="utf-8")
    done = subprocess.run(
        [str(PRE_COMMIT), "validate-config", "config.yaml"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("language", ["en", "da"])
def test_the_github_workflow_uses_this_releases_action(language: str) -> None:
    workflow = YAML(typ="safe", pure=True).load(repository_files(language, "github")[CI_FILES["github"]])
    [checkout, action] = workflow["jobs"]["review"]["steps"]
    assert checkout == {"uses": "actions/checkout@v4", "with": {"fetch-depth": 0}}
    assert action == {"uses": release.action(), "with": {"lang": language, "fail-on": "error"}}
    assert release.action().endswith(f"/hplan@v{__version__}")
    assert ".hplan.yaml" in workflow["on"]["pull_request"]["paths"]
    assert workflow["jobs"]["review"]["timeout-minutes"] > 0


def test_the_gitlab_job_installs_this_release() -> None:
    job = YAML(typ="safe", pure=True).load(repository_files("en", "gitlab")[CI_FILES["gitlab"]])["plan-review"]
    assert job["variables"]["HPLAN"] == f"hplan @ git+{release.REPOSITORY_URL}@v{__version__}"
    assert job["artifacts"]["reports"] == {"codequality": "gl-code-quality-report.json"}
    assert "hplan validate --format gitlab > gl-code-quality-report.json" in job["script"][1]


def test_the_readme_names_every_file(tmp_path: Path) -> None:
    for ci in ("github", "gitlab"):
        files = repository_files("en", ci)
        readme = files["README.md"]
        named = ("plans/", "schemas/", ".hplan.yaml", ".pre-commit-config.yaml", CI_FILES[ci], ".vscode/", ".gitignore")
        for name in named:
            assert f"| `{name}` |" in readme, (ci, name)
        assert release.pip_requirement() in readme


def test_an_unknown_language_or_ci_is_refused() -> None:
    with pytest.raises(ValueError, match="jenkins"):
        repository_files("en", "jenkins")
    with pytest.raises(ValueError, match="'de'"):
        repository_files("de", "github")


# --- writing without overwriting ------------------------------------------------------------


def test_write_new_does_not_replace_a_file_made_after_the_first_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "README.md"
    real_link = os.link

    def someone_else_was_first(source: str, destination: Path) -> None:
        Path(destination).write_text("theirs\n", encoding="utf-8")
        real_link(source, destination)

    monkeypatch.setattr("hplan.fsutil.os.link", someone_else_was_first)
    assert fsutil.write_new(target, "ours\n") is False
    assert target.read_text(encoding="utf-8") == "theirs\n"
    assert [path.name for path in tmp_path.iterdir()] == ["README.md"]  # no temporary file left


def test_write_new_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(source: str, destination: Path) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("hplan.fsutil.os.link", no_links)
    assert fsutil.write_new(tmp_path / "a.txt", "a\n") is True
    assert fsutil.write_new(tmp_path / "a.txt", "b\n") is False
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "a\n"
    assert [path.name for path in tmp_path.iterdir()] == ["a.txt"]


def test_write_new_gives_a_new_file_the_umasks_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o027)
    try:
        assert fsutil.write_new(tmp_path / "a.txt", "a\n") is True
    finally:
        os.umask(umask)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o640
