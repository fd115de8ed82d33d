"""Governance in the diff views: bodies by name, approvals still missing, the honest summary, marked words.

Shared by the text and markdown views of ``hplan diff``: what could not be
compared is said so (never "no approval needed"), the rules' errors of a
compared new version stand below the changes, a party is named by its name,
and a long text shows which of its words changed.
"""

from __future__ import annotations

from collections.abc import Callable

from hplan.diff.model import Change, DiffResult, PlanDiff
from hplan.diff.words import is_long_text, word_diff
from hplan.i18n import t, tn

LEVEL_BODIES = ("lbf", "board")


def body_name(plan: PlanDiff, body: str) -> str:
    """A body that approves, as a person reads it: Landsbyggefonden, the board, a party's name."""
    if body in (*LEVEL_BODIES, "steering_group"):
        return t(f"g.body.{body}")
    return plan.name_of(body)


def also_missing(plan: PlanDiff) -> str | None:
    """The bodies besides LBF and the board that the changes need and no new entry records, in a sentence."""
    others = [body for body in plan.missing if body not in LEVEL_BODIES]
    if not others:
        return None
    return t("g.also_missing", bodies=", ".join(body_name(plan, body) for body in others))


def honest_tail(result: DiffResult) -> list[str]:
    """What the summary must add: files not compared, and rule errors of compared files."""
    parts: list[str] = []
    if result.not_compared and result.plans:
        parts.append(f"{tn('g.not_compared', len(result.not_compared))}, {t('g.not_assessed')}")
    if result.rule_errors:
        parts.append(tn("g.rule_errors", len(result.rule_errors)))
    return parts


def nothing_compared(result: DiffResult) -> bool:
    """Whether files changed but none could be compared: the approval need is unknown, not none."""
    return not result.plans and bool(result.diagnostics or result.not_compared)


def title(plan: PlanDiff) -> str:
    """``aalborg-oest`` for a plan, ``aalborg-oest`` with the word board for a board file."""
    return f"{t('g.board_title')} {plan.id}" if plan.document == "board" else plan.id


def marked(change: Change, removed: Callable[[str], str], added: Callable[[str], str]) -> str | None:
    """A changed long text with its removed and added words marked, or ``None`` for any other change."""
    if change.kind != "changed" or not is_long_text(change.old, change.new):
        return None
    words = []
    for op, text in word_diff(str(change.old), str(change.new)):
        words.append(text if op == "same" else removed(text) if op == "removed" else added(text))
    return " ".join(words)


def text_marks(change: Change) -> str | None:
    """The text view's marks, as git's word diff writes them: ``[-gone-]{+new+}``."""
    return marked(change, lambda words: f"[-{words}-]", lambda words: f"{{+{words}+}}")


def markdown_marks(change: Change) -> str | None:
    """The markdown view's marks: removed words struck through, added words in bold."""
    return marked(change, lambda words: f"~~{words}~~", lambda words: f"**{words}**")
