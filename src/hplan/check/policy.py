"""What a team changes about the findings: rule severities and suppressions.

Two sources, one place where they act (:func:`apply`, called by
:func:`hplan.check.pipeline.combine`, so ``validate`` and ``status`` agree):

- the configuration file (:mod:`hplan.config`) sets a rule to ``error``,
  ``warning`` or ``off`` and may suppress one finding by file (glob), rule and
  document path, with a reason;
- an inline comment suppresses findings on its line, or - on a line of its
  own - on the next line that holds YAML::

      due: 2018-09-30  # hplan: ignore[HP602] moved by the board 2018-03-06

The comments are not in the loader's data (libyaml drops comments), so
:func:`scan` reads them from the raw text, and only when the text contains
``hplan:`` at all: a plan without suppressions costs one substring search.

A suppression without a reason, one that suppresses nothing and a comment
that hplan cannot read are findings themselves (rules HP901, HP902, HP903 in
:mod:`hplan.rules.suppressions`). A CPR number (HP701) can never be
suppressed or turned off: it has to leave the file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from hplan import codes
from hplan.codes import code_for
from hplan.diagnostics import Diagnostic, Severity
from hplan.privacy import redact
from hplan.yamlio.linebreaks import normalise_breaks

if TYPE_CHECKING:
    from hplan.check.context import FileFacts

Level = Literal["error", "warning", "off"]
LEVELS: tuple[Level, ...] = ("error", "warning", "off")

# A CPR number is a data-protection incident; no comment or setting may hide it.
UNSUPPRESSIBLE = frozenset({codes.CPR_NUMBER})
# The findings about suppressions themselves; they are configured, never suppressed.
SUPPRESSION_RULES = frozenset({codes.SUPPRESSION_WITHOUT_REASON, codes.UNUSED_SUPPRESSION, codes.SUPPRESSION_SYNTAX})

MARKER = "hplan:"
# A YAML comment starts at the beginning of a line or after a blank.
_COMMENT = re.compile(r"(?:^|(?<=[ \t]))#[ \t]*hplan:[ \t]*(?P<body>[^\n]*)$", re.M)
_IGNORE = re.compile(r"^ignore\[(?P<codes>[^\]]*)\](?P<reason>.*)$")
_CODE_OR_NAME = re.compile(r"^(?:HP\d{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$", re.I)


@dataclass(frozen=True, slots=True)
class Directive:
    """One ``# hplan:`` comment: the codes it suppresses on its ``target`` line, and why.

    ``codes`` is empty when the comment is not a suppression hplan can read.
    """

    file: str
    line: int
    column: int
    target: int
    codes: tuple[str, ...]
    reason: str

    @property
    def readable(self) -> bool:
        """Whether the comment is a well-formed ``ignore[...]``."""
        return bool(self.codes)


@dataclass(frozen=True, slots=True)
class ConfigSuppression:
    """An entry of the configuration's ``suppress`` list, with where it stands."""

    file: str  # a glob, relative to the configuration file's folder
    rule: str  # a rule code (names are resolved when the file is read)
    path: str  # a document path in plan terms; it covers the paths below it
    reason: str
    source: str  # the configuration file, as users see it
    line: int
    column: int
    index: int = 0  # its place in the ``suppress`` list

    def covers_path(self, path: str) -> bool:
        """Whether a finding at ``path`` is at this entry's path or below it."""
        return path == self.path or path.startswith((self.path + ".", self.path + "["))


@dataclass(frozen=True, slots=True)
class RulePolicy:
    """Severities and configured suppressions for a run; the default changes nothing."""

    severities: tuple[tuple[str, Level], ...] = ()
    suppressions: tuple[ConfigSuppression, ...] = ()
    root: Path | None = None  # the folder the suppressions' file globs start from

    def level(self, code: str) -> Level | None:
        """The configured level of a rule, or ``None`` for its default."""
        for rule, level in self.severities:
            if rule == code:
                return level
        return None


