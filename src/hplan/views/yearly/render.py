"""The yearly evaluation as a document: markdown, or one standalone HTML page with a chart per criterion.

Layout lives in Jinja2 templates (``templates/yearly.md.j2`` and
``templates/yearly.html.j2``); the wording of each cell lives in :class:`View`,
so that both formats say the same thing in the same words, and the words
themselves in :mod:`hplan.views.yearly.words`. The renderers are a registry
(:data:`RENDERERS`), as for every other command.

Both formats are passed through :func:`hplan.privacy.redact` as a whole,
so that no CPR-like number in a plan reaches the document. The HTML charts are
put in after that (they hold no plan text, and the masking must not touch
their drawing instructions).

Jinja2 (both formats) and matplotlib (HTML only) are optional: ``pip install
'hplan[report]'``. :func:`missing_requirements` says which one a format lacks,
and nothing here imports either before it is needed.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from hplan.privacy import redact
from hplan.status.compute import Reading
from hplan.views.validate import text_line
from hplan.views.yearly.charts import criterion_charts
from hplan.views.yearly.words import Language, Words
from hplan.yearly.model import SourceAmount, YearCriterion, YearlyReport, YearMilestone

if TYPE_CHECKING:
    from jinja2 import Environment

FORMATS = ("markdown", "html")
SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}

# The Python package each format needs (import name, what pip calls it).
REQUIREMENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "markdown": (("jinja2", "jinja2"),),
    "html": (("jinja2", "jinja2"), ("matplotlib", "matplotlib")),
}

FREQUENCIES = {
    "da": {
        "yearly": "årlig",
        "half_yearly": "halvårlig",
        "quarterly": "kvartalsvis",
        "monthly": "månedlig",
        "once": "én gang",
    },
    "en": {
        "yearly": "yearly",
        "half_yearly": "half-yearly",
        "quarterly": "quarterly",
        "monthly": "monthly",
        "once": "once",
    },
}

_CHART_MARK = "<!--hplan-chart-{}-->"


def missing_requirements(output_format: str) -> list[str]:
    """The packages (pip names) that ``output_format`` needs and that are not installed."""
    return [pip for module, pip in REQUIREMENTS[output_format] if importlib.util.find_spec(module) is None]


@dataclass(frozen=True, slots=True)
class View:
    """The words of each cell of the report, in one language; the templates call these."""

    report: YearlyReport
    t: Words

    # --- criteria ---

    def reading(self, reading: Reading, unit: str) -> str:
        """``41,5 % (31.12.2017)``."""
        return f"{self.t.with_unit(reading.value, unit)} ({self.t.date(reading.date)})"

    def measurement(self, criterion: YearCriterion) -> str:
        """The year's measurement with its note, or that there is none (and the latest before it)."""
        unit = criterion.status.unit
        reading = criterion.measurement
        if reading is None:
            text = self.t("no_measurement", year=self.report.year)
            if criterion.earlier is not None:
                text += f"; {self.t('latest_earlier', reading=self.reading(criterion.earlier, unit))}"
            return text
        text = self.t.with_unit(reading.value, unit)
        details = [self.t.date(reading.date)]
        if criterion.note:
            details.append(criterion.note)
        return f"{text} ({'; '.join(details)})"

    def attainment(self, criterion: YearCriterion) -> str:
        """``29 % (forventet 25 %)``; for ``maintain`` the distance from the baseline; a dash without data."""
        if criterion.measurement is None:
            return "–"
        if criterion.attainment is None:
            deviation = criterion.deviation
            if deviation is None or deviation == 0:
                return self.t("maintain")
            return self.t("maintain_off", deviation=self.t.signed_share(deviation))
        expected = criterion.status.expected
        text = self.t.share(criterion.attainment)
        if expected is not None:
            text += f" ({self.t('expected', share=self.t.share(expected))})"
        return text

    def state(self, criterion: YearCriterion) -> str:
        """``På sporet``, or ``I risiko, forældet måling``."""
        text = self.t(criterion.state)
        if criterion.measurement is not None and criterion.status.stale:
            text += f", {self.t('stale')}"
        return text

    def source(self, criterion: YearCriterion) -> str:
        """``Danmarks Statistik via LBF Boligsociale Data (årlig)``."""
        frequency = FREQUENCIES[self.t.lang].get(criterion.status.frequency, criterion.status.frequency)
        return f"{criterion.source_name} ({frequency})"

    def criteria_counts(self) -> str:
        """``8 på sporet, 2 i risiko, 0 bagud`` (and those without a measurement in the year)."""
        report = self.report
        parts = [self.t(f"count_{state}", n=report.count(state)) for state in ("on_track", "at_risk", "off_track")]
        if report.count("no_data"):
            parts.append(self.t("count_no_data", n=report.count("no_data"), year=report.year))
        return ", ".join(parts)

    def criteria_intro(self) -> str:
        """How goal attainment and the state are read (with the thresholds in force)."""
        report = self.report
        cutoff_note = ""
        if report.cutoff.year == report.year and (report.cutoff.month, report.cutoff.day) != (12, 31):
            cutoff_note = self.t("cutoff_note", cutoff=self.t.date(report.cutoff))
        return self.t(
            "criteria_intro",
            on_track=self.t.share(report.thresholds.on_track),
            at_risk=self.t.share(report.thresholds.at_risk),
            year=report.year,
            cutoff_note=cutoff_note,
        )

    # --- milestones ---

    def milestone(self, milestone: YearMilestone) -> str:
        """``Gennemført 05.10.2017 (4 dage efter fristen)``, ``Forsinket``, ``Åben``, ``Udgået``."""
        if milestone.outcome == "done" and milestone.status.completed is not None:
            text = self.t("completed", date=self.t.date(milestone.status.completed))
            days = milestone.days_late
            if days:
                text += f" ({self.t('day_late') if days == 1 else self.t('days_late', days=days)})"
            return text
        return self.t(milestone.outcome)

    def next_milestone(self, milestone: YearMilestone) -> str:
        """A milestone of next year's plan: ``Planlagt`` while it is open, else as :meth:`milestone`."""
        return self.t("planned_milestone") if milestone.outcome == "open" else self.milestone(milestone)

    def milestone_counts(self) -> str:
        """``3 gennemført, 0 forsinket, 0 åbne`` (and the cancelled ones), or ``ingen``."""
        if not self.report.milestones:
            return self.t("none")
        counts = self.report.outcomes()
        parts = [self.t.count(f"count_{outcome}", counts[outcome]) for outcome in ("done", "late", "open")]
        if counts["cancelled"]:
            parts.append(self.t.count("count_cancelled", counts["cancelled"]))
        return ", ".join(parts)

    # --- budget ---

    def source_name(self, source: SourceAmount) -> str:
        """A funding source as readers know it: ``Landsbyggefonden``, a party's name, ``Øvrige``."""
        if source.kind == "lbf":
            return self.t("lbf")
        if source.name is not None:
            return source.name
        return self.t("other_source") if source.source == "other" else source.source

    def spent_share(self, planned: int, spent: int | None) -> str:
        """Spent as a share of planned, to one decimal; a dash when not reported."""
        if spent is None or not planned:
            return "–"
        return self.t.share(spent / planned, 1)

    def budget_summary(self) -> str:
        """The year's budget in one line for the summary."""
        budget = self.report.budget
        if budget is None:
            return self.t("budget_none", year=self.report.year)
        year = budget.year
        text = self.t.kroner(year.planned)
        if year.spent is not None:
            share = self.spent_share(year.planned, year.spent)
            text += f"; {self.t('spent').lower()} {self.t.kroner(year.spent)} ({share})"
        else:
            text += f"; {self.t('spent_not_reported_short')}"
        return f"{text}; {self.t('local_share_short')} {self.t.share(year.local_share, 1)}"

    def local_share(self) -> str:
        """The year's local co-financing and the whole period's, against the profile's minimum."""
        budget = self.report.budget
        assert budget is not None
        minimum = ""
        if budget.min_local_share is not None:
            minimum = self.t("local_minimum", minimum=self.t.share(budget.min_local_share))
        return self.t(
            "local_share",
            year=self.report.year,
            local=self.t.kroner(budget.local),
            share=self.t.share(budget.year.local_share, 1),
            plan_share=self.t.share(budget.plan_local_share, 1),
            minimum=minimum,
        )

    def spending(self) -> str:
        """``Forbrug 2017: 2.350.515 kr. af 2.405.000 kr. (97,7 %).``, or that it is not reported."""
        budget = self.report.budget
        assert budget is not None
        year = budget.year
        if year.spent is None:
            return self.t("budget_not_spent", year=self.report.year)
        return self.t(
            "budget_spent",
            year=self.report.year,
            spent=self.t.kroner(year.spent),
            planned=self.t.kroner(year.planned),
            share=self.spent_share(year.planned, year.spent),
        )

    def spent_total(self) -> int | None:
        """The year's spending over the focus areas (``None`` when no line reports it)."""
        budget = self.report.budget
        return budget.year.spent if budget is not None else None

    # --- evaluation, revisions, validation ---

    def evaluation_summary(self) -> str:
        """The evaluation in one line for the summary."""
        report = self.report
        if report.evaluations:
            last = report.evaluations[-1]
            decisions = self.t.plural(len(last.decisions), "decision", "decisions_count")
            return self.t("evaluation_held_short", date=self.t.date(last.date), decisions=decisions)
        return self.t(f"evaluation_{report.evaluation_state}_short")

    def evaluation_absent(self) -> str:
        """Why there is no evaluation of the year to show."""
        report = self.report
        return self.t(f"evaluation_{report.evaluation_state}", year=report.year, end=self.t.date(report.period.end))

    def approved_by(self, body: str) -> str:
        """``godkendt af bestyrelsen`` / ``godkendt af Landsbyggefonden``."""
        return self.t(f"approved_by_{body}")

    def validation(self) -> str:
        """``Planfilen er gyldig ...``, or how many errors and warnings it has (they follow)."""
        summary = self.report.validation
        if not summary.errors and not summary.warnings:
            return self.t("validation_ok")
        return self.t(
            "validation_problems",
            errors=self.t.plural(summary.errors, "error", "errors"),
            warnings=self.t.plural(summary.warnings, "warning", "warnings"),
        )

    def validation_counts(self) -> str:
        """``0 fejl, 1 advarsel``: for the summary."""
        summary = self.report.validation
        return self.t(
            "validation_counts",
            errors=self.t.plural(summary.errors, "error", "errors"),
            warnings=self.t.plural(summary.warnings, "warning", "warnings"),
        )

    def problems(self) -> list[str]:
        """Each validation problem in one line, as ``hplan validate`` prints it."""
        return [text_line(d) for d in self.report.validation.problems]

    def period(self) -> str:
        """``01.02.2017–31.01.2021``."""
        period = self.report.period
        return self.t("range", start=self.t.date(period.start), end=self.t.date(period.end))

    def covered(self) -> str:
        """The part of the year the period covers, when it is not the whole year."""
        start, end = self.report.covered
        return self.t("covered", year=self.report.year, start=self.t.date(start), end=self.t.date(end))

    def profile(self) -> str:
        """``Landsbyggefonden, boligsociale midler 2015-2018 (lbf-2015-18)``."""
        report = self.report
        return f"{report.profile_name} ({report.profile})" if report.profile_name else report.profile


