"""Profiles: one data file per LBF funding round, never ``if`` chains in code.

A profile names the focus areas a plan may choose, the minimum local share,
the usual period length and the approval level of each kind of change. The
built-in ones ship as YAML files in this package; a plan may instead name a
profile file of its own (``profile: ../profiles/min-regel.yaml``, relative to
the plan), and ``--profile-path DIR`` adds folders in which to look for
``NAME.yaml``.
"""

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, ValidationError

from hplan.errors import ProfileError, os_reason
from hplan.i18n.message import Term, msg
from hplan.model.common import Slug, Strict, Text
from hplan.model.criteria import SourceKind
from hplan.model.plan import PartyKind
from hplan.paths import data_path
from hplan.yamlio.loader import load_text

ApprovalLevel = Literal["lbf", "board", "none"]
ChangeKind = Literal["added", "removed", "changed"]
LEVELS: tuple[ApprovalLevel, ...] = ("none", "board", "lbf")
# Who must approve a change to a party's own co-financing, per kind of party: ``party`` is the party itself.
PartyApproval = Literal["party", "board", "lbf", "none"]
PARTY = "party"


def _every_party_approves() -> dict[PartyKind, PartyApproval]:
    return {"municipality": "party", "housing_organisation": "party", "other": "party"}


# Both sign the strategic agreement under every LBF rule set (domain-2.md, C1).
SIGNING_KINDS: tuple[PartyKind, ...] = ("municipality", "housing_organisation")


class ProfileFocusArea(Strict):
    """A focus area the profile allows, with its Danish name."""

    id: Slug
    name: Text


class ApprovalRule(Strict):
    """One classification rule: changes at ``match`` need ``level``."""

    match: Text
    kinds: list[ChangeKind] | None = None
    level: ApprovalLevel
    reason: Text
    also: list[Slug] = Field(
        default_factory=list,
        description="Bodies whose approval the change needs besides the level: lbf, board, steering_group, "
        "a party id, or party (the party the change concerns, as party_kinds says).",
    )
    # The reason in Danish, shown under --lang da; without it the English is shown, marked as such.
    reason_da: Text | None = None


class Approvals(Strict):
    """Ordered approval rules; the first that matches a change decides."""

    default: ApprovalLevel = "board"
    party_kinds: dict[PartyKind, PartyApproval] = Field(
        default_factory=_every_party_approves,
        description="Per kind of party: whose approval a change to that party's co-financing needs.",
    )
    rules: list[ApprovalRule] = Field(default_factory=list)


class Requirement(Strict):
    """Whether a plan must have a governance document, and how a missing one is reported."""

    required: bool = False
    severity: Literal["error", "warning"] = "warning"
    review_months: int = Field(default=12, ge=1, le=120, strict=True, description="Months until the next review.")


def _board_approvals() -> Approvals:
    return Approvals(
        rules=[
            ApprovalRule(match="board", level="board", reason="a board file is added or removed"),
            ApprovalRule(match="plans", level="lbf", reason="the plans a board governs are part of their agreements"),
            ApprovalRule(match="meetings", level="none", reason="recording a board meeting"),
            ApprovalRule(match="revisions", level="none", reason="the approval log itself"),
            ApprovalRule(match="members", level="board", also=[PARTY], reason="the board's members change"),
            ApprovalRule(match="terms_of_reference", level="board", reason="the board's terms of reference change"),
        ]
    )


class LocalContributors(Strict):
    """Which kinds of party must pay something over the period, and how loud a plan without one is (HP607)."""

    kinds: list[PartyKind] = Field(default_factory=list)
    severity: Literal["error", "warning"] = "warning"