Where = Directive | ConfigSuppression


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A finding that a suppression hid, with the suppression's reason and place."""

    diagnostic: Diagnostic
    reason: str
    by: Literal["comment", "config"]
    file: str
    line: int
    column: int

    def to_json(self) -> dict[str, object]:
        """A diagnostic's JSON fields plus ``reason`` and ``suppressed_by`` (docs/json.md)."""
        return {
            **self.diagnostic.to_json(),
            "reason": self.reason,
            "suppressed_by": {"kind": self.by, "file": self.file, "line": self.line, "column": self.column},
        }


@dataclass(frozen=True, slots=True)
class Unused:
    """A code of a suppression that suppressed nothing, and why."""

    where: Where
    code: str
    why: Literal["nothing", "unknown-rule", "cannot-suppress"]


@dataclass(frozen=True, slots=True)
class SuppressionOutcome:
    """What the suppression rules (HP901-HP903) check after suppressions were applied."""

    reasonless: tuple[Where, ...] = ()
    unused: tuple[Unused, ...] = ()
    unreadable: tuple[Directive, ...] = ()


@dataclass(slots=True)
class Applied:
    """Findings after the policy: those that stay (with the suppression rules' own) and those hidden."""

    diagnostics: list[Diagnostic]
    suppressed: list[Suppressed] = field(default_factory=list)
    # what the suppression rules (HP901-HP903) check; None when nothing was suppressed or configured
    outcome: SuppressionOutcome | None = None


# --- reading the comments -------------------------------------------------------


def scan(text: str, file: str) -> tuple[Directive, ...]:
    """Every ``# hplan:`` comment of a document's raw text."""
    if not text or MARKER not in text:
        return ()
    text = normalise_breaks(text)
    starts = [0]
    starts += [m.end() for m in re.finditer("\n", text)]
    lines = text.split("\n")
    found: list[Directive] = []
    for match in _COMMENT.finditer(text):
        offset = match.start()
        index = bisect.bisect_right(starts, offset) - 1
        column = offset - starts[index] + 1
        own_line = not lines[index][: column - 1].strip()
        target = _next_content_line(lines, index) if own_line else index + 1
        codes, reason = _parse(match.group("body"))
        found.append(Directive(file, index + 1, column, target, codes, reason))
    return tuple(found)


def _next_content_line(lines: Sequence[str], index: int) -> int:
    """The 1-based number of the first line after ``index`` that is neither blank nor only a comment."""
    for later in range(index + 1, len(lines)):
        stripped = lines[later].strip()
        if stripped and not stripped.startswith("#"):
            return later + 1
    return index + 1  # nothing follows: the comment can only stand for its own line


def _parse(body: str) -> tuple[tuple[str, ...], str]:
    match = _IGNORE.match(body.strip())
    if match is None:
        return (), ""
    words = tuple(part.strip() for part in match.group("codes").split(","))
    if not words or not all(_CODE_OR_NAME.match(word) for word in words):
        return (), ""
    reason = redact(match.group("reason").strip().lstrip("-–—:;").strip())
    return tuple(word.upper() if word.upper().startswith("HP") else word.lower() for word in words), reason


# --- applying the policy --------------------------------------------------------------


@cache
def _glob(pattern: str) -> re.Pattern[str]:
    """A path glob: ``*`` and ``?`` stay within a folder, ``**`` crosses folders."""
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def glob_matches(pattern: str, relative: str) -> bool:
    """Whether a file's path (relative, with ``/``) matches a configuration glob."""
    return _glob(pattern.removeprefix("./")).match(relative) is not None


def _relative(source: Path | None, root: Path | None) -> str | None:
    if source is None or root is None:
        return None
    try:
        return source.relative_to(root).as_posix()
    except ValueError:
        return None


