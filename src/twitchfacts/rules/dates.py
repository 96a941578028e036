"""Rules about review dates: real, in order, and not overdue.

Every cause says when it was last checked against its sources and, through
:func:`twitchfacts.reviews.next_review`, when it is due to be checked
again; readers see both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from twitchfacts._text import describe
from twitchfacts.catalog import Catalog
from twitchfacts.model import Cause
from twitchfacts.reviews import is_date, next_review
from twitchfacts.rules.base import Problem, Rule, Settings, Severity
from twitchfacts.subjects import cause_subject, causes_of

__all__ = ["RULES", "check"]

MISSING = Rule("review-date-missing", Severity.ERROR, "A cause has no review date.")
INVALID = Rule("review-date-invalid", Severity.ERROR, "A review date is not a real calendar date.")
FUTURE = Rule("review-date-future", Severity.ERROR, "A last review date lies in the future.")
ORDER = Rule(
    "review-date-order", Severity.ERROR, "A next review date is not after the last review."
)
STALE = Rule(
    "review-date-stale",
    Severity.WARNING,
    "The next review is overdue (next_review, or the last review plus the review interval).",
)

RULES: Final = (MISSING, INVALID, FUTURE, ORDER, STALE)


def check(catalog: Catalog, settings: Settings) -> Iterator[Problem]:
    """Every review-date problem in *catalog*, in catalog order."""
    for index, cause in causes_of(catalog):
        subject = cause_subject(cause, index)
        yield from _check_cause(cause, subject, settings)


def _check_cause(cause: Cause, subject: str, settings: Settings) -> Iterator[Problem]:
    reviewed, upcoming = cause.last_reviewed, cause.next_review
    for name, value in (("last_reviewed", reviewed), ("next_review", upcoming)):
        if value is not None and not is_date(value):
            yield INVALID.problem(
                f"{subject}.{name}",
                "expected a date (YYYY-MM-DD in JSON, datetime.date in Python),"
                f" found {describe(value)}",
            )
    if reviewed is None:
        yield MISSING.problem(
            f"{subject}.last_reviewed", "say when the text was last checked against its sources"
        )
    if not is_date(reviewed):
        return
    assert reviewed is not None
    if reviewed > settings.today:
        yield FUTURE.problem(
            f"{subject}.last_reviewed",
            f"{reviewed.isoformat()} is after today ({settings.today.isoformat()})",
        )
        return
    if is_date(upcoming):
        assert upcoming is not None
        if upcoming <= reviewed:
            yield ORDER.problem(
                f"{subject}.next_review",
                f"{upcoming.isoformat()} is not after the last review"
                f" ({reviewed.isoformat()}); give a later date or leave it out",
            )
            return
    due = next_review(cause, settings.max_review_age_days)
    if due is not None and due < settings.today:
        where = "next_review" if is_date(upcoming) else "last_reviewed"
        yield STALE.problem(
            f"{subject}.{where}",
            f"the next review was due on {due.isoformat()} (last reviewed"
            f" {reviewed.isoformat()}); check the text against its sources again and"
            " update the dates",
        )
