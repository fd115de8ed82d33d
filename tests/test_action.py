"""The hplan Action (action.yml), its steps run by hand as GitHub runs them, in a repository of `hplan init`.

Each ``run:`` step goes to ``bash --noprofile --norc -eo pipefail`` (GitHub's
bash) with the step's ``env:`` filled in from the inputs, the event and the
earlier steps' outputs, and with GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and
RUNNER_TEMP files of its own. hplan is this test's; ``gh`` is a stand-in that
records what the comment step asks of GitHub's API. Not run here: the
installation step (pip installing this repository) and actions/setup-python.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from typer.testing import Result

from git_repos import commit, run_git

Run = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
BASE_PLAN = ROOT / "tests" / "data" / "base-plan.yaml"
ACTION = YAML(typ="safe", pure=True).load((ROOT / "action.yml").read_text(encoding="utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")
FAKE_GH = """\
#!/bin/bash
# Records each call; a --jq query answers with the id of an existing comment, if the test set one.
echo "gh $*" >> "$GH_LOG"
for arg in "$@"; do
  case "$arg" in body=@*) cp "${arg#body=@}" "$GH_LOG.body" ;; esac
done
case " $* " in *" --jq "*) [ -n "$GH_EXISTING" ] && echo "$GH_EXISTING" ;; esac
exit 0
"""


@dataclass
class Runner:
    """One job's run of the Action: its workspace, its temporary files, what each step said."""

    repo: Path
    temp: Path
    inputs: dict[str, str]
    github: dict[str, str]
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)
    logs: dict[str, subprocess.CompletedProcess[str]] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        return (self.temp / "summary.md").read_text(encoding="utf-8")

    def context(self, name: str) -> str:
        scope, _, rest = name.partition(".")
        if scope == "inputs":
            return self.inputs[rest]
        if scope == "github":
            return self.github[rest]
        if scope == "steps":
            step, _, output = rest.partition(".outputs.")
            return self.outputs.get(step, {}).get(output, "")
        raise KeyError(name)

    def run_step(self, step: dict[str, Any], extra_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        output = self.temp / f"output-{len(self.logs)}"
        output.write_text("", encoding="utf-8")
        env = {
            name: EXPRESSION.sub(lambda m: self.context(m.group(1)), str(value))
            for name, value in step.get("env", {}).items()
        }
        environment = {
            "PATH": f"{self.temp / 'bin'}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}/usr/bin:/bin",
            "HOME": str(self.temp),
            "LANG": "C.UTF-8",
            "RUNNER_TEMP": str(self.temp),
            "GITHUB_OUTPUT": str(output),
            "GITHUB_STEP_SUMMARY": str(self.temp / "summary.md"),
            "GH_LOG": str(self.temp / "gh.log"),
            **extra_env,
            **env,
        }
        script = self.temp / "step.sh"
        script.write_text(step["run"], encoding="utf-8")
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=self.repo,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        self.logs[step["name"]] = done
        if "id" in step:
            lines = output.read_text(encoding="utf-8").splitlines()
            self.outputs[step["id"]] = dict(line.split("=", 1) for line in lines)
        return done


def steps() -> Iterator[dict[str, Any]]:
    """The Action's ``run:`` steps (not setup-python) but the installation."""
    for step in ACTION["runs"]["steps"]:
        if "run" in step and not step["name"].startswith("Install hplan"):
            yield step


def runs_on(step: dict[str, Any], pull_request: bool) -> bool:
    """The step's ``if:``, for the two events the tests use (a pull request of this repository, a push)."""
    condition = step.get("if")
    if condition is None:
        return True
    assert condition in (
        "github.base_ref != ''",
        "inputs.comment == 'true' && github.event_name == 'pull_request'"
        " && github.event.pull_request.head.repo.full_name == github.repository",
    ), f"a new condition the tests do not know: {condition}"
    return pull_request


def run_action(runner: Runner, pull_request: bool = True, existing_comment: str = "") -> Runner:
    for step in steps():
        if runs_on(step, pull_request):
            runner.run_step(step, {"GH_EXISTING": existing_comment})
    return runner


@pytest.fixture
def plan_repository(run_hplan: Run, tmp_path: Path) -> Path:
    """A plan repository made by ``hplan init``, with one plan committed on main (and origin/main)."""
    repo = tmp_path / "repo"
    assert run_hplan("init", str(repo), "--lang", "en").exit_code == 0
    shutil.copy(BASE_PLAN, repo / "plans" / "solhaven.yaml")
    with (repo / ".hplan.yaml").open("a", encoding="utf-8") as settings:
        settings.write("as_of: 2018-06-01\n")
    run_git(repo, "init", "-q", "-b", "main")
    commit(repo, "the plan repository")
    run_git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    return repo


def runner(repo: Path, tmp_path: Path, **inputs: str) -> Runner:
    temp = tmp_path / "runner"
    (temp / "bin").mkdir(parents=True)
    gh = temp / "bin" / "gh"
    gh.write_text(FAKE_GH, encoding="utf-8")
    gh.chmod(0o755)
    defaults = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    github = {"base_ref": "main", "repository": "aalborg/plans", "event.pull_request.number": "7"}
    return Runner(repo, temp, {**defaults, **inputs}, github)


def test_a_failing_pull_request_gets_annotations_a_summary_a_comment_and_a_red_check(
    plan_repository: Path, tmp_path: Path
) -> None:
    plan = plan_repository / "plans" / "solhaven.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("name: Solhaven", "nmae: Solhaven", 1), encoding="utf-8")
    run = run_action(runner(plan_repository, tmp_path))

    validate = run.logs["Validate the plans"]
    assert validate.returncode == 0  # the step reports; only the last step fails the check
    assert "::error file=plans/solhaven.yaml,line=" in validate.stdout
    assert "title=HP003 unknown-key::unknown key 'nmae' (did you mean 'name'?)" in validate.stdout
    assert run.outputs["validate"] == {"exit-code": "1"}
    assert run.outputs["diff"]["exit-code"] == "1"  # the plan is not valid on the head side

    summary = run.summary
    assert summary.startswith("### hplan validate: failed\n\n1 file checked: 2 errors, 0 warnings\n")
    assert "plans/solhaven.yaml:7:1: error HP003 unknown key 'nmae' (did you mean 'name'?)" in summary
    assert "<details><summary>Every finding (2)</summary>" in summary
    assert "Annotations: GitHub shows 2 of 2 findings on the pull request and drops 0" in summary
    assert "<!-- hplan-diff -->" in summary  # the diff's markdown follows

    gh_calls = (run.temp / "gh.log").read_text(encoding="utf-8").splitlines()
    assert gh_calls[0].startswith("gh api repos/aalborg/plans/issues/7/comments --paginate --jq ")
    assert gh_calls[1].startswith("gh api --method POST repos/aalborg/plans/issues/7/comments -F body=@")
    body = (run.temp / "gh.log.body").read_text(encoding="utf-8")
    assert body.startswith("<!-- hplan-diff -->\n### hplan validate: failed\n")
    assert body.count("<!-- hplan-diff -->") == 1
    assert "### hplan diff" in body

    gate = run.logs["Fail on the findings and the approvals"]
    assert gate.returncode == 1
    assert gate.stdout.startswith("::error title=hplan validate::the plans have problems")


def test_the_comment_is_updated_not_added_again(plan_repository: Path, tmp_path: Path) -> None:
    run = run_action(runner(plan_repository, tmp_path), existing_comment="4242")
    calls = (run.temp / "gh.log").read_text(encoding="utf-8").splitlines()
    assert calls[1].startswith("gh api --method PATCH repos/aalborg/plans/issues/comments/4242 -F body=@")
    assert run.logs["Fail on the findings and the approvals"].returncode == 0
    assert run.summary.startswith(
        "### hplan validate: passed\n\n1 file checked: no problems\n\n"
        "Annotations: GitHub shows 0 of 0 findings on the pull request and drops 0"
    )


def test_beyond_the_annotation_cap_the_summary_has_every_finding(plan_repository: Path, tmp_path: Path) -> None:
    for plan in (ROOT / "plans").glob("*.yaml"):
        shutil.copy(plan, plan_repository / "plans")
    shutil.copytree(ROOT / "plans" / "boards", plan_repository / "plans" / "boards")
    (plan_repository / "plans" / "solhaven.yaml").unlink()
    settings = plan_repository / ".hplan.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("as_of: 2018-06-01", "as_of: 2022-01-01"))
    run = run_action(runner(plan_repository, tmp_path, lang="da"), pull_request=False)
    # 26: the 2021-25 plan's later measurements (HP605) and its board (HP111); Øst i Centrum
    # keeps a reporting list (issue 17), so as of 2022 its unsent reports to LBF
    # for 2018-2020 (HP630) and those years' unrecorded spending (HP631) warn too.
    assert "16 of 26 warnings are not annotated" in run.logs["Validate the plans"].stdout
    summary = run.summary
    assert summary.startswith("### hplan validate: i orden\n\n5 filer kontrolleret: 0 fejl, 26 advarsler\n")
    assert "<details><summary>Alle fund (26)</summary>" in summary
    assert summary.count(": advarsel HP") == 26  # Danish lines (spec/danish.md V1); the annotations stay English
    assert "Anmærkninger: GitHub viser 10 af 26 fund i pull requesten og udelader 16 (højst 10 fejl" in summary
    assert "Compare with the pull request's base" not in run.logs  # a push: no diff, no comment
    assert not (run.temp / "gh.log").exists()


def test_warnings_fail_with_fail_on_warning(plan_repository: Path, tmp_path: Path) -> None:
    settings = plan_repository / ".hplan.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("as_of: 2018-06-01", "as_of: 2019-06-01"))
    run = run_action(runner(plan_repository, tmp_path, **{"fail-on": "warning"}), pull_request=False)
    assert run.outputs["validate"] == {"exit-code": "1"}
    assert run.logs["Fail on the findings and the approvals"].returncode == 1


def test_when_hplan_cannot_run_the_summary_and_the_comment_say_why(plan_repository: Path, tmp_path: Path) -> None:
    run = run_action(runner(plan_repository, tmp_path, paths="nowhere"))
    validate = run.logs["Validate the plans"]
    assert "::error title=hplan::hplan could not run: nowhere: no such file or directory" in validate.stdout
    assert run.outputs["validate"] == {"exit-code": "2"}
    assert run.outputs["diff"]["exit-code"] == "2"
    assert run.summary.startswith("### hplan validate: could not run (exit 2)\n")
    body = (run.temp / "gh.log.body").read_text(encoding="utf-8")
    assert "### hplan diff: could not run (exit 2)" in body
    assert "nowhere" in body
    gate = run.logs["Fail on the findings and the approvals"]
    assert gate.returncode == 1
    assert "::error title=hplan validate::hplan could not run (exit 2" in gate.stdout


def test_a_bad_fail_on_stops_the_action(plan_repository: Path, tmp_path: Path) -> None:
    step = next(step for step in steps() if step["name"] == "Validate the plans")
    done = runner(plan_repository, tmp_path, **{"fail-on": "warnings"}).run_step(step, {})
    assert done.returncode == 2
    assert "::error title=hplan action::fail-on is 'warnings'; use error or warning" in done.stdout
