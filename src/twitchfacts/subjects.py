"""How a value in a catalog is named: its subject and the records of a field.

Problems, prose alerts, translations and warnings all point at
``<subject>.<field>``; the subject is a cause id (or ``causes[3]`` when the
id itself is unusable), ``category:<id>``, ``movement:<id>`` or ``catalog:`` for site-wide
text. Naming lives here, apart from the validator and the prose checks, so
that each can use it without importing the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, TypeVar

from twitchfacts.catalog import Catalog
from twitchfacts.model import Category, Cause, Movement

__all__ = [
    "SLUG",
    "category_subject",
    "cause_subject",
    "causes_of",
    "items_of",
    "movement_subject",
    "movements_of",
]

#: The shape of every id: it becomes part of URLs and cross-reference names.
SLUG: Final = re.compile(r"[a-z][a-z0-9-]*")

_T = TypeVar("_T")


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


def movement_subject(movement: Movement, index: int) -> str:
    """How problems name a movement: ``movement:<id>`` or its position."""
    if isinstance(movement.id, str) and SLUG.fullmatch(movement.id):
        return f"movement:{movement.id}"
    return f"movements[{index}]"


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


def movements_of(catalog: Catalog) -> Iterator[tuple[int, Movement]]:
    """The (index, movement) pairs of a catalog's movements."""
    return items_of(catalog.movements, Movement)
