"""Rule cases as data: every rule has cases that pass and fail at a known line and column.

Each ``*.yaml`` file in this folder is a list of cases, one group of rules a
file (as in sqlfluff's YAML rule cases). A case derives its files from
``tests/data/base-plan.yaml``, a small valid plan, runs the core
(:func:`hplan.check.pipeline.validate_paths`) over them in a fresh folder and
compares the findings with ``expect`` as an exact multiset of
(file, rule, line, column): an unexpected extra finding fails the case too.

Keys of a case::

    rule: HP304                 # the rule the case is about (required)
    description: ...            # what the case shows (required)
    edits: [[old, new], ...]    # exact text edits of the base plan; each old occurs once
    document: "..."             # or: the whole text instead of the base plan
    document_parts: [[text, n]] # or: the text as parts repeated n times (big or deep files)
    encoding: latin-1           # how to write the text (default utf-8)
    pad_to_bytes: 10485760      # append comment lines until the file has this size
    files: {name: spec}         # several files; a spec is a text or a mapping of the
                                # keys above ({} is the base plan unchanged)
    git: [folder]               # folders that get an (empty) .git, i.e. are repositories
    symlinks: {link: target}    # symbolic links to make (target relative to the link)
    paths: [path]               # what to validate (default: the whole case folder)
    as_of: 2018-06-01           # the --as-of date (default 2018-06-01)
    absent: [text]              # texts no finding may show (CPR numbers, a board's content)
    config: "..."               # the text of a .hplan.yaml written into the case folder
    cli: true                   # also run `hplan validate` in every output format
    expect:                     # every finding, exactly; [] for a passing case
      - {rule: HP304, line: 65, column: 25, file: plan.yaml,
         message_contains: ..., path: ..., severity: error}

Without ``files``, the case is one file, ``plan.yaml``, and ``file`` may be
left out of its expectations.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from hplan.check.context import Options
from hplan.check.pipeline import ValidationResult, validate_paths
from hplan.check.policy import RulePolicy
from hplan.cli.app import app
from hplan.config import CONFIG_NAME, load_config
from hplan.diagnostics import Diagnostic
from hplan.rules.registry import RULES, all_rules

HERE = Path(__file__).resolve().parent
BASE_PLAN = HERE.parent / "data" / "base-plan.yaml"
DEFAULT_AS_OF = dt.date(2018, 6, 1)
SINGLE_FILE = "plan.yaml"

DOCUMENT_KEYS = {"edits", "document", "document_parts", "encoding", "pad_to_bytes"}
CASE_KEYS = {"rule", "description", "files", "git", "symlinks", "paths", "as_of", "absent", "cli", "expect", "config"}
CASE_KEYS |= DOCUMENT_KEYS
EXPECT_KEYS = {"rule", "line", "column", "file", "message_contains", "path", "severity"}

Location = tuple[str, str, int, int]


@dataclass(frozen=True)
class Case:
    """One rule case as read from a case file."""

    source: str
    data: dict[str, Any]

    @property
    def rule(self) -> str:
        return str(self.data["rule"])

    @property
    def expect(self) -> list[dict[str, Any]]:
        return list(self.data["expect"])

    @property
    def as_of(self) -> dt.date:
        value = self.data.get("as_of", DEFAULT_AS_OF)
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))

    @property
    def multi_file(self) -> bool:
        return "files" in self.data


def case_files() -> list[Path]:
    """The case files, one per group of rules."""
    return sorted(HERE.glob("*.yaml"))


def load_cases() -> list[Case]:
    """Every case of every case file, in file order (also used by the registry test)."""
    reader = YAML(typ="safe", pure=True)
    cases: list[Case] = []
    for path in case_files():
        entries = reader.load(path.read_text(encoding="utf-8"))
        assert isinstance(entries, list), f"{path.name}: a case file is a list of cases"
        for index, entry in enumerate(entries):
            assert isinstance(entry, dict), f"{path.name}: case {index} is not a mapping"
            cases.append(Case(f"{path.stem}[{index}]", entry))
    return cases


def case_id(case: Case) -> str:
    words = "-".join(str(case.data.get("description", "")).lower().split()[:8])
    return f"{case.rule}:{case.source}:{words}"


CASES = load_cases()


def apply_edits(text: str, edits: list[list[str]], where: str) -> str:
    """Apply exact text edits; each ``old`` must occur exactly once in the text so far."""
    for old, new in edits:
        count = text.count(old)
        assert count == 1, f"{where}: edit {old!r} occurs {count} times in the base plan, not once"
        text = text.replace(old, new)
    return text


def render_file(spec: Any, base: str, where: str) -> bytes:
    """The bytes of one case file from its spec."""
    if isinstance(spec, str):
        return spec.encode("utf-8")
    spec = spec or {}
    unknown = set(spec) - DOCUMENT_KEYS
    assert not unknown, f"{where}: unknown keys {sorted(unknown)}"
    if "document" in spec:
        text = str(spec["document"])
    elif "document_parts" in spec:
        text = "".join(str(part) * int(count) for part, count in spec["document_parts"])
    else:
        text = base
    text = apply_edits(text, spec.get("edits", []), where)
    raw = text.encode(spec.get("encoding", "utf-8"))
    if "pad_to_bytes" in spec:
        raw = pad(raw, int(spec["pad_to_bytes"]))
    return raw


def pad(raw: bytes, size: int) -> bytes:
    """``raw`` followed by comment lines, exactly ``size`` bytes in all."""
    missing = size - len(raw)
    assert missing >= 80, "pad_to_bytes must leave room for a comment line"
    first = missing % 80 + 80  # one longer first line takes the remainder
    padded = raw + b"#" * (first - 1) + b"\n" + (b"#" * 79 + b"\n") * (missing // 80 - 1)
    assert len(padded) == size
    return padded


def write_case(case: Case, folder: Path) -> None:
    """Write the case's files (and .git folders) into ``folder``."""
    base = BASE_PLAN.read_text(encoding="utf-8")
    if case.multi_file:
        specs = dict(case.data["files"])
    else:
        specs = {SINGLE_FILE: {key: case.data[key] for key in DOCUMENT_KEYS if key in case.data}}
    for name, spec in specs.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_file(spec, base, f"{case.source} {name}"))
    for repository in case.data.get("git", []):
        (folder / repository / ".git").mkdir(parents=True)
    if "config" in case.data:
        (folder / CONFIG_NAME).write_text(str(case.data["config"]), encoding="utf-8")
    for link, target in case.data.get("symlinks", {}).items():
        (folder / link).parent.mkdir(parents=True, exist_ok=True)
        (folder / link).symlink_to(target)


