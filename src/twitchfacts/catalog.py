"""The catalog: one content pack's causes, categories and texts, with look-ups.

Indexes are built once, when the catalog is created, so every look-up is a
dictionary access: a site with thousands of causes calls :meth:`Catalog.get`
and :meth:`Catalog.by_category` for every page and must not scan the list
each time.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from twitchfacts._text import fold
from twitchfacts.model import (
    ICD_10_CM,
    PLACES,
    Category,
    Cause,
    Code,
    Movement,
    RedFlag,
    Translation,
    _tuplify,
)

_T = TypeVar("_T")

__all__ = ["Catalog", "UnknownIdError", "close_matches", "did_you_mean", "normalize_code"]


class UnknownIdError(KeyError):
    """An id that names no cause or category.

    It is a :class:`KeyError` (and so a :class:`LookupError`) so that callers
    can treat it like a missing dictionary key, but its message is a whole
    sentence that suggests the ids the caller may have meant.
    """

    def __init__(self, kind: str, wanted: object, suggestions: Iterable[str]) -> None:
        self.kind = kind
        self.wanted = wanted
        self.suggestions = tuple(suggestions)
        super().__init__(wanted)

    def __str__(self) -> str:
        message = f"no {self.kind} with id {self.wanted!r}"
        if self.suggestions:
            message += "; did you mean " + _or_list(self.suggestions) + "?"
        return message


def _or_list(words: tuple[str, ...]) -> str:
    quoted = [repr(word) for word in words]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def close_matches(wanted: str, known: Iterable[str], *, limit: int = 3) -> list[str]:
    """The ids in *known* that *wanted* was most likely meant to be.

    Ids that contain what was typed come first (``"caffeine"`` finds
    ``"caffeine-and-stimulants"``), then ids that are spelled alike.
    """
    options = list(dict.fromkeys(known))
    folded = fold(wanted).strip()
    if not folded:
        return []
    containing = [option for option in options if folded in fold(option)]
    alike = difflib.get_close_matches(folded, options, n=limit, cutoff=0.6)
    return list(dict.fromkeys(containing + alike))[:limit]


def did_you_mean(wanted: str, known: Iterable[str]) -> str:
    """``"; did you mean 'a', 'b'?"`` for the closest of *known*, or ``""``.

    Every message about an unknown id ends with this, so a typo in a pack,
    a page or a script is fixed without looking anything up.
    """
    matches = close_matches(wanted, known)
    return f"; did you mean {', '.join(repr(match) for match in matches)}?" if matches else ""


def normalize_code(code: str) -> str:
    """The form codes are compared in: upper case, without dots or spaces.

    ICD-10-CM codes are written with a dot ("R25.3") in the tables and often
    without one ("R253") in claims data; both should find the same cause.
    """
    return "".join(code.split()).replace(".", "").upper()


@dataclass(frozen=True, slots=True, kw_only=True)
class Catalog:
    """Every cause and category of a content pack, plus the site-wide texts.

    :param categories: The categories, in reading order.
    :param causes: The causes, in reading order.
    :param disclaimer: The disclaimer every page carries.
    :param reassurance: The short answer to "should I worry?".
    :param red_flags: The general signs that call for a doctor, whatever the
        cause.
    :param movements: The kinds of movement readers may call a twitch (a
        cramp, a tremor, a tic ...), each with the causes to read next; the
        page that tells them apart is built from these.
    :param translations: The pack's texts in other languages, one record
        per language (see :mod:`twitchfacts.i18n`).
    :param authorities: Web hosts (``"nhs.uk"``) this pack recognises as
        publishers of patient information, on top of the list the
        ``source-authority`` rule knows (see :mod:`twitchfacts.rules.sources`).

    Two catalogs are equal when their content is; the indexes are derived
    from it and are not compared.
    """

    categories: tuple[Category, ...] = ()
    causes: tuple[Cause, ...] = ()
    disclaimer: str = ""
    reassurance: str = ""
    red_flags: tuple[RedFlag, ...] = ()
    authorities: tuple[str, ...] = ()
    movements: tuple[Movement, ...] = ()
    translations: tuple[Translation, ...] = ()

    _causes_by_id: dict[str, Cause] = field(init=False, repr=False, compare=False)
    _categories_by_id: dict[str, Category] = field(init=False, repr=False, compare=False)
    _causes_by_category: dict[str, tuple[Cause, ...]] = field(init=False, repr=False, compare=False)
    _causes_by_code: dict[str, tuple[Cause, ...]] = field(init=False, repr=False, compare=False)
    _positions: dict[int, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _tuplify(self)
        by_id: dict[str, Cause] = {}
        by_category: dict[str, list[Cause]] = {}
        by_code: dict[str, list[Cause]] = {}
        for cause in _items(self.causes, Cause):
            if isinstance(cause.id, str):
                by_id.setdefault(cause.id, cause)
            if isinstance(cause.category, str):
                by_category.setdefault(cause.category, []).append(cause)
            # A cause carrying the same code twice is listed once; compare
            # keys, not causes, so this stays linear in the catalog's size.
            keys = {
                normalize_code(code.code)
                for code in _items(cause.codes, Code)
                if code.system == ICD_10_CM and isinstance(code.code, str)
            }
            for key in sorted(keys):
                by_code.setdefault(key, []).append(cause)
        categories: dict[str, Category] = {}
        for category in _items(self.categories, Category):
            if isinstance(category.id, str):
                categories.setdefault(category.id, category)
        object.__setattr__(
            self, "_positions", {id(cause): n for n, cause in enumerate(_items(self.causes, Cause))}
        )
        object.__setattr__(self, "_causes_by_id", by_id)
        object.__setattr__(self, "_categories_by_id", categories)
        object.__setattr__(
            self, "_causes_by_category", {key: tuple(value) for key, value in by_category.items()}
        )
        object.__setattr__(
            self, "_causes_by_code", {key: tuple(value) for key, value in by_code.items()}
        )

    @property
    def cause_ids(self) -> frozenset[str]:
        """The ids of every cause."""
        return frozenset(self._causes_by_id)

    def replace(self, **changes: object) -> Catalog:
        """A copy of this catalog with some content fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def get(self, cause_id: str) -> Cause:
        """The cause with this id.

        :raises UnknownIdError: if there is none; the message suggests close
            ids, so a typo in a page or a script is quick to fix.
        """
        try:
            return self._causes_by_id[cause_id]
        except (KeyError, TypeError):
            raise UnknownIdError(
                "cause", cause_id, self._suggest(cause_id, self._causes_by_id)
            ) from None

    def get_category(self, category_id: str) -> Category:
        """The category with this id.

        :raises UnknownIdError: if there is none, suggesting close ids.
        """
        try:
            return self._categories_by_id[category_id]
        except (KeyError, TypeError):
            raise UnknownIdError(
                "category", category_id, self._suggest(category_id, self._categories_by_id)
            ) from None

    def by_category(self, category_id: str) -> tuple[Cause, ...]:
        """The causes in one category, in reading order.

        :raises UnknownIdError: if no category has this id; a known category
            with no causes gives an empty tuple.
        """
        self.get_category(category_id)
        return self._causes_by_category.get(category_id, ())

    def by_group(self, group: str) -> tuple[Cause, ...]:
        """The causes whose category belongs to *group*, in reading order."""
        return self.select(group=group)

    def select(
        self, categories: Iterable[str] = (), group: str | None = None, place: str | None = None
    ) -> tuple[Cause, ...]:
        """The causes in any of *categories* (all if none), in *group* and at *place*.

        They come in reading order: harmless everyday causes first.

        This is the filter behind every list of causes on the site. Filtered
        by category it reads the category index, so its cost grows with the
        result; a place alone is looked for in every cause.

        :raises UnknownIdError: if a category is unknown.
        """
        wanted = list(dict.fromkeys(categories))
        for category_id in wanted:
            self.get_category(category_id)
        if not wanted and group is None:
            return tuple(_at_place(_items(self.causes, Cause), place))
        if not wanted:
            wanted = [category.id for category in _items(self.categories, Category)]
        if group is not None:
            wanted = [
                category_id
                for category_id in wanted
                if getattr(self._categories_by_id.get(category_id), "group", None) == group
            ]
        chosen = [
            cause
            for category_id in wanted
            for cause in self._causes_by_category.get(category_id, ())
        ]
        ordered = sorted(chosen, key=lambda cause: self._positions[id(cause)])
        return tuple(_at_place(ordered, place))

    def by_place(self, place: str) -> tuple[Cause, ...]:
        """The causes whose twitching shows at *place* (one of :data:`~twitchfacts.model.PLACES`).

        Causes that can show anywhere name ``"all-over"`` rather than every
        place, so each place lists what is most likely there. Harmless
        everyday causes come first, as on every list.

        :raises UnknownIdError: if *place* is not one of the places.
        """
        if place not in PLACES:
            raise UnknownIdError("place", place, self._suggest(place, dict.fromkeys(PLACES)))
        return self.select(place=place)

    def by_code(self, code: str, system: str = ICD_10_CM) -> tuple[Cause, ...]:
        """The causes that carry a code, so clinical records can be joined.

        The code is matched with or without its dot and in any case
        (``"g12.21"`` finds ALS). Only :data:`~twitchfacts.model.ICD_10_CM`
        codes are indexed; another *system* gives an empty tuple.
        """
        if system != ICD_10_CM:
            return ()
        return self._causes_by_code.get(normalize_code(code), ())

    def search(self, text: str) -> tuple[Cause, ...]:
        """The causes whose name, aliases or id match what a reader typed.

        Matching ignores case and accents. Every word typed must appear in
        the name or in one alias. Exact matches come first, then names that
        start with the text, then the rest, each in reading order.
        """
        words = fold(text).split()
        if not words:
            return ()
        phrase = " ".join(words)
        ranked: list[tuple[int, int, Cause]] = []
        for position, cause in enumerate(_items(self.causes, Cause)):
            names = [cause.name, str(cause.id).replace("-", " "), *_items(cause.aliases, str)]
            best = min(_rank(phrase, words, fold(name)) for name in names if isinstance(name, str))
            if best < _NO_MATCH:
                ranked.append((best, position, cause))
        return tuple(cause for _, _, cause in sorted(ranked, key=lambda item: item[:2]))

    def _suggest(self, wanted: object, known: Mapping[str, object]) -> list[str]:
        if not isinstance(wanted, str):
            return []
        return close_matches(wanted, known)


_NO_MATCH = 3


def _rank(phrase: str, words: list[str], name: str) -> int:
    if name == phrase:
        return 0
    if name.startswith(phrase):
        return 1
    if all(word in name for word in words):
        return 2
    return _NO_MATCH


def _items(values: object, kind: type[_T]) -> list[_T]:
    """The items of a tuple field that are of *kind*.

    A content pack may hold values of the wrong type; the validator reports
    those, and the indexes simply leave them out.
    """
    if not isinstance(values, tuple):
        return []
    return [value for value in values if isinstance(value, kind)]


def _at_place(causes: Iterable[Cause], place: str | None) -> Iterator[Cause]:
    """The causes that name *place* among their places (all if *place* is None)."""
    for cause in causes:
        if place is None or place in _items(cause.places, str):
            yield cause
