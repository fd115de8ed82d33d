"""``hplan report`` through the real entry point: golden markdown, the standalone HTML page, exit codes, -o.

Golden files live in ``tests/golden/report/``. After a deliberate change to
the report, rewrite them with ``HPLAN_UPDATE_GOLDEN=1 .venv/bin/python -m
pytest tests/test_report_cli.py`` and review the difference like any other
change. The HTML page is not golden (its charts' coordinates follow the
matplotlib version); its structure is tested instead.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import Result

from hplan.i18n import Language
from hplan.privacy import find_cpr
from plan_texts import minimal_head

REPO_ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "report"
OEST = "plans/oest-i-centrum.yaml"
CRITERIA_IN_OEST = 10

Run = Callable[..., Result]

# A plan with a CPR-like number in every kind of text the report shows.
CPR = "010190-1234"
CPR_PLAN = (
    minimal_head("cpr-plan", f"Plan med {CPR}", f"Område {CPR}", f"Kommune {CPR}")
    + f"""\
focus_areas:
  - id: tryghed-og-trivsel
    purpose: Tryghed for {CPR}.
    success_criteria:
      - id: tt-tryg
        text: Tryghed for 0101901234.
        indicator: Andel trygge {CPR}
        unit: percent
        direction: increase
        baseline: {{value: 60, date: 2017-12-31}}
        target: {{value: 70, date: 2021-12-31}}
        data_source: {{kind: survey, name: Undersøgelse {CPR}, frequency: yearly}}
        measurements:
          - {{date: 2018-12-31, value: 62, note: Oplyst af {CPR}}}
budget:
  lines:
    - {{year: 2018, focus_area: cross_cutting, category: personnel, funding: {{lbf: 750000, kommune: 250000}}}}
milestones:
  - {{id: m-1, title: Møde med {CPR}, due: 2018-05-01, status: done, completed: 2018-05-01}}
  - {{id: m-2, title: Opfølgning {CPR}, due: 2019-05-01}}
evaluations:
  - {{year: 2018, date: 2019-02-01, summary: Samtale med {CPR}., decisions: [Ring til {CPR}]}}
revisions:
  - {{date: 2018-06-01, approved_by: board, reference: Sag {CPR}, summary: Ændret for {CPR}.}}
"""
)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("HPLAN_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} is missing; run with HPLAN_UPDATE_GOLDEN=1 to write it"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; HPLAN_UPDATE_GOLDEN=1 rewrites it"


@pytest.fixture
def in_repo(repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(repo_root)
    return repo_root


# --- golden markdown -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "golden"),
    [
        ([OEST, "--year", "2017"], "oest-i-centrum-2017.da.md"),
        ([OEST, "--year", "2017", "--lang", "en"], "oest-i-centrum-2017.en.md"),
        # a year with late, open and unmeasured items, a revision and a pending evaluation
        ([OEST, "--year", "2018", "--format", "markdown"], "oest-i-centrum-2018.da.md"),
    ],
)
def test_golden_markdown(in_repo: Path, run_hplan: Run, args: list[str], golden: str) -> None:
    result = run_hplan("report", *args)
    assert result.exit_code == 0, result.stderr
    check_golden(golden, result.stdout)


def test_the_danish_report_uses_the_domains_terms(in_repo: Path, run_hplan: Run) -> None:
    out = run_hplan("report", OEST, "--year", "2017").stdout
    for term in (
        "Indsatsområde",
        "Succeskriterium",
        "Baseline",
        "Mål",
        "Beregnet fremdrift",
        "Milepæl",
        "medfinansiering",
    ):
        assert term in out
    # Danish numbers and dates: 2.405.000 kr., 26,4 %, 27.02.2018
    assert "2.405.000 kr." in out and "26,4 %" in out and "27.02.2018" in out


# --- the standalone HTML page -------------------------------------------------------------------------


class Page(HTMLParser):
    """Collects what the tests look at: tags, attributes that fetch, svg elements, ids, stray end tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.ids: list[str] = []
        self.html_lang: str | None = None
        self.open: list[str] = []
        self.mismatched: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            self.attributes.append((tag, name, value or ""))
            if name == "id" and value:
                self.ids.append(value)
        if tag == "html":
            self.html_lang = dict(attrs).get("lang")
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            self.attributes.append((tag, name, value or ""))
            if name == "id" and value:
                self.ids.append(value)

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.mismatched.append(tag)


