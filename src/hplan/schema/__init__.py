"""JSON Schema of each document kind, generated from the models (their single source), in English and Danish.

The shape comes from the models; the words (descriptions, explained allowed
values, titles) from the ``schema`` part of the i18n catalogue
(:mod:`hplan.schema.words`), and the snippets for new list items from
:mod:`hplan.schema.snippets`. ``plan.schema.json`` is English,
``plan.da.schema.json`` Danish; the same for the board. A profile's schema is
shape only, in English: profiles are written by hplan's maintainers, not in
an editor by the plans' authors.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hplan.check.shape import MODELS
from hplan.errors import HplanError, os_reason
from hplan.fsutil import write_atomic
from hplan.i18n.message import msg
from hplan.schema.snippets import add_snippets
from hplan.schema.words import describe

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# The kinds whose schema has words (and a Danish twin): the documents people write in an editor.
DESCRIBED_KINDS = ("plan", "board")
SCHEMA_LANGUAGES = ("en", "da")


def schema_name(kind: str, language: str = "en") -> str:
    """The file name of ``kind``'s schema in ``language``: ``plan.schema.json``, ``plan.da.schema.json``."""
    return f"{kind}.schema.json" if language == "en" else f"{kind}.{language}.schema.json"


def schema_document(kind: str, language: str = "en") -> dict[str, Any]:
    """The schema of ``kind`` in ``language`` as data."""
    model = MODELS[kind]
    shape = model.model_json_schema()
    if kind in DESCRIBED_KINDS:
        shape = describe(shape, model, language)
        add_snippets(shape, language)
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"https://hplan.invalid/schemas/{schema_name(kind, language)}",
        **shape,
    }


def schema_text(kind: str, language: str = "en") -> str:
    """The schema of ``kind`` in ``language`` as stable, pretty JSON text."""
    return json.dumps(schema_document(kind, language), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def schema_files() -> dict[str, str]:
    """File name -> content, for every document kind and, where it has words, every language."""
    files = {schema_name(kind): schema_text(kind) for kind in MODELS}
    for kind in DESCRIBED_KINDS:
        for language in SCHEMA_LANGUAGES[1:]:
            files[schema_name(kind, language)] = schema_text(kind, language)
    return files


def write_schemas(out_dir: Path) -> list[Path]:
    """Write every schema file that differs; return the paths written."""
    written = []
    path = out_dir
    if out_dir.exists() and not out_dir.is_dir():
        raise HplanError(msg("err.schema.is_file", path=out_dir))
    try:
        for name, content in schema_files().items():
            path = out_dir / name
            if not _holds(path, content):
                write_atomic(path, content)
                written.append(path)
    except OSError as exc:
        raise HplanError(msg("err.schema.cannot_write", path=path, reason=os_reason(exc))) from exc
    return written


def check_schemas(out_dir: Path) -> list[str]:
    """The schema files under ``out_dir`` that are missing or stale."""
    return [name for name, content in schema_files().items() if not _holds(out_dir / name, content)]


def _holds(path: Path, content: str) -> bool:
    """Whether ``path`` is a file with exactly ``content`` (in UTF-8).

    Bytes are compared, not text: a schema file damaged into another encoding
    or binary is simply stale, and one of another size is not even read.
    """
    expected = content.encode("utf-8")
    try:
        if not path.is_file() or path.stat().st_size != len(expected):
            return False
        return path.read_bytes() == expected
    except OSError:
        return False
