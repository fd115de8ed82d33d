"""The configuration file ``.hplan.yaml``: a team's defaults for every command.

Found by walking up from the current folder: the first ``.hplan.yaml`` wins,
and the walk stops at the root of the git work tree (the first folder that
holds ``.git``) or, outside git, at the filesystem root - so a checkout
behaves the same on every machine, whatever lies above it. ``--config FILE``
(or ``HPLAN_CONFIG``) names a file instead.

Every option is optional; options given on the command line win over the
file. Paths in the file are relative to the file's folder::

    paths: [plans/]             # what to check when no PATHS are given
    as_of: 2018-06-01           # default --as-of (a date, or "today")
    language: da                # da or en: text and markdown output
    profile_path: [profiles/]   # folders with profile files (NAME.yaml)
    rules:                      # severity per rule (code or name): error, warning, off
      HP202: off
      milestone-overdue: error
    status: {horizon: 90, on_track: 0.9, at_risk: 0.5, maintain_tolerance: 0.05, stale_grace: 0.25}
    suppress:                   # one finding each: file glob, rule, document path, reason
      - file: plans/oest-i-centrum.yaml
        rule: HP602
        path: milestones[m-virksomhedsnetvaerk]
        reason: moved by the board on 2018-03-06 (punkt 6)

Reading is strict: an unknown option, a wrong value or broken YAML is an
error with the file, line and column (exit 2), with a "did you mean" for a
misspelt option. See docs/configuration.md.
"""

import datetime as dt
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hplan import codes
from hplan.check.policy import LEVELS, SUPPRESSION_RULES, UNSUPPRESSIBLE, ConfigSuppression, Level, RulePolicy
from hplan.codes import NAMES, code_for
from hplan.errors import HplanError, PathNotFound
from hplan.i18n import LANGUAGES, Language
from hplan.i18n.message import Joined, Term, did_you_mean, msg
from hplan.paths import data_path
from hplan.yamlio.document import Document
from hplan.yamlio.loader import load_file

CONFIG_NAME = ".hplan.yaml"


class ConfigError(HplanError):
    """A configuration file that cannot be used; the message names the file, line and column.

    ``language`` is the file's own ``language:`` when that one key is
    readable: a broken file that says ``language: da`` is explained in Danish.
    """

    def __init__(self, message: str, *, language: Language | None = None) -> None:
        super().__init__(message)
        self.language = language


# --- the file's shape -----------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StatusSection(_Strict):
    """``status:``: the defaults of ``hplan status``'s options."""

    horizon: int | None = Field(default=None, ge=0)
    on_track: float | None = Field(default=None, ge=0)
    at_risk: float | None = Field(default=None, ge=0)
    maintain_tolerance: float | None = Field(default=None, ge=0)
    stale_grace: float | None = Field(default=None, ge=0)


class SuppressEntry(_Strict):
    """One entry of ``suppress:``."""

    file: str = Field(min_length=1)
    rule: str = Field(min_length=1)
    path: str = Field(min_length=1)
    reason: str | None = None  # missing is allowed, and reported as HP901


class ConfigFile(_Strict):
    """The whole file."""

    paths: list[str] | str | None = None
    as_of: dt.date | Literal["today"] | None = None
    language: Language | None = None
    profile_path: list[str] | str | None = None
    rules: dict[str, Level] = Field(default_factory=dict)
    status: StatusSection = Field(default_factory=StatusSection)
    suppress: list[SuppressEntry] = Field(default_factory=list)


# What each option takes, in words: the message ``err.config.expects.<option>``.
OPTIONS = tuple(ConfigFile.model_fields)


# --- what the commands use --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusDefaults:
    """``hplan status`` defaults from the file; ``None``: the command's own default."""

    horizon: int | None = None
    on_track: float | None = None
    at_risk: float | None = None
    maintain_tolerance: float | None = None
    stale_grace: float | None = None


@dataclass(frozen=True, slots=True)
class Config:
    """A configuration as the commands use it; ``Config()`` when there is no file."""

    file: Path | None = None
    display: str = ""
    paths: tuple[Path, ...] = ()
    as_of: dt.date | None = None
    language: Language | None = None
    profile_path: tuple[Path, ...] = ()
    policy: RulePolicy = field(default_factory=RulePolicy)
    status: StatusDefaults = StatusDefaults()


