"""When content was checked against its sources, and when it is due again.

Readers see both dates on every cause, the validator warns when a review is
overdue, and the command line prints them; all of them ask this module, so
the date a reader sees is the date the validator judges.
"""

from __future__ import annotations

import datetime
from typing import Final

from twitchfacts.model import Cause

__all__ = ["DEFAULT_REVIEW_INTERVAL_DAYS", "is_date", "next_review"]

#: How long a review holds when a cause gives no ``next_review``: two years,
#: as many national patient-information services do.
DEFAULT_REVIEW_INTERVAL_DAYS: Final = 730


def is_date(value: object) -> bool:
    """Whether *value* is a calendar date (a ``datetime`` is not one)."""
    return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)


def next_review(
    cause: Cause, interval_days: int = DEFAULT_REVIEW_INTERVAL_DAYS
) -> datetime.date | None:
    """When *cause* is due to be checked again, or ``None`` if that cannot be known.

    Its own ``next_review`` when it gives one, else ``interval_days`` after
    its last review.
    """
    if is_date(cause.next_review):
        return cause.next_review
    if cause.next_review is None and is_date(cause.last_reviewed):
        assert cause.last_reviewed is not None
        return cause.last_reviewed + datetime.timedelta(days=interval_days)
    return None
