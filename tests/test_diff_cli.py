"""hplan diff through the real entry point, against real git repositories made in temporary folders."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from git_repos import commit, run_git
from hplan.cli.app import app
from hplan.diff.approvals import classify
from hplan.profiles import builtin

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "diff"
OLD_TEXT = (GOLDEN / "old.yaml").read_text(encoding="utf-8")
NEW_TEXT = (GOLDEN / "new.yaml").read_text(encoding="utf-8")
UPDATE = os.environ.get("HPLAN_UPDATE_GOLDEN") == "1"


def hplan(*args: str, env: dict[str, str | None] | None = None) -> Result:
    return CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose first commit holds plans/loevvangen.yaml (old.yaml) and a board; cwd is its root."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    root = tmp_path / "repo"
    (root / "plans" / "boards").mkdir(parents=True)
    (root / "plans" / "loevvangen.yaml").write_text(OLD_TEXT, encoding="utf-8")
    shutil.copy(ROOT / "plans" / "boards" / "aalborg-oest.yaml", root / "plans" / "boards" / "aalborg-oest.yaml")
    run_git(root, "init", "-q")
    commit(root, "first")
    monkeypatch.chdir(root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


PLAN = Path("plans/loevvangen.yaml")
MOVE_MILESTONE = ("    due: 2018-09-30\n", "    due: 2018-11-30\n")
BOARD_ENTRY = (
    "\n  - date: 2019-01-10\n    approved_by: {level}\n    reference: Møde 2019-01-08\n    summary: Milepæl flyttet\n"
)


def add_revision(path: Path, level: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + BOARD_ENTRY.format(level=level), encoding="utf-8")


# -- two files -------------------------------------------------------------------------


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs; HPLAN_UPDATE_GOLDEN=1 rewrites it"


@pytest.mark.parametrize(
    ("fmt", "lang", "golden"),
    [
        ("markdown", "en", "diff.md"),
        ("json", "en", "diff.json"),
        ("text", "en", "diff.txt"),
        ("markdown", "da", "diff.da.md"),
        ("text", "da", "diff.da.txt"),
        # JSON is a machine contract: the same in every language.
        ("json", "da", "diff.json"),
    ],
)
def test_golden_output_of_two_files(fmt: str, lang: str, golden: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = hplan("diff", "tests/golden/diff/old.yaml", "tests/golden/diff/new.yaml", "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.output
    _golden(golden, result.stdout)


def test_json_follows_the_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    payload = json.loads(hplan("diff", "tests/golden/diff/old.yaml", "tests/golden/diff/new.yaml", "-f", "json").stdout)
    assert payload["approval"] == "lbf"
    (plan,) = payload["plans"]
    assert {"id", "old", "new", "approval", "changes"} <= set(plan)
    assert (plan["id"], plan["old"], plan["new"]) == (
        "loevvangen",
        "tests/golden/diff/old.yaml",
        "tests/golden/diff/new.yaml",
    )
    for change in plan["changes"]:
        assert {"path", "kind", "old", "new", "approval", "reason"} <= set(change)
        assert change["kind"] in ("added", "removed", "changed")
        assert change["approval"] in ("lbf", "board", "none")
    paths = {change["path"] for change in plan["changes"]}
    assert "focus_areas[uddannelse-og-beskaeftigelse].success_criteria[ub-neet].target.value" in paths
    assert plan["budget"]["local_share"]["minimum"] == 0.25
    assert plan["recorded_approval"] == "board"


def test_the_same_plan_twice_has_no_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = hplan("diff", "tests/golden/diff/old.yaml", "tests/golden/diff/old.yaml", "-f", "json", "--fail-on", "any")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["approval"] == "none"
    assert payload["plans"][0]["changes"] == []


def test_text_is_grouped_by_focus_area_and_coloured_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    args = ("diff", "tests/golden/diff/old.yaml", "tests/golden/diff/new.yaml")
    plain = hplan(*args).stdout  # CliRunner is no terminal: no colour
    assert "\x1b[" not in plain
    assert (
        plain.index("  Plan-wide") < plain.index("  Uddannelse og beskæftigelse") < plain.index("  Tryghed og trivsel")
    )
    assert "\x1b[" in hplan(*args, "--color", "always").stdout
    assert "\x1b[" not in hplan(*args, "--color", "auto", env={"NO_COLOR": "1"}).stdout


@pytest.mark.parametrize(
    ("gate", "code"),
    [(("--fail-on", "lbf"), 1), (("--fail-on", "board"), 1), (("--fail-on", "any"), 1), (("--check-approvals",), 1)],
)
def test_gates_fail_on_the_golden_revision(gate: tuple[str, ...], code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = hplan("diff", "tests/golden/diff/old.yaml", "tests/golden/diff/new.yaml", "-f", "json", *gate)
    assert result.exit_code == code
    json.loads(result.stdout)  # the gate's message goes to stderr, stdout stays JSON
    assert gate[0] in result.stderr


def test_a_side_that_is_not_a_valid_plan_is_a_document_problem(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(OLD_TEXT.replace("direction: decrease", "direction: decrese", 1), encoding="utf-8")
    result = hplan("diff", str(GOLDEN / "old.yaml"), str(broken), "-f", "json")
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["plans"] == []
    (problem,) = payload["diagnostics"]
    assert problem["rule"] == "HP005" and "did you mean 'decrease'" in problem["message"]
    syntax = tmp_path / "syntax.yaml"
    syntax.write_text("format: 1\nkind: plan\nid: [\n", encoding="utf-8")
    result = hplan("diff", str(syntax), str(GOLDEN / "old.yaml"))
    assert result.exit_code == 1
    assert "HP001 YAML syntax error" in result.stdout
    assert "Traceback" not in result.output


@pytest.mark.parametrize("output", ["text", "markdown"])
def test_a_side_s_problem_stays_on_one_line_as_validate_writes_it(tmp_path: Path, output: str) -> None:
    odd = tmp_path / "odd.yaml"
    odd.write_text(OLD_TEXT.replace("kind: plan\n", 'kind: plan\n"rabat\\nnæste linje": ja\n', 1), encoding="utf-8")
    result = hplan("diff", str(GOLDEN / "old.yaml"), str(odd), "-f", output)
    assert result.exit_code == 1
    (line,) = [line for line in result.stdout.splitlines() if "HP003" in line]
    (validated,) = [line for line in hplan("validate", str(odd)).stdout.splitlines() if "HP003" in line]
    assert "rabat\\nnæste linje" in validated
    # markdown puts the line in code font, where nothing is escaped
    assert line == (validated if output == "text" else f"- `{validated}`")


def test_a_plan_whose_profile_cannot_be_found_is_a_document_problem(tmp_path: Path) -> None:
    unknown = tmp_path / "unknown.yaml"
    unknown.write_text(NEW_TEXT.replace("profile: lbf-2015-18", "profile: lbf-1999"), encoding="utf-8")
    # The new side's profile classifies; when it cannot be found, the old side's does, and the new
    # side's error (HP301) is reported beside the changes.
    beside = hplan("diff", str(GOLDEN / "old.yaml"), str(unknown), "-f", "json")
    assert beside.exit_code == 1
    payload = json.loads(beside.stdout)
    assert payload["plans"][0]["changes"] and payload["not_compared"] == []
    assert [d["rule"] for d in payload["diagnostics"]] == ["HP301"]
    result = hplan("diff", str(unknown), str(unknown), "-f", "json")
    assert result.exit_code == 1
    (problem,) = json.loads(result.stdout)["diagnostics"]
    assert problem["rule"] == "HP301"
    assert problem["path"] == "profile"
    assert problem["message"].startswith("profile 'lbf-1999' cannot be found")
    # A profile file of the plan's own classifies its changes.
    own = tmp_path / "own.yaml"
    profile = builtin("lbf-2015-18")
    assert profile is not None
    data = profile.model_dump(mode="json")
    data["approvals"]["rules"].insert(0, {"match": "milestones", "level": "lbf", "reason": "our rule"})
    own.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    moved = tmp_path / "moved.yaml"
    moved.write_text(
        OLD_TEXT.replace("profile: lbf-2015-18", "profile: own.yaml").replace(*MOVE_MILESTONE), encoding="utf-8"
    )
    result = hplan("diff", str(GOLDEN / "old.yaml"), str(moved), "-f", "json")
    assert result.exit_code == 0, result.output
    changes = {c["path"]: c for c in json.loads(result.stdout)["plans"][0]["changes"]}
    assert changes["milestones[m-virksomhedspraktik].due"]["reason"] == "our rule"
    assert changes["profile"]["approval"] == "lbf"
    broken = tmp_path / "broken-profile.yaml"
    broken.write_text("format: 1\nkind: profile\nid: [\n", encoding="utf-8")
    moved.write_text(OLD_TEXT.replace("profile: lbf-2015-18", "profile: broken-profile.yaml"), encoding="utf-8")
    result = hplan("diff", str(moved), str(moved))
    assert result.exit_code == 1
    assert "HP301" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("diff", "tests/golden/diff/none.yaml", "tests/golden/diff/old.yaml"),
            "tests/golden/diff/none.yaml: no such file",
        ),
        (("diff", "tests/golden/diff", "tests/golden/diff/old.yaml"), "is a folder"),
        (("diff", "plans/boards/aalborg-oest.yaml", "tests/golden/diff/old.yaml"), "one is a plan and one a board"),
        (("diff", "tests/golden/diff/old.yaml"), "takes OLD and NEW"),
        (("diff", "--head", "HEAD", "a.yaml", "b.yaml"), "--head needs --base"),
    ],
)
def test_usage_problems_exit_2(args: tuple[str, ...], message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = hplan(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


# -- git: REV:PATH ----------------------------------------------------------------------------


def test_a_revision_against_the_working_tree(repo: Path) -> None:
    edit(PLAN, *MOVE_MILESTONE)
    result = hplan("diff", "HEAD:plans/loevvangen.yaml", "plans/loevvangen.yaml", "-f", "json")
    assert result.exit_code == 0, result.output
    (plan,) = json.loads(result.stdout)["plans"]
    assert (plan["old"], plan["new"]) == ("HEAD:plans/loevvangen.yaml", "plans/loevvangen.yaml")
    assert [c["path"] for c in plan["changes"]] == ["milestones[m-virksomhedspraktik].due"]
    assert plan["changes"][0]["note"] == "61 days later"


def test_rev_path_relative_to_the_current_folder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edit(PLAN, *MOVE_MILESTONE)
    monkeypatch.chdir(repo / "plans")
    result = hplan("diff", "HEAD:./loevvangen.yaml", "loevvangen.yaml", "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["plans"][0]["old"] == "HEAD:plans/loevvangen.yaml"


@pytest.mark.parametrize(
    ("old", "message"),
    [
        ("no-such-branch:plans/loevvangen.yaml", "revision 'no-such-branch' does not exist"),
        ("HEAD:plans/none.yaml", "plans/none.yaml: does not exist at revision 'HEAD'"),
        ("HEAD:", "name a file after the colon"),
        ("-x:plans/loevvangen.yaml", "starts with '-'"),
    ],
)
def test_bad_revisions_and_paths_exit_2(repo: Path, old: str, message: str) -> None:
    result = hplan("diff", "--", old, "plans/loevvangen.yaml")
    assert result.exit_code == 2
    assert message in result.stderr


# -- a removed milestone ----------------------------------------------------------------------

NATTERAVNE = (
    "  - id: m-natteravne\n"
    "    title: En fast gruppe natteravne går i området hver weekend\n"
    "    due: 2017-10-01\n"
    "    focus_area: kriminalpraeventiv-indsats\n"
    "    activity: kp-natteravne\n"
    "    status: done\n"
    "    completed: 2017-11-09\n"
)


def test_a_removed_milestone_is_a_change_that_fails_the_board_gate(repo: Path) -> None:
    profile = builtin("lbf-2015-18")
    assert profile is not None
    level, reason = classify("milestones[m-natteravne]", "removed", profile.approvals)
    assert (level, reason) == ("board", "the milestone plan changes")
    edit(PLAN, NATTERAVNE, "")
    for args in (("HEAD:plans/loevvangen.yaml", str(PLAN)), ("--base", "HEAD")):
        result = hplan("diff", *args, "-f", "json", "--fail-on", "board")
        assert result.exit_code == 1, result.output
        assert "--fail-on board" in result.stderr
        payload = json.loads(result.stdout)
        assert payload["approval"] == level
        (change,) = payload["plans"][0]["changes"]
        assert (change["path"], change["kind"], change["approval"], change["reason"]) == (
            "milestones[m-natteravne]",
            "removed",
            level,
            reason,
        )
        assert change["old"]["title"] == "En fast gruppe natteravne går i området hver weekend"
        assert change["new"] is None
    assert hplan("diff", "--base", "HEAD", "--fail-on", "lbf").exit_code == 0


# -- git: --base ----------------------------------------------------------------------------


def test_nothing_changed_since_base(repo: Path) -> None:
    result = hplan("diff", "--base", "HEAD", "--fail-on", "any", "--check-approvals")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "no plan changed; no approval needed"


def test_working_tree_against_base_and_the_gates(repo: Path) -> None:
    edit(PLAN, *MOVE_MILESTONE)
    result = hplan("diff", "--base", "HEAD", "-f", "json")
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["approval"] == "board"
    assert payload["plans"][0]["old"] == "HEAD:plans/loevvangen.yaml"
    assert hplan("diff", "--base", "HEAD", "--fail-on", "board").exit_code == 1
    assert hplan("diff", "--base", "HEAD", "--fail-on", "lbf").exit_code == 0
    assert hplan("diff", "--base", "HEAD", "--fail-on", "any").exit_code == 1
    unapproved = hplan("diff", "--base", "HEAD", "--check-approvals")
    assert unapproved.exit_code == 1
    assert (
        "loevvangen: the changes need approval by board, but the revisions log has no new entry approved by board"
        in (unapproved.stderr)
    )
    add_revision(PLAN, "board")
    assert hplan("diff", "--base", "HEAD", "--check-approvals").exit_code == 0


def test_lbf_covers_board_but_board_does_not_cover_lbf(repo: Path) -> None:
    edit(PLAN, *MOVE_MILESTONE)
    add_revision(PLAN, "lbf")
    assert hplan("diff", "--base", "HEAD", "--check-approvals").exit_code == 0
    edit(PLAN, "  lbf_approved: 2016-12-16", "  lbf_approved: 2016-12-16\n  purpose_note: x")  # invalid: unknown key
    assert hplan("diff", "--base", "HEAD").exit_code == 1
    edit(PLAN, "  lbf_approved: 2016-12-16\n  purpose_note: x", "  lbf_approved: 2016-12-16")
    edit(PLAN, "    At bygge videre", "    Vi vil bygge videre")  # the strategic agreement: LBF
    edit(PLAN, "approved_by: lbf", "approved_by: board")
    result = hplan("diff", "--base", "HEAD", "--check-approvals", "-f", "markdown")
    assert result.exit_code == 1
    assert "new entry approved by board, but the changes need LBF approval" in result.stdout
    assert "### hplan diff: **LBF approval needed**" in result.stdout


def test_an_old_entry_does_not_count_as_approval(repo: Path) -> None:
    add_revision(PLAN, "lbf")
    commit(repo, "approved earlier")
    edit(PLAN, *MOVE_MILESTONE)
    assert hplan("diff", "--base", "HEAD", "--check-approvals").exit_code == 1


def test_between_two_revisions(repo: Path) -> None:
    edit(PLAN, *MOVE_MILESTONE)
    commit(repo, "move a milestone")
    edit(PLAN, "name: Løvvangen\n", "name: Løvvangen (uncommitted)\n")
    result = hplan("diff", "--base", "HEAD~1", "--head", "HEAD", "-f", "json")
    assert result.exit_code == 0, result.output
    (plan,) = json.loads(result.stdout)["plans"]
    assert (plan["old"], plan["new"]) == ("HEAD~1:plans/loevvangen.yaml", "HEAD:plans/loevvangen.yaml")
    assert [c["path"] for c in plan["changes"]] == ["milestones[m-virksomhedspraktik].due"]
    bad = hplan("diff", "--base", "HEAD", "--head", "nope")
    assert bad.exit_code == 2
    assert "revision 'nope' does not exist" in bad.stderr


def test_a_copy_identical_to_a_changed_plan_is_an_added_plan_between_revisions(repo: Path) -> None:
    # Two changed files with one content at the head are two plans: the copy is added (LBF),
    # not mistaken for a rename of the other one.
    edit(PLAN, *MOVE_MILESTONE)
    shutil.copy(PLAN, "plans/kopi.yaml")
    commit(repo, "a moved milestone, and a copy of the plan")
    for head in (("--head", "HEAD"), ()):
        result = hplan("diff", "--base", "HEAD~1", *head, "-f", "json", "--fail-on", "lbf")
        assert result.exit_code == 1, result.output
        plans = [(p["old"], p["new"], [c["path"] for c in p["changes"]]) for p in json.loads(result.stdout)["plans"]]
        at = "HEAD:" if head else ""
        assert plans == [
            (None, f"{at}plans/kopi.yaml", ["plan"]),
            ("HEAD~1:plans/loevvangen.yaml", f"{at}plans/loevvangen.yaml", ["milestones[m-virksomhedspraktik].due"]),
        ]


def test_a_path_given_twice_is_compared_once(repo: Path) -> None:
    edit(PLAN, *MOVE_MILESTONE)
    result = hplan("diff", "--base", "HEAD", "plans", "plans/", str(PLAN), "-f", "json")
    assert result.exit_code == 0, result.output
    assert [plan["id"] for plan in json.loads(result.stdout)["plans"]] == ["loevvangen"]


def test_added_removed_and_renamed_plans(repo: Path) -> None:
    other = Path("plans/vest.yaml")
    other.write_text(
        OLD_TEXT.replace("id: loevvangen", "id: vest").replace("name: Løvvangen", "name: Vest"), encoding="utf-8"
    )
    commit(repo, "a second plan")
    PLAN.rename("plans/loevvangen-2017.yaml")
    edit(Path("plans/loevvangen-2017.yaml"), *MOVE_MILESTONE)
    other.unlink()
    Path("plans/ny.yaml").write_text(OLD_TEXT.replace("id: loevvangen", "id: ny"), encoding="utf-8")
    result = hplan("diff", "--base", "HEAD", "-f", "json")
    assert result.exit_code == 0, result.output
    plans = {plan["id"]: plan for plan in json.loads(result.stdout)["plans"]}
    assert set(plans) == {"loevvangen", "ny", "vest"}
    renamed = plans["loevvangen"]
    assert (renamed["old"], renamed["new"]) == ("HEAD:plans/loevvangen.yaml", "plans/loevvangen-2017.yaml")
    assert [c["path"] for c in renamed["changes"]] == ["milestones[m-virksomhedspraktik].due"]
    assert plans["ny"]["old"] is None and plans["ny"]["approval"] == "lbf"
    assert plans["ny"]["changes"][0]["kind"] == "added"
    assert plans["vest"]["new"] is None and plans["vest"]["changes"][0]["kind"] == "removed"
    assert json.loads(result.stdout)["approval"] == "lbf"
    check = hplan("diff", "--base", "HEAD", "--check-approvals")
    assert check.exit_code == 1
    assert "vest:" in check.stderr  # a removed plan has no log to record LBF's approval in


def test_other_yaml_is_left_out(repo: Path) -> None:
    Path("plans/notes.yaml").write_text("purpose: notes for the secretariat\n", encoding="utf-8")
    profile = builtin("lbf-2015-18")
    assert profile is not None
    Path("plans/profile.yaml").write_text(yaml.safe_dump(profile.model_dump(mode="json")), encoding="utf-8")
    result = hplan("diff", "--base", "HEAD", "--fail-on", "any")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "no plan changed; no approval needed"


def test_reformatting_lists_the_plan_without_changes(repo: Path) -> None:
    data = yaml.safe_load(OLD_TEXT)
    data["milestones"].reverse()
    PLAN.write_text(yaml.safe_dump(data, allow_unicode=True, default_flow_style=True), encoding="utf-8")
    result = hplan("diff", "--base", "HEAD", "-f", "json", "--fail-on", "any", "--check-approvals")
    assert result.exit_code == 0, result.output
    (plan,) = json.loads(result.stdout)["plans"]
    assert plan["changes"] == [] and plan["approval"] == "none"


def test_a_broken_file_in_a_revision_is_reported(repo: Path) -> None:
    Path("plans/broken.yaml").write_text("format: 1\nkind: plan\nid: [\n", encoding="utf-8")
    edit(PLAN, *MOVE_MILESTONE)
    result = hplan("diff", "--base", "HEAD", "-f", "markdown")
    assert result.exit_code == 1
    assert "#### Problems" in result.stdout
    assert re.search(r"plans/broken\.yaml:\d+:\d+: error HP001 YAML syntax error", result.stdout)
    assert "milestones[m-virksomhedspraktik].due" in result.stdout  # the other plan is still compared


def test_paths_limit_the_comparison_and_a_missing_path_exits_2(repo: Path) -> None:
    edit(PLAN, *MOVE_MILESTONE)
    assert hplan("diff", "--base", "HEAD", "plans/boards", "--fail-on", "any").exit_code == 0
    assert hplan("diff", "--base", "HEAD", "plans/loevvangen.yaml", "--fail-on", "any").exit_code == 1
    missing = hplan("diff", "--base", "HEAD", "plans/none.yaml")
    assert missing.exit_code == 2
    assert "plans/none.yaml: exists neither at revision 'HEAD' nor in the working tree" in missing.stderr


def test_outside_a_repository_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    result = hplan("diff", "--base", "main")
    assert result.exit_code == 2
    assert "not inside a git repository" in result.stderr


def test_python_m_hplan_bad_revision_is_a_message_not_a_traceback(repo: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hplan", "diff", "--base", "no-such-branch"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("hplan: error: revision 'no-such-branch' does not exist")
    assert "Traceback" not in done.stderr


# -- docs -------------------------------------------------------------------------------------


def test_the_docs_table_lists_every_approval_rule() -> None:
    docs = (ROOT / "docs" / "diff.md").read_text(encoding="utf-8")
    for name in ("lbf-2015-18", "lbf-2019-26"):
        profile = builtin(name)
        assert profile is not None
        for entry in profile.approvals.rules:
            kinds = f" ({', '.join(entry.kinds)})" if entry.kinds else ""
            level = " + ".join([entry.level, *entry.also])
            row = f"| `{entry.match}`{kinds} | {level} | {entry.reason} |"
            assert row in docs, f"docs/diff.md lacks the row {row}"


def test_the_example_workflow_posts_markdown_and_gates() -> None:
    path = ROOT / "docs" / "examples" / "github-actions-plan-review.yml"
    workflow = yaml.safe_load(path.read_text("utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    if any(str(step.get("uses", "")).split("@")[0].endswith("/hplan") for step in steps):
        # The example uses this repository's Action: the commands are in its steps.
        steps += yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))["runs"]["steps"]
    scripts = "\n".join(step.get("run", "") for step in steps)
    assert "hplan diff --base" in scripts
    assert "--format markdown" in scripts
    assert "--check-approvals" in scripts
    assert "GITHUB_STEP_SUMMARY" in scripts
    checkout = next(step for step in steps if str(step.get("uses", "")).startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # --base needs the base branch's history
    # GitHub's workflow schema (vendored in check-jsonschema, so no network is needed).
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
