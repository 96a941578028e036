"""The records that hold twitchfacts content.

Every record is a frozen, keyword-only dataclass whose fields all have
defaults. That is deliberate: building a record never raises for a content
problem (a missing summary, a number where text belongs, a bad date), so a
content pack always loads and :func:`twitchfacts.rules.validate` can report
*every* problem in one run instead of stopping at the first ``TypeError``.

Lists given where tuples are expected are turned into tuples, so records stay
hashable and immutable; anything else is stored as given for the validator
to judge.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    import datetime

__all__ = [
    "GROUPS",
    "ICD_10_CM",
    "URGENCIES",
    "Category",
    "Cause",
    "Code",
    "Group",
    "RedFlag",
    "Source",
    "Urgency",
]

#: The coding system every built-in code uses; the validator checks codes of
#: this system against the official FY2026 tables.
ICD_10_CM: Final = "ICD-10-CM"

#: The values of a category's ``group``.
Group = Literal["physiological", "neurological"]
#: The two groups the original article sorted causes into. Readers see them:
#: causes in the body and daily life, and causes in the nerves and muscles.
GROUPS: Final[tuple[Group, ...]] = ("physiological", "neurological")

#: The values of a red flag's ``urgency``.
Urgency = Literal["routine", "emergency"]
#: How soon a reader should get help: ``routine`` means book an appointment,
#: ``emergency`` means get help now.
URGENCIES: Final[tuple[Urgency, ...]] = ("routine", "emergency")


def _tuplify(record: object) -> None:
    """Turn list-valued fields of a frozen dataclass into tuples, in place."""
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        if not field.init:
            continue
        value = getattr(record, field.name)
        if isinstance(value, list):
            object.__setattr__(record, field.name, tuple(value))


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """A page a reader can open to check what a cause says.

    :param title: The page's own title.
    :param publisher: Who stands behind it (for example "NHS").
    :param url: An absolute ``http`` or ``https`` address.
    """

    title: str = ""
    publisher: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Code:
    """A clinical code that lets other systems join a cause to their records.

    :param system: The coding system, normally :data:`ICD_10_CM`.
    :param code: The code as printed in the code tables, dot included.
    :param display: The code's official description in that system.
    """

    system: str = ICD_10_CM
    code: str = ""
    display: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RedFlag:
    """A sign that means the reader should get medical help.

    :param text: What to look out for, and what to do, in plain words.
    :param urgency: One of :data:`URGENCIES`.
    """

    text: str = ""
    urgency: str = "routine"


@dataclass(frozen=True, slots=True, kw_only=True)
class Category:
    """A family of causes that readers see as one heading.

    :param id: A slug, unique among categories.
    :param title: The heading readers see.
    :param description: One or two plain sentences introducing the family.
    :param group: One of :data:`GROUPS`.
    """

    id: str = ""
    title: str = ""
    description: str = ""
    group: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Cause:
    """One cause of muscle twitching, written for a worried reader.

    :param id: A slug (``^[a-z][a-z0-9-]*$``), unique in the catalog; it is
        the cause's address in URLs, cross-references and exports.
    :param name: The name readers know it by.
    :param category: The id of a :class:`Category`.
    :param summary: One plain sentence: what it is and how worried to be.
    :param explanation: How it can lead to twitching.
    :param self_care: Short, safe things the reader can do themselves.
    :param see_a_doctor: The signs, specific to this cause, that call for help.
    :param disclaimer: A caution that fits this cause.
    :param sources: Where the facts come from; at least one.
    :param codes: Clinical codes for the cause, where one exists.
    :param aliases: Other names readers search for.
    :param last_reviewed: When the text was last checked against its sources.
    """

    id: str = ""
    name: str = ""
    category: str = ""
    summary: str = ""
    explanation: str = ""
    self_care: tuple[str, ...] = ()
    see_a_doctor: tuple[RedFlag, ...] = ()
    disclaimer: str = ""
    sources: tuple[Source, ...] = ()
    codes: tuple[Code, ...] = ()
    aliases: tuple[str, ...] = ()
    last_reviewed: datetime.date | None = None

    def __post_init__(self) -> None:
        _tuplify(self)
