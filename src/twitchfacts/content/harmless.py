"""Harmless twitches and jerks: the eyelid, falling asleep, and benign fasciculations.

The eyelid is where readers notice twitching most (the NHS names the eyes
and legs as the most common places), so it has a page of its own with the
eye's own warning signs. Benign fasciculation syndrome (BFS) says what it
feels like, tingling and a sense of weakness included, so that readers who
have it are not frightened by the general red flags, and it gives the
follow-up figures with their limits: they hold for people whose strength
and nerve tests are normal.
"""

from __future__ import annotations

from twitchfacts.content import signs, sources
from twitchfacts.content.categories import HARMLESS_NERVE_TWITCHES
from twitchfacts.content.daily_life import REVIEWED
from twitchfacts.model import Cause, Code, RedFlag

CAUSES = (
    Cause(
        id="eyelid-twitching",
        name="Eyelid twitching",
        category=HARMLESS_NERVE_TWITCHES,
        summary="Your eyelid may twitch now and then, and this is rarely a sign of illness.",
        explanation=(
            "A small flicker in the upper or lower eyelid, usually of one eye, is the most"
            " common twitch of all. Doctors call it eyelid myokymia. It can come and go for"
            " days, and now and then for weeks. Common triggers are tiredness, stress,"
            " caffeine and alcohol. Dry or sore eyes can set it off too."
        ),
        self_care=(
            "Get more sleep, and rest your eyes.",
            "Cut down on coffee, tea, energy drinks and alcohol.",
            "If your eyes feel dry or gritty, ask a pharmacist about eye drops.",
            "Try not to rub or press on the eyelid.",
        ),
        see_a_doctor=(
            signs.FACE_DROOP,
            RedFlag(
                text=(
                    "Your eyelid suddenly droops or you suddenly see double. You also have a bad"
                    " headache, or your face or an arm is weak. Call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "Your eyelid suddenly droops, you suddenly see double, or your eye is"
                    " painful and red with blurred sight. Get help today from an optician, a"
                    " doctor or NHS 111."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text="The twitching has not stopped after about a week.",
                urgency="routine",
            ),
            RedFlag(
                text="Your eyelid closes all the way with each twitch, or it is hard to open.",
                urgency="routine",
            ),
            RedFlag(
                text="Other parts of your face, such as your cheek or mouth, twitch too.",
                urgency="routine",
            ),
            RedFlag(text="Your upper eyelid slowly starts to droop.", urgency="routine"),
            RedFlag(
                text="Your eye is red or swollen, or has a sticky discharge.", urgency="routine"
            ),
        ),
        questions=(
            "Could tiredness, caffeine or dry eyes be the reason for my eyelid twitch?",
            "Would eye drops help, and which kind?",
            "Which changes to my eye or face mean I should come back?",
        ),
        disclaimer=(
            "An eyelid twitch on its own is not a sign of a serious illness. It usually goes"
            " away without treatment, though it can take a few weeks."
        ),
        sources=(
            sources.NHS_TWITCHING,
            sources.MEDLINEPLUS_EYELID_TWITCH,
            sources.MAYO_EYE_TWITCHING,
            sources.NHS_DOUBLE_VISION,
            sources.NHS_RED_EYE,
        ),
        codes=(Code(code="R25.3", display="Fasciculation"),),
        aliases=(
            "eye twitch",
            "eye twitching",
            "eyelid",
            "twitching eyelid",
            "eyelid twitch",
            "eyelid myokymia",
            "eye flicker",
        ),
        places=("eyelid",),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="hypnic-jerks",
        name="Jerks as you fall asleep (hypnic jerks)",
        category=HARMLESS_NERVE_TWITCHES,
        summary="A sudden jerk just as you drift off to sleep is normal.",
        explanation=(
            "Many people feel their body jerk as they fall asleep, sometimes with a sense of"
            " falling. Doctors call these hypnic jerks or sleep starts. At least 8 in 10"
            " people have had them. They are more likely when you are overtired or lying"
            " awkwardly. They are not a sign of illness."
        ),
        self_care=(
            "Keep to a regular bedtime and get enough sleep.",
            "Have no caffeine in the afternoon or evening.",
            "Wind down before bed, away from screens.",
        ),
        see_a_doctor=(
            RedFlag(
                text="Jerks keep you or your partner awake most nights.",
                urgency="routine",
            ),
            signs.NIGHT_FIT,
            RedFlag(text="You have jerks during the day too.", urgency="routine"),
        ),
        questions=(
            "Are my jerks the normal kind that happen as you fall asleep?",
            "What can I change so that they wake me less?",
            "Should I see a sleep clinic?",
        ),
        disclaimer=(
            "Hypnic jerks are a normal part of falling asleep. Tell a doctor if they come with"
            " other symptoms, or if they happen when you are awake."
        ),
        sources=(sources.NHS_LOTHIAN_HYPNIC_JERKS, sources.NHS_INSOMNIA),
        codes=(),
        aliases=("sleep starts", "hypnic jerk", "jerk when falling asleep", "sleep twitch"),
        places=("legs-and-feet", "all-over"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="benign-twitching",
        name="Harmless twitching (benign fasciculation syndrome)",
        category=HARMLESS_NERVE_TWITCHES,
        summary="Many healthy people have twitches that come and go for no clear reason.",
        explanation=(
            "Doctors call a small twitch under the skin a fasciculation. It happens when a"
            " healthy nerve sends a signal on its own. Some people get twitches often, for"
            " months or years, most often in the calves, eyelids or thumbs. When that happens"
            " and the muscles are strong and tests are normal, doctors call it benign"
            " fasciculation syndrome. Benign means harmless. Many people with it also feel"
            " tingling, have cramps, or feel that a muscle is weak even though its strength"
            " is normal. In one small study of 34 people, about 7 in 10 had tingling and about"
            " 1 in 3 felt weak."
        ),
        self_care=(
            "Cut down on triggers such as caffeine, stress and short sleep.",
            "Try not to check or test your muscles again and again.",
            "If worry about the twitching is hard to shake, ask your doctor for help with it."
            " Talking therapies can help.",
        ),
        see_a_doctor=(
            RedFlag(
                text="The twitching has lasted more than 2 weeks and a doctor has not checked it.",
                urgency="routine",
            ),
            RedFlag(
                text=(
                    "You find you cannot do things you could do before, such as gripping,"
                    " climbing stairs or walking without tripping, or a muscle looks thinner."
                ),
                urgency="routine",
            ),
        ),
        questions=(
            "Can you check my strength so I know my muscles are working well?",
            "Do I need any tests, and what would they show?",
            "Which changes would mean I should come back?",
        ),
        disclaimer=(
            "Studies followed about 180 people whose muscles were strong and whose nerve tests"
            " were normal, for months to years. None got ALS, and only a few single cases are"
            " reported elsewhere. Most still had twitches later, and lasting does not make"
            " them dangerous. Doctors check anyone whose muscles get weaker, so see one if"
            " that happens."
        ),
        sources=(
            sources.NHS_TWITCHING,
            sources.MEDLINEPLUS_TWITCHING,
            sources.MATTIUZZI_LIPPI_2024,
            sources.BFS_PROSPECTIVE_2017,
            sources.BFS_ANXIETY_2018,
        ),
        codes=(Code(code="R25.3", display="Fasciculation"),),
        aliases=("BFS", "benign fasciculations", "random twitches", "twitching for no reason"),
        places=("eyelid", "arms-and-hands", "legs-and-feet", "trunk", "all-over"),
        last_reviewed=REVIEWED,
    ),
)
