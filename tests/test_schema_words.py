"""The schema teaches the format: every field and allowed value described (English, Danish); snippets that validate.

The words live in the i18n catalogue (part ``schema``), not in the models, so
these tests walk the models themselves: a field or an allowed value added to
a model fails here until the catalogue describes it in both languages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from hplan.check.shape import MODELS
from hplan.i18n import catalogue
from hplan.schema import DESCRIBED_KINDS, schema_document, schema_name
from hplan.schema.snippets import SNIPPET_MODELS, snippets
from hplan.schema.words import enum_name, missing_words, models_of, word_ids

Run = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
GOOD_PLAN = ROOT / "tests" / "data" / "cli" / "good" / "solbakken.yaml"
LANGUAGES = ("en", "da")


def nodes(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping in a schema document."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from nodes(value)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", DESCRIBED_KINDS)
def test_every_field_and_allowed_value_of_the_models_is_described(kind: str, language: str) -> None:
    model = MODELS[kind]
    assert missing_words(model, language) == [], f"describe these in hplan/i18n/{language}/schema.py"


def test_the_walk_sees_every_field_and_every_allowed_value() -> None:
    # Counted from the models, so that a walk that skipped a nested model or an enum would fail here.
    ids = set(word_ids(MODELS["plan"]))
    fields = sum(len(model.model_fields) for model in models_of(MODELS["plan"]))
    assert len([i for i in ids if i.count(".") == 2 and i.split(".")[1][0].isupper()]) >= fields
    assert "schema.Direction.maintain" in ids and "schema.SourceKind.resident_data" in ids
    assert "schema.Point.value" in ids and "schema.Plan.kind" in ids
    assert enum_name(MODELS["plan"], "kind") is None  # one value: a constant, not a choice


def test_a_new_field_or_value_without_words_is_found() -> None:
    from typing import Literal

    from pydantic import Field

    from hplan.model.common import Strict

    class Widget(Strict):
        size: Literal["small", "large"]
        colour: str = Field(default="red")

    assert missing_words(Widget) == [
        "schema.Widget",
        "schema.Widget.colour",
        "schema.Widget.size",
        "schema.Widget.size.large",
        "schema.Widget.size.small",
        "schema.title.Widget",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_word_is_named_with_its_language_not_a_key_error(
    run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    # What a contributor meets who added a field and described it in one language only.
    words = catalogue("da" if language == "da" else "en")
    assert isinstance(words, dict)
    monkeypatch.delitem(words, "schema.Plan.target_groups")
    monkeypatch.delitem(words, "schema.title.TargetGroup")
    result = run_hplan("schema", "--out", str(tmp_path))
    assert result.exit_code == 2, result.stderr
    assert "Traceback" not in result.stderr and "KeyError" not in result.stderr
    assert "schema.Plan.target_groups, schema.title.TargetGroup" in result.stderr
    assert f"src/hplan/i18n/{language}/schema.py" in result.stderr
    assert ("Danish" if language == "da" else "English") in result.stderr
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_every_member_of_a_union_is_described() -> None:
    # A success criterion is quantitative or qualitative: a walk that stopped at the first would skip one.
    ids = set(word_ids(MODELS["plan"]))
    assert {"schema.QualitativeCriterion.kind", "schema.title.QualitativeCriterion"} <= ids
    assert {"schema.AssessmentStatus.partly_met", "schema.SubTarget.value", "schema.TargetGroup.age"} <= ids


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_optional_field_is_shown_by_its_own_words(language: str) -> None:
    # The editor's hover shows the branch a value matched: baseline's words, not those of a value at a date;
    # lag_months's, not "lag_months || lag_months".
    document = schema_document("plan", language)
    definitions = document["$defs"]
    optional = [(definitions["SuccessCriterion"], "baseline"), (document, "contingency_plan")]
    optional += [(definitions["DataSource"], "lag_months"), (definitions["TargetGroup"], "age")]
    for owner, field in optional:
        prop = owner["properties"][field]
        (branch,) = [b for b in prop["anyOf"] if b != {"type": "null"}]
        assert branch["title"] == field
        assert branch["markdownDescription"] == prop["markdownDescription"] != "", field
    # A choice of models keeps each branch's own words (a board's path, or an inline board).
    board = definitions["Organisation"]["properties"]["board"]
    branches = board.get("oneOf", board.get("anyOf", []))
    assert len(branches) == 2 and all("description" not in branch for branch in branches), board


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", DESCRIBED_KINDS)
def test_the_schema_has_words_everywhere_and_no_class_name(kind: str, language: str) -> None:
    document = schema_document(kind, language)
    classes = {model.__name__ for model in models_of(MODELS[kind])}
    for definition in document.get("$defs", {}).values():
        assert definition["description"] and definition["title"] not in classes
    for node in nodes(document):
        properties = node.get("properties") if node.get("type") == "object" else None
        for name, prop in (properties or {}).items():
            assert prop["title"] == name and prop["description"] and prop["markdownDescription"], name
            assert "default" not in prop or prop["default"] is not None, name
        if "enum" in node and len(node["enum"]) > 1:
            assert len(node["enumDescriptions"]) == len(node["enum"]) == len(node["markdownEnumDescriptions"])
        assert not isinstance(node.get("title"), str) or node["title"] not in classes


def test_the_danish_schema_speaks_danish_and_the_english_english() -> None:
    english, danish = schema_document("plan", "en"), schema_document("plan", "da")
    direction = ("$defs", "SuccessCriterion", "properties", "direction")

    def at(document: dict[str, Any]) -> dict[str, Any]:
        for step in direction:
            document = document[step]
        return document

    assert at(english)["enumDescriptions"][2].startswith("The indicator is to stay")
    assert at(danish)["enumDescriptions"][2].startswith("Skal fastholdes")
    assert at(english)["enum"] == at(danish)["enum"]  # the values typed are the same in both
    assert danish["$id"].endswith("/plan.da.schema.json") and schema_name("plan", "da") == "plan.da.schema.json"
    # apart from their words and snippets, the two schemas are one shape
    assert _shape(english) == _shape(danish)


def _shape(node: Any) -> Any:
    words = {"description", "markdownDescription", "enumDescriptions", "markdownEnumDescriptions", "defaultSnippets"}
    if isinstance(node, dict):
        return {
            key: _shape(value)
            for key, value in node.items()
            if key not in words and key != "$id" and not (key == "title" and isinstance(value, str))
        }
    if isinstance(node, list):
        return [_shape(value) for value in node]
    return node


def test_every_catalogue_word_of_the_schema_is_used() -> None:
    used = {key for kind in DESCRIBED_KINDS for key in word_ids(MODELS[kind])}
    used |= {f"schema.snippet.{name}" for name in SNIPPET_MODELS} | {"schema.snippet.hint"}
    defined = {key for key in catalogue("en") if key.startswith("schema.") and not key.startswith("schema.hint.")}
    assert defined - used == set()


# --- snippets -------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\$\{\d+(?::([^}]*)|\|([^|]*)\|)\}")
# Each snippet fills a list of the good plan; where it goes and the values its date and year placeholders get.
WHERE = {
    "SuccessCriterion": ("focus_areas", 0, "success_criteria"),
    "Measurement": ("focus_areas", 0, "success_criteria", 0, "measurements"),
    "Activity": ("focus_areas", 0, "activities"),
    "Milestone": ("milestones",),
    "BudgetLine": ("budget", "lines"),
    "CooperationAgreement": ("cooperation_agreements",),
    "Evaluation": ("evaluations",),
}


def render(body: Any, indent: str = "") -> str:
    """A snippet body as block YAML, its strings written as they are (as yaml-language-server writes them)."""
    lines = []
    for key, value in body.items():
        if isinstance(value, dict):
            lines.append(f"{indent}{key}:\n{render(value, indent + '  ')}")
        else:
            lines.append(f"{indent}{key}: {value}")
    return "\n".join(lines)


def fill(text: str, year: str) -> str:
    """Each placeholder as a user fills it: dates of ``year`` in order and the year where asked, else what it proposes.

    A choice is filled with its first value.
    """
    dates = iter(f"{year}-{month:02}-28" for month in range(1, 13))

    def one(match: re.Match[str]) -> str:
        proposal, choices = match.groups()
        if choices is not None:
            return choices.split(",")[0]
        if proposal in ("YYYY-MM-DD", "ÅÅÅÅ-MM-DD"):
            return next(dates)
        return year if proposal in ("YYYY", "ÅÅÅÅ") else proposal

    return PLACEHOLDER.sub(one, text)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SNIPPET_MODELS)
def test_each_snippet_filled_in_is_an_item_hplan_accepts(
    run_hplan: Run, tmp_path: Path, name: str, language: str
) -> None:
    from ruamel.yaml import YAML  # lazy: only this test edits a plan

    (entry,) = snippets(language)[name]
    text = render(entry["body"])
    assert PLACEHOLDER.search(text), "a snippet without placeholders teaches nothing"
    unfilled = YAML(typ="safe", pure=True).load(PLACEHOLDER.sub(lambda m: m.group(1) or m.group(2).split(",")[0], text))
    filled = YAML(typ="safe", pure=True).load(fill(text, "2019"))
    plan = YAML(typ="safe", pure=True).load(GOOD_PLAN.read_text(encoding="utf-8"))
    target: Any = plan
    for step in WHERE[name]:
        target = target.setdefault(step, []) if step == WHERE[name][-1] else target[step]
    if name == "Evaluation":
        target[:] = [item for item in target if item["year"] != 2019]
    target.append(filled)
    path = tmp_path / "plan.yaml"
    path.write_text(json.dumps(plan, default=str, ensure_ascii=False), encoding="utf-8")
    result = run_hplan("validate", str(path), "--format", "json", "--as-of", "2020-01-01")
    errors = [d for d in json.loads(result.stdout)["diagnostics"] if d["severity"] == "error"]
    assert errors == [], (name, filled, [e["message"] for e in errors])
    # Left as proposed, a date or year placeholder stays text the schema refuses: the editor flags it until filled.
    assert name == "Activity" or any(isinstance(v, str) and v[:1] in "YÅ" for v in _values(unfilled)), unfilled


def _values(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for value in node.values():
            yield from _values(value)
    else:
        yield node


def test_snippets_sit_on_the_items_they_make() -> None:
    for language in LANGUAGES:
        definitions = schema_document("plan", language)["$defs"]
        for name in SNIPPET_MODELS:
            (entry,) = definitions[name]["defaultSnippets"]
            assert set(entry["body"]) <= set(definitions[name]["properties"]), name
            assert set(definitions[name]["required"]) <= set(entry["body"]), name
