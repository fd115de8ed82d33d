"""Suppressions checked themselves: each says why, hides something, and can be read.

:func:`hplan.check.policy.apply` hides the findings that a ``# hplan: ignore[...]``
comment or a configuration entry names, then hands these rules what it left
over. Their findings can be set to error, warning or off in the
configuration, but not suppressed.
"""

from __future__ import annotations

from collections.abc import Iterator

from hplan import codes
from hplan.check.policy import ConfigSuppression, Directive, SuppressionOutcome, Unused, Where
from hplan.diagnostics import Diagnostic, Severity
from hplan.i18n.message import Message, msg
from hplan.rules.registry import rule

EXAMPLE = "# hplan: ignore[HP602] moved by the board on 2018-03-06"


def _finding(where: Where, code: str, message: str) -> Diagnostic:
    file = where.file if isinstance(where, Directive) else where.source
    path = "" if isinstance(where, Directive) else f"suppress[{where.index}]"
    return Diagnostic(file, where.line, where.column, code, Severity.WARNING, message, path)


@rule(codes.SUPPRESSION_WITHOUT_REASON, Severity.WARNING, "suppressions")
def suppression_without_reason(outcome: SuppressionOutcome) -> Iterator[Diagnostic]:
    """A suppression says why the finding it hides does not apply.

    The reason follows the codes in a comment, or is the ``reason`` of a
    configuration entry. Without one, the next reader cannot tell a decision
    from a shortcut. The finding stays hidden; this warning stands at the
    comment (or the entry).

    Passing:
        due: 2018-09-30  # hplan: ignore[HP602] moved by the board on 2018-03-06
    Failing:
        due: 2018-09-30  # hplan: ignore[HP602]
    """
    for where in outcome.reasonless:
        if isinstance(where, Directive):
            named = ",".join(where.codes)
            message = msg("f.suppression.no_reason", codes=named)
        else:
            message = msg("f.suppression.no_reason_config", rule=where.rule, path=where.path)
        yield _finding(where, codes.SUPPRESSION_WITHOUT_REASON, message)


@rule(codes.UNUSED_SUPPRESSION, Severity.WARNING, "suppressions")
def unused_suppression(outcome: SuppressionOutcome) -> Iterator[Diagnostic]:
    """A suppression hides a finding; one that hides nothing is removed.

    Checked for each code of a comment: the line it applies to (its own, or
    the next line with YAML when the comment stands alone) must have a
    finding of that rule. A configuration entry is checked when a file it
    names was among the files checked. A CPR number (HP701) and the
    suppression rules themselves cannot be suppressed, so naming them is
    reported too. A rule that the configuration turns off makes no finding,
    and its suppressions are not reported.

    Passing:
        due: 2017-03-31  # hplan: ignore[HP602] moved by the board on 2018-03-06
    Failing:
        due: 2017-03-31  # hplan: ignore[HP203] no HP203 finding on this line
    """
    for item in outcome.unused:
        yield _finding(item.where, codes.UNUSED_SUPPRESSION, _unused_message(item))


def _unused_message(item: Unused) -> Message:
    where = item.where
    if item.why == "unknown-rule":
        return msg("f.suppression.unknown_rule", code=item.code)
    if item.why == "cannot-suppress":
        if item.code == codes.CPR_NUMBER:
            return msg("f.suppression.cpr")
        return msg("f.suppression.cannot", code=item.code)
    if isinstance(where, ConfigSuppression):
        return msg("f.suppression.unused_config", rule=where.rule, path=where.path, file=where.file)
    return msg("f.suppression.unused", code=item.code, line=where.target)


@rule(codes.SUPPRESSION_SYNTAX, Severity.WARNING, "suppressions")
def suppression_syntax(outcome: SuppressionOutcome) -> Iterator[Diagnostic]:
    """A ``# hplan:`` comment is a suppression hplan can read.

    The form is ``# hplan: ignore[CODES] reason``, CODES one or more rule
    codes or names separated by commas. A comment that starts like one but
    is misspelt would otherwise hide nothing, silently.

    Passing:
        due: 2018-09-30  # hplan: ignore[HP602,HP203] moved by the board
    Failing:
        due: 2018-09-30  # hplan: ignore HP602 moved by the board
    """
    for directive in outcome.unreadable:
        yield _finding(
            directive,
            codes.SUPPRESSION_SYNTAX,
            msg("f.suppression.syntax", example=EXAMPLE),
        )
