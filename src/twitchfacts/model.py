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
    "PLACES",
    "SOURCE_KINDS",
    "URGENCIES",
    "Category",
    "Cause",
    "Code",
    "Group",
    "Movement",
    "Place",
    "RedFlag",
    "Source",
    "SourceKind",
    "TranslatedText",
    "Translation",
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
Urgency = Literal["emergency", "urgent", "routine"]
#: How soon a reader should get help, in the three levels the NHS uses and
#: in the order readers must see them: ``emergency`` means call the
#: emergency number or go to A&E now; ``urgent`` means get help the same day
#: (an urgent appointment, or a phone service such as NHS 111); ``routine``
#: means book an appointment.
URGENCIES: Final[tuple[Urgency, ...]] = ("emergency", "urgent", "routine")

#: The values of a cause's ``places``.
Place = Literal[
    "eyelid", "face", "mouth-and-tongue", "arms-and-hands", "legs-and-feet", "trunk", "all-over"
]
#: Where on the body a twitch shows, as readers describe it ("my eyelid
#: jumps"), from the head down. Each has a page of its own on the site.
PLACES: Final[tuple[Place, ...]] = (
    "eyelid",
    "face",
    "mouth-and-tongue",
    "arms-and-hands",
    "legs-and-feet",
    "trunk",
    "all-over",
)

#: The values of a source's ``kind``.
SourceKind = Literal["page", "article"]
#: What a source is: a ``page`` written for the public (a health service's
#: page, a medicine leaflet) or an ``article`` in a journal, which must carry
#: a DOI or PMID so that a reviewer can find the exact paper.
SOURCE_KINDS: Final[tuple[SourceKind, ...]] = ("page", "article")


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

    :param title: The page's or article's own title, as its publisher gives it.
    :param publisher: Who stands behind it (for example "NHS"); for an
        article, the journal, year and authors.
    :param url: An ``https`` address a reader can open.
    :param kind: One of :data:`SOURCE_KINDS`.
    :param doi: An article's DOI (``10.xxxx/...``), without ``https://doi.org/``.
    :param pmid: An article's PubMed id (digits only).
    """

    title: str = ""
    publisher: str = ""
    url: str = ""
    kind: str = "page"
    doi: str = ""
    pmid: str = ""


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
    :param questions: Questions the reader may want to ask a doctor about
        this cause; the page lists them for printing and ticking.
    :param disclaimer: A caution that fits this cause.
    :param sources: Where the facts come from; at least one.
    :param codes: Clinical codes for the cause, where one exists.
    :param aliases: Other names readers search for.
    :param places: Where on the body its twitching usually shows, from
        :data:`PLACES`; readers who know only where they feel it find the
        cause from there.
    :param last_reviewed: When the text was last checked against its sources.
    :param next_review: When it is due to be checked again; when left out,
        the review interval (two years unless configured) after
        ``last_reviewed``.
    """

    id: str = ""
    name: str = ""
    category: str = ""
    summary: str = ""
    explanation: str = ""
    self_care: tuple[str, ...] = ()
    see_a_doctor: tuple[RedFlag, ...] = ()
    questions: tuple[str, ...] = ()
    disclaimer: str = ""
    sources: tuple[Source, ...] = ()
    codes: tuple[Code, ...] = ()
    aliases: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    last_reviewed: datetime.date | None = None
    next_review: datetime.date | None = None

    def __post_init__(self) -> None:
        _tuplify(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Movement:
    """A kind of movement readers may call a twitch, told apart from the others.

    A reader who feels something move rarely knows whether it is a twitch, a
    cramp or a tremor, and each points to different causes. These records
    are content like causes are (validated, measured for reading level and
    sourced), so the page that tells them apart is built from data, not
    written by hand.

    :param id: A slug, unique among movements.
    :param name: The everyday name (for example "Cramp").
    :param also_called: The medical name, or another name readers meet.
    :param feels_like: What a reader notices, in their own terms.
    :param usual_cause: What usually causes it, and how worried to be.
    :param get_help: When to get help, each with its urgency.
    :param causes: Ids of the causes to read next; each must be in the
        catalog, and readers follow them as links.
    :param sources: Where the facts come from; at least one.
    """

    id: str = ""
    name: str = ""
    also_called: str = ""
    feels_like: str = ""
    usual_cause: str = ""
    get_help: tuple[RedFlag, ...] = ()
    causes: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    def __post_init__(self) -> None:
        _tuplify(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class TranslatedText:
    """One text of the content in another language.

    :param context: Which text it translates, named as problems name it
        (``als.summary``, ``als.self_care[0]``, ``category:medicines.title``,
        ``catalog:disclaimer``): the gettext context of its catalog entry.
    :param source: The English text it was translated from (the entry's
        message id). When the English changes, the two no longer match and
        the translation is stale until a translator updates it.
    :param text: The translation.
    """

    context: str = ""
    source: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Translation:
    """Every translated text of a content pack in one language.

    :param language: A language tag as gettext names catalogs (``es``,
        ``es_MX``).
    :param texts: One entry per translated text.
    """

    language: str = ""
    texts: tuple[TranslatedText, ...] = ()

    def __post_init__(self) -> None:
        _tuplify(self)
