"""Curated snippets (yaml-language-server's ``defaultSnippets``) for the list items a plan grows by.

The language server's own proposal for a new item writes every required key
with an empty or zero value (``year: 0``, ``unit:``), which hplan refuses. Each
snippet here writes a whole item with placeholders: an allowed-value field is
a choice of its values, a date ``YYYY-MM-DD`` (``ÅÅÅÅ-MM-DD`` in Danish) and a
year ``YYYY`` that the editor flags until they are filled, and every other
placeholder a value hplan accepts as it stands. The server writes a body's
strings as they are into block YAML, so a body is plain data with snippet
syntax (``${1:...}``) in its strings.
"""

from __future__ import annotations

from typing import Any, get_args

from hplan.i18n import t, using
from hplan.model.criteria import Direction, Frequency, SourceKind, Unit
from hplan.model.plan import Category, MilestoneStatus

_Body = dict[str, Any]


def _choice(number: int, literal: Any) -> str:
    return f"${{{number}|{','.join(get_args(literal))}|}}"


def _slot(number: int, text: str) -> str:
    return f"${{{number}:{text}}}"


def _bodies() -> dict[str, _Body]:
    """The snippet bodies by model name, with the placeholder words of the active language."""
    date, year = t("schema.hint.date"), t("schema.hint.year")
    text, new_id = t("schema.hint.text"), t("schema.hint.id")
    return {
        "SuccessCriterion": {
            "id": _slot(1, new_id),
            "text": _slot(2, t("schema.hint.criterion")),
            "indicator": _slot(3, t("schema.hint.indicator")),
            "unit": _choice(4, Unit),
            "direction": _choice(5, Direction),
            "baseline": {"value": _slot(6, "0"), "date": _slot(7, date)},
            "target": {"value": _slot(8, "1"), "date": _slot(9, date)},
            "data_source": {
                "kind": _choice(10, SourceKind),
                "name": _slot(11, text),
                "frequency": _choice(12, Frequency),
            },
        },
        "Measurement": {"date": _slot(1, date), "value": _slot(2, "0")},
        "Activity": {"id": _slot(1, new_id), "name": _slot(2, text)},
        "Milestone": {
            "id": _slot(1, new_id),
            "title": _slot(2, text),
            "due": _slot(3, date),
            "status": _choice(4, MilestoneStatus),
        },
        "BudgetLine": {
            "year": _slot(1, year),
            "focus_area": _slot(2, "cross_cutting"),
            "category": _choice(3, Category),
            "funding": {"lbf": _slot(4, "0")},
        },
        "CooperationAgreement": {
            "id": _slot(1, new_id),
            "partner": _slot(2, text),
            "subject": _slot(3, text),
            "signed": _slot(4, date),
        },
        "Evaluation": {"year": _slot(1, year), "date": _slot(2, date), "summary": _slot(3, text)},
    }


SNIPPET_MODELS = (
    "SuccessCriterion",
    "Measurement",
    "Activity",
    "Milestone",
    "BudgetLine",
    "CooperationAgreement",
    "Evaluation",
)


def snippets(language: str) -> dict[str, list[dict[str, Any]]]:
    """``defaultSnippets`` by model name, in ``language``."""
    with using(language):
        bodies = _bodies()
        return {
            name: [
                {
                    "label": t(f"schema.snippet.{name}"),
                    "description": t("schema.snippet.hint"),
                    "body": bodies[name],
                }
            ]
            for name in SNIPPET_MODELS
        }


def add_snippets(schema: dict[str, Any], language: str) -> None:
    """Put the snippets on the models of ``schema``'s ``$defs`` that have them."""
    definitions = schema.get("$defs", {})
    for name, entries in snippets(language).items():
        if name in definitions:
            definitions[name]["defaultSnippets"] = entries
