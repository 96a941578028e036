"""The words twitchfacts itself puts around content: headings and box titles.

They are written once, here, so that the command line and the Sphinx
extension tell a reader the same thing in the same words.
"""

from __future__ import annotations

from typing import Final

from twitchfacts.model import Place, Urgency

__all__ = [
    "CAUSE_PARTS",
    "FOR_PROFESSIONALS",
    "MOVEMENT_PARTS",
    "PLACE_NAMES",
    "PLACE_TEXTS",
    "URGENCY_ACTIONS",
    "URGENCY_TITLES",
]

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
