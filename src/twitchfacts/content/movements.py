"""Movements readers may call a twitch, and how to tell them apart.

A reader who feels a muscle move rarely knows the word for it, and the
word decides where to read next: a flicker under the skin points to the
harmless twitches, a painful hard muscle to cramp, steady shaking to
tremor. Each kind says what it feels like, what usually causes it and when
to get help, and links to the causes that explain more.

A reader may see only this table, so each row carries the warning signs
that matter for it, in the same words and at the same urgency as the cause
pages it links to (the statin, lithium, tic and sleep-jerk signs among
them), with the sources that back them.

Leg cramps are here, not among the causes: they are a different movement,
and the NHS page on them is where readers (pregnant readers included) should
land. Myoclonus is named because readers meet the word in letters and
search results; the text says plainly that its mild forms, such as hiccups
and sleep starts, are normal.
"""

from __future__ import annotations

from twitchfacts.content import signs, sources
from twitchfacts.model import Movement, RedFlag

MOVEMENTS = (
    Movement(
        id="twitch",
        name="Twitch",
        also_called="fasciculation",
        feels_like=(
            "A small flicker or ripple under the skin, often in a calf, thigh, arm or thumb."
            " It does not move the joint and it is usually painless."
        ),
        usual_cause=(
            "Being tired or stressed, too much coffee, hard exercise or some medicines. Most"
            " twitches like this are harmless."
        ),
        get_help=(
            RedFlag(
                text="It has lasted more than 2 weeks and a doctor has not checked it.",
                urgency="routine",
            ),
            RedFlag(text="It spreads to other parts of your body.", urgency="routine"),
            RedFlag(
                text=(
                    "You cannot do things you could do before, such as gripping or climbing"
                    " stairs, or a muscle looks thinner than on the other side."
                ),
                urgency="routine",
            ),
            RedFlag(
                text=(
                    "You think a medicine is the cause. Keep taking it and ask your doctor or"
                    " pharmacist."
                ),
                urgency="routine",
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
            signs.FACE_DROOP,
            RedFlag(text="It has not stopped after about a week.", urgency="routine"),
            RedFlag(
                text=(
                    "Your eyelid closes fully with each twitch, or your cheek or mouth twitch too."
                ),
                urgency="routine",
            ),
            RedFlag(
                text="Your upper eyelid droops, or your eye is red, swollen or sticky.",
                urgency="routine",
            ),
        ),
        causes=("eyelid-twitching", "face-spasms"),
        sources=(
            sources.NHS_TWITCHING,
            sources.MEDLINEPLUS_EYELID_TWITCH,
            sources.MAYO_EYE_TWITCHING,
        ),
    ),
    Movement(
        id="cramp",
        name="Cramp",
        feels_like=(
            "A muscle, often in the calf or foot, suddenly gets tight, hard and painful. It"
            " lasts from a few seconds to 10 minutes, and the muscle can feel sore for a day."
        ),
        usual_cause=(
            "Often no cause is found. Exercise, getting older and the later months of"
            " pregnancy make cramps more likely. So do some medicines, such as statins for"
            " cholesterol."
        ),
        get_help=(
            RedFlag(
                text=(
                    "After a wound, your jaw gets stiff or hard to open, or spasms make it hard"
                    " to breathe or swallow. Call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "Very bad muscle pain and weakness, with urine as dark as cola: call your"
                    " emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "A cramp lasts longer than 10 minutes, or a wound may have let in tetanus"
                    " (lockjaw) germs. Ask your doctor for an urgent appointment or call NHS 111."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text=(
                    "You take a statin and have muscle pain, weakness or cramps with no clear"
                    " cause. Stop taking your statin and call your doctor or NHS 111 straight"
                    " away."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text="Cramps often spoil your sleep, or your legs are also numb or swollen.",
                urgency="routine",
            ),
        ),
        causes=("overexertion", "dehydration", "statins"),
        sources=(
            sources.NHS_LEG_CRAMPS,
            sources.CDC_TETANUS,
            sources.NHS_ATORVASTATIN,
            sources.MEDLINEPLUS_RHABDOMYOLYSIS,
        ),
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
                    "Shaking comes with a high temperature and a racing heart or confusion,"
                    " above all after starting or changing a medicine: call your emergency"
                    " number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You take lithium and the shaking gets strong, or comes with being sick,"
                    " diarrhea, unsteady walking or slurred speech. Call your doctor or NHS 111"
                    " straight away, and ask before you take your next dose."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text=(
                    "The shaking is getting worse, or it gets in the way of daily life. Talk to"
                    " your doctor before you stop taking any medicine."
                ),
                urgency="routine",
            ),
        ),
        causes=("caffeine-and-stimulants", "asthma-relievers", "lithium", "overactive-thyroid"),
        sources=(
            sources.NHS_TREMOR,
            sources.NHS_LITHIUM,
            sources.NHS_OVERACTIVE_THYROID,
            sources.MSD_SEROTONIN_SYNDROME,
        ),
    ),
    Movement(
        id="spasm",
        name="Spasm",
        feels_like=(
            "Muscles tighten or pull on their own for longer than a twitch. One side of the"
            " face may pull, the eyes may squeeze shut, or a limb may stiffen or twist."
        ),
        usual_cause=(
            "Many spasms are cramps or come from a strained muscle. Spasms that keep coming"
            " back in the face, or twist the neck or a limb, can come from a nerve problem."
            " A doctor can check."
        ),
        get_help=(
            signs.THROAT_SPASM,
            signs.NEW_MEDICINE_SPASM,
            RedFlag(
                text=(
                    "Spasms keep coming back, spread, or make it hard to see, walk or use your"
                    " hands."
                ),
                urgency="routine",
            ),
        ),
        causes=("face-spasms", "dystonia", "multiple-sclerosis"),
        sources=(
            sources.NHS_DYSTONIA,
            sources.MSD_HEMIFACIAL_SPASM,
            sources.MS_SOCIETY_SPASMS,
            sources.NHS_LEG_CRAMPS,
        ),
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
            signs.CHILD_SELF_HARM_NOW,
            signs.CHILD_SELF_HARM,
            RedFlag(
                text="Tics happen very often, are getting worse, or cause pain.",
                urgency="routine",
            ),
            RedFlag(
                text=(
                    "Tics cause upset, teasing or trouble at school or work, or come with anger,"
                    " low mood or worry."
                ),
                urgency="routine",
            ),
        ),
        causes=("tics",),
        sources=(sources.NHS_TICS, sources.GOSH_TICS),
    ),
    Movement(
        id="hypnic-jerk",
        name="Jerk as you fall asleep",
        also_called="hypnic jerk, sleep start",
        feels_like=(
            "One sudden jolt of the body or a leg just as you drift off, sometimes with a"
            " feeling of falling."
        ),
        usual_cause=(
            "Most people have them now and then. They are normal and are rarely a sign of illness."
        ),
        get_help=(
            signs.NIGHT_FIT,
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
            " such as epilepsy. They can also come from kidney or liver problems, or a"
            " reaction to a medicine."
        ),
        get_help=(
            RedFlag(
                text=(
                    "You have started, raised or mixed a medicine, or used street drugs. Now"
                    " you have jerks with a high temperature, sweating, a racing heart or"
                    " confusion: call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "Someone has a fit (seizure) for the first time, a fit lasts more than 5"
                    " minutes, or they do not wake up. Call your emergency number now."
                ),
                urgency="emergency",
            ),
            signs.NIGHT_FIT,
            RedFlag(
                text=("Jerks happen often and do not stop, or make it hard to eat, talk or walk."),
                urgency="routine",
            ),
        ),
        causes=("hypnic-jerks", "serotonin-syndrome", "other-medicines"),
        sources=(
            sources.MAYO_MYOCLONUS,
            sources.MSD_SEROTONIN_SYNDROME,
            sources.NHS_LOTHIAN_HYPNIC_JERKS,
        ),
    ),
)
