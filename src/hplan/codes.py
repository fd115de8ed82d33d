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
# the editor: the schema it uses, and numbers it reads as the checks do
SCHEMA_MODELINE: Final = "HP020"
NUMBER_NOTATION: Final = "HP021"
# ids and references
DUPLICATE_ID: Final = "HP101"
DUPLICATE_DOCUMENT_ID: Final = "HP102"
UNKNOWN_FOCUS_AREA: Final = "HP103"
UNKNOWN_ACTIVITY: Final = "HP104"
UNKNOWN_PARTY: Final = "HP105"
BOARD_REFERENCE: Final = "HP106"
BOARD_PLANS: Final = "HP107"
BOARD_PLAN_EXISTS: Final = "HP108"
BOARD_TERMS_OF_REFERENCE: Final = "HP109"
BOARD_PARTY_MISSING: Final = "HP110"
BOARD_MEETING_OVERDUE: Final = "HP111"
CRITERIA_NOT_FOLLOWED_UP: Final = "HP112"
BOARD_MEETING_PLAN: Final = "HP113"
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
BASELINE_MISSING: Final = "HP306"
SUB_TARGET_DIRECTION: Final = "HP307"
UNKNOWN_TARGET_GROUP: Final = "HP308"
# budget
LOCAL_SHARE: Final = "HP401"
LOCAL_CONTRIBUTORS: Final = "HP402"
OVERSPENT: Final = "HP403"
# money: commitments, spending per source, LBF's payments (docs/money.md)
COMMITMENT_AMOUNT: Final = "HP404"
COMMITMENT_PARTY: Final = "HP405"
COMMITMENT_EXCEEDED: Final = "HP406"
COMMITMENT_UNMET: Final = "HP407"
SPENT_SOURCE_UNFUNDED: Final = "HP408"
LBF_UNUSED: Final = "HP409"
PAYMENT_OUTSIDE_PERIOD: Final = "HP410"
# organisation
MISSING_SIGNATURE: Final = "HP501"
MILESTONE_COMPLETION: Final = "HP502"
CONTINGENCY_PLAN_MISSING: Final = "HP503"
CONTINGENCY_PLAN_REVIEW: Final = "HP504"
APPROVAL_BODY: Final = "HP505"
# governance and follow-up
EVALUATION_MISSING: Final = "HP601"
MILESTONE_OVERDUE: Final = "HP602"
AGREEMENT_ENDS_EARLY: Final = "HP603"
BASELINE_OVERDUE: Final = "HP604"
MEASUREMENT_IN_FUTURE: Final = "HP605"
ASSESSMENT_MISSING: Final = "HP606"
LOCAL_CONTRIBUTION_MISSING: Final = "HP607"
# the yearly report to LBF (docs/money.md)
LBF_REPORT_OVERDUE: Final = "HP630"
SPENDING_UNREPORTED: Final = "HP631"
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
    SCHEMA_MODELINE: "schema-modeline",
    NUMBER_NOTATION: "number-notation",
    DUPLICATE_ID: "duplicate-id",
    DUPLICATE_DOCUMENT_ID: "duplicate-document-id",
    UNKNOWN_FOCUS_AREA: "unknown-focus-area",
    UNKNOWN_ACTIVITY: "unknown-activity",
    UNKNOWN_PARTY: "unknown-party",
    BOARD_REFERENCE: "board-reference",
    BOARD_PLANS: "board-plans",
    BOARD_PLAN_EXISTS: "board-plan-exists",
    BOARD_TERMS_OF_REFERENCE: "board-terms-of-reference",
    BOARD_PARTY_MISSING: "board-party-missing",
    BOARD_MEETING_OVERDUE: "board-meeting-overdue",
    CRITERIA_NOT_FOLLOWED_UP: "criteria-not-followed-up",
    BOARD_MEETING_PLAN: "board-meeting-plan",
    PERIOD_ORDER: "period-order",
    PERIOD_LENGTH: "period-length",
    OUTSIDE_PERIOD: "outside-period",
    BUDGET_YEAR_OUTSIDE_PERIOD: "budget-year-outside-period",
    UNKNOWN_PROFILE: "unknown-profile",
    FOCUS_AREA_NOT_IN_PROFILE: "focus-area-not-in-profile",
    FOCUS_AREA_WITHOUT_CRITERIA: "focus-area-without-criteria",
    TARGET_DIRECTION: "target-direction",
    PERCENT_RANGE: "percent-range",
    BASELINE_MISSING: "baseline-missing",
    SUB_TARGET_DIRECTION: "sub-target-direction",
    UNKNOWN_TARGET_GROUP: "unknown-target-group",
    LOCAL_SHARE: "local-share",
    LOCAL_CONTRIBUTORS: "local-contributors",
    OVERSPENT: "overspent",
    COMMITMENT_AMOUNT: "commitment-amount",
    COMMITMENT_PARTY: "commitment-party",
    COMMITMENT_EXCEEDED: "commitment-exceeded",
    COMMITMENT_UNMET: "commitment-unmet",
    SPENT_SOURCE_UNFUNDED: "spent-source-unfunded",
    LBF_UNUSED: "lbf-unused",
    PAYMENT_OUTSIDE_PERIOD: "payment-outside-period",
    MISSING_SIGNATURE: "missing-signature",
    MILESTONE_COMPLETION: "milestone-completion",
    CONTINGENCY_PLAN_MISSING: "contingency-plan-missing",
    CONTINGENCY_PLAN_REVIEW: "contingency-plan-review",
    APPROVAL_BODY: "approval-body",
    EVALUATION_MISSING: "evaluation-missing",
    MILESTONE_OVERDUE: "milestone-overdue",
    AGREEMENT_ENDS_EARLY: "agreement-ends-early",
    BASELINE_OVERDUE: "baseline-overdue",
    MEASUREMENT_IN_FUTURE: "measurement-in-future",
    ASSESSMENT_MISSING: "assessment-missing",
    LOCAL_CONTRIBUTION_MISSING: "local-contribution-missing",
    LBF_REPORT_OVERDUE: "lbf-report-overdue",
    SPENDING_UNREPORTED: "spending-unreported",
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
