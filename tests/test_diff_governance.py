"""hplan diff of governance (issue 18) through the real entry point: boards, bodies, marked words, honesty."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from git_repos import commit, run_git
from hplan.cli.app import app
from hplan.diff.words import word_diff

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "diff"
UPDATE = os.environ.get("HPLAN_UPDATE_GOLDEN") == "1"
BOARD = Path("plans/boards/aalborg-oest.yaml")


def hplan(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "golden"),
    [
        (old, new, f"{name}{'.da' if lang == 'da' else ''}.{ext}")
        for old, new, name in (("board-old.yaml", "board-new.yaml", "board"), ("old.yaml", "words-new.yaml", "words"))
        for lang in ("en", "da")
        for ext in ("txt", "md")
    ],
)
def test_golden_output(old: str, new: str, golden: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(GOLDEN)
    fmt = "markdown" if golden.endswith(".md") else "text"
    lang = "da" if ".da." in golden else "en"
    result = hplan("diff", old, new, "--as-of", "2019-02-01", "--format", fmt, "--lang", lang)
    assert result.exit_code == 0, result.output
    _golden(golden, result.stdout)


def test_a_board_change_needs_its_levels_and_the_new_members_party() -> None:
    args = ("diff", str(GOLDEN / "board-old.yaml"), str(GOLDEN / "board-new.yaml"), "-f", "json")
    result = hplan(*args, "--check-approvals", "--as-of", "2019-02-01")
    assert result.exit_code == 1
    (board,) = json.loads(result.stdout)["plans"]
    assert board["kind"] == "board" and board["approval"] == "lbf"
    changes = {change["path"]: change for change in board["changes"]}
    assert changes["plans"]["approvals"] == ["lbf"]
    assert changes["members"]["approvals"] == ["board", "lejerbo"]
    assert changes["meetings[2018-03-06]"]["approval"] == "none"
    assert board["recorded_approvals"] == ["board"] and board["missing_approvals"] == ["lbf", "lejerbo"]
    assert "no new entry approved by lbf, lejerbo (--check-approvals)" in result.stderr


def test_moving_co_financing_needs_each_party_and_a_signature_is_a_record() -> None:
    args = ("diff", str(GOLDEN / "old.yaml"), str(GOLDEN / "words-new.yaml"), "-f", "json", "--as-of", "2019-02-01")
    (plan,) = json.loads(hplan(*args).stdout)["plans"]
    changes = {change["path"]: change for change in plan["changes"]}
    assert changes["strategic_agreement.signatures[aalborg-kommune].role"]["approval"] == "none"
    assert changes["budget.party_total[aalborg-kommune]"]["approvals"] == ["board", "aalborg-kommune"]
    assert changes["budget.party_total[sundby-hvorup]"]["approvals"] == ["board", "sundby-hvorup"]
    assert plan["approvals"] == ["lbf", "board", "sundby-hvorup", "aalborg-kommune"]
    assert plan["missing_approvals"] == ["aalborg-kommune"]
    # LBF covers the board; the housing organisation approved its own share.
    assert plan["recorded_approvals"] == ["lbf", "sundby-hvorup"]


def test_an_approval_dated_after_the_as_of_date_records_nothing_yet() -> None:
    args = ("diff", str(GOLDEN / "old.yaml"), str(GOLDEN / "words-new.yaml"), "-f", "json")
    (plan,) = json.loads(hplan(*args, "--as-of", "2019-01-01").stdout)["plans"]
    assert plan["recorded_approvals"] == ["sundby-hvorup"]  # LBF's letter is dated 2019-01-10
    assert plan["missing_approvals"] == ["lbf", "aalborg-kommune"]


def test_a_new_side_that_fails_the_shape_check_is_not_compared(tmp_path: Path) -> None:
    broken = tmp_path / "new.yaml"
    text = (GOLDEN / "old.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("  end: 2020-12-31", "  end: 31-12-2020"), encoding="utf-8")
    result = hplan("diff", str(GOLDEN / "old.yaml"), str(broken))
    assert result.exit_code == 1
    last = result.stdout.strip().splitlines()[-1]
    assert last == "nothing could be compared, so the approval needed is not assessed; fix the errors and run again"
    assert "no approval needed" not in result.stdout
    payload = json.loads(hplan("diff", str(GOLDEN / "old.yaml"), str(broken), "-f", "json").stdout)
    assert payload["plans"] == [] and payload["not_compared"] == [str(broken)]
    markdown = hplan("diff", str(GOLDEN / "old.yaml"), str(broken), "-f", "markdown", "--lang", "da").stdout
    assert "### hplan diff: **Intet kunne sammenlignes" in markdown and "kræver ingen godkendelse" not in markdown


def test_a_new_side_with_rule_errors_is_compared_and_its_errors_stand_beside(tmp_path: Path) -> None:
    new = tmp_path / "new.yaml"
    text = (GOLDEN / "old.yaml").read_text(encoding="utf-8")
    edited = "    focus_area: uddannelse-og-beskaeftigelse\n"
    new.write_text(text.replace(edited, "    focus_area: uddannelse\n", 1), encoding="utf-8")
    result = hplan("diff", str(GOLDEN / "old.yaml"), str(new), "--as-of", "2018-06-01")
    assert result.exit_code == 1
    assert "focus_area: uddannelse-og-beskaeftigelse → uddannelse" in result.stdout
    assert "Rule errors in the new versions (compared anyway; run hplan validate):" in result.stdout
    assert "error HP103" in result.stdout
    assert result.stdout.strip().endswith(
        "board approval needed; 2 rule errors in the new versions, listed below the changes"
    )


def test_a_long_text_is_compared_word_by_word() -> None:
    assert word_diff("a b c d", "a x c d e") == [
        ("same", "a"),
        ("removed", "b"),
        ("added", "x"),
        ("same", "c d"),
        ("added", "e"),
    ]
    # Rewrapping a text is no change.
    assert word_diff("a  b\nc", "a b c") == [("same", "a b c")]


# -- --base, in a real git repository where only the board changes ----------------------------


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped plans and board committed in a fresh repository; cwd is its root."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "plans", root / "plans")
    run_git(root, "init", "-q")
    commit(root, "first")
    monkeypatch.chdir(root)
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_base_finds_a_change_to_the_board_alone(repo: Path) -> None:
    _edit(BOARD, "  - {role: Direktør, organisation: Lejerbo, party: lejerbo}\n", "")
    commit(repo, "Lejerbo leaves the board")
    result = hplan("diff", "--base", "HEAD~1", "--head", "HEAD", "-f", "json", "--as-of", "2019-02-01")
    payload = json.loads(result.stdout)
    (board,) = payload["plans"]
    assert board["kind"] == "board" and board["id"] == "aalborg-oest"
    assert (
        board["old"] == "HEAD~1:plans/boards/aalborg-oest.yaml"
        and board["new"] == "HEAD:plans/boards/aalborg-oest.yaml"
    )
    (change,) = board["changes"]
    assert change["path"] == "members" and change["kind"] == "removed"
    assert change["approvals"] == ["board", "lejerbo"]
    gate = hplan("diff", "--base", "HEAD~1", "--head", "HEAD", "--check-approvals", "--as-of", "2019-02-01")
    assert gate.exit_code == 1
    assert "aalborg-oest: the changes need approval by board, lejerbo" in gate.stderr
    assert "1 board compared, 1 change (board 1); board approval needed" in gate.stdout


def test_base_credits_a_board_change_with_the_governed_plans_new_entries(repo: Path) -> None:
    _edit(BOARD, "  meetings_per_year: 2\n", "  meetings_per_year: 3\n")
    with BOARD.open("a", encoding="utf-8") as board:
        board.write(
            "revisions:\n  - date: 2019-01-20\n    approvals:\n"
            "      - {body: board, date: 2019-01-15, reference: Bestyrelsesmøde 2019-01-15 punkt 2}\n"
            "    summary: Tre møder om året\n"
        )
    result = hplan("diff", "--base", "HEAD", "--check-approvals", "--as-of", "2019-02-01")
    assert result.exit_code == 0, result.output
    assert (
        "board aalborg-oest (Bestyrelsen for de boligsociale helhedsplaner i Aalborg Øst): board approval needed"
        in (result.stdout)
    )


def test_a_commitment_change_needs_the_committing_party_too(tmp_path: Path) -> None:
    """Issue 17, item 4: a change of a party's co-financing commitment needs that party's approval."""
    old = (ROOT / "plans" / "loevvangen.yaml").read_text(encoding="utf-8")
    line = "by_year: {2017: 380000, 2018: 380000, 2019: 385000, 2020: 385000}"
    assert old.count(line) == 1
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(old.replace(line, line.replace("2018: 380000", "2018: 390000")), "utf-8")
    result = hplan("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--format", "json")
    changes = json.loads(result.stdout)["plans"][0]["changes"]
    assert [(c["path"], c["approvals"]) for c in changes] == [
        ("co_financing[aalborg-kommune/cash].by_year.2018", ["board", "aalborg-kommune"])
    ]
