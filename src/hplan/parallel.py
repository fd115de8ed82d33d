"""Work over many files in forked worker processes, one shared recipe.

Validate, status and diff each check files independently. Below
:data:`PARALLEL_MIN_ITEMS` items a pool costs more than it saves; above it,
workers are forked after the models and rules are imported, so they start
warm, and each sends back only its small, picklable result.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

PARALLEL_MIN_ITEMS = 24
YOUNG_THRESHOLD = 10_000  # objects allocated (net) between collections of the young generation, while mapping


def available_cpus() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def map_items(
    work: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> list[Result]:
    """``[work(item) for item in items]``, over ``jobs`` processes when there are many items.

    ``work`` must be a module-level function (it is pickled by name).
    ``meanwhile`` runs in this process while the workers work (after the
    fork, so they do not inherit what it does): a caller prepares what it
    needs next there, off the critical path.
    """
    workers = min(jobs or available_cpus(), max(1, len(items) // 8))
    if workers <= 1 or len(items) < PARALLEL_MIN_ITEMS:
        if meanwhile is not None:
            meanwhile()
        return [work(item) for item in items]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else methods[0])
    chunk = max(1, min(64, len(items) // (workers * 4)))
    # What the parent holds (modules, models, rules) is moved out of the
    # collector's sight before the fork: the workers' collections then do not
    # walk it again and again, nor touch (and so copy) its memory pages. And
    # results pile up - a chunk's in a worker, all of them in the parent - in
    # objects that form no cycles: collecting the young generation every 700
    # of them, the default, took 0.19 ms a plan in a status worker and a third
    # of the parent's unpickling, for nothing.
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *threshold[1:])
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            results = pool.map(work, items, chunksize=chunk)  # forks the workers and hands them every chunk
            if meanwhile is not None:
                meanwhile()
            return list(results)
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
