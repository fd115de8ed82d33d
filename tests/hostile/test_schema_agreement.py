"""validate's verdict on shape agrees with an independent JSON Schema validator.

A document has shape errors (HP003 unknown key, HP004 missing key, HP005
wrong value, HP011 format/kind) exactly when ``jsonschema`` (Draft 2020-12,
with format checking, as editors and check-jsonschema validate) rejects it
against ``schemas/plan.schema.json``. The documents are the base plan varied
and damaged at random (``plans.py``).

Where YAML and JSON differ, the comparison is made on what a JSON Schema
validator of a YAML file sees, and three differences are excluded on
purpose:

* dates: YAML has dates, JSON has text, so dates become ISO text
  (``2017-02-01``) before the schema sees them (:func:`plans.to_json`), as
  check-jsonschema and editors do. A date is then text wherever the schema
  takes text - but hplan refuses an unquoted date where it expects text
  (``id: 2018-10-25``: HP005 "must be text; put the value in quotes"), and
  the schema cannot say "text, but not a YAML date". The validator here
  takes a YAML date only where the schema says ``"format": "date"``;
  :func:`test_a_date_where_text_is_expected` pins the difference;
* whole numbers: JSON does not tell ``1.0`` from ``1`` (both are "integer"
  to JSON Schema), YAML does, and hplan refuses ``450000.0`` kroner. The
  damage never writes a whole number as a decimal;
* ``$`` in patterns: JSON Schema patterns are ECMA-262, where ``$`` is the end
  of the text; Python's ``re`` (which ``jsonschema`` uses) also matches before
  a final line break, so ``"solhaven\\n"`` would pass ``^[a-z0-9-]+$``. The
  validator here reads patterns the ECMA way, as the schema means them.

What JSON cannot write at all is outside the comparison, and
:func:`test_what_json_cannot_say` pins hplan's side of each: ``.nan`` (JSON
has no NaN; hplan refuses it, HP005), keys that YAML reads as numbers,
booleans, dates or null (JSON keys are text; hplan refuses them in
``funding``), and a merge key (``<<``) that merges no mapping (a YAML
construct; the reader's HP005, not a shape error).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings

from hostile.plans import BASE, ROOT, YamlDate, dump, mutated_plans, to_json, valid_plans
from hplan.check.context import Options
from hplan.check.pipeline import check_document
from hplan.yamlio.loader import load_text

SHAPE_RULES = {"HP003", "HP004", "HP005", "HP011"}
OPTIONS = Options(as_of=dt.date(2018, 6, 1))
BASE_TEXT = (ROOT / "tests" / "data" / "base-plan.yaml").read_text(encoding="utf-8")
PLAN_SCHEMA = json.loads((ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))


def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[jsonschema.ValidationError]:
    if isinstance(instance, str) and re.search(re.sub(r"(?<!\\)\$$", r"\\Z", pattern), instance) is None:
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


def _yaml_type(validator: Any, types: Any, instance: Any, schema: Any) -> Iterator[jsonschema.ValidationError]:
    if isinstance(instance, YamlDate) and schema.get("format") != "date":
        yield jsonschema.ValidationError(f"{instance!r} is a YAML date where the schema expects {types}")
        return
    yield from jsonschema.Draft202012Validator.VALIDATORS["type"](validator, types, instance, schema)


EcmaValidator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator, {"pattern": _ecma_pattern, "type": _yaml_type}
)
VALIDATOR = EcmaValidator(PLAN_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def verdicts(text: str) -> tuple[set[str], list[str]]:
    """(hplan's shape rules that fired, the schema's error messages) for one YAML text."""
    doc = load_text(text, "fuzz.yaml")
    assert doc.data is not None, doc.diagnostics
    reading = list(doc.diagnostics)  # YAML's own problems (duplicate keys, merge keys, tags)
    found = check_document(doc, OPTIONS, None).diagnostics
    shape = {d.rule for d in found if d.rule in SHAPE_RULES and d not in reading}
    schema = [error.message for error in VALIDATOR.iter_errors(to_json(doc.data))]
    return shape, schema


def test_the_validator_reads_patterns_the_ecma_way() -> None:
    assert not VALIDATOR.is_valid({**to_json(BASE), "id": "solhaven\n"})
    assert VALIDATOR.is_valid(to_json(BASE))


def test_a_date_where_text_is_expected() -> None:
    text = BASE_TEXT.replace("  - id: sa-jobcenter\n", "  - id: 2018-10-25\n")
    shape, schema = verdicts(text)
    assert shape == {"HP005"} and schema  # refused by both here: the validator knows it was a YAML date
    plain = jsonschema.Draft202012Validator(PLAN_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    as_text = json.loads(json.dumps(to_json(load_text(text, "date.yaml").data)))
    assert plain.is_valid(as_text)  # an ordinary validator sees only the text 2018-10-25, which is an id


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_plans())
def test_valid_plans_pass_both(plan: dict[str, Any]) -> None:
    shape, schema = verdicts(dump(plan))
    assert (shape, schema) == (set(), [])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_plans())
@example({**BASE, "id": "Solhaven"})
@example({**BASE, "format": "1"})
@example({**BASE, "id": dt.date(2018, 10, 25)})  # a YAML date where text is expected
@example({**BASE, "period": {"start": "20170101", "end": dt.date(2020, 12, 31)}})
def test_shape_errors_iff_the_schema_refuses(plan: dict[str, Any]) -> None:
    text = dump(plan)
    shape, schema = verdicts(text)
    assert bool(shape) == bool(schema), f"hplan: {sorted(shape)}; schema: {schema[:3]}\n{text}"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("        lbf: 450000\n", "        lbf: 450000.0\n"),
        ("        lbf: 450000\n", "        lbf: !!float 450000\n"),
        ("format: 1\n", "format: 1.0\n"),
    ],
)
def test_whole_numbers_written_as_decimals(old: str, new: str) -> None:
    # JSON cannot tell 450000.0 from 450000 (both are integers to JSON Schema); hplan can, and refuses it.
    assert BASE_TEXT.count(old) == 1
    shape, schema = verdicts(BASE_TEXT.replace(old, new))
    assert shape in ({"HP005"}, {"HP011"}) and schema == []


@pytest.mark.parametrize(
    ("old", "new", "rule"),
    [
        ("fte: 1.0,", "fte: .nan,", "HP005"),
        ("{date: 2017-12-31, value: 23.1}", "{date: 2017-12-31, value: .nan}", "HP005"),
        ("        lbf: 450000\n", "        2017: 450000\n", "HP005"),
        ("        lbf: 450000\n", "        ~: 450000\n", "HP005"),
        ("        lbf: 450000\n", "        2017-01-01: 450000\n", "HP005"),
        ("  start: 2017-01-01\n", "  <<: [1]\n  start: 2017-01-01\n", "HP005"),
    ],
)
def test_what_json_cannot_say(old: str, new: str, rule: str) -> None:
    assert BASE_TEXT.count(old) == 1
    text = BASE_TEXT.replace(old, new)
    doc = load_text(text, "edge.yaml")
    assert rule in {d.rule for d in check_document(doc, OPTIONS, None).diagnostics}
