"""Everyday triggers: stress and worry, short sleep, hard exercise, dehydration.

The source article overstated dehydration; its explanation says how much
it really adds.
"""

from __future__ import annotations

import datetime
from typing import Final

from twitchfacts.content import sources
from twitchfacts.content.categories import DAILY_LIFE
from twitchfacts.model import Cause, Code, RedFlag

REVIEWED: Final = datetime.date(2026, 11, 25)

CAUSES: Final = (
    Cause(
        id="stress-and-anxiety",
        name="Stress and anxiety",
        category=DAILY_LIFE,
        summary="Stress and worry are some of the most common reasons for harmless twitches.",
        explanation=(
            "When you are stressed, your body gets ready for action, and your nerves may fire"
            " more easily. Worry also makes you notice small twitches you would not notice on"
            " a calm day. Then the twitch itself can cause more worry, and the two feed each"
            " other. The twitching may go on for weeks, but it does not harm your muscles."
        ),
        self_care=(
            "Take time each day to relax, for example with a walk or slow breathing.",
            "Try to keep a regular sleep routine.",
            "Try not to check the twitch over and over. Watching it can keep the worry going.",
            "Talk to someone you trust, or your doctor, if worry is hard to control.",
        ),
        see_a_doctor=(
            RedFlag(text="The twitching lasts more than 2 weeks.", urgency="routine"),
            RedFlag(
                text="Worry about the twitching is getting in the way of daily life.",
                urgency="routine",
            ),
            RedFlag(text="You notice weakness, or a muscle that looks thinner.", urgency="routine"),
        ),
        disclaimer=(
            "Twitching from stress is common and harmless, but anxiety itself deserves care."
            " A doctor can help with both, and can check you if you are unsure."
        ),
        sources=(
            sources.MEDLINEPLUS_TWITCHING,
            sources.NHS_TWITCHING,
            sources.BFS_SYSTEMATIC_REVIEW,
        ),
        codes=(
            Code(code="Z73.3", display="Stress, not elsewhere classified"),
            Code(code="F41.9", display="Anxiety disorder, unspecified"),
        ),
        aliases=("stress", "anxiety", "worry", "nerves", "health anxiety"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="lack-of-sleep",
        name="Tiredness and lack of sleep",
        category=DAILY_LIFE,
        summary="Being tired or short of sleep can make muscles twitch.",
        explanation=(
            "Doctors are not sure exactly why, but tired nerves seem to fire more easily."
            " Eyelid twitches are a common sign of a few short nights. The twitching tends to"
            " stop once you catch up on sleep."
        ),
        self_care=(
            "Go to bed and get up at about the same time each day.",
            "Cut down on caffeine in the afternoon and evening.",
            "Keep screens out of the bedroom and keep it cool, dark and quiet.",
        ),
        see_a_doctor=(
            RedFlag(text="The twitching lasts more than 2 weeks.", urgency="routine"),
            RedFlag(
                text="You cannot sleep well for weeks, even when you try the tips here.",
                urgency="routine",
            ),
        ),
        disclaimer=(
            "Twitching from tiredness is harmless. Ongoing sleep problems are worth talking"
            " about with a doctor."
        ),
        sources=(sources.MEDLINEPLUS_TWITCHING, sources.NHS_TWITCHING, sources.NHS_INSOMNIA),
        codes=(Code(code="Z72.820", display="Sleep deprivation"),),
        aliases=("tiredness", "fatigue", "sleep deprivation", "insomnia", "eyelid twitch"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="overexertion",
        name="Exercise and overexertion",
        category=DAILY_LIFE,
        summary="Your muscles may twitch for a while after hard exercise.",
        explanation=(
            "After a hard workout, tired muscles and the nerve endings in them can fire on"
            " their own for a few hours or days. Losing salts through sweat may add to it."
            " This is a normal part of recovery and does not mean the muscle is damaged."
        ),
        self_care=(
            "Rest the muscle and give it time to recover.",
            "Stretch gently and try a light massage.",
            "Drink fluids during and after exercise.",
            "Build up how hard and how long you train step by step.",
        ),
        see_a_doctor=(
            RedFlag(text="The twitching lasts more than 2 weeks.", urgency="routine"),
            RedFlag(text="The muscle stays weak after you have rested it.", urgency="routine"),
            RedFlag(
                text=(
                    "You have severe muscle pain and weakness with dark, cola-colored urine"
                    " after hard exercise: get medical help straight away."
                ),
                urgency="emergency",
            ),
        ),
        disclaimer=(
            "Twitching after exercise is normal. Severe pain with dark urine is not, and needs"
            " care the same day."
        ),
        sources=(sources.MEDLINEPLUS_TWITCHING, sources.NHS_TWITCHING),
        codes=(
            Code(
                code="T73.3XXA",
                display="Exhaustion due to excessive exertion, initial encounter",
            ),
        ),
        aliases=("exercise", "workout", "overtraining", "tired muscles", "after the gym"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="dehydration",
        name="Dehydration",
        category=DAILY_LIFE,
        summary="Losing a lot of fluid and salt may add to cramps and twitches.",
        explanation=(
            "When you sweat a lot, vomit or have diarrhea, your body loses water and salts."
            " Low salt levels can make nerves and muscles fire more easily. This is mostly"
            " linked to cramps. It is not one of the main causes of twitching, but it can add"
            " to other triggers such as hard exercise."
        ),
        self_care=(
            "Drink fluids through the day, and more when it is hot or you exercise.",
            "If you are sick with vomiting or diarrhea, sip fluids often. A pharmacist can"
            " suggest a rehydration drink.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You feel dizzy or confused, or you pass very little urine: get medical"
                    " help straight away."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text="You cannot keep fluids down for more than a day.",
                urgency="routine",
            ),
        ),
        disclaimer=(
            "Mild dehydration is easy to fix by drinking. Babies, older people and people with"
            " a long-term illness can get sick faster, so they need care sooner."
        ),
        sources=(sources.NHS_DEHYDRATION,),
        codes=(Code(code="E86.0", display="Dehydration"),),
        aliases=("not drinking enough", "fluid loss", "heat"),
        last_reviewed=REVIEWED,
    ),
)
