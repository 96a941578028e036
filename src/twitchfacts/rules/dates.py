"""Rules about review dates: real, not in the future, and not too old.

Every cause says when it was last checked against its sources.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Final

from twitchfacts._text import describe
from twitchfacts.catalog import Catalog
from twitchfacts.rules.base import Problem, Rule, Settings, Severity, cause_subject, causes_of

__all__ = ["RULES", "check"]

MISSING = Rule("review-date-missing", Severity.ERROR, "A cause has no review date.")
INVALID = Rule("review-date-invalid", Severity.ERROR, "A review date is not a real calendar date.")
FUTURE = Rule("review-date-future", Severity.ERROR, "A review date lies in the future.")
STALE = Rule(
    "review-date-stale",
    Severity.WARNING,
    "A review is older than the allowed age (730 days unless configured).",
)

RULES: Final = (MISSING, INVALID, FUTURE, STALE)


def check(catalog: Catalog, settings: Settings) -> Iterator[Problem]:
    """Every review-date problem in *catalog*, in catalog order."""
    for index, cause in causes_of(catalog):
        where = f"{cause_subject(cause, index)}.last_reviewed"
        reviewed = cause.last_reviewed
        if reviewed is None:
            yield MISSING.problem(where, "say when the text was last checked against its sources")
        elif isinstance(reviewed, datetime.datetime) or not isinstance(reviewed, datetime.date):
            yield INVALID.problem(
                where,
                f"expected a date (YYYY-MM-DD in JSON, datetime.date in Python),"
                f" found {describe(reviewed)}",
            )
        elif reviewed > settings.today:
            yield FUTURE.problem(
                where, f"{reviewed.isoformat()} is after today ({settings.today.isoformat()})"
            )
        elif (settings.today - reviewed).days > settings.max_review_age_days:
            yield STALE.problem(
                where,
                f"last reviewed {reviewed.isoformat()}, more than"
                f" {settings.max_review_age_days} days ago; check it against its sources again",
            )
