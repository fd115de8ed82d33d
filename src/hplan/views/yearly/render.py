"""The yearly evaluation as a document: markdown, or one standalone HTML page with a chart per criterion.

Layout lives in Jinja2 templates (``templates/yearly.md.j2`` and
``templates/yearly.html.j2``); the wording of each cell lives in :class:`View`,
so that both formats say the same thing in the same words; the words
themselves live in the message catalogue (:mod:`hplan.i18n`, ids ``yearly.*``
and the shared ``state.*``, ``count.*`` and ``unit.*``), and the number and
date formats in :mod:`hplan.views.yearly.formats`. A report is rendered inside
:func:`hplan.i18n.using`, so that every one of them speaks its language. The
renderers are a registry (:data:`RENDERERS`), as for every other command.

Both formats are passed through :func:`hplan.privacy.redact` as a whole,
so that no CPR-like number in a plan reaches the document. The HTML charts are
put in after that (they hold no plan text, and the masking must not touch
their drawing instructions).

Jinja2 (both formats) and matplotlib (HTML only) are optional: ``pip install
'hplan[report]'``. :data:`REQUIREMENTS` says which each format needs,
and nothing here imports either before it is needed (matplotlib only in
:mod:`hplan.views.yearly.charts`, when a chart is drawn).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from hplan.i18n import Language, catalogue, date, figure, language, plural, t, tn, using
from hplan.privacy import redact
from hplan.status.model import AssessmentEntry, QualitativeStatus, Reading
from hplan.views import markdown as md
from hplan.views.criteria import judgement
from hplan.views.validate import text_line
from hplan.views.yearly.charts import criterion_charts
from hplan.views.yearly.formats import DASH, capital, kroner, prose_date, share, signed_share, with_unit
from hplan.yearly.model import OUTCOMES, SourceAmount, YearCriterion, YearlyReport, YearMilestone

if TYPE_CHECKING:
    from jinja2 import Environment

FORMATS = ("markdown", "html")
SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}

# The Python package each format needs (import name, what pip calls it).
REQUIREMENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "markdown": (("jinja2", "jinja2"),),
    "html": (("jinja2", "jinja2"), ("matplotlib", "matplotlib")),
}

_CHART_MARK = "<!--hplan-chart-{}-->"


def counted(key: str, count: int) -> str:
    """A counted message (``KEY.one``, ``KEY.other``) with the count as a bare integer: ``5000 fejl``.

    Unlike :func:`hplan.i18n.tn` (``5.000 fejl``): the report has always written its counts so.
    """
    return t(plural(key, count), count=count)


@dataclass(frozen=True, slots=True)
class View:
    """The words of each cell of the report, in the active language; the templates call these."""

    report: YearlyReport

    # --- criteria ---

    def reading(self, reading: Reading, unit: str) -> str:
        """``41,5 % (31.12.2017)``."""
        return f"{with_unit(reading.value, unit)} ({date(reading.date)})"

    def baseline(self, criterion: YearCriterion) -> str:
        """The baseline, or while it is pending ``baseline mangler (frist 31.12.2017)``."""
        status = criterion.status
        if status.baseline is not None:
            return self.reading(status.baseline, status.unit)
        return t("c.baseline_pending", date=date(status.baseline_due)) if status.baseline_due else DASH

    def judgement(self, entry: AssessmentEntry | None) -> str:
        """A recorded judgement: ``Delvist opfyldt (20.02.2019: note)``; ``ikke vurderet`` without one."""
        if entry is None:
            return t("c.report.not_judged")
        details = "; ".join([date(entry.date), *([entry.note] if entry.note else [])])
        return f"{capital(judgement(entry.status))} ({details})"

    def judged_in(self, criterion: QualitativeStatus) -> AssessmentEntry | None:
        """A qualitative criterion's judgement of the report's year, when made by the as-of date."""
        return next((a for a in criterion.assessments if a.year == self.report.year), None)

    def measurement(self, criterion: YearCriterion) -> str:
        """The year's measurement with its note, or that there is none (and the latest before it)."""
        unit = criterion.status.unit
        reading = criterion.measurement
        if reading is None:
            text = t("yearly.no_measurement", year=self.report.year)
            if criterion.earlier is not None:
                text += f"; {t('yearly.latest_earlier', reading=self.reading(criterion.earlier, unit))}"
            return text
        details = [date(reading.date)]
        if criterion.note:
            details.append(criterion.note)
        return f"{with_unit(reading.value, unit)} ({'; '.join(details)})"

    def attainment(self, criterion: YearCriterion) -> str:
        """``29 % (forventet 25 %)``; for ``maintain`` the distance from the baseline; a dash without data."""
        if criterion.measurement is None:
            return DASH
        if criterion.attainment is None:
            deviation = criterion.deviation
            if deviation is None or deviation == 0:
                return t("yearly.maintain")
            return t("yearly.maintain_off", deviation=signed_share(deviation))
        expected = criterion.status.expected
        text = share(criterion.attainment)
        notes = [t("yearly.expected", share=share(expected))] if expected is not None else []
        sub_target = criterion.status.sub_target
        if sub_target is not None:
            notes.append(t("c.sub_target", value=figure(sub_target.value), year=sub_target.date.year))
        return f"{text} ({', '.join(notes)})" if notes else text

    def state(self, criterion: YearCriterion) -> str:
        """``På sporet``, or ``I risiko, forældet måling``."""
        state = criterion.state
        # Without a measurement in the year the sheet says so ("No measurement"), not status' "no data".
        text = t("yearly.no_data") if state == "no_data" else capital(t(f"state.{state}"))
        if criterion.measurement is not None and criterion.status.stale:
            text += f", {t('yearly.stale')}"
        if criterion.judgement is not None:
            # The recorded judgement outranks the computed state, which stays beside it.
            return f"{t('c.report.judgement')}: {self.judgement(criterion.judgement)}; {text.lower()}"
        return text

    def source(self, criterion: YearCriterion) -> str:
        """``Danmarks Statistik via LBF Boligsociale Data (årlig)``."""
        frequency = criterion.status.frequency
        key = f"yearly.frequency.{frequency}"
        how = t(key) if key in catalogue(language()) else frequency
        if criterion.status.lag_months:
            how += "; " + t("c.report.lag", months=criterion.status.lag_months)
        return f"{criterion.source_name} ({how})"

    def criteria_counts(self) -> str:
        """``8 på sporet, 2 i risiko, 0 bagud`` (and those without a measurement in the year)."""
        report = self.report
        parts = [t(f"s.count.{state}", count=report.count(state)) for state in ("on_track", "at_risk", "off_track")]
        if report.count("no_data"):
            parts.append(t("yearly.count_no_data", count=report.count("no_data"), year=report.year))
        return ", ".join(parts)

    def criteria_intro(self) -> str:
        """How goal attainment and the state are read (with the thresholds in force)."""
        report = self.report
        cutoff_note = ""
        if report.cutoff.year == report.year and (report.cutoff.month, report.cutoff.day) != (12, 31):
            cutoff_note = t("yearly.cutoff_note", cutoff=date(report.cutoff))
        return t(
            "yearly.criteria_intro",
            on_track=share(report.thresholds.on_track),
            at_risk=share(report.thresholds.at_risk),
            year=report.year,
            cutoff_note=cutoff_note,
        )

    # --- milestones ---

    def milestone(self, milestone: YearMilestone) -> str:
        """``Gennemført 05.10.2017 (4 dage efter fristen)``, ``Forsinket``, ``Åben``, ``Udgået``."""
        if milestone.outcome == "done" and milestone.status.completed is not None:
            text = t("yearly.completed", date=date(milestone.status.completed))
            if milestone.days_late:
                text += f" ({t('yearly.days_late', days=counted('count.days', milestone.days_late))})"
            return text
        return capital(t(f"state.{milestone.outcome}"))

    def next_milestone(self, milestone: YearMilestone) -> str:
        """A milestone of next year's plan: ``Planlagt`` while it is open, else as :meth:`milestone`."""
        return capital(t("state.planned")) if milestone.outcome == "open" else self.milestone(milestone)

    def milestone_counts(self) -> str:
        """``3 gennemført, 0 forsinket, 0 åbne`` (and the cancelled ones), or ``ingen``."""
        if not self.report.milestones:
            return t("yearly.none")
        counts = self.report.outcomes()
        shown = [outcome for outcome in OUTCOMES if outcome != "cancelled" or counts[outcome]]  # cancelled: when any
        return ", ".join(counted(f"yearly.milestones.{outcome}", counts[outcome]) for outcome in shown)

    # --- budget ---

    def source_name(self, source: SourceAmount) -> str:
        """A funding source as readers know it: ``Landsbyggefonden``, a party's name, ``Øvrige``."""
        if source.kind == "lbf":
            return t("yearly.lbf")
        if source.name is not None:
            return source.name
        return t("yearly.other_source") if source.source == "other" else source.source

    def spent_share(self, planned: int, spent: int | None) -> str:
        """Spent as a share of planned, to one decimal; a dash when not reported."""
        if spent is None or not planned:
            return DASH
        return share(spent / planned, 1)

    def budget_summary(self) -> str:
        """The year's budget in one line for the summary."""
        budget = self.report.budget
        if budget is None:
            return t("yearly.budget_none", year=self.report.year)
        year = budget.year
        text = kroner(year.planned)
        if year.spent is not None:
            spent = self.spent_share(year.planned, year.spent)
            text += f"; {t('yearly.spent').lower()} {kroner(year.spent)} ({spent})"
        else:
            text += f"; {t('yearly.spent_not_reported_short')}"
        return f"{text}; {t('yearly.local_share_short')} {share(year.local_share, 1)}"

    def local_share(self) -> str:
        """The year's local co-financing and the whole period's, against the profile's minimum."""
        budget = self.report.budget
        assert budget is not None
        minimum = ""
        if budget.min_local_share is not None:
            minimum = t("yearly.local_minimum", minimum=share(budget.min_local_share))
        return t(
            "yearly.local_share",
            year=self.report.year,
            local=kroner(budget.local),
            share=share(budget.year.local_share, 1),
            plan_share=share(budget.plan_local_share, 1),
            minimum=minimum,
        )

    def spending(self) -> str:
        """``Forbrug 2017: 2.350.515 kr. af 2.405.000 kr. (97,7 %).``, or that it is not reported."""
        budget = self.report.budget
        assert budget is not None
        year = budget.year
        if year.spent is None:
            return t("yearly.budget_not_spent", year=self.report.year)
        return t(
            "yearly.budget_spent",
            year=self.report.year,
            spent=kroner(year.spent),
            planned=kroner(year.planned),
            share=self.spent_share(year.planned, year.spent),
        )

    # --- evaluation, revisions, validation ---

    def evaluation_summary(self) -> str:
        """The evaluation in one line for the summary."""
        report = self.report
        if report.evaluations:
            last = report.evaluations[-1]
            decisions = counted("count.decisions", len(last.decisions))
            return t("yearly.evaluation_held_short", date=date(last.date), decisions=decisions)
        return t(f"yearly.evaluation_{report.evaluation_state}_short")

    def evaluation_absent(self) -> str:
        """Why there is no evaluation of the year to show."""
        report = self.report
        return t(f"yearly.evaluation_{report.evaluation_state}", year=report.year, end=date(report.period.end))

    def approved_by(self, body: str) -> str:
        """``godkendt af bestyrelsen`` / ``godkendt af Landsbyggefonden`` (another body, a party, by its id)."""
        return t(f"yearly.approved_by_{body}") if body in ("lbf", "board") else body

    def validation(self) -> str:
        """``Planfilen er gyldig ...``, or how many errors and warnings it has (they follow)."""
        summary = self.report.validation
        if not summary.errors and not summary.warnings:
            return t("yearly.validation_ok")
        return t(
            "yearly.validation_problems",
            errors=counted("count.errors", summary.errors),
            warnings=counted("count.warnings", summary.warnings),
        )

    def validation_counts(self) -> str:
        """``0 fejl, 1 advarsel``: for the summary."""
        summary = self.report.validation
        return t(
            "yearly.validation_counts",
            errors=counted("count.errors", summary.errors),
            warnings=counted("count.warnings", summary.warnings),
        )

    def problems(self) -> list[str]:
        """Each validation problem in one line, as ``hplan validate`` prints it."""
        return [text_line(d) for d in self.report.validation.problems]

    def period(self) -> str:
        """``01.02.2017–31.01.2021``."""
        period = self.report.period
        return t("yearly.range", start=date(period.start), end=date(period.end))

    def covered(self) -> str:
        """The part of the year the period covers, when it is not the whole year."""
        start, end = self.report.covered
        return t("yearly.covered", year=self.report.year, start=date(start), end=date(end))

    def profile(self) -> str:
        """``Landsbyggefonden, boligsociale midler 2015-2018 (lbf-2015-18)``."""
        report = self.report
        return f"{report.profile_name} ({report.profile})" if report.profile_name else report.profile


