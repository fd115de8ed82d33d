"""``hplan validate`` through the real command line: exit codes, every format, colour.

The three formats are compared with golden files in ``tests/golden/validate/``.
After a deliberate change of the output, rewrite them with
``HPLAN_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_cli_validate.py``
and review the diff before committing it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer.testing
from typer.testing import Result

from hplan import __version__
from hplan.cli.options import Color, use_color

Run = Callable[..., Result]

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "cli"
GOLDEN = ROOT / "tests" / "golden" / "validate"
AS_OF = ("--as-of", "2018-06-01")
# Every file of the golden run: broken ones, one with a warning, a valid one.
GOLDEN_PATHS = ("tests/data/cli/broken", "tests/data/cli/warnings", "tests/data/cli/good")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CPR = "010190"  # the start of the CPR-like number in broken/shape.yaml


def assert_golden(name: str, actual: str) -> None:
    """``actual`` equals tests/golden/validate/NAME, or rewrites it when HPLAN_UPDATE_GOLDEN=1."""
    path = GOLDEN / name
    if os.environ.get("HPLAN_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert path.is_file(), f"{path} is missing; run with HPLAN_UPDATE_GOLDEN=1 to write it"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from {path}; if the change is meant, run with HPLAN_UPDATE_GOLDEN=1"


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the repository root, so that file names in the output are relative and stable."""
    monkeypatch.chdir(ROOT)
    return ROOT


# -- exit codes ------------------------------------------------------------------


