"""The yearly report to LBF as markdown: the head, then the three parts, every figure as text."""

from __future__ import annotations

from hplan.i18n import Language, t, using
from hplan.privacy import redact
from hplan.views import markdown as md
from hplan.views.lbf.tables import Table, head_facts, lbf_parts, validation_lines
from hplan.views.lbf.text import cell_text
from hplan.yearly.lbf import LbfReport


def _table(table: Table) -> list[str]:
    out = [f"### {table.title}", ""]
    if table.rows:
        right = [i for i, column in enumerate(table.columns) if column.kind != "text"]
        rows = ([cell_text(value, c.kind) for value, c in zip(row, table.columns, strict=True)] for row in table.rows)
        out += md.table([c.header for c in table.columns], rows, right)
        out.append("")
    if table.note:
        out += [table.note, ""]
    return out


def render_markdown(report: LbfReport, lang: Language = "da") -> str:
    """The report to LBF as markdown."""
    with using(lang):
        out = [f"# {t('lbf.title', year=report.year)}", "", t("lbf.subtitle"), ""]
        out += [f"- **{label}:** {md.cell(cell_text(value, 'text'))}" for label, value in head_facts(report)]
        out.append("")
        for part in lbf_parts(report):
            out += [f"## {part.title}", ""]
            for table in part.tables:
                # A part of one table (goal attainment) needs no second heading.
                out += _table(table)[2:] if table.title == part.title else _table(table)
        summary, problems = validation_lines(report)
        out += [summary, ""]
        out += [f"- `{problem}`" for problem in problems]
    return redact("\n".join(out).rstrip() + "\n")
