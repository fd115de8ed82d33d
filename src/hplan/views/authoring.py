"""What the commands that write plans say: ``record``, ``fmt``, ``new`` and ``profiles`` (English or Danish).

Also the questions ``hplan new`` asks, with rich's prompts: rich is imported
only in ``views/``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from hplan.i18n import number, percent, t, tn, using
from hplan.views.validate import text_line

if TYPE_CHECKING:
    from hplan.authoring.edit import Edit
    from hplan.profiles import Profile


def _out(lines: Sequence[str]) -> None:
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")


def refusal(edit: Edit) -> list[str]:
    """The findings that stopped an edit, one a line as ``validate`` writes them, then why nothing was written."""
    lines = [text_line(d) for d in edit.findings]
    errors = sum(1 for d in edit.findings if d.is_error)
    lines.append(t(f"a.refused.{edit.refusal}", file=edit.display, errors=tn("count.errors", errors)))
    return lines


def report_edit(edit: Edit, what: str, language: str) -> int:
    """What one ``record`` command did to its plan; the exit code (1 when refused)."""
    with using(language):
        if edit.state == "refused":
            _out(refusal(edit))
            return 1
        if edit.state == "dry_run":
            sys.stdout.write(edit.diff)
        elif edit.state == "unchanged":
            _out([t("a.unchanged", file=edit.display)])
        else:
            _out([t(f"a.recorded.{what}", file=edit.display)])
    return 0


def report_fmt(edits: Sequence[Edit], check: bool, dry_run: bool, language: str) -> int:
    """What ``fmt`` did (or, with ``check``, would do) to each file; the exit code."""
    lines: list[str] = []
    failed = False
    with using(language):
        for edit in edits:
            if edit.state == "refused":
                lines += refusal(edit)
                failed = True
            elif edit.state == "dry_run" and dry_run:
                sys.stdout.write(edit.diff)
            elif edit.state in ("dry_run", "written"):
                lines.append(t("a.fmt.would" if check else "a.fmt.wrote", file=edit.display))
                failed = failed or check
        changed = sum(1 for edit in edits if edit.state in ("dry_run", "written"))
        key = "a.fmt.summary.check" if check or dry_run else "a.fmt.summary"
        lines.append(t(key, files=tn("count.files", len(edits)), changed=number(changed)))
    _out(lines)
    return 1 if failed else 0


def report_new(path: str, areas: Sequence[str], language: str) -> None:
    """The plan ``new`` wrote and what to do next."""
    with using(language):
        _out([t("a.new.wrote", file=path, areas=", ".join(areas)), t("a.new.next", file=path)])


def report_profiles(profiles: Sequence[Profile], language: str) -> None:
    """Each built-in profile: its id and name, rules, and focus areas (id and name)."""
    lines: list[str] = []
    with using(language):
        for profile in profiles:
            share = percent(profile.min_local_share)
            lines.append(f"{profile.id}: {profile.name}")
            lines.append(t("a.profiles.rules", share=share, years=profile.period_years))
            lbf = sorted({rule.match for rule in profile.approvals.rules if rule.level == "lbf"})
            lines.append(t("a.profiles.approvals", default=profile.approvals.default, lbf=", ".join(lbf)))
            lines.append(t("a.profiles.areas"))
            lines += [f"    {area.id:<40} {area.name}" for area in profile.focus_areas]
            lines.append("")
    _out(lines[:-1])


def ask(question: str, default: str | None = None) -> str:
    """One answer to ``question`` from the terminal (rich's prompt), ``default`` on an empty answer."""
    # lazy: rich loads only when hplan new asks
    from rich.prompt import Prompt

    answer = Prompt.ask(question, default=default) if default else Prompt.ask(question)
    return str(answer).strip()