def expected_locations(case: Case) -> Counter[Location]:
    found: Counter[Location] = Counter()
    for item in case.expect:
        unknown = set(item) - EXPECT_KEYS
        assert not unknown, f"{case.source}: unknown expectation keys {sorted(unknown)}"
        assert case.multi_file == ("file" in item), f"{case.source}: name the file exactly in multi-file cases"
        found[(item.get("file", SINGLE_FILE), item["rule"], item["line"], item["column"])] += 1
    return found


def location(d: Diagnostic) -> Location:
    return (Path(d.file).as_posix(), d.rule, d.line, d.column)


def shown(diagnostics: list[Diagnostic]) -> str:
    return "\n".join(
        f"  {d.file}:{d.line}:{d.column} {d.rule} {d.severity} {d.message} [{d.path}]" for d in diagnostics
    )


def check_details(case: Case, diagnostics: list[Diagnostic]) -> None:
    """Messages, paths and severities that the case names, at their locations."""
    for item in case.expect:
        here = [d for d in diagnostics if location(d) == (item.get("file", SINGLE_FILE), *_key(item))]
        wanted = item.get("message_contains", [])
        wanted = [wanted] if isinstance(wanted, str) else wanted

        def fits(d: Diagnostic, item: dict[str, Any] = item, wanted: list[str] = wanted) -> bool:
            return (
                all(part in d.message for part in wanted)
                and item.get("path", d.path) == d.path
                and item.get("severity", d.severity.value) == d.severity.value
            )

        assert any(fits(d) for d in here), f"{case.source}: no finding fits {item}:\n{shown(here)}"


