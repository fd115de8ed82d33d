"""Every exit-2 error in Danish: each one, made to happen through the real entry point, reads as Danish.

tests/test_danish.py runs the commands over plans; this runs the errors that
stop hplan - a broken ``.hplan.yaml``, a git revision or path that is not
there, a file where a folder goes, a year the plan does not cover - with
``--lang da``. Each must print ``hplan: fejl: ...`` with no English function
word, and nothing marked ``(kun på engelsk)`` but git's own words. A last test
reads the source: an error raised with a plain English string fails it.
"""

from __future__ import annotations

import ast
import pickle
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from git_repos import commit, run_git
from hplan.config import ConfigError
from hplan.i18n import using
from hplan.i18n.message import Joined, Term, msg
from test_danish import english_words

Run = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
PLAN = "plans/oest-i-centrum.yaml"
ONLY_ENGLISH = "(kun på engelsk)"

# What .hplan.yaml can get wrong, all at once: every line is one problem.
BROKEN_CONFIG = """\
pahts: [plans/]
language: fr
status:
  horizon: -1
  on_track: abc
  horizn: 3
rules:
  HP6O2: off
  HP203: maybe
  HP701: off
suppress:
  - file: x
    rule: HP701
    path: a
  - rule: HP901
    file: x
    path: y
  - rule: HP6O2
    file: x
    path: y
  - file: x
    rule: HP602
"""

