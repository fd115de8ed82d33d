"""hplan.parallel: the same results as a plain loop, in order, and the parent's work in between."""

from __future__ import annotations

import gc
import os

import pytest

from hplan.parallel import PARALLEL_MIN_ITEMS, map_items


def square_and_pid(item: int) -> tuple[int, int]:
    return item * item, os.getpid()


@pytest.mark.parametrize("count", [0, 3, PARALLEL_MIN_ITEMS, 200])
def test_results_in_order_and_meanwhile_runs_once(count: int) -> None:
    calls: list[int] = []
    results = map_items(square_and_pid, range(count), jobs=2, meanwhile=lambda: calls.append(os.getpid()))
    assert [value for value, _ in results] == [i * i for i in range(count)]
    assert calls == [os.getpid()]


def test_many_items_go_to_worker_processes_and_the_collector_is_restored() -> None:
    threshold = gc.get_threshold()
    results = map_items(square_and_pid, range(200), jobs=2)
    assert {pid for _, pid in results} - {os.getpid()}  # the work ran elsewhere
    assert gc.get_threshold() == threshold
    assert gc.get_freeze_count() == 0


PREPARED: list[str] = []


def test_meanwhile_runs_after_the_fork() -> None:
    # What the parent does meanwhile is not inherited by the forked workers.
    try:
        results = map_items(_sees_prepared, range(100), jobs=2, meanwhile=lambda: PREPARED.append("done"))
        assert PREPARED == ["done"]
        assert not any(seen for seen, pid in results if pid != os.getpid())
    finally:
        PREPARED.clear()


def _sees_prepared(item: int) -> tuple[bool, int]:
    return bool(PREPARED), os.getpid()
