"""The portfolio's fast table layout draws exactly what rich's table draws.

``hplan.views.status.text_layout.grid`` lays simple tables out itself, because rich
takes longer to lay out a thousand-row portfolio than hplan takes to read
the plans. These tests hold the two layouts equal, character for character,
on generated tables, and check that a table the fast layout cannot draw is
left to rich.
"""

from __future__ import annotations

import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from hplan.views.status.text import text_console
from hplan.views.status.text_layout import grid, rich_table

ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
WORDS = st.text(alphabet="abcæøå ÆØÅ0123456789,.%-()kr漢\u0301", max_size=14)
CELL = st.one_of(WORDS, WORDS.map(lambda s: Text(s, style="bold red")), st.just(""))
HEADER = st.one_of(WORDS.filter(str.strip), st.tuples(WORDS.filter(bool), WORDS.filter(bool)).map("\n".join))
COLUMNS = st.lists(st.tuples(HEADER, st.sampled_from(["left", "right"])), min_size=1, max_size=6)


def render(renderable: RenderableType, *, color: bool = False, width: int = 80) -> str:
    """As ``render_text`` prints: plain, or in colour, ``width`` wide."""
    out = io.StringIO()
    text_console(out, color=color, width=width).print(renderable)
    return out.getvalue()


Columns = list[tuple[str, str]]
Rows = list[list[str | Text]]


@st.composite
def tables(draw: st.DrawFn) -> tuple[Columns, Rows]:
    columns = draw(COLUMNS)
    rows = draw(st.lists(st.lists(CELL, min_size=1, max_size=len(columns)), max_size=8))
    return columns, rows


@settings(max_examples=300, deadline=None)
@given(tables(), st.sampled_from([80, 40, 24]))
def test_the_fast_layout_is_rich_s_layout(table: tuple[Columns, Rows], width: int) -> None:
    columns, rows = table
    expected = render(rich_table(columns, rows), width=width)
    assert render(grid(columns, rows, width), width=width) == expected


@settings(max_examples=100, deadline=None)
@given(tables())
def test_in_colour_the_same_characters_and_the_cells_styles(table: tuple[Columns, Rows]) -> None:
    columns, rows = table
    fast = render(grid(columns, rows, 80), color=True)
    slow = render(rich_table(columns, rows), color=True)
    assert ESCAPE.sub("", fast).rstrip() == ESCAPE.sub("", slow).rstrip()
    assert styled_characters(fast) == styled_characters(slow)


def styled_characters(coloured: str) -> list[tuple[str, str]]:
    """Each visible character with the escape codes in force where it stands (blanks are not compared)."""
    found = []
    codes = ""
    for piece in re.split(f"({ESCAPE.pattern})", coloured):
        if ESCAPE.fullmatch(piece):
            codes = "" if piece == "\x1b[0m" else piece
        else:
            found += [(char, codes) for char in piece if not char.isspace()]
    return found


def test_a_portfolio_sized_table_is_drawn_as_one_block() -> None:
    columns = [("Plan", "left"), ("On\ntrack", "right")]
    rows: Rows = [[f"Plan {i}", str(i % 10)] for i in range(1000)]
    fast = grid(columns, rows, 80)
    assert not isinstance(fast, Table)
    assert render(fast) == render(rich_table(columns, rows))


def test_a_table_too_wide_or_with_a_folded_cell_is_left_to_rich() -> None:
    wide = [[("x" * 50), ("y" * 50)]]
    assert isinstance(grid([("A", "left"), ("B", "left")], wide, 80), Table)
    assert isinstance(grid([("A", "left")], [["two\nlines"]], 80), Table)
    assert isinstance(grid([("A", "left")], [["a\ttab"]], 80), Table)
    assert isinstance(grid([], [], 80), Table)
