"""Numbers, amounts and dates typed the Danish way: read as the value meant, or refused; never misread."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hplan.authoring.danish_input import parse_amount, parse_date, parse_figure
from hplan.check.habits import explain
from hplan.danish import day_first, month_number
from hplan.errors import UsageError


@pytest.mark.parametrize(
    "text",
    ["2024-12-31", "31.12.2024", "31-12-2024", "31/12-2024", "31/12/2024", "31. december 2024", "31 dec. 2024"],
)
def test_dates(text: str) -> None:
    assert parse_date(text, "DATE") == dt.date(2024, 12, 31)


def test_a_short_date_is_day_first() -> None:
    assert parse_date("1.4.2024", "DATE") == dt.date(2024, 4, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31.12.24", "has a two-digit year"),
        ("31.02.2024", "is not a day of the calendar"),
        ("12/31/2024", "is not a day of the calendar"),
        ("i morgen", "is not a date"),
        ("20241231", "is not a date"),
    ],
)
def test_dates_refused(text: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_date(text, "DATE")


@pytest.mark.parametrize(
    "text",
    [
        "1250000",
        "1.250.000",
        "1 250 000",
        "1\u00a0250\u00a0000",
        "1.250.000,00",
        "1250000 kr.",
        "1250000 kr",
        "1250000 DKK",
        "kr. 1.250.000",
        "1,25 mio. kr.",
        "1,25 mio",
    ],
)
def test_amounts(text: str) -> None:
    assert parse_amount(text, "AMOUNT") == 1_250_000


def test_a_single_thousands_point_in_an_amount_is_a_thousands_point() -> None:
    assert parse_amount("1.250", "AMOUNT") == 1250


@pytest.mark.parametrize(
    ("text", "message"),
    [("1.250.000,50", "has øre"), ("1250.5", "is not an amount"), ("-100", "is not an amount"), ("mange", "is not an")],
)
def test_amounts_refused(text: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_amount(text, "AMOUNT")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("46,1", 46.1),
        ("46.1", 46.1),
        ("46", 46),
        ("46,0", 46.0),
        ("1.250,5", 1250.5),
        ("1.250.000", 1250000),
        ("46,1 %", 46.1),
        ("-2,5", -2.5),
        ("0,25", 0.25),
    ],
)
def test_figures(text: str, value: float) -> None:
    parsed = parse_figure(text, "VALUE")
    assert parsed == value and type(parsed) is type(value)


@pytest.mark.parametrize("text", ["1.250", "46,1;47,3", "1e3", "nan", "46,1,2"])
def test_figures_refused(text: str) -> None:
    with pytest.raises(UsageError):
        parse_figure(text, "VALUE")


def test_the_ambiguous_figure_names_both_readings() -> None:
    with pytest.raises(UsageError, match=r"'1\.250' can be read as 1250 .* or as 1,25; write 1250 or 1,25"):
        parse_figure("1.250", "VALUE")


@given(st.integers(min_value=0, max_value=10**12))
def test_every_amount_written_the_danish_way_reads_back(amount: int) -> None:
    danish = f"{amount:,}".replace(",", ".")
    assert parse_amount(danish, "AMOUNT") == amount
    assert parse_amount(f"{danish} kr.", "AMOUNT") == amount
    assert parse_amount(str(amount), "AMOUNT") == amount


@given(st.integers(min_value=-(10**6), max_value=10**6), st.integers(min_value=1, max_value=99))
def test_every_decimal_written_with_a_comma_reads_back(whole: int, hundredths: int) -> None:
    text = f"{whole},{hundredths:02d}"
    expected = float(f"{whole}.{hundredths:02d}")
    assert parse_figure(text, "VALUE") == expected
    assert parse_figure(text.replace(",", "."), "VALUE") == expected


DANISH_DATES = ["31.12.2024", "31-12-2024", "31/12-2024", "31/12/2024", "31. december 2024", "31 dec. 2024"]


@pytest.mark.parametrize("text", DANISH_DATES)
def test_a_date_record_reads_is_a_date_validate_explains(text: str) -> None:
    # One reading of the spellings (hplan.danish): the fix validate names is the date record writes.
    explained = explain("date", text, "date")
    assert explained is not None
    assert explained.key == "hab.date"
    assert explained.values["fixed"] == parse_date(text, "DATE").isoformat()


@pytest.mark.parametrize("text", ["31. de 2024", "31 decxyz 2024", "31. 12 2024"])
def test_a_month_is_its_name_or_three_letters_of_it(text: str) -> None:
    assert day_first(text) is None
    with pytest.raises(UsageError, match="is not a date"):
        parse_date(text, "DATE")
    assert explain("date", text, "date") is None


@pytest.mark.parametrize(("word", "month"), [("januar", 1), ("Jan.", 1), ("maj", 5), ("sept", 9), ("december", 12)])
def test_month_names(word: str, month: int) -> None:
    assert month_number(word) == month
