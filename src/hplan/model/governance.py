"""Governance records of a plan: the contingency plan and the approval log naming one or more bodies.

An approval log entry (``revisions``) is written in two forms: the format-1
form with one body (``approved_by: board`` and a ``reference``), and the
form with ``approvals``, one entry per body that approved (the board, LBF,
the steering group, or a party by its id: the party's own decision-making
body). Both stay valid; ``bodies`` reads either.
"""

import datetime as dt
from typing import Annotated, ClassVar, Literal, Self

from pydantic import Field, StringConstraints, model_validator

from hplan.i18n.message import msg
from hplan.model.common import IsoDate, Strict, Text

ApprovalBody = Literal["board", "lbf"]
# The bodies that are not a party: any other body of an approval is a party id of the plan.
COMMON_BODIES: tuple[str, ...] = ("lbf", "board", "steering_group")
# A party id is a slug; steering_group is the one body whose name is not.
Body = Annotated[str, StringConstraints(pattern=r"^(steering_group|[a-z0-9-]+)$", min_length=1)]


class Approval(Strict):
    """One body's approval of a revision: which body, when, and where it is minuted."""

    identity: ClassVar[tuple[str, ...]] = ("body",)

    body: Body = Field(description="lbf, board, steering_group, or a party id (that party's own decision-making body).")
    date: IsoDate
    reference: Text


class Revision(Strict):
    """An entry of the approval log of plan revisions."""

    # The log only grows: an entry is its whole value.
    identity: ClassVar[tuple[str, ...]] = ()

    date: IsoDate
    approved_by: ApprovalBody | None = Field(
        default=None, description="The one approving body (format-1 form); optional when approvals is given."
    )
    reference: Text | None = Field(default=None, description="Where the approval is minuted; needed with approved_by.")
    approvals: list[Approval] = Field(default_factory=list, description="Each body that approved the revision.")
    summary: Text

    @model_validator(mode="after")
    def _one_form(self) -> Self:
        if self.approved_by is None and not self.approvals:
            raise ValueError(msg("sh.revision.approver"))
        if self.approved_by is not None and self.reference is None:
            raise ValueError(msg("sh.revision.reference"))
        return self

    def bodies(self, as_of: dt.date | None = None) -> list[str]:
        """Every body this entry records as approving by ``as_of`` (each approval by its own date), in order."""
        found: list[str] = []
        if self.approved_by is not None and (as_of is None or self.date <= as_of):
            found.append(self.approved_by)
        found.extend(a.body for a in self.approvals if as_of is None or a.date <= as_of)
        return list(dict.fromkeys(found))

    @property
    def main_body(self) -> str:
        """The highest body that approved: LBF, else the board, else the first named."""
        bodies = self.bodies()
        return next((body for body in ("lbf", "board") if body in bodies), bodies[0])

    @property
    def main_reference(self) -> str:
        """Where the main body's approval is minuted."""
        if self.reference is not None:
            return self.reference
        return next(a.reference for a in self.approvals if a.body == self.main_body)


class ContingencyScenario(Strict):
    """A situation the contingency plan prepares for: what is done, and by which roles."""

    identity: ClassVar[tuple[str, ...]] = ("situation",)

    situation: Text
    actions: Text
    roles: list[Text] = Field(default_factory=list, description="Roles, never persons' names.")


class ContingencyPlan(Strict):
    """Beredskabsplan: who does what after serious incidents in the area, by role."""

    adopted: IsoDate
    reviewed: IsoDate | None = Field(
        default=None, description="The last review; the next is due the profile's review_months later."
    )
    reference: Text | None = None
    scenarios: list[ContingencyScenario] = Field(default_factory=list)
