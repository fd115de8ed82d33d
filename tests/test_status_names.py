"""The status views name things and write amounts in the reader's numbers (docs/status.md "Names, not ids").

A steering group reads a criterion's indicator and a milestone's title, not
their ids; the ids stay in JSON and, in parentheses, after a criterion's
name. Amounts are written in full: ``185.000`` in Danish, never ``185k``.
These tests run the shipped plans through the real entry point.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from typer.testing import Result

Run = Callable[..., Result]
PLAN = "plans/oest-i-centrum.yaml"
AS_OF = "2019-06-01"
# "185k", "120k kr": the abbreviation the text view used to write for kroner
THOUSANDS_K = re.compile(r"\b\d+(?:[.,]\d+)?k\b")


def _plan(repo_root: Path, name: str = PLAN) -> dict[str, object]:
    loaded = yaml.safe_load((repo_root / name).read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _criteria(plan: dict[str, object]) -> list[dict[str, object]]:
    areas = plan["focus_areas"]
    assert isinstance(areas, list)
    return [c for area in areas for c in area.get("success_criteria", []) if c.get("kind") != "qualitative"]


def _status(run_hplan: Run, repo_root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(repo_root)
    result = run_hplan("status", PLAN, "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_text_view_names_each_criterion_and_never_folds_a_word(
    run_hplan: Run, repo_root: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    out = _status(run_hplan, repo_root, monkeypatch, "--lang", lang)
    section = out.split("\n\n")[0]  # the panel and the criteria
    words = set(section.split())
    for criterion in _criteria(_plan(repo_root)):
        ident, indicator = str(criterion["id"]), str(criterion["indicator"])
        # Every word of the name is on the screen whole: wrapped at word boundaries, never mid-word.
        assert set(indicator.split()) <= words, indicator
        # The id is there to be found, after the name in parentheses, and is not the row's label.
        assert f"({ident})" in words
        assert not any(line.strip().startswith(ident) for line in section.splitlines()), ident


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_milestones_are_named_by_their_titles(
    run_hplan: Run, repo_root: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    out = _status(run_hplan, repo_root, monkeypatch, "--lang", "da", "--format", fmt)
    shown = out.split("Milepæle")[1].split("Budget")[0]
    milestones = _plan(repo_root)["milestones"]
    assert isinstance(milestones, list)
    overdue = {m["id"]: m["title"] for m in milestones if m["id"] in ("m-virksomhedsnetvaerk", "m-fritidspas-50")}
    assert len(overdue) == 2
    for ident, title in overdue.items():
        assert set(title.split()) <= set(shown.split()), title
        assert f"{ident}:" not in shown  # the old "id: title" label
        # The text view's narrow column has the title alone; markdown adds the id after it.
        assert (f"(`{ident}`)" in shown) == (fmt == "markdown")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_danish_amounts_are_written_in_full_with_danish_separators(
    run_hplan: Run, repo_root: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    out = _status(run_hplan, repo_root, monkeypatch, "--lang", "da", "--format", fmt)
    assert not THOUSANDS_K.search(out), THOUSANDS_K.search(out)
    # kp-haervaerk is measured in kroner: 185,000 -> 162,000, target 120,000
    assert "185.000" in out and "162.000" in out and "120.000 kr." in out
    assert "185,000" not in out and "120.000 kr " not in out.replace("120.000 kr.", "")


def test_english_amounts_are_written_in_full_too(
    run_hplan: Run, repo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _status(run_hplan, repo_root, monkeypatch)
    assert not THOUSANDS_K.search(out), THOUSANDS_K.search(out)
    assert "185,000" in out and "120,000 kr" in out


def test_json_keeps_the_ids(run_hplan: Run, repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads(_status(run_hplan, repo_root, monkeypatch, "--lang", "da", "--format", "json"))
    (plan,) = data["plans"]
    assert [c["id"] for c in plan["criteria"]] == [str(c["id"]) for c in _criteria(_plan(repo_root))]
    assert {m["id"] for m in plan["milestones"]} >= {"m-virksomhedsnetvaerk", "m-fritidspas-50"}
    haervaerk = next(c for c in plan["criteria"] if c["id"] == "kp-haervaerk")
    assert haervaerk["baseline"]["value"] == 185000  # a number, not a formatted string


def test_the_portfolio_names_criteria_and_milestones_needing_attention(
    run_hplan: Run, repo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo_root)
    for lang in ("da", "en"):
        out = run_hplan("status", "plans", "--as-of", AS_OF, "--lang", lang).stdout
        attention = " ".join(out.split("Kræver opmærksomhed" if lang == "da" else "Needs attention")[1].split())
        assert "Andel 3-årige med alderssvarende sprog ved sprogvurderingen" in attention
        assert "Virksomhedsnetværket har mindst ti deltagende virksomheder" in attention
        assert "fo-sprogvurdering" not in attention and "m-virksomhedsnetvaerk" not in attention


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_an_agreement_is_named_by_its_partner_and_subject(
    run_hplan: Run, repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, lang: str
) -> None:
    text = (repo_root / PLAN).read_text(encoding="utf-8")
    ssp = "    signed: 2017-04-01\n    valid_until: 2021-01-31\n"
    subject = "Fælles gadeplansarbejde og koordinering af indsatsen over for unge i risiko"
    assert ssp in text and f"    subject: {subject}\n" in text
    text = text.replace(ssp, "    signed: 2017-04-01\n    valid_until: 2019-06-30\n")
    # written as a block, over two lines: the views put it on one
    first, rest = subject.split(" og ")
    text = text.replace(f"    subject: {subject}\n", f"    subject: |\n      {first} og\n      {rest}\n")
    (tmp_path / "plan.yaml").write_text(text)
    shutil.copy(repo_root / "plans" / "loevvangen.yaml", tmp_path)
    monkeypatch.chdir(tmp_path)
    named = f"SSP Aalborg – {subject}"
    ident = "(`sa-ssp`)" if fmt == "markdown" else "(sa-ssp)"
    one = run_hplan("status", "plan.yaml", "--as-of", AS_OF, "--lang", lang, "--format", fmt)
    assert one.exit_code == 0, one.output
    words = " ".join(one.stdout.split())  # the text view wraps
    assert words.count(named) == 1 and f"{named} {ident}" in words
    # the state once, then when: not "udløber snart: udløber 30.06.2019"
    when = "udløber snart (30.06.2019, om 29 dage)" if lang == "da" else "expiring (2019-06-30, in 29 days)"
    assert f"{named} {ident}: {when}" in words
    assert "sa-ssp (SSP Aalborg)" not in words
    # the block's line breaks are gone, its final one too: the id follows the name on the same line
    assert not any(line.strip().startswith(ident) for line in one.stdout.splitlines())
    # Two plans: the attention list names it by name alone; markdown has each plan's section below it too.
    both = run_hplan("status", "plan.yaml", "loevvangen.yaml", "--as-of", AS_OF, "--lang", lang, "--format", fmt)
    words = " ".join(both.stdout.split())
    sections = 1 if fmt == "markdown" else 0
    assert words.count(named) == 1 + sections and words.count(f"{named} {ident}") == sections
    assert ("samarbejdsaftalen med " if lang == "da" else "the agreement with ") + named in words
