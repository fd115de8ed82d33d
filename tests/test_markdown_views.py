"""Plan text in every markdown view goes through one escaper (``hplan.views.markdown``).

Authors write what they like in a title or a name: a pipe, a line break, a
backslash, something that reads as HTML. A markdown table on GitHub breaks on
the first two and renders the last; the views used to escape differently, so
the same title broke status's table and not diff's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import Result

from hplan.views.markdown import cell, prose, table

Run = Callable[..., Result]
PLAN = "plans/oest-i-centrum.yaml"
ODD_TITLE = "Jobcafé | <b>åben</b> \\ hver\ntirsdag"


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"\|", re.sub(r"\\.", "", line)))


@given(st.text())
def test_a_cell_is_one_line_with_no_raw_html_and_no_bare_pipe(text: str) -> None:
    escaped = cell(text)
    assert escaped == escaped.strip() and len(escaped.splitlines()) <= 1
    assert "<" not in escaped and ">" not in escaped
    assert _unescaped_pipes(escaped) == 0


@given(st.lists(st.lists(st.text(), min_size=3, max_size=3), max_size=4))
def test_a_table_keeps_its_columns_whatever_the_cells_hold(rows: list[list[str]]) -> None:
    lines = table(["a|b", "c", "d"], rows, right=[2])
    assert lines[1] == "|---|---|---:|"
    assert all(_unescaped_pipes(line) == 4 for line in lines)


def test_prose_keeps_pipes_and_backslashes_as_written() -> None:
    assert prose("a | b \\ <c>\n d") == "a | b \\ &lt;c&gt; d"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_an_odd_milestone_title_stays_in_its_status_table_cell(
    run_hplan: Run, repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    text = (repo_root / PLAN).read_text(encoding="utf-8")
    old = "title: Projektkontoret på Saltumvej er åbent for beboerne"
    assert old in text
    plan = tmp_path / "plan.yaml"
    plan.write_text(text.replace(old, f"title: {ODD_TITLE!r}".replace("'", '"').replace("\n", "\\n")), "utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_hplan("status", "plan.yaml", "--as-of", "2017-03-01", "--format", "markdown", "--lang", lang)
    assert result.exit_code in (0, 1), result.output
    lines = result.stdout.splitlines()
    (at,) = [i for i, line in enumerate(lines) if "Jobcafé" in line]
    top = at
    while lines[top - 1].startswith("|"):
        top -= 1
    assert lines[top + 1].startswith("|---")
    assert _unescaped_pipes(lines[at]) == _unescaped_pipes(lines[top])
    row = lines[at]
    assert "<b>" not in row and "&lt;b&gt;" in row
