"""Every command answers every small hostile file with a located message and its documented exit code.

For each file of the corpus (``corpus.py``, committed under ``files/``):

* ``validate`` (json, text, github): exit 1 and the file's finding at its
  line and column, or exit 0 for a valid plan;
* ``status``: exit 0 (informational), the finding listed;
* ``diff GOOD FILE`` and ``diff FILE GOOD``: exit 1 with the finding, 0 for
  a valid plan, 2 for a YAML file that is no plan at all (docs/diff.md);
* ``diff --base HEAD`` with the file in the working tree, and with the file
  committed at the base: the finding at the side it stands on, as
  ``plans/...`` or ``HEAD:plans/...``; a file that is no plan at all is
  left out (the plan it replaces is removed, or the plan replacing it added);
* ``report --year 2017``: exit 1 with the finding on standard error when
  the plan cannot be read, else exit 0 with the finding in the report;
* ``schema --check`` with the file in place of a schema file: exit 1, stale.

No output holds a traceback.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from hostile.corpus import FILES, SMALL, Hostile, write
from hplan.cli.app import app

GOOD = FILES.parent.parent / "data" / "base-plan.yaml"
BY_NAME = {item.name: item for item in SMALL}


def hplan(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result


def located(result: Result) -> set[tuple[str, str, int, int]]:
    """(file, rule, line, column) of every diagnostic in a JSON output."""
    return {(d["file"], d["rule"], d["line"], d["column"]) for d in json.loads(result.stdout)["diagnostics"]}


def line_of(file: str, finding: tuple[str, int, int], severity: str = "error") -> str:
    """How text output starts the finding's line: ``file:line:column: error RULE`` (``fejl`` in Danish)."""
    rule, line, column = finding
    return f"{file}:{line}:{column}: {severity} {rule}"


@pytest.fixture
def in_files(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the corpus folder, so that each file is shown by its name."""
    monkeypatch.chdir(FILES)
    return FILES


def test_the_committed_files_are_the_corpus(tmp_path: Path) -> None:
    write(tmp_path)
    assert sorted(p.name for p in FILES.iterdir()) == sorted(p.name for p in tmp_path.iterdir())
    for item in SMALL:
        assert (FILES / item.name).read_bytes() == item.content, f"run python tests/hostile/corpus.py ({item.name})"


def test_the_corpus_covers_every_reading_problem() -> None:
    rules = {item.finding[0] for item in SMALL if item.finding}
    # syntax, duplicate key, unknown/missing key, wrong value, encoding, empty, several documents, tag, format
    assert {"HP001", "HP002", "HP003", "HP004", "HP005", "HP006", "HP007", "HP008", "HP009", "HP011"} <= rules


@pytest.mark.parametrize("item", SMALL, ids=[item.name for item in SMALL])
def test_validate(item: Hostile, in_files: Path) -> None:
    json_run = hplan("validate", item.name, "--format", "json", "--as-of", "2018-06-01")
    text_run = hplan("validate", item.name, "--as-of", "2018-06-01")
    github_run = hplan("validate", item.name, "--format", "github", "--as-of", "2018-06-01")
    if item.finding is None:
        assert (json_run.exit_code, json.loads(json_run.stdout)["diagnostics"]) == (0, [])
        assert text_run.exit_code == github_run.exit_code == 0
        return
    rule, line, column = item.finding
    assert json_run.exit_code == text_run.exit_code == github_run.exit_code == 1
    assert (item.name, rule, line, column) in located(json_run)
    assert line_of(item.name, item.finding) in text_run.stdout
    assert f"::error file={item.name},line={line},col={column},title={rule} " in github_run.stdout


@pytest.mark.parametrize("item", SMALL, ids=[item.name for item in SMALL])
def test_status(item: Hostile, in_files: Path) -> None:
    markdown = hplan("status", item.name, "--format", "markdown", "--as-of", "2018-06-01")
    text = hplan("status", item.name, "--as-of", "2018-06-01")
    as_json = hplan("status", item.name, "--format", "json", "--as-of", "2018-06-01")
    assert markdown.exit_code == text.exit_code == as_json.exit_code == 0
    json.loads(as_json.stdout)
    if item.finding is not None:
        assert line_of(item.name, item.finding) in markdown.stdout
        assert line_of(item.name, item.finding) in text.stdout


@pytest.mark.parametrize("item", SMALL, ids=[item.name for item in SMALL])
def test_diff_of_two_files(item: Hostile, in_files: Path) -> None:
    either = item.diff if item.diff is not None else (1 if item.finding else 0)
    for old, new in ((str(GOOD), item.name), (item.name, str(GOOD))):
        result = hplan("diff", old, new, "--format", "json")
        expected = item.diff_new if item.diff_new is not None and new == item.name else either
        assert result.exit_code == expected, (old, new, result.stdout, result.stderr)
        if item.diff_new is not None and new == item.name:
            assert item.finding is not None and item.finding[0] in result.stdout
            continue
        if expected == 1 and item.finding is not None:
            assert (item.name, *item.finding) in located(result)
        elif expected == 2:
            assert result.stderr.startswith(f"hplan: error: {item.name}: is not a plan document")
        else:
            assert json.loads(result.stdout)["plans"][0]["id"] == "solhaven"


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One commit: the good plan under plans/good/NAME, the hostile file under plans/hostile/NAME, for each NAME."""
    root = tmp_path_factory.mktemp("repo")
    for item in SMALL:
        (root / "plans" / "good").mkdir(parents=True, exist_ok=True)
        (root / "plans" / "hostile").mkdir(parents=True, exist_ok=True)
        shutil.copy(GOOD, root / "plans" / "good" / item.name)
        (root / "plans" / "hostile" / item.name).write_bytes(item.content)
    git = ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "corpus"]):
        subprocess.run([*git, *args], cwd=root, check=True, capture_output=True)
    return root


