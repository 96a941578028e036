"""Nerve damage, and the rare nerve and muscle conditions.

The source article said ALS and multiple sclerosis are "notorious" for
twitching. Both claims are corrected here: twitching can be one of the
early signs of ALS, but rarely the first or only one, and weakness is what
matters (the figures that show this are in its text); MS causes stiffness
and spasms rather than true twitching. Muscle diseases mainly cause
weakness: true twitches come from nerves.
"""

from __future__ import annotations

from twitchfacts.content import sources
from twitchfacts.content.categories import NERVE_DAMAGE, RARE_CONDITIONS
from twitchfacts.content.daily_life import REVIEWED
from twitchfacts.model import Cause, Code, RedFlag

_WEAKNESS_IS_THE_SIGN = (
    "Twitching alone is very rarely a sign of a serious disease. What matters is weakness"
    " that gets worse over time. Only a doctor can examine you and tell you what is going"
    " on."
)

CAUSES = (
    Cause(
        id="nerve-damage",
        name="Pinched nerve or nerve damage",
        category=NERVE_DAMAGE,
        summary="A squeezed or damaged nerve can make the muscles it controls twitch.",
        explanation=(
            "Nerves can be squeezed where they leave the spine, for example by a slipped disc."
            " They can also be pinched further along, such as at the wrist or elbow. Diabetes,"
            " heavy drinking and some other illnesses can damage nerves too. An irritated nerve"
            " may fire on its own, so the muscles it serves twitch. The twitching stays in the"
            " area of that nerve. It often comes with pain, numbness, tingling or weakness"
            " there."
        ),
        self_care=(
            "Take breaks from sitting and change position often.",
            "Set up your desk so your neck and back are not bent for long.",
            "If you have diabetes, keeping your blood sugar in range helps protect your nerves.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You suddenly cannot control your bladder or bowels, or you feel numb"
                    " between your legs. Call your emergency number or go to the emergency"
                    " department now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text="You have numbness, tingling or pain that spreads down an arm or leg.",
                urgency="routine",
            ),
            RedFlag(text="A hand, arm, foot or leg feels weak.", urgency="routine"),
        ),
        questions=(
            "Could a nerve be involved, and how would we find out?",
            "Do I need tests, such as a scan or a nerve test?",
            "What can I do at home, and should I see a physiotherapist?",
        ),
        disclaimer=(
            "Many pinched nerves get better with time and simple care. A doctor can find out"
            " which nerve is involved and why."
        ),
        sources=(
            sources.MEDLINEPLUS_TWITCHING,
            sources.NHS_NEUROPATHY,
            sources.LEITE_2014,
        ),
        codes=(
            Code(code="G58.9", display="Mononeuropathy, unspecified"),
            Code(code="G62.9", display="Polyneuropathy, unspecified"),
        ),
        aliases=("pinched nerve", "neuropathy", "trapped nerve", "radiculopathy", "slipped disc"),
        places=("arms-and-hands", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="als",
        name="ALS (motor neurone disease)",
        category=RARE_CONDITIONS,
        summary="ALS is rare, and twitching without weakness is very rarely ALS.",
        explanation=(
            "ALS slowly damages the nerves that move your muscles. Muscle cramps and twitches"
            " can be among its early signs, but they are rarely the first or only sign. The"
            " main sign is weakness that gets worse over weeks and months. People may drop"
            " things, trip, or notice slurred speech or trouble swallowing. A muscle may also"
            " look thinner. ALS mainly affects people in their 60s and 70s."
        ),
        self_care=(
            "Write down any change in what you can do, such as gripping or walking, to show"
            " your doctor.",
            "Try not to test your strength over and over. If you notice a real change in what"
            " you can do, see a doctor.",
            "If worry about ALS is taking over, read the page on health anxiety. Help is"
            " available.",
        ),
        see_a_doctor=(
            RedFlag(
                text="You have weakness that gets worse, such as dropping things or tripping.",
                urgency="routine",
            ),
            RedFlag(
                text="Over weeks or months, your speech gets slurred or swallowing gets harder.",
                urgency="routine",
            ),
            RedFlag(
                text="You often cough or choke when you eat or drink.",
                urgency="routine",
            ),
            RedFlag(text="A muscle looks thinner than before.", urgency="routine"),
            RedFlag(
                text=(
                    "You are choking and cannot clear it, or you cannot breathe well: call your"
                    " emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "Your speech suddenly becomes slurred, your face droops, or an arm goes"
                    " weak: these can be signs of a stroke. Call your emergency number now."
                ),
                urgency="emergency",
            ),
        ),
        questions=(
            "Do you find any weakness or muscle loss when you examine me?",
            "Do I need to see a nerve specialist, and how soon?",
            "Which changes would mean I should come back?",
        ),
        disclaimer=(
            "Muscle twitches are common in healthy people. Studies followed about 180 people"
            " with twitching whose strength and nerve tests were normal, and none got ALS."
            " Only a few single cases are reported elsewhere. If your muscles are not getting"
            " weaker, twitching is very unlikely to be ALS. See a doctor if you notice"
            " weakness, or speech or swallowing that slowly gets worse."
        ),
        sources=(
            sources.NHS_MND,
            sources.MEDLINEPLUS_ALS,
            sources.MATTIUZZI_LIPPI_2024,
            sources.LEITE_2014,
            sources.TURNER_TALBOT_2013,
        ),
        codes=(Code(code="G12.21", display="Amyotrophic lateral sclerosis"),),
        aliases=(
            "amyotrophic lateral sclerosis",
            "motor neurone disease",
            "motor neuron disease",
            "MND",
            "Lou Gehrig's disease",
        ),
        places=("mouth-and-tongue", "arms-and-hands", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="multiple-sclerosis",
        name="Multiple sclerosis (MS)",
        category=RARE_CONDITIONS,
        summary="MS can cause stiff muscles and spasms, but it does not often cause twitching.",
        explanation=(
            "MS affects the brain and spinal cord. It can make muscles stiff and cause sudden"
            " spasms or jerks, which some people call twitching. The small twitches under the"
            " skin come from the nerve cells that carry signals out to the muscles, most often"
            " from their far ends. MS mainly damages other pathways in the brain and spinal"
            " cord, which is why such twitches are not a typical sign of MS. The first signs"
            " of MS are more often vision problems, numbness or trouble with balance."
        ),
        self_care=(
            "If you have MS, ask your MS team about stretching and exercises for stiffness.",
            "Note what sets off spasms, such as heat or an infection, to tell your team.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "Your sight blurs or fades in one eye, often with pain when you move it."
                    " Get help today from a doctor, an optician or NHS 111."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text="You have numbness or trouble with balance that does not go away.",
                urgency="routine",
            ),
            RedFlag(text="Your MS spasms or stiffness get worse.", urgency="routine"),
        ),
        questions=(
            "Could my stiffness or spasms be linked to MS?",
            "What can help with spasms, such as stretches or medicine?",
            "Which new symptoms mean I should contact my MS team?",
        ),
        disclaimer=(
            "Twitching on its own is not a sign of MS. Only a doctor can find the cause of"
            " new symptoms."
        ),
        sources=(sources.MS_SOCIETY_SPASMS, sources.NHS_MS, sources.LEITE_2014),
        codes=(Code(code="G35.D", display="Multiple sclerosis, unspecified"),),
        aliases=("MS", "spasticity", "muscle stiffness"),
        places=("arms-and-hands", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="spinal-muscular-atrophy",
        name="Spinal muscular atrophy (SMA)",
        category=RARE_CONDITIONS,
        summary="SMA is a rare nerve disease that runs in families and mostly starts in babies.",
        explanation=(
            "In SMA, the nerves in the spine that move muscles are lost over time. Muscles"
            " become weak and floppy. Twitches of the tongue can be a sign in babies. Most"
            " people with SMA find out as babies or children, but a milder type starts in"
            " adults. Treatments work best when they start early, so a floppy baby should be"
            " seen quickly."
        ),
        self_care=("If SMA runs in your family, ask your doctor about genetic advice.",),
        see_a_doctor=(
            RedFlag(
                text="A baby has trouble breathing: call your emergency number now.",
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "A baby seems floppy, or has trouble feeding or moving. Get help today from"
                    " a doctor or NHS 111."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text="A child or adult has muscles that get weaker over time.", urgency="routine"
            ),
        ),
        questions=(
            "Do I or my child need to see a specialist in nerve and muscle diseases?",
            "Which tests, if any, would you do to check my muscles and nerves?",
            "What treatments and support are there?",
        ),
        disclaimer=_WEAKNESS_IS_THE_SIGN,
        sources=(
            sources.NHS_SMA,
            sources.MEDLINEPLUS_TWITCHING,
            sources.DANGOULOFF_SERVAIS_2019,
        ),
        codes=(Code(code="G12.9", display="Spinal muscular atrophy, unspecified"),),
        aliases=("SMA",),
        places=("arms-and-hands", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="muscle-disease",
        name="Muscle diseases (myopathy and muscular dystrophy)",
        category=RARE_CONDITIONS,
        summary="Rare muscle diseases make you weak, but they do not often cause twitches.",
        explanation=(
            "Muscle diseases affect the muscle itself rather than the nerve. Some run in"
            " families, such as muscular dystrophy. Others come from the immune system,"
            " hormone problems or medicines. The main sign is weakness, often in the hips,"
            " thighs or shoulders. The small twitches under the skin come from nerves, so they"
            " are not a typical sign of a muscle disease."
        ),
        self_care=(
            "Notice if everyday tasks, such as climbing stairs or lifting things, get harder.",
            "Ask your doctor which kinds of exercise are safe for you.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You have very bad muscle pain or weakness with urine as dark as cola."
                    " Call your emergency number or go to the emergency department now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text="Climbing stairs, standing up or lifting your arms is getting harder.",
                urgency="routine",
            ),
        ),
        questions=(
            "Do you find any weakness when you examine me?",
            "Do I need a blood test or a referral to a muscle specialist?",
            "Could a medicine I take affect my muscles?",
        ),
        disclaimer=_WEAKNESS_IS_THE_SIGN,
        sources=(
            sources.NHS_MUSCULAR_DYSTROPHY,
            sources.LEITE_2014,
            sources.MEDLINEPLUS_RHABDOMYOLYSIS,
        ),
        codes=(
            Code(code="G72.9", display="Myopathy, unspecified"),
            Code(code="G71.00", display="Muscular dystrophy, unspecified"),
        ),
        aliases=("myopathy", "muscular dystrophy", "weak muscles"),
        places=("arms-and-hands", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="isaacs-syndrome",
        name="Isaacs syndrome (overactive nerves)",
        category=RARE_CONDITIONS,
        summary="In these rare conditions, nerves fire too much and muscles ripple and cramp.",
        explanation=(
            "In Isaacs syndrome the nerves that run out to the muscles are overactive. This"
            " is often because the immune system attacks them. Muscles ripple all the time,"
            " feel stiff and cramp, and may be slow to relax. A milder form, called"
            " cramp-fasciculation syndrome, causes twitches and cramps but no weakness."
        ),
        self_care=(
            "Write down when the cramps and rippling happen, and what helps.",
            "Stretch gently before and after activity.",
        ),
        see_a_doctor=(
            RedFlag(
                text="Your muscles ripple all the time, or feel stiff and slow to relax.",
                urgency="routine",
            ),
            RedFlag(
                text="You have cramps that wake you or stop you from working.", urgency="routine"
            ),
        ),
        questions=(
            "Could this be a condition where the nerves are too active?",
            "Which tests would show it, such as a nerve test or a blood test?",
            "What treatments could ease the cramps and stiffness?",
        ),
        disclaimer=(
            "These conditions are rare and can be treated. Only a doctor, often with a nerve"
            " test, can tell them apart from harmless twitching."
        ),
        sources=(sources.MEDLINEPLUS_TWITCHING, sources.LEITE_2014),
        codes=(Code(code="G71.19", display="Other specified myotonic disorders"),),
        aliases=("neuromyotonia", "cramp-fasciculation syndrome", "muscle rippling"),
        places=("arms-and-hands", "legs-and-feet", "all-over"),
        last_reviewed=REVIEWED,
    ),
)
