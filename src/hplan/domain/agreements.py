"""Cooperation agreements over time: which agreement succeeds which (domain-2.md, C3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hplan.model.plan import CooperationAgreement

# Days ahead an expiring agreement is warned of when no profile says.
DEFAULT_AGREEMENT_HORIZON = 60


def has_successor(agreement: CooperationAgreement, agreements: Sequence[CooperationAgreement]) -> bool:
    """Whether another agreement takes over: it names this one in ``renews``, or has its partner and subject.

    One with the same partner and subject succeeds it when it is signed by
    the day after this one ends (or gives no signing date).
    """
    until = agreement.valid_until
    for other in agreements:
        if other is agreement or other.id == agreement.id:
            continue
        if other.renews == agreement.id:
            return True
        same = other.partner == agreement.partner and other.subject == agreement.subject
        if same and until is not None and _continues(other, until):
            return True
    return False


def _continues(other: CooperationAgreement, until: dt.date) -> bool:
    starts_in_time = other.signed is None or other.signed <= until + dt.timedelta(days=1)
    lasts_longer = other.valid_until is None or other.valid_until > until
    return starts_in_time and lasts_longer
