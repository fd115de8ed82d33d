"""JSON Schema of each document kind, generated from the models (their single source)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hplan.errors import HplanError
from hplan.fsutil import write_atomic
from hplan.shape import MODELS

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
    try:
        for name, content in schema_files().items():
            path = out_dir / name
            if not path.is_file() or path.read_text(encoding="utf-8") != content:
                write_atomic(path, content)
                written.append(path)
    except OSError as exc:
        raise HplanError(f"{out_dir}: cannot write the schema files ({exc.strerror})") from exc
    return written


def check_schemas(out_dir: Path) -> list[str]:
    """The schema files under ``out_dir`` that are missing or stale."""
    stale = []
    for name, content in schema_files().items():
        path = out_dir / name
        try:
            current = path.read_text(encoding="utf-8")
        except OSError:
            current = None
        if current != content:
            stale.append(name)
    return stale
