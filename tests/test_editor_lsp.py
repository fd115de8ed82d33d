"""The editor and hplan give one verdict: yaml-language-server, driven over LSP, against ``hplan validate``.

The server is the one VS Code's YAML extension runs: the npm package
``yaml-language-server``, pinned, installed into pytest's cache on first use
and run by Node.js over stdio (one process for this module). It reads each
file's modeline and the schemas in ``schemas/``, as an editor does. Checked:

- the shipped plans and board: no problem in the editor, no error in hplan;
- a corpus of broken plans (one mistake each): where JSON Schema can express
  the rule, the editor and hplan flag the same line; where it cannot
  (docs/editor.md says why), hplan alone flags it; the editor never flags
  a line hplan passes;
- hover shows the field's words (Danish with the Danish schema), never a
  class name; completion offers the new-criterion snippet and, at
  ``direction:``, the allowed values with what they mean;
- the editor settings ``hplan init --lang da`` writes give a plan without a
  modeline the Danish plan schema, and a board only the board schema;
- the README's hover sample is what the server shows.

Without Node.js the module is skipped on a developer's machine and fails
under CI (``CI=true``), where it must run.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from hplan.authoring.init import repository_files
from lsp_client import LanguageServer
from npm_packages import node_package

Run = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
GOOD_PLAN = ROOT / "tests" / "data" / "cli" / "good" / "solbakken.yaml"
SERVER = "yaml-language-server@1.25.0"
AS_OF = "2018-06-01"
SETTINGS: dict[str, Any] = {
    "yaml": {
        "validate": True,
        "hover": True,
        "completion": True,
        "format": {"enable": False},
        "schemaStore": {"enable": False},
        "schemas": {},
    }
}
MODELINE = "# yaml-language-server: $schema=../schemas/{name}\n"
# The good plan's project leader, with a post in the secretariat after it.
STAFF = "{{role: Projektleder, organisation: testby-bolig}}\n    staff:\n      - {{role: Vicevært, fte: {fte}}}\n"
ERROR = 1  # an LSP diagnostic's severity
BOARD = """\
format: 1
kind: board
id: bestyrelsen
name: Bestyrelsen
plans: []
members:
  - {role: Direktør, organisation: Testby Boligselskab}
"""


@pytest.fixture(scope="module")
def server_command(request: pytest.FixtureRequest) -> list[str]:
    """``node .../yaml-language-server --stdio``, the pinned package installed into pytest's cache once."""
    node, script = node_package(request, SERVER, "bin/yaml-language-server", "the editor test")
    return [node, str(script), "--stdio"]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plan repository: the schemas of this checkout in ``schemas/``, plans go in ``plans/``."""
    folder = tmp_path_factory.mktemp("editor")
    shutil.copytree(ROOT / "schemas", folder / "schemas")
    (folder / "plans").mkdir()
    return folder


@pytest.fixture(scope="module")
def editor(server_command: list[str], workspace: Path) -> Iterator[LanguageServer]:
    server = LanguageServer(server_command, workspace, SETTINGS)
    yield server
    server.close()


def editor_errors(diagnostics: list[dict[str, Any]]) -> dict[int, list[str]]:
    """The editor's errors by 1-based line."""
    found: dict[int, list[str]] = {}
    for item in diagnostics:
        if item.get("severity", ERROR) == ERROR:
            found.setdefault(item["range"]["start"]["line"] + 1, []).append(item["message"])
    return found


def hplan_errors(run_hplan: Run, path: Path, among: Path | None = None) -> dict[int, list[str]]:
    """hplan's errors in ``path`` by line, checked alone or with the files under ``among``."""
    result = run_hplan("validate", str(among or path), "--format", "json", "--as-of", AS_OF)
    found: dict[int, list[str]] = {}
    for item in json.loads(result.stdout)["diagnostics"]:
        if item["severity"] == "error" and Path(item["file"]).resolve() == path.resolve():
            found.setdefault(item["line"], []).append(f"{item['rule']} {item['message']}")
    return found


# --- the shipped documents ---------------------------------------------------------------------

