"""The words twitchfacts itself puts around content: headings and box titles.

They are written once, here, so that the command line and the Sphinx
extension tell a reader the same thing in the same words.
"""

from __future__ import annotations

from typing import Final

from twitchfacts.model import Urgency

__all__ = ["CAUSE_PARTS", "FOR_PROFESSIONALS", "URGENCY_ACTIONS", "URGENCY_TITLES"]

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
    "disclaimer": "Please note",
    "sources": "Sources",
    "codes": "Medical codes",
}

#: The summary of the closed part that holds what only professionals need.
FOR_PROFESSIONALS: Final = "For health professionals"
