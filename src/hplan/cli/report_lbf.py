"""``hplan report --kind lbf``: a plan and a year in, the yearly report to Landsbyggefonden out.

Markdown, HTML or an ``.xlsx`` workbook (``-o FILE.xlsx``; a workbook is
not written to a terminal). Exits as ``hplan report`` does: 0 with the report
made (validation problems listed in it), 1 when the plan cannot be read, 2
when hplan cannot do the job.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import typer

from hplan.cli.report_common import missing_packages, packages, unreadable, write_report
from hplan.errors import HplanError, UsageError
from hplan.i18n import Language
from hplan.i18n.message import msg
from hplan.views.lbf import REQUIREMENTS, SUFFIXES, render
from hplan.yearly.lbf import lbf_report
from hplan.yearly.model import UnreadablePlan
from hplan.yearly.report import ReportOptions


def report_lbf(
    plan: Path, options: ReportOptions, output_format: str | None, language: Language, output: Path | None
) -> NoReturn:
    """Make the report to LBF and write it; always ends the command."""
    chosen = output_format or (SUFFIXES.get(output.suffix.lower(), "markdown") if output is not None else "markdown")
    missing = missing_packages(REQUIREMENTS[chosen])
    if missing:
        raise HplanError(msg("err.lbf.needs", format=chosen, packages=packages(missing), install=" ".join(missing)))
    if chosen == "xlsx" and output is None:
        raise UsageError(msg("err.lbf.xlsx_output"))
    result = lbf_report(plan, options)
    if isinstance(result, UnreadablePlan):
        unreadable(result, language)
    content = render(result, chosen, language)
    if output is None:
        sys.stdout.write(content if isinstance(content, str) else content.decode("utf-8"))
    else:
        write_report(output, content)
    raise typer.Exit(0)