def test_shipped_plans_are_valid(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", "plans", *AS_OF)
    assert result.exit_code == 0, result.output
    assert result.stdout == "5 files checked: no problems\n"
    assert result.stderr == ""


def test_default_path_is_the_plans_folder_here(run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plans").mkdir()
    shutil.copy(DATA / "warnings" / "solbakken-sen.yaml", tmp_path / "plans" / "plan.yml")
    shutil.copy(DATA / "good" / "solbakken.yaml", tmp_path / "elsewhere.yaml")  # not under plans/: not checked
    monkeypatch.chdir(tmp_path)
    result = run_hplan("validate", *AS_OF)
    assert result.exit_code == 0
    assert result.stdout.startswith("plans/plan.yml:")
    assert result.stdout.endswith("1 file checked: 0 errors, 1 warning\n")


def test_default_path_in_the_repository(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", *AS_OF)
    assert (result.exit_code, result.stdout) == (0, "5 files checked: no problems\n")


def test_no_paths_and_no_plans_folder_is_a_usage_error(
    run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_hplan("validate")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("hplan: error: no PATHS given and there is no plans/ folder here")
    assert "Traceback" not in result.output


def test_missing_path_is_exit_2_naming_it(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", "tests/data/cli/good", "plans/nowhere.yaml", *AS_OF)
    assert result.exit_code == 2
    assert result.stderr == "hplan: error: plans/nowhere.yaml: no such file or directory\n"
    assert "Traceback" not in result.output


@pytest.mark.parametrize("value", ["2018-13-01", "1/6/20188", "i morgen", ""])
def test_bad_as_of_is_exit_2_naming_the_option(run_hplan: Run, in_repo: Path, value: str) -> None:
    result = run_hplan("validate", "plans", "--as-of", value)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"hplan: error: --as-of {value!r} is not an ISO date")
    assert "YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        ("1/6/2018", "en", "hplan: error: --as-of: 1/6/2018 is a Danish date; write 2018-06-01\n"),
        ("01.06.2018", "da", "hplan: fejl: --as-of: 01.06.2018 er en dansk dato; skriv 2018-06-01\n"),
    ],
)
def test_a_danish_as_of_gets_its_iso_spelling(
    run_hplan: Run, in_repo: Path, value: str, language: str, expected: str
) -> None:
    result = run_hplan("validate", "plans", "--as-of", value, "--lang", language)
    assert (result.exit_code, result.stderr) == (2, expected)


def test_unknown_format_is_exit_2(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", "plans", "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr
    assert result.stdout == ""


def test_broken_plan_lists_every_problem(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", "tests/data/cli/broken/shape.yaml", *AS_OF)
    assert result.exit_code == 1
    found = [line.split(" ")[0:3] for line in result.stdout.splitlines()[:-1]]
    assert found == [
        ["tests/data/cli/broken/shape.yaml:7:1:", "error", "HP002"],  # duplicate key, at the second one
        ["tests/data/cli/broken/shape.yaml:10:1:", "error", "HP004"],  # period without end
        ["tests/data/cli/broken/shape.yaml:20:5:", "error", "HP003"],  # unknown key
        ["tests/data/cli/broken/shape.yaml:20:19:", "error", "HP701"],  # a CPR-like number
        # a criterion without baseline: baseline is optional beside baseline_due (HP306 checks it on a valid plan)
        ["tests/data/cli/broken/shape.yaml:46:15:", "error", "HP005"],  # unit: procent
        ["tests/data/cli/broken/shape.yaml:48:9:", "error", "HP003"],  # basline
        ["tests/data/cli/broken/shape.yaml:73:14:", "error", "HP005"],  # kroner with decimals
    ]
    assert "(did you mean 'baseline'?)" in result.stdout
    assert "(did you mean 'percent'?)" in result.stdout
    assert result.stdout.endswith("1 file checked: 7 errors, 0 warnings\n")


def test_strict_fails_on_warnings(run_hplan: Run, in_repo: Path) -> None:
    lenient = run_hplan("validate", "tests/data/cli/warnings", *AS_OF)
    strict = run_hplan("validate", "tests/data/cli/warnings", "--strict", *AS_OF)
    assert lenient.exit_code == 0
    assert strict.exit_code == 1
    assert strict.stdout == lenient.stdout
    assert "warning HP602" in strict.stdout
    assert run_hplan("validate", "tests/data/cli/good", "--strict", *AS_OF).exit_code == 0


def test_one_broken_file_never_hides_another(run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a-latin1.yaml").write_bytes("format: 1\nname: Løvvangen\n".encode("latin-1"))
    (tmp_path / "b-empty.yaml").write_text("# intet\n", encoding="utf-8")
    (tmp_path / "c-binary.yml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    shutil.copy(DATA / "broken" / "syntax.yaml", tmp_path / "d-syntax.yaml")
    shutil.copy(DATA / "warnings" / "solbakken-sen.yaml", tmp_path / "e-late.yaml")
    monkeypatch.chdir(tmp_path)
    result = run_hplan("validate", ".", *AS_OF)
    assert result.exit_code == 1
    found = [tuple(line.split(" ")[0:3]) for line in result.stdout.splitlines()[:-1]]
    assert found == [
        ("a-latin1.yaml:2:8:", "error", "HP006"),
        ("b-empty.yaml:1:1:", "error", "HP007"),
        ("c-binary.yml:3:1:", "error", "HP006"),
        ("d-syntax.yaml:5:16:", "error", "HP001"),
        ("e-late.yaml:67:10:", "warning", "HP602"),
    ]
    assert result.stdout.endswith("5 files checked: 4 errors, 1 warning\n")


def test_a_file_named_twice_is_checked_once(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", "tests/data/cli/good", "tests/data/cli/good/solbakken.yaml", *AS_OF)
    assert result.stdout == "1 file checked: no problems\n"


# -- formats ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output_format", "golden"), [("text", "all.txt"), ("json", "all.json"), ("github", "all.github")]
)
def test_format_matches_golden_file(run_hplan: Run, in_repo: Path, output_format: str, golden: str) -> None:
    result = run_hplan("validate", *GOLDEN_PATHS, "--format", output_format, *AS_OF)
    assert result.exit_code == 1
    assert result.stderr == ""
    assert CPR not in result.stdout  # the number is found, never repeated
    assert_golden(golden, result.stdout)


def test_json_follows_the_documented_contract(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", *GOLDEN_PATHS, "--format", "json", *AS_OF)
    payload = json.loads(result.stdout)
    assert list(payload) == ["diagnostics", "suppressed", "summary"]
    assert payload["suppressed"] == []
    fields = {"file": str, "line": int, "column": int, "path": str, "rule": str, "severity": str, "message": str}
    for item in payload["diagnostics"]:
        assert list(item) == list(fields)
        assert all(type(item[name]) is kind for name, kind in fields.items()), item
        assert re.fullmatch(r"HP\d{3}", item["rule"])
        assert item["severity"] in ("error", "warning")
        assert item["line"] >= 1
        assert item["column"] >= 1
    severities = [item["severity"] for item in payload["diagnostics"]]
    assert payload["summary"] == {
        "files": 5,
        "errors": severities.count("error"),
        "warnings": severities.count("warning"),
        "suppressed": 0,
    }
    assert payload["summary"]["warnings"] == 2
    order = [(item["file"], item["line"], item["column"]) for item in payload["diagnostics"]]
    assert order == sorted(order)


def test_json_of_a_clean_run(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", "plans", "--format", "json", *AS_OF)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "diagnostics": [],
        "suppressed": [],
        "summary": {"files": 5, "errors": 0, "warnings": 0, "suppressed": 0},
    }


def test_exit_2_writes_nothing_to_stdout_for_machines(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", "tests/data/cli/good", "nowhere", "--format", "json", *AS_OF)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "hplan: error: nowhere: no such file or directory\n"


@pytest.mark.parametrize("spelling", [["--format", "github"], ["--format=github"], ["-f", "github"], ["-fgithub"]])
def test_exit_2_in_the_github_format_is_an_error_annotation(run_hplan: Run, in_repo: Path, spelling: list[str]) -> None:
    # GitHub shows no stderr on the pull request: without the annotation a broken run would say nothing there.
    result = run_hplan("validate", "tests/data/cli/good", "nowhere", *spelling, *AS_OF)
    assert result.exit_code == 2
    assert result.stdout == "::error title=hplan::hplan could not run: nowhere: no such file or directory\n"
    assert result.stderr == "hplan: error: nowhere: no such file or directory\n"


def test_a_usage_error_in_the_github_format_is_an_error_annotation(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", "--format", "github", "--as-of", "2018-06-01", "--strct")
    assert result.exit_code == 2
    assert result.stdout.startswith("::error title=hplan::hplan could not run: No such option: --strct")
    assert "No such option: --strct" in result.stderr


def test_a_bad_configuration_in_the_github_format_is_an_error_annotation(run_hplan: Run, repo: Path) -> None:
    (repo / ".hplan.yaml").write_text("paths: [plans/]\nlangauge: da\n", encoding="utf-8")
    result = run_hplan("validate", "--format", "github")
    assert result.exit_code == 2
    [line] = result.stdout.splitlines()
    assert line.startswith("::error title=hplan::hplan could not run: .hplan.yaml:2:1: unknown option 'langauge'")


def test_github_format_escapes_properties_and_data(
    run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = (DATA / "good" / "solbakken.yaml").read_text(encoding="utf-8")
    odd = plan.replace("kind: plan\n", 'kind: plan\n"rabat 50%\\nnæste linje": ja\n')
    (tmp_path / "odd,name:100%.yaml").write_text(odd, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_hplan("validate", ".", "--format", "github", *AS_OF)
    assert result.exit_code == 1
    command, summary = result.stdout.splitlines()
    assert summary == "1 file checked: 1 error, 0 warnings"
    assert command.startswith("::error file=odd%2Cname%3A100%25.yaml,line=5,col=1,title=HP003 unknown-key::")
    message = command.split("::", 2)[2]
    assert message.startswith("unknown key 'rabat 50%25%0Anæste linje'; remove it or fix its spelling.")
    assert "\n" not in command


def test_github_format_of_warnings(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", "tests/data/cli/warnings", "--format", "github", *AS_OF)
    first = result.stdout.splitlines()[0]
    assert first.startswith(
        "::warning file=tests/data/cli/warnings/solbakken-sen.yaml,line=67,col=10,title=HP602 milestone-overdue::"
    )


# -- colour ----------------------------------------------------------------------


@pytest.fixture
def fake_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the runner's captured stdout claim to be a terminal."""
    monkeypatch.setattr(typer.testing._NamedTextIOWrapper, "isatty", lambda self: True)
    monkeypatch.setenv("TERM", "xterm-256color")


def test_no_colour_in_a_pipe(run_hplan: Run, in_repo: Path) -> None:
    result = run_hplan("validate", *GOLDEN_PATHS, *AS_OF, env={"NO_COLOR": None, "TERM": "xterm-256color"})
    assert "\x1b[" not in result.output


def test_colour_on_a_terminal(run_hplan: Run, in_repo: Path, fake_terminal: None) -> None:
    result = run_hplan("validate", "tests/data/cli/warnings", *AS_OF, env={"NO_COLOR": None})
    assert ANSI.search(result.stdout)
    plain = run_hplan("validate", "tests/data/cli/warnings", "--color", "never", *AS_OF).stdout
    assert ANSI.sub("", result.stdout) == plain


def test_no_color_turns_colour_off_on_a_terminal(run_hplan: Run, in_repo: Path, fake_terminal: None) -> None:
    result = run_hplan("validate", "tests/data/cli/warnings", *AS_OF, env={"NO_COLOR": "1"})
    assert "\x1b[" not in result.output
    assert "warning HP602" in result.stdout


@pytest.mark.parametrize(("no_color", "term"), [(None, None), ("1", "xterm"), (None, "dumb")])
def test_color_always_wins_over_pipe_no_color_and_dumb_terminal(
    run_hplan: Run, in_repo: Path, no_color: str | None, term: str | None
) -> None:
    result = run_hplan("validate", *GOLDEN_PATHS, "--color", "always", *AS_OF, env={"NO_COLOR": no_color, "TERM": term})
    assert ANSI.search(result.stdout)
    plain = run_hplan("validate", *GOLDEN_PATHS, *AS_OF).stdout
    assert ANSI.sub("", result.stdout) == plain


def test_dumb_terminal_gets_no_colour(run_hplan: Run, in_repo: Path, fake_terminal: None) -> None:
    result = run_hplan("validate", "tests/data/cli/warnings", *AS_OF, env={"NO_COLOR": None, "TERM": "dumb"})
    assert "\x1b[" not in result.output


def test_color_never_on_a_terminal(run_hplan: Run, in_repo: Path, fake_terminal: None) -> None:
    result = run_hplan("validate", "tests/data/cli/warnings", "--color", "never", *AS_OF, env={"NO_COLOR": None})
    assert "\x1b[" not in result.output


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_use_color_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert use_color(Color.auto, _Terminal()) is True
    assert use_color(Color.auto, object()) is False
    assert use_color(Color.never, _Terminal()) is False
    monkeypatch.setenv("TERM", "dumb")
    assert use_color(Color.auto, _Terminal()) is False
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(Color.auto, _Terminal()) is False
    assert use_color(Color.always, object()) is True


# -- help and version ----------------------------------------------------------------


def test_help_lists_the_commands(run_hplan: Run) -> None:
    result = run_hplan("--help")
    assert result.exit_code == 0
    assert "validate" in result.stdout
    assert "schema" in result.stdout
    assert run_hplan("-h").stdout == result.stdout


def test_validate_help_names_the_formats(run_hplan: Run) -> None:
    result = run_hplan("validate", "--help")
    assert result.exit_code == 0
    for word in ("--format", "text", "json", "github", "--strict", "--as-of", "--color"):
        assert word in result.stdout


def test_version(run_hplan: Run) -> None:
    result = run_hplan("--version")
    assert (result.exit_code, result.stdout) == (0, f"hplan {__version__}\n")


def test_python_m_hplan_version_smoke() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hplan", "--version"], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"hplan {__version__}\n", "")


HEAVY = ("yaml", "pydantic", "ruamel", "rich")
IMPORT_PROBE = f"""
import sys
from hplan.cli.app import app
loaded = set()
for args in (["--help"], ["--version"]):
    try:
        app(args)
    except SystemExit:
        pass
    loaded |= {{name.split(".")[0] for name in sys.modules}} & set({HEAVY!r})
sys.stderr.write("LOADED " + " ".join(sorted(loaded)) + "\\n")
"""


def test_help_and_version_import_no_yaml_pydantic_ruamel_or_rich() -> None:
    # A fresh interpreter: this test process has long imported everything.
    done = subprocess.run([sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "Usage: " in done.stdout
    assert f"hplan {__version__}" in done.stdout
    assert done.stderr.splitlines()[-1] == "LOADED "
