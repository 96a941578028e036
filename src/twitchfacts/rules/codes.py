"""Rules that check clinical codes against the official ICD-10-CM tables.

The tables come from ``simple-icd-10-cm``, which ships the FY2026 release
(April 2026 update) and needs no network. It takes about two seconds to
load, so it is imported only when a catalog actually has codes to check.

Besides checking each code, the rules apply two of the tables' conventions
to the codes of one cause together: an Excludes1 note ("not coded here")
means the two codes never go together, and the adverse-effect codes of
medicines (T36-T50) say "code first" the effect itself.
"""

from __future__ import annotations

import importlib
import re
import warnings
from collections.abc import Iterator
from functools import cache
from types import ModuleType
from typing import Final

from twitchfacts.catalog import Catalog
from twitchfacts.model import ICD_10_CM, Code
from twitchfacts.rules.base import Problem, Rule, Settings, Severity
from twitchfacts.subjects import cause_subject, causes_of, items_of

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

EXCLUDES = Rule(
    "code-excludes",
    Severity.ERROR,
    "Two codes on one cause where one has an Excludes1 note for the other (never coded together).",
)
CODE_FIRST = Rule(
    "code-first",
    Severity.ERROR,
    "An adverse-effect code (T36-T50, 6th character 5) without a code for the effect itself,"
    " which ICD-10-CM says to code first.",
)

RULES: Final = (UNKNOWN_CODE, NOT_ASSIGNABLE, DISPLAY, UNKNOWN_SYSTEM, EXCLUDES, CODE_FIRST)

#: A code, a code with "-" for "any code below it", or a range of them, as
#: Excludes1 notes write them: "N18.-", "N18.9", "M51.1-", "G20-G26".
_REFERENCE: Final = re.compile(
    r"\b([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?:\.?-)?(?:-([A-Z]\d[0-9A-Z]))?(?=[,)\s]|$)"
)
#: The chapters whose codes describe what happened or why, not what the
#: patient has: injuries and poisonings (19), external causes (20), and
#: factors influencing health status (21). A manifestation is anything else.
_NOT_MANIFESTATIONS: Final = frozenset({"19", "20", "21", "22"})
#: Manifestations ICD-10-CM codes pair most often with a medicine's adverse
#: effect on muscles and nerves; named in the code-first message.
_MANIFESTATION_EXAMPLES: Final = (
    "R25.3 (Fasciculation)",
    "G25.1 (Drug-induced tremor)",
    "G72.0 (Drug-induced myopathy)",
    "M79.1- (Myalgia)",
)

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
        usable: list[tuple[int, str]] = []
        for position, code in items_of(cause.codes, Code):
            problems = list(_check_code(code, f"{subject}.codes[{position}]"))
            yield from problems
            if not problems and code.system == ICD_10_CM:
                usable.append((position, code.code.strip()))
        yield from _check_together(usable, f"{subject}.codes")


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


# --- codes on the same cause ------------------------------------------------------------


def _check_together(codes: list[tuple[int, str]], where: str) -> Iterator[Problem]:
    """Excludes1 conflicts and missing manifestations among one cause's valid codes."""
    if not codes:
        return
    tables = _tables()
    for first, (position, code) in enumerate(codes):
        for other_position, other in codes[first + 1 :]:
            note = _excluding_note(code, other) or _excluding_note(other, code)
            if note is not None:
                owner, text = note
                yield EXCLUDES.problem(
                    f"{where}[{other_position}].code",
                    f"{other} and {code} (codes[{position}]) cannot be coded together:"
                    f" {owner} ({tables.get_description(owner)}) has the Excludes1 note"
                    f" {text!r}; keep the one code that fits the text",
                )
    chapters = {code: tables.get_ancestors(code)[-1] for _, code in codes}
    manifestations = [
        code for code, chapter in chapters.items() if chapter not in _NOT_MANIFESTATIONS
    ]
    for position, code in codes:
        if _is_adverse_effect(code) and not manifestations:
            yield CODE_FIRST.problem(
                f"{where}[{position}].code",
                f"{code} ({tables.get_description(code)}) records only that a medicine"
                " caused an effect; ICD-10-CM says to code the effect itself first. Add"
                " the code for what the reader notices, such as "
                + ", ".join(_MANIFESTATION_EXAMPLES),
            )


def _excluding_note(code: str, other: str) -> tuple[str, str] | None:
    """The Excludes1 note of *code* (or of a heading above it) that names *other*."""
    tables = _tables()
    for owner in (code, *tables.get_ancestors(code)):
        for note in tables.get_excludes1(owner):
            if any(_covers(reference, other) for reference in _REFERENCE.finditer(note)):
                return owner, note
    return None


def _covers(reference: re.Match[str], code: str) -> bool:
    """Whether a code reference in a note ("N18.-", "G20-G26") takes in *code*."""
    start, end = reference.group(1), reference.group(2)
    key = code.replace(".", "")
    if end is not None:
        return start <= key[:3] <= end
    return key.startswith(start.replace(".", ""))


def _is_adverse_effect(code: str) -> bool:
    """T36-T50 with 5 as the sixth character: the adverse effect of a medicine."""
    key = code.replace(".", "")
    return key[:1] == "T" and key[1:3].isdigit() and 36 <= int(key[1:3]) <= 50 and key[5:6] == "5"
