"""``hplan status`` through the real entry point: golden views, colour, exit codes, the JSON contract.

Golden files live in ``tests/golden/status/``. After a deliberate change to a
view, rewrite them with ``HPLAN_UPDATE_GOLDEN=1 python -m pytest
tests/test_status_cli.py`` and review the difference like any other change.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import Result

from hplan.cli.status import StatusFormat
from hplan.views.status.reporters import REPORTERS
from plan_texts import minimal_head

GOLDEN = Path(__file__).parent / "golden" / "status"
AS_OF = "2018-06-01"
ANSI = re.compile(r"\x1b\[[0-9;]*m")

Run = Callable[..., Result]

BROKEN = (
    minimal_head("halv", "Halvfærdig", "Et sted")
    + """\
focus_areas:
  - id: tryghed-og-trivsel
    purpose: Tryghed.
    success_criteria:
      - id: tt-ok
        text: Læses.
        indicator: Andel trygge
        unit: percent
        direction: increase
        baseline: {value: 10, date: 2018-01-01}
        target: {value: 20, date: 2020-01-01}
        data_source: {kind: survey, name: Undersøgelse, frequency: quarterly}
        measurements: [{date: 2018-01-31, value: 10.5}]
      - id: tt-brudt
        text: Læses ikke.
        indicator: Andel
        unit: percent
        direction: opad
        baseline: {value: 10, date: 2018-01-01}
        target: {value: 20, date: 2020-01-01}
        data_source: {kind: survey, name: Undersøgelse, frequency: yearly}
budget:
  lines:
    - {year: 2018, focus_area: cross_cutting, category: personnel, funding: {lbf: 750000, kommune: 250000}}
milestones:
  - {id: m-sen, title: For sent, due: 2018-05-01}
