"""YAML text -> plain Python data plus the position of every key and value.

This is the fast path used by every read-only command. It drives libyaml's C
parser (through PyYAML's ``CParser``) event by event and builds the data
itself, so that it can:

* read YAML 1.2 the way ruamel.yaml does (``yes``/``no`` are strings, ``010``
  is ten, ``1_000`` is a thousand), not PyYAML's YAML 1.1;
* keep the 1-based line and column of every key and every value;
* report a duplicate key at its second occurrence (the last value counts,
  as in every YAML reader that allows duplicates);
* never construct a Python object from a tag (``!!python/...``, ``!custom``);
* refuse nesting deeper than :data:`MAX_DEPTH` and aliases expanding beyond
  :data:`MAX_ALIAS_NODES` nodes before they cost memory, and files larger than
  :data:`MAX_FILE_BYTES` before reading them.

Every failure becomes a located :class:`~hplan.diagnostics.Diagnostic`; only a
file that cannot be opened at all raises (``PathNotFound``). ``roundtrip.py``
reads the same text with ruamel.yaml for commands that write files back; a
test checks that both readings agree on data and positions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hplan import codes
from hplan.diagnostics import Diagnostic, Severity
from hplan.errors import PathNotFound
from hplan.yamlio.linebreaks import LINE_BREAKS_BYTES, normalise_breaks

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 100
MAX_ALIAS_NODES = 10_000

DocPath = tuple[str | int, ...]
Position = tuple[int, int]

_YAML = "tag:yaml.org,2002:"
_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
_INT = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0o?[0-7_]+
    |[-+]?[0-9_]+
    |[-+]?0x[0-9a-fA-F_]+)$""",
    re.X,
)
_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_DATETIME = re.compile(
    r"""^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)
    (?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?
    (?:[ \t]*(Z|[-+][0-9][0-9]?(?::[0-9]{2})?))?$""",
    re.X,
)
_TAGGED_TYPES: dict[str, type | tuple[type, ...]] = {
    "int": int,
    "float": (float, int),
    "bool": bool,
    "null": type(None),
    "timestamp": dt.date,
}
# First characters of plain scalars that may be something other than text.
_SPECIAL_FIRST = frozenset("tTfF~nN<-+0123456789.") | {""}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NULLS = frozenset({"~", "null", "Null", "NULL", ""})


class _Merge:
    """Marker for the merge key ``<<``."""

    def __repr__(self) -> str:
        return "<<"

    __str__ = __repr__


MERGE = _Merge()


@dataclass(slots=True)
class Document:
    """One parsed file: its data, positions, and the problems found reading it.

    ``data`` is ``None`` when the file could not be read as one YAML mapping;
    the reason is then among ``diagnostics``. ``positions`` maps a document
    path (keys and list indexes) to the 1-based (line, column) of the value;
    ``key_positions`` to that of the key, for mapping entries.
    """

    file: str
    data: Any = None
    positions: dict[DocPath, Position] = field(default_factory=dict)
    key_positions: dict[DocPath, Position] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str = ""

    def position(self, path: DocPath, *, key: bool = False) -> Position:
        """Where ``path`` stands, or its nearest ancestor that has a position."""
        probe = path
        if key and probe in self.key_positions:
            return self.key_positions[probe]
        while probe:
            pos = self.positions.get(probe)
            if pos is not None:
                return pos
            probe = probe[:-1]
        return self.positions.get((), (1, 1))

    def problem(self, line: int, column: int, rule: str, message: str, path: str = "") -> None:
        """Record an error found while reading the file."""
        self.diagnostics.append(Diagnostic(self.file, line, column, rule, Severity.ERROR, message, path))


class _Abort(Exception):
    """Stop reading this file; the reason is already a diagnostic."""


