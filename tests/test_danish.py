"""Danish all the way through (issue 14): no English sentence reaches a Danish reader.

Every command runs with ``--lang da`` over the shipped plans and broken ones,
in every human format, and its output must hold no English function word
outside what spec/danish.md 1.1 exempts: ids, keys, paths and codes (in
quotes or backticks, or a document path in brackets), and a text marked as
existing only in English. The catalogue behind it is complete (every help
text of the app has an id; every message has both languages, tested in
test_i18n.py), and the mechanism keeps JSON English.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import typer.main
from typer.testing import Result

from hplan import i18n
from hplan.cli.app import app
from hplan.i18n import catalogue
from hplan.i18n.message import Message, Term, localize, msg

Run = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
AS_OF = ("--as-of", "2019-06-01")
BROKEN = ("tests/data/cli/broken", "tests/data/cli/warnings", "tests/data/cli/good")

# English function words: one of them in a Danish line means an English sentence got through.
ENGLISH = frozenset(
    (
        "the",
        "and",
        "of",
        "is",
        "are",
        "was",
        "were",
        "not",
        "with",
        "has",
        "had",
        "must",
        "should",
        "would",
        "could",
        "been",
        "which",
        "when",
        "where",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "its",
        "it",
        "into",
        "from",
        "than",
        "then",
        "your",
        "you",
        "please",
        "no",
        "yes",
        "does",
        "did",
        "will",
        "can",
        "cannot",
    )
)
# What a Danish reader is shown as typed: ids, keys, values and paths in quotes or backticks,
# document paths in brackets, file paths, and what says it exists only in English.
EXEMPT = (
    re.compile(r"`[^`]*`"),
    re.compile(r"'[^']*'"),
    re.compile(r'"[^"]*"'),
    re.compile(r"“[^”]*”"),
    re.compile(r"\[[^\]]*\]"),
    re.compile(r"\S*/\S*"),
    re.compile(r"\S*\w-\w\S*"),  # rule names, options and ids: tag-not-allowed, --as-of, ub-neet
    re.compile(r"\(kun på engelsk\).*"),
    re.compile(r"<[^>]*>"),
)
ONLY_ENGLISH = "(Forklaringen findes kun på engelsk.)"


def english_words(text: str) -> list[str]:
    """The English function words in ``text`` outside the exempt parts, with their line."""
    found = []
    text = text.split(ONLY_ENGLISH, maxsplit=1)[0]  # `rules HP123`: the explanation below says it is English
    text = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S)  # the HTML report's CSS
    for line in text.splitlines():
        bare = line
        for pattern in EXEMPT:
            bare = pattern.sub(" ", bare)
        words = {word.lower() for word in re.findall(r"[^\W\d_]+", bare)}
        found += [f"{word!r} in: {line.strip()}" for word in sorted(words & ENGLISH)]
    return found


def test_the_word_test_can_fail() -> None:
    assert english_words("milestone 'm-1' was due 2018-09-30")
    assert not english_words("milepælen 'm-1' havde frist 30.09.2018 [milestones[m-1].due]")


def danish_runs() -> Iterator[tuple[str, ...]]:
    """Every command and human format, over the shipped plans and broken ones."""
    for output_format in ("text", "markdown"):
        yield "status", "plans", *AS_OF, "-f", output_format
        yield "status", "plans/oest-i-centrum.yaml", *AS_OF, "-f", output_format
        yield "status", *BROKEN, *AS_OF, "-f", output_format
        yield "diff", "tests/golden/diff/old.yaml", "tests/golden/diff/new.yaml", "-f", output_format
        yield "rules", "-f", output_format
    yield "validate", "plans", *AS_OF
    yield "validate", *BROKEN, "--as-of", "2018-06-01"
    yield "validate", "tests/hostile/files", "--as-of", "2018-06-01"
    yield "diff", "tests/golden/diff/old.yaml", "tests/data/cli/broken/shape.yaml"
    yield "report", "plans/oest-i-centrum.yaml", "--year", "2017"
    yield "report", "plans/oest-i-centrum.yaml", "--year", "2018", "-f", "html"
    yield "rules", "HP304"
    yield "rules", "HP009"
    yield ("--help",)
    for command in ("validate", "status", "diff", "report", "rules", "schema", "init"):
        yield command, "--help"
    # exit 2 and Click's usage errors (tests/test_danish_errors.py makes every other exit-2 error happen)
    yield "validate", "plans/skovpark.yaml"
    yield "report", "plans/oest-i-centrum.yaml", "--year", "2030"
    yield "diff", "plans", "plans/loevvangen.yaml"
    yield "validate", "plans", "--as-of", "01.06.2019"
    yield "validate", "--bogus"
    yield "status", "plans", "--horizon", "-1"
    yield "rules", "HP99"
    yield ("nope",)


@pytest.mark.parametrize("args", list(danish_runs()), ids=" ".join)
def test_danish_output_has_no_english_sentence(
    run_hplan: Run, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.chdir(ROOT)
    result = run_hplan(*args, "--lang", "da") if args != ("nope",) else run_hplan("--lang", "da", "nope")
    assert result.exit_code in (0, 1, 2), result.output
    found = english_words(result.stdout + "\n" + result.stderr)
    assert not found, "\n".join(found)


def test_init_in_danish_has_no_english_sentence(run_hplan: Run, tmp_path: Path) -> None:
    result = run_hplan("init", str(tmp_path / "planer"), "--lang", "da")
    assert result.exit_code == 0
    assert not english_words(result.stdout + result.stderr)


def test_the_danish_locale_chooses_danish(run_hplan: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run_hplan("validate", "plans/skovpark.yaml", env={"LC_ALL": "da_DK.UTF-8"})
    assert result.stderr == "hplan: fejl: plans/skovpark.yaml: filen eller mappen findes ikke\n"
    helped = run_hplan("validate", "--help", env={"LANG": "da_DK.UTF-8"})
    assert helped.stdout.startswith("Brug: hplan validate [TILVALG]")
    assert "Vis denne hjælp, og afslut." in helped.stdout


def test_the_configuration_chooses_before_the_locale(
    run_hplan: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "plans").mkdir()
    shutil.copy(ROOT / "tests" / "data" / "cli" / "warnings" / "solbakken-sen.yaml", tmp_path / "plans" / "plan.yaml")
    (tmp_path / ".hplan.yaml").write_text("language: en\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    english = run_hplan("validate", "--as-of", "2018-06-01", env={"LANG": "da_DK.UTF-8"})
    assert english.stdout.endswith("1 file checked: 0 errors, 1 warning\n")
    danish = run_hplan("validate", "--as-of", "2018-06-01", "--lang", "da")
    assert danish.stdout.endswith("1 fil kontrolleret: 0 fejl, 1 advarsel\n")


# --- Danish golden files: one per command and human format (JSON, GitHub and GitLab stay English) ---

GOLDEN = ROOT / "tests" / "golden"
DANISH_GOLDEN = [
    ("validate/all.da.txt", ("validate", *BROKEN, "--as-of", "2018-06-01")),
    ("status/oest-i-centrum.da.txt", ("status", "plans/oest-i-centrum.yaml", "--as-of", "2018-06-01")),
    ("status/oest-i-centrum.da.md", ("status", "plans/oest-i-centrum.yaml", "--as-of", "2018-06-01", "-f", "markdown")),
    ("status/plans.da.txt", ("status", "--as-of", "2018-06-01")),
    ("status/plans.da.md", ("status", "--as-of", "2018-06-01", "-f", "markdown")),
    ("status/loevvangen-2019-09-01.da.txt", ("status", "plans/loevvangen.yaml", "--as-of", "2019-09-01")),
    ("rules/rules.da.txt", ("rules",)),
    ("rules/rules.da.md", ("rules", "-f", "markdown")),
    ("rules/HP304.da.txt", ("rules", "HP304")),
    ("help/hplan.da.txt", ("--help",)),
    ("help/validate.da.txt", ("validate", "--help")),
    ("help/status.da.txt", ("status", "--help")),
]


@pytest.mark.parametrize(("name", "args"), DANISH_GOLDEN, ids=[name for name, _ in DANISH_GOLDEN])
def test_danish_golden(run_hplan: Run, monkeypatch: pytest.MonkeyPatch, name: str, args: tuple[str, ...]) -> None:
    """The Danish view equals tests/golden/NAME; HPLAN_UPDATE_GOLDEN=1 rewrites it (read the diff)."""
    monkeypatch.chdir(ROOT)
    result = run_hplan(*args, "--lang", "da", env={"COLUMNS": "80"})
    assert result.exit_code in (0, 1), result.output
    path = GOLDEN / name
    if os.environ.get("HPLAN_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(result.stdout, encoding="utf-8", newline="\n")
    assert path.is_file(), f"{path} is missing; run with HPLAN_UPDATE_GOLDEN=1 to write it"
    assert result.stdout == path.read_text(encoding="utf-8"), f"{name} differs; HPLAN_UPDATE_GOLDEN=1 rewrites it"


def help_texts() -> Iterator[str]:
    """Every help text the app declares: the group's, each command's and each option's."""
    group = typer.main.get_command(app)
    commands = [group, *getattr(group, "commands", {}).values()]
    for command in commands:
        if command.help:
            yield command.help
        yield from (param.help for param in command.params if getattr(param, "help", None))


