"""A plan's status crosses from a worker process as plain tuples (hplan.status.compute.plan_to_wire)."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hplan.status.compute import PlanStatus, StatusOptions, plan_from_wire, plan_to_wire, status_paths


def same(a: object, b: object) -> bool:
    """Equal field by field and of the same types; NaN equals NaN (repr shows every type and digit)."""
    return repr(a) == repr(b)


@settings(max_examples=150, deadline=None)
@given(st.from_type(PlanStatus))
def test_any_plan_status_comes_back_as_it_was(plan: PlanStatus) -> None:
    assert same(plan_from_wire(plan_to_wire(plan)), plan)
    back = pickle.loads(pickle.dumps(plan))
    assert same(back, plan)


def test_the_wire_form_is_plain_tuples_numbers_and_strings(repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo_root)
    plan = status_paths([Path("plans/loevvangen.yaml")], StatusOptions(as_of=dt.date(2018, 6, 1))).plans[0]

    def plain(value: object) -> bool:
        if type(value) is tuple:
            return all(map(plain, value))
        return value is None or type(value) in (str, int, float, bool)

    wire = plan_to_wire(plan)
    assert all(plain(part) for part in wire[:-1])  # the validation summary holds the diagnostics as they are
    assert same(plan_from_wire(wire), plan)


@pytest.mark.parametrize("as_of", [dt.date(2017, 1, 1), dt.date(2018, 6, 1), dt.date(2030, 1, 1)])
def test_the_shipped_plans_pickle_back_equal(as_of: dt.date, repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo_root)
    for plan in status_paths([Path("plans")], StatusOptions(as_of=as_of)).plans:
        back = pickle.loads(pickle.dumps(plan))
        assert back == plan
        assert back.budget is not None and plan.budget is not None
        # the current year is the same object as its year, as budget_status makes it
        assert (back.budget.current is None) == (plan.budget.current is None)
        assert back.budget.current is None or any(back.budget.current is year for year in back.budget.years)
