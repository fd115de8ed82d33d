"""One small chart per success criterion for the HTML report, as inline SVG.

Each chart shows the straight line from baseline to target, the measurements
so far and the reported year, so that a reader sees at a glance whether a
criterion keeps to its line. matplotlib draws it (imported here, lazily, only
when a chart is drawn: ``hplan --help`` and the markdown report never load
it), and the SVG is trimmed to be inlined in a standalone page:

- no external reference at all: no XML prolog or DOCTYPE (it names a DTD by
  URL), no RDF metadata, no ``xmlns`` attributes (the HTML parser puts an
  inline ``<svg>`` in the SVG namespace itself) and ``href`` instead of
  ``xlink:href``;
- the ids that matter (markers, clip paths) renamed with a per-chart
  prefix, so that several charts in one page never share an id, and the
  rest dropped; the ``<style>`` matplotlib adds is dropped, since inline it
  would style the whole page (the page's stylesheet sets the same);
- deterministic: a fixed ``svg.hashsalt``, text kept as text
  (``svg.fonttype: none``, which also keeps it small and selectable), no
  date in the metadata.

Charts carry no plan text, only numbers and years (the page labels each
chart with its indicator), so a CPR-like number in a plan cannot reach them.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from hplan import i18n
from hplan.yearly.model import YearCriterion

# Colours that survive black-and-white printing: the state shows by marker
# size and the caption too, never by colour alone.
LINE_COLOUR = "#7a7a7a"
MEASURE_COLOUR = "#1f4e79"
YEAR_SHADE = "#e8eef5"
STATE_COLOURS = {"on_track": "#2e7d32", "at_risk": "#b26a00", "off_track": "#c62828", "no_data": MEASURE_COLOUR}

FIGSIZE = (3.4, 1.75)  # inches: about 86 x 44 mm, two to a row on A4
SVG_SALT = "hplan-report"  # a fixed salt: the same chart gives the same SVG, run after run

_PROLOG = re.compile(r"\A.*?(?=<svg\b)", re.S)
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.S)
_STYLE = re.compile(r"\s*<style\b[^>]*>.*?</style>", re.S)
_EMPTY_DEFS = re.compile(r"\s*<defs>\s*</defs>", re.S)
_NAMESPACES = re.compile(r'\s+(?:xmlns(?::\w+)?|version)="[^"]*"')
_ID = re.compile(r'\s+id="([^"]+)"')
_REFERENCE = re.compile(r'(href="#|url\(#)([^")]+)')
_INDENT = re.compile(r"\n\s+")


@dataclass(frozen=True, slots=True)
class ChartData:
    """What one chart draws; plain values, so that the drawing needs nothing else."""

    baseline: tuple[dt.date, float]
    target: tuple[dt.date, float]
    measurements: tuple[tuple[dt.date, float], ...]
    year: int
    highlight: tuple[dt.date, float] | None  # the year's measurement
    state: str

    @classmethod
    def of(cls, criterion: YearCriterion) -> ChartData:
        """The chart of a criterion in the yearly report."""
        status = criterion.status
        measurement = criterion.measurement
        return cls(
            baseline=_start(criterion),
            target=(status.target.date, status.target.value),
            measurements=tuple((r.date, r.value) for r in criterion.history),
            year=criterion.year,
            highlight=(measurement.date, measurement.value) if measurement is not None else None,
            state=criterion.state,
        )


def _start(criterion: YearCriterion) -> tuple[dt.date, float]:
    """Where the chart's line starts: the baseline, or while it is pending the first measurement (else the target)."""
    status = criterion.status
    if status.baseline is not None:
        return status.baseline.date, status.baseline.value
    first = criterion.history[0] if criterion.history else status.target
    return first.date, first.value


def criterion_charts(criteria: Sequence[YearCriterion], prefix: str = "c") -> list[str]:
    """An inline SVG chart for each criterion, in order; ids are unique across the list."""
    return [render_chart(ChartData.of(c), f"{prefix}{i + 1}-") for i, c in enumerate(criteria)]


def render_chart(data: ChartData, id_prefix: str) -> str:
    """One chart as an inline ``<svg>`` element whose ids all start with ``id_prefix``.

    The axis' figures are written in the active language (:func:`hplan.i18n.using`).
    """
    # lazy: matplotlib is an optional extra (hplan[report]) and slow to import
    # matplotlib is an optional extra ('hplan[report]') and slow to import: loaded when a chart is drawn.
    import matplotlib

    matplotlib.use("Agg")  # never a GUI backend, whatever the environment says
    with matplotlib.rc_context(
        {
            "svg.hashsalt": SVG_SALT,
            "svg.fonttype": "none",
            "font.size": 7,
            "font.family": "DejaVu Sans",
            "axes.linewidth": 0.6,
            "xtick.major.width": 0.6,
            "ytick.major.width": 0.6,
            "xtick.major.size": 2.5,
            "ytick.major.size": 2.5,
        }
    ):
        return inline_svg(_draw(data), id_prefix)