def read_text(path: Path, display: str, doc: Document) -> str | None:
    """Read ``path`` as UTF-8 text, or record why it cannot be read as such."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            doc.problem(1, 1, codes.LIMITS, _too_large(size))
            return None
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise PathNotFound(f"{display}: no such file") from exc
    except IsADirectoryError as exc:
        raise PathNotFound(f"{display}: is a directory, not a plan file") from exc
    except OSError as exc:
        raise PathNotFound(f"{display}: cannot be read ({exc.strerror})") from exc
    return decode(raw, doc)


def _too_large(size: int) -> str:
    return (
        f"file is {size:,} bytes, over the limit of {MAX_FILE_BYTES // 1048576} MiB ({MAX_FILE_BYTES:,} bytes) "
        "for a plan file; split it or remove what does not belong in a plan"
    )


def decode(raw: bytes, doc: Document) -> str | None:
    """UTF-8 bytes -> text (a BOM is dropped), or a located HP006 diagnostic."""
    wide = wide_encoding(raw)
    if wide is not None:
        doc.problem(1, 1, codes.ENCODING, f"file is {wide}; save it as UTF-8")
        return None
    nul = raw.find(b"\x00", 0, 8192)
    if nul >= 0:
        line, column = _byte_position(raw, nul)
        doc.problem(
            line, column, codes.ENCODING, "file looks binary (it holds a NUL byte); a plan is YAML text in UTF-8"
        )
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(raw, exc.start)
        doc.problem(
            line,
            column,
            codes.ENCODING,
            "file is not valid UTF-8 here; save it as UTF-8 (it may be Latin-1 or Windows-1252)",
        )
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def wide_encoding(raw: bytes) -> str | None:
    """``UTF-16``/``UTF-32`` (and whether without a byte order mark) when ``raw`` looks like one, else ``None``.

    As the YAML specification detects encodings: by the byte order mark, or
    by where the NUL bytes of the first character stand (a YAML file starts
    with an ASCII character).
    """
    if raw.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = raw[:4]
    if len(head) == 4 and (
        (head[:3] == b"\x00\x00\x00" and _texty(head[3])) or (head[1:] == b"\x00\x00\x00" and _texty(head[0]))
    ):
        return "UTF-32 without a byte order mark"
    if len(head) >= 2 and ((head[0] == 0 and _texty(head[1])) or (head[1] == 0 and _texty(head[0]))):
        return "UTF-16 without a byte order mark"
    return None


def _texty(byte: int) -> bool:
    """A byte that can be a YAML file's first character: printable ASCII, a tab or a line break."""
    return 0x20 <= byte < 0x7F or byte in (0x09, 0x0A, 0x0D)


def _byte_position(raw: bytes, offset: int) -> Position:
    prefix = LINE_BREAKS_BYTES.sub(b"\n", raw[:offset])
    line_start = prefix.rfind(b"\n") + 1
    column = len(prefix[line_start:].decode("utf-8", errors="replace")) + 1
    return prefix.count(b"\n") + 1, column


def load_file(path: Path, display: str | None = None) -> Document:
    """Read and parse one file. Raises ``PathNotFound`` only if it cannot be opened."""
    shown = display if display is not None else str(path)
    doc = Document(shown)
    text = read_text(path, shown, doc)
    if text is not None:
        parse_into(text, doc)
    return doc


def load_text(text: str, display: str = "<text>") -> Document:
    """Parse YAML ``text`` that is already in memory (used by diff on git blobs)."""
    doc = Document(display)
    parse_into(text, doc)
    return doc


def too_large(size: int, display: str) -> Document:
    """The document of a file of ``size`` bytes, over :data:`MAX_FILE_BYTES`, that is not read at all."""
    doc = Document(display)
    doc.problem(1, 1, codes.LIMITS, _too_large(size))
    return doc


def load_bytes(raw: bytes, display: str) -> Document:
    """Decode and parse ``raw`` bytes (for example a file at a git revision)."""
    doc = Document(display)
    if len(raw) > MAX_FILE_BYTES:
        doc.problem(1, 1, codes.LIMITS, _too_large(len(raw)))
        return doc
    text = decode(raw, doc)
    if text is not None:
        parse_into(text, doc)
    return doc


