"""``hplan new``: a new plan from a profile, as a skeleton that validates and says what each section is for.

:func:`skeleton` builds the plan's round-trip document from the answers
(:class:`Answers`): the modeline, the profile's chosen focus areas with their
names, one sub-agreement skeleton per area (a purpose, a core challenge and
one success criterion to rewrite), the period from the profile's length, a
budget line per calendar year of the period that meets the profile's minimum
local share, and empty sections for what the year brings (milestones,
evaluations, the approval log) - each with a short comment in the chosen
language. Text to rewrite is marked as such; the plan's real values are the
authors'. :func:`write_plan` checks the text through the validate pipeline and
writes it only where no file is.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hplan.authoring.edit import dump, writer
from hplan.authoring.tree import block_map, block_seq, flow_map
from hplan.check.context import Options
from hplan.check.pipeline import check_document, combine
from hplan.diagnostics import Diagnostic
from hplan.domain.calendar import add_years, plan_year_count
from hplan.errors import HplanError, os_reason
from hplan.fsutil import write_new
from hplan.i18n import language, t
from hplan.i18n.message import msg
from hplan.profiles import Profile
from hplan.schema import schema_name
from hplan.yamlio.loader import load_text

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})


@dataclass(frozen=True)
class Party:
    """A party of the new plan: its name and kind; its id is made from the name."""

    name: str
    kind: str

    @property
    def id(self) -> str:
        """The name as a slug: ``Sundby-Hvorup Boligselskab`` -> ``sundby-hvorup-boligselskab``."""
        return slug(self.name)


@dataclass(frozen=True)
class Answers:
    """Everything ``hplan new`` needs to know."""

    name: str
    area: str
    profile: Profile
    parties: tuple[Party, ...]
    start: dt.date
    focus_areas: tuple[str, ...]
    lbf_per_year: int
    plan_id: str = ""

    @property
    def ident(self) -> str:
        """The plan's id: given, or made from its name."""
        return self.plan_id or slug(self.name)


def slug(text: str) -> str:
    """``text`` as an id: lower case, æ/ø/å as ae/oe/aa, anything else than a-z and 0-9 as one hyphen."""
    ascii_text = text.lower().translate(_ASCII)
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "plan"


def period_end(start: dt.date, years: int) -> dt.date:
    """The last day of a period of ``years`` years from ``start``."""
    return add_years(start, years) - dt.timedelta(days=1)


def skeleton(answers: Answers) -> Any:
    """The new plan's round-trip document."""
    end = period_end(answers.start, answers.profile.period_years)
    parties = answers.parties
    plan = block_map(
        format=1,
        kind="plan",
        id=answers.ident,
        name=answers.name,
        area=answers.area,
        profile=answers.profile.id,
        period=block_map(start=answers.start, end=end),
        parties=block_seq([_party(party) for party in parties]),
        strategic_agreement=block_map(
            purpose=t("a.skel.purpose"),
            signatures=block_seq([flow_map(party=p.id, date=answers.start, role=_signatory(p.kind)) for p in parties]),
        ),
        organisation=_organisation(answers),
        focus_areas=_focus_areas(answers, end),
        cooperation_agreements=block_seq([]),
        milestones=block_seq([]),
        budget=block_map(lines=block_seq(_budget_lines(answers, end))),
        evaluations=block_seq([]),
        revisions=block_seq([]),
    )
    _required_documents(plan, answers)
    # The editor's schema in the plan's language, as hplan init maps plans/**/*.yaml (docs/editor.md).
    modeline = f"yaml-language-server: $schema=../schemas/{schema_name('plan', language())}"
    plan.yaml_set_start_comment(f"{modeline}\n\n{t('a.skel.head', profile=answers.profile.name)}")
    for key in ("period", "parties", "strategic_agreement", "organisation", "focus_areas", "cooperation_agreements"):
        _explain(plan, key)
    for key in ("milestones", "budget", "evaluations", "revisions"):
        _explain(plan, key)
    if "contingency_plan" in plan:
        _explain(plan, "contingency_plan")
    return plan


def _required_documents(plan: Any, answers: Answers) -> None:
    """The board's terms of reference and the contingency plan, where the profile requires them (HP109, HP503)."""
    profile, start = answers.profile, answers.start
    if profile.board_terms_of_reference.required:
        board = plan["organisation"]["board"]
        board["terms_of_reference"] = block_map(
            adopted=start, reference=t("a.skel.terms_reference"), meetings_per_year=2
        )
        board.yaml_set_comment_before_after_key("terms_of_reference", before=t("a.skel.terms_comment"), indent=4)
    if profile.contingency_plan.required:
        situation = block_map(
            situation=t("a.skel.situation"), actions=t("a.skel.actions"), roles=_flow_list(["Projektleder"])
        )
        plan["contingency_plan"] = block_map(
            adopted=start, reference=t("a.skel.contingency_reference"), scenarios=block_seq([situation])
        )


