"""No exception escapes the core of any command, on plans varied and damaged at random.

The documents come from ``plans.py``: the base plan varied within the
model's shape, then damaged (keys dropped, renamed, values of another type,
lists emptied, items doubled). Each is written as YAML and goes through the
cores the commands call - ``check_document`` (validate), ``status_file``
(status), ``diff_files`` and ``diff_plans`` (diff), ``yearly_report`` (report)
- and through their reporters. The only exception allowed is an
``HplanError`` (exit 2: "hplan could not do its job", e.g. a report for a
year the plan records nothing for), and its message must be one line of
text. Valid plans must come out of every core as plans.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings

from hostile.plans import BASE, dump, mutated_plans, valid_plans
from hplan.check.context import Options
from hplan.check.pipeline import check_document
from hplan.diff.compare import diff_plans
from hplan.diff.sources import diff_files
from hplan.errors import HplanError
from hplan.model.plan import Plan
from hplan.status.options import StatusOptions
from hplan.status.run import combine_status, status_file
from hplan.views.diff.json import render_json as render_diff_json
from hplan.views.diff.markdown import render_markdown as render_diff_markdown
from hplan.views.diff.text import render_text as render_diff_text
from hplan.views.status.json import to_json as status_json
from hplan.views.status.markdown import render_markdown as status_markdown
from hplan.views.status.text import render_text as status_text
from hplan.views.yearly import render as yearly_views
from hplan.yamlio.loader import load_text
from hplan.yearly.model import UnreadablePlan, YearlyReport
from hplan.yearly.report import ReportOptions, yearly_report

AS_OF = dt.date(2018, 6, 1)
STATUS = StatusOptions(as_of=AS_OF)
REPORT = ReportOptions(year=2017, as_of=dt.date(2017, 12, 31))
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def tiny_span(direction: str, baseline: float, target: float) -> dict[str, Any]:
    """The base plan with a criterion whose baseline and target are (nearly) equal, near 0; its measurement is 23.1."""
    plan = copy.deepcopy(BASE)
    criterion = plan["focus_areas"][0]["success_criteria"][0]
    criterion["direction"] = direction
    criterion["baseline"]["value"], criterion["target"]["value"] = baseline, target
    return plan


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where each example's files are written (one folder, overwritten by every example)."""
    path = tmp_path_factory.mktemp("fuzz")
    (path / "base.yaml").write_text(dump(BASE), encoding="utf-8")
    return path


def assert_figures(view: str) -> None:
    """No view shows a share that is no number (``+inf%``, ``nan %``)."""
    assert not re.search(r"[+-]?\b(inf|nan)\s?%", view), view


def every_command(folder: Path, text: str) -> dict[str, Any]:
    """Run every command's core and reporters on ``text``; what each returned (or the HplanError it raised)."""
    path = folder / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    found: dict[str, Any] = {}

    found["validate"] = check_document(load_text(text, "plan.yaml"), Options(as_of=AS_OF), path)

    status = combine_status([status_file(path, "plan.yaml", STATUS)], STATUS)
    assert_figures(status_text(status, width=100))
    assert_figures(status_markdown(status))
    json.dumps(status_json(status))
    found["status"] = status

    for old, new in ((folder / "base.yaml", path), (path, folder / "base.yaml")):
        try:
            result = diff_files(str(old), str(new))
        except HplanError as exc:
            assert "\n" not in exc.message
            found["diff"] = exc
            continue
        render_diff_text(result)
        render_diff_markdown(result)
        json.loads(render_diff_json(result))
        found["diff"] = result

    try:
        report = yearly_report(path, REPORT)
    except HplanError as exc:
        assert "\n" not in exc.message
        found["report"] = exc
    else:
        if isinstance(report, YearlyReport):
            assert_figures(yearly_views.render_markdown(report, "da"))
            assert_figures(yearly_views.render_markdown(report, "en"))
        found["report"] = report
    return found


def with_spent(amount: int) -> dict[str, Any]:
    plan = copy.deepcopy(BASE)
    plan["budget"]["lines"][0]["spent"] = amount
    return plan


@SETTINGS
@given(mutated_plans())
@example(with_spent(10**400))  # the report divided it by the planned amount: too large for a float
def test_damaged_plans_never_raise(folder: Path, plan: dict[str, Any]) -> None:
    found = every_command(folder, dump(plan))
    errors = [d for d in found["validate"].diagnostics if d.is_error]
    if not errors:
        # Damage the model accepts (a dropped optional key, say) leaves a plan every command reads.
        assert found["status"].plans[0].period is not None
        assert not isinstance(found["report"], UnreadablePlan)


@SETTINGS
@given(valid_plans())
@example(tiny_span("increase", 0.0, 5e-324))  # an infinite share of the way crashed the status view
@example(tiny_span("increase", 0.0, 4e-306))  # a finite one, eight times wider in the bar, too
@example(tiny_span("maintain", 5e-324, 0.0))  # an infinite distance from the baseline read '+inf%'
@example(tiny_span("maintain", 5e-305, 0.0))  # a finite one, a hundred times wider in per cent, too
def test_valid_plans_come_out_of_every_core_as_plans(folder: Path, plan: dict[str, Any]) -> None:
    found = every_command(folder, dump(plan))
    assert not [d for d in found["validate"].diagnostics if d.rule in {"HP003", "HP004", "HP005", "HP011"}]
    assert found["status"].plans[0].id == "solhaven"
    assert not isinstance(found["report"], UnreadablePlan)
    # The engine: a plan against itself has no change; against the base, only what was varied.
    model = Plan.model_validate(plan)
    assert diff_plans(model, model) == []
    assert all(change.path.split(".")[0] in VARIED for change in diff_plans(Plan.model_validate(BASE), model))


# What valid_plans() varies, by top-level key (and 'budget' for the derived budget facts).
VARIED = {
    "name",
    "area",
    "profile",
    "period",
    "budget",
    "focus_areas[uddannelse-og-beskaeftigelse]",
    "focus_areas[tryghed-og-trivsel]",
    "milestones[m-lektiecafe-aaben]",
    "milestones[m-natteravne-fast]",
    "cooperation_agreements",
    "cooperation_agreements[sa-jobcenter]",
    "milestones",
    "evaluations",
    "evaluations[2017]",
    "revisions",
}
