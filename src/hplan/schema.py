"""JSON Schema of each document kind, generated from the models (their single source)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hplan.check.shape import MODELS
from hplan.errors import HplanError
from hplan.fsutil import write_atomic

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_text(kind: str) -> str:
    """The schema of ``kind`` as stable, pretty JSON text."""
    model = MODELS[kind]
    document: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "$id": f"https://hplan.invalid/schemas/{kind}.schema.json",
        **model.model_json_schema(),
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def schema_files() -> dict[str, str]:
    """File name -> content, for every document kind."""
    return {f"{kind}.schema.json": schema_text(kind) for kind in MODELS}


def write_schemas(out_dir: Path) -> list[Path]:
    """Write every schema file that differs; return the paths written."""
    written = []
    path = out_dir
    if out_dir.exists() and not out_dir.is_dir():
        raise HplanError(f"{out_dir}: is a file; --out names the folder for the schema files")
    try:
        for name, content in schema_files().items():
            path = out_dir / name
            if not _holds(path, content):
                write_atomic(path, content)
                written.append(path)
    except OSError as exc:
        raise HplanError(f"{path}: cannot write the schema file ({exc.strerror or exc})") from exc
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
