"""Movements readers may call a twitch, and how to tell them apart.

A reader who feels a muscle move rarely knows the word for it, and the
word decides where to read next: a flicker under the skin points to the
harmless twitches, a painful hard muscle to cramp, steady shaking to
tremor. Each kind says what it feels like, what usually causes it and when
to get help, in the words of the page it cites, and links to the causes
that explain more.

Leg cramps are here, not among the causes: they are a different movement,
and the NHS page on them is where readers (pregnant readers included) should
land. Myoclonus is named because readers meet the word in letters and
search results; the text says plainly that its mild forms, such as hiccups
and sleep starts, are normal.
"""

from __future__ import annotations

from twitchfacts.content import sources
from twitchfacts.model import Movement, RedFlag

MOVEMENTS = (
    Movement(
        id="twitch",
        name="Twitch",
        also_called="fasciculation",
        feels_like=(
            "A small flicker or ripple under the skin, often in a calf, thigh, arm or thumb."
            " It does not move the joint and it does not hurt."
        ),
        usual_cause=(
            "Being tired or stressed, too much coffee, or hard exercise. Most twitches like"
            " this are harmless."
        ),
        get_help=(
            RedFlag(text="It has lasted more than 2 weeks.", urgency="routine"),
            RedFlag(
                text="A muscle is weak, or looks thinner than it did before.", urgency="routine"
            ),
        ),
        causes=("benign-twitching", "stress-and-anxiety", "caffeine-and-stimulants"),
        sources=(sources.NHS_TWITCHING, sources.MEDLINEPLUS_TWITCHING),
    ),
    Movement(
        id="eyelid-twitch",
        name="Eyelid twitch",
        also_called="eyelid myokymia",
        feels_like=(
            "Your upper or lower eyelid flickers or jumps, often on one side. Other people"
            " may not see it at all."
        ),
        usual_cause=(
            "Tiredness, stress, caffeine, alcohol or dry eyes. It usually stops by itself,"
            " though it can come and go for days or weeks."
        ),
        get_help=(
            RedFlag(text="It has not stopped after about a week.", urgency="routine"),
            RedFlag(
                text=(
                    "Your eyelid closes fully with each twitch, or your cheek or mouth twitch too."
                ),
                urgency="routine",
            ),
        ),
        causes=("eyelid-twitching", "face-spasms"),
        sources=(sources.NHS_TWITCHING, sources.MEDLINEPLUS_EYELID_TWITCH),
    ),
    Movement(
        id="cramp",
        name="Cramp",
        feels_like=(
            "A muscle, often in the calf or foot, suddenly gets tight, hard and painful. It"
            " lasts from a few seconds to 10 minutes, and the muscle can feel sore for a day."
        ),
        usual_cause=(
            "Often no cause is found. Exercise, getting older, some medicines such as"
            " statins, and the later months of pregnancy make cramps more likely."
        ),
        get_help=(
            RedFlag(
                text="Cramps wake you at night, or your legs are also numb or swollen.",
                urgency="routine",
            ),
            RedFlag(
                text=(
                    "A cramp lasts longer than 10 minutes, or you may have tetanus from a"
                    " wound. Ask your doctor for an urgent appointment or call NHS 111."
                ),
                urgency="urgent",
            ),
        ),
        causes=("overexertion", "dehydration", "statins"),
        sources=(sources.NHS_LEG_CRAMPS,),
    ),
    Movement(
        id="tremor",
        name="Tremor (shaking)",
        feels_like=(
            "A part of your body, most often the hands, shakes to and fro in a steady beat."
            " You cannot hold it still."
        ),
        usual_cause=(
            "A slight tremor is normal. Stress, tiredness, caffeine, smoking, and being very"
            " hot or cold make it stronger, and so do some medicines and conditions."
        ),
        get_help=(
            RedFlag(
                text=(
                    "The shaking is getting worse, or it gets in the way of daily life. Talk to"
                    " your doctor before you stop taking any medicine."
                ),
                urgency="routine",
            ),
        ),
        causes=("caffeine-and-stimulants", "asthma-relievers", "lithium", "overactive-thyroid"),
        sources=(sources.NHS_TREMOR,),
    ),
    Movement(
        id="spasm",
        name="Spasm",
        feels_like=(
            "Muscles tighten or pull on their own for longer than a twitch. One side of the"
            " face may pull, the eyes may squeeze shut, or a limb may stiffen or twist."
        ),
        usual_cause=(
            "A problem in the nerve or in the way the brain controls the muscle, as in face"
            " spasms, dystonia or MS. A doctor needs to find the cause."
        ),
        get_help=(
            RedFlag(
                text=(
                    "Spasms keep coming back, spread, or make it hard to see, walk or use your"
                    " hands."
                ),
                urgency="routine",
            ),
            RedFlag(
                text=(
                    "Your throat or tongue goes into spasm and it is hard to breathe or"
                    " swallow: call your emergency number now."
                ),
                urgency="emergency",
            ),
        ),
        causes=("face-spasms", "dystonia", "multiple-sclerosis"),
        sources=(sources.MSD_HEMIFACIAL_SPASM, sources.NHS_DYSTONIA, sources.MS_SOCIETY_SPASMS),
    ),
    Movement(
        id="tic",
        name="Tic",
        feels_like=(
            "A quick movement or sound, such as a blink, a shrug or a sniff, that you feel an"
            " urge to make. You may hold it back for a short time."
        ),
        usual_cause=(
            "Tics are common in children and often fade with time. Stress, worry and"
            " tiredness can make them worse."
        ),
        get_help=(
            RedFlag(
                text=(
                    "Tics happen very often, are getting worse, cause pain, or get in the way"
                    " of life."
                ),
                urgency="routine",
            ),
        ),
        causes=("tics",),
        sources=(sources.NHS_TICS,),
    ),
    Movement(
        id="hypnic-jerk",
        name="Jerk as you fall asleep",
        also_called="hypnic jerk, sleep start",
        feels_like=(
            "One sudden jolt of the body or a leg just as you drift off, sometimes with a"
            " feeling of falling."
        ),
        usual_cause="Most people have them now and then. They are normal and harmless.",
        get_help=(
            RedFlag(text="Jerks keep you or your partner awake most nights.", urgency="routine"),
            RedFlag(text="You have jerks during the day too.", urgency="routine"),
        ),
        causes=("hypnic-jerks",),
        sources=(sources.NHS_LOTHIAN_HYPNIC_JERKS,),
    ),
    Movement(
        id="myoclonus",
        name="Myoclonus",
        also_called="myoclonic jerk",
        feels_like=(
            "A quick jerk of a muscle or a group of muscles, like a small shock, that you"
            " cannot control. Hiccups and sleep starts are mild kinds."
        ),
        usual_cause=(
            "Mild kinds happen in healthy people. Other kinds can come from a nerve problem"
            " such as epilepsy. They can also come from a problem with body chemistry, or a"
            " reaction to a medicine."
        ),
        get_help=(
            RedFlag(text="Jerks happen often or keep coming back.", urgency="routine"),
            RedFlag(
                text=(
                    "You started or raised a medicine, and now you have jerks with a high"
                    " temperature, sweating or confusion: call your emergency number now."
                ),
                urgency="emergency",
            ),
        ),
        causes=("hypnic-jerks", "serotonin-syndrome", "other-medicines"),
        sources=(sources.MAYO_MYOCLONUS, sources.CLEVELAND_SEROTONIN_SYNDROME),
    ),
)
