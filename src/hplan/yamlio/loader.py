"""YAML text -> plain Python data plus the position of every key and value: the reader's entry points.

This is the fast path used by every read-only command. It drives libyaml's C
parser (through PyYAML's ``CParser``) event by event and builds the data
itself (:mod:`~hplan.yamlio.events`), so that it can:

* read YAML 1.2 the way ruamel.yaml does (``yes``/``no`` are strings, ``010``
  is ten, ``1_000`` is a thousand), not PyYAML's YAML 1.1
  (:mod:`~hplan.yamlio.scalars`);
* keep the 1-based line and column of every key and every value;
* report a duplicate key at its second occurrence (the last value counts,
  as in every YAML reader that allows duplicates);
* never construct a Python object from a tag (``!!python/...``, ``!custom``);
* refuse nesting deeper than ``MAX_DEPTH`` and aliases expanding beyond
  ``MAX_ALIAS_NODES`` nodes before they cost memory, and files larger than
  ``MAX_FILE_BYTES`` before reading them (:mod:`~hplan.yamlio.document`).

Every failure becomes a located :class:`~hplan.diagnostics.Diagnostic`; only a
file that cannot be opened at all raises (``PathNotFound``). ``roundtrip.py``
reads the same text with ruamel.yaml for commands that write files back; a
test checks that both readings agree on data and positions.
"""

from __future__ import annotations

from pathlib import Path

from hplan import codes
from hplan.i18n.message import msg
from hplan.yamlio.document import MAX_FILE_BYTES, Abort, Document, too_large_message
from hplan.yamlio.events import Builder, name_places, syntax_problem
from hplan.yamlio.habits import invisible_problems, rejoin_decimal_commas
from hplan.yamlio.text import control_character_problem, decode, read_text


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
    """The document of a file of ``size`` bytes, over ``MAX_FILE_BYTES``, that is not read at all."""
    doc = Document(display)
    doc.problem(1, 1, codes.LIMITS, too_large_message(size))
    return doc


def load_bytes(raw: bytes, display: str) -> Document:
    """Decode and parse ``raw`` bytes (for example a file at a git revision)."""
    if len(raw) > MAX_FILE_BYTES:
        return too_large(len(raw), display)
    doc = Document(display)
    text = decode(raw, doc)
    if text is not None:
        parse_into(text, doc)
    return doc


def parse_into(text: str, doc: Document) -> None:
    """Parse ``text`` into ``doc.data`` and positions, recording every problem."""
    # lazy: `hplan rules` imports the reader but reads no YAML, and PyYAML takes ~25 ms to import.
    from yaml import MarkedYAMLError
    from yaml._yaml import CParser
    from yaml.reader import ReaderError

    doc.text = text
    parser = CParser(text)
    try:
        Builder(doc).run(parser)
    except Abort:
        doc.data = None
    except ReaderError as exc:
        # libyaml refuses control characters; its position is a UTF-8 byte offset.
        doc.data = None
        control_character_problem(text, exc.position, exc.character, doc)
    except MarkedYAMLError as exc:
        doc.data = None
        syntax_problem(exc, text, doc)
    except RecursionError:  # pragma: no cover - the depth limit stops this first
        doc.data = None
        doc.problem(1, 1, codes.LIMITS, msg("rd.too_deep"))
    finally:
        parser.dispose()
    if doc.data is not None:
        rejoin_decimal_commas(doc)
    invisible_problems(doc)
    if doc.diagnostics and doc.data is not None:
        name_places(doc)
