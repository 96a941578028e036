"""The JSON export format: lossless, deterministic, and loadable as a pack.

Writing is deterministic so that exports can be committed and diffed: keys
come in the order the records declare their fields, causes, categories and
movements in catalog order, and the text ends with one newline. Reading it back is the
loading side's job (:mod:`twitchfacts.parse`), which also defines the
format's version.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
from typing import Any

from twitchfacts.catalog import Catalog
from twitchfacts.errors import ExportError
from twitchfacts.parse import READABLE_VERSIONS, SCHEMA_VERSION

__all__ = ["READABLE_VERSIONS", "SCHEMA_VERSION", "dumps", "to_data"]


def to_data(catalog: Catalog) -> dict[str, Any]:
    """The catalog as plain JSON-ready data, keys in their published order."""
    return {
        "schema_version": SCHEMA_VERSION,
        "disclaimer": catalog.disclaimer,
        "reassurance": catalog.reassurance,
        "red_flags": _plain(catalog.red_flags),
        "authorities": _plain(catalog.authorities),
        "categories": _plain(catalog.categories),
        "causes": _plain(catalog.causes),
        "movements": _plain(catalog.movements),
        "translations": _plain(catalog.translations),
    }


def dumps(catalog: Catalog) -> str:
    """The catalog as JSON text, byte-for-byte the same for the same content.

    :raises ExportError: if a field holds something JSON cannot represent
        (possible only in a Python pack that has not passed validation).
    """
    return json.dumps(to_data(catalog), indent=2, ensure_ascii=False, default=_refuse) + "\n"


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _plain(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if not field.name.startswith("_")
        }
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if type(value) is datetime.date:
        return value.isoformat()
    return value


def _refuse(value: object) -> object:
    raise ExportError(f"a {type(value).__name__} value ({value!r}) cannot be written as JSON")
