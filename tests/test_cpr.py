"""CPR-like numbers: the fast byte scan agrees with the regex, and redaction hides them."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from hplan.diagnostics import Diagnostic, Severity
from hplan.privacy import CPR_CANDIDATE, cpr_positions, is_cpr_date, redact


def regex_positions(text: str) -> list[tuple[int, int]]:
    found = []
    for match in CPR_CANDIDATE.finditer(text):
        if is_cpr_date(match.group(1)):
            line_start = text.rfind("\n", 0, match.start()) + 1
            found.append((text.count("\n", 0, line_start) + 1, match.start() - line_start + 1))
    return found


pieces = st.sampled_from(["0101901234", "010190-1234", "3112991234", "290200", "-", "\n", " ", "æ", "1", "0", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(pieces | st.text(alphabet="0123456789-\nø ", max_size=5), max_size=20).map("".join))
def test_byte_scan_agrees_with_regex(text: str) -> None:
    assert cpr_positions(text) == regex_positions(text)


def test_positions_count_characters_not_bytes() -> None:
    text = "a: 1\nrolle: æøå 010190-1234\n"
    assert cpr_positions(text) == [(2, 12)]


def test_dates_and_amounts_are_not_cpr() -> None:
    text = "date: 2017-01-16\nlbf: 4500000\nphone: 98765432\nbig: 12345678901\nnot-a-date: 3213991234\n"
    assert cpr_positions(text) == []


def test_redact_masks_every_format() -> None:
    assert redact("ring 010190-1234 eller 0101901234") == "ring ######-#### eller ######-####"
    assert redact("beløb 450000") == "beløb 450000"


def test_diagnostic_messages_never_carry_a_cpr_number() -> None:
    d = Diagnostic("f.yaml", 1, 1, "HP005", Severity.ERROR, "unknown key '010190-1234'", "x.010190-1234")
    assert not re.search(r"\d{6}-?\d{4}", d.message + d.path)
