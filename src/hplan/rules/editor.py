"""The editor: the schema a file's modeline names, and numbers the editor and hplan read alike.

Plans are written in an editor whose YAML extension (yaml-language-server)
checks them against ``schemas/``. These rules keep it and hplan to one
verdict: a modeline that names no schema, or the wrong one, leaves the editor
checking nothing (or everything wrongly), and a number the editor reads as
text must not pass hplan. docs/editor.md says where JSON Schema cannot
follow hplan, and why hplan is then the stricter one.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from hplan import codes
from hplan.check.context import FileFacts
from hplan.diagnostics import Diagnostic, Severity
from hplan.i18n.message import Message, msg
from hplan.modeline import Modeline
from hplan.rules.boards import repository_root
from hplan.rules.registry import Finding, rule
from hplan.yamlio.document import Document
from hplan.yamlio.linebreaks import normalise_breaks

KINDS = ("plan", "board")
# A schema file is small (about 60 KiB); anything far larger is not one of hplan's.
_MAX_SCHEMA_BYTES = 5 * 1024 * 1024
_SCHEMA_NAME = re.compile(r"^(?:plan|board)((?:\.[a-z]{2})?\.schema\.json)$")
# How far up from a file its schemas/ folder is looked for, outside a git work tree.
_MAX_LEVELS = 8


@rule(codes.SCHEMA_MODELINE, Severity.WARNING, "files")
def schema_modeline(files: list[FileFacts]) -> Iterator[Diagnostic]:
    """A file's modeline names the schema of its kind, and that file exists.

    The editor (yaml-language-server) takes the schema from the modeline
    before its settings: a modeline naming a file that is not there leaves
    the editor with no checks at all ("Unable to load schema"), and one naming
    the board's schema in a plan flags every key. The path is relative to the
    file's folder, as the editor reads it; the message names the path that
    works when hplan finds the schemas folder. A URL is the editor's to
    fetch and is not checked. A file without a modeline is no finding: the
    editor settings ``hplan init`` writes map ``plans/**`` to the schemas.

    Passing:
        # yaml-language-server: $schema=../schemas/plan.schema.json
    Failing:
        # yaml-language-server: $schema=../schemas/board.schema.json
    """
    for facts in files:
        modeline = facts.modeline
        if modeline is None or modeline.is_url or facts.source is None or facts.kind not in KINDS:
            continue
        problem = modeline_problem(facts.source, facts.kind, modeline)
        if problem is not None:
            yield Diagnostic(
                facts.file, modeline.line, modeline.column, codes.SCHEMA_MODELINE, Severity.WARNING, problem
            )


def modeline_problem(source: Path, kind: str, modeline: Modeline) -> Message | None:
    """What is wrong with the schema ``modeline`` names for a ``kind`` document at ``source``, or ``None``."""
    target = modeline.target
    path = source.parent / target
    if not path.is_file():
        return msg("f.modeline.missing", target=target, hint=_hint(source, kind, target))
    found = schema_kind(path.resolve())
    if found == kind:
        return None
    if found is None:
        return msg("f.modeline.foreign", target=target, kind=kind, hint=_hint(source, kind, target))
    return msg("f.modeline.other_kind", target=target, found=found, kind=kind, hint=_hint(source, kind, target))


@cache
def schema_kind(path: Path) -> str | None:
    """The document kind whose hplan schema ``path`` is (its ``kind`` constant), or ``None``."""
    try:
        if path.stat().st_size > _MAX_SCHEMA_BYTES:
            return None
        document: Any = json.loads(path.read_bytes())
        kind = document["properties"]["kind"]["const"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return kind if isinstance(kind, str) else None


def _hint(source: Path, kind: str, target: str) -> Message:
    """What to write instead: the path to the right schema in the nearest ``schemas/`` folder, if there is one."""
    match = _SCHEMA_NAME.match(Path(target).name)
    names = [f"{kind}{match.group(1)}"] if match else []
    names.append(f"{kind}.schema.json")
    stop = repository_root(source.parent)
    for level, folder in enumerate((source.parent, *source.parent.parents)):
        for name in names:
            candidate = folder / "schemas" / name
            if candidate.is_file() and schema_kind(candidate.resolve()) == kind:
                relative = Path(os.path.relpath(candidate, source.parent)).as_posix()
                return msg("f.modeline.write", path=relative)
        if folder == stop or level >= _MAX_LEVELS:
            break
    return msg("f.modeline.generate", kind=kind)


# A digit, '_' and a digit, or a binary number: the only spellings hplan needs to look at closer.
_SUSPECT = re.compile(r"[0-9]_[0-9]|0b[01]")
_TOKEN = re.compile(r"[-+]?[0-9A-Za-z_.]+")


@rule(codes.NUMBER_NOTATION, Severity.ERROR, "text")
def number_notation(doc: Document) -> Iterator[Finding]:
    """A number is written in plain digits, as every YAML 1.2 reader reads it.

    hplan's reader takes ``450_000`` as 450000 and ``0b101`` as 5; the
    editor's reader (YAML 1.2's core schema) takes both as text and flags the
    field. Plain digits read the same everywhere. Amounts are whole kroner
    without any separator.

    Passing:
        lbf: 450000
    Failing:
        lbf: 450_000
    """
    if doc.data is None or not doc.text or _SUSPECT.search(doc.text) is None:
        return
    lines = normalise_breaks(doc.text).split("\n")
    for path, (line, column) in doc.positions.items():
        value = _value_at(doc.data, path)
        if isinstance(value, bool) or not isinstance(value, int | float) or line > len(lines):
            continue
        token = _TOKEN.match(lines[line - 1], column - 1)
        if token is None:
            continue
        written = token.group(0)
        unsigned = written.lstrip("+-").lower()
        if "_" in written or unsigned.startswith("0b"):
            key = next((step for step in reversed(path) if isinstance(step, str)), "value")
            plain = str(value) if isinstance(value, int) else f"{value:.15g}"
            yield Finding(
                path,
                msg("f.number.notation", key=key, written=written, plain=plain),
            )


def _value_at(data: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data
