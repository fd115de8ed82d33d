"""Which language a run speaks: ``--lang``, then ``language:`` in ``.hplan.yaml``, then the locale, else English.

``--lang`` may stand after the command (``hplan validate --lang da``) or
before it (``hplan --lang da validate``); after it wins when both are given.

A command decides once it has read the configuration (:func:`choose_language`)
and that choice is remembered, so that an error afterwards (exit 2) is
written in the same language. ``--help`` and an error before the
configuration is read follow ``--lang`` on the command line and the locale:
the configuration may be the very thing that failed, and ``--help`` must not
load it (nor pydantic).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from hplan.i18n import LANGUAGES, Language

_chosen: list[Language] = []
_before_command: list[Language] = []


def remember_root_option(option: Language | None) -> None:
    """``hplan --lang da <command>``: the language the command speaks unless it is given its own ``--lang``."""
    _before_command[:] = [option] if option else []


def choose_language(
    option: Language | None, configured: Language | None, environ: Mapping[str, str] | None = None
) -> Language:
    """``--lang``, else the configuration's ``language``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``)."""
    given = option or (_before_command[0] if _before_command else None)
    chosen = given or configured or locale_language(environ)
    _chosen[:] = [chosen]
    return chosen


def locale_language(environ: Mapping[str, str] | None = None) -> Language:
    """``da`` when the locale is Danish (the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set), else ``en``."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:  # the first one set decides, as for every program that reads the locale
            return "da" if value.lower().startswith("da") else "en"
    return "en"


def forget() -> None:
    """Start a new run: no language chosen yet (the app is invoked many times in one test process)."""
    _chosen.clear()
    _before_command.clear()


def error_language(args: Sequence[str], stated: Language | None = None) -> Language:
    """The language of an error line or of ``--help``.

    The command's choice, else ``--lang`` as typed, else the language a
    broken configuration file still states (``stated``), else the locale.
    """
    if _chosen:
        return _chosen[0]
    return language_option(args) or stated or locale_language()


def language_option(args: Sequence[str]) -> Language | None:
    """The value of ``--lang`` on the command line, if one is given and valid."""
    for index, arg in enumerate(args):
        value = None
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in LANGUAGES:
            return value
    return None