def parse_into(text: str, doc: Document) -> None:
    """Parse ``text`` into ``doc.data`` and positions, recording every problem."""
    from yaml import MarkedYAMLError
    from yaml._yaml import CParser
    from yaml.reader import ReaderError

    doc.text = text
    builder = _Builder(doc)
    parser = CParser(text)
    try:
        builder.run(parser)
    except _Abort:
        doc.data = None
    except ReaderError as exc:
        # libyaml refuses control characters; its position is a UTF-8 byte offset.
        doc.data = None
        line, column = _byte_position(text.encode("utf-8", "surrogatepass"), exc.position)
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        doc.problem(
            line,
            column,
            codes.ENCODING,
            f"file holds the control character U+{code:04X}, which YAML does not allow; remove it "
            "(pasted terminal colours or a copy from another program often bring it)",
        )
    except MarkedYAMLError as exc:
        doc.data = None
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and mark is not None and mark.index >= len(text.rstrip()):
            # The file ended inside something (a quote, a bracket): point at where it opened.
            mark = exc.context_mark
        elif exc.context == "while scanning a simple key" and exc.context_mark is not None:
            # libyaml notices a key without its colon on the line after; the key is the line to fix.
            mark = exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        line, column = _within_text(text, line, column)
        problem = exc.problem or "cannot be parsed"
        hint = _SYNTAX_HINTS.get(problem, "check indentation, quoting and brackets around here")
        context = f" ({exc.context})" if exc.context else ""
        doc.problem(line, column, codes.YAML_SYNTAX, f"YAML syntax error: {problem}{context}; {hint}")
    except RecursionError:  # pragma: no cover - the depth limit stops this first
        doc.data = None
        doc.problem(1, 1, codes.LIMITS, "document nests too deeply to read")
    finally:
        parser.dispose()
    if doc.diagnostics and doc.data is not None:
        _name_places(doc)


def _within_text(text: str, line: int, column: int) -> Position:
    """A parser mark past the last line, moved to the end of the last line.

    libyaml puts an error at the end of a file that lacks its final line
    break on a line after it, which editors and GitHub cannot show.
    """
    lines = normalise_breaks(text).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if line > len(lines):
        return (max(len(lines), 1), len(lines[-1]) + 1 if lines else 1)
    return line, column


def _name_places(doc: Document) -> None:
    """Give reading problems (duplicate keys, tags) the document path they stand at."""
    from bisect import bisect_right
    from dataclasses import replace

    from hplan.paths import render

    ordered = sorted(((pos, path) for path, pos in doc.positions.items()), key=lambda item: item[0])
    starts = [pos for pos, _ in ordered]
    key_at = {pos: path for path, pos in doc.key_positions.items()}
    named = []
    for diagnostic in doc.diagnostics:
        if diagnostic.path:
            named.append(diagnostic)
            continue
        where = (diagnostic.line, diagnostic.column)
        path = key_at.get(where)
        if path is None:
            index = bisect_right(starts, where) - 1
            path = ordered[index][1] if index >= 0 else ()
        named.append(replace(diagnostic, path=render(path, doc.data)))
    doc.diagnostics[:] = named


_SYNTAX_HINTS = {
    "mapping values are not allowed in this context": (
        "a value holding ': ' must be quoted, or the indentation of this line is off"
    ),
    "could not find expected ':'": "a key needs a colon and a space after it, or a multi-line text needs quotes",
    "found character that cannot start any token": ("quote the value; tab characters cannot indent YAML, use spaces"),
    "did not find expected key": "check the indentation of this line against the lines above it",
    "did not find expected '-' indicator": "list items at one level must line up",
    "found unexpected end of stream": "the quote that opens here is never closed",
    "found undefined alias": "an alias (*name) must refer to an anchor (&name) defined above it",
}


