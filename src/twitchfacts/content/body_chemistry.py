"""Causes in the body's chemistry: minerals, kidneys and hormones.

The source article named magnesium and potassium; low calcium, kidney
disease and an overactive thyroid are added from clinical sources. Each says
to get a blood test rather than to dose oneself, since extra potassium in
particular can be dangerous. The public pages on low minerals speak of
cramps, spasms, tingling and shaking more than of twitching, and so do these.
"""

from __future__ import annotations

from twitchfacts.content import sources
from twitchfacts.content.categories import BODY_CHEMISTRY
from twitchfacts.content.daily_life import REVIEWED
from twitchfacts.model import Cause, Code, RedFlag

_BLOOD_TEST = (
    "Only a blood test can show whether a salt or mineral is low. Take supplements only"
    " if a doctor or pharmacist says they are safe for you."
)

CAUSES = (
    Cause(
        id="poor-diet",
        name="Not getting enough nutrients",
        category=BODY_CHEMISTRY,
        summary="A poor diet can leave you short of the minerals your nerves need.",
        explanation=(
            "Nerves and muscles need minerals such as magnesium, potassium and calcium to"
            " work well. They also need vitamin D. A very poor diet can leave you short of"
            " these. If you are healthy and eat a mix of foods, this is an unlikely cause of"
            " twitching."
        ),
        self_care=(
            "Eat a mix of vegetables, fruit, beans, nuts, whole grains and dairy or fortified"
            " foods.",
            "Ask a pharmacist before you take a supplement.",
        ),
        see_a_doctor=(
            RedFlag(text="The twitching lasts more than 2 weeks.", urgency="routine"),
            RedFlag(
                text="You have lost weight without trying, or you cannot eat well.",
                urgency="routine",
            ),
        ),
        questions=(
            "Would a blood test for minerals or vitamins help?",
            "Which foods would give me what my nerves and muscles need?",
            "Should I take a supplement, and which one is safe for me?",
        ),
        disclaimer=_BLOOD_TEST,
        sources=(sources.MEDLINEPLUS_TWITCHING,),
        codes=(Code(code="E63.9", display="Nutritional deficiency, unspecified"),),
        aliases=("nutrient deficiency", "vitamin deficiency", "diet", "malnutrition"),
        places=("legs-and-feet", "all-over"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="low-magnesium",
        name="Low magnesium",
        category=BODY_CHEMISTRY,
        summary="Low magnesium can cause cramps and spasms, and make you feel weak.",
        explanation=(
            "Magnesium helps keep nerves and muscles calm. When it runs low, muscles can"
            " cramp or go into spasm, and you may feel weak or numb. Diet alone is rarely the"
            " reason. It is more common with heavy drinking or diabetes that is not well"
            " controlled. Long bouts of diarrhea and some medicines, such as water pills and"
            " some stomach acid tablets, can also cause it."
        ),
        self_care=(
            "Eat foods rich in magnesium, such as nuts, seeds, beans, whole grains and leafy"
            " greens.",
            "Ask a doctor before you take magnesium pills, most of all if you have kidney disease.",
        ),
        see_a_doctor=(
            RedFlag(
                text="You have a seizure, or someone cannot wake: call your emergency number now.",
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You have cramps or spasms with an uneven heartbeat. Get help today from a"
                    " doctor or NHS 111."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text="You often have cramps or spasms, or numbness, and you do not know why.",
                urgency="routine",
            ),
        ),
        questions=(
            "Do I need a blood test to check my magnesium?",
            "Could one of my medicines lower my magnesium, such as a water tablet?",
            "Is a magnesium supplement safe for me, with my kidneys and other medicines?",
        ),
        disclaimer=_BLOOD_TEST,
        sources=(sources.MEDLINEPLUS_LOW_MAGNESIUM,),
        codes=(Code(code="E83.42", display="Hypomagnesemia"),),
        aliases=("magnesium deficiency", "hypomagnesemia", "magnesium"),
        places=("arms-and-hands", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="low-potassium",
        name="Low potassium",
        category=BODY_CHEMISTRY,
        summary="Low potassium can cause weak muscles and cramps, and now and then twitches.",
        explanation=(
            "Potassium helps your nerves and muscles work, including your heart. Levels can"
            " drop if you vomit or have diarrhea a lot. Water pills are the most common cause."
            " Low potassium more often causes tiredness, weak muscles, cramps and"
            " constipation than twitches."
        ),
        self_care=(
            "Bananas, potatoes, beans and leafy greens are good sources of potassium.",
            "Do not take potassium pills unless a doctor prescribes them. Too much potassium"
            " can be dangerous. The risk is higher if you have kidney disease or take some"
            " blood pressure medicines.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "Your heart races or beats unevenly and you feel faint, have chest pain or"
                    " are short of breath: call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "Your muscles suddenly get so weak that you cannot stand or lift your arms:"
                    " call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text="Your heartbeat feels uneven. Get help today from a doctor or NHS 111.",
                urgency="urgent",
            ),
            RedFlag(
                text="You feel weak or have cramps after vomiting or diarrhea.",
                urgency="routine",
            ),
        ),
        questions=(
            "Do I need a blood test for potassium?",
            "Could a medicine I take lower my potassium?",
            "Which foods help, and is a potassium supplement safe for me?",
        ),
        disclaimer=_BLOOD_TEST,
        sources=(
            sources.MEDLINEPLUS_TWITCHING,
            sources.MEDLINEPLUS_LOW_POTASSIUM,
            sources.MAYO_LOW_POTASSIUM,
            sources.NHS_PALPITATIONS,
        ),
        codes=(Code(code="E87.6", display="Hypokalemia"),),
        aliases=("potassium deficiency", "hypokalemia", "potassium"),
        places=("arms-and-hands", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="low-calcium",
        name="Low calcium",
        category=BODY_CHEMISTRY,
        summary="Low calcium can cause cramps, spasms and pins and needles.",
        explanation=(
            "Calcium keeps nerves from firing too easily. When it is low, your lips, fingers"
            " or feet may tingle, and your muscles may cramp, ache or feel stiff. Low calcium"
            " can follow neck surgery that affects the glands that control calcium. Low"
            " vitamin D, low magnesium and kidney problems can also cause it."
        ),
        self_care=(
            "Get a blood test before you try to treat it yourself.",
            "Eat foods with calcium, such as dairy, fortified plant milks and leafy greens.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "Your throat tightens so that breathing is hard, or you have a seizure:"
                    " call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You have spasms in your hands or feet with tingling, and you have had"
                    " neck surgery or kidney problems. Get help today from a doctor or NHS 111."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text="You often have tingling in your lips or fingers, or cramps.",
                urgency="routine",
            ),
        ),
        questions=(
            "Do I need a blood test for calcium, vitamin D and magnesium?",
            "Could an operation on my neck, or a medicine, have lowered my calcium?",
            "Which signs mean I should get help straight away?",
        ),
        disclaimer=_BLOOD_TEST,
        sources=(sources.MSD_LOW_CALCIUM,),
        codes=(Code(code="E83.51", display="Hypocalcemia"),),
        aliases=("calcium deficiency", "hypocalcemia", "calcium", "tetany"),
        places=("face", "mouth-and-tongue", "arms-and-hands", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="kidney-disease",
        name="Kidney disease",
        category=BODY_CHEMISTRY,
        summary="Kidneys that do not work well can let waste build up and cause twitching.",
        explanation=(
            "Healthy kidneys clean waste out of the blood and keep salts in balance. When"
            " they work poorly, waste and salts can build up or drop too low. This can"
            " irritate nerves and muscles. Twitching is not usually the first sign of kidney"
            " disease."
        ),
        self_care=(
            "Follow the care plan from your kidney team.",
            "Ask before taking any supplement or over-the-counter medicine.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You feel confused or very drowsy, or you are very short of breath: call"
                    " your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You are more short of breath than usual, or breathless when you lie flat."
                    " Get help today from a doctor or NHS 111."
                ),
                urgency="urgent",
            ),
            RedFlag(text="You have kidney disease and new twitching or cramps.", urgency="routine"),
            RedFlag(
                text="You have swollen ankles, pass less urine, or feel very tired.",
                urgency="routine",
            ),
        ),
        questions=(
            "How well are my kidneys working, and how often should they be checked?",
            "Are any of my medicines or supplements hard on my kidneys?",
            "Which body salts should I watch, and how?",
        ),
        disclaimer=(
            "Kidney disease needs a doctor's care. This page cannot tell you whether your"
            " kidneys are working well; a blood test can."
        ),
        sources=(sources.MEDLINEPLUS_TWITCHING, sources.NHS_KIDNEY_DISEASE),
        codes=(Code(code="N18.9", display="Chronic kidney disease, unspecified"),),
        aliases=("chronic kidney disease", "kidney failure", "uremia", "CKD"),
        places=("legs-and-feet", "all-over"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="overactive-thyroid",
        name="Overactive thyroid",
        category=BODY_CHEMISTRY,
        summary="Too much thyroid hormone can make your hands shake and muscles twitch.",
        explanation=(
            "The thyroid gland in your neck makes a hormone that sets how fast your body"
            " runs. Too much of it speeds everything up and makes nerves more jumpy. Shaking"
            " hands are more common than twitches. Other signs include weight loss, a fast"
            " heartbeat, feeling nervous and feeling too hot."
        ),
        self_care=(
            "Note any other changes, such as weight loss or feeling hot, to tell your doctor.",
            "Cut down on caffeine, which can make shaking worse.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You have a very fast heartbeat with a high temperature, confusion or"
                    " great restlessness: call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You have twitching or shaking with weight loss, a fast heartbeat or"
                    " feeling too hot."
                ),
                urgency="routine",
            ),
        ),
        questions=(
            "Do I need a blood test for my thyroid?",
            "If my thyroid is overactive, what are the ways to treat it?",
            "What can help with the shaking while I wait for treatment to work?",
        ),
        disclaimer="A simple blood test can check your thyroid. Thyroid problems can be treated.",
        sources=(sources.NHS_OVERACTIVE_THYROID, sources.MEDLINEPLUS_HYPERTHYROIDISM),
        codes=(
            Code(
                code="E05.90",
                display="Thyrotoxicosis, unspecified without thyrotoxic crisis or storm",
            ),
        ),
        aliases=("hyperthyroidism", "thyroid", "Graves disease", "thyrotoxicosis"),
        places=("arms-and-hands", "all-over"),
        last_reviewed=REVIEWED,
    ),
)
