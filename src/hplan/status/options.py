"""What a status run is asked: the as-of date, the horizon, and the thresholds progress is judged by."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from hplan.check.context import Options
from hplan.check.policy import RulePolicy
from hplan.domain.calendar import FREQUENCY_DAYS
from hplan.i18n.message import msg
from hplan.model.criteria import Frequency

DEFAULT_HORIZON = 60


@dataclass(frozen=True, slots=True)
class Thresholds:
    """How progress is judged. The defaults are the documented ones (docs/status.md).

    - ``on_track``: a criterion is on track when its progress is at least this
      share of the progress expected at the date of its latest measurement
      (0.9: at least 90 % of the way it should have come);
    - ``at_risk``: at risk from this share up to ``on_track``; below it, off
      track (0.5);
    - ``maintain_tolerance``: a ``maintain`` criterion is on track within this
      share of its baseline (0.05: within 5 %), at risk within twice it, off
      track beyond;
    - ``stale_grace``: a measurement goes stale when it is older than its
      frequency's interval plus this share of the interval (0.25: a yearly
      figure is stale after 365 + 91 = 456 days), because figures arrive late.
    """

    on_track: float = 0.9
    at_risk: float = 0.5
    maintain_tolerance: float = 0.05
    stale_grace: float = 0.25

    def __post_init__(self) -> None:
        if not 0 <= self.at_risk <= self.on_track:
            raise ValueError(msg("err.thresholds.order", at_risk=self.at_risk, on_track=self.on_track))
        if self.maintain_tolerance < 0 or self.stale_grace < 0:
            raise ValueError(msg("err.thresholds.negative"))

    def stale_after(self, frequency: Frequency | str) -> int | None:
        """Days after which a measurement of this frequency is stale; ``None``: never."""
        interval = FREQUENCY_DAYS.get(frequency)
        if interval is None:
            return None
        return interval + round(interval * self.stale_grace)


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True, slots=True)
class StatusOptions:
    """What a status run is asked: the date, the horizon, the thresholds."""

    as_of: dt.date
    horizon: int = DEFAULT_HORIZON
    thresholds: Thresholds = DEFAULT_THRESHOLDS
    profile_path: tuple[Path, ...] = ()
    include_ended: bool = False  # list ended plans' items under "needs attention" too
    # rule severities and suppressions, as validate applies them
    policy: RulePolicy = dataclasses.field(default_factory=RulePolicy)

    @property
    def validation(self) -> Options:
        """The options validation runs with (the same date, the same policy)."""
        return Options(as_of=self.as_of, profile_path=self.profile_path, policy=self.policy)
