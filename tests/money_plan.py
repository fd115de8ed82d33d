"""A small plan that records money beyond its budget (issue 17), for the status and report tests of it.

The rule tests' base plan with spending per source for 2017, LBF's payments,
a recorded reguleringskonto balance, a reporting list with 2017 submitted and
commitments per party: as of 2019-07-05 the report for 2018 is overdue.
"""

from __future__ import annotations

from pathlib import Path

BASE_PLAN = Path(__file__).resolve().parent / "data" / "base-plan.yaml"

MONEY_KEYS = """
lbf_payments:
  - {date: 2017-02-15, year: 2017, amount: 600000, reference: Udbetaling 2017}
  - {date: 2018-02-15, year: 2018, amount: 200000, reference: Udbetaling 2018}
regulation_account:
  - {year: 2017, balance: 30000}
reporting:
  - {year: 2017, submitted: 2018-06-20, reference: Indberetning 2017}
co_financing:
  - party: testby-kommune
    form: in_kind
    by_year: {2017: 100000, 2018: 80000}
    description: Frikøb af SSP-konsulent
    decision: {body: Byrådet, date: 2016-11-24, reference: Punkt 7}
  - party: testby-bolig
    form: cash
    amount: 110000
"""


def money_plan_text() -> str:
    """The plan's text."""
    text = BASE_PLAN.read_text(encoding="utf-8")
    text = text.replace(
        "      spent: 580000\n", "      spent: {lbf: 430000, testby-kommune: 100000, testby-bolig: 50000}\n"
    )
    text = text.replace(
        "      category: administration\n",
        "      category: administration\n      spent: {lbf: 140000, testby-bolig: 60000}\n",
    )
    return text + MONEY_KEYS
