"""The tables and bulleted lists of the text view of ``hplan status``.

Every table is rich's borderless table (:func:`table`). Two layouts are done
here instead of by rich, for one figure of bench/README.md - ``status`` over
1,000 plans against ``validate`` - because a portfolio has a row and several
bullets per plan, and rich lays a table out, and wraps a renderable, item by
item. With rich laying out every table, the text view of 1,000 plans took
0.9-1.0 s of CPU instead of 0.1 s, after the workers are done; whole
processes, status over 1,000 plans went from 1.43x to 1.65x validate in
colour (median of 9 pairs) and took 1.10x-1.17x as long without colour.

- :func:`grid` lays out a table whose cells are single lines and that fits
  the width, in rich's exact layout (tests/test_status_grid.py holds the two
  equal), and leaves any other table to rich. It draws a plan's budget and
  co-financing too: plain, rich draws the same bytes; in colour rich also
  styles the blanks that pad a cell, which looks the same and is not the
  same bytes.
- :class:`Hanging` wraps bulleted lines itself and draws them as one text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Span, Text

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

Cell = tuple[str, str | Style, list[Span]]


def table(*columns: tuple[str, str]) -> Table:
    """A borderless table with a rule under the header; columns are (header, justify)."""
    drawn = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1),
        collapse_padding=True,
    )
    for header, justify in columns:
        drawn.add_column(header, justify=justify)  # type: ignore[arg-type]
    return drawn


def rich_table(columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[str | Text]]) -> Table:
    """:func:`table` with ``rows`` added."""
    drawn = table(*columns)
    for row in rows:
        drawn.add_row(*row)
    return drawn


def grid(columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[str | Text]], width: int) -> RenderableType:
    """The table :func:`rich_table` draws, laid out here when it fits ``width`` as it stands.

    A table whose cells are single lines and that fits without folding is
    drawn as one block of text in rich's layout. Any other table - one that
    must fold a column to fit, or has a cell of several lines, a wide or
    zero-width character, or a header with a blank line - is left to rich.
    """
    headers = [header.split("\n") for header, _ in columns]
    if not headers or any("" in lines or not all(map(single_width, lines)) for lines in headers):
        return rich_table(columns, rows)
    widths = [max(map(len, lines)) for lines in headers]
    cells = _cells(rows, widths)
    widths[-1] = max(widths[-1], 1)  # as rich does: a last column has a width even when empty
    if cells is None or sum(widths) + 2 * (len(widths) - 1) > width:
        return rich_table(columns, rows)
    return _Lines(widths, [how == "right" for _, how in columns]).draw(headers, cells)


def _cells(rows: Sequence[Sequence[str | Text]], widths: list[int]) -> list[list[Cell]] | None:
    """Each row's cells as (text, style, spans), widening ``widths`` to fit; None if rich must lay them out."""
    out: list[list[Cell]] = []
    for row in rows:
        if len(row) > len(widths):
            return None
        cells: list[Cell] = []
        for i, cell in enumerate(row):
            plain, style, inner = (cell.plain, cell.style, cell.spans) if isinstance(cell, Text) else (cell, "", [])
            if not single_width(plain):
                return None
            widths[i] = max(widths[i], len(plain))
            cells.append((plain, style, inner))
        out.append(cells)
    return out


class _Lines:
    """The lines of a table laid out in ``widths``, and the spans that style them."""

    def __init__(self, widths: list[int], right: list[bool]) -> None:
        self.widths = widths
        self.right = right
        self.total = sum(widths) + 2 * (len(widths) - 1)
        self.lines: list[str] = []
        self.spans: list[Span] = []
        self.offset = 0

    def draw(self, headers: list[list[str]], rows: list[list[Cell]]) -> Block:
        height = max(map(len, headers))
        for number in range(height):
            self.line(
                [
                    (lines[number - height + len(lines)] if number >= height - len(lines) else "", "bold", [])
                    for lines in headers
                ]
            )
        self.lines.append("─" * self.total)
        self.offset += self.total + 1
        for cells in rows:
            self.line([*cells, *(("", "", []) for _ in range(len(self.widths) - len(cells)))])
        return Block(Text("\n".join(self.lines), spans=self.spans, no_wrap=True, overflow="ignore"))

    def line(self, cells: Sequence[Cell]) -> None:
        parts = []
        column = self.offset
        for i, (text, style, inner) in enumerate(cells):
            right = self.right[i]
            plain = text.rstrip() if right else text  # rich measures trailing blanks, aligns without them
            blank = self.widths[i] - len(plain)
            start = column + (blank if right else 0)
            if style and plain:
                self.spans.append(Span(start, start + len(plain), style))
            self.spans.extend(
                Span(start + span.start, start + min(span.end, len(plain)), span.style)
                for span in inner
                if span.start < len(plain)
            )
            parts.append(" " * blank + plain if right else plain + " " * blank)
            column += self.widths[i] + 2
        self.lines.append("  ".join(parts))
        self.offset += self.total + 1


class Block:
    """Text already laid out, drawn as it stands.

    ``console.print`` joins the texts it is given anew, which drops their
    ``no_wrap``, and would wrap each of a portfolio's thousand lines again;
    a renderable around the text keeps it as it is.
    """

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterable[Text]:
        yield self.text


def single_width(text: str) -> bool:
    """Whether each character of ``text`` takes one column: no control, wide or zero-width character."""
    if text.isascii():
        return text.isprintable()
    return not _CONTROL.search(text) and cell_len(text) == len(text)


class Hanging:
    """Lines that wrap under their own text, not under their lead (a bullet, an indent).

    Wrapped here and drawn as one block of text: a portfolio of a thousand
    plans has thousands of items, and a renderable apiece made the text view
    cost more than reading the plans.
    """

    def __init__(self, entries: Iterable[tuple[str, str | Text]]) -> None:
        self.entries = list(entries)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterable[Text]:
        lines: list[Text] = []
        for lead, item in self.entries:
            text = item if isinstance(item, Text) else Text(item)
            width = max(options.max_width - len(lead), 1)
            if len(text.plain) <= width and single_width(text.plain):  # fits: nothing to wrap
                lines.append(Text(lead) + text)
                continue
            hang = " " * len(lead)
            for number, line in enumerate(text.wrap(console, width)):
                out = Text(hang if number else lead)
                out.append_text(line)
                lines.append(out)
        if lines:
            yield Text("\n", no_wrap=True, overflow="ignore").join(lines)


def bullets(items: Iterable[str | Text], indent: str = "  ") -> Hanging:
    """A bulleted list whose items wrap under their own text, not under the bullet."""
    return Hanging((f"{indent}- ", item) for item in items)
