"""The texts every page carries, whatever the cause.

They are the disclaimer, the short reassurance, and the general signs that
mean a reader should see a doctor: MedlinePlus and the NHS for routine care,
the NHS and clinical references for emergencies.

Emergency flags come first in the tuple because that is the order readers
must see them in.
"""

from __future__ import annotations

from typing import Final

from twitchfacts.model import RedFlag

DISCLAIMER: Final = (
    "This page gives general health information. It is not medical advice and it cannot"
    " tell you what is causing your twitching. If you are worried, talk to a doctor, nurse"
    " or pharmacist. In an emergency, call your local emergency number."
)

#: The short answer to "should I worry?", shown on the home page.
REASSURANCE: Final = (
    "Most muscle twitches are harmless. About 7 in 10 healthy people get them. They often"
    " come from stress, tiredness, caffeine or exercise, and they tend to settle by"
    " themselves."
)

RED_FLAGS: Final = (
    RedFlag(
        text=(
            "Sudden weakness or numbness on one side of the body, a drooping face, or trouble"
            " speaking: these can be signs of a stroke. Call your emergency number now."
        ),
        urgency="emergency",
    ),
    RedFlag(
        text="You have trouble breathing, or a seizure (fit): call your emergency number.",
        urgency="emergency",
    ),
    RedFlag(
        text=(
            "You twitch, sweat a lot, drool or find it hard to breathe after using bug spray"
            " or farm chemicals. Call your emergency number."
        ),
        urgency="emergency",
    ),
    RedFlag(
        text=("Your heart races or beats unevenly, or you faint: get medical help straight away."),
        urgency="emergency",
    ),
    RedFlag(
        text=(
            "Very bad muscle pain and weakness, with urine as dark as cola: get medical help"
            " straight away."
        ),
        urgency="emergency",
    ),
    RedFlag(
        text=(
            "Tingling around the mouth with cramps or spasms in the hands, feet or throat:"
            " get medical help straight away."
        ),
        urgency="emergency",
    ),
    RedFlag(text="The twitching lasts more than 2 weeks.", urgency="routine"),
    RedFlag(text="The twitching spreads to other parts of your body.", urgency="routine"),
    RedFlag(
        text="The muscle feels weak, or looks thinner than the same muscle on the other side.",
        urgency="routine",
    ),
    RedFlag(text="You have numbness, tingling or a change in feeling.", urgency="routine"),
    RedFlag(
        text=("You trip more often, drop things, or notice changes in your speech or swallowing."),
        urgency="routine",
    ),
    RedFlag(
        text=(
            "You think a medicine is causing it. Keep taking the medicine until a doctor or"
            " pharmacist tells you what to do."
        ),
        urgency="routine",
    ),
)
