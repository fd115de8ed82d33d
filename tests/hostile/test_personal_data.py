"""A CPR-like number is caught wherever it stands, and no output of any command ever repeats it.

Caught (HP701, at the number's own line and column): in every text value and
every key of every document kind - a plan, a board, a profile - with and
without the hyphen, in comments, and in files that do not even parse.

Never repeated: validate (text, json, github), status (text, markdown,
json), diff (text, markdown, json; two files and ``--base``), report
(markdown, HTML to a file), schema, and every exit-2 message - a path, a
folder, a revision, an option value that holds such a number. The number
may be masked (``######-####``); it may not appear in any spelling.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from hostile.plans import BASE, dump, walk
from hplan.check.context import Options
from hplan.check.pipeline import check_document
from hplan.cli.app import app
from hplan.privacy import find_cpr
from hplan.rules.registry import by_scope
from hplan.yamlio.loader import load_text

ROOT = Path(__file__).resolve().parents[2]
OPTIONS = Options(as_of=dt.date(2018, 6, 1))
CPRS = ["010190-1234", "0101901234"]
# Any spelling of the number: with or without the hyphen, or with the digits apart.
ANY_SPELLING = re.compile(r"010190\D{0,3}1234")


def documents() -> dict[str, Any]:
    """One document of each kind, as plain data."""
    board = load_text((ROOT / "plans" / "boards" / "aalborg-oest.yaml").read_text(encoding="utf-8")).data
    profile = load_text((ROOT / "src" / "hplan" / "profiles" / "lbf-2015-18.yaml").read_text(encoding="utf-8")).data
    return {"plan": BASE, "board": board, "profile": profile}


def places(data: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every text value (``value``) and every key (``key``) of a document, by its path."""
    for path, value in walk(data):
        if isinstance(value, str):
            yield path, "value"
        if path and isinstance(path[-1], str):
            yield path, "key"


def with_number(data: Any, path: tuple[str | int, ...], where: str, number: str) -> Any:
    """``data`` with ``number`` added to the text at ``path`` (``value``) or to its key (``key``)."""
    changed = copy.deepcopy(data)
    parent = changed
    for part in path[:-1]:
        parent = parent[part]
    if where == "value":
        parent[path[-1]] = f"{parent[path[-1]]} {number}"
    else:
        items = list(parent.items())
        parent.clear()
        parent.update((f"{key}-{number}" if key == path[-1] else key, value) for key, value in items)
    return changed


CASES = [
    (kind, path, where, number) for kind, data in documents().items() for path, where in places(data) for number in CPRS
]


def test_every_place_of_every_kind_is_checked() -> None:
    kinds = {kind for kind, *_ in CASES}
    assert kinds == {"plan", "board", "profile"}
    assert len(CASES) > 600


@pytest.mark.parametrize("kind", ["plan", "board", "profile"])
def test_caught_in_every_text_value_and_every_key(kind: str) -> None:
    data = documents()[kind]
    missed = []
    for case_kind, path, where, number in CASES:
        if case_kind != kind:
            continue
        text = dump(with_number(data, path, where, number))
        start = text.index(number)
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        doc = load_text(text, f"{kind}.yaml")
        # The rule as validate runs it on every document's text (check_document runs it too; see below).
        found = [finding for entry in by_scope("text") if entry.check for finding in entry.check(doc)]
        if (line, column) not in {finding.position for finding in found}:
            missed.append((path, where, number))
        assert not [f for f in found if ANY_SPELLING.search(f.message)]
    assert missed == []
    # And through the whole check, once per kind: an error, at the number, that never repeats it.
    path, where, number = next((p, w, n) for k, p, w, n in CASES if k == kind)
    text = dump(with_number(data, path, where, number))
    found = check_document(load_text(text, f"{kind}.yaml"), OPTIONS, None).diagnostics
    hp701 = [d for d in found if d.rule == "HP701"]
    assert hp701 and all(d.is_error for d in hp701)
    assert not [d for d in found if ANY_SPELLING.search(d.message + d.path + d.file)]


@pytest.mark.parametrize(
    "text",
    [
        "format: 1\nkind: plan\n# kontakt 010190-1234\nname: Solhaven\n",
        'format: 1\nkind: plan\nname: "Solhaven 010190-1234\nid: x\n',  # a syntax error on the number's line
        "format: 1\nkind: plan\nname: Solhaven\n  0101901234: x\n",  # the error stands right at the number
        "format: 1\nkind: plan\nname: a\x07 0101901234\n",  # control character, same line
    ],
)
def test_caught_in_comments_and_broken_files(text: str) -> None:
    found = check_document(load_text(text, "broken.yaml"), OPTIONS, None).diagnostics
    assert "HP701" in {d.rule for d in found}
    assert not [d for d in found if ANY_SPELLING.search(d.message + d.path)]


# -- no output repeats it ------------------------------------------------------------

NUMBER = "0101901234"
HYPHENED = "010190-1234"


def cpr_plan() -> str:
    """The base plan with the number in many kinds of place: texts, an id, a key, a comment, a note."""
    plan = copy.deepcopy(BASE)
    plan["name"] = f"Solhaven {HYPHENED}"
    plan["area"] = f"Område {NUMBER}"
    plan["parties"][0]["name"] = f"Boligselskab {NUMBER}"
    plan["focus_areas"][0]["purpose"] = f"Formål {HYPHENED}"
    plan["focus_areas"][0]["success_criteria"][0]["id"] = f"ub-{NUMBER}"
    plan["focus_areas"][0]["success_criteria"][0]["indicator"] = f"Indikator {NUMBER}"
    plan["focus_areas"][0]["success_criteria"][0]["measurements"][0]["note"] = f"Borger {HYPHENED}"
    plan["milestones"][0]["title"] = f"Møde med {NUMBER}"
    plan["budget"]["lines"][0]["funding"][f"kilde-{NUMBER}"] = 1000
    plan["evaluations"][0]["summary"] = f"Evaluering {HYPHENED}"
    plan["evaluations"][0]["decisions"] = [f"Beslutning {NUMBER}"]
    plan["revisions"][0]["reference"] = f"Sag {HYPHENED}"
    # A focus area whose id holds the number, everywhere the plan names it.
    return f"# Kontakt: {HYPHENED}\n" + dump(plan).replace("tryghed-og-trivsel", f"tryghed-{NUMBER}")


