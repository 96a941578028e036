"""What of a catalog can be shown: everything except the values the rules reject.

A site renders content it did not write: a clinic's pack, a JSON file from
another tool. A value of the wrong type must not become a bullet per
character, an unknown urgency must not vanish from a box without a word,
and nothing may crash the build. So the structure rules run once, when the
pack is loaded, and :func:`showable` returns the catalog with each rejected
value taken out (a list item dropped, a field emptied, a cause without a
usable id or name left out) together with the problems, which the caller
reports. Renderers then only ever see values of the right type.

Only rejections that make a value unshowable count here; a stale review or
a summary of two sentences is the validator's business, not a reason to
hide text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from typing import Final, TypeVar

from twitchfacts.catalog import Catalog
from twitchfacts.model import Category, Cause, Movement
from twitchfacts.rules import dates, sources, structure
from twitchfacts.rules.base import Problem, Settings, Severity
from twitchfacts.subjects import category_subject, cause_subject, movement_subject

__all__ = ["UNSHOWABLE", "showable"]

#: The rules whose problems take the value out of what is shown.
UNSHOWABLE: Final = frozenset(
    {
        "wrong-type",
        "required-field",
        "bad-id",
        "duplicate-id",
        "unknown-category",
        "unknown-group",
        "unknown-place",
        "unknown-cause",
        "bad-urgency",
        "source-url",
        "review-date-invalid",
        "review-date-order",
    }
)

#: Fields without which a record cannot be shown at all.
_ESSENTIAL: Final = {"id", "name", "title"}

_R = TypeVar("_R")

_WHERE: Final = re.compile(r"(?P<subject>catalog:|[^.]+)\.?(?P<path>.*)")
_STEP: Final = re.compile(r"(?P<name>[a-z_]+)(?:\[(?P<index>\d+)\])?")


def showable(catalog: Catalog, settings: Settings | None = None) -> tuple[Catalog, list[Problem]]:
    """*catalog* without the values the structure rules reject, and those problems.

    :returns: The catalog to render, and every problem that took something
        out of it, in catalog order.
    """
    settings = settings or Settings()
    found = [
        problem
        for check in (structure.check, sources.check, dates.check)
        for problem in check(catalog, settings)
        if problem.rule.id in UNSHOWABLE and problem.severity is Severity.ERROR
    ]
    if not found:
        return catalog, []
    cuts = _Cuts(problem.where for problem in found)
    return cuts.apply(catalog), found


class _Cuts:
    """What to take out, by subject: whole records, fields, or items of a field."""

    def __init__(self, places: Iterable[str]) -> None:
        self.records: set[str] = set()
        self.fields: dict[str, set[str]] = {}
        self.items: dict[str, dict[str, set[int]]] = {}
        for where in places:
            self._note(where)

    def _note(self, where: str) -> None:
        match = _WHERE.fullmatch(where)
        if match is None:  # pragma: no cover - every rule writes a subject
            return
        subject, path = match["subject"], match["path"]
        step = _STEP.match(path) if path else None
        if step is None:
            self.records.add(subject)
        elif step["index"] is not None:
            items = self.items.setdefault(subject, {})
            items.setdefault(step["name"], set()).add(int(step["index"]))
        elif step["name"] == "id" and "[" not in subject:
            pass  # a duplicate id: the first record keeps it (see apply)
        elif step["name"] in _ESSENTIAL and subject != "catalog:":
            self.records.add(subject)
        else:
            self.fields.setdefault(subject, set()).add(step["name"])

    def apply(self, catalog: Catalog) -> Catalog:
        """The catalog with every cut made; of records sharing an id, the first stays."""
        causes = self._kept(catalog.causes, Cause, cause_subject)
        categories = self._kept(catalog.categories, Category, category_subject)
        movements = self._kept(catalog.movements, Movement, movement_subject)
        kept = catalog.replace(causes=causes, categories=categories, movements=movements)
        return self._record(kept, "catalog:")

    def _kept(
        self, values: object, kind: type[_R], subject_of: Callable[[_R, int], str]
    ) -> tuple[_R, ...]:
        kept: list[_R] = []
        seen: set[object] = set()
        for index, record in enumerate(values if isinstance(values, tuple) else ()):
            if not isinstance(record, kind):
                continue
            subject = subject_of(record, index)
            identity = getattr(record, "id", None)
            if subject in self.records or identity in seen:
                continue
            seen.add(identity)
            kept.append(self._record(record, subject))
        return tuple(kept)

    def _record(self, record: _R, subject: str) -> _R:
        changes: dict[str, object] = {}
        for name in self.fields.get(subject, ()):
            changes[name] = _default(record, name)
        for name, indexes in self.items.get(subject, {}).items():
            if name in changes:
                continue
            values = getattr(record, name)
            changes[name] = tuple(v for i, v in enumerate(values) if i not in indexes)
        if not changes:
            return record
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]


def _default(record: object, name: str) -> object:
    """The value a field of *record* has when nothing is given."""
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        if field.name == name:
            return field.default
    return None  # pragma: no cover - rules only name real fields