class _Frame:
    __slots__ = ("anchor", "container", "count", "is_map", "key", "key_pos", "merges", "path")

    def __init__(self, container: Any, path: DocPath, is_map: bool, anchor: str | None) -> None:
        self.container = container
        self.path = path
        self.is_map = is_map
        self.key: Any = _NO_KEY
        self.key_pos: Position = (0, 0)
        self.anchor = anchor
        self.count = 1
        self.merges: list[tuple[Any, Position]] | None = None


_NO_KEY = object()


class _Builder:
    """A stack machine over libyaml events that builds data and positions."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.positions = doc.positions
        self.key_positions = doc.key_positions
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.alias_nodes = 0

    def run(self, parser: Any) -> None:
        from yaml import (
            AliasEvent,
            DocumentStartEvent,
            MappingEndEvent,
            MappingStartEvent,
            ScalarEvent,
            SequenceEndEvent,
            SequenceStartEvent,
            StreamEndEvent,
        )

        doc = self.doc
        positions = self.positions
        key_positions = self.key_positions
        stack: list[_Frame] = []
        documents = 0
        root: Any = None
        have_root = False
        get_event = parser.get_event
        no_key = _NO_KEY
        # The loop is the hot path of every command: scalars, the most common
        # event, are resolved and stored inline; rare cases go to methods.
        while True:
            event = get_event()
            cls = event.__class__
            if cls is ScalarEvent:
                mark = event.start_mark
                pos = (mark.line + 1, mark.column + 1)
                if event.tag is not None:
                    value = self._scalar(event, pos)
                elif event.style:
                    value = event.value  # quoted, literal or folded: a string
                else:
                    value = event.value
                    if value[:1] in _SPECIAL_FIRST:
                        value = resolve_plain(value)
                if stack:
                    frame = stack[-1]
                    frame.count += 1
                    if not frame.is_map:
                        container = frame.container
                        positions[(*frame.path, len(container))] = pos
                        container.append(value)
                    elif frame.key is no_key:
                        frame.key = value
                        frame.key_pos = pos
                    else:
                        key = frame.key
                        container = frame.container
                        if key.__class__ is str and key not in container:
                            path = (*frame.path, key)
                            positions[path] = pos
                            key_positions[path] = frame.key_pos
                            container[key] = value
                            frame.key = no_key
                        else:
                            path = self._child_path(frame)
                            positions[path] = pos
                            self._set(frame, value, path)
                else:
                    root, have_root = value, True
                    positions[()] = pos
                if event.anchor is not None:
                    self.anchors[event.anchor] = (value, 1)
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                mark = event.start_mark
                pos = (mark.line + 1, mark.column + 1)
                if len(stack) >= MAX_DEPTH:
                    doc.problem(
                        pos[0],
                        pos[1],
                        codes.LIMITS,
                        f"document nests deeper than {MAX_DEPTH} levels; hplan refuses it",
                    )
                    raise _Abort
                self._check_tag(event.tag, pos, "map" if cls is MappingStartEvent else "seq")
                is_map = cls is MappingStartEvent
                new: Any = {} if is_map else []
                if stack:
                    parent = stack[-1]
                    path = self._child_path(parent)
                    frame = _Frame(new, path, is_map, event.anchor)
                    frame.key_pos = pos
                    self.positions_for_child(parent, pos, frame)
                else:
                    frame = _Frame(new, (), is_map, event.anchor)
                    self.positions[()] = pos
                stack.append(frame)
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                frame = stack.pop()
                if frame.merges:
                    self._apply_merges(frame)
                if frame.anchor is not None:
                    self.anchors[frame.anchor] = (frame.container, frame.count)
                if stack:
                    self._attach(stack[-1], frame)
                else:
                    root, have_root = frame.container, True
            elif cls is AliasEvent:
                mark = event.start_mark
                pos = (mark.line + 1, mark.column + 1)
                target = self.anchors.get(event.anchor)
                if target is None:  # libyaml reports this itself; kept for safety
                    doc.problem(pos[0], pos[1], codes.YAML_SYNTAX, f"alias *{event.anchor} has no anchor above it")
                    raise _Abort
                value, count = target
                self.alias_nodes += count
                if self.alias_nodes > MAX_ALIAS_NODES:
                    doc.problem(
                        pos[0],
                        pos[1],
                        codes.LIMITS,
                        f"aliases expand beyond {MAX_ALIAS_NODES:,} nodes; hplan refuses "
                        "the file (an alias bomb?). Write the values out instead",
                    )
                    raise _Abort
                if stack:
                    self._add(stack[-1], value, pos, count, None)
                else:
                    root, have_root = value, True
            elif cls is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    doc.problem(
                        mark.line + 1,
                        mark.column + 1,
                        codes.ONE_DOCUMENT,
                        "file holds more than one YAML document; put each plan or board in a file of its own",
                    )
                    break
            elif cls is StreamEndEvent:
                break
        if not have_root or root is None:
            doc.problem(1, 1, codes.EMPTY_FILE, "file is empty; a plan or board document starts with 'format: 1'")
            doc.data = None
            return
        doc.data = root

    # -- building -----------------------------------------------------------

    def _child_path(self, parent: _Frame) -> DocPath:
        if parent.is_map:
            key = parent.key
            return parent.path + ((key if isinstance(key, (str, int)) else str(key)),)
        return parent.path + (len(parent.container),)

    def positions_for_child(self, parent: _Frame, pos: Position, frame: _Frame) -> None:
        """Record where a container child starts (its key position is the parent's key)."""
        if parent.is_map and parent.key is _NO_KEY:
            # A mapping or list used as a key: not something a plan has.
            self.doc.problem(pos[0], pos[1], codes.INVALID_VALUE, "a key must be a plain value, not a list or mapping")
            raise _Abort
        self.positions[frame.path] = pos

    def _attach(self, parent: _Frame, frame: _Frame) -> None:
        parent.count += frame.count
        if parent.is_map:
            self._set(parent, frame.container, frame.path)
        else:
            parent.container.append(frame.container)

    def _add(self, frame: _Frame, value: Any, pos: Position, count: int, anchor: str | None) -> None:
        frame.count += count
        if frame.is_map:
            if frame.key is _NO_KEY:
                if isinstance(value, (dict, list)):
                    self.doc.problem(
                        pos[0], pos[1], codes.INVALID_VALUE, "a key must be a plain value, not a list or mapping"
                    )
                    raise _Abort
                frame.key = value
                frame.key_pos = pos
                return
            path = self._child_path(frame)
            self.positions[path] = pos
            self._set(frame, value, path)
        else:
            path = frame.path + (len(frame.container),)
            self.positions[path] = pos
            frame.container.append(value)

    def _set(self, frame: _Frame, value: Any, path: DocPath) -> None:
        key = frame.key
        frame.key = _NO_KEY
        if key is MERGE:
            if frame.merges is None:
                frame.merges = []
            frame.merges.append((value, self.positions.get(path, frame.key_pos)))
            # The merge key is not in the data; neither are positions below it.
            for stray in [p for p in self.positions if p[: len(path)] == path]:
                del self.positions[stray]
            return
        container = frame.container
        if key in container:
            line, column = frame.key_pos
            first = self.key_positions.get(path)
            where = f" (first at line {first[0]}, column {first[1]})" if first and first != frame.key_pos else ""
            self.doc.problem(
                line,
                column,
                codes.DUPLICATE_KEY,
                f"duplicate key '{key}'{where}; YAML keeps only the last value, remove or rename one",
            )
        container[key] = value
        self.key_positions[path] = frame.key_pos

    def _apply_merges(self, frame: _Frame) -> None:
        container = frame.container
        for value, pos in frame.merges or ():
            sources = value if isinstance(value, list) else [value]
            for source in sources:
                if not isinstance(source, dict):
                    self.doc.problem(
                        pos[0], pos[1], codes.INVALID_VALUE, "a merge key (<<) takes a mapping or a list of mappings"
                    )
                    continue
                for key, item in source.items():
                    if key not in container:
                        container[key] = item
                        child = frame.path + (key,)
                        self.positions.setdefault(child, pos)
                        self.key_positions.setdefault(child, pos)

    # -- scalars -------------------------------------------------------------

    def _check_tag(self, tag: str | None, pos: Position, kind: str) -> None:
        if tag is None or tag == "!" or tag == _YAML + kind or (kind == "map" and tag == _YAML + "omap"):
            return
        self._unsafe_tag(tag, pos)

    def _unsafe_tag(self, tag: str, pos: Position) -> None:
        shown = tag.replace(_YAML, "!!")
        self.doc.problem(
            pos[0],
            pos[1],
            codes.TAG_NOT_ALLOWED,
            f"tag {shown} is not allowed; hplan never constructs objects from tags. Remove the tag",
        )

    def _scalar(self, event: Any, pos: Position) -> Any:
        value: str = event.value
        tag = event.tag
        if tag is not None and tag != "!":
            if tag.startswith(_YAML):
                return self._tagged(tag[len(_YAML) :], value, pos)
            self._unsafe_tag(tag, pos)
            return value
        if event.style or tag == "!":
            return value  # quoted, literal or folded: always a string
        return resolve_plain(value)

    def _tagged(self, name: str, value: str, pos: Position) -> Any:
        if name == "str":
            return value
        expected = _TAGGED_TYPES.get(name)
        if expected is not None:
            resolved = resolve_plain(value)
            if isinstance(resolved, bool) and name != "bool":
                pass
            elif name == "float" and isinstance(resolved, int | float):
                return float(resolved)
            elif isinstance(resolved, expected):
                return resolved
            self.doc.problem(pos[0], pos[1], codes.INVALID_VALUE, f"value does not fit its tag !!{name}")
            return value
        self._unsafe_tag(_YAML + name, pos)
        return value


def resolve_plain(value: str) -> Any:
    """Resolve an untagged plain scalar as ruamel.yaml does for YAML 1.2."""
    if not value:
        return None
    first = value[0]
    if first in "tTfF":
        found = _BOOLS.get(value)
        if found is not None:
            return found
        return value
    if first in "~nN":
        return None if value in _NULLS else value
    if first == "<" and value == "<<":
        return MERGE
    if first in "-+0123456789.":
        if _FLOAT.match(value):
            return _to_float(value)
        if _INT.match(value):
            return _to_int(value)
        if first.isdigit():
            if _DATE.match(value):
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    return value  # not a calendar date; the model says so at its line
            match = _DATETIME.match(value)
            if match:
                return _to_datetime(match) or value
    return value


def _to_float(value: str) -> float | str:
    text = value.replace("_", "").lower()
    if text.endswith(("inf", "nan")):
        sign = -1.0 if text.startswith("-") else 1.0
        return sign * float("inf") if text.endswith("inf") else float("nan")
    try:
        return float(text)
    except ValueError:
        return value


def _to_int(value: str) -> int | str:
    text = value.replace("_", "")
    sign = 1
    if text[:1] in "+-":
        sign = -1 if text[0] == "-" else 1
        text = text[1:]
    try:
        if text.startswith("0b"):
            return sign * int(text[2:], 2)
        if text.startswith("0x"):
            return sign * int(text[2:], 16)
        if text.startswith("0o"):
            return sign * int(text[2:], 8)
        return sign * int(text, 10)
    except ValueError:
        return value


def _to_datetime(match: re.Match[str]) -> dt.datetime | None:
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tz: dt.tzinfo | None = None
    if zone:
        if zone == "Z":
            tz = dt.UTC
        else:
            hours, _, minutes = zone[1:].partition(":")
            delta = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
            tz = dt.timezone(-delta if zone[0] == "-" else delta)
    try:
        return dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz)
    except ValueError:
        return None