VOID = {"meta", "br", "hr", "img", "input", "link"}


@pytest.fixture(scope="module")
def html_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The HTML report of Øst i Centrum 2017, written by -o once for the module (charts take a moment)."""
    from typer.testing import CliRunner

    from hplan.cli.app import app

    out = tmp_path_factory.mktemp("html") / "rapport.html"
    cwd = Path.cwd()
    os.chdir(REPO_ROOT)
    try:
        result = CliRunner().invoke(app, ["report", OEST, "--year", "2017", "-o", str(out)], catch_exceptions=False)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # the format follows the .html name; nothing on standard output
    return out.read_text(encoding="utf-8")


def test_the_html_page_parses_and_is_danish(html_page: str) -> None:
    page = Page()
    page.feed(html_page)
    page.close()
    assert html_page.startswith("<!DOCTYPE html>\n")
    assert page.html_lang == "da"
    assert page.mismatched == [] and page.open == []
    assert "<title>Årsstatus 2017: Øst i Centrum</title>" in html_page


def test_the_html_page_has_one_chart_per_success_criterion(html_page: str) -> None:
    page = Page()
    page.feed(html_page)
    assert page.tags.count("svg") == CRITERIA_IN_OEST
    assert html_page.count("<svg") == CRITERIA_IN_OEST
    assert html_page.count('<article class="criterion"') == CRITERIA_IN_OEST
    assert len(page.ids) == len(set(page.ids)), "ids repeat across the charts"


def test_the_html_page_references_nothing_outside_itself(html_page: str) -> None:
    page = Page()
    page.feed(html_page)
    assert "http://" not in html_page and "https://" not in html_page
    assert "//" not in re.sub(r"<!--.*?-->", "", html_page).replace("<!DOCTYPE", "")
    for tag, name, value in page.attributes:
        if name in ("src", "href", "xlink:href", "action", "srcset", "data"):
            assert value.startswith("#"), f"<{tag} {name}={value!r}> points outside the page"
    assert "@import" not in html_page
    assert all(found.startswith("url(#") for found in re.findall(r"url\([^)]*\)", html_page))
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(page.tags)


def test_the_html_page_prints_on_a4(html_page: str) -> None:
    assert "@page { size: A4;" in html_page
    assert "break-inside: avoid" in html_page and "break-after: avoid" in html_page


def test_the_html_page_shows_each_section(html_page: str) -> None:
    for heading in (
        "Sammenfatning",
        "Succeskriterier og beregnet fremdrift",
        "Milepæle med frist i 2017",
        "Milepælsplan for 2018",
        "Budget og medfinansiering 2017",
        "Styregruppens evaluering af 2017",
        "Godkendte ændringer i 2017",
        "Validering",
    ):
        assert f"<h2>{heading}</h2>" in html_page
    assert '<span class="badge at_risk">Risiko</span>' in html_page
    assert "Gennemført 05.10.2017 (4 dage efter fristen)" in html_page
    assert "2.350.515 kr." in html_page


def test_charts_are_the_same_run_after_run() -> None:
    import datetime as dt
    from dataclasses import replace

    from hplan.i18n import using
    from hplan.views.yearly.charts import ChartData, render_chart

    data = ChartData(
        baseline=(dt.date(2016, 12, 31), 24.0),
        target=(dt.date(2020, 12, 31), 18.0),
        measurements=((dt.date(2017, 12, 31), 23.1),),
        year=2017,
        highlight=(dt.date(2017, 12, 31), 23.1),
        state="at_risk",
    )
    with using("da"):
        first = render_chart(data, "x-")
        assert first == render_chart(data, "x-")
    assert first.startswith("<svg") and "xmlns" not in first and "<metadata" not in first
    labels = re.findall(r">([^<>]+)</text>", first)  # text stays text (svg.fonttype none)
    assert labels == ["2017", "2018", "2019", "2020", "18", "20", "22", "24"]
    small = replace(
        data,
        baseline=(dt.date(2016, 12, 31), 0.5),
        target=(dt.date(2020, 12, 31), 2.0),
        measurements=(),
        highlight=None,
    )
    with using("da"):
        danish = render_chart(small, "y-")
    assert re.findall(r">([^<>]+)</text>", danish)[-4:] == ["0,5", "1", "1,5", "2"]
    assert re.findall(r">([^<>]+)</text>", render_chart(small, "y-"))[-4:] == ["0.5", "1", "1.5", "2"]


def test_an_english_html_page(in_repo: Path, run_hplan: Run, tmp_path: Path) -> None:
    out = tmp_path / "report.htm"
    result = run_hplan("report", "plans/loevvangen.yaml", "--year", "2018", "--lang", "en", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Goal attainment 2018" in page
    assert page.count("<svg") == page.count('<article class="criterion"') > 0


# --- exit codes and messages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([OEST, "--year", "2016"], "--year 2016: plans/oest-i-centrum.yaml runs from 2017-02-01 to 2021-01-31"),
        ([OEST, "--year", "2022"], "choose a year from 2017 to 2021"),
        ([OEST, "--year", "2019", "--as-of", "2018-06-01"], "--year 2019 has not begun on 2018-06-01"),
        ([OEST, "--year", "2017", "--as-of", "1.6.2018"], "--as-of: 1.6.2018 is a Danish date; write 2018-06-01"),
        ([OEST, "--year", "17"], "--year 17: write the calendar year in four digits"),
        (["plans", "--year", "2017"], "plans: is a folder"),
        (["plans/boards/aalborg-oest.yaml", "--year", "2017"], "is a kind: board document, not a plan"),
        (["plans/nowhere.yaml", "--year", "2017"], "plans/nowhere.yaml: no such file or directory"),
    ],
)
def test_could_not_run_is_exit_2_with_a_message(in_repo: Path, run_hplan: Run, args: list[str], message: str) -> None:
    result = run_hplan("report", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_the_year_is_required(in_repo: Path, run_hplan: Run) -> None:
    result = run_hplan("report", OEST)
    assert result.exit_code == 2 and "--year" in result.stderr


def test_an_unreadable_plan_is_exit_1_with_its_problems(run_hplan: Run, tmp_path: Path) -> None:
    path = tmp_path / "brudt.yaml"
    path.write_text("format: 1\nkind: plan\nid: x\nname: [brudt\n", encoding="utf-8")
    target = tmp_path / "rapport.md"
    result = run_hplan("report", str(path), "--year", "2018", "-o", str(target))
    assert result.exit_code == 1
    assert "HP001" in result.stderr and "kan ikke læses som en plan" in result.stderr  # Danish, as the report
    assert not target.exists()
    english = run_hplan("report", str(path), "--year", "2018", "--lang", "en")
    assert "error HP001" in english.stderr and "cannot be read as a plan" in english.stderr


def test_an_invalid_plan_is_reported_with_its_problems(run_hplan: Run, tmp_path: Path) -> None:
    path = tmp_path / "cpr.yaml"
    path.write_text(CPR_PLAN, encoding="utf-8")
    result = run_hplan("report", str(path), "--year", "2018")
    assert result.exit_code == 0
    assert "## Validering" in result.stdout and "HP701" in result.stdout


@pytest.mark.parametrize("output_format", ["markdown", "html"])
def test_no_output_repeats_a_cpr_number(run_hplan: Run, tmp_path: Path, output_format: str) -> None:
    path = tmp_path / "cpr.yaml"
    path.write_text(CPR_PLAN, encoding="utf-8")
    result = run_hplan("report", str(path), "--year", "2018", "--format", output_format)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "HP701" in out  # validation reports it ...
    assert "010190" not in out and "0101901234" not in out and not find_cpr(out)  # ... and the report never repeats it
    assert "Ring til ######-####" in out  # the text around it is still there


# --- -o writes atomically ----------------------------------------------------------------------------------


def test_o_writes_the_file_and_nothing_else(in_repo: Path, run_hplan: Run, tmp_path: Path) -> None:
    target = tmp_path / "ud" / "rapport.md"
    result = run_hplan("report", OEST, "--year", "2017", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8") == run_hplan("report", OEST, "--year", "2017").stdout
    assert [p.name for p in target.parent.iterdir()] == ["rapport.md"]


def test_o_leaves_the_target_alone_when_the_report_cannot_be_made(
    in_repo: Path, run_hplan: Run, tmp_path: Path
) -> None:
    target = tmp_path / "rapport.md"
    target.write_text("sidste års rapport\n", encoding="utf-8")
    assert run_hplan("report", OEST, "--year", "2030", "-o", str(target)).exit_code == 2
    assert target.read_text(encoding="utf-8") == "sidste års rapport\n"


def test_o_leaves_the_target_alone_when_rendering_fails(
    in_repo: Path, run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hplan.views.yearly import render as yearly

    def broken(*_args: object) -> str:
        raise RuntimeError("the template broke")

    monkeypatch.setitem(yearly.RENDERERS, "markdown", broken)
    target = tmp_path / "rapport.md"
    target.write_text("sidste års rapport\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="the template broke"):
        run_hplan("report", OEST, "--year", "2017", "-o", str(target))
    assert target.read_text(encoding="utf-8") == "sidste års rapport\n"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.md"]


def test_o_into_a_folder_is_exit_2(in_repo: Path, run_hplan: Run, tmp_path: Path) -> None:
    result = run_hplan("report", OEST, "--year", "2017", "-o", str(tmp_path))
    assert result.exit_code == 2 and "is a folder; name the file to write" in result.stderr


# --- the optional packages ------------------------------------------------------------------------------------


def test_a_missing_package_is_exit_2_with_the_install_command(
    in_repo: Path, run_hplan: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec

    def without_matplotlib(name: str, *args: object) -> object:
        return None if name == "matplotlib" else real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", without_matplotlib)
    result = run_hplan("report", OEST, "--year", "2017", "--format", "html")
    assert result.exit_code == 2
    assert "needs matplotlib, which is not installed" in result.stderr
    # whichever way hplan was installed (a tag, PyPI, a checkout), this installs what is missing
    assert "needs matplotlib, which is not installed; install it with: pip install matplotlib\n" in result.stderr
    # markdown needs only Jinja2
    assert run_hplan("report", OEST, "--year", "2017").exit_code == 0


def test_the_workbook_to_lbf_without_openpyxl_is_exit_2_with_the_install_command(
    in_repo: Path, run_hplan: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = importlib.util.find_spec

    def without_openpyxl(name: str, *args: object) -> object:
        return None if name == "openpyxl" else real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", without_openpyxl)
    book = tmp_path / "lbf.xlsx"
    result = run_hplan("report", OEST, "--year", "2017", "--kind", "lbf", "--output", str(book))
    assert result.exit_code == 2 and not book.exists()
    assert "pip install openpyxl" in result.stderr
    # the report's other formats need nothing beyond hplan
    assert run_hplan("report", OEST, "--year", "2017", "--kind", "lbf").exit_code == 0


def test_the_markdown_report_never_loads_matplotlib(repo_root: Path) -> None:
    code = (
        "import sys\n"
        "from hplan.cli.app import app\n"
        f"app(['report', '{OEST}', '--year', '2017'], standalone_mode=False)\n"
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=repo_root, capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().endswith("[]")
    assert done.stdout.startswith("# Årsstatus 2017: Øst i Centrum")


# --- the words and the registry ---------------------------------------------------------------------------------


def test_every_format_has_a_renderer_and_its_requirements() -> None:
    from hplan.cli.report import ReportFormat
    from hplan.views import lbf
    from hplan.views.yearly.render import FORMATS, RENDERERS, REQUIREMENTS

    # The workbook is the report to LBF's alone (--kind lbf); that report has every format.
    evaluation = {f.value for f in ReportFormat} - {"xlsx"}
    assert set(RENDERERS) == set(REQUIREMENTS) == set(FORMATS) == evaluation
    assert set(lbf.REQUIREMENTS) == {f.value for f in ReportFormat}


@pytest.mark.parametrize(
    ("lang", "value", "expected"),
    [("da", 2405000, "2.405.000 kr."), ("en", 2405000, "2,405,000 kr"), ("da", None, "–")],
)
def test_kroner_in_each_language(lang: Language, value: int | None, expected: str) -> None:
    from hplan.i18n import using
    from hplan.views.yearly.formats import kroner

    with using(lang):
        assert kroner(value) == expected


def test_the_report_writes_its_counts_as_bare_integers() -> None:
    from hplan.i18n import tn, using
    from hplan.views.yearly.render import counted

    with using("da"):
        assert (counted("count.errors", 5000), counted("count.warnings", 1)) == ("5000 fejl", "1 advarsel")
        assert tn("count.errors", 5000) == "5.000 fejl"  # where validate and status group the thousands
