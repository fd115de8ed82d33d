"""Views of ``hplan diff``: text (grouped by focus area), markdown (a PR comment) and json.

Each view module has a ``render_*`` function that returns the whole output
as a string (tests keep golden copies) and a ``report_*`` function that
writes it to stdout; :data:`REPORTERS` gives the reporter of each format.
"""

from __future__ import annotations

from collections.abc import Callable

from hplan.views.diff.json import report_json
from hplan.views.diff.markdown import report_markdown
from hplan.views.diff.text import report_text

Reporter = Callable[..., None]

REPORTERS: dict[str, Reporter] = {"text": report_text, "markdown": report_markdown, "json": report_json}