# --- templates --------------------------------------------------------------------------


@cache
def _environment() -> Environment:
    # lazy: jinja2 is an optional extra (hplan[report])
    # Jinja2 is an optional extra ('hplan[report]'): imported when a report is rendered, not before.
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    environment = Environment(
        loader=PackageLoader("hplan.views.yearly", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False, default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["cell"] = md.cell
    environment.filters["md"] = md.prose
    # The report's words and formats; they read the language the report is rendered in.
    environment.globals.update(t=t, tn=tn, date=date, dates=dates, prose_date=prose_date, kroner=kroner, share=share)
    return environment


def dates(days: Sequence[dt.date]) -> str:
    """Several dates, as the report writes a date, separated by commas."""
    return ", ".join(date(day) for day in days)


def render_markdown(report: YearlyReport, lang: Language = "da") -> str:
    """The report as markdown: every figure, no charts."""
    template = _environment().get_template("yearly.md.j2")
    with using(lang):
        text = template.render(r=report, v=View(report))
    return redact(text.rstrip() + "\n")


def render_html(report: YearlyReport, lang: Language = "da", charts: Sequence[str] | None = None) -> str:
    """The report as one standalone HTML page with a chart per success criterion.

    ``charts`` (inline SVG, one per criterion in order) are drawn when not given.
    """
    template = _environment().get_template("yearly.html.j2")
    with using(lang):
        if charts is None:
            charts = criterion_charts(report.criteria)
        if len(charts) != len(report.criteria):
            raise ValueError(f"{len(charts)} charts for {len(report.criteria)} success criteria")
        marks = [_CHART_MARK.format(i) for i in range(len(charts))]
        page = redact(template.render(r=report, v=View(report), lang=lang, charts=marks))
    # Escaped plan text cannot hold '<!--', so each mark is the template's own and stands once.
    for mark, chart in zip(marks, charts, strict=True):
        page = page.replace(mark, chart, 1)
    return page


Renderer = Callable[[YearlyReport, Language], str]
RENDERERS: dict[str, Renderer] = {"markdown": render_markdown, "html": render_html}
