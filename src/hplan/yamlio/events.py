"""libyaml's parse events -> plain data, the position of every key and value, and located reading problems.

:class:`Builder` is a stack machine with a frame per open mapping or list. It
never constructs a tag, reports a duplicate key at its second occurrence
(the last value counts), applies merge keys (``<<``) and refuses nesting and
alias expansion beyond the limits in :mod:`hplan.yamlio.document`.
:func:`syntax_problem` turns libyaml's syntax errors into a located HP001
with a hint; :func:`name_places` gives reading problems their document path.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn

from hplan import codes
from hplan.i18n.message import Term, msg
from hplan.paths import render
from hplan.yamlio.document import MAX_ALIAS_NODES, MAX_DEPTH, Abort, DocPath, Document, Position
from hplan.yamlio.scalars import (
    MERGE,
    MISFIT,
    SCALAR_TAGS,
    SPECIAL_FIRST,
    YAML_TAG_PREFIX,
    resolve_plain,
    resolve_tagged,
)
from hplan.yamlio.text import within_text

if TYPE_CHECKING:
    from yaml import MarkedYAMLError

_NO_KEY = object()
# What an event handler returns when the stream is over for hplan.
_DONE = object()
_KEY_NOT_PLAIN = "a key must be a plain value, not a list or mapping"

# A value to store in the open frame: (value, its position, the nodes it counts for aliases).
_Item = tuple[Any, Position, int]


class _Frame:
    """An open mapping or list: the container being filled and where it stands."""

    __slots__ = ("anchor", "container", "count", "is_map", "key", "key_pos", "merges", "path", "pos")

    def __init__(self, container: Any, path: DocPath, pos: Position, anchor: str | None) -> None:
        self.container = container
        self.path = path
        self.pos = pos
        self.is_map = container.__class__ is dict
        self.key: Any = _NO_KEY
        self.key_pos: Position = (0, 0)
        self.anchor = anchor
        self.count = 1
        self.merges: list[tuple[Any, Position]] | None = None


def _path_part(key: Any) -> str | int:
    """A mapping key as a step of a document path."""
    return key if isinstance(key, str | int) else str(key)


class Builder:
    """Builds ``doc.data``, ``doc.positions`` and ``doc.key_positions`` from parse events."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.positions = doc.positions
        self.key_positions = doc.key_positions
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.alias_nodes = 0
        self.documents = 0
        self.stack: list[_Frame] = []
        self.root: Any = None

    def run(self, parser: Any) -> None:
        """Read every event of ``parser``; raises :class:`Abort` or the parser's own errors."""
        # lazy: `hplan rules` imports the reader but reads no YAML, and PyYAML takes ~25 ms to import.
        from yaml import events

        scalar_event = events.ScalarEvent
        handlers = self._handlers(events)
        get_event = parser.get_event
        positions, key_positions, stack = self.positions, self.key_positions, self.stack
        special_first, no_key, merge = SPECIAL_FIRST, _NO_KEY, MERGE
        # The hot path of every command: scalars, the most common event, are
        # resolved here, and every value is stored below; the rest go to handlers.
        while True:
            event = get_event()
            cls = event.__class__
            if cls is scalar_event:
                mark = event.start_mark
                pos = (mark.line + 1, mark.column + 1)
                value = event.value
                if event.tag is not None:
                    value = self._tagged(event.tag, value, pos)
                elif not event.style and value[:1] in special_first:  # a quoted, literal or folded scalar stays text
                    value = resolve_plain(value)
                if event.anchor is not None:
                    self.anchors[event.anchor] = (value, 1)
                count = 1
            else:
                item = handlers[cls](event)
                if item is None:
                    continue
                if item is _DONE:
                    break
                value, pos, count = item
            if not stack:
                self.root = value
                positions[()] = pos
                continue
            frame = stack[-1]
            frame.count += count
            if not frame.is_map:
                container = frame.container
                positions[(*frame.path, len(container))] = pos
                container.append(value)
            elif frame.key is no_key:
                frame.key = value
                frame.key_pos = pos
            else:  # a mapping's value: the one place a key is stored
                key = frame.key
                frame.key = no_key
                path = (*frame.path, key if key.__class__ is str else _path_part(key))
                positions[path] = pos
                if (key is merge or key in frame.container) and self._merge_or_duplicate(frame, key, value, path):
                    continue
                frame.container[key] = value
                key_positions[path] = frame.key_pos
        self._finish()

    def _handlers(self, events: ModuleType) -> dict[type, Callable[[Any], Any]]:
        """The handler of each event but a scalar: it returns ``None``, ``_DONE`` or an item to store."""
        return {
            events.StreamStartEvent: _nothing,
            events.DocumentStartEvent: self._document_start,
            events.MappingStartEvent: partial(self._open, True),
            events.SequenceStartEvent: partial(self._open, False),
            events.MappingEndEvent: self._close,
            events.SequenceEndEvent: self._close,
            events.AliasEvent: self._alias,
            events.DocumentEndEvent: _nothing,
            events.StreamEndEvent: _done,
        }

    def _finish(self) -> None:
        if self.root is None:
            self.doc.problem(1, 1, codes.EMPTY_FILE, msg("rd.empty"))
            self.doc.data = None
            return
        self.doc.data = self.root

    # -- events ----------------------------------------------------------------

    def _document_start(self, event: Any) -> object | None:
        self.documents += 1
        if self.documents == 1:
            return None
        mark = event.start_mark
        self.doc.problem(
            mark.line + 1,
            mark.column + 1,
            codes.ONE_DOCUMENT,
            msg("rd.documents"),
        )
        return _DONE

    def _open(self, is_map: bool, event: Any) -> None:
        """Start a mapping or list; its position is recorded now, its value when it closes."""
        mark = event.start_mark
        pos = (mark.line + 1, mark.column + 1)
        stack = self.stack
        if len(stack) >= MAX_DEPTH:
            self._refuse(pos, codes.LIMITS, msg("rd.depth", depth=MAX_DEPTH))
        if event.tag is not None:
            self._check_tag(event.tag, pos, "map" if is_map else "seq")
        path: DocPath = ()
        if stack:
            parent = stack[-1]
            if parent.is_map and parent.key is _NO_KEY:
                # A mapping or list used as a key: not something a plan has.
                self._refuse(pos, codes.INVALID_VALUE, _KEY_NOT_PLAIN)
            path = (*parent.path, _path_part(parent.key) if parent.is_map else len(parent.container))
        self.positions[path] = pos
        stack.append(_Frame({} if is_map else [], path, pos, event.anchor))

    def _close(self, event: Any) -> _Item:
        frame = self.stack.pop()
        if frame.merges:
            self._apply_merges(frame)
        if frame.anchor is not None:
            self.anchors[frame.anchor] = (frame.container, frame.count)
        return frame.container, frame.pos, frame.count

    def _alias(self, event: Any) -> _Item:
        mark = event.start_mark
        pos = (mark.line + 1, mark.column + 1)
        target = self.anchors.get(event.anchor)
        if target is None:  # libyaml reports this itself; kept for safety
            self._refuse(pos, codes.YAML_SYNTAX, msg("rd.alias_unknown", anchor=event.anchor))
        value, count = target
        self.alias_nodes += count
        if self.alias_nodes > MAX_ALIAS_NODES:
            self._refuse(
                pos,
                codes.LIMITS,
                msg("rd.aliases", nodes=MAX_ALIAS_NODES),
            )
        frame = self.stack[-1] if self.stack else None
        if frame is not None and frame.is_map and frame.key is _NO_KEY and isinstance(value, dict | list):
            self._refuse(pos, codes.INVALID_VALUE, _KEY_NOT_PLAIN)
        return value, pos, count

    def _refuse(self, pos: Position, rule: str, message: str) -> NoReturn:
        """Record why the file is not read any further, and stop reading it."""
        self.doc.problem(pos[0], pos[1], rule, message)
        raise Abort

    # -- building --------------------------------------------------------------

    def _merge_or_duplicate(self, frame: _Frame, key: Any, value: Any, path: DocPath) -> bool:
        """Set aside the value of a merge key (True: it is not stored), or report a duplicate key (False)."""
        if key is MERGE:
            self._set_aside_merge(frame, value, path)
            return True
        first = self.key_positions.get(path)
        line, column = frame.key_pos
        where = msg("rd.duplicate.first", line=first[0], column=first[1]) if first and first != frame.key_pos else ""
        self.doc.problem(
            line,
            column,
            codes.DUPLICATE_KEY,
            msg("rd.duplicate", key=key, where=where),
        )
        return False

    def _set_aside_merge(self, frame: _Frame, value: Any, path: DocPath) -> None:
        if frame.merges is None:
            frame.merges = []
        frame.merges.append((value, self.positions[path]))
        # The merge key is not in the data; neither are positions below it.
        for stray in [p for p in self.positions if p[: len(path)] == path]:
            del self.positions[stray]

    def _apply_merges(self, frame: _Frame) -> None:
        container = frame.container
        for value, pos in frame.merges or ():
            sources = value if isinstance(value, list) else [value]
            for source in sources:
                if not isinstance(source, dict):
                    self.doc.problem(pos[0], pos[1], codes.INVALID_VALUE, msg("rd.merge"))
                    continue
                for key, item in source.items():
                    if key not in container:
                        container[key] = item
                        child = (*frame.path, key)
                        self.positions.setdefault(child, pos)
                        self.key_positions.setdefault(child, pos)

    # -- tags ------------------------------------------------------------------

    def _check_tag(self, tag: str, pos: Position, kind: str) -> None:
        if tag == "!" or tag == YAML_TAG_PREFIX + kind or (kind == "map" and tag == YAML_TAG_PREFIX + "omap"):
            return
        self._unsafe_tag(tag, pos)

    def _unsafe_tag(self, tag: str, pos: Position) -> None:
        shown = tag.replace(YAML_TAG_PREFIX, "!!")
        self.doc.problem(
            pos[0],
            pos[1],
            codes.TAG_NOT_ALLOWED,
            msg("rd.tag", tag=shown),
        )

    def _tagged(self, tag: str, value: str, pos: Position) -> Any:
        """A tagged scalar: ``!`` and the core tags are read, any other is reported and its text kept."""
        if tag == "!":
            return value  # the non-specific tag: a string, whatever it looks like
        name = tag[len(YAML_TAG_PREFIX) :] if tag.startswith(YAML_TAG_PREFIX) else ""
        if name not in SCALAR_TAGS:
            self._unsafe_tag(tag, pos)
            return value
        resolved = resolve_tagged(name, value)
        if resolved is MISFIT:
            self.doc.problem(pos[0], pos[1], codes.INVALID_VALUE, msg("rd.tag.value", name=name))
            return value
        return resolved


