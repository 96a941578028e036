"""The validator: every rule content must meet, reported all at once.

Rules live in one module per concern (``structure``, ``sources``,
``codes``, ``dates``, ``prose``); each module lists its :class:`Rule` objects in ``RULES`` and
reports problems from ``check(catalog, settings)``. This module only puts
them together, so adding a concern means adding a module here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from twitchfacts.catalog import Catalog
from twitchfacts.model import Category
from twitchfacts.rules import codes, dates, prose, sources, structure, translations
from twitchfacts.rules.base import Problem, Rule, Settings, Severity
from twitchfacts.subjects import category_subject, cause_subject, causes_of, items_of

__all__ = ["RULES", "Problem", "Rule", "Settings", "Severity", "failed", "validate"]

_CHECKS: Final[tuple[Callable[[Catalog, Settings], Iterator[Problem]], ...]] = (
    structure.check,
    sources.check,
    codes.check,
    dates.check,
    prose.check,
    translations.check,
)

#: Every rule, in the order ``twitchfacts rules`` lists them.
RULES: Final[tuple[Rule, ...]] = (
    *structure.RULES,
    *sources.RULES,
    *codes.RULES,
    *dates.RULES,
    *prose.RULES,
    *translations.RULES,
)


def validate(catalog: Catalog, settings: Settings | None = None) -> list[Problem]:
    """Every problem in *catalog*, not just the first.

    Problems come in catalog order: categories, then each cause with all of
    its problems together, then the site-wide texts.
    """
    settings = settings or Settings()
    problems = [problem for check in _CHECKS for problem in check(catalog, settings)]
    return sorted(problems, key=_position_in(catalog))


def _position_in(catalog: Catalog) -> Callable[[Problem], int]:
    """A sort key placing each problem where its subject is in the catalog."""
    order: dict[str, int] = {}
    for index, category in items_of(catalog.categories, Category):
        order.setdefault(category_subject(category, index), len(order))
        order.setdefault(f"categories[{index}]", len(order))
    for index in range(len(catalog.causes) if isinstance(catalog.causes, tuple) else 0):
        order[f"causes[{index}]"] = len(order)
    for index, cause in causes_of(catalog):
        order.setdefault(cause_subject(cause, index), order[f"causes[{index}]"])

    def position(problem: Problem) -> int:
        subject = problem.where.split(".", 1)[0]
        return order.get(subject, len(order))

    return position


def failed(problems: list[Problem], *, strict: bool) -> bool:
    """Whether *problems* fail validation: any error, or under *strict* any problem."""
    return any(strict or problem.severity is Severity.ERROR for problem in problems)