SHIPPED = sorted((ROOT / "plans").glob("*.yaml")) + sorted((ROOT / "plans" / "boards").glob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.name)
def test_the_shipped_documents_pass_the_editor_and_hplan(
    editor: LanguageServer, workspace: Path, run_hplan: Run, path: Path
) -> None:
    # A copy at the same depth below the workspace, so that its modeline finds the workspace's schemas.
    copy = workspace / path.relative_to(ROOT)
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, copy)
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
    assert editor.open(copy) == []
    assert hplan_errors(run_hplan, path, among=ROOT / "plans") == {}


# --- a corpus of broken plans --------------------------------------------------------------------

# name: (old, new, the text of the mistaken line, who flags it: "both" or "hplan"). "hplan" marks what JSON
# Schema cannot say; docs/editor.md lists each with the reason.
CORPUS: dict[str, tuple[str, str, str, str]] = {
    "unknown-key": ("        unit: percent\n", "        unit: percent\n        enhed: procent\n", "enhed:", "both"),
    "text-for-amount": ("        lbf: 450000\n", '        lbf: "450000"\n', "lbf:", "both"),
    "decimal-kroner": ("        lbf: 450000\n", "        lbf: 450000.5\n", "lbf:", "both"),
    "grouped-digits": ("        lbf: 450000\n", "        lbf: 450_000\n", "lbf:", "both"),
    "unknown-value": ("    kind: municipality\n", "    kind: kommune\n", "kind: kommune", "both"),
    "bad-id": ("id: solbakken\n", "id: Solbakken Nord\n", "id: Solbakken", "both"),
    "missing-key": ("  purpose: Et trygt", "  formål: Et trygt", "formål:", "both"),
    "list-for-mapping": (
        "period:\n  start: 2017-01-01\n  end: 2020-12-31\n",
        "period: [2017, 2020]\n",
        "period:",
        "both",
    ),
    "danish-date": ("  start: 2017-01-01\n", "  start: 01-01-2017\n", "start: 01-01-2017", "both"),
    "year-zero": ("  - year: 2017\n    date: 2018-02-20\n", "  - year: 0\n    date: 2018-02-20\n", "year: 0", "both"),
    "empty-name": ("name: Solbakken\n", "name:\n", "name:", "both"),
    "no-fte": ("{role: Projektleder, organisation: testby-bolig}\n", STAFF.format(fte=0), "fte: 0", "both"),
    # JSON Schema cannot say these (docs/editor.md): hplan is the stricter one.
    "point-thousands": ("        lbf: 450000\n", "        lbf: 450.000\n", "lbf:", "hplan"),
    "exponent-amount": ("        lbf: 450000\n", "        lbf: 45e4\n", "lbf:", "hplan"),
    "target-against-direction": ("target: {value: 18.0,", "target: {value: 28.0,", "target:", "hplan"),
    "end-before-start": ("  end: 2020-12-31\n", "  end: 2016-12-31\n", "end: 2016", "hplan"),
    "unknown-party": ("{party: testby-kommune,", "{party: testby-kommunen,", "testby-kommunen", "hplan"),
}


def corpus_text(name: str) -> tuple[str, int]:
    """The good plan with its modeline and one mistake, and the 1-based line of the mistake."""
    old, new, needle, _ = CORPUS[name]
    good = MODELINE.format(name="plan.schema.json") + GOOD_PLAN.read_text(encoding="utf-8")
    assert good.count(old) == 1, name
    text = good.replace(old, new)
    before = set(good.splitlines())
    line = next(number for number, line in enumerate(text.splitlines(), 1) if needle in line and line not in before)
    return text, line


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_the_editor_and_hplan_flag_a_mistake_alike_and_hplan_never_less(
    editor: LanguageServer, workspace: Path, run_hplan: Run, name: str
) -> None:
    path = workspace / "plans" / f"{name}.yaml"
    text, line = corpus_text(name)
    path.write_text(text, encoding="utf-8")
    who = CORPUS[name][3]
    in_editor = editor_errors(editor.open(path))
    editor.close_document(path)
    in_hplan = hplan_errors(run_hplan, path)
    assert line in in_hplan, (name, in_hplan)
    if who == "both":
        assert line in in_editor, (name, in_editor, in_hplan)
    else:
        assert in_editor == {}, (name, in_editor)
    # Never the other way round: every line the editor flags, hplan flags too.
    assert set(in_editor) <= set(in_hplan), (name, in_editor, in_hplan)


