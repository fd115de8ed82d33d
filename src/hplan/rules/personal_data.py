"""Personal data: plans name roles and organisations, never citizens."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from hplan import codes
from hplan.diagnostics import Severity
from hplan.i18n.message import msg
from hplan.privacy import cpr_positions
from hplan.rules.registry import Finding, rule
from hplan.yamlio.document import Document


@rule(codes.CPR_NUMBER, Severity.ERROR, "text")
def cpr_number(doc: Document) -> Iterator[Finding]:
    """No value, key or comment looks like a Danish CPR number.

    Six digits forming a date DDMMYY, then four digits, with or without a
    hyphen, is a data-protection incident in a shared plan file. No modulus
    11 check is made: numbers issued since 2007 need not pass it. The message
    names the place but never repeats the number. The whole text is checked,
    comments included, even when the YAML is broken.

    Passing:
        role: Boligsocial medarbejder
    Failing:
        note: Kontakt borger 010190-1234
    """
    found = cpr_positions(doc.text) if doc.text else []
    if not found:
        return
    ordered = sorted(doc.positions.items(), key=lambda item: item[1])
    starts = [pos for _, pos in ordered]
    for line, column in found:
        # The innermost node that starts at or before the number names the field.
        index = bisect.bisect_right(starts, (line, column)) - 1
        path = ordered[index][0] if index >= 0 else ()
        yield Finding(
            path,
            msg("f.cpr"),
            position=(line, column),
        )
