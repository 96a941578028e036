"""The words twitchfacts itself puts around content: headings and box titles.

They are written once, here, so that the command line and the Sphinx
extension tell a reader the same thing in the same words. They are English
message ids of the ``twitchfacts`` gettext catalog
(``twitchfacts/locales/<language>/LC_MESSAGES/twitchfacts.po``): the
extension translates them with :func:`sphinx.locale.get_translation` in
the build's language (:mod:`twitchfacts.sphinxext.words`), and the command
line with :func:`translator` in the language of ``--lang``.
"""

from __future__ import annotations

import functools
import gettext
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

from twitchfacts.model import Place, Urgency

__all__ = [
    "CAUSE_PARTS",
    "COUNTS",
    "DOMAIN",
    "FOR_PROFESSIONALS",
    "GROUP_TITLES",
    "LOCALES",
    "MOVEMENT_PARTS",
    "PATHWAY",
    "PLACE_NAMES",
    "PLACE_TEXTS",
    "READABILITY",
    "SYMPTOM_NAME",
    "TABLE_COLUMNS",
    "URGENCY_ACTIONS",
    "URGENCY_TITLES",
    "WORDS",
    "messages",
    "translator",
]

#: The gettext domain of these words, and where its catalogs are.
DOMAIN: Final = "twitchfacts"
LOCALES: Final = Path(__file__).parent / "locales"

#: The title of each urgency's box of red flags. Each names its level in
#: words, so no reader has to tell them apart by colour.
URGENCY_TITLES: Final[dict[Urgency, str]] = {
    "emergency": "Emergency: get help now if",
    "urgent": "Urgent: get help today if",
    "routine": "See a doctor if",
}

#: What to do, said once under each box title.
URGENCY_ACTIONS: Final[dict[Urgency, str]] = {
    "emergency": (
        "Call your emergency number (999 in the UK, 911 in the US, 112 in Europe) or go to"
        " the emergency department."
    ),
    "urgent": (
        "Ask for an appointment with a doctor the same day, or call a health phone line"
        " such as NHS 111."
    ),
    "routine": "Book an appointment with a doctor.",
}

#: The headings of the parts of a cause, in the order they are shown.
CAUSE_PARTS: Final = {
    "explanation": "How it can cause twitching",
    "self_care": "What you can do",
    "see_a_doctor": "When to see a doctor",
    "questions": "Questions to ask your doctor",
    "disclaimer": "Please note",
    "sources": "Sources",
    "codes": "Medical codes",
}

#: Each place on the body, as a heading and a link says it.
PLACE_NAMES: Final[dict[Place, str]] = {
    "eyelid": "Eyelid",
    "face": "Face",
    "mouth-and-tongue": "Mouth and tongue",
    "arms-and-hands": "Arms and hands",
    "legs-and-feet": "Legs and feet",
    "trunk": "Neck, back, chest and belly",
    "all-over": "All over the body",
}

#: The words of a place page around its lists.
PLACE_TEXTS: Final = {
    "intro": (
        "These causes can make muscles twitch here. Most twitches have an everyday cause,"
        " such as stress, tiredness or caffeine, and are harmless. Rarer causes are listed"
        " too."
    ),
    "anywhere": "Causes that can show anywhere in the body",
    "help": "When to get help quickly",
    "help_intro": (
        "Most twitches here are harmless. These signs, from the causes above, need help"
        " today or now. More signs that need help, such as a stiff jaw after a wound, are on"
        " the page about when to see a doctor."
    ),
}

#: The symptom every page is about, as structured data names it.
SYMPTOM_NAME: Final = "Muscle twitching"

#: The summary of the closed part that holds what only professionals need.
FOR_PROFESSIONALS: Final = "For health professionals"

#: The short headings of the table that tells movements apart, by field,
#: and the words around its links and its caption.
MOVEMENT_PARTS: Final = {
    "name": "Movement",
    "feels_like": "What it feels like",
    "usual_cause": "Usual cause",
    "get_help": "When to get help",
    "read_more": "Read more:",
    "caption": "How to tell a twitch from other movements",
    "cited_for": "telling movements apart:",
}

#: How readers see the two groups: the article's words, explained.
GROUP_TITLES: Final = {
    "physiological": "Physiological: the body and daily life",
    "neurological": "Neurological: the nerves and muscles",
}

#: The columns a ``twitch:causes`` table can show, with their headings.
TABLE_COLUMNS: Final = {
    "name": "Cause",
    "category": "Category",
    "summary": "In short",
    "codes": "ICD-10-CM",
    "reviewed": "Last reviewed",
    "next-review": "Next review due",
    "sources": "Sources",
}