def _draw(data: ChartData) -> str:
    """The chart drawn, as the SVG document matplotlib writes."""
    # lazy: for the same reason as in render_chart: matplotlib is optional and slow to import.
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator, NullFormatter

    figure = Figure(figsize=FIGSIZE)
    axes = figure.add_subplot()
    year_start, year_end = dt.date(data.year, 1, 1), dt.date(data.year + 1, 1, 1)
    axes.axvspan(date2num(year_start), date2num(year_end), color=YEAR_SHADE, linewidth=0, zorder=0)
    (b_day, b_value), (t_day, t_value) = data.baseline, data.target
    axes.plot(
        [date2num(b_day), date2num(t_day)],
        [b_value, t_value],
        linestyle=(0, (4, 2.5)),
        color=LINE_COLOUR,
        linewidth=1,
        zorder=1,
    )
    axes.plot([date2num(t_day)], [t_value], marker="D", markersize=4, color=LINE_COLOUR, linestyle="none", zorder=2)
    axes.plot([date2num(b_day)], [b_value], marker="o", markersize=3, color=LINE_COLOUR, linestyle="none", zorder=2)
    if data.measurements:
        days = [date2num(day) for day, _ in data.measurements]
        values = [value for _, value in data.measurements]
        axes.plot(days, values, marker="o", markersize=3, color=MEASURE_COLOUR, linewidth=1.1, zorder=3, clip_on=False)
    if data.highlight is not None:
        day, value = data.highlight
        axes.plot(
            [date2num(day)],
            [value],
            marker="o",
            markersize=6.5,
            markeredgecolor="white",
            markeredgewidth=0.8,
            color=STATE_COLOURS.get(data.state, MEASURE_COLOUR),
            linestyle="none",
            zorder=4,
            clip_on=False,
        )
    days_all = [b_day, t_day, year_start, year_end] + [day for day, _ in data.measurements]
    first, last = min(days_all), max(days_all)
    margin = max((last - first).days // 30, 10)
    axes.set_xlim(date2num(first - dt.timedelta(days=margin)), date2num(last + dt.timedelta(days=margin)))
    # Ticks mark where the years begin; each year's label stands under its middle.
    axes.xaxis.set_major_locator(MultipleLocator(1))
    axes.xaxis.set_major_formatter(NullFormatter())
    axes.xaxis.set_minor_locator(MultipleLocator(1, offset=0.5))
    axes.xaxis.set_minor_formatter(FuncFormatter(lambda x, _: str(math.floor(x))))
    axes.tick_params(axis="x", which="minor", length=0)
    axes.margins(y=0.12)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=4))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda y, _: i18n.figure(round(y, 6))))
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(axis="y", color="#dddddd", linewidth=0.5)
    axes.set_axisbelow(True)
    figure.tight_layout(pad=0.4)
    out = io.StringIO()
    figure.savefig(out, format="svg", metadata={"Date": None})
    return out.getvalue()


def date2num(day: dt.date) -> float:
    """A date on the charts' x axis: its year plus the share of the year gone (1 January is the whole year)."""
    start = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def inline_svg(svg: str, id_prefix: str) -> str:
    """The SVG document matplotlib wrote as an element to inline in HTML: no external references, unique ids."""
    svg = _PROLOG.sub("", svg, count=1)
    svg = _METADATA.sub("", svg)
    svg = _STYLE.sub("", svg)
    svg = _EMPTY_DEFS.sub("", svg)
    svg = svg.replace("xlink:href=", "href=")
    head_end = svg.index(">")
    svg = _NAMESPACES.sub("", svg[:head_end]) + svg[head_end:]
    referenced = {name for _, name in _REFERENCE.findall(svg)}
    names: dict[str, str] = {}
    for ident in _ID.findall(svg):
        if ident in referenced and ident not in names:
            names[ident] = f"{id_prefix}{len(names) + 1}"

    def rename_id(match: re.Match[str]) -> str:
        new = names.get(match.group(1))
        return f' id="{new}"' if new is not None else ""

    svg = _ID.sub(rename_id, svg)
    svg = _REFERENCE.sub(lambda m: m.group(1) + names.get(m.group(2), m.group(2)), svg)
    svg = _INDENT.sub("\n", svg).strip()
    # The page labels the chart (its caption names the indicator); the drawing itself is decoration.
    return svg.replace("<svg", '<svg aria-hidden="true" focusable="false"', 1)
