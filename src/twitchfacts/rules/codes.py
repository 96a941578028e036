"""Rules that check clinical codes against the official ICD-10-CM tables.

The tables come from ``simple-icd-10-cm``, which ships the FY2026 release
(April 2026 update) and needs no network. It takes about two seconds to
load, so it is imported only when a catalog actually has codes to check.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterator
from functools import cache
from types import ModuleType
from typing import Final

from twitchfacts.catalog import Catalog
from twitchfacts.model import ICD_10_CM, Code
from twitchfacts.rules.base import (
    Problem,
    Rule,
    Settings,
    Severity,
    cause_subject,
    causes_of,
    items_of,
)

__all__ = ["RULES", "check"]

UNKNOWN_CODE = Rule(
    "code-unknown", Severity.ERROR, "An ICD-10-CM code does not exist in the FY2026 tables."
)
NOT_ASSIGNABLE = Rule(
    "code-not-assignable",
    Severity.ERROR,
    "An ICD-10-CM code is a heading, not a code that can be assigned (billable).",
)
DISPLAY = Rule(
    "code-display",
    Severity.WARNING,
    "A code's display text differs from its official ICD-10-CM description.",
)
UNKNOWN_SYSTEM = Rule(
    "code-system",
    Severity.WARNING,
    "A code belongs to a system twitchfacts cannot check (only ICD-10-CM is checked).",
)

RULES: Final = (UNKNOWN_CODE, NOT_ASSIGNABLE, DISPLAY, UNKNOWN_SYSTEM)

_MAX_SUGGESTIONS: Final = 6


@cache
def _tables() -> ModuleType:
    # About two seconds of loading, so only when a catalog has codes to check.
    # simple-icd-10-cm 1.5 reads its tables with a deprecated importlib API;
    # that is its business, not our users', so the warning is not passed on.
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", category=DeprecationWarning, message=r"(read_text|open_text) is deprecated"
        )
        return importlib.import_module("simple_icd_10_cm")


def check(catalog: Catalog, settings: Settings) -> Iterator[Problem]:
    """Every code problem in *catalog*, in catalog order."""
    del settings
    for index, cause in causes_of(catalog):
        subject = cause_subject(cause, index)
        for position, code in items_of(cause.codes, Code):
            yield from _check_code(code, f"{subject}.codes[{position}]")


def _check_code(code: Code, where: str) -> Iterator[Problem]:
    if not all(isinstance(value, str) and value.strip() for value in (code.system, code.code)):
        return  # the structure rules report missing or mistyped parts
    if code.system != ICD_10_CM:
        yield UNKNOWN_SYSTEM.problem(
            f"{where}.system", f"{code.system!r} codes are not checked; only {ICD_10_CM} is"
        )
        return
    tables = _tables()
    value = code.code.strip()
    if not tables.is_valid_item(value):
        yield UNKNOWN_CODE.problem(
            f"{where}.code", f"{value!r} is not an {ICD_10_CM} code (FY2026 tables)"
        )
        return
    if not tables.is_leaf(value):
        leaves = [item for item in tables.get_descendants(value) if tables.is_leaf(item)]
        shown = ", ".join(leaves[:_MAX_SUGGESTIONS]) + (
            ", ..." if len(leaves) > _MAX_SUGGESTIONS else ""
        )
        yield NOT_ASSIGNABLE.problem(
            f"{where}.code",
            f"{value!r} ({tables.get_description(value)}) is a heading in FY2026;"
            f" use a code beneath it: {shown}",
        )
        return
    official = tables.get_description(value)
    if isinstance(code.display, str) and code.display.strip() and code.display != official:
        yield DISPLAY.problem(
            f"{where}.display", f"the official description of {value} is {official!r}"
        )