def _key(item: dict[str, Any]) -> tuple[str, int, int]:
    return item["rule"], item["line"], item["column"]


def run_case(case: Case, folder: Path, monkeypatch: pytest.MonkeyPatch) -> ValidationResult:
    unknown = set(case.data) - CASE_KEYS
    assert not unknown, f"{case.source}: unknown case keys {sorted(unknown)}"
    assert case.rule in RULES, f"{case.source}: {case.rule} is not a registered rule"
    write_case(case, folder)
    monkeypatch.chdir(folder)  # display names are then relative to the case folder
    paths = [Path(p) for p in case.data.get("paths", ["."])]
    policy = load_config(folder / CONFIG_NAME).policy if "config" in case.data else RulePolicy()
    return validate_paths(paths, Options(as_of=case.as_of, policy=policy))


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rule_case(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_case(case, tmp_path, monkeypatch)
    actual = Counter(location(d) for d in result.diagnostics)
    expected = expected_locations(case)
    assert actual == expected, (
        f"{case.source} ({case.data['description']}):\n"
        f"missing: {sorted((expected - actual).elements())}\n"
        f"unexpected: {sorted((actual - expected).elements())}\n"
        f"found:\n{shown(result.diagnostics)}"
    )
    check_details(case, result.diagnostics)
    # A rule reports at its registered severity, unless the case expects another (a profile's fact, HP607).
    stated = {(e["rule"], e["severity"]) for e in case.data["expect"] if "severity" in e}
    for d in result.diagnostics:
        assert d.severity is RULES[d.rule].severity or (d.rule, d.severity.value) in stated, (
            f"{d.rule} reported as {d.severity}, registered otherwise"
        )
    for secret in case.data.get("absent", []):
        for d in result.diagnostics:
            assert secret not in d.message and secret not in d.path, f"{case.source}: {secret!r} shown by {d}"


CLI_CASES = [case for case in CASES if case.data.get("cli")]
OUTPUTS = {
    "text": ["--format", "text", "--color", "never"],
    "text-colour": ["--format", "text", "--color", "always"],
    "json": ["--format", "json"],
    "github": ["--format", "github"],
}


@pytest.mark.parametrize("case", CLI_CASES, ids=case_id)
@pytest.mark.parametrize("output_name", list(OUTPUTS))
def test_rule_case_through_cli(case: Case, output_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    arguments = OUTPUTS[output_name]
    write_case(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    paths = case.data.get("paths", ["."])
    result = CliRunner().invoke(app, ["validate", *paths, "--as-of", case.as_of.isoformat(), *arguments])
    output = result.output  # stdout and stderr
    errors = [e for e in case.expect if e.get("severity", RULES[e["rule"]].severity.value) == "error"]
    assert result.exit_code == (1 if errors else 0), output
    for secret in case.data.get("absent", []):
        assert secret not in output, f"{case.source}: {secret!r} in the {output_name} output"
    for item in case.expect:
        assert item["rule"] in output
    if output_name == "json":
        found = Counter(
            (d["file"], d["rule"], d["line"], d["column"]) for d in json.loads(result.stdout)["diagnostics"]
        )
        assert found == expected_locations(case)


def test_base_plan_is_valid() -> None:
    result = validate_paths([BASE_PLAN], Options(as_of=DEFAULT_AS_OF))
    assert result.diagnostics == []


def test_every_rule_has_cases() -> None:
    assert len(case_files()) >= 9
    assert {entry.code for entry in all_rules()} <= {case.rule for case in CASES}
