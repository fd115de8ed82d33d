"""The field's Danish terms, written once (spec/danish.md, section 2): the catalogue and the views use these.

A plan's YAML keeps English keys and enum values; wherever a Danish reader
sees one of them, it is shown with the term from here. :func:`term` makes a
:class:`~hplan.i18n.message.Term` that reads as the English key in English
output and as the Danish term in Danish output.
"""

from __future__ import annotations

from hplan.i18n.message import Term

# milestones[].status
MILESTONE_STATES: dict[str, str] = {
    "planned": "planlagt",
    "done": "gennemført",
    "delayed": "forsinket",
    "cancelled": "udgået",
}
# success_criteria[].direction, as a verb phrase
DIRECTIONS: dict[str, str] = {"increase": "skal stige", "decrease": "skal falde", "maintain": "skal fastholdes"}
FREQUENCIES: dict[str, str] = {
    "yearly": "årlig",
    "half_yearly": "halvårlig",
    "quarterly": "kvartalsvis",
    "monthly": "månedlig",
    "once": "én gang",
}
DATA_SOURCES: dict[str, str] = {
    "register": "registerdata",
    "resident_data": "LBF's beboerdata",
    "municipal": "kommunale data",
    "police": "politiets data",
    "housing_organisation": "boligorganisationens data",
    "survey": "spørgeskemaundersøgelse",
    "activity_records": "sekretariatets registreringer",
    "other": "anden kilde",
}
# budget.lines[].category: the kind of expense (udgiftsart)
BUDGET_CATEGORIES: dict[str, str] = {
    "personnel": "personale",
    "activities": "aktiviteter",
    "administration": "administration",
    "evaluation": "evaluering",
    "premises": "lokaler",
    "other": "andet",
    "cross_cutting": "Tværgående (sekretariat m.m.)",
}
PARTY_KINDS: dict[str, str] = {
    "municipality": "kommune",
    "housing_organisation": "boligorganisation",
    "other": "anden part",
}
# The funding rounds (profiles) by id: "2015-18-midlerne", as LBF's case officers say it.
PROFILES: dict[str, str] = {"lbf-2015-18": "2015-18-midlerne", "lbf-2019-26": "2019-26-midlerne"}
# funding keys that are not parties
FUNDING_SOURCES: dict[str, str] = {"lbf": "Landsbyggefonden", "other": "anden finansiering"}
# who approves a change (approved_by, --fail-on), in the genitive: "kræver Landsbyggefondens godkendelse"
APPROVERS: dict[str, str] = {"lbf": "Landsbyggefondens", "board": "bestyrelsens", "any": "en"}
# Danish month names, as typed in a date ("1. april 2024"); index 0 is January.
MONTHS: tuple[str, ...] = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)

TABLES: dict[str, dict[str, str]] = {
    "milestone_state": MILESTONE_STATES,
    "direction": DIRECTIONS,
    "frequency": FREQUENCIES,
    "data_source": DATA_SOURCES,
    "budget_category": BUDGET_CATEGORIES,
    "party_kind": PARTY_KINDS,
    "profile": PROFILES,
    "funding_source": FUNDING_SOURCES,
    "approver": APPROVERS,
    "body": {"lbf": "Landsbyggefonden", "board": "bestyrelsen", "steering_group": "styregruppen"},
}


def term(table: str, key: str) -> Term:
    """``key`` (a YAML value) as a term: the key itself in English, the field's word in Danish."""
    return Term(key, TABLES[table].get(key, key))  # an id the glossary does not know is shown as it is
