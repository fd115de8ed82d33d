"""``hplan record ...``: each chore touches only its lines, keeps the comments, and refuses what it must.

The byte-level tests compare the file before and after as lists of lines, so
a change to any line the command had no business touching fails them.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import Result

from hplan.authoring import edit, record
from hplan.authoring.danish_input import parse_figure
from hplan.check.context import Options
from hplan.errors import HplanError
from hplan.yamlio.loader import load_file

Run = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
PLAN = Path("plans/plan.yaml")


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """(lines removed, lines added) between two texts."""
    removed, added = [], []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


def data(path: Path) -> object:
    return load_file(path).data


@pytest.fixture
def loevvangen(repo: Path) -> Path:
    """The shipped Løvvangen plan (2015-18) as plans/loevvangen.yaml in the test repository."""
    target = repo / "plans" / "loevvangen.yaml"
    shutil.copy(ROOT / "plans" / "loevvangen.yaml", target)
    return target


def test_a_measurement_adds_one_line_and_nothing_else(run_hplan: Run, loevvangen: Path) -> None:
    before = loevvangen.read_text(encoding="utf-8")
    result = run_hplan("record", "measurement", str(loevvangen), "fo-skolefravaer", "31.07.2018", "6,9")
    assert (result.exit_code, result.stdout) == (0, "plans/loevvangen.yaml: measurement recorded\n")
    after = loevvangen.read_text(encoding="utf-8")
    assert changed_lines(before, after) == ([], ["          - {date: 2018-07-31, value: 6.9}"])
    assert after.index("{date: 2017-07-31, value: 7.3}") < after.index("{date: 2018-07-31, value: 6.9}")


def test_a_measurement_goes_in_date_order_with_its_note(run_hplan: Run, loevvangen: Path) -> None:
    before = loevvangen.read_text(encoding="utf-8")
    result = run_hplan(
        "record", "measurement", str(loevvangen), "fo-foraeldrekursus", "2017-09-30", "15", "--note", "Foreløbigt tal"
    )
    assert result.exit_code == 0, result.output
    after = loevvangen.read_text(encoding="utf-8")
    assert changed_lines(before, after) == ([], ["          - {date: 2017-09-30, value: 15, note: Foreløbigt tal}"])
    assert after.index("value: 8}") < after.index("value: 15,") < after.index("value: 21}")


def test_a_milestone_done_keeps_the_blank_line_and_comments_below_it(run_hplan: Run, loevvangen: Path) -> None:
    before = loevvangen.read_text(encoding="utf-8")
    result = run_hplan(
        "record", "milestone", str(loevvangen), "m-tryghedsundersoegelse-2019", "done", "--date", "30.10.2019"
    )
    assert result.exit_code == 0, result.output
    after = loevvangen.read_text(encoding="utf-8")
    assert changed_lines(before, after) == (["    status: planned"], ["    status: done", "    completed: 2019-10-30"])
    assert "    completed: 2019-10-30\n\nbudget:                        # DKK" in after
    assert [line for line in after.splitlines() if "#" in line] == [line for line in before.splitlines() if "#" in line]


def test_a_milestone_by_its_title_and_cancelled_drops_completed(run_hplan: Run, repo: Path) -> None:
    result = run_hplan("record", "milestone", str(PLAN), "Lektiecaféen er åben to dage om ugen", "cancelled")
    assert result.exit_code == 0, result.output
    text = PLAN.read_text(encoding="utf-8")
    assert "    status: cancelled\n  - id: m-natteravne-fast" in text
    assert "completed: 2017-08-28" not in text


def test_spending_evaluation_and_approval(run_hplan: Run, repo: Path) -> None:
    before = PLAN.read_text(encoding="utf-8")
    steps = [
        ("spending", str(PLAN), "2017", "200.000 kr.", "--area", "cross_cutting", "--category", "administration"),
        ("evaluation", str(PLAN), "2018", "--date", "20.02.2019", "--summary", "Godt år", "--decision", "Mere af det"),
        (
            "approval",
            str(PLAN),
            "--by",
            "lbf",
            "--date",
            "2019-03-01",
            "--summary",
            "Ny periode",
            "--reference",
            "Brev",
        ),
    ]
    for step in steps:
        result = run_hplan("record", *step)
        assert result.exit_code == 0, result.output
    removed, added = changed_lines(before, PLAN.read_text(encoding="utf-8"))
    assert removed == []
    assert "      spent: 200000" in added
    evaluation = "  - year: 2018\n    date: 2019-02-20\n    summary: Godt år\n    decisions:\n      - Mere af det\n"
    assert evaluation in PLAN.read_text(encoding="utf-8")
    assert added[-4:] == [
        "  - date: 2019-03-01",
        "    approved_by: lbf",
        "    reference: Brev",
        "    summary: Ny periode",
    ]


def test_an_approval_by_several_bodies_names_each_with_its_own_date(run_hplan: Run, repo: Path) -> None:
    before = PLAN.read_text(encoding="utf-8")
    args = ["--by", "Landsbyggefonden", "--by", "Testby Kommune", "--by", "styregruppen", "--by", "testby-bolig"]
    result = run_hplan(
        "record", "approval", str(PLAN), *args, "--date", "01.03.2019", "--summary", "Flyt", "--reference", "Brev 7"
    )
    assert result.exit_code == 0, result.output
    removed, added = changed_lines(before, PLAN.read_text(encoding="utf-8"))
    assert removed == []
    assert added[-7:] == [
        "  - date: 2019-03-01",
        "    approvals:",
        "      - {body: lbf, date: 2019-03-01, reference: Brev 7}",
        "      - {body: testby-kommune, date: 2019-03-01, reference: Brev 7}",
        "      - {body: steering_group, date: 2019-03-01, reference: Brev 7}",
        "      - {body: testby-bolig, date: 2019-03-01, reference: Brev 7}",
        "    summary: Flyt",
    ]


def test_a_refused_argument_in_danish(run_hplan: Run, repo: Path) -> None:
    result = run_hplan("record", "milestone", str(PLAN), "m-natteravne", "done", "--lang", "da")
    assert result.exit_code == 2
    assert "planen har ingen milepæl 'm-natteravne'; mente du 'm-natteravne-fast'?" in result.stderr


def test_spending_needs_a_line_when_the_year_has_several(run_hplan: Run, repo: Path) -> None:
    result = run_hplan("record", "spending", str(PLAN), "2017", "1000")
    assert result.exit_code == 2
    assert "2017 has more than one budget line" in result.stderr
    danish = run_hplan("record", "spending", str(PLAN), "2017", "1000", "--category", "administration", "--lang", "da")
    assert danish.exit_code == 0, danish.output
    assert danish.stdout == "plans/plan.yaml: forbruget er registreret\n"


def test_dry_run_prints_the_diff_and_writes_nothing(run_hplan: Run, repo: Path) -> None:
    before = PLAN.read_bytes()
    result = run_hplan("record", "measurement", str(PLAN), "tt-tryghed", "31.10.2017", "63,5", "--dry-run")
    assert result.exit_code == 0
    assert PLAN.read_bytes() == before
    assert result.stdout.startswith("--- plans/plan.yaml\n+++ plans/plan.yaml\n@@ ")
    assert "+        measurements:\n+          - {date: 2017-10-31, value: 63.5}\n" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("measurement", "ub-net", "2018-12-31", "1"),
            "there is no success criterion 'ub-net' in the plan; did you mean 'ub-neet'?",
        ),
        (("milestone", "m-natteravne", "done"), "did you mean 'm-natteravne-fast'?"),
        (("measurement", "ub-neet", "2017-12-31", "22"), "'ub-neet' already has a measurement on 2017-12-31 (23.1)"),
        (("measurement", "ub-neet", "31.12.17", "22"), "has a two-digit year"),
        (("measurement", "ub-neet", "2018-12-31", "1.250"), "can be read as 1250"),
        (("evaluation", "2017", "--date", "2018-02-01", "--summary", "x"), "already has an evaluation of 2017"),
        (
            ("milestone", "m-natteravne-fast", "delayed", "--date", "2018-01-01"),
            "--date is the day a milestone was done",
        ),
        (("spending", "2030", "1000"), "the budget has no line for 2030"),
        (
            ("approval", "--by", "bord", "--date", "2018-01-01", "--summary", "x", "--reference", "y"),
            "did you mean 'board'?",
        ),
        (
            ("approval", "--by", "kommunen", "--date", "2018-01-01", "--summary", "x", "--reference", "y"),
            "did you mean 'testby-kommune'?",
        ),
    ],
)
def test_bad_arguments_are_refused_with_exit_2(run_hplan: Run, repo: Path, args: tuple[str, ...], message: str) -> None:
    before = PLAN.read_bytes()
    result = run_hplan("record", args[0], str(PLAN), *args[1:])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert PLAN.read_bytes() == before


def test_an_edit_that_adds_an_error_is_refused(run_hplan: Run, repo: Path) -> None:
    before = PLAN.read_bytes()
    result = run_hplan("record", "measurement", str(PLAN), "ub-neet", "2018-12-31", "146,1")
    assert result.exit_code == 1
    assert PLAN.read_bytes() == before
    assert "error HP" in result.stdout and "146.1" in result.stdout
    assert result.stdout.endswith("plans/plan.yaml: not changed: the change would add 1 error\n")


def test_a_plan_with_errors_is_not_edited(run_hplan: Run, repo: Path) -> None:
    PLAN.write_text(PLAN.read_text(encoding="utf-8").replace("name: Solhaven", "nmae: Solhaven", 1), encoding="utf-8")
    before = PLAN.read_bytes()
    result = run_hplan("record", "measurement", str(PLAN), "ub-neet", "2018-12-31", "22", "--lang", "da")
    assert result.exit_code == 1
    assert PLAN.read_bytes() == before
    assert "fejl HP003 " in result.stdout and "'nmae'" in result.stdout  # the findings in the run's language
    assert "ikke ændret: planen har 2 fejl; ret dem først" in result.stdout


def test_a_plan_that_does_not_parse_is_not_edited(run_hplan: Run, repo: Path) -> None:
    PLAN.write_text("format: 1\nkind: [plan\n", encoding="utf-8")
    result = run_hplan("record", "milestone", str(PLAN), "m-x", "done")
    assert result.exit_code == 1
    assert "not changed: hplan cannot read the plan" in result.stdout
    assert PLAN.read_text(encoding="utf-8") == "format: 1\nkind: [plan\n"


def test_a_missing_plan_is_exit_2(run_hplan: Run, repo: Path) -> None:
    result = run_hplan("record", "milestone", "plans/nowhere.yaml", "m-x", "done")
    assert result.exit_code == 2
    assert "plans/nowhere.yaml: cannot be read" in result.stderr


def test_a_file_changed_on_disk_meanwhile_is_not_overwritten(repo: Path) -> None:
    def change(text: str) -> str:
        PLAN.write_text(text + "# someone else's edit\n", encoding="utf-8")
        return text.replace("name: Solhaven", "name: Solhaven Nord", 1)

    with pytest.raises(HplanError, match="changed while hplan was editing it"):
        edit.edit_file(PLAN, change, Options(as_of=dt.date(2018, 6, 1)))
    assert PLAN.read_text(encoding="utf-8").endswith("# someone else's edit\n")


def test_ctrl_c_while_writing_leaves_the_file_whole(
    run_hplan: Run, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = PLAN.read_bytes()

    def interrupted(source: str, target: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    result = run_hplan("record", "measurement", str(PLAN), "ub-neet", "2018-12-31", "22")
    assert result.exit_code == 130
    assert PLAN.read_bytes() == before
    assert sorted(p.name for p in PLAN.parent.iterdir()) == ["plan.yaml"]  # no temporary file left


def test_line_breaks_and_byte_order_mark_are_kept(run_hplan: Run, repo: Path) -> None:
    text = PLAN.read_text(encoding="utf-8")
    PLAN.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    result = run_hplan("record", "measurement", str(PLAN), "ub-neet", "2018-12-31", "22")
    assert result.exit_code == 0, result.output
    raw = PLAN.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\n") == raw.count(b"\r\n") == text.count("\n") + 1


def test_a_second_identical_record_changes_nothing(run_hplan: Run, repo: Path) -> None:
    args = ("record", "measurement", str(PLAN), "ub-neet", "2017-12-31", "23,1", "--replace")
    result = run_hplan(*args)
    assert (result.exit_code, result.stdout) == (0, "plans/plan.yaml: already so; nothing to change\n")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    value=st.decimals(min_value=0, max_value=100, places=2),
    day=st.dates(min_value=dt.date(2017, 1, 1), max_value=dt.date(2020, 12, 31)),
)
def test_any_valid_measurement_reads_back_as_written(repo: Path, value: Decimal, day: dt.date) -> None:
    danish = str(value).replace(".", ",")
    change = record.measurement("tt-tryghed", day, parse_figure(danish, "VALUE"), None, replace=True)
    result = edit.edit_file(PLAN, edit.roundtrip_edit(change), Options(as_of=dt.date(2018, 6, 1)))
    assert result.state in ("written", "unchanged"), result.findings
    plan = data(PLAN)
    assert isinstance(plan, dict)
    [measured] = [m for m in plan["focus_areas"][1]["success_criteria"][0]["measurements"] if m["date"] == day]
    assert measured["value"] == float(str(value))


def test_a_cpr_number_is_refused_and_never_repeated(run_hplan: Run, repo: Path) -> None:
    before = PLAN.read_bytes()
    note = run_hplan("record", "measurement", str(PLAN), "ub-neet", "2018-12-31", "22", "--note", "010190-1234")
    assert note.exit_code == 1 and "error HP701" in note.stdout
    ident = run_hplan("record", "measurement", str(PLAN), "0101901234", "2018-12-31", "22")
    assert ident.exit_code == 2 and "'######-####'" in ident.stderr
    assert "0101901234" not in note.output + ident.output and "010190-1234" not in note.output
    assert PLAN.read_bytes() == before
