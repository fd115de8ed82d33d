"""The yearly report's words and number formats in Danish (the default) and English.

The people who read the yearly evaluation are Danish municipal and housing
managers, so the report speaks Danish unless asked otherwise, with the
domain's own terms: indsatsområde, succeskriterium, baseline, mål,
målopfyldelse, milepæl, medfinansiering. Plan content (names, titles,
summaries) is Danish either way; only the report's own words change.

Danish numbers use a decimal comma and a thousands point (``2.405.000 kr.``,
``26,4 %``), Danish dates are ``27.02.2018``; English uses ``2,405,000 kr``,
``26.4%`` and ISO dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Language = Literal["da", "en"]
LANGUAGES: tuple[Language, ...] = ("da", "en")

LABELS: Mapping[Language, Mapping[str, str]] = {
    "da": {
        "title": "Målopfyldelse {year}",
        "subtitle": "Boligsocial helhedsplan",
        "period": "Periode",
        "profile": "Regelsæt",
        "as_of": "Opgjort pr.",
        "file": "Planfil",
        "covered": "Planens periode dækker {start}–{end} af {year}.",
        "summary": "Sammenfatning",
        "summary_criteria": "Succeskriterier",
        "summary_milestones": "Milepæle i {year}",
        "summary_budget": "Budget {year}",
        "summary_evaluation": "Styregruppens evaluering",
        "criteria_heading": "Succeskriterier og målopfyldelse",
        "criteria_intro": (
            "Målopfyldelse er den andel af vejen fra baseline til mål, som årets måling er nået. Status "
            "sammenholder målopfyldelsen med den lige linje fra baseline til mål på målingens dato: på sporet "
            "fra {on_track} af den forventede andel, i risiko fra {at_risk}, ellers bagud. Årets måling er den "
            "seneste måling dateret i {year}{cutoff_note}."
        ),
        "cutoff_note": " til og med {cutoff}",
        "chart_key": (
            "Figurerne viser den lige linje fra baseline til mål (stiplet), målingerne indtil nu (punkter) "
            "og {year} (skygget felt)."
        ),
        "focus_area": "Indsatsområde",
        "purpose": "Formål",
        "criterion": "Succeskriterium",
        "indicator": "Indikator",
        "baseline": "Baseline",
        "target": "Mål",
        "measurement": "Måling {year}",
        "attainment": "Målopfyldelse",
        "expected": "forventet {share}",
        "state": "Status",
        "data_source": "Datakilde",
        "no_measurement": "ingen måling i {year}",
        "latest_earlier": "seneste {reading}",
        "range": "{start}–{end}",
        "maintain": "holdes på baseline",
        "maintain_off": "{deviation} fra baseline",
        "stale": "forældet måling",
        "milestones_heading": "Milepæle med frist i {year}",
        "milestones_none": "Ingen milepæle har frist i {year}.",
        "next_milestones_heading": "Milepælsplan for {year}",
        "next_milestones_none": "Ingen milepæle har frist i {year}.",
        "milestone": "Milepæl",
        "due": "Frist",
        "completed": "Gennemført {date}",
        "days_late": "{days} dage efter fristen",
        "day_late": "1 dag efter fristen",
        "budget_heading": "Budget og medfinansiering {year}",
        "budget_none": "Budgettet har ingen linjer for {year}.",
        "source": "Finansieringskilde",
        "planned": "Budget",
        "spent": "Forbrug",
        "spent_share": "Forbrug i %",
        "share_of_total": "Andel",
        "total": "I alt",
        "lbf": "Landsbyggefonden",
        "other_source": "Øvrige",
        "cross_cutting": "Tværgående (sekretariat m.m.)",
        "not_reported": "ikke opgjort",
        "budget_spent": "Forbrug {year}: {spent} af {planned} ({share}).",
        "budget_not_spent": "Forbruget for {year} er ikke opgjort.",
        "local_share": ("Lokal medfinansiering {year}: {local} ({share}). Over hele perioden: {plan_share}{minimum}."),
        "local_minimum": " (mindst {minimum} over hele perioden)",
        "by_area": "Budget og forbrug pr. indsatsområde",
        "evaluation_heading": "Styregruppens evaluering af {year}",
        "evaluation_held": "Evalueringen blev holdt {date}.",
        "decisions": "Beslutninger",
        "no_decisions": "Der er ikke registreret beslutninger.",
        "evaluation_pending": (
            "Styregruppens evaluering af {year} er ikke registreret endnu; den holdes, når året er omme."
        ),
        "evaluation_missing": "Styregruppens evaluering af {year} er ikke registreret, selv om året er omme.",
        "evaluation_not_evaluated": (
            "{year} evalueres ikke for sig: planens periode slutter {end}, og året indgår i den afsluttende evaluering."
        ),
        "revisions_heading": "Godkendte revisioner i {year}",
        "revisions_none": "Ingen revisioner er godkendt i {year}.",
        "approved_by_board": "godkendt af bestyrelsen",
        "approved_by_lbf": "godkendt af Landsbyggefonden",
        "validation_heading": "Validering",
        "validation_ok": "Planfilen er gyldig: ingen fejl eller advarsler.",
        "validation_problems": "Planfilen har {errors} og {warnings}:",
        "validation_counts": "{errors}, {warnings}",
        "validation_unread": "Ikke medtaget i rapporten, fordi det ikke kunne læses: {parts}.",
        "error": "fejl",
        "errors": "fejl",
        "warning": "advarsel",
        "warnings": "advarsler",
        "generated": "Udarbejdet med hplan ud fra {file}.",
        "local_share_short": "lokal medfinansiering",
        "spent_not_reported_short": "forbrug ikke opgjort",
        "evaluation_held_short": "holdt {date}, {decisions}",
        "decision": "beslutning",
        "decisions_count": "beslutninger",
        "evaluation_pending_short": "ikke registreret endnu",
        "evaluation_missing_short": "mangler",
        "evaluation_not_evaluated_short": "året evalueres ikke for sig",
        "planned_milestone": "Planlagt",
        "on_track": "På sporet",
        "at_risk": "I risiko",
        "off_track": "Bagud",
        "no_data": "Ingen måling",
        "done": "Gennemført",
        "late": "Forsinket",
        "open": "Åben",
        "cancelled": "Udgået",
        "count_on_track": "{n} på sporet",
        "count_at_risk": "{n} i risiko",
        "count_off_track": "{n} bagud",
        "count_no_data": "{n} uden måling i {year}",
        "count_done": "{n} gennemførte",
        "count_done_one": "{n} gennemført",
        "count_late": "{n} forsinkede",
        "count_late_one": "{n} forsinket",
        "count_open": "{n} åbne",
        "count_open_one": "{n} åben",
        "count_cancelled": "{n} udgåede",
        "count_cancelled_one": "{n} udgået",
        "none": "ingen",
        "chart_label": "Figur: {indicator}",
    },
    "en": {
        "title": "Goal attainment {year}",
        "subtitle": "Social housing master plan (boligsocial helhedsplan)",
        "period": "Period",
        "profile": "Rule set",
        "as_of": "As of",
        "file": "Plan file",
        "covered": "The plan's period covers {start} to {end} of {year}.",
        "summary": "Summary",
        "summary_criteria": "Success criteria",
        "summary_milestones": "Milestones in {year}",
        "summary_budget": "Budget {year}",
        "summary_evaluation": "Steering group's evaluation",
        "criteria_heading": "Success criteria and goal attainment",
        "criteria_intro": (
            "Goal attainment is the share of the way from baseline to target that the year's measurement has "
            "come. The state holds it against the straight line from baseline to target on the measurement's "
            "date: on track from {on_track} of the expected share, at risk from {at_risk}, else off track. The "
            "year's measurement is the latest dated in {year}{cutoff_note}."
        ),
        "cutoff_note": " up to {cutoff}",
        "chart_key": (
            "The charts show the straight line from baseline to target (dashed), the measurements so far "
            "(dots) and {year} (shaded)."
        ),
        "focus_area": "Focus area",
        "purpose": "Purpose",
        "criterion": "Success criterion",
        "indicator": "Indicator",
        "baseline": "Baseline",
        "target": "Target",
        "measurement": "Measured {year}",
        "attainment": "Goal attainment",
        "expected": "expected {share}",
        "state": "State",
        "data_source": "Data source",
        "no_measurement": "none in {year}",
        "latest_earlier": "latest {reading}",
        "range": "{start} to {end}",
        "maintain": "kept at baseline",
        "maintain_off": "{deviation} from baseline",
        "stale": "stale figure",
        "milestones_heading": "Milestones due in {year}",
        "milestones_none": "No milestone is due in {year}.",
        "next_milestones_heading": "Milestone plan for {year}",
        "next_milestones_none": "No milestone is due in {year}.",
        "milestone": "Milestone",
        "due": "Due",
        "completed": "Done {date}",
        "days_late": "{days} days after the due date",
        "day_late": "1 day after the due date",
        "budget_heading": "Budget and co-financing {year}",
        "budget_none": "The budget has no lines for {year}.",
        "source": "Funding source",
        "planned": "Planned",
        "spent": "Spent",
        "spent_share": "Spent %",
        "share_of_total": "Share",
        "total": "Total",
        "lbf": "Landsbyggefonden (LBF)",
        "other_source": "Other",
        "cross_cutting": "Cross-cutting (secretariat etc.)",
        "not_reported": "not reported",
        "budget_spent": "Spent in {year}: {spent} of {planned} ({share}).",
        "budget_not_spent": "Spending for {year} is not reported.",
        "local_share": "Local co-financing {year}: {local} ({share}). Over the whole period: {plan_share}{minimum}.",
        "local_minimum": " (at least {minimum} over the whole period)",
        "by_area": "Planned and spent per focus area",
        "evaluation_heading": "The steering group's evaluation of {year}",
        "evaluation_held": "The evaluation was held on {date}.",
        "decisions": "Decisions",
        "no_decisions": "No decisions are recorded.",
        "evaluation_pending": (
            "The steering group's evaluation of {year} is not recorded yet; it is held once the year has ended."
        ),
        "evaluation_missing": "The steering group's evaluation of {year} is not recorded, although the year has ended.",
        "evaluation_not_evaluated": (
            "{year} is not evaluated on its own: the plan's period ends {end}, and the final evaluation covers it."
        ),
        "revisions_heading": "Revisions approved in {year}",
        "revisions_none": "No revision was approved in {year}.",
        "approved_by_board": "approved by the board",
        "approved_by_lbf": "approved by Landsbyggefonden",
        "validation_heading": "Validation",
        "validation_ok": "The plan file is valid: no errors or warnings.",
        "validation_problems": "The plan file has {errors} and {warnings}:",
        "validation_counts": "{errors}, {warnings}",
        "validation_unread": "Left out of the report because it could not be read: {parts}.",
        "error": "error",
        "errors": "errors",
        "warning": "warning",
        "warnings": "warnings",
        "generated": "Made with hplan from {file}.",
        "local_share_short": "local co-financing",
        "spent_not_reported_short": "spending not reported",
        "evaluation_held_short": "held {date}, {decisions}",
        "decision": "decision",
        "decisions_count": "decisions",
        "evaluation_pending_short": "not recorded yet",
        "evaluation_missing_short": "missing",
        "evaluation_not_evaluated_short": "the year is not evaluated on its own",
        "planned_milestone": "Planned",
        "on_track": "On track",
        "at_risk": "At risk",
        "off_track": "Off track",
        "no_data": "No measurement",
        "done": "Done",
        "late": "Late",
        "open": "Open",
        "cancelled": "Cancelled",
        "count_on_track": "{n} on track",
        "count_at_risk": "{n} at risk",
        "count_off_track": "{n} off track",
        "count_no_data": "{n} not measured in {year}",
        "count_done": "{n} done",
        "count_done_one": "{n} done",
        "count_late": "{n} late",
        "count_late_one": "{n} late",
        "count_open": "{n} open",
        "count_open_one": "{n} open",
        "count_cancelled": "{n} cancelled",
        "count_cancelled_one": "{n} cancelled",
        "none": "none",
        "chart_label": "Chart: {indicator}",
    },
}

UNIT_SIGNS: Mapping[Language, Mapping[str, str]] = {
    "da": {"percent": " %", "per_1000": " ‰", "dkk": " kr.", "count": "", "score": ""},
    "en": {"percent": "%", "per_1000": "‰", "dkk": " kr", "count": "", "score": ""},
}


@dataclass(frozen=True, slots=True)
class Words:
    """The report's words and formats in one language; templates call these."""

    lang: Language

    def __call__(self, key: str, **values: object) -> str:
        """The label ``key``, with ``{name}`` fields filled in."""
        text = LABELS[self.lang][key]
        return text.format(**values) if values else text

    def number(self, value: float, decimals: int | None = None) -> str:
        """A value as people write it: ``24``, ``23,1``, ``185.000`` (Danish) or ``23.1``, ``185,000``."""
        if decimals is None:
            text = f"{int(value):,}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")
        else:
            text = f"{value:,.{decimals}f}"
        if self.lang == "da":
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text

    def with_unit(self, value: float, unit: str) -> str:
        """A value with its unit's sign: ``23,1 %``, ``47,5 ‰``, ``162.000 kr.``."""
        return f"{self.number(value)}{UNIT_SIGNS[self.lang].get(unit, '')}"

    def kroner(self, amount: int | None) -> str:
        """Whole kroner: ``2.405.000 kr.`` / ``2,405,000 kr``; a dash for none."""
        if amount is None:
            return "–"
        return f"{self.number(amount)}{UNIT_SIGNS[self.lang]['dkk']}"

    def share(self, value: float | None, decimals: int = 0) -> str:
        """A fraction as a percentage: ``15 %`` / ``15%``; a dash for none."""
        if value is None:
            return "–"
        return f"{self.number(value * 100, decimals)}{UNIT_SIGNS[self.lang]['percent']}"

    def date(self, day: dt.date) -> str:
        """``27.02.2018`` (Danish) or ``2018-02-27``."""
        return day.strftime("%d.%m.%Y") if self.lang == "da" else day.isoformat()

    def signed_share(self, value: float) -> str:
        """A deviation as a signed percentage: ``+4 %``, ``−3 %``."""
        text = self.share(abs(value))
        return ("+" if value >= 0 else "−") + text

    def count(self, key: str, n: int, **values: object) -> str:
        """A counted phrase: ``KEY_one`` for one where the language has it, else ``KEY``."""
        singular = f"{key}_one"
        chosen = singular if n == 1 and singular in LABELS[self.lang] else key
        return self(chosen, n=n, **values)

    def plural(self, count: int, one: str, many: str) -> str:
        """``1 fejl``, ``2 advarsler``."""
        return f"{count} {self(one) if count == 1 else self(many)}"
