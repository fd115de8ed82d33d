"""Whatever text arrives, reading and checking it yields diagnostics, never an exception.

Random text and random damage to the shipped plans (a line dropped, doubled or
re-indented, characters inserted, the file cut short) go through
``load_text`` and ``check_document``; every diagnostic must stand inside the
text it describes.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hplan.check.context import Options
from hplan.check.pipeline import FileResult, check_document
from hplan.diagnostics import Diagnostic
from hplan.yamlio.loader import load_text

PLANS = Path(__file__).resolve().parent.parent / "plans"
SHIPPED = {path.relative_to(PLANS).as_posix(): path.read_text(encoding="utf-8") for path in PLANS.rglob("*.yaml")}
OPTIONS = Options(as_of=dt.date(2018, 6, 1))

# The line breaks libyaml counts when it numbers lines.
YAML_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")

# Characters that matter to YAML, plus letters, digits, Danish letters, a few
# far-away code points, and control characters (which libyaml refuses).
YAML_ALPHABET = st.sampled_from(
    list(" \t\n\r:-?,[]{}#&*!|>'\"%@`.~<=+_0123456789")
    + list("abcdefxyzæøåÆØÅ")
    + ["\x85", "\u2028", "é", "😀", "\ufeff"]
)
TEXT_ALPHABET = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_within(text: str, diagnostics: list[Diagnostic]) -> None:
    """Every diagnostic's line exists in ``text`` and its column is on that line (or just past its end)."""
    lines = YAML_BREAK.split(text)
    for d in diagnostics:
        assert 1 <= d.line <= len(lines), (d, len(lines))
        assert 1 <= d.column <= len(lines[d.line - 1]) + 1, (d, lines[d.line - 1])


def read_and_check(text: str, options: Options = OPTIONS) -> FileResult:
    """Load and fully check ``text``; fail on an exception or a diagnostic outside the text."""
    doc = load_text(text, "fuzz.yaml")
    assert_within(text, doc.diagnostics)
    if doc.data is None:
        assert doc.diagnostics, "a document without data must say why"
    result = check_document(doc, options, None)
    assert_within(text, result.diagnostics)
    return result


@SETTINGS
@given(st.text(YAML_ALPHABET, max_size=200))
def test_yaml_like_noise_never_raises(text: str) -> None:
    read_and_check(text)


@SETTINGS
@given(st.text(TEXT_ALPHABET, max_size=200))
def test_any_text_never_raises(text: str) -> None:
    read_and_check(text)


@st.composite
def damaged_plan(draw: st.DrawFn) -> str:
    """A shipped plan or board with one to three random injuries."""
    text = draw(st.sampled_from(sorted(SHIPPED.values())))
    for _ in range(draw(st.integers(1, 3))):
        lines = text.split("\n")
        index = draw(st.integers(0, len(lines) - 1))
        injury = draw(
            st.sampled_from(["drop", "double", "indent", "dedent", "insert", "truncate", "swap", "tab", "cpr"])
        )
        if injury == "drop":
            del lines[index]
        elif injury == "double":
            lines.insert(index, lines[index])
        elif injury == "indent":
            lines[index] = " " * draw(st.integers(1, 4)) + lines[index]
        elif injury == "dedent":
            lines[index] = lines[index][draw(st.integers(1, 4)) :]
        elif injury == "tab":
            lines[index] = "\t" + lines[index]
        elif injury == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif injury == "cpr":
            # A CPR-like number: the personal-data rule must place it on the text too.
            column = draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:column] + " 010190-1234" + lines[index][column:]
        elif injury == "insert":
            column = draw(st.integers(0, len(lines[index])))
            extra = draw(st.text(YAML_ALPHABET, min_size=1, max_size=8))
            lines[index] = lines[index][:column] + extra + lines[index][column:]
        text = "\n".join(lines)
        if injury == "truncate":
            text = text[: draw(st.integers(0, len(text)))]
    return text


@SETTINGS
@given(damaged_plan())
def test_damaged_plans_never_raise(text: str) -> None:
    read_and_check(text)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_shipped_documents_are_clean(name: str) -> None:
    # The baseline of the damage above: undamaged, each file reads and checks clean.
    assert read_and_check(SHIPPED[name]).diagnostics == []


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_line_endings_do_not_move_anything(name: str, newline: str) -> None:
    unix = load_text(SHIPPED[name])
    other = load_text(SHIPPED[name].replace("\n", newline))
    assert other.diagnostics == []
    assert other.data == unix.data
    assert other.positions == unix.positions
    assert other.key_positions == unix.key_positions


@pytest.mark.parametrize("newline", ["\r", "\u2028"])
def test_cpr_number_stands_where_the_loader_counts_lines(newline: str) -> None:
    text = newline.join(["format: 1", "kind: plan", "note: ring 010190-1234"]) + newline
    found = [(d.line, d.column) for d in read_and_check(text, OPTIONS).diagnostics if d.rule == "HP701"]
    assert found == [(3, 12)]