def hplan(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def assert_never_repeated(result: Result, *files: Path) -> None:
    text = result.stdout + result.stderr + "".join(f.read_text(encoding="utf-8") for f in files if f.exists())
    assert "Traceback" not in text
    assert not ANY_SPELLING.search(text), ANY_SPELLING.search(text)
    assert find_cpr(text) == []


@pytest.fixture
def cpr_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose plan holds the number, in a folder and a file named with it; the current folder."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    root = tmp_path / "repo"
    folder = root / "plans" / f"borger-{HYPHENED}"
    folder.mkdir(parents=True)
    (folder / f"{NUMBER}.yaml").write_text((ROOT / "tests" / "data" / "base-plan.yaml").read_text(encoding="utf-8"))
    board = (ROOT / "plans" / "boards" / "aalborg-oest.yaml").read_text(encoding="utf-8")
    (folder / "board.yaml").write_text(board.replace("name: Bestyrelsen", f"name: Bestyrelsen {NUMBER}"))
    git = ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "plans"]):
        subprocess.run([*git, *args], cwd=root, check=True, capture_output=True)
    (folder / f"{NUMBER}.yaml").write_text(cpr_plan(), encoding="utf-8")
    monkeypatch.chdir(root)
    return root


PLAN = f"plans/borger-{HYPHENED}/{NUMBER}.yaml"
OUTPUTS = [
    *(("validate", "plans", "--format", f) for f in ("text", "json", "github")),
    *(("status", "plans", "--format", f) for f in ("text", "markdown", "json")),
    *(("status", PLAN, "--format", f) for f in ("text", "markdown", "json")),
    *(("diff", "tests-base.yaml", PLAN, "--format", f) for f in ("text", "markdown", "json")),
    *(("diff", "--base", "main", "--format", f) for f in ("text", "markdown", "json")),
    ("diff", f"main:{PLAN}", PLAN),
    ("report", PLAN, "--year", "2017"),
    ("report", PLAN, "--year", "2017", "--lang", "en"),
    # Danish words around the same plan text.
    ("validate", "plans", "--lang", "da"),
    ("status", PLAN, "--format", "markdown", "--lang", "da"),
    ("diff", "--base", "main", "--lang", "da"),
]


@pytest.mark.parametrize("args", OUTPUTS, ids=[" ".join(args[:4]).replace(HYPHENED, "N") for args in OUTPUTS])
def test_no_output_format_repeats_it(cpr_repo: Path, args: tuple[str, ...]) -> None:
    (cpr_repo / "tests-base.yaml").write_text((ROOT / "tests" / "data" / "base-plan.yaml").read_text())
    result = hplan(*args, *(("--as-of", "2018-06-01") if args[0] in ("validate", "status") else ()))
    assert result.exit_code in (0, 1), result.stderr
    assert_never_repeated(result)


def test_the_html_report_file_does_not_repeat_it(cpr_repo: Path, tmp_path: Path) -> None:
    target = tmp_path / f"rapport-{NUMBER}.html"
    result = hplan("report", PLAN, "--year", "2017", "-o", str(target))
    assert result.exit_code == 0
    assert_never_repeated(result, target)


def test_a_broken_file_named_with_it(cpr_repo: Path) -> None:
    broken = Path(PLAN).with_name(f"{HYPHENED}.yaml")
    broken.write_text(f'format: 1\nkind: plan\nname: "Solhaven {NUMBER}\n', encoding="utf-8")
    for args in (("validate", str(broken)), ("report", str(broken), "--year", "2017"), ("status", str(broken))):
        result = hplan(*args)
        assert result.exit_code in (0, 1)
        severity = "fejl" if args[0] == "report" else "error"  # the report is Danish, its findings too
        assert f"######-####.yaml:3:7: {severity} HP001" in result.stdout + result.stderr
        assert_never_repeated(result)


@pytest.mark.parametrize(
    "args",
    [
        ("validate", f"nowhere/{NUMBER}.yaml"),
        ("status", f"borger-{HYPHENED}"),
        ("report", f"{NUMBER}.yaml", "--year", "2017"),
        ("report", PLAN, "--year", "2017", "-o", f"plans/borger-{HYPHENED}"),
        ("diff", f"{NUMBER}.yaml", PLAN),
        ("diff", "--base", NUMBER),
        ("diff", "--base", "main", "--head", f"x{HYPHENED}"),
        ("diff", f"main:plans/{NUMBER}.yaml", PLAN),
        ("diff", f"{HYPHENED}:{PLAN}", PLAN),
        ("validate", "--as-of", HYPHENED, "plans"),
        ("validate", "--config", f"{NUMBER}.yaml", "plans"),
        ("validate", "--format", NUMBER, "plans"),
        ("report", PLAN, "--year", NUMBER),
        ("status", f"--{NUMBER}"),
        (NUMBER,),
        ("schema", "--out", f"{PLAN}/schemas"),
    ],
)
def test_no_exit_2_message_repeats_it(cpr_repo: Path, args: tuple[str, ...]) -> None:
    result = hplan(*args)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stderr.strip()
    assert_never_repeated(result)