# (name, files to write into the repository, the command line, the exit code)
CASES: list[tuple[str, dict[str, str], tuple[str, ...], int]] = [
    ("config-problems", {".hplan.yaml": BROKEN_CONFIG}, ("validate",), 2),
    ("config-not-mapping", {".hplan.yaml": "- paths\n"}, ("validate",), 2),
    ("config-yaml", {".hplan.yaml": "paths: [\n"}, ("validate",), 2),
    ("config-missing", {}, ("validate", "--config", "nope.yaml"), 2),
    ("config-thresholds", {".hplan.yaml": "status: {on_track: 0.2}\n"}, ("status", "plans"), 2),
    ("thresholds-order", {}, ("status", "plans", "--on-track", "0.3", "--at-risk", "0.5"), 2),
    ("thresholds-negative", {}, ("status", "plans", "--stale-grace", "-1"), 2),
    ("revision-dash", {}, ("diff", "--base", "-x"), 2),
    ("revision-empty", {}, ("diff", "--base", ""), 2),
    ("revision-missing", {}, ("diff", "--base", "nope"), 2),
    ("diff-folder", {}, ("diff", "plans", PLAN), 2),
    ("diff-after-colon", {}, ("diff", "HEAD:", PLAN), 2),
    ("git-absent", {}, ("diff", "HEAD:plans/nope.yaml", PLAN), 2),
    ("git-folder", {}, ("diff", "HEAD:plans", PLAN), 2),
    ("neither-worktree", {}, ("diff", "--base", "HEAD", "plans/nope.yaml"), 2),
    ("neither-revision", {}, ("diff", "--base", "HEAD", "--head", "HEAD", "plans/nope.yaml"), 2),
    ("git-outside", {}, ("diff", "--base", "HEAD", "/"), 2),
    ("schema-out-file", {"afile": ""}, ("schema", "--out", "afile"), 2),
    ("init-into-file", {"afile": ""}, ("init", "afile"), 2),
    ("init-blocked", {"ny/plans": ""}, ("init", "ny"), 2),
    ("report-folder", {}, ("report", "plans", "--year", "2018"), 2),
    ("report-board", {}, ("report", "plans/boards/aalborg-oest.yaml", "--year", "2018"), 2),
    ("report-outside", {}, ("report", PLAN, "--year", "2030"), 2),
    ("report-future", {}, ("report", PLAN, "--year", "2019", "--as-of", "2018-06-01"), 2),
    ("report-o-folder", {}, ("report", PLAN, "--year", "2018", "-o", "plans"), 2),
    ("report-xlsx", {}, ("report", PLAN, "--year", "2018", "--kind", "lbf", "--format", "xlsx"), 2),
    ("record-unknown", {}, ("record", "measurement", PLAN, "nope", "2018-01-01", "3"), 2),
    ("record-no-such-day", {}, ("record", "measurement", PLAN, "nope", "31.02.2018", "3"), 2),
    ("record-amount", {}, ("record", "spending", PLAN, "2018", "12,50 kr."), 2),
    (
        "profile-broken",
        {"profiles/mine.yaml": "format: 1\nkind: profile\nid: mine\nname: Mine\nmin_local_share: 2\n"},
        ("validate", PLAN, "--profile-path", "profiles"),
        1,
    ),
]


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with the shipped plans committed; the current folder."""
    shutil.copytree(ROOT / "plans", tmp_path / "plans")
    run_git(tmp_path, "init", "-q")
    commit(tmp_path, "the plans")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def _danish_error(result: Result, code: int) -> str:
    """The error output, checked: the exit code, Danish words, nothing marked English."""
    assert result.exit_code == code, result.output
    found = english_words(result.stderr + "\n" + result.stdout)
    assert not found, "\n".join(found)
    return result.stderr


@pytest.mark.parametrize(("name", "files", "args", "code"), CASES, ids=[case[0] for case in CASES])
def test_an_error_reads_in_danish(
    repository: Path, run_hplan: Run, name: str, files: dict[str, str], args: tuple[str, ...], code: int
) -> None:
    _write(repository, files)
    if name == "profile-broken":  # the plan names the broken profile by its id
        plan = repository / PLAN
        plan.write_text(re.sub(r"(?m)^profile: .*$", "profile: mine", plan.read_text("utf-8")), encoding="utf-8")
    result = run_hplan("--lang", "da", *args)
    stderr = _danish_error(result, code)
    if code == 2:
        assert stderr.startswith("hplan: fejl: "), stderr
    else:  # a broken profile is the plan's finding, with pydantic's problem in the shape check's Danish
        assert "HP301 filen med bevillingsrammen kan ikke bruges: bevillingsrammen profiles/mine.yaml" in result.stdout
    assert ONLY_ENGLISH not in result.stderr + result.stdout


def test_every_problem_of_the_configuration_is_danish_at_its_line(repository: Path, run_hplan: Run) -> None:
    _write(repository, {".hplan.yaml": BROKEN_CONFIG})
    lines = _danish_error(run_hplan("--lang", "da", "validate"), 2).splitlines()
    assert lines[0] == (
        "hplan: fejl: .hplan.yaml:1:1: ukendt indstilling 'pahts' (mente du 'paths'?); her kan stå: 'paths', "
        "'as_of', 'language', 'profile_path', 'rules', 'status', 'suppress'"
    )
    assert ".hplan.yaml:2:11: 'language' skal være 'da' eller 'en'" in lines
    assert ".hplan.yaml:4:12: 'status.horizon': skal være mindst 0" in lines
    assert ".hplan.yaml:5:13: 'status.on_track' skal være et tal" in lines
    assert ".hplan.yaml:9:10: 'rules.HP203' skal være 'error', 'warning' eller 'off'" in lines
    assert len(lines) == 12  # one line a problem, none lost in the translation


def test_a_broken_configuration_speaks_the_language_it_states(repository: Path, run_hplan: Run) -> None:
    # The configuration failed, so it chose nothing; its own readable 'language: da' still decides the error's
    # language over the locale, and --lang still decides over it.
    _write(repository, {".hplan.yaml": "language: da\npahts: [plans]\n"})
    english_locale = {"LANG": "en_GB.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}
    stderr = _danish_error(run_hplan("validate", env=english_locale), 2)
    assert stderr.startswith("hplan: fejl: .hplan.yaml:2:1: ukendt indstilling 'pahts' (mente du 'paths'?)")
    assert run_hplan("validate", "--lang", "en", env=english_locale).stderr.startswith("hplan: error: ")
    _write(repository, {".hplan.yaml": "language: fr\npahts: [plans]\n"})  # no language it can speak: the locale
    assert run_hplan("validate", env=english_locale).stderr.startswith("hplan: error: ")


@pytest.mark.parametrize(
    ("written", "danish"),
    [
        ("    reference: Bestyrelsesmøde 2018-04-05, punkt 3\n", "skal have en 'reference' til det referat"),
        ("  - date: 2018-04-10\n", "skal være en dato (ÅÅÅÅ-MM-DD) uden klokkeslæt"),
    ],
)
def test_a_model_s_own_check_reads_in_danish(repository: Path, run_hplan: Run, written: str, danish: str) -> None:
    # The plan model's validators (a revision's approver, a date with a time) give message ids, not English.
    plan = repository / "plans" / "loevvangen.yaml"
    text = plan.read_text("utf-8")
    assert written in text
    changed = "" if "reference" in written else "  - date: 2018-04-10T10:00:00\n"
    plan.write_text(text.replace(written, changed, 1), encoding="utf-8")
    result = run_hplan("--lang", "da", "validate", "plans/loevvangen.yaml")
    assert result.exit_code == 1
    assert danish in result.stdout
    assert ONLY_ENGLISH not in result.stdout


def test_git_s_own_words_are_marked_as_english(tmp_path: Path, run_hplan: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # not a git repository: git says why, in English
    stderr = _danish_error(run_hplan("--lang", "da", "diff", "--base", "HEAD"), 2)
    assert stderr.startswith("hplan: fejl: ")
    assert "ligger ikke i et git-repositorium ((kun på engelsk) " in stderr
    run_git(tmp_path, "init", "-q")
    stderr = _danish_error(run_hplan("--lang", "da", "diff", "--base", "HEAD"), 2)
    assert stderr == (
        f"hplan: fejl: revisionen 'HEAD' findes ikke: git-repositoriet i {tmp_path.resolve()} har endnu ingen commits\n"
        "commit planerne først; hplan diff --base sammenligner med et commit\n"
    )


def test_the_english_of_an_error_is_as_it_was(repository: Path, run_hplan: Run) -> None:
    # The messages moved into the catalogue; the English words of each stayed what users and scripts knew.
    result = run_hplan("--lang", "en", "report", PLAN, "--year", "2030")
    assert result.stderr == (
        "hplan: error: --year 2030: plans/oest-i-centrum.yaml runs from 2017-02-01 to 2021-01-31; "
        "choose a year from 2017 to 2021\n"
    )
    result = run_hplan("--lang", "en", "status", "plans", "--on-track", "0.3", "--at-risk", "0.5")
    assert result.stderr == (
        "hplan: error: --on-track/--at-risk/--maintain-tolerance/--stale-grace: "
        "thresholds must satisfy 0 <= at_risk (0.5) <= on_track (0.3)\n"
    )


def test_an_error_s_parts_keep_their_languages_redacted_and_pickled() -> None:
    # A configuration's problems are joined lines; a value pydantic refused keeps its English beside the Danish.
    refused = Term("'status.horizon' must be greater than or equal to 0", msg("sh.number", name="status.horizon"))
    error = ConfigError(Joined([msg("err.config.no_file", path="0101901234.yaml"), refused, "plain"], "\n"))
    assert str(error) == (
        "######-####.yaml: no such configuration file\n'status.horizon' must be greater than or equal to 0\nplain"
    )
    assert pickle.loads(pickle.dumps(error.message)).rendered() == error.rendered()
    with using("da"):
        assert error.rendered() == (
            "######-####.yaml: konfigurationsfilen findes ikke\n'status.horizon' skal være et tal\n"
            "(kun på engelsk) plain"
        )

    # The Danish words may name the refused value where pydantic's English does not: redacted there too.
    danish = msg("hab.date", name="as_of", value="0101901234", fixed="1990-01-01")
    at = {"file": ".hplan.yaml", "line": 2, "column": 8}
    second = ConfigError(msg("err.config.at", **at, text=Term("'as_of' is wrong", danish)))
    with using("da"):
        assert "0101901234" not in second.rendered()


# --- the source: no error raised with plain English -------------------------------------

ERRORS = ("HplanError", "UsageError", "PathNotFound", "GitError", "ProfileError", "ConfigError")


def _plain_english(node: ast.expr) -> bool:
    """An f-string, a string literal, a concatenation of them or ``t(...)`` (rendered before the language is known)."""
    if isinstance(node, (ast.JoinedStr, ast.Constant)):
        return True
    if isinstance(node, ast.BinOp):
        return _plain_english(node.left) or _plain_english(node.right)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("t", "tn")


def plain_errors(source: str, name: str) -> list[str]:
    """Each error of the HplanError family in ``source`` made from a plain string, as ``file:line``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERRORS):
            continue
        given = [*node.args[:1], *(keyword.value for keyword in node.keywords if keyword.arg in ("message", "hint"))]
        found += [f"{name}:{node.lineno}" for value in given if _plain_english(value)]
    return found


def test_the_source_test_can_fail() -> None:
    assert plain_errors('raise UsageError(f"{x}: no")', "a.py") == ["a.py:1"]
    assert plain_errors('raise GitError(msg("err.x"), hint="yes")', "a.py") == ["a.py:1"]
    assert plain_errors('raise HplanError(t("a.b"))', "a.py") == ["a.py:1"]
    assert plain_errors('raise HplanError("x: " + ", ".join(y))', "a.py") == ["a.py:1"]
    assert plain_errors('raise UsageError(msg("err.x", x=x), hint=msg("err.y"))', "a.py") == []


def test_no_error_is_raised_with_plain_english() -> None:
    package = ROOT / "src" / "hplan"
    found = [
        hit
        for path in sorted(package.rglob("*.py"))
        for hit in plain_errors(path.read_text(encoding="utf-8"), path.relative_to(package).as_posix())
    ]
    assert found == [], "an exit-2 error needs a message id: msg('err....') in i18n/en and i18n/da"
