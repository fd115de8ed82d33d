"""Words and numbers shared by the text and markdown views of ``hplan diff``.

Values as people read them (amounts with thousands separators, long texts
cut), approval levels and kinds of change in the report's language, and the
summary and revisions-log sentences both views print.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hplan.diff.approvals import covers
from hplan.diff.model import DiffResult, PlanDiff
from hplan.i18n import date, language, number, t, tn
from hplan.profiles import LEVELS
from hplan.views.diff.governance import also_missing, honest_tail, nothing_compared

MAX_VALUE = 160


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def show(value: Any, limit: int = MAX_VALUE) -> str:
    """A value on one line: amounts with thousands separators, mappings as ``key: value``, long text cut."""
    text = _show(value)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        # Years stay as they are; amounts (five digits and more) get separators.
        return number(value) if abs(value) >= 10_000 else str(value)
    if isinstance(value, float) and language() == "da":
        return str(value).replace(".", ",")  # 18,0 as the plan wrote 18.0
    if isinstance(value, str):
        if language() == "da" and _ISO_DATE.fullmatch(value):
            return date(dt.date.fromisoformat(value))
        return " ".join(value.split())
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_nested(item)}" for key, item in value.items())
    if isinstance(value, list):
        return "[" + ", ".join(_nested(item) for item in value) + "]"
    return str(value)


def _nested(value: Any) -> str:
    return "{" + _show(value) + "}" if isinstance(value, dict) else _show(value)


def level_name(level: str) -> str:
    """An approval level as the report names it: ``LBF``, ``board``, ``none``."""
    return t(f"d.level.{level}")


def needed(level: str) -> str:
    """``board approval needed``."""
    return t(f"d.needed.{level}")


def kind_word(kind: str) -> str:
    """A change's kind (added, removed, changed) in the report's language."""
    return t(f"d.kind.{kind}")


def amount(value: int) -> str:
    """Whole kroner with thousands separators."""
    return number(value)


def signed(value: int) -> str:
    """A difference in kroner with its sign (0 without one)."""
    return number(value, "+,") if value else "0"


def percent(share: float | None, decimals: int = 1) -> str:
    """A share as a percentage (one decimal by default), or a dash when there is no budget."""
    return "–" if share is None else f"{number(share * 100, f'.{decimals}f')} %"


def _counts(result: DiffResult) -> str:
    counts = dict.fromkeys(reversed(LEVELS), 0)
    for plan in result.plans:
        for change in plan.changes:
            counts[change.approval] += 1
    return " · ".join(f"{level_name(level)} {count}" for level, count in counts.items() if count)


def compared(result: DiffResult) -> str:
    """``1 plan compared, 16 changes (LBF 1 · board 9 · none 6)``."""
    counts = _counts(result)
    boards = sum(1 for plan in result.plans if plan.document == "board")
    documents = [tn("count.plans", len(result.plans) - boards)] if boards < len(result.plans) else []
    documents.extend([tn("g.count.boards", boards)] if boards else [])
    return t(
        "d.compared",
        plans=f" {t('g.and')} ".join(documents),
        changes=tn("count.changes", result.changes),
        detail=f" ({counts})" if counts else "",
    )


def summary(result: DiffResult) -> str:
    """One line: what changed and the approval it needs; what could not be compared is never "no approval"."""
    if nothing_compared(result):
        return t("g.none_compared")
    if not result.plans:
        return f"{t('d.none_changed')}; {needed('none')}"
    return "; ".join([compared(result), needed(result.approval), *honest_tail(result)])


def recorded_text(plan: PlanDiff) -> str:
    """What the new side's revisions log records, against what the changes need."""
    level = level_name(plan.approval)
    if plan.approval == "none":
        return needed("none")
    if plan.recorded is None:
        if plan.new is None:
            return t("d.recorded.removed", level=level)
        return t("d.recorded.missing", level=level)
    entry = t("d.recorded.entry", level=level_name(plan.recorded))
    if plan.approved:
        return t("d.recorded.enough", entry=entry)
    text = t("d.recorded.enough", entry=entry) if covers(plan.recorded, plan.approval) else None
    text = text or t("d.recorded.too_low", entry=entry, level=level)
    others = also_missing(plan)
    return f"{text}; {others}" if others else text