@pytest.fixture
def in_repository(repository: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(repository.parent))
    monkeypatch.chdir(repository)
    yield repository


def swapped(path: Path, content: bytes) -> Iterator[None]:
    original = path.read_bytes()
    path.write_bytes(content)
    try:
        yield
    finally:
        path.write_bytes(original)


@pytest.mark.parametrize("item", SMALL, ids=[item.name for item in SMALL])
def test_diff_base_with_the_file_in_the_working_tree(item: Hostile, in_repository: Path) -> None:
    name = f"plans/good/{item.name}"
    for _ in swapped(in_repository / name, item.content):
        result = hplan("diff", "--base", "HEAD", name, "--format", "json")
    if item.diff_new is not None:  # the working tree is the new side: its rule errors beside the changes
        assert result.exit_code == item.diff_new, result.stdout
        return
    _check_base_run(item, result, name, whole_plan="removed")


@pytest.mark.parametrize("item", SMALL, ids=[item.name for item in SMALL])
def test_diff_base_with_the_file_at_the_base(item: Hostile, in_repository: Path) -> None:
    name = f"plans/hostile/{item.name}"
    for _ in swapped(in_repository / name, GOOD.read_bytes()):
        result = hplan("diff", "--base", "HEAD", name, "--format", "json")
    _check_base_run(item, result, f"HEAD:{name}", whole_plan="added")


def _check_base_run(item: Hostile, result: Result, label: str, whole_plan: str) -> None:
    output = json.loads(result.stdout)
    if item.finding is not None and item.diff not in (0, 2):  # diff 0: a finding of validate's alone
        assert result.exit_code == 1, result.stdout
        assert (label, *item.finding) in located(result)
    elif item.diff == 2:  # no plan at all: left out, so the plan at the other side is added or removed
        assert result.exit_code == 0
        assert [c["kind"] for c in output["plans"][0]["changes"]] == [whole_plan]
    else:
        assert result.exit_code == 0
        assert output["diagnostics"] == [] and len(output["plans"]) == 1


@pytest.mark.parametrize("item", SMALL, ids=[item.name for item in SMALL])
def test_report(item: Hostile, in_files: Path) -> None:
    expected = item.report if item.report is not None else (1 if item.finding else 0)
    result = hplan("report", item.name, "--year", "2017")
    assert result.exit_code == expected, result.stderr
    if expected == 1:
        assert result.stdout == ""
        # in the report's language, Danish by default
        assert line_of(item.name, item.finding or ("?", 0, 0), "fejl") in result.stderr
        assert result.stderr.endswith(
            f"hplan: {item.name} kan ikke læses som en plan, så der er ingen rapport; ret problemerne ovenfor\n"
        )
    elif item.finding is not None:  # the report is Danish, its findings too
        assert line_of(item.name, item.finding, "fejl") in result.stdout


@pytest.mark.parametrize("item", SMALL, ids=[item.name for item in SMALL])
def test_schema_check_refuses_the_file_as_a_schema(item: Hostile, tmp_path: Path) -> None:
    (tmp_path / "plan.schema.json").write_bytes(item.content)
    result = hplan("schema", "--check", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert f"{tmp_path / 'plan.schema.json'}: stale or missing" in result.stdout
    assert (tmp_path / "plan.schema.json").read_bytes() == item.content  # --check writes nothing
