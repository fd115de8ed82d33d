"""``hplan rules``: the table and one rule's docs, from the registry."""

import json

from typer.testing import CliRunner

from hplan.cli.app import app
from hplan.rules.registry import all_rules

runner = CliRunner()


def test_table_lists_every_rule() -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    for entry in all_rules():
        assert entry.code in result.output


def test_one_rule_shows_passing_and_failing_example() -> None:
    result = runner.invoke(app, ["rules", "hp304"])
    assert result.exit_code == 0
    assert result.output.startswith("HP304 target-direction (error")
    assert "Passing:" in result.output and "Failing:" in result.output


def test_rule_by_name_as_json() -> None:
    result = runner.invoke(app, ["rules", "cpr-number", "--format", "json"])
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert payload["code"] == "HP701"
    assert payload["failing"]
    assert payload["passing"]


def test_unknown_rule_is_exit_2_with_suggestion() -> None:
    result = runner.invoke(app, ["rules", "target-directio"])
    assert result.exit_code == 2
    assert "did you mean 'target-direction'" in result.output
