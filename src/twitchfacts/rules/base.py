"""What a validation rule is made of: an id, a severity, and located problems.

Each problem is pinned to one cause (or category) and one field.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final, TypeVar

from twitchfacts.catalog import Catalog
from twitchfacts.model import Category, Cause

__all__ = [
    "DEFAULT_REVIEW_INTERVAL_DAYS",
    "SLUG",
    "Problem",
    "Rule",
    "Settings",
    "Severity",
    "category_subject",
    "cause_subject",
    "items_of",
]

#: The shape of every id: it becomes part of URLs and cross-reference names.
SLUG: Final = re.compile(r"[a-z][a-z0-9-]*")
#: How long a review holds when a cause gives no ``next_review``: two years,
#: as many national patient-information services do.
DEFAULT_REVIEW_INTERVAL_DAYS: Final = 730

_T = TypeVar("_T")


class Severity(enum.StrEnum):
    """How much a problem matters.

    Errors always fail validation; warnings fail it only under ``--strict``,
    which CI uses.
    """

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Rule:
    """One thing the validator checks.

    :param id: Stable, so that tools and people can refer to it.
    :param severity: How a breach is reported.
    :param description: One line for ``twitchfacts rules``.
    """

    id: str
    severity: Severity
    description: str

    def problem(self, where: str, message: str) -> Problem:
        """A breach of this rule at *where* (``<subject>.<field>``)."""
        return Problem(where=where, rule=self, message=message)


@dataclass(frozen=True, slots=True)
class Problem:
    """A breach of a rule, located precisely enough to fix without searching.

    :param where: The subject and field, for example ``als.sources[0].url``;
        the subject is a cause id (or ``causes[3]`` when the id itself is
        unusable), ``category:<id>``, or ``catalog:`` for site-wide text.
    """

    where: str
    rule: Rule
    message: str

    @property
    def severity(self) -> Severity:
        """The severity of the rule that was broken."""
        return self.rule.severity

    def format(self, pack: str) -> str:
        """The one-line form: ``<pack>:<where>: <rule-id>: <message>``."""
        suffix = " (warning)" if self.severity is Severity.WARNING else ""
        return f"{pack}:{self.where}: {self.rule.id}: {self.message}{suffix}"

    def to_dict(self, pack: str) -> dict[str, str]:
        """The problem as JSON-ready data, for ``--format json``."""
        return {
            "pack": pack,
            "where": self.where,
            "rule": self.rule.id,
            "severity": str(self.severity),
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class Settings:
    """Choices that change what the validator accepts.

    :param today: The date review dates are judged against.
    :param max_review_age_days: The review interval: a cause without its
        own ``next_review`` is due for review this many days after its last
        one, and is reported once that day has passed. Medical advice
        changes, and readers deserve to know the text was checked recently.
    :param prose: Also check reading levels and run the Vale style. Off by
        default in the API because it runs an external program; the
        ``twitchfacts validate`` command turns it on.
    """

    today: datetime.date = field(default_factory=datetime.date.today)
    max_review_age_days: int = DEFAULT_REVIEW_INTERVAL_DAYS
    prose: bool = False


def cause_subject(cause: Cause, index: int) -> str:
    """How problems name a cause: its id, or its position if the id is unusable."""
    if isinstance(cause.id, str) and SLUG.fullmatch(cause.id):
        return cause.id
    return f"causes[{index}]"


def category_subject(category: Category, index: int) -> str:
    """How problems name a category: ``category:<id>`` or its position."""
    if isinstance(category.id, str) and SLUG.fullmatch(category.id):
        return f"category:{category.id}"
    return f"categories[{index}]"


def items_of(values: object, kind: type[_T]) -> Iterator[tuple[int, _T]]:
    """The (index, item) pairs of a tuple field whose items are of *kind*.

    Checks of what is *inside* a record use this, so that a wrong type,
    already reported by the type rule, is not reported again as something
    else.
    """
    if isinstance(values, tuple):
        for index, value in enumerate(values):
            if isinstance(value, kind):
                yield index, value


def causes_of(catalog: Catalog) -> Iterator[tuple[int, Cause]]:
    """The (index, cause) pairs of a catalog's causes."""
    return items_of(catalog.causes, Cause)
