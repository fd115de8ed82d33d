"""The reporters of ``hplan status``, one per ``--format``: text (rich), markdown and json.

Cheap to import: the text view, and rich with it, is imported only when
text is asked for (the command also loads it while the plans are read).
"""

from __future__ import annotations

from collections.abc import Callable

from hplan.status.model import StatusResult
from hplan.views.status.json import report_json
from hplan.views.status.markdown import report_markdown

Reporter = Callable[..., None]


def report_text(result: StatusResult, *, color: bool = False, language: str = "en") -> None:
    """Write the text view to standard output."""
    from hplan.views.status import text  # lazy: markdown and json do without rich

    text.report_text(result, color=color, language=language)


REPORTERS: dict[str, Reporter] = {"text": report_text, "markdown": report_markdown, "json": report_json}
