"""Rule codes as names: the registry and every place that emits a finding share these constants.

A code is stable (``HP`` and three digits, grouped by what the rule is about);
its readable name is what the configuration and ``# hplan: ignore[...]`` accept
as well. Nothing else in hplan writes a code as a string literal.
"""

from __future__ import annotations

from typing import Final

# reading and shape
YAML_SYNTAX: Final = "HP001"
DUPLICATE_KEY: Final = "HP002"
UNKNOWN_KEY: Final = "HP003"
MISSING_KEY: Final = "HP004"
INVALID_VALUE: Final = "HP005"
ENCODING: Final = "HP006"
EMPTY_FILE: Final = "HP007"
ONE_DOCUMENT: Final = "HP008"
TAG_NOT_ALLOWED: Final = "HP009"
LIMITS: Final = "HP010"
FORMAT_AND_KIND: Final = "HP011"
TYPOGRAPHIC_QUOTES: Final = "HP013"
INVISIBLE_CHARACTER: Final = "HP014"
# ids and references
DUPLICATE_ID: Final = "HP101"
DUPLICATE_DOCUMENT_ID: Final = "HP102"
UNKNOWN_FOCUS_AREA: Final = "HP103"
UNKNOWN_ACTIVITY: Final = "HP104"
UNKNOWN_PARTY: Final = "HP105"
BOARD_REFERENCE: Final = "HP106"
BOARD_PLANS: Final = "HP107"
BOARD_PLAN_EXISTS: Final = "HP108"
# the period
PERIOD_ORDER: Final = "HP201"
PERIOD_LENGTH: Final = "HP202"
OUTSIDE_PERIOD: Final = "HP203"
BUDGET_YEAR_OUTSIDE_PERIOD: Final = "HP204"
# focus areas and criteria
UNKNOWN_PROFILE: Final = "HP301"
FOCUS_AREA_NOT_IN_PROFILE: Final = "HP302"
FOCUS_AREA_WITHOUT_CRITERIA: Final = "HP303"
TARGET_DIRECTION: Final = "HP304"
PERCENT_RANGE: Final = "HP305"
# budget
LOCAL_SHARE: Final = "HP401"
LOCAL_CONTRIBUTORS: Final = "HP402"
OVERSPENT: Final = "HP403"
# organisation
MISSING_SIGNATURE: Final = "HP501"
MILESTONE_COMPLETION: Final = "HP502"
# governance and follow-up
EVALUATION_MISSING: Final = "HP601"
MILESTONE_OVERDUE: Final = "HP602"
AGREEMENT_ENDS_EARLY: Final = "HP603"
# personal data
CPR_NUMBER: Final = "HP701"
# suppressions
SUPPRESSION_WITHOUT_REASON: Final = "HP901"
UNUSED_SUPPRESSION: Final = "HP902"
SUPPRESSION_SYNTAX: Final = "HP903"

NAMES: Final[dict[str, str]] = {
    YAML_SYNTAX: "yaml-syntax",
    DUPLICATE_KEY: "duplicate-key",
    UNKNOWN_KEY: "unknown-key",
    MISSING_KEY: "missing-key",
    INVALID_VALUE: "invalid-value",
    ENCODING: "encoding",
    EMPTY_FILE: "empty-file",
    ONE_DOCUMENT: "one-document",
    TAG_NOT_ALLOWED: "tag-not-allowed",
    LIMITS: "limits",
    FORMAT_AND_KIND: "format-and-kind",
    TYPOGRAPHIC_QUOTES: "typographic-quotes",
    INVISIBLE_CHARACTER: "invisible-character",
    DUPLICATE_ID: "duplicate-id",
    DUPLICATE_DOCUMENT_ID: "duplicate-document-id",
    UNKNOWN_FOCUS_AREA: "unknown-focus-area",
    UNKNOWN_ACTIVITY: "unknown-activity",
    UNKNOWN_PARTY: "unknown-party",
    BOARD_REFERENCE: "board-reference",
    BOARD_PLANS: "board-plans",
    BOARD_PLAN_EXISTS: "board-plan-exists",
    PERIOD_ORDER: "period-order",
    PERIOD_LENGTH: "period-length",
    OUTSIDE_PERIOD: "outside-period",
    BUDGET_YEAR_OUTSIDE_PERIOD: "budget-year-outside-period",
    UNKNOWN_PROFILE: "unknown-profile",
    FOCUS_AREA_NOT_IN_PROFILE: "focus-area-not-in-profile",
    FOCUS_AREA_WITHOUT_CRITERIA: "focus-area-without-criteria",
    TARGET_DIRECTION: "target-direction",
    PERCENT_RANGE: "percent-range",
    LOCAL_SHARE: "local-share",
    LOCAL_CONTRIBUTORS: "local-contributors",
    OVERSPENT: "overspent",
    MISSING_SIGNATURE: "missing-signature",
    MILESTONE_COMPLETION: "milestone-completion",
    EVALUATION_MISSING: "evaluation-missing",
    MILESTONE_OVERDUE: "milestone-overdue",
    AGREEMENT_ENDS_EARLY: "agreement-ends-early",
    CPR_NUMBER: "cpr-number",
    SUPPRESSION_WITHOUT_REASON: "suppression-without-reason",
    UNUSED_SUPPRESSION: "unused-suppression",
    SUPPRESSION_SYNTAX: "suppression-syntax",
}
"""Each code's readable name."""

_BY_WORD: Final[dict[str, str]] = {**{code: code for code in NAMES}, **{name: code for code, name in NAMES.items()}}


def code_for(word: str) -> str | None:
    """The code of a rule named by its code or its name, or ``None``."""
    return _BY_WORD.get(word)