def apply(diagnostics: Iterable[Diagnostic], facts: Sequence[FileFacts], policy: RulePolicy) -> Applied:
    """Severities, then suppressions; the suppression rules then check ``outcome`` (in the pipeline)."""
    off = {code for code, level in policy.severities if level == "off"}
    adjusted = [with_level(d, policy) for d in diagnostics if d.rule not in off]
    directives = [directive for item in facts for directive in item.suppressions]
    if not directives and not policy.suppressions:
        return Applied(adjusted)

    by_line: dict[tuple[str, int], list[tuple[Directive, str]]] = {}
    for directive in directives:
        for word in directive.codes:
            code = code_for(word)
            if code is not None:
                by_line.setdefault((directive.file, directive.target), []).append((directive, code))
    sources = {item.file: _relative(item.source, policy.root) for item in facts}

    kept: list[Diagnostic] = []
    suppressed: list[Suppressed] = []
    used: set[tuple[Where, str]] = set()
    for d in adjusted:
        hider = None if d.rule in UNSUPPRESSIBLE else _hider(d, by_line, sources, policy)
        if hider is None:
            kept.append(d)
            continue
        used.add((hider, d.rule))
        kind: Literal["comment", "config"] = "comment" if isinstance(hider, Directive) else "config"
        file = hider.file if isinstance(hider, Directive) else hider.source
        suppressed.append(Suppressed(d, hider.reason, kind, file, hider.line, hider.column))

    outcome = _outcome(directives, sources, policy, used, off)
    return Applied(kept, sorted(suppressed, key=lambda s: s.diagnostic), outcome)


def with_level(d: Diagnostic, policy: RulePolicy) -> Diagnostic:
    """``d`` at the level the configuration sets for its rule."""
    level = policy.level(d.rule)
    if level is None or level in ("off", d.severity.value):
        return d
    return replace(d, severity=Severity(level))


def _hider(
    d: Diagnostic,
    by_line: dict[tuple[str, int], list[tuple[Directive, str]]],
    sources: dict[str, str | None],
    policy: RulePolicy,
) -> Where | None:
    """The suppression that hides ``d``: a comment on its line first, then a configuration entry."""
    if d.rule in SUPPRESSION_RULES:
        return None
    for directive, code in by_line.get((d.file, d.line), ()):
        if code == d.rule:
            return directive
    relative = sources.get(d.file)
    if relative is None:
        return None
    for entry in policy.suppressions:
        if entry.rule == d.rule and entry.covers_path(d.path) and glob_matches(entry.file, relative):
            return entry
    return None


def _outcome(
    directives: Sequence[Directive],
    sources: dict[str, str | None],
    policy: RulePolicy,
    used: set[tuple[Where, str]],
    off: set[str],
) -> SuppressionOutcome:
    reasonless: list[Where] = []
    unused: list[Unused] = []
    unreadable: list[Directive] = []
    for directive in directives:
        if not directive.readable:
            unreadable.append(directive)
            continue
        if not directive.reason:
            reasonless.append(directive)
        for word in directive.codes:
            code = code_for(word)
            if code is None:
                unused.append(Unused(directive, word, "unknown-rule"))
            elif code in UNSUPPRESSIBLE or code in SUPPRESSION_RULES:
                unused.append(Unused(directive, code, "cannot-suppress"))
            elif code not in off and (directive, code) not in used:
                unused.append(Unused(directive, code, "nothing"))
    checked = [relative for relative in sources.values() if relative is not None]
    for entry in policy.suppressions:
        if not entry.reason:
            reasonless.append(entry)
        # An entry for files that were not checked this time may well be used by a full run.
        applies = any(glob_matches(entry.file, relative) for relative in checked)
        if applies and entry.rule not in off and (entry, entry.rule) not in used:
            unused.append(Unused(entry, entry.rule, "nothing"))
    return SuppressionOutcome(tuple(reasonless), tuple(unused), tuple(unreadable))
