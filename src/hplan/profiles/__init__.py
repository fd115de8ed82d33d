"""Profiles: one data file per LBF funding round, never ``if`` chains in code.

A profile names the focus areas a plan may choose, the minimum local share,
the usual period length and the approval level of each kind of change. The
built-in ones ship as YAML files in this package; a plan may instead name a
profile file of its own (``profile: ../profiles/min-regel.yaml``, relative to
the plan), and ``--profile-path DIR`` adds folders in which to look for
``NAME.yaml``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from hplan.errors import ProfileError
from hplan.model.common import Slug, Strict, Text
from hplan.yamlio.loader import load_text

ApprovalLevel = Literal["lbf", "board", "none"]
ChangeKind = Literal["added", "removed", "changed"]
LEVELS: tuple[ApprovalLevel, ...] = ("none", "board", "lbf")


class ProfileFocusArea(Strict):
    """A focus area the profile allows, with its Danish name."""

    id: Slug
    name: Text


class ApprovalRule(Strict):
    """One classification rule: changes at ``match`` need ``level``."""

    match: Text
    kinds: list[ChangeKind] | None = None
    level: ApprovalLevel
    reason: Text
    # The reason in Danish, shown under --lang da; without it the English is shown, marked as such.
    reason_da: Text | None = None


class Approvals(Strict):
    """Ordered approval rules; the first that matches a change decides."""

    default: ApprovalLevel = "board"
    rules: list[ApprovalRule] = Field(default_factory=list)


class Profile(Strict):
    """A rule set (``kind: profile``)."""

    format: Literal[1]
    kind: Literal["profile"]
    id: Slug
    name: Text
    min_local_share: float = Field(ge=0, le=1)
    period_years: int = Field(ge=1, le=20, strict=True)
    focus_areas: list[ProfileFocusArea] = Field(min_length=1)
    approvals: Approvals = Field(default_factory=Approvals)

    def focus_area_name(self, slug: str) -> str | None:
        """The Danish name of a focus area, or ``None`` if the profile lacks it."""
        for area in self.focus_areas:
            if area.id == slug:
                return area.name
        return None


def builtin_names() -> list[str]:
    """The ids of the profiles that ship with hplan."""
    folder = resources.files(__name__)
    return sorted(p.name[: -len(".yaml")] for p in folder.iterdir() if p.name.endswith(".yaml"))


def is_path_reference(reference: str) -> bool:
    """Whether a plan's ``profile`` value names a file rather than a profile id."""
    return "/" in reference or "\\" in reference or reference.endswith((".yaml", ".yml"))


@cache
def _load_profile_text(display: str, text: str) -> Profile:
    doc = load_text(text, display)
    if doc.diagnostics:
        first = doc.diagnostics[0]
        raise ProfileError(f"profile {display}:{first.line}:{first.column}: {first.message}")
    try:
        return Profile.model_validate(doc.data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(part) for part in err["loc"])
        raise ProfileError(f"profile {display}: {where}: {err['msg']}") from None


def load_profile_file(path: Path) -> Profile:
    """Read a profile file; a broken one is a configuration error (exit 2)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"profile {path}: cannot be read ({exc})") from exc
    return _load_profile_text(str(path), text)


def resolve_profile(reference: str, plan_dir: Path | None, search_path: tuple[Path, ...] = ()) -> Profile | None:
    """The profile a plan names, or ``None`` when no such profile exists.

    A path is taken relative to the plan's folder; a name is looked up in the
    ``search_path`` folders first (so a user may override a built-in), then
    among the built-in profiles.
    """
    if is_path_reference(reference):
        base = plan_dir if plan_dir is not None else Path.cwd()
        path = (base / reference).resolve()
        return load_profile_file(path) if path.is_file() else None
    for folder in search_path:
        for suffix in (".yaml", ".yml"):
            candidate = folder / f"{reference}{suffix}"
            if candidate.is_file():
                return load_profile_file(candidate)
    return builtin(reference)


@cache
def builtin(name: str) -> Profile | None:
    """A built-in profile by id, or ``None``."""
    resource = resources.files(__name__) / f"{name}.yaml"
    if not resource.is_file():
        return None
    return _load_profile_text(f"<built-in {name}>", resource.read_text(encoding="utf-8"))
