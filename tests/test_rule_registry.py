"""The rule registry: every rule is documented, has the spec's severity, and has cases.

Adding a rule without a passing and a failing case in ``tests/rules/*.yaml``
fails here, as does a case that names a code nobody registered.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from hplan.diagnostics import Severity
from hplan.rules.registry import RULES, Rule, all_rules

CASE_FOLDER = Path(__file__).resolve().parent / "rules"
NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# plan-format.md names these findings warnings; every other rule is an error.
SPEC_WARNINGS = {
    "HP202",  # a period length other than the profile's
    "HP203",  # activities, milestones, measurements, agreements outside the period
    "HP403",  # spent above planned for a year
    "HP601",  # a completed year without an evaluation
    "HP602",  # a milestone past due, not done or cancelled
    "HP603",  # a cooperation agreement expired or expiring without a successor
    # domain-2.md (issue 16) names these warnings: practice, not a requirement.
    "HP307",  # a sub-target that moves against the criterion's direction (a dip may be agreed)
    "HP604",  # a pending baseline past its due date
    "HP605",  # a measurement dated after the as-of date
    "HP606",  # a qualitative criterion without its yearly assessment
    "HP607",  # a kind of party that pays nothing (the profile may make it an error)
    # domain-2.md sections 3 and 4: governance documents are warnings (a profile may raise HP109 and HP503)
    "HP109",  # no terms of reference where the profile requires them
    "HP110",  # a municipality or housing organisation without a board member
    "HP111",  # a board that has not met within its frequency
    "HP112",  # a year without the board's follow-up of the criteria
    "HP503",  # no contingency plan where the profile requires one
    "HP504",  # a contingency plan not reviewed within the profile's interval
    # Issue 17 and domain-2.md section 2 (money) name these warnings; HP404 and HP405 are errors.
    "HP406",  # a party's budget lines above its commitment
    "HP407",  # a party's actual contribution below its commitment
    "HP408",  # spending from a source that does not fund the line
    "HP409",  # LBF money of a closed year unused above the threshold
    "HP410",  # an LBF payment for a year outside the period
    "HP630",  # the yearly report to LBF overdue (the profile may raise it to an error)
    "HP631",  # a finished year's spending not recorded by the report's deadline
    # Issue 6 (suppressions) names these warnings: a suppression problem must not block a plan.
    "HP901",  # a suppression without a reason
    "HP902",  # a suppression that hides nothing
    "HP903",  # a '# hplan:' comment that is not a suppression hplan can read
    # Issue 19 (the editor): a broken modeline costs the editor's checks, not the plan's validity.
    "HP020",  # a modeline naming a missing schema or the wrong kind's
    # Issue 14 (spec/danish.md 4.5): typographic quotes around free text still read; a warning is enough.
    "HP013",  # a name or other free text wrapped in typographic quotes
}
RULE_CODES = [entry.code for entry in all_rules()]


def case_rules() -> tuple[dict[str, int], dict[str, int], set[str]]:
    """(failing cases per code, passing cases per code, every code the case files name)."""
    failing: dict[str, int] = defaultdict(int)
    passing: dict[str, int] = defaultdict(int)
    named: set[str] = set()
    reader = YAML(typ="safe", pure=True)
    for path in sorted(CASE_FOLDER.glob("*.yaml")):
        for case in reader.load(path.read_text(encoding="utf-8")):
            code = case["rule"]
            expected = {item["rule"] for item in case["expect"]}
            named |= expected | {code}
            if code in expected:
                failing[code] += 1
            else:
                passing[code] += 1
    return failing, passing, named


FAILING, PASSING, NAMED = case_rules()


def test_the_documented_rules_are_registered() -> None:
    groups = {"HP0": 11, "HP1": 8, "HP2": 4, "HP3": 5, "HP4": 3, "HP5": 2, "HP6": 3, "HP7": 1}
    documented = {f"{prefix}{n:02d}" for prefix, count in groups.items() for n in range(1, count + 1)}
    assert documented <= set(RULES)
    assert sorted(RULES) == RULE_CODES


@pytest.mark.parametrize("code", RULE_CODES)
def test_rule_is_documented(code: str) -> None:
    entry: Rule = RULES[code]
    assert re.fullmatch(r"HP\d{3}", entry.code)
    assert NAME.match(entry.name), f"{code}: name {entry.name!r} is not kebab-case"
    assert isinstance(entry.severity, Severity)
    assert (entry.check is None) == (entry.scope == "read")
    first = entry.doc.splitlines()[0]
    assert first == entry.summary and first.endswith("."), f"{code}: the docs start with a one-line summary"
    assert 10 <= len(first) <= 100
    assert re.search(r"^Passing:$", entry.doc, re.M), f"{code}: no 'Passing:' example"
    assert re.search(r"^Failing:$", entry.doc, re.M), f"{code}: no 'Failing:' example"
    passing, failing = entry.example("Passing"), entry.example("Failing")
    assert passing and failing and passing != failing


def test_rule_names_are_unique() -> None:
    names = [entry.name for entry in all_rules()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("code", RULE_CODES)
def test_severity_is_the_one_plan_format_md_gives(code: str) -> None:
    expected = Severity.WARNING if code in SPEC_WARNINGS else Severity.ERROR
    assert RULES[code].severity is expected


@pytest.mark.parametrize("code", RULE_CODES)
def test_every_rule_has_a_failing_and_a_passing_case(code: str) -> None:
    assert FAILING[code] >= 1, f"{code} has no failing case in tests/rules/*.yaml"
    assert PASSING[code] >= 1, f"{code} has no passing case in tests/rules/*.yaml"


def test_cases_name_only_registered_rules() -> None:
    assert NAMED - set(RULES) == set()
