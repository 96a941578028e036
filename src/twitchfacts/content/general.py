"""The texts every page carries, whatever the cause.

They are the disclaimer, the short reassurance, and the general signs that
mean a reader should get help, sorted into the NHS's three levels:
emergency (call the emergency number now), urgent (get help the same day)
and routine (book an appointment). The routine signs follow the NHS page on
twitching and MedlinePlus; the urgent and emergency ones follow the NHS
pages on palpitations, poisoning, stroke, sudden confusion (delirium),
Guillain-Barre syndrome and tetanus, and the pages of the causes they
belong to.

They come in the order readers must see them in: most urgent first.
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
    "Most muscle twitches are harmless. They are most common in the eyelids and the legs."
    " Stress, tiredness, caffeine and exercise are common triggers. Many twitches stop"
    " within days or weeks. In some healthy people they come and go for months, and that"
    " is usually harmless too. What matters more is weakness, or"
    " another of the signs below."
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
        text=(
            "You have trouble breathing, a tight throat, or a seizure (fit): call your"
            " emergency number now."
        ),
        urgency="emergency",
    ),
    RedFlag(
        text=("Someone suddenly becomes confused: call your emergency number now."),
        urgency="emergency",
    ),
    RedFlag(
        text=(
            "You have started, raised or mixed a medicine for depression, migraine or pain,"
            " or used street drugs. Now your muscles jerk or go stiff with a high temperature,"
            " heavy sweating or confusion. Call your emergency number now."
        ),
        urgency="emergency",
    ),
    RedFlag(
        text=(
            "Weakness spreads fast and you have trouble breathing or swallowing, or you cannot"
            " move your arms or legs: call your emergency number now."
        ),
        urgency="emergency",
    ),
    RedFlag(
        text=(
            "In the days or weeks after a cut, bite or dirty wound, your jaw gets stiff or"
            " hard to open, or you get painful spasms. Call your emergency number now."
        ),
        urgency="emergency",
    ),
    RedFlag(
        text=(
            "Your heart races or beats unevenly, and you have chest pain, feel short of"
            " breath, or feel faint. Call your emergency number now."
        ),
        urgency="emergency",
    ),
    RedFlag(
        text=(
            "You twitch, sweat a lot, drool or find it hard to breathe after contact with a"
            " farm insecticide: call your emergency number now."
        ),
        urgency="emergency",
    ),
    RedFlag(
        text=(
            "Very bad muscle pain and weakness, with urine as dark as cola: call your"
            " emergency number or go to the emergency department now."
        ),
        urgency="emergency",
    ),
    RedFlag(
        text=(
            "Tingling around your mouth with spasms in your hands or feet. This can happen"
            " when you breathe too fast in a panic, so try to slow your breathing. If it does"
            " not settle, or came without panic, get help today from a doctor or NHS 111."
        ),
        urgency="urgent",
    ),
    RedFlag(
        text=(
            "Tingling, numbness or weakness starts in both feet or both hands and spreads over"
            " hours or days. Get help today from a doctor or NHS 111."
        ),
        urgency="urgent",
    ),
    RedFlag(
        text=(
            "You take a medicine and feel unwell with twitching, shaking or being sick. Get"
            " help today from your doctor, a pharmacist or NHS 111."
        ),
        urgency="urgent",
    ),
    RedFlag(text="The twitching lasts more than 2 weeks.", urgency="routine"),
    RedFlag(
        text=(
            "You have twitching in more than one place, or it spreads to other parts of your body."
        ),
        urgency="routine",
    ),
    RedFlag(
        text="A muscle is weak or stiff, and you cannot do things you could do before.",
        urgency="routine",
    ),
    RedFlag(
        text="A muscle looks thinner than the same muscle on the other side.",
        urgency="routine",
    ),
    RedFlag(text="You have numbness or a loss of feeling.", urgency="routine"),
    RedFlag(
        text=(
            "Over weeks or months, you trip more often, drop things, or your speech or"
            " swallowing slowly changes. A twitching tongue with less clear speech is one"
            " example."
        ),
        urgency="routine",
    ),
    RedFlag(
        text=(
            "You think a medicine is causing it. Keep taking it and ask a doctor or"
            " pharmacist. If its leaflet says a side effect needs urgent help, or you have one"
            " of the serious signs above, follow that advice instead."
        ),
        urgency="routine",
    ),
    RedFlag(
        text="Your heartbeat often feels fast, fluttering or uneven, even when you rest.",
        urgency="routine",
    ),
)
