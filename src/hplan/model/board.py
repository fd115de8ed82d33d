"""The ``kind: board`` document: a board shared by several plans, with its terms of reference and meetings.

The terms of reference (kommissorium) and the meetings are optional, and the
same models serve a board written into a plan (``organisation.board``).
"""

from typing import ClassVar, Literal

from pydantic import Field

from hplan.model.common import IsoDate, Member, Slug, Strict, Text
from hplan.model.governance import Revision


class BoardMember(Member):
    """A member of a board: a role and an organisation, optionally the party of the plans it represents."""

    # As for every member: two may hold one role, so a member is its whole value.
    identity: ClassVar[tuple[str, ...]] = ()

    party: Slug | None = Field(default=None, description="The party id of the governed plans the member represents.")


class TermsOfReference(Strict):
    """Kommissorium: the board's purpose, mandate and how often it meets."""

    adopted: IsoDate
    reference: Text
    meetings_per_year: int = Field(ge=1, le=52, strict=True, description="How often the board meets.")
    purpose: Text | None = None
    mandate: Text | None = None
    chair: Text | None = Field(default=None, description="The chair's role, never a name.")
    secretariat: Text | None = None
    decides: list[Text] = Field(default_factory=list, description="The decisions reserved to the board.")


class BoardDecision(Strict):
    """A decision of a board meeting, and the plans it concerns."""

    # Decisions have no name of their own: a decision is its whole value.
    identity: ClassVar[tuple[str, ...]] = ()

    text: Text
    plans: list[Slug] = Field(default_factory=list)
    reference: Text | None = Field(default=None, description="The revision entry's reference the decision approved.")


class BoardMeeting(Strict):
    """A board meeting: its minutes, the plans it concerned, the criteria it followed up and its decisions."""

    # One meeting a day.
    identity: ClassVar[tuple[str, ...]] = ("date",)

    date: IsoDate
    reference: Text | None = Field(default=None, description="Where the minutes are, e.g. Referat 2018-03-01.")
    plans: list[Slug] = Field(default_factory=list, description="The plans it concerned; all the board's by default.")
    items: list[Text] = Field(default_factory=list, description="The agenda items.")
    followed_up: list[Slug] = Field(default_factory=list, description="Ids of the success criteria it followed up.")
    decisions: list[BoardDecision] = Field(default_factory=list)


class Board(Strict):
    """A strategic board (bestyrelse) shared by several plans, file format 1."""

    format: Literal[1]
    kind: Literal["board"]
    id: Slug
    name: Text
    plans: list[Slug] = Field(description="Ids of the plans this board governs.")
    members: list[BoardMember] = Field(min_length=1)
    terms_of_reference: TermsOfReference | None = None
    meetings: list[BoardMeeting] = Field(default_factory=list)
    revisions: list[Revision] = Field(default_factory=list, description="Approvals of changes to the board itself.")
