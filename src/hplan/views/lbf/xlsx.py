"""The yearly report to LBF as an ``.xlsx`` workbook (openpyxl): one sheet per part, numbers as numbers.

Finance staff and LBF's templates live in spreadsheets: amounts are whole
numbers with a thousands format, shares are fractions with a percentage
format, dates are dates, headings are in the report's language (Danish by
default). The workbook's creation time is the report's as-of date, so the
same report makes the same workbook. Importing this module imports openpyxl
(the ``report`` extra).
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from hplan.i18n import Language, t, using
from hplan.privacy import redact
from hplan.views.lbf.tables import Cell, ColumnKind, Part, Table, head_facts, lbf_parts, validation_lines
from hplan.yearly.lbf import LbfReport

BOLD = Font(bold=True)
FORMATS: dict[ColumnKind, str] = {"kroner": "#,##0", "share": "0%", "figure": "General", "text": "@"}
DATE_FORMAT = {"da": "DD.MM.YYYY", "en": "YYYY-MM-DD"}
# Excel refuses these in a sheet's name, and names longer than 31 characters.
_NOT_IN_SHEET_NAMES = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def render_xlsx(report: LbfReport, lang: Language = "da") -> bytes:
    """The workbook's bytes."""
    with using(lang):
        book = Workbook()
        first = True
        for part in lbf_parts(report):
            sheet = book.active if first and book.active is not None else book.create_sheet()
            sheet.title = part.sheet.translate(_NOT_IN_SHEET_NAMES)[:31]
            _fill(sheet, part, report if first else None, lang)
            first = False
        _validation(book.create_sheet(t("lbf.sheet.validation")), report, lang)
        moment = dt.datetime.combine(report.evaluation.as_of, dt.time())
        book.properties.created = book.properties.modified = moment
        book.properties.title = t("lbf.title", year=report.year)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fill(sheet: Worksheet, part: Part, head: LbfReport | None, lang: Language) -> None:
    row = _write(sheet, 1, 1, part.title, "text", lang, bold=True)
    if head is not None:
        for label, value in head_facts(head):
            row = _write(sheet, row, 1, label, "text", lang, bold=True) - 1
            row = _write(sheet, row, 2, value, "text", lang)
    for table in part.tables:
        row = _table(sheet, row + 1, table, heading=table.title != part.title, lang=lang)
    sheet.column_dimensions["A"].width = 45
    for letter in "BCDEFGHIJ":
        sheet.column_dimensions[letter].width = 18


def _validation(sheet: Worksheet, report: LbfReport, lang: Language) -> None:
    """The last sheet: the validation's summary, then each problem on a row of its own."""
    summary, problems = validation_lines(report)
    row = _write(sheet, 1, 1, summary, "text", lang, bold=True)
    for problem in problems:
        row = _write(sheet, row, 1, problem, "text", lang)
    sheet.column_dimensions["A"].width = 120


def _table(sheet: Worksheet, row: int, table: Table, *, heading: bool, lang: Language) -> int:
    if heading:
        row = _write(sheet, row, 1, table.title, "text", lang, bold=True)
    if table.rows:
        for column, spec in enumerate(table.columns, start=1):
            _write(sheet, row, column, spec.header, "text", lang, bold=True)
        row += 1
        for values in table.rows:
            for column, (value, spec) in enumerate(zip(values, table.columns, strict=True), start=1):
                _write(sheet, row, column, value, spec.kind, lang)
            row += 1
    if table.note:
        row = _write(sheet, row, 1, table.note, "text", lang)
    return row


def _write(
    sheet: Worksheet, row: int, column: int, value: Cell, kind: ColumnKind, lang: Language, *, bold: bool = False
) -> int:
    """Write one cell (text redacted, numbers and dates as they are); the next row."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = redact(value)
        cell.alignment = Alignment(wrap_text=kind == "text" and column > 1, vertical="top")
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT[lang]
    elif value is not None:
        cell.value = value
        cell.number_format = FORMATS[kind]
    if bold:
        cell.font = BOLD
    return row + 1
