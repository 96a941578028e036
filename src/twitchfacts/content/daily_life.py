"""Everyday triggers: stress and worry, short sleep, hard exercise, dehydration.

The source article overstated dehydration; its explanation says how much
it really adds. Health anxiety has a page of its own: worry about twitching
is one of the most common reasons people read about it, and the NHS offers
talking therapies for it that a reader can ask for directly.
"""

from __future__ import annotations

import datetime
from typing import Final

from twitchfacts.content import sources
from twitchfacts.content.categories import DAILY_LIFE
from twitchfacts.model import Cause, Code, RedFlag

#: When the built-in content was last checked against its sources.
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
                text="Worry is getting in the way of your work, sleep or time with others.",
                urgency="routine",
            ),
            RedFlag(text="A muscle is weak, or looks thinner than before.", urgency="routine"),
        ),
        questions=(
            "Could stress be the reason for my twitching?",
            "What can I do to feel less stressed, and is there a talking therapy near me?",
            "How long should I wait for the twitching to settle before I come back?",
        ),
        disclaimer=(
            "Twitching from stress is common and harmless, but anxiety itself deserves care."
            " A doctor can help with both, and can check you if you are unsure."
        ),
        sources=(
            sources.MEDLINEPLUS_TWITCHING,
            sources.NHS_TWITCHING,
            sources.BLACKMAN_2019,
        ),
        codes=(
            Code(code="Z73.3", display="Stress, not elsewhere classified"),
            Code(code="F41.9", display="Anxiety disorder, unspecified"),
        ),
        aliases=("stress", "anxiety", "worry", "nerves"),
        places=("eyelid", "arms-and-hands", "legs-and-feet", "all-over"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="health-anxiety",
        name="Worry about twitching (health anxiety)",
        category=DAILY_LIFE,
        summary="Worry that a twitch means something serious can keep the twitch going.",
        explanation=(
            "Many people who notice a twitch look it up and read about rare diseases. The fear"
            " can grow until it is hard to think about anything else. Doctors call this health"
            " anxiety. Anxiety can cause twitching, and checking a muscle again and again keeps"
            " you focused on it, so the two feed each other. Studies of people with harmless"
            " twitching found that many had this kind of worry. Talking therapies such as"
            " cognitive behavioural therapy (CBT) help with it."
        ),
        self_care=(
            "Try not to search online for what the twitch could mean.",
            "Notice when you check or test a muscle, and try to do it less.",
            "Keep doing what you enjoy. Exercise, rest and time with others all help.",
            "In England, you can refer yourself to NHS Talking Therapies without seeing a"
            " doctor first. Elsewhere, ask your doctor about talking therapy.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "Worry about your health is taking over your days, and self-help has not"
                    " eased it."
                ),
                urgency="routine",
            ),
            RedFlag(text="A muscle is weak, or looks thinner than before.", urgency="routine"),
            RedFlag(
                text=(
                    "You might act on thoughts of harming yourself, or you have harmed yourself"
                    " badly: call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You feel you cannot cope, or you think about harming yourself. Get help"
                    " today from your doctor or NHS 111. In the UK, you can call Samaritans on"
                    " 116 123 at any time; in the US, call or text 988."
                ),
                urgency="urgent",
            ),
        ),
        questions=(
            "Can you check my muscles so I know how strong they are?",
            "How can I stop checking my body and searching for answers online?",
            "Could a talking therapy help me with this worry?",
        ),
        disclaimer=(
            "Feeling anxious about your health is common and it can be treated. Asking for"
            " help with worry is as worthwhile as asking about the twitch itself."
        ),
        sources=(
            sources.NHS_HEALTH_ANXIETY,
            sources.NHS_TALKING_THERAPIES,
            sources.BLACKMAN_2019,
            sources.BFS_ANXIETY_2018,
        ),
        codes=(Code(code="F45.21", display="Hypochondriasis"),),
        aliases=("health anxiety", "illness anxiety", "hypochondria", "fear of ALS"),
        places=("all-over",),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="lack-of-sleep",
        name="Tiredness and lack of sleep",
        category=DAILY_LIFE,
        summary="Being tired or short of sleep can make muscles twitch.",
        explanation=(
            "Doctors are not sure exactly why, but tired nerves seem to fire more easily."
            " An eyelid that flickers is a common sign of a few short nights. The twitching"
            " tends to stop once you catch up on sleep."
        ),
        self_care=(
            "Go to bed and get up at about the same time each day.",
            "Cut down on caffeine in the afternoon and evening.",
            "Keep screens out of the bedroom and keep it cool, dark and quiet.",
        ),
        see_a_doctor=(
            RedFlag(text="The twitching lasts more than 2 weeks.", urgency="routine"),
            RedFlag(
                text=(
                    "You have slept badly for weeks (insomnia), even when you try the tips here."
                ),
                urgency="routine",
            ),
        ),
        questions=(
            "Could poor sleep be the reason for my twitching?",
            "What can I change to sleep better?",
            "Could something else, such as a health problem or a medicine, be keeping me awake?",
        ),
        disclaimer=(
            "Twitching from tiredness is harmless. Ongoing sleep problems are worth talking"
            " about with a doctor."
        ),
        sources=(sources.MEDLINEPLUS_TWITCHING, sources.NHS_TWITCHING, sources.NHS_INSOMNIA),
        codes=(Code(code="Z72.820", display="Sleep deprivation"),),
        aliases=("tiredness", "fatigue", "sleep deprivation", "short of sleep"),
        places=("eyelid", "legs-and-feet", "all-over"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="overexertion",
        name="Exercise and overexertion",
        category=DAILY_LIFE,
        summary="Your muscles may twitch for a while after hard exercise.",
        explanation=(
            "After a hard workout, tired muscles and the nerve endings in them can fire on"
            " their own for a while. Losing water and salts through sweat may add to it, and"
            " can also cause cramps. This is a normal part of recovery."
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
                    " after hard exercise: call your emergency number or go to the emergency"
                    " department now."
                ),
                urgency="emergency",
            ),
        ),
        questions=(
            "How much exercise is right for me while my muscles settle?",
            "Which signs after exercise mean I should get help straight away?",
        ),
        disclaimer=(
            "Twitching after exercise is common. Severe pain with dark urine is not, and needs"
            " help straight away."
        ),
        sources=(
            sources.MEDLINEPLUS_TWITCHING,
            sources.NHS_LEG_CRAMPS,
            sources.MEDLINEPLUS_RHABDOMYOLYSIS,
        ),
        codes=(
            Code(code="R25.3", display="Fasciculation"),
            Code(
                code="X50.0XXA",
                display="Overexertion from strenuous movement or load, initial encounter",
            ),
        ),
        aliases=("exercise", "workout", "overtraining", "tired muscles", "after the gym"),
        places=("arms-and-hands", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="dehydration",
        name="Dehydration",
        category=DAILY_LIFE,
        summary="Losing a lot of fluid and salt may add to cramps and twitches.",
        explanation=(
            "When you sweat a lot, vomit or have diarrhea, your body loses water and salts."
            " This is mostly linked to cramps. It is not one of the main causes of twitching,"
            " but it can add to other triggers such as hard exercise."
        ),
        self_care=(
            "Drink fluids through the day, and more when it is hot or you exercise.",
            "If you are being sick or have diarrhea, take small sips often. A pharmacist can"
            " suggest a rehydration drink.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "Someone suddenly becomes confused, is very drowsy or hard to wake, has a"
                    " fit, or has not peed all day: call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You feel very tired, you stay dizzy when you stand, you pee"
                    " much less than usual, or you cannot keep fluids down. Get help today"
                    " from a doctor or NHS 111."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text=(
                    "A baby is floppy, very sleepy or hard to wake: call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "A baby has fewer wet nappies (diapers), a sunken soft spot on the head, or"
                    " few tears. Get help today from a doctor or NHS 111."
                ),
                urgency="urgent",
            ),
        ),
        questions=(
            "How much should I drink each day, and more when it is hot or I am ill?",
            "Could one of my medicines make me lose more fluid?",
            "When would a blood test for body salts help?",
        ),
        disclaimer=(
            "Mild dehydration is easy to fix by drinking. Babies, older people and people with"
            " a long-term illness can get sick faster, so they need care sooner."
        ),
        sources=(sources.NHS_DEHYDRATION, sources.NHS_LEG_CRAMPS),
        codes=(Code(code="E86.0", display="Dehydration"),),
        aliases=("not drinking enough", "fluid loss", "heat"),
        places=("legs-and-feet",),
        last_reviewed=REVIEWED,
    ),
)
