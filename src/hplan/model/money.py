"""The plan's money beyond the budget: LBF's payments, the reguleringskonto, the yearly report to LBF, commitments.

Every key here is optional (docs/money.md): a plan that records none of them
is read as before. Amounts are whole kroner. Spending per funding source on a
budget line is ``BudgetLine.spent`` written as a mapping (``model/plan.py``).
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Discriminator, Field, Tag

from hplan.model.common import IsoDate, Kroner, Slug, Strict, Text, Year

CommitmentForm = Literal["cash", "in_kind"]


def _spent_tag(value: Any) -> str:
    return "BySource" if isinstance(value, dict) else "Total"


# A budget line's spending: the total, as format 1 has it, or per funding source.
# Tagged (capitalised, so document paths drop the tag) so that a wrong value
# is one finding about the form it was written in, not one per alternative.
Spent = Annotated[
    Annotated[Kroner, Tag("Total")] | Annotated[dict[str, Kroner], Tag("BySource")],
    Discriminator(_spent_tag),
    Field(description="Spending: the total in whole kroner, or funding source -> amount."),
]


class LbfPayment(Strict):
    """Udbetaling: an amount Landsbyggefonden paid out, for one calendar year of the plan."""

    # Payments are dated; two for one year on one day would be one payment written twice.
    identity: ClassVar[tuple[str, ...]] = ("year", "date")

    date: IsoDate
    year: Year = Field(description="The calendar year the payment belongs to.")
    amount: Kroner
    reference: Text | None = None


class RegulationAccountEntry(Strict):
    """The reguleringskonto's balance at the end of a year, as the accounts state it (it wins over hplan's sum)."""

    identity: ClassVar[tuple[str, ...]] = ("year",)

    year: Year
    balance: Kroner


class ReportingRecord(Strict):
    """The yearly report (indberetning) to Landsbyggefonden for one calendar year."""

    identity: ClassVar[tuple[str, ...]] = ("year",)

    year: Year
    submitted: IsoDate | None = Field(default=None, description="The day it was sent; none while it is not.")
    reference: Text | None = None


class Decision(Strict):
    """The decision that approved a commitment: the body, the day, the reference to the minutes."""

    body: Text = Field(description="E.g. Familie- og Beskæftigelsesudvalget, Organisationsbestyrelsen.")
    date: IsoDate
    reference: Text


class Commitment(Strict):
    """A party's co-financing commitment: cash or in kind, per year or over the period, and its decision."""

    # A party may commit cash and staff time (frikøb) under two decisions.
    identity: ClassVar[tuple[str, ...]] = ("party", "form")

    party: Slug
    form: CommitmentForm = Field(description="cash, or in_kind (e.g. staff time bought out, premises).")
    by_year: dict[Year, Kroner] | None = Field(default=None, description="Calendar year -> amount.")
    amount: Kroner | None = Field(default=None, description="Over the whole period, when not given per year.")
    description: Text | None = None
    decision: Decision | None = None

    @property
    def total(self) -> int:
        """The commitment over the period (rule HP404 holds a commitment to one of ``by_year`` and ``amount``)."""
        return sum(self.by_year.values()) if self.by_year is not None else self.amount or 0
