"""``hplan init``: which files make a plan repository, with which content, and writing them without overwriting.

:func:`repository_files` decides the files (pure: the same choices give the
same files); :func:`create` writes them into a folder, each atomically, and
never replaces a file that is there: it reports it as skipped. The contents
are the templates beside this module, with ``@@name@@`` placeholders filled
from this release (:mod:`hplan.release`) and the choices.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from hplan import __version__, release
from hplan.errors import HplanError, os_reason
from hplan.fsutil import write_new
from hplan.i18n import t, using
from hplan.i18n.message import msg
from hplan.schema import schema_files, schema_name

LANGUAGES = ("en", "da")
CI_FILES = {"github": ".github/workflows/plan-review.yml", "gitlab": ".gitlab-ci.yml"}
_CI_TEMPLATES = {"github": "github-workflow.yml", "gitlab": "gitlab-ci.yml"}
_REVIEW = {"github": "pull request", "gitlab": "merge request"}
_PLACEHOLDER = re.compile(r"@@(\w+)@@")


def template(name: str) -> str:
    """The text of a template file shipped with hplan."""
    return resources.files("hplan.authoring").joinpath("templates", name).read_text(encoding="utf-8")


def render(text: str, values: Mapping[str, str]) -> str:
    """``text`` with each ``@@name@@`` replaced by ``values[name]`` (a name without a value is a KeyError)."""
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], text)


def repository_files(language: str, ci: str) -> dict[str, str]:
    """Each file of a new plan repository (a ``/``-separated path) and its content, in the order to write them.

    ``language`` is ``en`` or ``da``, ``ci`` a key of ``CI_FILES``.
    """
    if language not in LANGUAGES or ci not in CI_FILES:
        raise ValueError(f"no plan repository in language {language!r} with CI {ci!r}")
    with using(language):
        ci_text = t(f"init.readme.{ci}")
    values = {
        "version": __version__,
        "tag": release.TAG,
        "repository": release.REPOSITORY_URL,
        "action": release.action(),
        "requirement": release.pip_requirement(),
        "lang": language,
        "ci_file": CI_FILES[ci],
        "ci_text": ci_text,
        "review": _REVIEW[ci],
        # The editor shows the words of the schema in the plan writers' language.
        "plan_schema": schema_name("plan", language),
        "board_schema": schema_name("board", language),
    }
    contents = {"plans/README.md": render(template(f"plans-README.{language}.md"), values)}
    contents |= {f"schemas/{name}": text for name, text in schema_files().items()}
    named = {
        ".hplan.yaml": f"hplan.{language}.yaml",
        ".pre-commit-config.yaml": "pre-commit-config.yaml",
        CI_FILES[ci]: _CI_TEMPLATES[ci],
        ".vscode/settings.json": "vscode-settings.json",
        ".vscode/extensions.json": "vscode-extensions.json",
        ".gitignore": "gitignore",
        "README.md": f"README.{language}.md",
    }
    contents |= {path: render(template(name), values) for path, name in named.items()}
    return contents


@dataclass
class Outcome:
    """What :func:`create` did: the files it wrote and those it left as they were (paths as given)."""

    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def create(folder: Path, files: Mapping[str, str]) -> Outcome:
    """Write ``files`` below ``folder`` (made if missing); a file that exists is skipped, never replaced.

    Raises ``HplanError`` (exit 2) when ``folder`` is a file or a file cannot
    be written; the files written before stay, whole.
    """
    if folder.exists() and not folder.is_dir():
        raise HplanError(msg("err.init.is_file", path=folder))
    outcome = Outcome()
    for name, content in files.items():
        target = folder / name
        try:
            wrote = write_new(target, content)
        except OSError as exc:
            blocking = next((p for p in target.parents if os.path.lexists(p) and not p.is_dir()), None)
            if blocking is not None:
                raise HplanError(msg("err.init.blocked", path=blocking)) from exc
            raise HplanError(msg("err.init.cannot_write", path=target, reason=os_reason(exc))) from exc
        (outcome.written if wrote else outcome.skipped).append(name)
    return outcome
