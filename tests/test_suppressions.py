"""Suppressions through the command line: the JSON ``suppressed`` list, the summaries, status.

Which findings a suppression hides, and HP901-HP903, are rule cases
(``tests/rules/suppressions.yaml``); here: what each output shows of them,
and the comment reader on its own.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from hplan.check.policy import Directive, glob_matches, scan

Run = Callable[..., Result]
DUE = "    due: 2018-09-30\n"  # line 116: overdue (HP602) as of 2018-10-01


def edit_plan(repo: Path, old: str, new: str) -> None:
    plan = repo / "plans" / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    assert text.count(old) == 1
    plan.write_text(text.replace(old, new), encoding="utf-8")


def test_json_lists_suppressed_findings_with_reason_and_where(repo: Path, run_hplan: Run) -> None:
    edit_plan(repo, DUE, "    due: 2018-09-30  # hplan: ignore[HP602] moved by the board on 2018-09-20\n")
    result = run_hplan("validate", "--as-of", "2018-10-01", "--format", "json")
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["diagnostics"] == []
    [hidden] = payload["suppressed"]
    assert {key: hidden[key] for key in ("file", "line", "column", "rule", "severity", "path")} == {
        "file": "plans/plan.yaml",
        "line": 116,
        "column": 10,
        "rule": "HP602",
        "severity": "warning",
        "path": "milestones[m-natteravne-fast].due",
    }
    assert hidden["reason"] == "moved by the board on 2018-09-20"
    assert hidden["suppressed_by"] == {"kind": "comment", "file": "plans/plan.yaml", "line": 116, "column": 22}
    assert payload["summary"] == {"files": 1, "errors": 0, "warnings": 0, "suppressed": 1}


def test_json_names_the_config_entry_that_suppressed(repo: Path, run_hplan: Run) -> None:
    (repo / ".hplan.yaml").write_text(
        "suppress:\n"
        "  - file: plans/*.yaml\n"
        "    rule: HP602\n"
        "    path: milestones[m-natteravne-fast]\n"
        "    reason: moved by the board\n",
        encoding="utf-8",
    )
    payload = json.loads(run_hplan("validate", "--as-of", "2018-10-01", "--format", "json").stdout)
    [hidden] = payload["suppressed"]
    assert hidden["suppressed_by"] == {"kind": "config", "file": ".hplan.yaml", "line": 2, "column": 5}
    assert hidden["reason"] == "moved by the board"


def test_text_summary_counts_the_suppressed(repo: Path, run_hplan: Run) -> None:
    edit_plan(repo, DUE, "    due: 2018-09-30  # hplan: ignore[HP602] moved\n")
    result = run_hplan("validate", "--as-of", "2018-10-01")
    assert result.stdout == "1 file checked: no problems (1 suppressed)\n"


def test_a_reasonless_suppression_fails_only_with_strict(repo: Path, run_hplan: Run) -> None:
    edit_plan(repo, DUE, "    due: 2018-09-30  # hplan: ignore[HP602]\n")
    assert run_hplan("validate", "--as-of", "2018-10-01").exit_code == 0
    strict = run_hplan("validate", "--as-of", "2018-10-01", "--strict")
    assert strict.exit_code == 1
    assert "HP901" in strict.stdout


def test_suppression_findings_can_be_configured_but_not_suppressed(repo: Path, run_hplan: Run) -> None:
    edit_plan(repo, DUE, "    due: 2018-09-30  # hplan: ignore[HP602,HP901]\n")
    result = run_hplan("validate", "--as-of", "2018-10-01", "--format", "json")
    rules = [d["rule"] for d in json.loads(result.stdout)["diagnostics"]]
    assert sorted(rules) == ["HP901", "HP902"]  # no reason; HP901 cannot be suppressed
    (repo / ".hplan.yaml").write_text("rules: {HP901: off, HP902: error}\n", encoding="utf-8")
    result = run_hplan("validate", "--as-of", "2018-10-01", "--format", "json")
    assert [(d["rule"], d["severity"]) for d in json.loads(result.stdout)["diagnostics"]] == [("HP902", "error")]
    assert result.exit_code == 1


def test_suppressions_of_a_rule_turned_off_are_not_reported(repo: Path, run_hplan: Run) -> None:
    edit_plan(repo, DUE, "    due: 2018-09-30  # hplan: ignore[HP602] moved\n")
    (repo / ".hplan.yaml").write_text("rules: {HP602: off}\n", encoding="utf-8")
    payload = json.loads(run_hplan("validate", "--as-of", "2018-06-01", "--format", "json").stdout)
    assert (payload["diagnostics"], payload["suppressed"]) == ([], [])


def test_status_counts_neither_suppressed_findings_nor_hides_the_cpr_rule(repo: Path, run_hplan: Run) -> None:
    edit_plan(repo, DUE, "    due: 2018-09-30  # hplan: ignore[HP602] moved\n")
    payload = json.loads(run_hplan("status", "--as-of", "2018-10-01", "--format", "json").stdout)
    assert payload["validation"] == {"files": 1, "errors": 0, "warnings": 0}
    edit_plan(repo, "name: Natteravne\n", "name: Natteravne 0101901234  # hplan: ignore[HP701] test\n")
    payload = json.loads(run_hplan("status", "--as-of", "2018-10-01", "--format", "json").stdout)
    problems = [d["rule"] for d in payload["plans"][0]["validation"]["problems"]]
    assert sorted(problems) == ["HP701", "HP902"]
    assert "0101901234" not in json.dumps(payload)


# --- reading the comments ---------------------------------------------------------------


def test_scan_reads_codes_reason_and_the_line_they_apply_to() -> None:
    text = "a: 1  # hplan: ignore[HP602, hp203] moved: see minutes\n  # hplan: ignore[HP5]\n\n  # note\nb: 2\n"
    assert scan(text, "f.yaml") == (
        Directive("f.yaml", 1, 7, 1, ("HP602", "HP203"), "moved: see minutes"),
        Directive("f.yaml", 2, 3, 5, ("HP5",), ""),  # no rule: HP902 says so
    )


def test_scan_skips_text_without_the_marker_and_hashes_inside_words() -> None:
    assert scan("a: 1  # an ordinary comment\n", "f.yaml") == ()
    assert scan("url: http://x/#hplan:ignore[HP602]\n", "f.yaml") == ()


def test_scan_reads_windows_line_breaks() -> None:
    [directive] = scan("a: 1\r\nb: 2  # hplan: ignore[HP602] why\r\n", "f.yaml")
    assert (directive.line, directive.target, directive.reason) == (2, 2, "why")


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("plans/*.yaml", "plans/a.yaml", True),
        ("plans/*.yaml", "plans/sub/a.yaml", False),
        ("plans/**/*.yaml", "plans/sub/a.yaml", True),
        ("plans/**/*.yaml", "plans/a.yaml", True),
        ("./plans/a.yaml", "plans/a.yaml", True),
        ("*.yaml", "plans/a.yaml", False),
        ("plans/a?.yaml", "plans/ab.yaml", True),
    ],
)
def test_file_globs(pattern: str, path: str, matches: bool) -> None:
    assert glob_matches(pattern, path) is matches