# --- hover and completion --------------------------------------------------------------------------


def open_plan(editor: LanguageServer, workspace: Path, name: str, schema: str, text: str | None = None) -> Path:
    path = workspace / "plans" / name
    path.write_text(MODELINE.format(name=schema) + (text or GOOD_PLAN.read_text(encoding="utf-8")), encoding="utf-8")
    editor.open(path)
    return path


def position(path: Path, needle: str) -> tuple[int, int]:
    """The 0-based line and character of the first ``needle`` in ``path``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if needle in line:
            return number, line.index(needle)
    raise AssertionError(f"{needle!r} is not in {path}")


@pytest.mark.parametrize(
    ("schema", "key", "title", "expected"),
    [
        ("plan.schema.json", "baseline:", "baseline", "The baseline: the indicator's value before the work began"),
        ("plan.schema.json", "fte:", "fte", "Full-time equivalents (årsværk)"),
        # An inline board: the server shows the branch of 'board' the value is, by its word.
        ("plan.schema.json", "board:", "board", "A board written into the plan, when no other plan shares it."),
        ("plan.da.schema.json", "baseline:", "baseline", "Baseline: indikatorens værdi, før arbejdet begyndte"),
        ("plan.da.schema.json", "direction:", "direction", "* `maintain`: Skal fastholdes"),
        ("plan.da.schema.json", "board:", "bestyrelse", "En bestyrelse skrevet ind i planen"),
    ],
)
def test_hover_shows_the_words_of_the_field(
    editor: LanguageServer, workspace: Path, schema: str, key: str, title: str, expected: str
) -> None:
    text = GOOD_PLAN.read_text(encoding="utf-8").replace(
        "{role: Projektleder, organisation: testby-bolig}\n", STAFF.format(fte=0.5)
    )
    path = open_plan(editor, workspace, f"hover-{schema}.yaml", schema, text)
    line, character = position(path, key)
    shown = editor.hover(path, line, character + 1)
    assert expected in shown, shown
    assert shown.startswith(f"#### {title}\n")  # titled by its key or a word of the plan, never a class name
    for class_name in ("Point", "InlineBoard", "Fte", "Staff", "SuccessCriterion"):
        assert class_name not in shown.replace("Source:", ""), shown


@pytest.mark.parametrize(
    ("key", "title", "expected"),
    [
        ("target_groups:", "target_groups", "Målgrupperne, helhedsplanen arbejder for"),
        # A member of a union (a qualitative criterion) has words of its own.
        ("kind: qualitative", "kind", "`qualitative`: vurderes, måles ikke"),
        ("status: partly_met", "status", "* `partly_met`: Delvist opfyldt."),
        ("targets:", "targets", "Delmålene: den værdi"),
        ("lag_months:", "lag_months", "Hvor mange måneder efter sin dato"),
    ],
)
def test_hover_shows_the_danish_words_of_the_fields_added_since_format_1(
    editor: LanguageServer, workspace: Path, key: str, title: str, expected: str
) -> None:
    plan = (ROOT / "plans" / "oest-i-centrum.yaml").read_text(encoding="utf-8")
    text = plan.split("\n", 1)[1]  # its own modeline gives way to the Danish schema's
    path = open_plan(editor, workspace, "hover-new-fields.yaml", "plan.da.schema.json", text)
    line, character = position(path, key)
    shown = editor.hover(path, line, character + 1)
    assert expected in shown, shown
    # The key once, escaped as markdown: an optional field is no "lag_months || lag_months".
    heading = title.replace("_", r"\_")
    assert shown.startswith(f"#### {heading}\n"), shown


@pytest.mark.parametrize(
    ("schema", "label", "words"),
    [("plan.schema.json", "New success criterion", "text"), ("plan.da.schema.json", "Nyt succeskriterium", "tekst")],
)
def test_completion_at_a_new_criterion_offers_the_snippet(
    editor: LanguageServer, workspace: Path, schema: str, label: str, words: str
) -> None:
    text = GOOD_PLAN.read_text(encoding="utf-8").replace("    success_criteria:\n", "    success_criteria:\n      - \n")
    path = open_plan(editor, workspace, f"new-criterion-{schema}.yaml", schema, text)
    line = path.read_text(encoding="utf-8").splitlines().index("      - ")
    items = editor.complete(path, line, 8)
    snippet = next((item for item in items if item["label"] == label), None)
    assert snippet is not None, [item["label"] for item in items]
    inserted = snippet.get("textEdit", {}).get("newText") or snippet["insertText"]
    assert "direction: ${5|increase,decrease,maintain|}" in inserted
    assert f"name: ${{11:{words}}}" in inserted
    assert "year: 0" not in inserted and "null" not in inserted


@pytest.mark.parametrize(
    ("schema", "maintain"),
    [
        ("plan.schema.json", "The indicator is to stay where it is"),
        ("plan.da.schema.json", "Skal fastholdes: målet er lig med baseline."),
    ],
)
def test_completion_at_direction_offers_the_values_with_their_meaning(
    editor: LanguageServer, workspace: Path, schema: str, maintain: str
) -> None:
    text = GOOD_PLAN.read_text(encoding="utf-8").replace("        direction: decrease\n", "        direction: \n")
    path = open_plan(editor, workspace, f"direction-{schema}.yaml", schema, text)
    line, character = position(path, "direction: ")
    items = editor.complete(path, line, character + len("direction: "))
    offered = {item["label"]: item.get("documentation") for item in items}
    assert set(offered) == {"increase", "decrease", "maintain"}, offered
    documentation = offered["maintain"]
    assert isinstance(documentation, dict) and documentation["value"].startswith(maintain)


def test_the_readme_shows_what_the_editor_shows(editor: LanguageServer, workspace: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- editor-hover:start -->\n```text\n", "```\n<!-- editor-hover:end -->"
    sample = readme[readme.index(start) + len(start) : readme.index(end)]
    path = open_plan(editor, workspace, "readme-sample.yaml", "plan.da.schema.json")
    line, character = position(path, "direction:")
    shown = editor.hover(path, line, character + 1)
    assert shown.split("\n\nSource: ")[0] + "\n" == sample


def test_the_settings_hplan_init_writes_give_each_file_its_schema_without_a_modeline(
    editor: LanguageServer, workspace: Path
) -> None:
    settings = json.loads(repository_files("da", "github")[".vscode/settings.json"])
    editor.configure({"yaml": {**SETTINGS["yaml"], **settings_yaml(settings)}})
    try:
        plan = workspace / "plans" / "2019" / "no-modeline.yaml"
        plan.parent.mkdir(parents=True, exist_ok=True)
        plan.write_text(GOOD_PLAN.read_text(encoding="utf-8").replace("lbf: 450000", "lbf: 450_000"), encoding="utf-8")
        (found,) = editor.open(plan)  # one folder deeper, no modeline: the Danish plan schema still checks it
        assert found["data"]["schemaUri"] == [(workspace / "schemas" / "plan.da.schema.json").as_uri()]
        board = workspace / "plans" / "boards" / "no-modeline.yaml"
        board.parent.mkdir(parents=True, exist_ok=True)
        board.write_text(BOARD.replace("plans: []", "planer: []"), encoding="utf-8")
        schemas = {uri for item in editor.open(board) for uri in item["data"]["schemaUri"]}
        assert schemas == {(workspace / "schemas" / "board.da.schema.json").as_uri()}  # not the plan's too
    finally:
        editor.configure(SETTINGS)


def settings_yaml(settings: dict[str, Any]) -> dict[str, Any]:
    """The ``yaml.*`` entries of a VS Code settings file, as the server's ``yaml`` section."""
    return {key.removeprefix("yaml."): value for key, value in settings.items() if key.startswith("yaml.")}
