"""Movements that feel like twitching but are something else.

Tics are common in children and usually harmless; parents search for
"twitching" when they see one. Twitching of the face that is not a simple
eyelid flicker (hemifacial spasm, blepharospasm) and dystonia, which the
NHS lists on its page about twitching, need a doctor, and each page says
so plainly.
"""

from __future__ import annotations

from twitchfacts.content import signs, sources
from twitchfacts.content.categories import TICS_AND_SPASMS
from twitchfacts.content.daily_life import REVIEWED
from twitchfacts.model import Cause, Code, RedFlag

CAUSES = (
    Cause(
        id="tics",
        name="Tics",
        category=TICS_AND_SPASMS,
        summary="Tics are quick movements or sounds that are common in children and often fade.",
        explanation=(
            "A tic is a quick movement or sound that a person feels an urge to make. Examples"
            " are blinking, shrugging, twitching the nose or clearing the throat. Tics are common"
            " in children of primary school age and often start at about 5. They can come and"
            " go, and they are often worse with stress, tiredness or excitement. Most are"
            " harmless and get better over time. When a child has had both movement tics and"
            " sound tics for more than a year, doctors call it Tourette's syndrome."
        ),
        self_care=(
            "Try not to point out a child's tics or ask them to stop. Attention can make tics"
            " worse.",
            "Help your child get enough sleep and find ways to wind down.",
            "Tell the school, so teachers can help in the same calm way.",
        ),
        see_a_doctor=(
            RedFlag(
                text="Tics happen very often, are getting worse, or cause pain.",
                urgency="routine",
            ),
            RedFlag(
                text=(
                    "Tics get in the way of school or daily life, or cause upset or problems"
                    " with friends."
                ),
                urgency="routine",
            ),
            RedFlag(
                text="Tics come with a lot of anger, low mood or worry.",
                urgency="routine",
            ),
            signs.CHILD_SELF_HARM_NOW,
            signs.CHILD_SELF_HARM,
        ),
        questions=(
            "Are these tics, and do they need treatment?",
            "What helps with tics at home and at school or work?",
            "Would behaviour therapy for tics help, and how do I get it?",
        ),
        disclaimer=(
            "Tics are common and usually harmless. A doctor can tell tics apart from other"
            " movements if you are unsure."
        ),
        sources=(sources.NHS_TICS, sources.GOSH_TICS),
        codes=(
            Code(code="F95.9", display="Tic disorder, unspecified"),
            Code(code="F95.2", display="Tourette's disorder"),
        ),
        aliases=("tic", "tic disorder", "Tourette's", "Tourette syndrome", "child twitching"),
        places=("eyelid", "face", "mouth-and-tongue", "trunk"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="face-spasms",
        name="Face spasms (hemifacial spasm and blepharospasm)",
        category=TICS_AND_SPASMS,
        summary=(
            "Twitching that spreads over one side of the face, or shuts both eyes, needs a doctor."
        ),
        explanation=(
            "Two conditions can look like an eyelid twitch at first. In hemifacial spasm,"
            " muscles on one side of the face tighten without warning. It often starts at the"
            " eyelid and spreads to the cheek and mouth. It is usually caused by a blood"
            " vessel pressing on the nerve of the face. In blepharospasm, both eyelids blink"
            " or close without control. It is a kind of dystonia, a condition that makes"
            " muscles tighten on their own. Eyesight is normal, but the spasms can make it"
            " hard to see. Both are uncommon, and"
            " treatments such as injections can help."
        ),
        self_care=(
            "Write down when the spasms happen and what makes them worse, such as bright light"
            " or stress.",
            "Rest your eyes and get enough sleep.",
            "Do not drive if spasms close your eyes.",
        ),
        see_a_doctor=(
            signs.FACE_DROOP,
            RedFlag(
                text="Twitching spreads from the eyelid to your cheek or mouth.",
                urgency="routine",
            ),
            RedFlag(
                text="Both eyes blink or close without control, or you cannot keep them open.",
                urgency="routine",
            ),
        ),
        questions=(
            "What is causing the spasms in my face or eyelids?",
            "Do I need a scan, or should I see a nerve specialist?",
            "Would injections or another treatment help me?",
        ),
        disclaimer=(
            "These spasms are not dangerous in themselves, but a doctor should check them."
            " An eye or nerve specialist can offer treatment."
        ),
        sources=(
            sources.MAYO_EYE_TWITCHING,
            sources.MSD_HEMIFACIAL_SPASM,
            sources.DMRF_BLEPHAROSPASM,
            sources.MEDLINEPLUS_BLEPHAROSPASM,
            sources.NHS_DYSTONIA,
        ),
        codes=(
            Code(code="G51.39", display="Clonic hemifacial spasm, unspecified"),
            Code(code="G24.5", display="Blepharospasm"),
        ),
        aliases=(
            "hemifacial spasm",
            "blepharospasm",
            "face twitching",
            "twitching face",
            "facial spasm",
        ),
        places=("eyelid", "face", "mouth-and-tongue"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="dystonia",
        name="Dystonia",
        category=TICS_AND_SPASMS,
        summary="In dystonia, muscles pull and twist on their own.",
        explanation=(
            "Dystonia is a group of uncommon conditions. Muscles tighten or spasm on their"
            " own, which can twist part of the body, such as the neck or a foot, into an"
            " unusual position. It can also cause shaking or blinking you cannot control."
            " It may affect one part of the body or several. Tiredness, stress, alcohol and"
            " caffeine can make it worse."
        ),
        self_care=(
            "Note which activities, such as writing or talking, set off the spasms.",
            "Rest, and find ways to relax; stress can make spasms worse.",
        ),
        see_a_doctor=(
            RedFlag(
                text=("Your neck, face or a limb twists, pulls or spasms and you cannot stop it."),
                urgency="routine",
            ),
            signs.THROAT_SPASM,
            signs.NEW_MEDICINE_SPASM,
        ),
        questions=(
            "Could my spasms be dystonia, and should I see a nerve specialist?",
            "Could any of my medicines be causing them?",
            "Which treatments could help, such as injections or physiotherapy?",
        ),
        disclaimer=(
            "Dystonia is usually long-term, but treatments such as injections, medicines and"
            " physiotherapy can ease it."
        ),
        sources=(sources.NHS_DYSTONIA, sources.NHS_TWITCHING),
        codes=(Code(code="G24.9", display="Dystonia, unspecified"),),
        aliases=("cervical dystonia", "torticollis", "muscle spasms you cannot control"),
        places=("eyelid", "face", "mouth-and-tongue", "arms-and-hands", "legs-and-feet", "trunk"),
        last_reviewed=REVIEWED,
    ),
)
