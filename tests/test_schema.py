"""The committed JSON Schemas: current with the models, and as strict as hplan.

Editors and other tools validate plans with ``schemas/*.schema.json``; the
models are their single source. These tests fail when a model changed and
``hplan schema`` was not run, and check with an independent validator
(check-jsonschema) that the schemas accept the shipped documents and refuse
shape errors that hplan refuses.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
from typer.testing import Result

from hplan.schema import schema_files

Run = Callable[..., Result]

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
PLANS = ROOT / "plans"
GOOD_PLAN = ROOT / "tests" / "data" / "cli" / "good" / "solbakken.yaml"


def check_jsonschema(*args: str | Path) -> tuple[int, dict[str, object]]:
    """Run check-jsonschema with JSON output; (exit code, its report)."""
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--output-format", "json", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.stdout, done.stderr
    return done.returncode, json.loads(done.stdout)


def test_committed_schemas_are_current() -> None:
    expected = schema_files()
    assert {"board.schema.json", "plan.schema.json"} <= set(expected)
    for name, content in expected.items():
        committed = (SCHEMAS / name).read_text(encoding="utf-8")
        assert committed == content, f"schemas/{name} is stale: run 'hplan schema' and commit the result"


def test_schema_check_command_passes_on_the_repository(run_hplan: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run_hplan("schema", "--check")
    assert (result.exit_code, result.stdout) == (0, "schemas: schemas are current\n")


def test_schema_check_finds_stale_and_missing_files(run_hplan: Run, tmp_path: Path) -> None:
    out = tmp_path / "schemas"
    out.mkdir()
    (out / "plan.schema.json").write_text(schema_files()["plan.schema.json"].replace('"plan"', '"plan2"'))
    result = run_hplan("schema", "--check", "--out", str(out))
    assert result.exit_code == 1
    assert sorted(result.stdout.splitlines()) == [
        f"{out / name}: stale or missing; run 'hplan schema' and commit the result" for name in sorted(schema_files())
    ]


def test_schema_writes_the_files_then_nothing(run_hplan: Run, tmp_path: Path) -> None:
    out = tmp_path / "new" / "schemas"
    first = run_hplan("schema", "--out", str(out))
    assert first.exit_code == 0
    assert sorted(first.stdout.splitlines()) == sorted(f"wrote {out / name}" for name in schema_files())
    for name, content in schema_files().items():
        assert (out / name).read_text(encoding="utf-8") == content
    second = run_hplan("schema", "--out", str(out))
    assert (second.exit_code, second.stdout) == (0, "")
    assert run_hplan("schema", "--check", "--out", str(out)).exit_code == 0


def test_schemas_are_valid_json_schemas() -> None:
    code, report = check_jsonschema("--check-metaschema", SCHEMAS / "plan.schema.json", SCHEMAS / "board.schema.json")
    assert (code, report["status"]) == (0, "ok"), report


def test_shipped_plans_pass_the_plan_schema() -> None:
    plans = sorted(PLANS.glob("*.yaml"))
    assert len(plans) == 4
    code, report = check_jsonschema("--schemafile", SCHEMAS / "plan.schema.json", *plans, GOOD_PLAN)
    assert (code, report["status"]) == (0, "ok"), report


def test_shipped_board_passes_the_board_schema() -> None:
    code, report = check_jsonschema(
        "--schemafile", SCHEMAS / "board.schema.json", PLANS / "boards" / "aalborg-oest.yaml"
    )
    assert (code, report["status"]) == (0, "ok"), report


# Each injury is one shape error; hplan and the schema must both refuse it.
SHAPE_ERRORS = {
    "unknown-key": (("        unit: percent\n", "        unit: percent\n        enhed: procent\n"), "HP003"),
    "text-for-number": (("        lbf: 450000\n", '        lbf: "450000"\n'), "HP005"),
    "decimal-kroner": (("        lbf: 450000\n", "        lbf: 450000.5\n"), "HP005"),
    "unknown-enum": (("    kind: municipality\n", "    kind: kommune\n"), "HP005"),
    "bad-id": (("id: solbakken\n", "id: Solbakken Nord\n"), "HP005"),
    "missing-key": (("  purpose: Et trygt boligområde", "  formål: Et trygt boligområde"), "HP004"),
    "list-for-mapping": (("period:\n  start: 2017-01-01\n  end: 2020-12-31\n", "period: [2017, 2020]\n"), "HP005"),
}


def test_shape_errors_fail_hplan_and_the_schema(run_hplan: Run, tmp_path: Path) -> None:
    good = GOOD_PLAN.read_text(encoding="utf-8")
    files = {}
    for name, ((old, new), _) in SHAPE_ERRORS.items():
        assert good.count(old) == 1, name
        files[name] = tmp_path / f"{name}.yaml"
        files[name].write_text(good.replace(old, new), encoding="utf-8")

    code, report = check_jsonschema("--schemafile", SCHEMAS / "plan.schema.json", *files.values())
    assert code == 1
    errors = cast(list[dict[str, object]], report["errors"])
    refused = {Path(str(error["filename"])).stem for error in errors}
    assert refused == set(SHAPE_ERRORS)

    for name, path in files.items():
        result = run_hplan("validate", str(path), "--format", "json", "--as-of", "2018-06-01")
        assert result.exit_code == 1, name
        rules = {item["rule"] for item in json.loads(result.stdout)["diagnostics"]}
        assert SHAPE_ERRORS[name][1] in rules, (name, rules)
