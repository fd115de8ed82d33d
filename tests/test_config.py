"""The configuration file ``.hplan.yaml``: discovery, precedence, strictness, rule severities.

Each test builds a small repository in a temporary folder (with a ``.git``
folder, so that discovery stops there) holding the rule tests' base plan,
which is clean as of 2018-06-01 and has one warning (HP602, a milestone due
2018-09-30) as of 2018-10-01.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from hplan.config import Config, ConfigError, discover_config, find_config, load_config

Run = Callable[..., Result]


def write_config(folder: Path, text: str) -> Path:
    path = folder / ".hplan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def findings(result: Result) -> list[tuple[str, str]]:
    return [(d["rule"], d["severity"]) for d in json.loads(result.stdout)["diagnostics"]]


# --- discovery -------------------------------------------------------------------------


def test_found_in_a_folder_above(repo: Path) -> None:
    config = write_config(repo, "as_of: 2018-10-01\n")
    deep = repo / "plans" / "sub"
    deep.mkdir()
    assert find_config(deep) == config.resolve()


def test_discovery_stops_at_the_git_root(tmp_path: Path) -> None:
    write_config(tmp_path, "as_of: 2018-10-01\n")
    checkout = tmp_path / "checkout"
    (checkout / ".git").mkdir(parents=True)
    assert find_config(checkout) is None
    assert discover_config(start=checkout) == Config()


def test_a_config_at_the_git_root_itself_is_found(repo: Path) -> None:
    config = write_config(repo, "language: en\n")
    assert find_config(repo / "plans") == config.resolve()


def test_an_empty_file_or_one_of_comments_means_the_defaults(repo: Path) -> None:
    write_config(repo, "# nothing configured yet\n")
    config = discover_config()
    assert config.file is not None
    assert (config.as_of, config.paths, config.policy.severities) == (None, (), ())


def test_config_option_and_environment_name_a_file(repo: Path, run_hplan: Run) -> None:
    other = repo / "ci.yaml"
    other.write_text("as_of: 2018-10-01\n", encoding="utf-8")
    by_option = run_hplan("validate", "--format", "json", "--config", "ci.yaml")
    by_environment = run_hplan("validate", "--format", "json", env={"HPLAN_CONFIG": "ci.yaml"})
    assert findings(by_option) == findings(by_environment) == [("HP602", "warning")]


def test_a_missing_config_file_is_exit_2(repo: Path, run_hplan: Run) -> None:
    result = run_hplan("validate", "--config", "nowhere.yaml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "hplan: error: nowhere.yaml: no such configuration file\n"


# --- what the file sets, and what the command line overrides ------------------------------


def test_as_of_and_paths_from_the_config(repo: Path, run_hplan: Run) -> None:
    (repo / "elsewhere").mkdir()
    shutil.move(repo / "plans" / "plan.yaml", repo / "elsewhere" / "plan.yaml")
    write_config(repo, "paths: [elsewhere]\nas_of: 2018-10-01\n")
    result = run_hplan("validate", "--format", "json")
    assert findings(result) == [("HP602", "warning")]
    assert json.loads(result.stdout)["diagnostics"][0]["file"] == "elsewhere/plan.yaml"


def test_paths_are_relative_to_the_config_file_not_the_current_folder(
    repo: Path, run_hplan: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(repo, "paths: plans\nas_of: 2018-10-01\n")
    monkeypatch.chdir(repo / "plans")
    result = run_hplan("validate", "--format", "json")
    assert json.loads(result.stdout)["diagnostics"][0]["file"] == "plan.yaml"


def test_the_command_line_wins_over_the_config(repo: Path, run_hplan: Run) -> None:
    write_config(repo, "as_of: 2018-10-01\n")
    assert findings(run_hplan("validate", "--format", "json")) == [("HP602", "warning")]
    assert findings(run_hplan("validate", "--format", "json", "--as-of", "2018-06-01")) == []


def test_given_paths_win_over_the_configured_ones(repo: Path, run_hplan: Run) -> None:
    write_config(repo, "paths: [missing-folder]\n")
    assert run_hplan("validate", "plans", "--as-of", "2018-06-01").exit_code == 0
    result = run_hplan("validate", "--as-of", "2018-06-01")
    assert result.exit_code == 2
    assert result.stderr == "hplan: error: .hplan.yaml: paths: missing-folder does not exist\n"


def test_as_of_today_is_the_default(repo: Path) -> None:
    write_config(repo, "as_of: today\n")
    assert discover_config().as_of is None


def test_status_horizon_and_thresholds_from_the_config(repo: Path, run_hplan: Run) -> None:
    write_config(repo, "as_of: 2018-06-01\nstatus: {horizon: 7, on_track: 0.8, at_risk: 0.4}\n")
    payload = json.loads(run_hplan("status", "--format", "json").stdout)
    assert (payload["as_of"], payload["horizon"]) == ("2018-06-01", 7)
    assert payload["thresholds"]["on_track"] == 0.8
    assert payload["thresholds"]["at_risk"] == 0.4
    override = json.loads(run_hplan("status", "--format", "json", "--horizon", "30", "--at-risk", "0.3").stdout)
    thresholds = override["thresholds"]
    assert (override["horizon"], thresholds["at_risk"], thresholds["on_track"]) == (30, 0.3, 0.8)


def test_bad_thresholds_from_the_config_name_it(repo: Path, run_hplan: Run) -> None:
    write_config(repo, "status: {on_track: 0.4, at_risk: 0.5}\n")
    result = run_hplan("status", "--as-of", "2018-06-01")
    assert result.exit_code == 2
    assert ".hplan.yaml's status: settings" in result.stderr


def test_profile_path_from_the_config(repo: Path, run_hplan: Run) -> None:
    plan = repo / "plans" / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("profile: lbf-2015-18", "profile: vores-profil"))
    (repo / "profiles").mkdir()
    profile = Path(__file__).resolve().parent.parent / "src" / "hplan" / "profiles" / "lbf-2015-18.yaml"
    text = profile.read_text(encoding="utf-8").replace("id: lbf-2015-18", "id: vores-profil")
    (repo / "profiles" / "vores-profil.yaml").write_text(text, encoding="utf-8")
    assert "HP301" in run_hplan("validate", "--as-of", "2018-06-01").stdout
    write_config(repo, "profile_path: [profiles]\n")
    result = run_hplan("validate", "--as-of", "2018-06-01")
    assert (result.exit_code, "HP301" in result.stdout) == (0, False), result.stdout


# --- strict reading: exit 2 with file, line and column -----------------------------------------


@pytest.mark.parametrize("command", ["validate", "status", "diff", "rules"])
def test_an_unknown_option_is_exit_2_naming_it_with_its_position(repo: Path, run_hplan: Run, command: str) -> None:
    write_config(repo, "as_of: 2018-06-01\nstatus:\n  horizn: 30\n")
    result = run_hplan(command)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(
        "hplan: error: .hplan.yaml:3:3: unknown option 'status.horizn' (did you mean 'horizon'?)"
    )


def test_every_problem_of_the_file_is_named_in_order(repo: Path) -> None:
    write_config(repo, "pahts: [plans]\nlanguage: fr\nrules:\n  HP6O2: off\n  HP203: loud\n")
    with pytest.raises(ConfigError) as caught:
        load_config(repo / ".hplan.yaml")
    lines = str(caught.value).splitlines()
    assert lines == [
        ".hplan.yaml:1:1: unknown option 'pahts' (did you mean 'paths'?); the options here are paths, as_of, "
        "language, profile_path, rules, status, suppress",
        ".hplan.yaml:2:11: 'language' must be 'da' or 'en'",
        ".hplan.yaml:4:3: unknown rule 'HP6O2' under 'rules' (did you mean 'HP602'?); 'hplan rules' lists them",
        ".hplan.yaml:5:10: 'rules.HP203' must be 'error', 'warning' or 'off'",
    ]


def test_broken_yaml_in_the_config_is_exit_2_with_position(repo: Path, run_hplan: Run) -> None:
    write_config(repo, "rules: {HP602: off\n")
    result = run_hplan("validate")
    assert result.exit_code == 2
    assert result.stderr.startswith("hplan: error: .hplan.yaml:1:8: YAML syntax error")


def test_a_config_that_is_not_a_mapping(repo: Path, run_hplan: Run) -> None:
    write_config(repo, "- plans\n")
    result = run_hplan("validate")
    assert result.exit_code == 2
    assert "is a mapping of options" in result.stderr


@pytest.mark.parametrize("setting", ["rules: {HP701: off}", "rules: {cpr-number: warning}"])
def test_the_cpr_rule_cannot_be_turned_off_or_down(repo: Path, setting: str) -> None:
    write_config(repo, setting + "\n")
    with pytest.raises(ConfigError, match="HP701 is always an error"):
        discover_config()


@pytest.mark.parametrize(("rule", "why"), [("HP701", "a CPR number"), ("HP902", "set its severity")])
def test_the_cpr_rule_and_the_suppression_rules_cannot_be_suppressed(repo: Path, rule: str, why: str) -> None:
    write_config(repo, f"suppress:\n  - {{file: '*', rule: {rule}, path: x, reason: y}}\n")
    with pytest.raises(ConfigError, match=why):
        discover_config()


# --- rule severities --------------------------------------------------------------------------


def test_off_removes_a_rules_findings(repo: Path, run_hplan: Run) -> None:
    write_config(repo, "as_of: 2018-10-01\nrules: {HP602: off}\n")
    result = run_hplan("validate", "--format", "json")
    assert (result.exit_code, findings(result)) == (0, [])


def test_a_warning_made_an_error_fails_validate(repo: Path, run_hplan: Run) -> None:
    write_config(repo, "as_of: 2018-10-01\nrules: {milestone-overdue: error}\n")
    result = run_hplan("validate", "--format", "json")
    assert (result.exit_code, findings(result)) == (1, [("HP602", "error")])


def test_an_error_made_a_warning_passes_validate(repo: Path, run_hplan: Run) -> None:
    plan = repo / "plans" / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("direction: decrease", "direction: increase", 1))
    assert run_hplan("validate", "--as-of", "2018-06-01").exit_code == 1
    write_config(repo, "rules: {HP304: warning}\n")
    result = run_hplan("validate", "--as-of", "2018-06-01", "--format", "json")
    assert (result.exit_code, findings(result)) == (0, [("HP304", "warning")])
    assert run_hplan("validate", "--as-of", "2018-06-01", "--strict").exit_code == 1


def test_status_counts_with_the_configured_severities(repo: Path, run_hplan: Run) -> None:
    write_config(repo, "as_of: 2018-10-01\nrules: {HP602: error}\n")
    payload = json.loads(run_hplan("status", "--format", "json").stdout)
    assert payload["validation"] == {"files": 1, "errors": 1, "warnings": 0}
    write_config(repo, "as_of: 2018-10-01\nrules: {HP602: off}\n")
    payload = json.loads(run_hplan("status", "--format", "json").stdout)
    assert payload["validation"] == {"files": 1, "errors": 0, "warnings": 0}
