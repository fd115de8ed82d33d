"""Success criteria as delaftaler write them: quantitative and qualitative, with sub-targets and assessments.

A quantitative criterion (today's shape, ``kind`` left out) has an
indicator, a unit, a direction, a baseline, a target and measurements; it
may add yearly sub-targets (delmål), leave its baseline pending until
``baseline_due`` ("fastlægges ved første måling") and carry the steering
group's recorded judgements (målopfyldelse). A ``kind: qualitative``
criterion has only text, a data source and its yearly assessments.
Target groups (målgrupper) are defined once per plan and referred to by id;
they name groups, never persons. See domain-2.md, section 1.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Discriminator, Field, Tag

from hplan.model.common import Figure, IsoDate, Slug, Strict, Text, Year

Unit = Literal["percent", "count", "per_1000", "score", "dkk"]
Direction = Literal["increase", "decrease", "maintain"]
SourceKind = Literal[
    "register",
    "resident_data",
    "municipal",
    "police",
    "housing_organisation",
    "survey",
    "activity_records",
    "other",
]
Frequency = Literal["yearly", "half_yearly", "quarterly", "monthly", "once"]
AssessmentStatus = Literal["met", "partly_met", "not_met"]
ASSESSMENT_STATUSES: tuple[AssessmentStatus, ...] = ("met", "partly_met", "not_met")
# Longest data lag accepted: register figures arrive 12-18 months late; five years is a typo.
MAX_LAG_MONTHS = 60


class TargetGroup(Strict):
    """Målgruppe: a group the plan wants to change things for, defined once per plan (never a list of persons)."""

    identity: ClassVar[tuple[str, ...]] = ("id",)

    id: Slug
    name: Text
    age: list[Annotated[int, Field(ge=0, le=130, strict=True)]] | None = Field(
        default=None, min_length=2, max_length=2, description="An age band [from, to], both included."
    )
    description: Text | None = None


class Point(Strict):
    """A value at a date: a baseline or a target."""

    value: Figure
    date: IsoDate


class SubTarget(Strict):
    """Delmål: the value a criterion should have reached by a date (usually the end of a plan year)."""

    identity: ClassVar[tuple[str, ...]] = ("date",)

    date: IsoDate
    value: Figure


class DataSource(Strict):
    """Where a success criterion's measurements come from, and how often."""

    kind: SourceKind
    name: Text
    frequency: Frequency
    lag_months: int | None = Field(
        default=None,
        ge=0,
        le=MAX_LAG_MONTHS,
        strict=True,
        description="How many months after its reference date a figure usually arrives; default from the profile.",
    )


class Measurement(Strict):
    """One measurement of a success criterion."""

    # One measurement a date.
    identity: ClassVar[tuple[str, ...]] = ("date",)

    date: IsoDate = Field(description="The reference date: the day the figure describes, not when it was published.")
    value: Figure
    published: IsoDate | None = Field(default=None, description="When the figure arrived (for information only).")
    note: Text | None = None


class Assessment(Strict):
    """Målopfyldelse as judged: the steering group's judgement of a criterion for one year."""

    # One judgement a year.
    identity: ClassVar[tuple[str, ...]] = ("year",)

    year: Year
    date: IsoDate = Field(description="When the judgement was made.")
    status: AssessmentStatus
    note: Text | None = None


class SuccessCriterion(Strict):
    """Succeskriterium: indicator, baseline (or when it is due), target, sub-targets, data source, measurements."""

    identity: ClassVar[tuple[str, ...]] = ("id",)

    id: Slug
    kind: Literal["quantitative"] = "quantitative"
    text: Text
    indicator: Text
    unit: Unit
    direction: Direction
    target_group: Slug | None = None
    baseline: Point | None = Field(default=None, description="Required unless baseline_due is given.")
    baseline_due: IsoDate | None = Field(default=None, description="A pending baseline: the date it is due by.")
    target: Point
    targets: list[SubTarget] = Field(default_factory=list, description="Sub-targets (delmål), e.g. one a plan year.")
    data_source: DataSource
    measurements: list[Measurement] = Field(default_factory=list)
    assessments: list[Assessment] = Field(default_factory=list)


class QualitativeCriterion(Strict):
    """A criterion judged, not measured: met, partly met or not met, once a year."""

    identity: ClassVar[tuple[str, ...]] = ("id",)

    id: Slug
    kind: Literal["qualitative"]
    text: Text
    target_group: Slug | None = None
    data_source: DataSource
    assessments: list[Assessment] = Field(default_factory=list)


def _criterion_tag(value: Any) -> str:
    kind = value.get("kind") if isinstance(value, dict) else getattr(value, "kind", None)
    return "Qualitative" if kind == "qualitative" else "Quantitative"


Criterion = Annotated[
    Annotated[SuccessCriterion, Tag("Quantitative")] | Annotated[QualitativeCriterion, Tag("Qualitative")],
    Discriminator(_criterion_tag),
]
