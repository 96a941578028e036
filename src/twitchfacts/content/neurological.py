"""Causes in the nerves and muscles themselves.

The source article said ALS and multiple sclerosis are "notorious" for
twitching. Both claims are corrected here: twitching without weakness is
very rarely ALS (the figures that show this are in its text), and MS causes
stiffness and spasms rather than true twitching. Harmless twitching, the
most common neurological cause by far, comes first.
"""

from __future__ import annotations

from twitchfacts.content import sources
from twitchfacts.content.categories import (
    HARMLESS_NERVE_TWITCHES,
    NERVE_DAMAGE,
    RARE_CONDITIONS,
)
from twitchfacts.content.daily_life import REVIEWED
from twitchfacts.model import Cause, Code, RedFlag

_WEAKNESS_IS_THE_SIGN = (
    "Twitching alone is very rarely a sign of a serious disease. What matters is weakness"
    " that gets worse over time. Only a doctor can examine you and tell you what is going"
    " on."
)

CAUSES = (
    Cause(
        id="benign-twitching",
        name="Harmless twitching (benign fasciculation syndrome)",
        category=HARMLESS_NERVE_TWITCHES,
        summary="Many healthy people have twitches that come and go for no clear reason.",
        explanation=(
            "Doctors call a small twitch under the skin a fasciculation. It happens when a"
            " healthy nerve sends a signal on its own. About 7 in 10 healthy people get them."
            " Some people get them often, for months or years, most often in the calves,"
            " eyelids or thumbs. When that happens and tests are normal, doctors call it"
            " benign fasciculation syndrome. Benign means harmless. Muscles stay strong."
        ),
        self_care=(
            "Cut down on triggers such as caffeine, stress and short sleep.",
            "Try not to check or test your muscles again and again.",
            "If worry about the twitching is hard to shake, ask your doctor for help with it.",
        ),
        see_a_doctor=(
            RedFlag(
                text="You have twitching that has lasted more than 2 weeks and you are worried.",
                urgency="routine",
            ),
            RedFlag(
                text=(
                    "You notice weakness, such as dropping things or tripping, or a muscle"
                    " that looks thinner."
                ),
                urgency="routine",
            ),
        ),
        disclaimer=(
            "Studies have followed people with harmless twitching for up to 32 years, and"
            " none of them went on to get ALS. The twitches may last a long time, but lasting"
            " does not make them dangerous. A doctor can check you if you are unsure."
        ),
        sources=(
            sources.MEDLINEPLUS_TWITCHING,
            sources.NHS_TWITCHING,
            sources.BFS_PROSPECTIVE_STUDY,
            sources.BFS_MAYO_FOLLOW_UP,
            sources.BFS_SYSTEMATIC_REVIEW,
        ),
        codes=(Code(code="R25.3", display="Fasciculation"),),
        aliases=("BFS", "benign fasciculations", "random twitches", "twitching for no reason"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="nerve-damage",
        name="Pinched nerve or nerve damage",
        category=NERVE_DAMAGE,
        summary="A squeezed or damaged nerve can make the muscles it controls twitch.",
        explanation=(
            "Nerves can be squeezed where they leave the spine, for example by a slipped disc."
            " They can also be damaged by diabetes, heavy drinking or some other illnesses."
            " An irritated nerve may fire on its own, so the muscles it serves twitch. The"
            " twitching stays in the area of that nerve, and often comes with pain, numbness,"
            " tingling or weakness there."
        ),
        self_care=(
            "Take breaks from sitting and change position often.",
            "Set up your desk so your neck and back are not bent for long.",
            "If you have diabetes, keeping your blood sugar in range helps protect your nerves.",
        ),
        see_a_doctor=(
            RedFlag(
                text="You have numbness, tingling or pain that spreads down an arm or leg.",
                urgency="routine",
            ),
            RedFlag(text="A hand, arm, foot or leg feels weak.", urgency="routine"),
            RedFlag(
                text=(
                    "You suddenly cannot control your bladder or bowels, or you feel numb"
                    " between your legs: get medical help straight away."
                ),
                urgency="emergency",
            ),
        ),
        disclaimer=(
            "Many pinched nerves get better with time and simple care. A doctor can find out"
            " which nerve is involved and why."
        ),
        sources=(
            sources.MEDLINEPLUS_TWITCHING,
            sources.NHS_NEUROPATHY,
            sources.FASCICULATIONS_REVIEW,
        ),
        codes=(
            Code(code="M54.10", display="Radiculopathy, site unspecified"),
            Code(code="G62.9", display="Polyneuropathy, unspecified"),
        ),
        aliases=("pinched nerve", "neuropathy", "trapped nerve", "radiculopathy", "slipped disc"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="als",
        name="ALS (motor neurone disease)",
        category=RARE_CONDITIONS,
        summary="ALS is rare, and twitching without weakness is very rarely ALS.",
        explanation=(
            "ALS slowly damages the nerves that move your muscles. Twitching is common in"
            " ALS, but it is not how the disease shows itself. The main sign is weakness that"
            " gets worse over weeks and months. People may drop things, trip, or notice"
            " slurred speech or trouble swallowing. A muscle may also look thinner."
        ),
        self_care=(
            "Check whether you also have weakness, not just twitching. Can you still grip,"
            " climb stairs and stand on your toes as usual?",
            "Write down when and where the twitches happen to show your doctor.",
            "Cut down on triggers such as caffeine, stress and short sleep.",
        ),
        see_a_doctor=(
            RedFlag(
                text="You have weakness that gets worse, such as dropping things or tripping.",
                urgency="routine",
            ),
            RedFlag(
                text="Your speech is slurred or you have trouble swallowing.", urgency="routine"
            ),
            RedFlag(text="A muscle looks thinner than before.", urgency="routine"),
        ),
        disclaimer=(
            "About 7 in 10 healthy people get muscle twitches. In one study, 121 people with"
            " harmless twitching were followed for up to 32 years, and none got ALS. If your"
            " muscles are not getting weaker, twitching is very unlikely to be ALS. See a"
            " doctor if you notice weakness, slurred speech or trouble swallowing."
        ),
        sources=(
            sources.MEDLINEPLUS_ALS,
            sources.NHS_MND,
            sources.BFS_MAYO_FOLLOW_UP,
            sources.BFS_SYSTEMATIC_REVIEW,
            sources.FASCICULATIONS_REVIEW,
        ),
        codes=(Code(code="G12.21", display="Amyotrophic lateral sclerosis"),),
        aliases=(
            "amyotrophic lateral sclerosis",
            "motor neurone disease",
            "motor neuron disease",
            "MND",
            "Lou Gehrig's disease",
        ),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="multiple-sclerosis",
        name="Multiple sclerosis (MS)",
        category=RARE_CONDITIONS,
        summary="MS can cause stiff muscles and spasms, but it does not often cause twitching.",
        explanation=(
            "MS affects the brain and spinal cord. It can make muscles stiff and cause sudden"
            " spasms or jerks, which some people call twitching. Small twitches under the skin"
            " come from nerves outside the brain and spine. That is why they are not a typical"
            " sign of MS. The first signs of MS are more often vision problems, numbness or"
            " trouble with balance."
        ),
        self_care=(
            "If you have MS, ask your MS team about stretching and exercises for stiffness.",
            "Note what sets off spasms, such as heat or an infection, to tell your team.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You have blurred or lost vision in one eye, numbness, or trouble with balance."
                ),
                urgency="routine",
            ),
            RedFlag(text="Your MS spasms or stiffness get worse.", urgency="routine"),
        ),
        disclaimer=(
            "Twitching on its own is not a sign of MS. Only a doctor can find the cause of"
            " new symptoms."
        ),
        sources=(sources.MS_SOCIETY_SPASMS, sources.NHS_MS),
        codes=(Code(code="G35.D", display="Multiple sclerosis, unspecified"),),
        aliases=("MS", "spasticity", "muscle stiffness"),
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
            " adults."
        ),
        self_care=("If SMA runs in your family, ask your doctor about genetic advice.",),
        see_a_doctor=(
            RedFlag(
                text="A baby seems floppy, or has trouble feeding or moving.", urgency="routine"
            ),
            RedFlag(
                text="A child or adult has muscles that get weaker over time.", urgency="routine"
            ),
            RedFlag(
                text="A baby has trouble breathing: call your emergency number.",
                urgency="emergency",
            ),
        ),
        disclaimer=_WEAKNESS_IS_THE_SIGN,
        sources=(sources.MEDLINEPLUS_TWITCHING, sources.NHS_SMA),
        codes=(Code(code="G12.9", display="Spinal muscular atrophy, unspecified"),),
        aliases=("SMA",),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="muscle-disease",
        name="Muscle diseases (myopathy and muscular dystrophy)",
        category=RARE_CONDITIONS,
        summary="Rare muscle diseases make muscles weak and now and then cause twitching.",
        explanation=(
            "Muscle diseases affect the muscle itself rather than the nerve. Some run in"
            " families, such as muscular dystrophy. Others come from the immune system,"
            " hormone problems or medicines. The main sign is weakness, often in the hips,"
            " thighs or shoulders."
        ),
        self_care=(
            "Notice if everyday tasks, such as climbing stairs or lifting things, get harder.",
            "Ask your doctor which kinds of exercise are safe for you.",
        ),
        see_a_doctor=(
            RedFlag(
                text="Climbing stairs, standing up or lifting your arms is getting harder.",
                urgency="routine",
            ),
            RedFlag(
                text="You have muscle weakness with dark urine: get medical help straight away.",
                urgency="emergency",
            ),
        ),
        disclaimer=_WEAKNESS_IS_THE_SIGN,
        sources=(sources.MEDLINEPLUS_TWITCHING, sources.NHS_MUSCULAR_DYSTROPHY),
        codes=(
            Code(code="G72.9", display="Myopathy, unspecified"),
            Code(code="G71.00", display="Muscular dystrophy, unspecified"),
        ),
        aliases=("myopathy", "muscular dystrophy", "weak muscles"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="isaacs-syndrome",
        name="Isaacs syndrome (overactive nerves)",
        category=RARE_CONDITIONS,
        summary="In these rare conditions, nerves fire too much and muscles ripple and cramp.",
        explanation=(
            "In Isaacs syndrome the nerves outside the brain and spine are overactive. This"
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
        disclaimer=(
            "These conditions are rare and can be treated. Only a doctor, often with a nerve"
            " test, can tell them apart from harmless twitching."
        ),
        sources=(
            sources.MEDLINEPLUS_TWITCHING,
            sources.FASCICULATIONS_REVIEW,
            sources.BFS_SYSTEMATIC_REVIEW,
        ),
        codes=(Code(code="G71.19", display="Other specified myotonic disorders"),),
        aliases=("neuromyotonia", "cramp-fasciculation syndrome", "muscle rippling"),
        last_reviewed=REVIEWED,
    ),
)
