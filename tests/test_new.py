"""``hplan new`` and ``hplan profiles``: a skeleton that validates, from options or prompts; never an overwrite."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from hplan.authoring.fmt import canonical
from hplan.authoring.new import period_end, slug
from hplan.cli.app import app
from hplan.yamlio.loader import load_file

Run = Callable[..., Result]
OPTIONS = (
    "--no-input",
    "--name",
    "Solby Syd",
    "--area",
    "Solby – Syd, 8 blokke",
    "--start",
    "01.04.2021",
    "--focus-area",
    "Beskæftigelse",
    "--focus-area",
    "kriminalitetsforebyggelse",
    "--party",
    "Solby Boligforening=boligorganisation",
    "--party",
    "Solby Kommune=municipality",
    "--lbf-per-year",
    "1.000.000 kr.",
)


def test_a_new_plan_validates_and_says_what_each_section_is_for(run_hplan: Run, repo: Path) -> None:
    result = run_hplan("new", *OPTIONS)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        "wrote plans/solby-syd.yaml with the focus areas Beskæftigelse, Kriminalitetsforebyggelse"
    )
    path = repo / "plans" / "solby-syd.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/plan.schema.json\n")
    assert "# The budget in whole kroner per calendar year" in text
    assert "  # Beskæftigelse\n  - id: beskaeftigelse\n" in text
    assert canonical(text) == text  # hplan fmt has nothing to do
    plan = load_file(path).data
    assert isinstance(plan, dict)
    assert plan["period"] == {"start": dt.date(2021, 4, 1), "end": dt.date(2025, 3, 31)}
    assert [p["id"] for p in plan["parties"]] == ["solby-boligforening", "solby-kommune"]
    assert [line["year"] for line in plan["budget"]["lines"]] == [2021, 2022, 2023, 2024, 2025]
    assert sum(line["funding"]["lbf"] for line in plan["budget"]["lines"]) == 4_000_000
    checked = run_hplan("validate", "plans/solby-syd.yaml", "--as-of", "2021-06-01")
    assert (checked.exit_code, checked.stdout) == (0, "1 file checked: no problems\n")


def test_the_period_and_the_ids() -> None:
    assert period_end(dt.date(2021, 4, 1), 4) == dt.date(2025, 3, 31)
    assert period_end(dt.date(2020, 2, 29), 1) == dt.date(2021, 2, 27)
    assert slug("Sundby-Hvorup Boligselskab") == "sundby-hvorup-boligselskab"
    assert slug("Løvvangen – Ærø Å") == "loevvangen-aeroe-aa"


def test_danish_comments(run_hplan: Run, repo: Path) -> None:
    result = run_hplan("new", "plans/solby.yaml", *OPTIONS, "--lang", "da", "--id", "solby")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        "skrev plans/solby.yaml med indsatsområderne Beskæftigelse, Kriminalitetsforebyggelse"
    )
    text = (repo / "plans" / "solby.yaml").read_text(encoding="utf-8")
    assert "# Styregruppens årlige evalueringer" in text and "id: solby\n" in text
    assert "The budget" not in text


def test_new_never_overwrites(run_hplan: Run, repo: Path) -> None:
    before = (repo / "plans" / "plan.yaml").read_bytes()
    result = run_hplan("new", "plans/plan.yaml", *OPTIONS)
    assert result.exit_code == 2
    assert "plans/plan.yaml: exists; hplan new never overwrites a file" in result.stderr
    assert (repo / "plans" / "plan.yaml").read_bytes() == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("--name", None), "--name: needed with --no-input"),
        (("--party", "Solby Kommune=municipality"), "a municipality and at least one housing organisation"),
        (("--party", "Solby Kommune"), "write NAME=KIND"),
        (("--focus-area", "tryghed-og-trivsel"), "the profile has no focus area 'tryghed-og-trivsel'"),
        (("--start", "2021-02-30"), "is not a day of the calendar"),
    ],
)
def test_refusals(run_hplan: Run, repo: Path, change: tuple[str, str | None], message: str) -> None:
    option, value = change
    args = list(OPTIONS)
    index = args.index(option)
    if value is None:
        del args[index : index + 2]
    else:
        if option in ("--party", "--focus-area"):  # replace every occurrence with one
            while option in args:
                at = args.index(option)
                del args[at : at + 2]
            args += [option, value]
        else:
            args[index + 1] = value
    result = run_hplan("new", *args, "--profile", "lbf-2019-26")
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert sorted(p.name for p in (repo / "plans").iterdir()) == ["plan.yaml"]


def test_an_unknown_profile_has_a_suggestion(run_hplan: Run, repo: Path) -> None:
    result = run_hplan("new", *OPTIONS, "--profile", "lbf-2019-25")
    assert result.exit_code == 2
    assert "'lbf-2019-25' is not a built-in profile; did you mean 'lbf-2019-26'?" in result.stderr


def test_prompts_ask_for_what_is_missing(repo: Path) -> None:
    answers = "\n".join(
        [
            "",
            "Solby",
            "Solby Syd",
            "2022-01-01",
            "beskaeftigelse, Kriminalitetsforebyggelse",
            "Solby Bolig",
            "housing_organisation",
            "Solby Kommune",
            "kommune",
            "",
            "1000000",
            "",
        ]
    )
    result = CliRunner().invoke(app, ["new", "plans/solby.yaml"], input=answers, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "The plan's name" in result.output and "Kind of 'Solby Bolig'" in result.output
    plan = load_file(repo / "plans" / "solby.yaml").data
    assert isinstance(plan, dict)
    assert plan["profile"] == "lbf-2019-26" and plan["period"]["end"].isoformat() == "2025-12-31"
    assert [area["id"] for area in plan["focus_areas"]] == ["beskaeftigelse", "kriminalitetsforebyggelse"]


def test_profiles(run_hplan: Run) -> None:
    result = run_hplan("profiles")
    assert result.exit_code == 0
    assert "lbf-2019-26: Landsbyggefonden, boligsociale midler 2019-2026\n" in result.stdout
    assert "  local co-financing at least 25%; a plan runs 4 years\n" in result.stdout
    assert "    sammenhaengskraft-og-medborgerskab       Sammenhængskraft og medborgerskab\n" in result.stdout
    danish = run_hplan("profiles", "--lang", "da").stdout
    assert "  lokal medfinansiering mindst 25 %; planperioden er 4 år\n" in danish