def _explain(plan: Any, key: str) -> None:
    plan.yaml_set_comment_before_after_key(key, before="\n" + t(f"a.skel.{key}"), indent=0)


def _party(party: Party) -> Any:
    entry = block_map(id=party.id, name=party.name, kind=party.kind)
    if party.kind == "housing_organisation":
        entry["departments"] = _flow_list([t("a.skel.department")])
    return entry


def _flow_list(items: list[str]) -> Any:
    seq = block_seq(items)
    seq.fa.set_flow_style()
    return seq


def _signatory(kind: str) -> str:
    return {"municipality": "Rådmand", "housing_organisation": "Direktør"}.get(kind, "Formand")


def _organisation(answers: Answers) -> Any:
    housing = next(p for p in answers.parties if p.kind == "housing_organisation")
    members = [flow_map(role=_signatory(p.kind), organisation=p.name) for p in answers.parties]
    organisation = block_map(
        board=block_map(name=t("a.skel.board", name=answers.name), members=block_seq(members)),
        steering_group=block_map(members=block_seq([flow_map(role="Boligsocial leder", organisation=housing.name)])),
        secretariat=block_map(
            project_leader=flow_map(role="Projektleder", organisation=housing.id), staff=block_seq([])
        ),
        activity_groups=block_seq([]),
    )
    organisation.yaml_set_comment_before_after_key("board", before=t("a.skel.board_comment"), indent=2)
    return organisation


def _focus_areas(answers: Answers, end: dt.date) -> Any:
    areas = block_seq([_focus_area(area, answers.start, end) for area in answers.focus_areas])
    for index, area in enumerate(answers.focus_areas):
        name = answers.profile.focus_area_name(area) or area
        areas.yaml_set_comment_before_after_key(index, before=t("a.skel.area", name=name), indent=2)
    return areas


def _focus_area(area: str, start: dt.date, end: dt.date) -> Any:
    criterion = block_map(
        id=f"{area}-1",
        text=t("a.skel.criterion"),
        indicator=t("a.skel.indicator"),
        unit="percent",
        direction="increase",
        baseline=flow_map(value=0, date=start - dt.timedelta(days=1)),
        target=flow_map(value=1, date=end),
        data_source=block_map(kind="other", name=t("a.skel.source"), frequency="yearly"),
        measurements=block_seq([]),
    )
    criterion.yaml_set_comment_before_after_key("unit", before=t("a.skel.unit"), indent=8)
    return block_map(
        id=area,
        purpose=t("a.skel.area_purpose"),
        core_challenges=block_seq([t("a.skel.challenge")]),
        success_criteria=block_seq([criterion]),
        activities=block_seq([]),
    )


def _budget_lines(answers: Answers, end: dt.date) -> list[Any]:
    """A line per calendar year: its part of LBF's grant and the local share at the minimum, split evenly.

    Whole thousands of kroner (the last year takes what rounding left), the local ones
    rounded up, so that the minimum is met.
    """
    local = [p for p in answers.parties if p.kind != "other"]
    minimum = answers.profile.min_local_share
    days = (end - answers.start).days + 1
    left = answers.lbf_per_year * plan_year_count(answers.start, end)
    lines = []
    for year in range(answers.start.year, end.year + 1):
        first, last = max(answers.start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))
        share = answers.lbf_per_year * plan_year_count(answers.start, end) * ((last - first).days + 1) / days
        lbf = left if year == end.year else int(round(share, -3))
        left -= lbf
        each = math.ceil(lbf * minimum / (1 - minimum) / len(local) / 1000) * 1000 if minimum < 1 else 0
        funding = block_map(lbf=lbf, **{p.id: each for p in local})
        lines.append(block_map(year=year, focus_area="cross_cutting", category="personnel", funding=funding))
    return lines


def render(answers: Answers) -> str:
    """The new plan's text."""
    return dump(writer(""), skeleton(answers))


def check_new(text: str, path: Path, options: Options) -> list[Diagnostic]:
    """The errors the validate pipeline finds in a new plan's text (none, unless hplan has a bug)."""
    doc = load_text(text, str(path))
    result = combine([check_document(doc, options, path)], options)
    return [d for d in result.diagnostics if d.is_error]


def write_plan(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, never over a file that is there (``HplanError``, exit 2)."""
    try:
        written = write_new(path, text)
    except OSError as exc:
        raise HplanError(msg("a.edit.cannot_write", file=path, reason=os_reason(exc))) from exc
    if not written:
        raise HplanError(msg("a.new.exists", file=path))
