"""The views of ``hplan report --kind lbf``: markdown, HTML and an ``.xlsx`` workbook of the yearly report to LBF.

The renderers are a registry, as for every other command; the workbook's
renderer is imported only when asked for, since it needs openpyxl.
"""

from __future__ import annotations

from collections.abc import Callable

from hplan.i18n import Language
from hplan.yearly.lbf import LbfReport

LbfRenderer = Callable[[LbfReport, Language], "str | bytes"]

# The Python package each format needs (import name, what pip calls it).
REQUIREMENTS: dict[str, tuple[tuple[str, str], ...]] = {"markdown": (), "html": (), "xlsx": (("openpyxl", "openpyxl"),)}
SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".xlsx": "xlsx"}


def render(report: LbfReport, output_format: str, lang: Language) -> str | bytes:
    """The report in ``output_format`` (markdown, html: text; xlsx: the workbook's bytes)."""
    if output_format == "xlsx":
        # lazy: openpyxl is an optional extra, and only the workbook needs it.
        from hplan.views.lbf.xlsx import render_xlsx

        return render_xlsx(report, lang)
    if output_format == "html":
        # lazy: each format's module is loaded only for its own report.
        from hplan.views.lbf.html import render_html

        return render_html(report, lang)
    # lazy: as above.
    from hplan.views.lbf.markdown import render_markdown

    return render_markdown(report, lang)
