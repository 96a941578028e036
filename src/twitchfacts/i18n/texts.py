"""Which texts of a catalog a translator translates, each under its context.

The context of a text is where problems point for it (see
:mod:`twitchfacts.subjects`): ``als.summary``, ``als.self_care[2]``,
``als.see_a_doctor[0].text``, ``category:medicines.title``,
``movement:cramp.feels_like``, ``catalog:red_flags[1].text``. A cause's
aliases are one entry, ``als.aliases``, whose English and translation are
lists joined by :data:`ALIAS_SEPARATOR`, because readers of each language
search by names of their own ("ELA", "tic en el ojo") rather than by
translations of the English ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from twitchfacts.catalog import Catalog
from twitchfacts.model import Category, RedFlag
from twitchfacts.subjects import (
    category_subject,
    cause_subject,
    causes_of,
    items_of,
    movement_subject,
    movements_of,
)

__all__ = ["ALIASES", "ALIAS_SEPARATOR", "context", "source_texts"]

#: The field name of the aliases entry.
ALIASES: Final = "aliases"
#: How the aliases of one language are joined into one entry.
ALIAS_SEPARATOR: Final = "; "

_CAUSE_TEXTS: Final = ("name", "summary", "explanation", "disclaimer")
_CAUSE_LISTS: Final = ("self_care", "questions")
_MOVEMENT_TEXTS: Final = ("name", "also_called", "feels_like", "usual_cause")


def context(subject: str, field: str) -> str:
    """The context of *field* of *subject* (``catalog:`` joins without a dot)."""
    return f"{subject}{'' if subject.endswith(':') else '.'}{field}"


def source_texts(catalog: Catalog) -> dict[str, str]:
    """Every translatable text of *catalog*: context to English, in reading order.

    Blank texts and values of the wrong type are left out; the structure
    rules report those. Of two records with one id, the first is the one
    shown (see ``twitchfacts.rules.showable``), so its texts are the ones
    kept here.
    """
    texts: dict[str, str] = {}
    for where, english in _texts(catalog):
        texts.setdefault(where, english)
    return texts


def _texts(catalog: Catalog) -> Iterator[tuple[str, str]]:
    for index, cause in causes_of(catalog):
        subject = cause_subject(cause, index)
        for name in _CAUSE_TEXTS:
            yield from _one(context(subject, name), getattr(cause, name))
        for name in _CAUSE_LISTS:
            for position, item in items_of(getattr(cause, name), str):
                yield from _one(context(subject, f"{name}[{position}]"), item)
        yield from _flags(subject, "see_a_doctor", cause.see_a_doctor)
        aliases = [alias for _, alias in items_of(cause.aliases, str) if alias.strip()]
        if aliases:
            yield context(subject, ALIASES), ALIAS_SEPARATOR.join(aliases)
    for index, category in items_of(catalog.categories, Category):
        subject = category_subject(category, index)
        for name in ("title", "description"):
            yield from _one(context(subject, name), getattr(category, name))
    for index, movement in movements_of(catalog):
        subject = movement_subject(movement, index)
        for name in _MOVEMENT_TEXTS:
            yield from _one(context(subject, name), getattr(movement, name))
        yield from _flags(subject, "get_help", movement.get_help)
    for name in ("disclaimer", "reassurance"):
        yield from _one(context("catalog:", name), getattr(catalog, name))
    yield from _flags("catalog:", "red_flags", catalog.red_flags)


def _one(where: str, value: object) -> Iterator[tuple[str, str]]:
    if isinstance(value, str) and value.strip():
        yield where, value


def _flags(subject: str, field: str, flags: object) -> Iterator[tuple[str, str]]:
    for position, flag in items_of(flags, RedFlag):
        yield from _one(context(subject, f"{field}[{position}].text"), flag.text)
