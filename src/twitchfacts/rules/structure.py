"""Rules about the shape of content: types, required text, ids and links.

They cover categories, movements, red flags and the shape of sources too (what a
source's address and identifiers hold is :mod:`twitchfacts.rules.sources`).

A value of the wrong type is reported once, as ``wrong-type``, and no other
rule looks at it; every other rule can then assume the type is right.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from typing import Final

from twitchfacts._text import describe, fold
from twitchfacts.catalog import Catalog, did_you_mean
from twitchfacts.model import (
    GROUPS,
    PLACES,
    URGENCIES,
    Category,
    Cause,
    Code,
    Movement,
    RedFlag,
    Source,
)
from twitchfacts.rules.base import Problem, Rule, Settings, Severity
from twitchfacts.subjects import (
    SLUG,
    category_subject,
    cause_subject,
    causes_of,
    items_of,
    movement_subject,
)

__all__ = ["RULES", "check"]

WRONG_TYPE = Rule(
    "wrong-type", Severity.ERROR, "A field holds the wrong kind of value (a number for text, ...)."
)
REQUIRED = Rule("required-field", Severity.ERROR, "A required field is missing or blank.")
BAD_ID = Rule("bad-id", Severity.ERROR, "An id is not a slug: lower-case letters, digits, hyphens.")
DUPLICATE_ID = Rule("duplicate-id", Severity.ERROR, "Two causes, or two categories, share an id.")
UNKNOWN_CATEGORY = Rule(
    "unknown-category", Severity.ERROR, "A cause names a category the catalog does not have."
)
UNKNOWN_GROUP = Rule(
    "unknown-group", Severity.ERROR, "A category's group is not 'physiological' or 'neurological'."
)
ONE_SENTENCE = Rule("summary-one-sentence", Severity.WARNING, "A summary is not one sentence.")
NO_SOURCES = Rule("no-sources", Severity.ERROR, "A cause or a movement cites no source.")
BAD_URGENCY = Rule(
    "bad-urgency",
    Severity.ERROR,
    "A red flag's urgency is not 'emergency', 'urgent' or 'routine'.",
)
NO_EMERGENCY = Rule(
    "no-emergency-flags", Severity.ERROR, "The general red flags include no emergency sign."
)
UNKNOWN_PLACE = Rule(
    "unknown-place", Severity.ERROR, "A cause names a place on the body that is not in the list."
)
UNKNOWN_CAUSE = Rule(
    "unknown-cause", Severity.ERROR, "A movement links to a cause the catalog does not have."
)
AMBIGUOUS_ALIAS = Rule(
    "ambiguous-alias", Severity.WARNING, "Two causes answer to the same name or alias."
)

RULES: Final = (
    WRONG_TYPE,
    REQUIRED,
    BAD_ID,
    DUPLICATE_ID,
    UNKNOWN_CATEGORY,
    UNKNOWN_GROUP,
    ONE_SENTENCE,
    NO_SOURCES,
    BAD_URGENCY,
    NO_EMERGENCY,
    AMBIGUOUS_ALIAS,
    UNKNOWN_PLACE,
    UNKNOWN_CAUSE,
)

#: Text fields every cause must fill, in the order problems are reported.
_CAUSE_TEXT: Final = ("name", "category", "summary", "explanation", "disclaimer")
_CATEGORY_TEXT: Final = ("title", "description", "group")
_MOVEMENT_TEXT: Final = ("name", "feels_like", "usual_cause")
#: A sentence ends at ., ! or ? followed by a space and a capital or digit.
_SENTENCE_BREAK: Final = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z0-9\"'(])")


def check(catalog: Catalog, settings: Settings) -> Iterator[Problem]:
    """Every structural problem in *catalog*, causes first, in catalog order."""
    del settings  # structure does not depend on the date or on ages
    category_ids = yield from _check_categories(catalog)
    seen_ids: dict[str, int] = {}
    for index, cause in _all_causes(catalog):
        if not isinstance(cause, Cause):
            yield WRONG_TYPE.problem(
                f"causes[{index}]", f"expected a Cause record, found {describe(cause)}"
            )
            continue
        yield from _check_cause(cause, index, category_ids, seen_ids)
    yield from _check_aliases(catalog)
    yield from _check_movements(catalog)
    yield from _check_site_texts(catalog)


def _all_causes(catalog: Catalog) -> Iterator[tuple[int, object]]:
    if isinstance(catalog.causes, tuple):
        yield from enumerate(catalog.causes)


def _check_cause(
    cause: Cause, index: int, category_ids: set[str], seen_ids: dict[str, int]
) -> Iterator[Problem]:
    subject = cause_subject(cause, index)
    yield from _check_id(cause.id, f"{subject}.id", seen_ids, index, "causes")
    for name in _CAUSE_TEXT:
        yield from _text(getattr(cause, name), f"{subject}.{name}")
    if (
        isinstance(cause.category, str)
        and cause.category.strip()
        and cause.category not in category_ids
    ):
        yield UNKNOWN_CATEGORY.problem(
            f"{subject}.category",
            f"no category has id {cause.category!r}"
            + did_you_mean(cause.category, sorted(category_ids)),
        )
    if isinstance(cause.summary, str) and len(_SENTENCE_BREAK.split(cause.summary.strip())) > 1:
        yield ONE_SENTENCE.problem(
            f"{subject}.summary",
            "write the summary as one sentence; put the rest in the explanation",
        )
    yield from _strings(cause.self_care, f"{subject}.self_care", required=True)
    yield from _red_flags(cause.see_a_doctor, f"{subject}.see_a_doctor", required=True)
    yield from _strings(cause.questions, f"{subject}.questions", required=False)
    yield from _sources(cause.sources, f"{subject}.sources")
    yield from _codes(cause.codes, f"{subject}.codes")
    yield from _strings(cause.aliases, f"{subject}.aliases", required=False)
    yield from _places(cause.places, f"{subject}.places")


def _places(value: object, where: str) -> Iterator[Problem]:
    yield from _strings(value, where, required=False)
    for index, place in items_of(value, str):
        if place not in PLACES:
            yield UNKNOWN_PLACE.problem(
                f"{where}[{index}]",
                f"{place!r} is not a place; use one of {', '.join(PLACES)}"
                + did_you_mean(place, PLACES),
            )


def _check_id(
    value: object, where: str, seen: dict[str, int], index: int, plural: str
) -> Iterator[Problem]:
    if not isinstance(value, str):
        yield WRONG_TYPE.problem(where, f"expected text, found {describe(value)}")
    elif not value.strip():
        yield REQUIRED.problem(where, "every record needs an id")
    elif not SLUG.fullmatch(value):
        yield BAD_ID.problem(
            where,
            f"{value!r} is not a slug; use lower-case letters, digits and hyphens,"
            " starting with a letter",
        )
    elif value in seen:
        yield DUPLICATE_ID.problem(where, f"{value!r} is already the id of {plural}[{seen[value]}]")
    else:
        seen[value] = index


def _check_categories(catalog: Catalog) -> Generator[Problem, None, set[str]]:
    seen: dict[str, int] = {}
    categories: object = catalog.categories  # a pack may hold anything here
    if not isinstance(categories, tuple):
        yield WRONG_TYPE.problem(
            "catalog:categories", f"expected a tuple, found {describe(categories)}"
        )
        return set()
    for index, category in enumerate(categories):
        if not isinstance(category, Category):
            yield WRONG_TYPE.problem(
                f"categories[{index}]", f"expected a Category record, found {describe(category)}"
            )
            continue
        subject = category_subject(category, index)
        yield from _check_id(category.id, f"{subject}.id", seen, index, "categories")
        for name in _CATEGORY_TEXT:
            yield from _text(getattr(category, name), f"{subject}.{name}")
        group = category.group
        if isinstance(group, str) and group.strip() and group not in GROUPS:
            yield UNKNOWN_GROUP.problem(
                f"{subject}.group", f"{group!r} is not a group; use one of {', '.join(GROUPS)}"
            )
    return set(seen)


def _check_movements(catalog: Catalog) -> Iterator[Problem]:
    movements: object = catalog.movements  # a pack may hold anything here
    if not isinstance(movements, tuple):
        yield WRONG_TYPE.problem(
            "catalog:movements", f"expected a tuple, found {describe(movements)}"
        )
        return
    cause_ids = sorted(catalog.cause_ids)
    seen: dict[str, int] = {}
    for index, movement in enumerate(movements):
        if not isinstance(movement, Movement):
            yield WRONG_TYPE.problem(
                f"movements[{index}]", f"expected a Movement record, found {describe(movement)}"
            )
            continue
        subject = movement_subject(movement, index)
        yield from _check_id(movement.id, f"{subject}.id", seen, index, "movements")
        for name in _MOVEMENT_TEXT:
            yield from _text(getattr(movement, name), f"{subject}.{name}")
        also_called: object = movement.also_called
        if not isinstance(also_called, str):
            yield WRONG_TYPE.problem(
                f"{subject}.also_called", f"expected text, found {describe(also_called)}"
            )
        yield from _red_flags(movement.get_help, f"{subject}.get_help", required=True)
        yield from _strings(movement.causes, f"{subject}.causes", required=False)
        for position, cause_id in items_of(movement.causes, str):
            if cause_id.strip() and cause_id not in catalog.cause_ids:
                yield UNKNOWN_CAUSE.problem(
                    f"{subject}.causes[{position}]",
                    f"no cause has id {cause_id!r}" + did_you_mean(cause_id, cause_ids),
                )
        yield from _sources(movement.sources, f"{subject}.sources")


def _check_site_texts(catalog: Catalog) -> Iterator[Problem]:
    yield from _text(catalog.disclaimer, "catalog:disclaimer")
    yield from _text(catalog.reassurance, "catalog:reassurance")
    yield from _red_flags(catalog.red_flags, "catalog:red_flags", required=True)
    flags = [flag for _, flag in items_of(catalog.red_flags, RedFlag)]
    if flags and not any(flag.urgency == "emergency" for flag in flags):
        yield NO_EMERGENCY.problem(
            "catalog:red_flags", "list the signs that need emergency help, not only routine ones"
        )


def _check_aliases(catalog: Catalog) -> Iterator[Problem]:
    owners: dict[str, str] = {}
    for index, cause in causes_of(catalog):
        subject = cause_subject(cause, index)
        names = [cause.name, *(alias for _, alias in items_of(cause.aliases, str))]
        for position, name in enumerate(names):
            if not isinstance(name, str) or not name.strip():
                continue
            key = fold(name)
            owner = owners.setdefault(key, subject)
            if owner != subject:
                field = "name" if position == 0 else f"aliases[{position - 1}]"
                yield AMBIGUOUS_ALIAS.problem(
                    f"{subject}.{field}",
                    f"{name!r} also names {owner}; a reader searching for it"
                    " cannot tell the two apart",
                )


def _text(value: object, where: str) -> Iterator[Problem]:
    if not isinstance(value, str):
        yield WRONG_TYPE.problem(where, f"expected text, found {describe(value)}")
    elif not value.strip():
        yield REQUIRED.problem(where, "this text is required and is blank")


def _sequence(value: object, where: str, what: str) -> Iterator[Problem]:
    if not isinstance(value, tuple):
        yield WRONG_TYPE.problem(where, f"expected a tuple of {what}, found {describe(value)}")


def _strings(value: object, where: str, *, required: bool) -> Iterator[Problem]:
    problems = list(_sequence(value, where, "texts"))
    yield from problems
    if problems or not isinstance(value, tuple):
        return
    if required and not value:
        yield REQUIRED.problem(where, "give at least one item")
    for index, item in enumerate(value):
        yield from _text(item, f"{where}[{index}]")


def _red_flags(value: object, where: str, *, required: bool) -> Iterator[Problem]:
    problems = list(_sequence(value, where, "RedFlag records"))
    yield from problems
    if problems or not isinstance(value, tuple):
        return
    if required and not value:
        yield REQUIRED.problem(where, "say when to see a doctor: give at least one red flag")
    for index, flag in enumerate(value):
        item = f"{where}[{index}]"
        if not isinstance(flag, RedFlag):
            yield WRONG_TYPE.problem(item, f"expected a RedFlag record, found {describe(flag)}")
            continue
        yield from _text(flag.text, f"{item}.text")
        urgency: object = flag.urgency
        if not isinstance(urgency, str):
            yield WRONG_TYPE.problem(f"{item}.urgency", f"expected text, found {describe(urgency)}")
        elif urgency not in URGENCIES:
            yield BAD_URGENCY.problem(
                f"{item}.urgency",
                f"{urgency!r} is not an urgency; use one of {', '.join(URGENCIES)}",
            )


def _sources(value: object, where: str) -> Iterator[Problem]:
    problems = list(_sequence(value, where, "Source records"))
    yield from problems
    if problems or not isinstance(value, tuple):
        return
    if not value:
        yield NO_SOURCES.problem(where, "cite at least one source a reader can open")
    for index, source in enumerate(value):
        item = f"{where}[{index}]"
        if not isinstance(source, Source):
            yield WRONG_TYPE.problem(item, f"expected a Source record, found {describe(source)}")
            continue
        yield from _text(source.title, f"{item}.title")
        yield from _text(source.publisher, f"{item}.publisher")
        # The address and identifiers themselves are judged by the source rules.
        for name in ("url", "kind", "doi", "pmid"):
            part: object = getattr(source, name)
            if not isinstance(part, str):
                yield WRONG_TYPE.problem(f"{item}.{name}", f"expected text, found {describe(part)}")


def _codes(value: object, where: str) -> Iterator[Problem]:
    problems = list(_sequence(value, where, "Code records"))
    yield from problems
    if problems or not isinstance(value, tuple):
        return
    for index, code in enumerate(value):
        item = f"{where}[{index}]"
        if not isinstance(code, Code):
            yield WRONG_TYPE.problem(item, f"expected a Code record, found {describe(code)}")
            continue
        for name in ("system", "code", "display"):
            yield from _text(getattr(code, name), f"{item}.{name}")
