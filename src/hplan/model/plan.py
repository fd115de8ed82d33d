"""The ``kind: plan`` document: one boligsocial helhedsplan, as in ``plan-format.md``."""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Discriminator, Field, StringConstraints, Tag

from hplan.model.board import BoardMeeting, TermsOfReference
from hplan.model.common import IsoDate, Kroner, Member, Slug, Strict, Text, Year
from hplan.model.criteria import Criterion, TargetGroup
from hplan.model.governance import ContingencyPlan, Revision
from hplan.model.money import Commitment, LbfPayment, RegulationAccountEntry, ReportingRecord, Spent

PartyKind = Literal["housing_organisation", "municipality", "other"]
MilestoneStatus = Literal["planned", "done", "delayed", "cancelled"]
Category = Literal["personnel", "activities", "administration", "evaluation", "premises", "other"]

CROSS_CUTTING = "cross_cutting"
BudgetArea = Annotated[
    str,
    StringConstraints(pattern=r"^(cross_cutting|[a-z0-9-]+)$"),
    Field(description="A focus area id of the plan, or cross_cutting (e.g. the secretariat)."),
]


class Period(Strict):
    """The plan's period; normally four years, the start date is free."""

    start: IsoDate
    end: IsoDate


class Party(Strict):
    """A party that signs the strategic agreement."""

    identity: ClassVar[tuple[str, ...]] = ("id",)

    id: Slug
    name: Text
    kind: PartyKind
    departments: list[Text] = Field(default_factory=list, description="Housing departments (afdelinger).")


class Signature(Strict):
    """One party's signature of the strategic agreement."""

    # Each party signs once.
    identity: ClassVar[tuple[str, ...]] = ("party",)

    party: Slug
    date: IsoDate
    role: Text


class StrategicAgreement(Strict):
    """Strategisk samarbejdsaftale: any change to it needs LBF's approval."""

    purpose: Text
    signatures: list[Signature]
    lbf_approved: IsoDate | None = None


class InlineBoard(Strict):
    """A board written into the plan itself, when no other plan shares it."""

    name: Text
    members: list[Member] = Field(min_length=1)
    terms_of_reference: TermsOfReference | None = None
    meetings: list[BoardMeeting] = Field(default_factory=list)


class SteeringGroup(Strict):
    """Styregruppe: the local steering group."""

    members: list[Member] = Field(min_length=1)


class Staff(Strict):
    """A post in the project secretariat."""

    # Posts have no name of their own; two may share a role.
    identity: ClassVar[tuple[str, ...]] = ()

    role: Text
    fte: float = Field(gt=0, le=10, description="Full-time equivalents.")
    organisation: Text | None = None
    focus_areas: list[Slug] = Field(default_factory=list)


class Secretariat(Strict):
    """Projektsekretariat: the project leader and staff."""

    project_leader: Member
    staff: list[Staff] = Field(default_factory=list)


class ActivityGroup(Strict):
    """An activity group or professional network of local partners."""

    identity: ClassVar[tuple[str, ...]] = ("id",)

    id: Slug
    name: Text
    focus_areas: list[Slug] = Field(default_factory=list)
    partners: list[Text] = Field(default_factory=list)


def _board_tag(value: Any) -> str:
    return "InlineBoard" if isinstance(value, dict | InlineBoard) else "Path"


BoardRef = Annotated[
    Annotated[Text, Tag("Path")] | Annotated[InlineBoard, Tag("InlineBoard")],
    Discriminator(_board_tag),
]


class Organisation(Strict):
    """Board, steering group, secretariat and activity groups."""

    board: BoardRef = Field(description="A path (relative to this file) to a kind: board document, or an inline board.")
    steering_group: SteeringGroup
    secretariat: Secretariat
    activity_groups: list[ActivityGroup] = Field(default_factory=list)


class Activity(Strict):
    """An activity under a focus area."""

    identity: ClassVar[tuple[str, ...]] = ("id",)

    id: Slug
    name: Text
    description: Text | None = None
    partners: list[Text] = Field(default_factory=list)
    start: IsoDate | None = None
    end: IsoDate | None = None
    target_groups: list[Slug] = Field(default_factory=list)


class FocusArea(Strict):
    """Indsatsområde with its delaftale: purpose, challenges, criteria, activities."""

    identity: ClassVar[tuple[str, ...]] = ("id",)

    id: Slug
    purpose: Text
    core_challenges: list[Text] = Field(default_factory=list)
    target_groups: list[Slug] = Field(default_factory=list)
    success_criteria: list[Criterion] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)


class CooperationAgreement(Strict):
    """Samarbejdsaftale with a local partner."""

    identity: ClassVar[tuple[str, ...]] = ("id",)

    id: Slug
    partner: Text
    subject: Text
    focus_areas: list[Slug] = Field(default_factory=list)
    signed: IsoDate | None = None
    valid_until: IsoDate | None = None
    renewal: Literal["annual"] | None = Field(default=None, description="annual: renewed each year.")
    renews: Slug | None = Field(default=None, description="The id of the agreement this one succeeds.")


class Milestone(Strict):
    """A milestone of the milepælsplan."""

    identity: ClassVar[tuple[str, ...]] = ("id",)

    id: Slug
    title: Text
    due: IsoDate
    focus_area: Slug | None = None
    activity: Slug | None = None
    status: MilestoneStatus = "planned"
    completed: IsoDate | None = None


class BudgetLine(Strict):
    """Planned funding for one year, focus area (or cross_cutting) and category."""

    # What a line funds, not what it costs, is the line.
    identity: ClassVar[tuple[str, ...]] = ("year", "focus_area", "category")

    year: Year
    focus_area: BudgetArea
    category: Category
    funding: dict[str, Kroner] = Field(description="Source (lbf, a party id, or other) -> amount in DKK.")
    spent: Spent | None = None

    @property
    def planned(self) -> int:
        """All sources together."""
        return sum(self.funding.values())


class Budget(Strict):
    """The plan's budget in whole kroner per calendar year."""

    lines: list[BudgetLine] = Field(default_factory=list)


class Evaluation(Strict):
    """The steering group's yearly evaluation."""

    # One evaluation a year.
    identity: ClassVar[tuple[str, ...]] = ("year",)

    year: Year
    date: IsoDate
    summary: Text
    decisions: list[Text] = Field(default_factory=list)


class Plan(Strict):
    """A boligsocial helhedsplan (``kind: plan``), file format 1."""

    format: Literal[1]
    kind: Literal["plan"]
    id: Slug
    name: Text
    area: Text
    profile: Text = Field(description="Rule set: lbf-2015-18, lbf-2019-26, or a path to a profile file.")
    period: Period
    parties: list[Party] = Field(min_length=1)
    strategic_agreement: StrategicAgreement
    organisation: Organisation
    target_groups: list[TargetGroup] = Field(default_factory=list)
    focus_areas: list[FocusArea] = Field(min_length=1)
    cooperation_agreements: list[CooperationAgreement] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
    budget: Budget
    evaluations: list[Evaluation] = Field(default_factory=list)
    revisions: list[Revision] = Field(default_factory=list)
    contingency_plan: ContingencyPlan | None = None
    lbf_payments: list[LbfPayment] = Field(default_factory=list)
    regulation_account: list[RegulationAccountEntry] = Field(default_factory=list)
    reporting: list[ReportingRecord] | None = Field(default=None, description="The yearly reports to LBF.")
    co_financing: list[Commitment] = Field(default_factory=list, description="Each party's commitment.")
