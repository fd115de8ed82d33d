"""Work over many files in forked worker processes, one shared recipe.

Validate, status and diff each check files independently. Below
:data:`PARALLEL_MIN_ITEMS` items a pool costs more than it saves; above it,
workers are forked after the models and rules are imported, so they start
warm, and each sends back only its small, picklable result.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

PARALLEL_MIN_ITEMS = 24


def available_cpus() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def map_items(work: Callable[[Item], Result], items: Sequence[Item], jobs: int | None = None) -> list[Result]:
    """``[work(item) for item in items]``, over ``jobs`` processes when there are many items.

    ``work`` must be a module-level function (it is pickled by name).
    """
    workers = min(jobs or available_cpus(), max(1, len(items) // 8))
    if workers <= 1 or len(items) < PARALLEL_MIN_ITEMS:
        return [work(item) for item in items]
    # lazy: multiprocessing is imported only when a pool is worth starting.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else methods[0])
    chunk = max(1, min(64, len(items) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(work, items, chunksize=chunk))
