"""``hplan fmt``: one canonical layout, comments kept, the same data, idempotent; ``--check`` writes nothing."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from typer.testing import Result

from hplan.authoring.fmt import canonical
from hplan.yamlio.loader import load_text

Run = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
BASE_PLAN = ROOT / "tests" / "data" / "base-plan.yaml"
SHIPPED = sorted([*(ROOT / "plans").glob("*.yaml"), *(ROOT / "plans" / "boards").glob("*.yaml")])

MESSY = """\
# The plan's own comment
kind: plan
format: 1
id: "solhaven"
name: 'Solhaven'
period: {end: 2020-12-31, start: 2017-01-01}
parties:
- kind: housing_organisation   # who builds
  id: testby-bolig
  name: Testby Boligselskab
milestones:
    -   title: Lektiecaféen er åben
        id: m-lektiecafe
        due: 2017-09-01
budget:
  lines:
  - year: 2017
    funding: {lbf: 450000, testby-bolig: 150000}
    category: personnel
    focus_area: cross_cutting
"""

CANONICAL = """\
# The plan's own comment
format: 1
kind: plan
id: solhaven
name: Solhaven
period:
  start: 2017-01-01
  end: 2020-12-31
parties:
  - id: testby-bolig
    name: Testby Boligselskab
    kind: housing_organisation # who builds
milestones:
  - id: m-lektiecafe
    title: Lektiecaféen er åben
    due: 2017-09-01
budget:
  lines:
    - year: 2017
      focus_area: cross_cutting
      category: personnel
      funding:
        lbf: 450000
        testby-bolig: 150000
"""


def test_the_canonical_layout() -> None:
    assert canonical(MESSY) == CANONICAL
    assert load_text(CANONICAL).data == load_text(MESSY).data


@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.name)
def test_the_shipped_plans_are_formatted(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert canonical(text) == text, f"run: hplan fmt {path.relative_to(ROOT)}"


def test_short_records_are_flow_and_long_ones_block() -> None:
    text = BASE_PLAN.read_text(encoding="utf-8")
    long_note = (
        "Et tal, der kom sent, fordi registret blev lagt om i løbet af året, og som derfor skal læses med forsigtighed"
    )
    blocky = text.replace("- {date: 2017-12-31, value: 23.1}", "- date: 2017-12-31\n            value: 23.1", 1)
    assert canonical(blocky) == text
    long = text.replace("value: 23.1}", f'value: 23.1, note: "{long_note}"}}', 1)
    assert f"          - date: 2017-12-31\n            value: 23.1\n            note: {long_note}\n" in canonical(long)


def _dumped(data: object, mapping: int, offset: int, order: list[str]) -> str:
    yaml = YAML(typ="rt")
    yaml.indent(mapping=mapping, sequence=mapping + offset, offset=offset)
    yaml.width = 4096
    reordered = {key: data[key] for key in order}  # type: ignore[index]
    out = io.StringIO()
    yaml.dump(reordered, out)
    return out.getvalue()


BASE_DATA = YAML(typ="rt").load(BASE_PLAN.read_text(encoding="utf-8"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    mapping=st.sampled_from([2, 3, 4]),
    offset=st.sampled_from([0, 2]),
    order=st.permutations(list(BASE_DATA)),
)
def test_fmt_is_idempotent_and_keeps_the_data(mapping: int, offset: int, order: list[str]) -> None:
    text = _dumped(BASE_DATA, mapping, max(0, min(offset, mapping - 1)), order)
    once = canonical(text)
    assert canonical(once) == once
    assert load_text(once).data == load_text(text).data
    # The layout does not depend on the key order or the indentation the file came with; blank
    # lines stay where the author put them, after the value they follow.
    reference = canonical(_dumped(BASE_DATA, 2, 2, list(BASE_DATA)))
    assert _lines(once) == _lines(reference)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_fmt_check_lists_and_writes_nothing(run_hplan: Run, repo: Path) -> None:
    messy = repo / "plans" / "messy.yaml"
    messy.write_text(MESSY, encoding="utf-8")
    result = run_hplan("fmt", "--check")
    assert (result.exit_code, result.stdout) == (1, "would format plans/messy.yaml\n2 files checked, 1 to format\n")
    assert messy.read_text(encoding="utf-8") == MESSY
    diff = run_hplan("fmt", "--diff", "plans/messy.yaml")
    assert diff.exit_code == 0 and "-kind: plan\n+format: 1\n" not in diff.stdout and "+format: 1\n" in diff.stdout
    assert messy.read_text(encoding="utf-8") == MESSY


def test_fmt_writes_then_has_nothing_to_do(run_hplan: Run, repo: Path) -> None:
    messy = repo / "plans" / "messy.yaml"
    messy.write_text(MESSY, encoding="utf-8")
    result = run_hplan("fmt", "--lang", "da")
    assert (result.exit_code, result.stdout) == (
        0,
        "formaterede plans/messy.yaml\n2 filer kontrolleret, 1 formateret\n",
    )
    assert messy.read_text(encoding="utf-8") == CANONICAL
    again = run_hplan("fmt", "--check")
    assert (again.exit_code, again.stdout) == (0, "2 files checked, 0 to format\n")


def test_fmt_refuses_a_file_that_does_not_parse(run_hplan: Run, repo: Path) -> None:
    broken = repo / "plans" / "broken.yaml"
    broken.write_text("kind: plan\n  id: x\n", encoding="utf-8")
    result = run_hplan("fmt")
    assert result.exit_code == 1
    assert "plans/broken.yaml: not changed: hplan cannot read the plan" in result.stdout
    assert broken.read_text(encoding="utf-8") == "kind: plan\n  id: x\n"


def test_fmt_refuses_a_duplicate_key_ruamel_cannot_keep(run_hplan: Run, repo: Path) -> None:
    plan = repo / "plans" / "plan.yaml"
    text = plan.read_text(encoding="utf-8").replace("area: ", "name: Solhaven Nord\narea: ", 1)
    plan.write_text(text, encoding="utf-8")
    result = run_hplan("fmt")
    assert result.exit_code == 1
    assert result.stdout.startswith("plans/plan.yaml:8:1: error HP002 duplicate key 'name'")
    assert "plans/plan.yaml: not changed: hplan cannot read the plan" in result.stdout
    assert plan.read_text(encoding="utf-8") == text