MonthDay = Annotated[str, StringConstraints(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")]


class Profile(Strict):
    """A rule set (``kind: profile``)."""

    format: Literal[1]
    kind: Literal["profile"]
    id: Slug
    name: Text
    min_local_share: float = Field(ge=0, le=1)
    period_years: int = Field(ge=1, le=20, strict=True)
    focus_areas: list[ProfileFocusArea] = Field(min_length=1)
    approvals: Approvals = Field(default_factory=Approvals)
    board_approvals: Approvals = Field(
        default_factory=_board_approvals, description="Approval rules for changes to a board file."
    )
    contingency_plan: Requirement = Field(default_factory=Requirement, description="Beredskabsplan.")
    board_terms_of_reference: Requirement = Field(
        default_factory=Requirement, description="Kommissorium for the board."
    )
    # Rules as configurable facts (domain-2.md, section 4); the defaults are those of a profile a user writes.
    required_parties: list[PartyKind] = Field(
        default_factory=lambda: list(SIGNING_KINDS),
        description="Kinds of party that must sign the strategic agreement (HP402, an error).",
    )
    local_contributors: LocalContributors = Field(default_factory=LocalContributors)
    evaluation_due: MonthDay = Field(
        default="03-31", description="MM-DD of the year after: when the evaluation of a year is due (HP601, HP606)."
    )
    lag_months: dict[SourceKind, Annotated[int, Field(ge=0, le=60, strict=True)]] = Field(
        default_factory=dict, description="Months a figure of each data source kind usually arrives after its date."
    )
    agreement_horizon: int = Field(
        default=60, ge=0, le=3650, strict=True, description="Days ahead HP603 warns of an agreement that expires."
    )
    # The yearly report to LBF and its money (docs/money.md): due MM-DD of the next year, how
    # hard an overdue one fails, and the unused share of a closed year's LBF payments that warns.
    lbf_report_due: MonthDay = "06-30"
    lbf_report_overdue_severity: Literal["warning", "error"] = "warning"
    lbf_underspend_warning: float = Field(default=0.15, ge=0, le=1)

    def focus_area_name(self, slug: str) -> str | None:
        """The Danish name of a focus area, or ``None`` if the profile lacks it."""
        for area in self.focus_areas:
            if area.id == slug:
                return area.name
        return None


def builtin_names() -> list[str]:
    """The ids of the profiles that ship with hplan."""
    folder = resources.files(__name__)
    return sorted(p.name[: -len(".yaml")] for p in folder.iterdir() if p.name.endswith(".yaml"))


def is_path_reference(reference: str) -> bool:
    """Whether a plan's ``profile`` value names a file rather than a profile id."""
    return "/" in reference or "\\" in reference or reference.endswith((".yaml", ".yml"))


@cache
def _load_profile_text(display: str, text: str) -> Profile:
    doc = load_text(text, display)
    if doc.diagnostics:
        first = doc.diagnostics[0]
        at = {"file": display, "line": first.line, "column": first.column}
        raise ProfileError(msg("err.profile.at", **at, text=first.message))
    try:
        return Profile.model_validate(doc.data)
    except ValidationError as exc:
        # lazy: the shape check imports this module (its Profile model); only a broken profile needs its words
        from hplan.check.shape import explain_error

        err = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in err["loc"])
        danish = explain_error(err, data_path(tuple(err["loc"]), doc.data), Profile, doc.data)
        detail = Term(err["msg"], danish)
        raise ProfileError(msg("err.profile.invalid", file=display, where=where, detail=detail)) from None


def load_profile_file(path: Path) -> Profile:
    """Read a profile file; a broken one is a configuration error (exit 2)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(msg("err.profile.unreadable", file=path, reason=os_reason(exc))) from exc
    return _load_profile_text(str(path), text)


def resolve_profile(reference: str, plan_dir: Path | None, search_path: tuple[Path, ...] = ()) -> Profile | None:
    """The profile a plan names, or ``None`` when no such profile exists.

    A path is taken relative to the plan's folder; a name is looked up in the
    ``search_path`` folders first (so a user may override a built-in), then
    among the built-in profiles.
    """
    if is_path_reference(reference):
        base = plan_dir if plan_dir is not None else Path.cwd()
        path = (base / reference).resolve()
        return load_profile_file(path) if path.is_file() else None
    for folder in search_path:
        for suffix in (".yaml", ".yml"):
            candidate = folder / f"{reference}{suffix}"
            if candidate.is_file():
                return load_profile_file(candidate)
    return builtin(reference)


@cache
def builtin(name: str) -> Profile | None:
    """A built-in profile by id, or ``None``."""
    resource = resources.files(__name__) / f"{name}.yaml"
    if not resource.is_file():
        return None
    return _load_profile_text(f"<built-in {name}>", resource.read_text(encoding="utf-8"))
