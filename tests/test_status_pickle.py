"""A plan's status crosses from a worker process by pickle, as it is, and comes back equal, of the same types."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hplan.status.model import PlanStatus
from hplan.status.options import StatusOptions
from hplan.status.run import status_paths


def same(a: object, b: object) -> bool:
    """Equal field by field and of the same types; NaN equals NaN (repr shows every type and digit)."""
    return repr(a) == repr(b)


@settings(max_examples=150, deadline=None)
@given(st.from_type(PlanStatus))
def test_any_plan_status_comes_back_as_it_was(plan: PlanStatus) -> None:
    back = pickle.loads(pickle.dumps(plan))
    assert same(back, plan)


@pytest.mark.parametrize("as_of", [dt.date(2017, 1, 1), dt.date(2018, 6, 1), dt.date(2030, 1, 1)])
def test_the_shipped_plans_pickle_back_equal(as_of: dt.date, repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo_root)
    plans = status_paths([Path("plans")], StatusOptions(as_of=as_of)).plans
    assert plans
    for plan in plans:
        back = pickle.loads(pickle.dumps(plan))
        assert same(back, plan)
        assert back.budget is not None and plan.budget is not None
        # the current year is the same object as its year, as budget_status makes it
        assert (back.budget.current is None) == (plan.budget.current is None)
        assert back.budget.current is None or any(back.budget.current is year for year in back.budget.years)
