"""Caffeine and other stimulants, and alcohol.

The source article left these triggers out, though both MedlinePlus and
the NHS list them. The caffeine page gives the limits for pregnancy and
says children are better off without it, since parents look here too.
"""

from __future__ import annotations

from twitchfacts.content import sources
from twitchfacts.content.categories import SUBSTANCES
from twitchfacts.content.daily_life import REVIEWED
from twitchfacts.model import Cause, Code, RedFlag

CAUSES = (
    Cause(
        id="caffeine-and-stimulants",
        name="Caffeine and other stimulants",
        category=SUBSTANCES,
        summary="Too much coffee, tea or energy drink can make your muscles twitch.",
        explanation=(
            "Caffeine and other stimulants wake up the nervous system. That is why they help"
            " you feel alert, but they can also make nerves fire on their own and make hands"
            " shake. Other stimulants include some ADHD medicines and drugs such as"
            " amphetamines."
        ),
        self_care=(
            "Cut down on coffee, tea, cola and energy drinks for a week or two and see if"
            " the twitching eases.",
            "Most healthy adults can have up to about 400 mg of caffeine a day. That is about"
            " 4 cups of brewed coffee.",
            "If you are pregnant, have no more than 200 mg a day. That is about 2 mugs of"
            " instant coffee.",
            "Children are better off without caffeine. Keep energy drinks away from them.",
            "Cut down slowly to avoid headaches.",
            "Do not use caffeine powder, and do not take more caffeine tablets than the pack"
            " says. Very large amounts of caffeine can be dangerous.",
            "If you take a prescribed stimulant, keep taking it and ask your doctor about the"
            " twitching.",
        ),
        see_a_doctor=(
            RedFlag(text="The twitching lasts more than 2 weeks.", urgency="routine"),
            RedFlag(
                text="Your heart often races or flutters after caffeine, even in small amounts.",
                urgency="routine",
            ),
            RedFlag(
                text=(
                    "Your heart races or beats unevenly and you have chest pain, feel short of"
                    " breath or feel faint: call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You have had a lot of caffeine, such as pills or powder. Now you feel"
                    " confused or have a fit, or your heart races and you have chest pain or feel"
                    " faint. Call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "After a lot of caffeine, you keep being sick. Get help today from a doctor"
                    " or NHS 111."
                ),
                urgency="urgent",
            ),
        ),
        questions=(
            "How much caffeine is safe for me?",
            "Could a medicine I take, such as one for ADHD or a cold, be the cause?",
            "How should I cut down so that I do not get headaches?",
        ),
        disclaimer=(
            "Some people are more sensitive to caffeine than others. Do not change a"
            " prescribed medicine without talking to your doctor first."
        ),
        sources=(
            sources.MEDLINEPLUS_TWITCHING,
            sources.NHS_TWITCHING,
            sources.MAYO_CAFFEINE,
            sources.NHS_CAFFEINE_PREGNANCY,
            sources.NHS_PALPITATIONS,
        ),
        codes=(
            Code(code="R25.3", display="Fasciculation"),
            Code(code="T43.615A", display="Adverse effect of caffeine, initial encounter"),
        ),
        aliases=(
            "caffeine",
            "coffee",
            "energy drinks",
            "stimulants",
            "caffeine in pregnancy",
        ),
        places=("eyelid", "arms-and-hands", "legs-and-feet", "all-over"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="alcohol",
        name="Alcohol",
        category=SUBSTANCES,
        summary="Drinking alcohol, most of all a lot of it, can lead to twitching.",
        explanation=(
            "The NHS lists alcohol as a common trigger of twitching. Heavy drinking can also"
            " lower the magnesium in your body, and low magnesium can cause cramps and"
            " spasms. Alcohol can also spoil your sleep."
        ),
        self_care=(
            "Have several days each week with no alcohol.",
            "Drink less in one sitting and spread drinks out.",
            "If you drink a lot every day, talk to a doctor before you stop, because"
            " stopping all at once can be risky.",
        ),
        see_a_doctor=(
            RedFlag(text="The twitching lasts more than 2 weeks.", urgency="routine"),
            RedFlag(text="You find it hard to cut down on drinking.", urgency="routine"),
            RedFlag(
                text=(
                    "After you stop drinking, you see or hear things that are not there, feel"
                    " confused, or have a seizure: call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "After you stop drinking, you shake or sweat badly. Get help today from a"
                    " doctor or NHS 111."
                ),
                urgency="urgent",
            ),
        ),
        questions=(
            "Is the amount I drink safe for my nerves and muscles?",
            "How can I cut down safely, and do I need help to stop?",
            "Would a blood test for vitamins or liver health help?",
        ),
        disclaimer=(
            "This page is not a guide to safe drinking. If you drink heavily, get advice"
            " before you stop, because stopping suddenly can make you very unwell."
        ),
        sources=(
            sources.NHS_TWITCHING,
            sources.MEDLINEPLUS_LOW_MAGNESIUM,
            sources.ALCOHOL_CHANGE_WITHDRAWAL,
        ),
        codes=(),
        aliases=("drinking", "hangover", "beer", "wine"),
        places=("eyelid", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
)