"""
)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("HPLAN_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from the golden file; see this module's docstring"


@pytest.fixture
def in_repo(repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(repo_root)
    return repo_root


# --- golden views of the shipped plans as of 2018-06-01 -----------------------------


@pytest.mark.parametrize(
    ("paths", "as_of", "output_format", "golden"),
    [
        (["plans/oest-i-centrum.yaml"], AS_OF, "text", "oest-i-centrum.txt"),
        (["plans/oest-i-centrum.yaml"], AS_OF, "markdown", "oest-i-centrum.md"),
        (["plans/oest-i-centrum.yaml"], AS_OF, "json", "oest-i-centrum.json"),
        ([], AS_OF, "text", "plans.txt"),
        ([], AS_OF, "markdown", "plans.md"),
        ([], AS_OF, "json", "plans.json"),
        # A year on, nobody has updated the file: stale figures, overdue milestones, a missing evaluation.
        (["plans/loevvangen.yaml"], "2019-09-01", "text", "loevvangen-2019-09-01.txt"),
        (["plans/loevvangen.yaml"], "2019-09-01", "markdown", "loevvangen-2019-09-01.md"),
    ],
)
def test_golden_views(
    in_repo: Path, run_hplan: Run, paths: list[str], as_of: str, output_format: str, golden: str
) -> None:
    result = run_hplan("status", *paths, "--as-of", as_of, "--format", output_format, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    check_golden(golden, result.stdout)


def test_text_fits_80_columns_without_colour(in_repo: Path, run_hplan: Run, tmp_path: Path) -> None:
    (tmp_path / "halv.yaml").write_text(BROKEN, encoding="utf-8")
    for paths in (["plans/oest-i-centrum.yaml"], ["plans/loevvangen.yaml"], ["plans"], [str(tmp_path)]):
        out = run_hplan("status", *paths, "--as-of", AS_OF).stdout
        assert "\x1b[" not in out
        widest = max(cell_len(line) for line in out.splitlines())
        assert widest <= 80, f"{paths}: a line is {widest} columns wide"


# --- colour ------------------------------------------------------------------------


def test_colour_only_when_asked_or_on_a_terminal(in_repo: Path, run_hplan: Run) -> None:
    args = ("status", "plans/oest-i-centrum.yaml", "--as-of", AS_OF)
    plain = run_hplan(*args, env={"NO_COLOR": None}).stdout  # CliRunner is not a terminal
    coloured = run_hplan(*args, "--color", "always", env={"NO_COLOR": None}).stdout
    assert "\x1b[" not in plain
    assert "\x1b[" in coloured
    # The words carry the states; colour only repeats them.
    assert ANSI.sub("", coloured).split() == plain.split()


def test_no_color_wins_over_auto_but_not_over_always(in_repo: Path) -> None:
    # Through a real pipe: python -m hplan writes to a pipe, never a terminal.
    env = {**os.environ, "NO_COLOR": "1"}
    base = [sys.executable, "-m", "hplan", "status", "plans/oest-i-centrum.yaml", "--as-of", AS_OF]
    plain = subprocess.run(base, capture_output=True, text=True, env=env, check=False, encoding="utf-8")
    forced = subprocess.run(
        [*base, "--color", "always"], capture_output=True, text=True, env=env, check=False, encoding="utf-8"
    )
    assert plain.returncode == 0, plain.stderr
    assert forced.returncode == 0, forced.stderr
    assert "\x1b[" not in plain.stdout and "on track" in plain.stdout
    assert "\x1b[" in forced.stdout


# --- exit codes --------------------------------------------------------------------


def test_status_is_informational_exit_0_with_problems(run_hplan: Run, tmp_path: Path) -> None:
    path = tmp_path / "halv.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    result = run_hplan("status", str(path), "--as-of", AS_OF)
    assert result.exit_code == 0
    out = result.stdout
    assert "HP005" in out and "direction" in out  # the problem, shown
    assert "tt-ok" in out and "tt-brudt" not in out.split("Validation:")[0]  # read as far as it can be
    milestones = out.split("Milestones:")[1].split("Validation:")[0]
    assert "overdue" in milestones and "For sent" in milestones and "m-sen" not in milestones  # by its title
    assert "left out of this status" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["status", "does-not-exist.yaml"], "does-not-exist.yaml"),
        (["status", "plans", "--as-of", "2018-02-30"], "--as-of"),
        (["status", "plans", "--horizon", "-1"], "--horizon"),
        (["status", "plans", "--on-track", "0.2", "--at-risk", "0.5"], "at_risk"),
    ],
)
def test_exit_2_names_what_was_wrong(in_repo: Path, run_hplan: Run, args: list[str], message: str) -> None:
    result = run_hplan(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_an_unknown_format_is_a_usage_error(in_repo: Path, run_hplan: Run) -> None:
    result = run_hplan("status", "plans", "--format", "html")
    assert result.exit_code == 2


def test_without_paths_and_without_plans_folder_exit_2(
    run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_hplan("status")
    assert result.exit_code == 2
    assert "plans/" in result.stderr


def test_every_format_is_wired(in_repo: Path, run_hplan: Run) -> None:
    assert set(REPORTERS) == {f.value for f in StatusFormat}
    for output_format in StatusFormat:
        result = run_hplan("status", "--as-of", AS_OF, "--format", output_format.value)
        assert result.exit_code == 0 and result.stdout.strip()


# --- the JSON contract of cli.md ------------------------------------------------------


def test_json_contract(in_repo: Path, run_hplan: Run) -> None:
    payload = json.loads(run_hplan("status", "--as-of", AS_OF, "--format", "json").stdout)
    assert {"as_of", "plans", "co_financing"} <= set(payload)
    assert payload["as_of"] == AS_OF
    for plan in payload["plans"]:
        assert {
            "id",
            "name",
            "period",
            "criteria",
            "milestones",
            "budget",
            "evaluations",
            "agreements",
            "validation",
        } <= set(plan)
        assert {"start", "end", "elapsed"} <= set(plan["period"])
        assert {"total", "lbf", "local_share", "years"} <= set(plan["budget"])
        assert {"errors", "warnings"} <= set(plan["validation"])
        for year in plan["budget"]["years"]:
            assert {"year", "planned", "spent", "local_share"} <= set(year)
            assert isinstance(year["planned"], int)
        for criterion in plan["criteria"]:
            assert {"id", "focus_area", "baseline", "target", "latest", "progress", "state", "stale"} <= set(criterion)
            assert criterion["state"] in {"on_track", "at_risk", "off_track", "no_data"}
            assert isinstance(criterion["stale"], bool)
            assert criterion["progress"] is None or criterion["progress"] == round(criterion["progress"], 4)
        for milestone in plan["milestones"]:
            assert {"id", "due", "state"} <= set(milestone)
            assert milestone["state"] in {"overdue", "due_soon", "planned", "done", "cancelled"}
    for row in payload["co_financing"]:
        assert set(row) == {"party", "name", "kind", "year", "amount"}
        assert isinstance(row["amount"], int)
    kommune = {row["year"]: row["amount"] for row in payload["co_financing"] if row["party"] == "aalborg-kommune"}
    # Aalborg Kommune's 2018 share, summed by hand from the three plans' budget lines.
    assert kommune[2018] == 530_000 + 380_000 + 415_000


def test_json_ignores_the_terminal(in_repo: Path, run_hplan: Run) -> None:
    args = ("status", "plans/oest-i-centrum.yaml", "--as-of", AS_OF, "--format", "json")
    assert run_hplan(*args).stdout == run_hplan(*args, "--color", "always").stdout


def test_a_board_alone_shows_no_plan_but_its_problems(in_repo: Path, run_hplan: Run) -> None:
    result = run_hplan("status", "plans/boards", "--as-of", AS_OF)
    assert result.exit_code == 0
    assert "No plan among the files checked." in result.stdout
    assert "HP108" in result.stdout


def test_no_view_repeats_a_cpr_number(run_hplan: Run, tmp_path: Path) -> None:
    text = BROKEN.replace("title: For sent", "title: Samtale med 010190-1234").replace("id: m-sen", "id: 0101901234")
    path = tmp_path / "cpr.yaml"
    path.write_text(text, encoding="utf-8")
    for output_format in StatusFormat:
        out = run_hplan("status", str(path), "--as-of", AS_OF, "--format", output_format.value).stdout
        assert "HP701" in out  # validation reports it ...
        assert "010190" not in out and "0101901234" not in out  # ... and no view repeats it


def test_a_portfolio_lists_errors_in_full_and_counts_warnings(in_repo: Path, run_hplan: Run, tmp_path: Path) -> None:
    (tmp_path / "halv.yaml").write_text(BROKEN, encoding="utf-8")
    result = run_hplan("status", "plans/loevvangen.yaml", str(tmp_path), "--as-of", "2019-09-01")
    assert result.exit_code == 0
    out = result.stdout
    assert "Halvfærdig" in out and "Løvvangen" in out  # one row each
    assert "error HP005" in out  # an error, in full
    assert "HP602" not in out  # warnings are counted, not listed
    assert "plans/loevvangen.yaml: 0 errors, 3 warnings" in out
    assert "evaluation due for 2018" in out and "criteria with stale figures" in out