#: The steps of the flowchart from a twitch to the right help
#: (``twitch:pathway``); ``{count}`` is the number of signs of a level,
#: ``{examples}`` a list of everyday causes.
PATHWAY: Final = {
    "title": "From a twitch to the right help",
    "start": "I have a twitch.",
    "emergency": "Do I have any of the {count} emergency signs?",
    "emergency_answer": "Yes: call your emergency number now, or go to the emergency department.",
    "urgent": "If not, do I have any of the {count} urgent signs?",
    "urgent_answer": (
        "Yes: get help today. Ask for an appointment the same day, or call a health phone line"
        " such as NHS 111."
    ),
    "routine": "If not, do I have any of the {count} signs to see a doctor about?",
    "routine_answer": "Yes: book an appointment with a doctor.",
    "harmless": "If not, it is most likely harmless.",
    "harmless_answer": (
        "Try the self-care tips for common triggers, such as {examples}. See a doctor if the"
        " twitching goes on or you are worried."
    ),
    "example": "stress",
}

#: The words of the reading-level tables (``twitch:readability``). English
#: is measured in school grades (lower is easier), Spanish on the INFLESZ
#: scale (higher is easier), so each has its own headings.
READABILITY: Final = {
    "summary": "Summary",
    "explanation": "Explanation",
    "self_care": "Self-care",
    "questions": "Questions to ask",
    "feels_like": "Movement: what it feels like",
    "usual_cause": "Movement: usual cause",
    "text": "Text",
    "cause": "Cause",
    "target_grade": "Target grade",
    "average_grade": "Average grade",
    "highest_grade": "Highest grade",
    "over_target": "Over target",
    "grade_or_lower": "{target} or lower",
    "count_of": "{count} of {total}",
    "all_text_grade": (
        "All of this text read together: grade {grade}, Flesch reading ease {ease} (higher is"
        " easier), {words} words."
    ),
    "target_ease": "Target (INFLESZ)",
    "average_ease": "Average",
    "lowest_ease": "Lowest",
    "under_target": "Under target",
    "ease_or_higher": "{target} or higher",
    "all_text_ease": (
        "All of this text read together: {ease} on the INFLESZ scale ({band}), {words} words."
    ),
}

#: Single words and phrases around content; ``{...}`` is filled in.
WORDS: Final = {
    "disclaimer": "Medical disclaimer",
    "help_link": "When to see a doctor",
    "also_called": "Also called: {names}",
    "last_reviewed": "Last reviewed: {date}.",
    "next_review": "Next review due: {date}.",
    "no_causes": "No causes to show.",
    "not_recorded": "not recorded",
    "print": "Print this page",
    "online_at": "This page is online at",
    "category_line": "Category: {category}",
    "where_it_shows": "Where it shows",
    "unknown": "unknown",
    "language": "Language",
    "cited_for": "Cited for:",
    "body_map_title": "Where do you feel it? Choose a part of the body.",
    "cause_index": "Index of causes of twitching",
    "cause_index_short": "causes",
    "see_cause": "see {name}",
}

#: Words that change with a number, as (singular, plural) message ids:
#: each language's catalog has as many forms as its grammar needs.
COUNTS: Final = {
    "causes": ("{count} cause", "{count} causes"),
}

_ALL: Final = (
    URGENCY_TITLES,
    URGENCY_ACTIONS,
    CAUSE_PARTS,
    PLACE_NAMES,
    PLACE_TEXTS,
    MOVEMENT_PARTS,
    GROUP_TITLES,
    TABLE_COLUMNS,
    PATHWAY,
    READABILITY,
    WORDS,
)


def messages() -> Iterator[str | tuple[str, str]]:
    """Every word of this module, once each: the message ids of its catalog.

    A word that changes with a number is a (singular, plural) pair.
    """
    yield from COUNTS.values()
    seen: set[str] = set()
    for mapping in _ALL:
        for text in mapping.values():
            if text not in seen:
                seen.add(text)
                yield text
    for word in (FOR_PROFESSIONALS, SYMPTOM_NAME):
        if word not in seen:
            seen.add(word)
            yield word


@functools.cache
def translator(language: str | None) -> Callable[[str], str]:
    """A function that gives each word in *language* (English if it has no catalog).

    ``es_MX`` falls back to ``es``, as content does.
    """
    if not language or language.split("_")[0].split("-")[0].lower() == "en":
        return str
    from twitchfacts.i18n.apply import candidates  # noqa: PLC0415 - only with a language

    found = gettext.translation(
        DOMAIN, localedir=LOCALES, languages=candidates(language), fallback=True
    )
    return found.gettext
