"""The ``kind: board`` document: a board shared by several plans."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from hplan.model.common import Member, Slug, Strict, Text


class Board(Strict):
    """A strategic board (bestyrelse) shared by several plans, file format 1."""

    format: Literal[1]
    kind: Literal["board"]
    id: Slug
    name: Text
    plans: list[Slug] = Field(description="Ids of the plans this board governs.")
    members: list[Member] = Field(min_length=1)
