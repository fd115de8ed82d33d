"""Money through the real entry point: the status money section and ``hplan report --kind lbf`` (issue 17).

Golden files: ``tests/golden/status/money-*`` and ``tests/golden/report/lbf-*``,
rewritten with ``HPLAN_UPDATE_GOLDEN=1`` after a deliberate change. The
workbook is not golden (a zip file); it is read back with openpyxl and its
figures checked.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

import hplan.yamlio.loader
from hplan.i18n import catalogue
from hplan.yamlio.document import Document
from money_plan import money_plan_text

openpyxl = pytest.importorskip("openpyxl")

Run = Callable[..., Result]
GOLDEN = Path(__file__).parent / "golden"
OEST = "plans/oest-i-centrum.yaml"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("HPLAN_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file; see the docstring"


@pytest.fixture
def money_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # stops configuration discovery
    (tmp_path / "plan.yaml").write_text(money_plan_text(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "plan.yaml"


@pytest.fixture
def in_repo(repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(repo_root)
    return repo_root


# --- status ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output_format", "lang", "golden"),
    [
        ("text", "da", "status/money-2019-07-05.da.txt"),
        ("markdown", "da", "status/money-2019-07-05.da.md"),
        ("markdown", "en", "status/money-2019-07-05.en.md"),
    ],
)
def test_status_money_section(money_plan: Path, run_hplan: Run, output_format: str, lang: str, golden: str) -> None:
    result = run_hplan("status", "plan.yaml", "--as-of", "2019-07-05", "--format", output_format, "--lang", lang)
    assert result.exit_code == 0, result.output
    check_golden(golden, result.stdout)


def test_status_money_json(money_plan: Path, run_hplan: Run) -> None:
    result = run_hplan("status", "plan.yaml", "--as-of", "2019-07-05", "--format", "json")
    money = json.loads(result.stdout)["plans"][0]["money"]
    assert money["next_report"] == {"year": 2018, "due": "2019-06-30", "days": -5, "soon": False}
    assert money["reports_overdue"] == [2018]
    lbf_2017 = next(row for row in money["lbf"] if row["year"] == 2017)
    # paid 600,000, used 430,000 + 140,000; the accounts' 30,000 wins over hplan's sum
    assert (lbf_2017["paid"], lbf_2017["used"], lbf_2017["balance"], lbf_2017["recorded"]) == (
        600000,
        570000,
        30000,
        True,
    )
    sources = {(r["year"], r["source"]): r for r in money["sources"]}
    assert sources[2017, "lbf"]["unused"] == 30000
    assert sources[2018, "lbf"]["spent"] is None  # 2018 gives no spending per source


def test_status_report_due_within_the_horizon_needs_attention(money_plan: Path, run_hplan: Run) -> None:
    (money_plan.parent / "andet.yaml").write_text(money_plan_text().replace("id: solhaven", "id: andet"), "utf-8")
    soon = run_hplan("status", ".", "--as-of", "2019-06-01", "--lang", "da").stdout
    assert "årlig indberetning til LBF for 2018: frist 30.06.2019 (om 29 dage)" in soon
    later = run_hplan("status", ".", "--as-of", "2019-06-01", "--horizon", "20", "--lang", "da").stdout
    assert "årlig indberetning til LBF for 2018" not in later


def test_status_overdue_report_needs_attention(money_plan: Path, run_hplan: Run) -> None:
    other = money_plan.parent / "andet.yaml"
    other.write_text(money_plan_text().replace("id: solhaven", "id: andet"), encoding="utf-8")
    result = run_hplan("status", ".", "--as-of", "2019-07-05", "--lang", "da")
    assert "årlig indberetning til LBF for 2018: fristen 30.06.2019 er overskredet" in result.stdout
    # the portfolio adds the parties' commitments across the two plans
    parties = json.loads(run_hplan("status", ".", "--as-of", "2019-07-05", "--format", "json").stdout)["money"]
    kommune_2017 = next(p for p in parties["parties"] if p["party"] == "testby-kommune" and p["year"] == 2017)
    assert (kommune_2017["committed"], kommune_2017["paid"]) == (200000, 200000)


# --- the report to LBF ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output_format", "lang", "golden"),
    [
        ("markdown", "da", "report/lbf-oest-i-centrum-2017.da.md"),
        ("markdown", "en", "report/lbf-oest-i-centrum-2017.en.md"),
        ("html", "da", "report/lbf-oest-i-centrum-2017.da.html"),
        ("html", "en", "report/lbf-oest-i-centrum-2017.en.html"),
    ],
)
def test_lbf_report_golden(in_repo: Path, run_hplan: Run, output_format: str, lang: str, golden: str) -> None:
    args = ("report", OEST, "--year", "2017", "--kind", "lbf", "--as-of", "2018-06-01")
    result = run_hplan(*args, "--format", output_format, "--lang", lang)
    assert result.exit_code == 0, result.output
    check_golden(golden, result.stdout)


def test_lbf_workbook_read_back(in_repo: Path, run_hplan: Run, tmp_path: Path) -> None:
    target = tmp_path / "indberetning-2017.xlsx"
    args = ("report", OEST, "--year", "2017", "--kind", "lbf", "--as-of", "2018-06-01", "-o", str(target))
    result = run_hplan(*args)
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Regnskab 2017", "Målopfyldelse 2017", "Milepælsplan 2018", "Validering"]
    assert [row[0] for row in book["Validering"].iter_rows(values_only=True)] == ["Validering: 0 fejl, 0 advarsler"]
    rows = [row for row in book["Regnskab 2017"].iter_rows(values_only=True) if row[0]]
    # a party is in the sources table first, then among the commitments: the first row of a name is its source
    accounts = {row[0]: row[1:] for row in reversed(rows)}
    # the header of the sources table is Danish, and the figures are numbers, not text
    assert accounts["Finansieringskilde"][:3] == ("Budget (kr.)", "Forbrug (kr.)", "Uforbrugt (kr.)")
    assert accounts["Landsbyggefonden"][:3] == (1770000, 1715515, 54485)
    assert accounts["Aalborg Kommune"][:3] == (360000, 360000, 0)
    assert [row[1:] for row in rows if row[0] == "Aalborg Kommune"][1][:4] == ("kontant", 360000, 360000, 360000)
    assert accounts["Udbetalt fra Landsbyggefonden til året"][0] == 1770000
    assert accounts["Forbrugt af LBF-tilskuddet"][0] == 1715515
    assert accounts["Uforbrugt LBF-tilskud ultimo året"][0] == 54485
    assert accounts["Frist"][0] == dt.datetime(2018, 6, 30)
    # the sums are exact: spending per source adds up to the five lines' spending in the plan
    sources = ("Landsbyggefonden", "Aalborg Kommune", "Alabu Bolig", "Lejerbo")
    assert sum(accounts[s][1] for s in sources) == 651240 + 498615 + 583900 + 187450 + 429310
    goals = list(book["Målopfyldelse 2017"].iter_rows(values_only=True))
    header = next(row for row in goals if row[0] == "Indsatsområde")
    neet = next(row for row in goals if row[2] == "Andel 15-29-årige i NEET-gruppen")
    assert dict(zip(header, neet, strict=True))["Måling 2017"] == pytest.approx(23.1)
    assert dict(zip(header, neet, strict=True))["Beregnet fremdrift (lige linje)"] == pytest.approx(0.15)
    sheet = book["Målopfyldelse 2017"]
    progress_cell = next(c for row in sheet.iter_rows() for c in row if c.value == neet[8])
    assert progress_cell.number_format == "0%"
    milestones = [row[0] for row in book["Milepælsplan 2018"].iter_rows(values_only=True)]
    assert "Virksomhedsnetværket har mindst ti deltagende virksomheder" in milestones


def test_lbf_workbook_needs_a_file(in_repo: Path, run_hplan: Run) -> None:
    result = run_hplan("report", OEST, "--year", "2017", "--kind", "lbf", "--format", "xlsx")
    assert result.exit_code == 2
    assert "-o" in result.stderr


def test_xlsx_is_only_for_the_lbf_report(in_repo: Path, run_hplan: Run) -> None:
    result = run_hplan("report", OEST, "--year", "2017", "--format", "xlsx")
    assert result.exit_code == 2
    assert "--kind lbf" in result.stderr


def test_lbf_report_of_an_unreadable_plan(tmp_path: Path, run_hplan: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.yaml").write_text("format: 1\nkind: plan\nid: [\n", encoding="utf-8")
    result = run_hplan("report", "plan.yaml", "--year", "2018", "--kind", "lbf")
    assert result.exit_code == 1
    assert "kan ikke læses som en plan" in result.stderr  # the report's language: Danish by default


@pytest.mark.parametrize("lang", ["da", "en"])
def test_lbf_report_of_a_plan_not_valid_as_a_whole_leaves_the_accounts_out(
    tmp_path: Path, run_hplan: Run, repo_root: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """It must not tell LBF that nothing was budgeted, paid or committed: it says why the accounts are missing."""
    text = (repo_root / OEST).read_text(encoding="utf-8").replace("kind: plan\n", "kind: plan\nrabat: ja\n", 1)
    (tmp_path / "plan.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    loads: list[str] = []
    real = hplan.yamlio.loader.parse_into

    def counted(text: str, doc: Document) -> None:
        loads.append(doc.file)
        real(text, doc)

    monkeypatch.setattr(hplan.yamlio.loader, "parse_into", counted)
    result = run_hplan(
        "report", "plan.yaml", "--year", "2017", "--kind", "lbf", "--lang", lang, "--as-of", "2018-12-31"
    )
    assert result.exit_code == 0, result.output
    # what could be read is still shown: the report for 2017 was handed in on 20 June 2018
    assert ("20.06.2018" if lang == "da" else "2018-06-20") in result.stdout
    assert loads.count("plan.yaml") == 1  # the evaluation and the accounts share one reading of the file
    left_out = "Regnskabet er ikke medtaget" if lang == "da" else "The accounts are left out"
    assert left_out in result.stdout and "HP003" in result.stdout
    for absent in ("lbf.no_sources", "lbf.no_account", "lbf.no_commitments"):
        assert catalogue(lang)[absent].split("{")[0] not in result.stdout
    book = tmp_path / "lbf.xlsx"
    assert run_hplan("report", "plan.yaml", "--year", "2017", "--kind", "lbf", "-o", str(book)).exit_code == 0
    workbook = openpyxl.load_workbook(book)
    texts = [str(c.value) for row in workbook.worksheets[0].iter_rows() for c in row]
    assert any(text.startswith("Regnskabet er ikke medtaget") for text in texts)
    # the problems the note points to are in the workbook too, on its last sheet
    problems = [row[0] for row in workbook["Validering"].iter_rows(values_only=True)]
    assert problems[0] == "Validering: 1 fejl, 1 advarsel" and any("HP003" in p for p in problems[1:])


def test_lbf_report_shows_the_year_s_recorded_goal_attainment(run_hplan: Run, repo_root: Path) -> None:
    """Issue 17: goal attainment is the recorded judgement where there is one, beside the computed progress."""
    plan = str(repo_root / "plans" / "oest-i-centrum.yaml")
    before = run_hplan("report", plan, "--year", "2017", "--kind", "lbf", "--lang", "da").stdout
    after = run_hplan("report", plan, "--year", "2017", "--kind", "lbf", "--lang", "da", "--as-of", "2018-06-01").stdout
    neet = [line for line in after.splitlines() if "NEET-gruppen |" in line]
    assert neet and neet[0].endswith("| følger planen | målopfyldelse 2017: opfyldt |"), neet
    # Judged on 2018-02-27: a report as of the year's end does not know it yet.
    assert next(line for line in before.splitlines() if "NEET-gruppen |" in line).endswith("| følger planen | – |")