# --- templates --------------------------------------------------------------------------


@cache
def _environment() -> Environment:
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
    environment.filters["cell"] = markdown_cell
    environment.filters["md"] = markdown_text
    return environment


def markdown_text(text: str) -> str:
    """Plan text as markdown prose: on one line, with no raw HTML."""
    return " ".join(text.split()).replace("<", "&lt;").replace(">", "&gt;")


def markdown_cell(text: str) -> str:
    """Plan text inside a markdown table cell: no line break, no unescaped pipe."""
    return markdown_text(text.replace("\\", "\\\\").replace("|", "\\|"))


def render_markdown(report: YearlyReport, lang: Language = "da") -> str:
    """The report as markdown: every figure, no charts."""
    template = _environment().get_template("yearly.md.j2")
    text = template.render(r=report, v=View(report, Words(lang)), t=Words(lang))
    return redact(text.rstrip() + "\n")


def render_html(report: YearlyReport, lang: Language = "da", charts: Sequence[str] | None = None) -> str:
    """The report as one standalone HTML page with a chart per success criterion.

    ``charts`` (inline SVG, one per criterion in order) are drawn when not given.
    """
    words = Words(lang)
    if charts is None:
        charts = criterion_charts(report.criteria, words)
    if len(charts) != len(report.criteria):
        raise ValueError(f"{len(charts)} charts for {len(report.criteria)} success criteria")
    template = _environment().get_template("yearly.html.j2")
    marks = [_CHART_MARK.format(i) for i in range(len(charts))]
    page = redact(template.render(r=report, v=View(report, words), t=words, lang=lang, charts=marks))
    # Escaped plan text cannot hold '<!--', so each mark is the template's own and stands once.
    for mark, chart in zip(marks, charts, strict=True):
        page = page.replace(mark, chart, 1)
    return page


Renderer = Callable[[YearlyReport, Language], str]
RENDERERS: dict[str, Renderer] = {"markdown": render_markdown, "html": render_html}
