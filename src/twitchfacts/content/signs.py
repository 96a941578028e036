"""Warning signs that several records give, written once so that they never drift apart.

A reader may meet the same sign on a cause page and in the table that tells
movements apart; both must say it in the same words and at the same urgency.
"""

from __future__ import annotations

from typing import Final

from twitchfacts.model import RedFlag

__all__ = [
    "CHILD_SELF_HARM",
    "CHILD_SELF_HARM_NOW",
    "FACE_DROOP",
    "NEW_MEDICINE_SPASM",
    "NIGHT_FIT",
    "THROAT_SPASM",
]

#: A stroke can start like this: on the eyelid and face pages, and in the movements table.
FACE_DROOP: Final = RedFlag(
    text=(
        "One side of your face suddenly droops or feels weak, or you cannot speak "
        "clearly: call your emergency number now."
    ),
    urgency="emergency",
)
#: Signs of a fit in the night: the sleep-jerk page and the movements table.
NIGHT_FIT: Final = RedFlag(
    text=(
        "You wet the bed, bite your tongue or are confused after a jerk in the night. "
        "Get help today from a doctor or NHS 111."
    ),
    urgency="urgent",
)
#: A spasm that threatens breathing: the dystonia page and the movements table.
THROAT_SPASM: Final = RedFlag(
    text=(
        "Your throat or tongue goes into spasm and it is hard to breathe or swallow: "
        "call your emergency number now."
    ),
    urgency="emergency",
)
#: A reaction to a new medicine: the dystonia page and the movements table.
NEW_MEDICINE_SPASM: Final = RedFlag(
    text=(
        "Spasms, or a jaw that locks, started soon after you began a new medicine. Get "
        "help today from your doctor or a health phone line such as NHS 111."
    ),
    urgency="urgent",
)
#: A child in danger now: the tics page and the movements table.
CHILD_SELF_HARM_NOW: Final = RedFlag(
    text=(
        "A child has harmed themselves badly, or you think they might act on thoughts "
        "of harming themselves now: call your emergency number."
    ),
    urgency="emergency",
)
#: A child who talks about self-harm: the tics page and the movements table.
CHILD_SELF_HARM: Final = RedFlag(
    text=(
        "A child talks about harming themselves, or has hurt themselves on purpose. Get"
        " help today from your doctor or NHS 111. In the UK, your child can call "
        "Childline free on 0800 1111, and you can call Samaritans on 116 123. In the "
        "US, call or text 988."
    ),
    urgency="urgent",
)