def _nothing(event: Any) -> None:
    return None


def _done(event: Any) -> object:
    return _DONE


# -- syntax errors and places ---------------------------------------------------

# libyaml's problem -> the hint's message id
_SYNTAX_HINTS = {
    "mapping values are not allowed in this context": "rd.hint.colon_value",
    "could not find expected ':'": "rd.hint.no_colon",
    "found character that cannot start any token": "rd.hint.tab",
    "did not find expected key": "rd.hint.indent",
    "did not find expected '-' indicator": "rd.hint.list",
    "found unexpected end of stream": "rd.hint.quote",
    "found undefined alias": "rd.hint.alias",
}


def syntax_problem(exc: MarkedYAMLError, text: str, doc: Document) -> None:
    """Record libyaml's syntax error as HP001 at the line to fix, with a hint."""
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark is not None and mark is not None and mark.index >= len(text.rstrip()):
        # The file ended inside something (a quote, a bracket): point at where it opened.
        mark = exc.context_mark
    elif exc.context == "while scanning a simple key" and exc.context_mark is not None:
        # libyaml notices a key without its colon on the line after; the key is the line to fix.
        mark = exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    line, column = within_text(text, line, column)
    # libyaml's own words are English: the Danish message gives the hint alone.
    problem = Term(exc.problem, "") if exc.problem else msg("rd.syntax.unknown")
    hint = msg(_SYNTAX_HINTS.get(exc.problem or "", "rd.hint.other"))
    context = Term(f" ({exc.context})", "") if exc.context else ""
    doc.problem(line, column, codes.YAML_SYNTAX, msg("rd.syntax", problem=problem, context=context, hint=hint))


def name_places(doc: Document) -> None:
    """Give reading problems (duplicate keys, tags) the document path they stand at."""
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
