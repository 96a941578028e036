"""What a validation rule is made of: an id, a severity, and located problems.

Each problem is pinned to one cause (or category) and one field, named as
:mod:`twitchfacts.subjects` names them.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field

from twitchfacts.reviews import DEFAULT_REVIEW_INTERVAL_DAYS

__all__ = ["Problem", "Rule", "Settings", "Severity"]


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
    :param vale: With *prose* on, also run the Vale style rules. Off, only
        reading levels are checked: for a machine without Vale, chosen
        knowingly (``--no-vale``) rather than reported as unchecked.
    :param languages: Check only the translations into these languages
        (``--lang``); ``None`` checks every translation the pack has.
    """

    today: datetime.date = field(default_factory=datetime.date.today)
    max_review_age_days: int = DEFAULT_REVIEW_INTERVAL_DAYS
    prose: bool = False
    vale: bool = True
    languages: tuple[str, ...] | None = None
