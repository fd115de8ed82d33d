"""What ``hplan init`` says: each file written or kept, a count, and the next steps (English or Danish)."""

from __future__ import annotations

import sys

from hplan.authoring.init import Outcome
from hplan.i18n import t, tn, using
from hplan.privacy import redact


def report_init(outcome: Outcome, folder: str, ci: str, language: str) -> None:
    """One line a file, then the counts and what to do next, in ``language``."""
    with using(language):
        lines = [t("init.heading", folder=redact(folder))]  # the folder is named by the user
        lines += [t("init.wrote", path=name) for name in outcome.written]
        lines += [t("init.kept", path=name) for name in outcome.skipped]
        counts = [tn("init.count.written", len(outcome.written))]
        if outcome.skipped:
            counts.append(tn("init.count.kept", len(outcome.skipped)))
        lines += [", ".join(counts) + ".", "", t("init.next"), t(f"init.next.{ci}")]
    sys.stdout.write("\n".join(lines) + "\n")