def find_config(start: Path) -> Path | None:
    """The ``.hplan.yaml`` in ``start`` or the nearest folder above it, up to the git root."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / CONFIG_NAME
        if path.is_file():
            return path
        if (candidate / ".git").exists():
            return None
    return None


def discover_config(explicit: Path | None = None, start: Path | None = None) -> Config:
    """The configuration named by ``explicit``, else the one found from ``start`` (the current folder)."""
    if explicit is not None:
        if not explicit.is_file():
            raise PathNotFound(msg("err.config.no_file", path=explicit))
        return load_config(explicit)
    found = find_config(start or Path.cwd())
    return load_config(found) if found is not None else Config()


def shown(path: Path) -> str:
    """A path as users should see it: relative to the current folder, even when above it."""
    try:
        return os.path.relpath(path, Path.cwd())
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)


def load_config(path: Path) -> Config:
    """Read and check one configuration file; any problem is a ``ConfigError`` (exit 2)."""
    display = shown(path)
    doc = load_file(path, display)
    if doc.diagnostics:
        if doc.data is None and all(d.rule == codes.EMPTY_FILE for d in doc.diagnostics):
            return Config(file=path.resolve(), display=display)  # empty, or only comments: all defaults
        first = doc.diagnostics[0]
        raise ConfigError(_message(first.line, first.column, display, first.message))
    if not isinstance(doc.data, Mapping):
        raise ConfigError(_message(1, 1, display, msg("err.config.not_mapping")))
    problems = list(_rule_problems(doc))
    try:
        model = ConfigFile.model_validate(doc.data)
    except ValidationError as exc:
        problems += _problems(doc, exc)
    if problems:
        stated = doc.data.get("language")
        raise ConfigError(
            Joined([text for _, text in sorted(problems)], "\n"), language=stated if stated in LANGUAGES else None
        )
    return _build(path.resolve(), display, doc, model)


def _message(line: int, column: int, display: str, text: str) -> str:
    return msg("err.config.at", file=display, line=line, column=column, text=text)


Problem = tuple[tuple[int, int], str]


def _problems(doc: Document, exc: ValidationError) -> Iterator[Problem]:

    seen: set[tuple[str | int, ...]] = set()
    for error in exc.errors(include_url=False, include_input=False):
        path = data_path(tuple(error["loc"]), doc.data)
        if path in seen:
            continue  # a union reports one value once per alternative
        seen.add(path)
        name = _option(path)
        text: str
        if error["type"] == "extra_forbidden":
            allowed = _allowed(path[:-1])
            # Danish quotes the keys, which are no Danish words; English lists them as it always did.
            listed = Term(", ".join(allowed), ", ".join(f"'{key}'" for key in allowed))
            hint = did_you_mean(str(path[-1]), allowed)
            text = msg("err.config.unknown_option", name=name, hint=hint, allowed=listed)
            line, column = doc.position(path, key=True)
        elif error["type"] == "missing":
            text = msg("err.config.needs", parent=_option(path[:-1]), name=path[-1])
            line, column = doc.position(path[:-1], key=True)
        else:
            text = _value_problem(doc, error, path, name)
            line, column = doc.position(path)
        yield (line, column), _message(line, column, doc.file, text)


def _value_problem(doc: Document, error: Any, path: tuple[str | int, ...], name: str) -> str:
    """What is wrong with an option's value: what it takes, else pydantic's words (Danish: the shape check's)."""
    if len(path) == 1 and path[0] in OPTIONS:
        return msg("err.config.must_be", name=name, expected=msg(f"err.config.expects.{path[0]}"))
    # lazy: the shape check loads the plan's models, which only a wrong value in the configuration needs
    from hplan.check.shape import explain_error

    detail = error["msg"].lower().replace("input should be", "must be")
    return Term(f"'{name}' {detail}", explain_error(error, path, ConfigFile, doc.data, name=name))


def _option(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _allowed(parent: tuple[str | int, ...]) -> list[str]:
    model: type[BaseModel] = ConfigFile
    if parent[:1] == ("status",):
        model = StatusSection
    elif parent[:1] == ("suppress",):
        model = SuppressEntry
    return list(model.model_fields)


def _rule_problems(doc: Document) -> Iterator[Problem]:
    """Rule codes and names that name no rule, and settings that would silence HP701.

    Read from the raw data, so that they are reported together with the
    file's other problems.
    """
    known = [*NAMES, *NAMES.values()]
    data = doc.data if isinstance(doc.data, Mapping) else {}
    rules = data.get("rules")
    for word, level in rules.items() if isinstance(rules, Mapping) else ():
        code = code_for(str(word))
        line, column = doc.position(("rules", word), key=True)
        if code is None:
            text = msg("err.config.unknown_rule", word=word, hint=did_you_mean(str(word), known))
            yield (line, column), _message(line, column, doc.file, text)
        elif code in UNSUPPRESSIBLE and level != "error":
            text = msg("err.config.always_error", code=code)
            yield (line, column), _message(line, column, doc.file, text)
    entries = data.get("suppress")
    for index, entry in enumerate(entries if isinstance(entries, list) else ()):
        word = entry.get("rule") if isinstance(entry, Mapping) else None
        if not isinstance(word, str) or not word:
            continue  # the model reports it
        code = code_for(word)
        line, column = doc.position(("suppress", index, "rule"))
        if code is None:
            text = msg("err.config.unknown_suppressed", word=word, index=index, hint=did_you_mean(word, known))
        elif code in UNSUPPRESSIBLE:
            text = msg("err.config.cpr_suppressed", code=code)
        elif code in SUPPRESSION_RULES:
            text = msg("err.config.suppression_rule", code=code)
        else:
            continue
        yield (line, column), _message(line, column, doc.file, text)


def _build(file: Path, display: str, doc: Document, model: ConfigFile) -> Config:

    folder = file.parent
    severities: list[tuple[str, Level]] = []
    for word, level in model.rules.items():
        code = code_for(word)
        if code is not None and level in LEVELS:
            severities.append((code, level))
    suppressions = []
    for index, entry in enumerate(model.suppress):
        line, column = doc.position(("suppress", index))
        suppressions.append(
            ConfigSuppression(
                file=entry.file,
                rule=code_for(entry.rule) or entry.rule,
                path=entry.path,
                reason=(entry.reason or "").strip(),
                source=display,
                line=line,
                column=column,
                index=index,
            )
        )
    status = model.status
    return Config(
        file=file,
        display=display,
        paths=_paths(folder, model.paths),
        as_of=model.as_of if isinstance(model.as_of, dt.date) else None,
        language=model.language,
        profile_path=_paths(folder, model.profile_path),
        policy=RulePolicy(tuple(severities), tuple(suppressions), folder),
        status=StatusDefaults(
            status.horizon, status.on_track, status.at_risk, status.maintain_tolerance, status.stale_grace
        ),
    )


def _paths(folder: Path, value: list[str] | str | None) -> tuple[Path, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    return tuple(_near(folder / item) for item in items)


def _near(path: Path) -> Path:
    """``path`` relative to the current folder when inside it, so that findings show short names."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path
