"""The hostile-input corpus: files that every hplan command must answer with a located message, never a crash.

Each :class:`Hostile` is a file and what ``hplan validate`` must say of it:
the one finding (rule, line, column) that names the problem, checked by
hand, or ``None`` for a file that is a valid plan however odd it looks (CRLF
line ends, a byte order mark, merge keys, numbers in YAML 1.2 spellings).
What the other commands answer follows from it (``test_hostile_corpus.py``).

The small files are committed under ``tests/hostile/files/`` so that they
can be opened and run by hand; they are written from the definitions here by
running this module (``python tests/hostile/corpus.py``), and a test keeps the
two equal. The big ones (over the size limit, deeply nested, alias bombs,
thousands of findings) are made at test time by :data:`BIG` and never
committed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
BASE_TEXT = (HERE.parent / "data" / "base-plan.yaml").read_text(encoding="utf-8")

Finding = tuple[str, int, int]


@dataclass(frozen=True)
class Hostile:
    """One hostile file: its bytes and the finding that must name its problem (``None``: a valid plan).

    ``report`` and ``diff`` are the exit codes of ``hplan report --year 2017``
    and ``hplan diff BASE-PLAN FILE`` when they are not what the finding
    implies (1 with a finding, else 0): a plan with a shape problem is still
    reported as far as it can be read (exit 0), and a YAML mapping that is
    not a plan is no side of a diff (exit 2, docs/diff.md).
    """

    name: str
    content: bytes
    finding: Finding | None
    report: int | None = None
    diff: int | None = None
    # The exit code when the file is diff's NEW side, if it differs: a new side's rule errors are reported
    # beside its changes (exit 1), while an old side's are history (docs/diff.md).
    diff_new: int | None = None

    @property
    def plan_like(self) -> bool:
        """Whether the file is a valid plan (commands must work on it as on any plan)."""
        return self.finding is None


def base(old: str, new: str, count: int = 1) -> str:
    """The base plan with ``old`` replaced by ``new`` (exactly ``count`` times)."""
    assert BASE_TEXT.count(old) == count, old
    return BASE_TEXT.replace(old, new)


def text(name: str, content: str, finding: Finding | None, **expected: int) -> Hostile:
    return Hostile(name, content.encode("utf-8"), finding, **expected)


# A misspelt key in a milestone (HP003 at the key) and a bad value after a
# Danish letter in a flow mapping (HP005 at the value, counted in characters):
# the same findings at the same places whatever the line ends and BOM.
UNKNOWN_KEY = base("    title: Natteravnene går fast hver weekend\n", "    titel: Natteravnene går fast hver weekend\n")
UNKNOWN_KEY_AT: Finding = ("HP003", 115, 5)
BAD_FTE = base("Social vicevært, fte: 0.5,", "Social vicevært, fte: 0,")
BAD_FTE_AT: Finding = ("HP005", 46, 38)
BOM = b"\xef\xbb\xbf"
LATIN1_PLAN = "format: 1\nkind: plan\nname: Løvvangen\n"
# The same amounts as the base plan, in YAML 1.2's other spellings: octal and hex read alike by every YAML 1.2
# reader; 450_000, which editors read as text, is refused (HP021, docs/editor.md).
NUMBERS = base("        lbf: 450000\n", "        lbf: 450_000\n")
NUMBERS = NUMBERS.replace("        testby-kommune: 100000\n", "        testby-kommune: 0o303240\n", 1)
NUMBERS = NUMBERS.replace("        testby-bolig: 50000\n", "        testby-bolig: 0xC350\n", 1)
# An anchor in one section used in another, and a milestone built on another by a merge key.
ANCHORS = base("    name: Testby Kommune\n", "    name: &kommune Testby Kommune\n")
ANCHORS = ANCHORS.replace(
    "      - {role: Skolechef, organisation: Testby Kommune}", "      - {role: Skolechef, organisation: *kommune}"
)
MERGE = base(
    "  - id: m-natteravne-fast\n    title: Natteravnene går fast hver weekend\n    due: 2018-09-30\n"
    "    focus_area: tryghed-og-trivsel\n    status: planned\n",
    "  - &fast\n    id: m-natteravne-fast\n    title: Natteravnene går fast hver weekend\n    due: 2018-09-30\n"
    "    focus_area: tryghed-og-trivsel\n    status: planned\n"
    "  - <<: *fast\n    id: m-natteravne-hverdag\n    title: Natteravnene går også på hverdage\n    due: 2019-09-30\n",
)

SMALL: list[Hostile] = [
    # -- YAML syntax errors: at the character that is wrong, or where the unclosed thing opens
    text("syntax-unclosed-double-quote.yaml", 'format: 1\nkind: plan\nname: "Solhaven\nid: x\n', ("HP001", 3, 7)),
    text("syntax-unclosed-single-quote.yaml", "format: 1\nkind: plan\nname: 'Solhaven\n", ("HP001", 3, 7)),
    text("syntax-unclosed-flow-list.yaml", "format: 1\nkind: plan\nparties: [a, b\n", ("HP001", 3, 10)),
    text("syntax-unclosed-flow-mapping.yaml", "format: 1\nkind: plan\nparties: {a: 1\n", ("HP001", 3, 10)),
    text("syntax-value-holding-colon.yaml", "format: 1\nkind: plan\nname: Øst i Centrum: Aalborg\n", ("HP001", 3, 20)),
    text("syntax-indentation.yaml", "format: 1\nkind: plan\nname: x\n  id: y\n", ("HP001", 4, 5)),
    text("syntax-tab-indent.yaml", "format: 1\nkind: plan\nperiod:\n\tstart: 2017-01-01\n", ("HP001", 4, 1)),
    text("syntax-key-without-colon.yaml", "format: 1\nkind: plan\nname\nid: x\n", ("HP001", 3, 1)),
    text("syntax-list-items-misaligned.yaml", "format: 1\nkind: plan\nparties:\n  - a\n - b\n", ("HP001", 5, 2)),
    text("syntax-undefined-alias.yaml", "format: 1\nkind: plan\nname: *nope\n", ("HP001", 3, 7)),
    text("syntax-reserved-at-sign.yaml", "format: 1\nkind: plan\nname: @solhaven\n", ("HP001", 3, 7)),
    text("syntax-backtick.yaml", "format: 1\nkind: plan\nname: `solhaven`\n", ("HP001", 3, 7)),
    text("syntax-bad-escape.yaml", 'format: 1\nkind: plan\nname: "Sol\\qhaven"\n', ("HP001", 3, 11)),
    text("syntax-block-indicator.yaml", "format: 1\nkind: plan\nname: |0\n  Solhaven\n", ("HP001", 3, 8)),
    text("syntax-yaml-2-directive.yaml", "%YAML 2.0\n---\nformat: 1\n", ("HP001", 1, 1)),
    text("syntax-directive-twice.yaml", "%YAML 1.1\n%YAML 1.1\n---\nformat: 1\n", ("HP001", 2, 1)),
    text("syntax-stray-bracket.yaml", "format: 1\nkind: plan\n]\n", ("HP001", 3, 1)),
    text("syntax-document-end-inside.yaml", "format: 1\n...\nkind: plan\n", ("HP001", 3, 1)),
    text("syntax-list-as-key.yaml", "format: 1\n? [a, b]\n: c\n", ("HP005", 2, 3)),
    text("syntax-control-character.yaml", "format: 1\nkind: plan\nname: Sol\x07haven\n", ("HP006", 3, 10)),
    text(
        "syntax-cut-short.yaml",
        BASE_TEXT[: BASE_TEXT.index("  signatures:")] + "  signatures:\n    - {party: x",
        ("HP001", 28, 7),
    ),
    # -- documents: several, none, not a mapping
    text("several-documents.yaml", "format: 1\nkind: plan\n---\nformat: 1\nkind: board\n", ("HP008", 3, 1)),
    text("empty.yaml", "", ("HP007", 1, 1)),
    text("comment-only.yaml", "# Solhaven: plan follows\n# (not yet)\n", ("HP007", 1, 1)),
    text("whitespace-only.yaml", "  \n\n   \n", ("HP007", 1, 1)),
    text("document-marker-only.yaml", "---\n...\n", ("HP007", 1, 1)),
    text("null-document.yaml", "~\n", ("HP007", 1, 1)),
    text("text-document.yaml", "Solhaven\n", ("HP005", 1, 1)),
    text("list-document.yaml", "- format: 1\n- kind: plan\n", ("HP005", 1, 1)),
    text("not-a-plan-mapping.yaml", "on: push\njobs: {}\n", ("HP004", 1, 1), diff=2),
    # -- tags: never constructed, always refused where they stand
    text(
        "tag-python.yaml",
        base("name: Solhaven\n", "name: !!python/object/apply:os.system ['echo pwned']\n"),
        ("HP009", 7, 7),
    ),
    text("tag-python-document.yaml", "!!python/object:hplan.model.plan.Plan\nformat: 1\n", ("HP009", 1, 1)),
    text("tag-custom.yaml", base("name: Solhaven\n", "name: !vault Solhaven\n"), ("HP009", 7, 7), report=0),
    text("tag-binary.yaml", base("name: Solhaven\n", "name: !!binary U29saGF2ZW4=\n"), ("HP009", 7, 7), report=0),
    text("tag-set.yaml", base("name: Solhaven\n", "name: !!set {Solhaven}\n"), ("HP009", 7, 7)),
    # -- anchors, aliases and merge keys: YAML that works, and YAML that does not
    text("anchors-across-sections.yaml", ANCHORS, None),
    text("merge-key.yaml", MERGE, None),
    text(
        "merge-key-of-a-text.yaml",
        base("  start: 2017-01-01\n", "  <<: Solhaven\n  start: 2017-01-01\n"),
        ("HP005", 11, 7),
        report=0,
    ),
    text(
        "duplicate-key.yaml",
        base("name: Solhaven\n", "name: Solhaven\nname: Solhaven Nord\n"),
        ("HP002", 8, 1),
        report=0,
    ),
    # -- numbers and dates in unusual spellings (YAML 1.2, as ruamel.yaml reads them)
    # HP021 is validate's rule, not a reading problem: diff and report read the amounts as they are.
    text("numbers-yaml12-spellings.yaml", NUMBERS, ("HP021", 126, 14), report=0, diff=0, diff_new=1),
    text("date-unpadded.yaml", base("  start: 2017-01-01\n", "  start: 2017-2-1\n"), ("HP005", 11, 10)),
    text("date-basic-format.yaml", base("  start: 2017-01-01\n", '  start: "20170101"\n'), ("HP005", 11, 10)),
    text("date-not-in-calendar.yaml", base("  start: 2017-01-01\n", "  start: 2017-02-30\n"), ("HP005", 11, 10)),
    text("date-and-time.yaml", base("  start: 2017-01-01\n", "  start: 2017-01-01 08:00:00\n"), ("HP005", 11, 10)),
    text("yes-no-are-text.yaml", base("name: Solhaven\n", "name: no\n").replace("role: Direktør}", "role: yes}"), None),
    text("yes-as-status.yaml", base("    status: planned\n", "    status: yes\n"), ("HP005", 118, 13), report=0),
    text(
        "kroner-with-decimals.yaml",
        base("        lbf: 450000\n", "        lbf: 450000.0\n"),
        ("HP005", 126, 14),
        report=0,
    ),
    text(
        "kroner-beyond-bound.yaml",
        base("      spent: 580000\n", "      spent: 1" + "0" * 400 + "\n"),
        ("HP005", 129, 14),
        report=0,
    ),
    text("figure-not-a-number.yaml", base("value: 23.1}", "value: .nan}"), ("HP005", 71, 39), report=0),
    text(
        "figure-infinite.yaml",
        base("{value: 24.0, date: 2016-12-31}", "{value: -.inf, date: 2016-12-31}"),
        ("HP005", 64, 27),
        report=0,
    ),
    text("format-as-text.yaml", base("format: 1\n", 'format: "1"\n'), ("HP011", 4, 9)),
    # -- encodings, byte order marks and line ends: the same positions as in UTF-8 with LF
    Hostile("latin1.yaml", LATIN1_PLAN.encode("latin-1"), ("HP006", 3, 8)),
    Hostile("utf16-le-bom.yaml", b"\xff\xfe" + LATIN1_PLAN.encode("utf-16-le"), ("HP006", 1, 1)),
    Hostile("utf16-be-bom.yaml", b"\xfe\xff" + LATIN1_PLAN.encode("utf-16-be"), ("HP006", 1, 1)),
    Hostile("utf16-le-no-bom.yaml", LATIN1_PLAN.encode("utf-16-le"), ("HP006", 1, 1)),
    Hostile("utf32-bom.yaml", LATIN1_PLAN.encode("utf-32"), ("HP006", 1, 1)),
    Hostile("binary-png.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), ("HP006", 3, 1)),
    Hostile(
        "binary-nul-late.yaml", ("format: 1\n# " + "x" * 9000 + "\nname: Sol\x00haven\n").encode(), ("HP006", 3, 10)
    ),
    Hostile("lf.yaml", UNKNOWN_KEY.encode(), UNKNOWN_KEY_AT, report=0),
    Hostile("crlf.yaml", UNKNOWN_KEY.replace("\n", "\r\n").encode(), UNKNOWN_KEY_AT, report=0),
    Hostile("cr.yaml", UNKNOWN_KEY.replace("\n", "\r").encode(), UNKNOWN_KEY_AT, report=0),
    Hostile("bom.yaml", BOM + UNKNOWN_KEY.encode(), UNKNOWN_KEY_AT, report=0),
    Hostile("bom-crlf.yaml", BOM + UNKNOWN_KEY.replace("\n", "\r\n").encode(), UNKNOWN_KEY_AT, report=0),
    Hostile("bom-crlf-value.yaml", BOM + BAD_FTE.replace("\n", "\r\n").encode(), BAD_FTE_AT, report=0),
    Hostile("bom-crlf-valid.yaml", BOM + BASE_TEXT.replace("\n", "\r\n").encode(), None),
    Hostile("mixed-line-ends.yaml", UNKNOWN_KEY.replace("\n", "\r\n", 60).encode(), UNKNOWN_KEY_AT, report=0),
]


def _huge() -> bytes:
    # Just over 10 MiB: refused before it is read.
    return b"# " + b"x" * (10 * 1024 * 1024) + b"\n"


def _deep_flow() -> bytes:
    return b"format: 1\nkind: plan\nname: " + b"[" * 5000 + b"]" * 5000 + b"\n"


def _deep_block() -> bytes:
    return ("format: 1\n" + "".join("  " * i + f"k{i}:\n" for i in range(300)) + "  " * 300 + "v: 1\n").encode()


def _alias_bomb() -> bytes:
    lines = ["format: 1", "a: &a [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]" for i in range(8)]
    return ("\n".join(lines) + "\n").encode()


def _long_value() -> bytes:
    # A valid plan whose name is half a million characters long.
    return BASE_TEXT.replace("name: Solhaven\n", "name: Solhaven" + " og omegn" * 55_555 + "\n", 1).encode()


def _many_findings() -> bytes:
    # 5,000 unknown keys at the top: 5,000 located findings, quickly.
    return (BASE_TEXT + "".join(f"ukendt-{i}: {i}\n" for i in range(5000))).encode()


def _long_lines_of_digits() -> bytes:
    # A number of a million digits: Python refuses to turn it into an int by default.
    return base("        lbf: 450000\n", "        lbf: " + "9" * 1_000_000 + "\n").encode()


@dataclass(frozen=True)
class Big:
    """A big hostile file, made at test time and never committed; ``report``: the exit code of ``hplan report``."""

    name: str
    make: Callable[[], bytes]
    finding: Finding | None
    report: int


BIG: list[Big] = [
    Big("huge.yaml", _huge, ("HP010", 1, 1), report=1),
    Big("deep-flow.yaml", _deep_flow, ("HP001", 3, 1006), report=1),
    Big("deep-block.yaml", _deep_block, ("HP010", 102, 201), report=1),
    Big("alias-bomb.yaml", _alias_bomb, ("HP010", 5, 36), report=1),
    Big("long-value.yaml", _long_value, None, report=0),
    # Unknown keys and a number hplan cannot read leave the rest of the plan readable: a report.
    Big("many-findings.yaml", _many_findings, ("HP003", 155, 1), report=0),
    Big("million-digits.yaml", _long_lines_of_digits, ("HP005", 126, 14), report=0),
]


def write(folder: Path = FILES) -> None:
    """Write the small files into ``folder`` (the committed copy by default), removing any others."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {item.name for item in SMALL}
    for stale in folder.iterdir():
        if stale.name not in wanted:
            stale.unlink()
    for item in SMALL:
        (folder / item.name).write_bytes(item.content)


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else FILES)
