"""Which causes answer an ICD-10-CM code from a clinical record.

A record rarely carries exactly the code a cause was written for. A
follow-up visit codes the same adverse effect with another seventh
character (``T46.6X5D`` for the ``T46.6X5A`` a cause carries), and a
specific code such as ``G12.211`` still belongs to the subcategory a cause
was written for. So a look-up tries, in order, and stops at the first step
that finds anything:

1. the exact code;
2. for a seven-character code, the same code with another seventh character;
3. the code's parents, longest first, down to its three-character category,
   each a *broader* match.

It never moves sideways: ``E83.41`` (too much magnesium) is not ``E83.42``
(too little), although both sit under ``E83.4``. A parent is only found when
a cause carries the parent code itself.

This module knows nothing of HTTP, so every rule is tested on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal, TypeVar

from twitchfacts.catalog import Catalog, normalize_code
from twitchfacts.model import ICD_10_CM, Cause, Code

__all__ = [
    "CODE_SYSTEMS",
    "ICD_10_CM_OID",
    "ICD_10_CM_URI",
    "CodeIndex",
    "Match",
    "MatchKind",
    "display_code",
    "parse_code",
]

#: ICD-10-CM's HL7 object identifier, which Infobutton requests name it by.
ICD_10_CM_OID: Final = "2.16.840.1.113883.6.90"
#: ICD-10-CM's FHIR system address, which FHIR codings name it by.
ICD_10_CM_URI: Final = "http://hl7.org/fhir/sid/icd-10-cm"
#: Every way a request may name ICD-10-CM.
CODE_SYSTEMS: Final = frozenset({ICD_10_CM_OID, f"urn:oid:{ICD_10_CM_OID}", ICD_10_CM_URI})

#: How a cause was found: by the code itself, by the same code with another
#: seventh character, or by a parent code.
MatchKind = Literal["exact", "seventh-character", "broader"]

# A letter, a digit, a letter or digit (the category), then up to four more
# letters or digits: the shape of every ICD-10-CM code, without its dot.
_SHAPE: Final = re.compile(r"[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}", re.ASCII)
_LONGEST: Final = 7
_CATEGORY: Final = 3
# Longer text than any code is not normalised at all, so a hostile request
# costs nothing.
_MAX_INPUT: Final = 32

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Match:
    """A cause that answers a code, and how it was found.

    :param cause: The cause.
    :param code: The code the cause carries that matched, as the content
        writes it (``"T46.6X5A"``); for a broader match, the parent code.
    :param display: That code's official description, if the content gives one.
    :param kind: How it matched (see :data:`MatchKind`).
    """

    cause: Cause
    code: str
    display: str
    kind: MatchKind


def parse_code(text: str) -> str | None:
    """The compared form of an ICD-10-CM code (``"T466X5D"``), or ``None`` if it is not one.

    Dots, spaces and case do not matter, as in claims data; anything that
    cannot be an ICD-10-CM code is refused here rather than looked up.
    """
    if len(text) > _MAX_INPUT:
        return None
    key = normalize_code(text)
    return key if _SHAPE.fullmatch(key) else None


def display_code(key: str) -> str:
    """A compared code written as the tables print it: ``"T466X5D"`` -> ``"T46.6X5D"``."""
    return key if len(key) <= _CATEGORY else f"{key[:_CATEGORY]}.{key[_CATEGORY:]}"


@dataclass(frozen=True, slots=True)
class _Carried:
    cause: Cause
    code: Code


class CodeIndex:
    """The ICD-10-CM codes of a catalog, indexed for :meth:`match`.

    Built once when the server starts; each look-up is then a handful of
    dictionary accesses, whatever the size of the catalog.
    """

    def __init__(self, catalog: Catalog) -> None:
        self._by_code: dict[str, list[_Carried]] = {}
        # Seven-character codes by their first six characters, for step 2.
        self._by_stem: dict[str, list[_Carried]] = {}
        # A pack may hold values of the wrong type (the validator reports
        # them); the index leaves them out rather than fail.
        for cause in _of_type(catalog.causes, Cause):
            for code in _of_type(cause.codes, Code):
                if code.system != ICD_10_CM:
                    continue
                key = parse_code(code.code) if isinstance(code.code, str) else None
                if key is None:
                    continue
                carried = _Carried(cause, code)
                self._by_code.setdefault(key, []).append(carried)
                if len(key) == _LONGEST:
                    self._by_stem.setdefault(key[:-1], []).append(carried)

    def match(self, code: str) -> tuple[Match, ...]:
        """The causes that answer *code*, most specific step first (see the module).

        A cause is listed once, in the catalog's reading order. A code that is
        not an ICD-10-CM code, or that nothing answers, gives ``()``.
        """
        key = parse_code(code)
        if key is None:
            return ()
        exact = self._by_code.get(key)
        if exact:
            return _matches(exact, "exact")
        if len(key) == _LONGEST:
            others = self._by_stem.get(key[:-1], [])
            if others:
                return _matches(others, "seventh-character")
        for length in range(len(key) - 1, _CATEGORY - 1, -1):
            parents = self._by_code.get(key[:length])
            if parents:
                return _matches(parents, "broader")
        return ()


def _of_type(values: object, kind: type[_T]) -> list[_T]:
    return (
        [value for value in values if isinstance(value, kind)] if isinstance(values, tuple) else []
    )


def _matches(carried: list[_Carried], kind: MatchKind) -> tuple[Match, ...]:
    seen: set[int] = set()
    found: list[Match] = []
    for item in carried:
        if id(item.cause) in seen:
            continue
        seen.add(id(item.cause))
        display = item.code.display if isinstance(item.code.display, str) else ""
        found.append(Match(item.cause, str(item.code.code), display, kind))
    return tuple(found)
