"""The CI examples of docs/ci.md are valid workflows, and name options hplan has.

The schemas are check-jsonschema's vendored copies of GitHub's and GitLab's,
so the test runs offline.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hplan.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
CHECK_JSONSCHEMA = Path(sys.executable).with_name("check-jsonschema")


@pytest.mark.parametrize(
    ("example", "schema"),
    [
        ("github-actions-plan-review.yml", "vendor.github-workflows"),
        ("gitlab-ci-plan-review.yml", "vendor.gitlab-ci"),
    ],
)
def test_example_workflow_is_valid(example: str, schema: str) -> None:
    result = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", schema, str(EXAMPLES / example)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def hplan_commands() -> list[str]:
    """Every ``hplan ...`` command line of the CI docs and examples (shell variables left as they are)."""
    texts = [(ROOT / "docs" / "ci.md").read_text(encoding="utf-8")]
    texts += [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.yml"))]
    found: list[str] = []
    for text in texts:
        for match in re.finditer(r"(?<![\w/-])hplan (validate|diff|status|rules)[^\n`|>]*", text):
            found.append(match.group(0).split(" || ")[0].strip())
    return found


COMMANDS = hplan_commands()


def test_the_docs_show_the_three_ci_steps() -> None:
    joined = "\n".join(COMMANDS)
    assert "--format github" in joined
    assert "--format markdown" in joined
    assert "--check-approvals" in joined


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_in_the_ci_docs_exists(command: str) -> None:
    words = command.split()[1:]
    options = [w.strip("\"'`.,;:)") for w in words if w.startswith("--")]
    help_text = CliRunner().invoke(app, [words[0], "--help"], terminal_width=200).output
    for option in options:
        assert option.split("=")[0] in help_text, f"{command}: {option} is not an option of hplan {words[0]}"
