"""The README's rule table is generated from the registry and never drifts from it."""

from pathlib import Path

from hplan.rules.registry import all_rules
from hplan.views.rules import markdown_table

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- rules:start -->\n", "<!-- rules:end -->"


def test_readme_rule_table_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    table = text[text.index(START) + len(START) : text.index(END)]
    expected = markdown_table(all_rules())
    assert table == expected, (
        "README's rule table is stale: replace the lines between the rules markers with "
        "the output of 'hplan rules --format markdown --lang en'"
    )


def test_every_registered_rule_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    for entry in all_rules():
        assert f"| {entry.code} | {entry.name} |" in text
