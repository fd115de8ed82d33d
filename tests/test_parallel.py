"""hplan.parallel: the same results as a plain loop, in order; many items in worker processes, few in this one."""

from __future__ import annotations

import os

import pytest

from hplan.parallel import PARALLEL_MIN_ITEMS, map_items


def square_and_pid(item: int) -> tuple[int, int]:
    return item * item, os.getpid()


@pytest.mark.parametrize("count", [0, 3, PARALLEL_MIN_ITEMS, 200])
def test_results_in_order(count: int) -> None:
    results = map_items(square_and_pid, range(count), jobs=2)
    assert [value for value, _ in results] == [i * i for i in range(count)]


def test_many_items_go_to_worker_processes() -> None:
    results = map_items(square_and_pid, range(200), jobs=2)
    assert {pid for _, pid in results} - {os.getpid()}  # the work ran elsewhere


@pytest.mark.parametrize(("count", "jobs"), [(PARALLEL_MIN_ITEMS - 1, 2), (200, 1)])
def test_few_items_or_one_job_stay_in_this_process(count: int, jobs: int) -> None:
    results = map_items(square_and_pid, range(count), jobs=jobs)
    assert {pid for _, pid in results} == {os.getpid()}
