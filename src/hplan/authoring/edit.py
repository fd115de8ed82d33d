"""The one way hplan edits a plan file in place: read, edit, validate, write atomically - or refuse.

Every command that changes a plan (``record ...``, ``fmt``) hands
:func:`edit_file` a pure edit of the file's text; most build it with
:func:`roundtrip_edit` from a change to ruamel.yaml's round-trip document,
which keeps comments, key order, quoting and the layout of everything the
change does not touch. The engine

1. reads the file's bytes and keeps them;
2. checks them through the real validate pipeline: a file that does not parse
   is never edited, nor (for ``record``) one that already has errors;
3. applies the edit and checks the new text the same way: an edit that adds an
   error is refused, and the file is left untouched;
4. with ``dry_run`` returns the unified diff instead of writing; otherwise reads
   the file again and refuses to write when it changed since step 1, then
   writes through a temporary file and a rename (:mod:`hplan.fsutil`), so that
   Ctrl-C or a crash leaves the old file or the new one, whole.

Refusals that are problems in the document come back as an :class:`Edit` with
the findings (exit 1); hplan being unable to work raises ``HplanError`` (exit 2).
"""

from __future__ import annotations

import codecs
import difflib
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from hplan.check.context import Options
from hplan.check.pipeline import ValidationResult, check_document, combine, display_name
from hplan.diagnostics import Diagnostic
from hplan.errors import HplanError, PathNotFound, os_reason
from hplan.fsutil import write_atomic
from hplan.i18n.message import msg
from hplan.yamlio.document import Document
from hplan.yamlio.loader import load_bytes
from hplan.yamlio.roundtrip import roundtrip_yaml

State = Literal["written", "unchanged", "dry_run", "refused"]
Refusal = Literal["", "unreadable", "invalid", "adds_errors"]
# ruamel.yaml folds plain scalars longer than its width; a plan's long lines stay as they are.
_WIDTH = 4096


class Unreadable(Exception):
    """ruamel.yaml cannot read a text that hplan's reader read (a duplicate key: hplan reports it, ruamel refuses)."""


@dataclass(frozen=True, slots=True)
class Edit:
    """What :func:`edit_file` did to one file, with what a view needs to say so."""

    path: Path
    display: str
    old: str
    new: str
    state: State
    refusal: Refusal = ""
    findings: list[Diagnostic] = field(default_factory=list)

    @property
    def diff(self) -> str:
        """The unified diff of the file, old to new (empty when they are the same)."""
        lines = difflib.unified_diff(
            self.old.splitlines(keepends=True), self.new.splitlines(keepends=True), self.display, self.display
        )
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def edit_file(
    path: Path,
    change: Callable[[str], str],
    options: Options,
    *,
    dry_run: bool = False,
    require_valid: bool = True,
) -> Edit:
    """Apply ``change`` (old text -> new text) to the file at ``path`` as the module docstring says.

    ``require_valid`` refuses a file that has errors before the edit (``record``);
    without it (``fmt``) only a file that does not parse is refused, and the new
    text must read as the same data as the old.
    """
    display = display_name(path)
    raw = _read(path)
    doc, before = _check(raw, path, display, options)
    if doc.data is None:
        return Edit(path, display, doc.text, doc.text, "refused", "unreadable", _errors(before.diagnostics))
    old = doc.text.replace("\r\n", "\n")
    if require_valid and before.errors:
        return Edit(path, display, old, old, "refused", "invalid", _errors(before.diagnostics))
    try:
        new = change(old)
    except Unreadable:  # what the fast reader took, ruamel.yaml refuses (a duplicate key)
        return Edit(path, display, old, old, "refused", "unreadable", _errors(before.diagnostics))
    if new == old:
        return Edit(path, display, old, new, "unchanged")
    new_file = _like(new, raw)
    new_raw = new_file.encode("utf-8")
    new_doc, after = _check(new_raw, path, display, options)
    added = _added_errors(before, after)
    if added or new_doc.data is None:
        return Edit(path, display, old, new, "refused", "adds_errors", added or after.diagnostics)
    if not require_valid and new_doc.data != doc.data:
        raise HplanError(msg("a.edit.data_changed", file=display))  # a bug of the edit, never the user's
    if dry_run:
        return Edit(path, display, old, new, "dry_run")
    if _read(path) != raw:  # the file changed on disk since it was read
        raise HplanError(msg("a.edit.changed_on_disk", file=display))
    try:
        write_atomic(path, new_file)
    except OSError as exc:
        raise HplanError(msg("a.edit.cannot_write", file=display, reason=os_reason(exc))) from exc
    return Edit(path, display, old, new, "written")


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PathNotFound(msg("a.edit.cannot_read", file=path, reason=os_reason(exc))) from None


def _check(raw: bytes, path: Path, display: str, options: Options) -> tuple[Document, ValidationResult]:
    doc = load_bytes(raw, display)
    return doc, combine([check_document(doc, options, path)], options)


def _errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.is_error]


def _added_errors(before: ValidationResult, after: ValidationResult) -> list[Diagnostic]:
    """The errors of ``after`` that ``before`` lacks, matched by rule, place in the document and message.

    Lines move when an edit adds lines, so a finding's line is no part of its identity.
    """
    known = Counter((d.rule, d.path, d.message) for d in _errors(before.diagnostics))
    added = []
    for d in _errors(after.diagnostics):
        key = (d.rule, d.path, d.message)
        if known[key]:
            known[key] -= 1
        else:
            added.append(d)
    return added


def _like(text: str, original: bytes) -> str:
    """``text`` with the original file's byte-order mark and line breaks (CR LF or LF), as written."""
    if b"\r\n" in original:
        text = text.replace("\n", "\r\n")
    return "\ufeff" + text if original.startswith(codecs.BOM_UTF8) else text


# --- round-trip edits --------------------------------------------------------------------


def load(yaml: Any, text: str) -> Any:
    """``text`` read by ``yaml``; ``Unreadable`` when ruamel.yaml refuses it."""
    # lazy: ruamel.yaml loads only for commands that write
    from ruamel.yaml.error import YAMLError

    try:
        return yaml.load(text)
    except YAMLError as exc:
        raise Unreadable(str(exc)) from exc


def writer(text: str) -> Any:
    """A ruamel.yaml round-trip reader and writer that keeps ``text``'s own indentation."""
    yaml = roundtrip_yaml()
    mapping, offset = _indentation(text)
    yaml.indent(mapping=mapping, sequence=mapping + offset, offset=offset)
    yaml.width = _WIDTH
    return yaml


def _indentation(text: str) -> tuple[int, int]:
    """(mapping indent, dash offset) as the file writes them; (2, 2) as the shipped plans when unknown."""
    # lazy: ruamel.yaml loads only for commands that write
    from ruamel.yaml.util import load_yaml_guess_indent

    try:
        _, indent, offset = load_yaml_guess_indent(text)
    except Exception:  # a guess only: the real load reports the problem
        return 2, 2
    if indent is None or offset is None:
        return 2, 2
    mapping = indent - offset if indent > offset else indent
    return max(mapping, 2), max(offset, 0)


def dump(yaml: Any, document: Any) -> str:
    """``document`` written by ``yaml`` as text."""
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()


def roundtrip_edit(change: Callable[[Any], None]) -> Callable[[str], str]:
    """A text edit that loads the text round-trip, lets ``change`` alter the document in place, and writes it."""

    def edit(text: str) -> str:
        yaml = writer(text)
        document = load(yaml, text)
        change(document)
        return dump(yaml, document)

    return edit
