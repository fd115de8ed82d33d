"""Bytes -> text for the YAML reader: UTF-8 only, every refusal a located HP006.

Detects UTF-16 and UTF-32 (with or without a byte order mark), binary files
and bytes that are not UTF-8, and turns byte offsets (where Python's decoder
and libyaml stop) into 1-based (line, column) counted in characters.
"""

from __future__ import annotations

from pathlib import Path

from hplan import codes
from hplan.errors import PathNotFound
from hplan.i18n.message import Term, msg
from hplan.yamlio.document import MAX_FILE_BYTES, Document, Position, too_large_message
from hplan.yamlio.linebreaks import LINE_BREAKS_BYTES, normalise_breaks


def read_text(path: Path, display: str, doc: Document) -> str | None:
    """Read ``path`` as UTF-8 text, or record why it cannot be read as such."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            doc.problem(1, 1, codes.LIMITS, too_large_message(size))
            return None
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise PathNotFound(msg("err.no_such_file", path=display)) from exc
    except IsADirectoryError as exc:
        raise PathNotFound(msg("err.is_directory", path=display)) from exc
    except OSError as exc:
        raise PathNotFound(msg("err.unreadable", path=display, reason=Term(str(exc.strerror)))) from exc
    return decode(raw, doc)


def decode(raw: bytes, doc: Document) -> str | None:
    """UTF-8 bytes -> text (a BOM is dropped), or a located HP006 diagnostic."""
    wide = wide_encoding(raw)
    if wide is not None:
        doc.problem(1, 1, codes.ENCODING, msg("rd.encoding.wide", wide=wide))
        return None
    nul = raw.find(b"\x00", 0, 8192)
    if nul >= 0:
        line, column = byte_position(raw, nul)
        doc.problem(line, column, codes.ENCODING, msg("rd.encoding.binary"))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = byte_position(raw, exc.start)
        doc.problem(
            line,
            column,
            codes.ENCODING,
            msg("rd.encoding.utf8"),
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


def byte_position(raw: bytes, offset: int) -> Position:
    """The 1-based (line, column in characters) of byte ``offset`` in UTF-8 ``raw``."""
    prefix = LINE_BREAKS_BYTES.sub(b"\n", raw[:offset])
    line_start = prefix.rfind(b"\n") + 1
    column = len(prefix[line_start:].decode("utf-8", errors="replace")) + 1
    return prefix.count(b"\n") + 1, column


def control_character_problem(text: str, offset: int, character: int | str, doc: Document) -> None:
    """Record the control character libyaml refused at UTF-8 byte ``offset`` of ``text``."""
    line, column = byte_position(text.encode("utf-8", "surrogatepass"), offset)
    code = character if isinstance(character, int) else ord(str(character)[:1] or "?")
    doc.problem(
        line,
        column,
        codes.ENCODING,
        msg("rd.encoding.control", code=f"U+{code:04X}"),
    )


def within_text(text: str, line: int, column: int) -> Position:
    """A parser mark past the last line, moved to just after the end of the last line.

    libyaml puts an error at the end of a file that lacks its final line
    break on a line after it, which editors and GitHub cannot show; ruamel.yaml
    puts it one column past the last character, and so does hplan.
    """
    lines = normalise_breaks(text).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if line > len(lines):
        return (max(len(lines), 1), len(lines[-1]) + 1 if lines else 1)
    return line, column
