"""The yearly report to LBF as one standalone HTML page: the head, then the three parts as tables.

Written by hand with every text escaped (no template engine is needed for a
page of tables), so the page needs only hplan itself.
"""

from __future__ import annotations

from html import escape

from hplan.i18n import Language, t, using
from hplan.privacy import redact
from hplan.views.lbf.tables import Table, head_facts, lbf_parts, validation_lines
from hplan.views.lbf.text import cell_text
from hplan.yearly.lbf import LbfReport

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border-bottom: 1px solid #ccc; padding: 0.25em 0.6em; vertical-align: top; }
th { text-align: left; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
dt { font-weight: bold; }
.note { color: #555; }
"""


def _table(table: Table, heading: bool) -> list[str]:
    out = [f"<h3>{escape(table.title)}</h3>"] if heading else []
    if table.rows:
        out.append("<table>")
        head = "".join(
            f'<th class="{"text" if c.kind == "text" else "number"}">{escape(c.header)}</th>' for c in table.columns
        )
        out.append(f"<thead><tr>{head}</tr></thead><tbody>")
        for row in table.rows:
            cells = "".join(
                f'<td class="{"text" if c.kind == "text" else "number"}">{escape(cell_text(value, c.kind))}</td>'
                for value, c in zip(row, table.columns, strict=True)
            )
            out.append(f"<tr>{cells}</tr>")
        out.append("</tbody></table>")
    if table.note:
        out.append(f'<p class="note">{escape(table.note)}</p>')
    return out


def render_html(report: LbfReport, lang: Language = "da") -> str:
    """The report to LBF as a standalone HTML page."""
    with using(lang):
        title = escape(t("lbf.title", year=report.year))
        out = [
            "<!DOCTYPE html>",
            f'<html lang="{lang}">',
            f'<head><meta charset="utf-8"><title>{title}</title><style>{STYLE}</style></head>',
            "<body>",
            f"<h1>{title}</h1>",
            f"<p>{escape(t('lbf.subtitle'))}</p>",
            "<dl>",
        ]
        out += [f"<dt>{escape(label)}</dt><dd>{escape(cell_text(v, 'text'))}</dd>" for label, v in head_facts(report)]
        out.append("</dl>")
        for part in lbf_parts(report):
            out.append(f"<h2>{escape(part.title)}</h2>")
            for table in part.tables:
                out += _table(table, heading=table.title != part.title)
        summary, problems = validation_lines(report)
        out.append(f"<p>{escape(summary)}</p>")
        if problems:
            out.append("<ul>" + "".join(f"<li><code>{escape(problem)}</code></li>" for problem in problems))
            out.append("</ul>")
        out += ["</body>", "</html>"]
    return redact("\n".join(out) + "\n")
