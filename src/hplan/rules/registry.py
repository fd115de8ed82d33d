"""The rule registry: every check hplan makes, with a stable code and its docs.

A rule is a function decorated with :func:`rule`. Its docstring is its
documentation: a one-line summary, an explanation, and a ``Passing:`` and a
``Failing:`` example. ``hplan rules``, the README's rule table and the tests
read the registry; nothing keeps a second list.

Scopes say what a rule's ``check`` receives:

``read``
    Checked while reading and shaping a file (loader and models); no
    ``check`` function, documented here so every code has one home.
``plan`` / ``board``
    A :class:`PlanContext` / :class:`BoardContext` of one valid document.
``text``
    The :class:`~hplan.yamlio.document.Document` as read, valid or not.
``files``
    Every file checked together (:class:`~hplan.check.context.FileFacts`).
``suppressions``
    What applying the suppressions left over
    (:class:`~hplan.check.policy.SuppressionOutcome`): reasons missing, suppressions
    unused or unreadable.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from hplan.codes import NAMES
from hplan.diagnostics import Severity

Scope = Literal["read", "plan", "board", "text", "files", "suppressions"]
CODE = re.compile(r"^HP\d{3}$")


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule found, at a document path (or an explicit position)."""

    path: tuple[str | int, ...]
    message: str
    at_key: bool = False
    position: tuple[int, int] | None = None
    severity: Severity | None = None  # the rule's own, unless the profile raises it (HP630)


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule."""

    code: str
    name: str
    severity: Severity
    scope: Scope
    doc: str
    check: Callable[[Any], Iterator[Any]] | None

    @property
    def summary(self) -> str:
        """The first line of the rule's documentation."""
        return self.doc.strip().splitlines()[0].strip()

    def example(self, label: str) -> str:
        """The ``Passing`` or ``Failing`` example of the docs, dedented."""
        match = re.search(rf"^{label}:\s*\n((?:[ \t]+.*\n?|[ \t]*\n)+)", self.doc, re.M)
        if match is None:
            return ""
        return inspect.cleandoc(match.group(1))


RULES: dict[str, Rule] = {}


def rule(code: str, severity: Severity, scope: Scope) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``check`` under ``code`` (a :mod:`hplan.codes` constant); its docstring is the rule's documentation."""

    def register(check: Callable[..., Any]) -> Callable[..., Any]:
        _add(Rule(code, NAMES[code], severity, scope, inspect.cleandoc(check.__doc__ or ""), check))
        return check

    return register


def document_read_rule(code: str, doc: str) -> None:
    """Register a rule that the loader or the models check (no ``check`` function)."""
    _add(Rule(code, NAMES[code], Severity.ERROR, "read", inspect.cleandoc(doc), None))


def _add(entry: Rule) -> None:
    if not CODE.match(entry.code):
        raise ValueError(f"rule code {entry.code!r} is not HP + three digits")
    if entry.code in RULES:
        raise ValueError(f"rule code {entry.code} registered twice")
    RULES[entry.code] = entry


def all_rules() -> list[Rule]:
    """Every rule, sorted by code (importing :mod:`hplan.rules`, which this module's import does, registers them)."""
    return [RULES[code] for code in sorted(RULES)]


def by_scope(scope: Scope) -> list[Rule]:
    """The registered rules of one scope, by code."""
    return [entry for entry in all_rules() if entry.scope == scope]
