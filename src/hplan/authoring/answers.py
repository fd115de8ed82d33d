"""What ``hplan new`` was told, checked and completed: options first, then (unless ``--no-input``) questions.

:func:`gather` reads the options a script gives, asks for each one missing
through the ``ask`` function it is handed (rich's prompt, in ``views/``), or
with ``ask=None`` names every missing option at once. Focus areas are taken
by id or by their name in the profile; party kinds by the format's word or
the Danish one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hplan.authoring.danish_input import parse_amount, parse_date
from hplan.authoring.new import Answers, Party
from hplan.authoring.record import pick
from hplan.errors import UsageError
from hplan.i18n import t
from hplan.i18n.message import msg
from hplan.profiles import Profile, builtin, builtin_names
from hplan.suggest import closest

Ask = Callable[[str, str | None], str]
KIND_WORDS = {
    "kommune": "municipality",
    "boligorganisation": "housing_organisation",
    "boligselskab": "housing_organisation",
    "anden": "other",
    "andet": "other",
}
DEFAULT_PROFILE = "lbf-2019-26"
KINDS = ("housing_organisation", "municipality", "other")


@dataclass(frozen=True)
class Given:
    """The options of ``hplan new`` as typed (``None`` or empty when not given)."""

    name: str | None = None
    area: str | None = None
    profile: str | None = None
    start: str | None = None
    focus_areas: Sequence[str] = ()
    parties: Sequence[str] = ()
    lbf_per_year: str | None = None
    plan_id: str | None = None


def gather(given: Given, ask: Ask | None) -> Answers:
    """The answers: from ``given``, else from ``ask``; with ``ask=None`` a ``UsageError`` names what is missing."""
    if ask is None:
        missing = [
            option
            for option, value in (
                ("--name", given.name),
                ("--area", given.area),
                ("--start", given.start),
                ("--focus-area", given.focus_areas),
                ("--party", given.parties),
                ("--lbf-per-year", given.lbf_per_year),
            )
            if not value
        ]
        if missing:
            raise UsageError(msg("a.new.missing", options=", ".join(missing)))
    asked = ask or _never
    profile = _profile(given.profile or (asked(t("a.ask.profile"), DEFAULT_PROFILE) if ask else DEFAULT_PROFILE))
    name = given.name or asked(t("a.ask.name"), None)
    area = given.area or asked(t("a.ask.area"), None)
    start = parse_date(given.start or asked(t("a.ask.start"), None), "--start")
    areas = list(given.focus_areas) or _split(asked(t("a.ask.focus", choices=_choices(profile)), None))
    parties = [_party(text) for text in given.parties] if given.parties else _ask_parties(asked)
    lbf = parse_amount(given.lbf_per_year or asked(t("a.ask.lbf"), None), "--lbf-per-year")
    return Answers(
        name=name,
        area=area,
        profile=profile,
        parties=_checked_parties(parties),
        start=start,
        focus_areas=tuple(_focus_area(ref, profile) for ref in areas),
        lbf_per_year=lbf,
        plan_id=given.plan_id or "",
    )


def _never(question: str, default: str | None) -> str:  # pragma: no cover - gather checks first
    raise UsageError(question)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _choices(profile: Profile) -> str:
    return ", ".join(area.name for area in profile.focus_areas)


def _profile(reference: str) -> Profile:
    profile = builtin(reference.strip())
    if profile is None:
        hint = closest(reference, builtin_names())
        near = msg("a.did_you_mean", choice=hint) if hint else msg("a.known", ids=", ".join(builtin_names()))
        raise UsageError(msg("a.new.profile", ref=reference, hint=near))
    return profile


def _focus_area(ref: str, profile: Profile) -> str:
    return pick(ref, ((area.id, (area.name,)) for area in profile.focus_areas), "profile_area")


def _party(text: str) -> Party:
    name, separator, kind = text.rpartition("=")
    if not separator or not name.strip():
        raise UsageError(msg("a.new.party", value=text))
    return Party(name.strip(), _kind(name.strip(), kind))


def _kind(name: str, kind: str) -> str:
    word = KIND_WORDS.get(kind.strip().casefold(), kind.strip())
    if word not in KINDS:
        raise UsageError(msg("a.new.kind", name=name, kind=kind))
    return word


def _ask_parties(ask: Ask) -> list[Party]:
    parties: list[Party] = []
    while True:
        name = ask(t("a.ask.party", number=len(parties) + 1), "")
        if not name:
            return parties
        parties.append(Party(name, _kind(name, ask(t("a.ask.kind", name=name), None))))


def _checked_parties(parties: list[Party]) -> tuple[Party, ...]:
    kinds = {party.kind for party in parties}
    if not {"municipality", "housing_organisation"} <= kinds:
        raise UsageError(msg("a.new.parties"))
    return tuple(parties)