def test_every_help_text_has_a_message_id() -> None:
    english = set(catalogue("en").values())
    missing = [text for text in help_texts() if text not in english]
    assert not missing, f"add these to i18n/en/help.py and i18n/da/help.py: {missing}"


def test_json_stays_english_in_danish(run_hplan: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    english = run_hplan("validate", *BROKEN, "--as-of", "2018-06-01", "-f", "json").stdout
    danish = run_hplan("validate", *BROKEN, "--as-of", "2018-06-01", "-f", "json", "--lang", "da").stdout
    assert english == danish
    assert "milestone 'm-natteravne' was due 2018-03-31" in json.loads(danish)["diagnostics"][0]["message"]


def test_a_message_reads_english_and_renders_danish() -> None:
    message = msg("f.milestone.done_without_date", id="m-1")
    assert message == "milestone 'm-1' is done; add 'completed: DATE'"
    with i18n.using("da"):
        assert localize(message) == "milepælen 'm-1' står som gennemført; tilføj 'completed: ÅÅÅÅ-MM-DD'"
        assert localize("an English f-string") == "(kun på engelsk) an English f-string"
        assert localize(Term("a reason", None)) == "(kun på engelsk) a reason"
    assert localize(message) == str(message)


def test_a_message_survives_the_worker_processes() -> None:
    message = msg("f.evaluation.missing", year=2018, due=dt.date(2019, 3, 31))
    copy = pickle.loads(pickle.dumps(message))
    assert isinstance(copy, Message) and copy == message and copy.key == message.key
    with i18n.using("da"):
        assert copy.rendered().startswith("styregruppens evaluering af 2018")


def test_a_decimal_comma_is_never_shown_as_a_number(run_hplan: Run, tmp_path: Path) -> None:
    """``value: 46,1`` in { } is refused, and status and report do not show 46 (spec/danish.md 4.1)."""
    text = (ROOT / "plans" / "loevvangen.yaml").read_text(encoding="utf-8")
    found = re.search(r"\{date: (\d{4}-\d{2}-\d{2}), value: (\d+)\.(\d+)\}", text)
    assert found is not None
    whole = found.group(2)
    plan = tmp_path / "plan.yaml"
    plan.write_text(text.replace(found.group(0), f"{{date: {found.group(1)}, value: {whole},{found.group(3)}}}", 1))
    validated = run_hplan("validate", str(plan), "--lang", "da")
    assert validated.exit_code == 1
    assert f"er skrevet med decimalkomma ({whole},{found.group(3)})" in validated.stdout
    status = run_hplan("status", str(plan), "-f", "json", *AS_OF)
    assert f'"value": {whole},' not in status.stdout and f'"value": {whole}\n' not in status.stdout
