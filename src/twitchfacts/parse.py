"""Records from plain data: the reading side of packs.

A JSON pack, or a dict in a module pack, is turned into records here. Reading
is lenient in the same way as the records themselves: a value of the wrong
type is kept as it is, for the validator to report with the cause and field
it belongs to. Only what cannot be placed at all (an unknown key, a cause
that is not an object, an unsupported ``schema_version``) stops loading, and
then every such problem is listed at once.

The export side (:mod:`twitchfacts.exports.json_format`) writes what this
module reads; loading a pack never imports the exports.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from twitchfacts._text import describe
from twitchfacts.errors import PackError
from twitchfacts.model import (
    Category,
    Cause,
    Code,
    Movement,
    RedFlag,
    Source,
    TranslatedText,
    Translation,
)

__all__ = [
    "CATALOG_KEYS",
    "READABLE_VERSIONS",
    "SCHEMA_VERSION",
    "parse_catalog",
    "parse_category",
    "parse_cause",
    "parse_movement",
    "parse_red_flag",
    "parse_translation",
]

#: Raised whenever a change to the format would make an old reader misread a
#: new file. Readers refuse versions they do not know.
SCHEMA_VERSION: Final = 4
#: The versions this reader understands. Version 2 added three urgency
#: levels, article identifiers on sources, next review dates and
#: recognised publishers; version 3 added where on the body a cause shows
#: (``places``); version 4 added the kinds of movement readers tell apart
#: (``movements``) and translations (``translations``). Every older file is
#: also a valid file of a later version.
READABLE_VERSIONS: Final = (1, 2, 3, 4)

#: The top-level keys of the format, in the order exports write them.
CATALOG_KEYS: Final = (
    "schema_version",
    "disclaimer",
    "reassurance",
    "red_flags",
    "authorities",
    "categories",
    "causes",
    "movements",
    "translations",
)
_ISO_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_catalog(data: object, where: str) -> dict[str, object]:
    """The catalog fields present in JSON *data*, ready for :class:`~twitchfacts.catalog.Catalog`.

    Only the keys present are returned, so that a pack may leave out the
    categories, disclaimer, reassurance or red flags and inherit the built-in ones.

    :param where: How to name the input in messages (usually its path).
    :raises PackError: listing every problem that stops loading.
    """
    errors: list[str] = []
    if not isinstance(data, Mapping):
        raise PackError(f"{where}: expected a JSON object at the top, found {describe(data)}")
    errors.extend(
        f"{key}: unknown key; expected one of {', '.join(CATALOG_KEYS)}"
        for key in data
        if key not in CATALOG_KEYS
    )
    version = data.get("schema_version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        errors.append(
            "schema_version: this version of twitchfacts reads versions"
            f" {', '.join(map(str, READABLE_VERSIONS))}, found {version!r}"
        )
    if "causes" not in data:
        errors.append("causes: missing; a pack must list its causes")
    fields: dict[str, object] = {}
    for key in ("disclaimer", "reassurance"):
        if key in data:
            fields[key] = data[key]
    if "authorities" in data:
        fields["authorities"] = _each(_keep)(data["authorities"], "authorities", errors)
    readers: dict[str, Callable[[object, str, list[str]], object]] = {
        "red_flags": parse_red_flag,
        "categories": parse_category,
        "causes": parse_cause,
        "movements": parse_movement,
        "translations": parse_translation,
    }
    for key, read in readers.items():
        if key not in data:
            continue
        items = data[key]
        if not isinstance(items, list):
            errors.append(f"{key}: expected a list, found {describe(items)}")
            continue
        fields[key] = tuple(
            read(item, f"{key}[{index}]", errors) for index, item in enumerate(items)
        )
    if errors:
        raise PackError(f"{where}: cannot load this content", tuple(errors))
    return fields


def parse_cause(data: object, where: str, errors: list[str]) -> Cause:
    """A :class:`~twitchfacts.model.Cause` from a JSON object, noting placement problems.

    Problems that stop loading are appended to *errors*.

    Values of the wrong type are kept for the validator; nested sources,
    codes and red flags become records when they are objects.
    """
    converters: dict[str, Callable[[object, str, list[str]], object]] = {
        "see_a_doctor": _each(parse_red_flag),
        "sources": _each(_source),
        "codes": _each(_code),
        "last_reviewed": _date,
        "next_review": _date,
        "self_care": _each(_keep),
        "questions": _each(_keep),
        "aliases": _each(_keep),
        "places": _each(_keep),
    }
    return _record(Cause, data, where, errors, converters)  # type: ignore[no-any-return]


def parse_movement(data: object, where: str, errors: list[str]) -> Movement:
    """A :class:`~twitchfacts.model.Movement` from a JSON object, appending problems to *errors*."""
    converters: dict[str, Callable[[object, str, list[str]], object]] = {
        "get_help": _each(parse_red_flag),
        "causes": _each(_keep),
        "sources": _each(_source),
    }
    return _record(Movement, data, where, errors, converters)  # type: ignore[no-any-return]


def parse_translation(data: object, where: str, errors: list[str]) -> Translation:
    """A :class:`~twitchfacts.model.Translation` from JSON, appending problems to *errors*."""
    converters: dict[str, Callable[[object, str, list[str]], object]] = {
        "texts": _each(_translated_text),
    }
    return _record(Translation, data, where, errors, converters)  # type: ignore[no-any-return]


def _translated_text(data: object, where: str, errors: list[str]) -> object:
    return _record(TranslatedText, data, where, errors)


def parse_red_flag(data: object, where: str, errors: list[str]) -> RedFlag:
    """A :class:`~twitchfacts.model.RedFlag` from a JSON object, appending problems to *errors*."""
    return _record(RedFlag, data, where, errors)  # type: ignore[no-any-return]


def parse_category(data: object, where: str, errors: list[str]) -> Category:
    """A :class:`~twitchfacts.model.Category` from a JSON object, appending problems to *errors*."""
    return _record(Category, data, where, errors)  # type: ignore[no-any-return]


def _source(data: object, where: str, errors: list[str]) -> object:
    return _record(Source, data, where, errors, keep_other=True)


def _code(data: object, where: str, errors: list[str]) -> object:
    return _record(Code, data, where, errors, keep_other=True)


def _keep(data: object, where: str, errors: list[str]) -> object:
    return data


def _date(data: object, where: str, errors: list[str]) -> object:
    if isinstance(data, str) and _ISO_DATE.fullmatch(data):
        try:
            return datetime.date.fromisoformat(data)
        except ValueError:
            return data  # the validator reports it as an impossible date
    return data


def _each(
    read: Callable[[object, str, list[str]], object],
) -> Callable[[object, str, list[str]], object]:
    def read_list(data: object, where: str, errors: list[str]) -> object:
        if not isinstance(data, list):
            return data
        return tuple(read(item, f"{where}[{index}]", errors) for index, item in enumerate(data))

    return read_list


def _record(
    kind: type[Any],
    data: object,
    where: str,
    errors: list[str],
    converters: Mapping[str, Callable[[object, str, list[str]], object]] | None = None,
    *,
    keep_other: bool = False,
) -> Any:
    if not isinstance(data, Mapping):
        if keep_other:
            return data  # a string where a source belongs: the validator says so
        errors.append(f"{where}: expected an object, found {describe(data)}")
        return kind()
    known = {field.name for field in dataclasses.fields(kind)}
    unknown = [key for key in data if key not in known]
    if unknown:
        errors.append(
            f"{where}: unknown key{'s' if len(unknown) > 1 else ''} "
            + ", ".join(repr(key) for key in unknown)
            + f"; a {kind.__name__.lower()} has {', '.join(sorted(known))}"
        )
    converters = converters or {}
    values = {
        key: converters.get(key, _keep)(value, f"{where}.{key}", errors)
        for key, value in data.items()
        if key in known
    }
    return kind(**values)
