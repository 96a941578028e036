"""Medicines that can cause twitching, shaking or cramps.

The source article blamed "asthma drugs" and "high-cholesterol
drugs": the first are beta-2 agonist relievers, which cause shakiness
(tremor) and sometimes cramps; the second are statins, which cause muscle
aches and cramps rather than true twitching. Both are said plainly here,
and every page tells the reader to keep taking a prescribed medicine.
"""

from __future__ import annotations

from twitchfacts.content import sources
from twitchfacts.content.categories import MEDICINES
from twitchfacts.content.daily_life import REVIEWED
from twitchfacts.model import Cause, Code, RedFlag

_KEEP_TAKING = (
    "Keep taking a prescribed medicine until you have talked to your doctor or pharmacist."
    " Stopping it on your own can be more harmful than the side effect."
)

CAUSES = (
    Cause(
        id="asthma-relievers",
        name="Asthma reliever medicines",
        category=MEDICINES,
        summary="Reliever inhalers for asthma can make your hands shake for a short time.",
        explanation=(
            "Reliever medicines such as salbutamol (also called albuterol) and terbutaline"
            " open the airways. They can also make muscles shake for a while after a dose."
            " This shaking is called tremor, and it is not quite the same as a twitch. High"
            " doses can lower the potassium in your blood, which can cause cramps."
        ),
        self_care=(
            "Keep using your inhaler as your doctor or nurse told you.",
            "Ask a nurse or pharmacist to check how you use your inhaler.",
            "If you need your reliever more than usual, book an asthma review.",
        ),
        see_a_doctor=(
            RedFlag(
                text="The shaking bothers you or does not settle between doses.",
                urgency="routine",
            ),
            RedFlag(
                text="You need your reliever inhaler 3 or more times a week.", urgency="routine"
            ),
            RedFlag(
                text=(
                    "Your reliever does not help your breathing, or you have a racing or"
                    " uneven heartbeat: call your emergency number."
                ),
                urgency="emergency",
            ),
        ),
        disclaimer=_KEEP_TAKING,
        sources=(sources.MAYO_BETA2_AGONISTS, sources.NHS_SALBUTAMOL),
        codes=(
            Code(code="T48.6X5A", display="Adverse effect of antiasthmatics, initial encounter"),
        ),
        aliases=("salbutamol", "albuterol", "inhaler", "asthma medicine", "beta-2 agonist"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="statins",
        name="Statins (cholesterol medicines)",
        category=MEDICINES,
        summary="Statins can cause muscle aches and cramps, but they rarely cause twitching.",
        explanation=(
            "Statins such as atorvastatin and simvastatin lower cholesterol. Mild muscle"
            " aches are a common side effect. Very rarely, statins damage muscle. This shows"
            " as severe pain, weakness and dark urine. The risk is higher at high doses and"
            " with some other medicines."
        ),
        self_care=(
            "Keep taking your statin. Tell your doctor if your muscles ache.",
            "Tell your doctor or pharmacist about all the other medicines you take.",
        ),
        see_a_doctor=(
            RedFlag(
                text="You have muscle aches, cramps or weakness that do not go away.",
                urgency="routine",
            ),
            RedFlag(
                text=(
                    "You have severe muscle pain or weakness with dark, cola-colored urine:"
                    " get medical help straight away."
                ),
                urgency="emergency",
            ),
        ),
        disclaimer=_KEEP_TAKING,
        sources=(sources.MAYO_STATINS,),
        codes=(
            Code(
                code="T46.6X5A",
                display=(
                    "Adverse effect of antihyperlipidemic and antiarteriosclerotic drugs,"
                    " initial encounter"
                ),
            ),
        ),
        aliases=("cholesterol medicine", "atorvastatin", "simvastatin", "rosuvastatin"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="other-medicines",
        name="Other medicines",
        category=MEDICINES,
        summary="Some other medicines can make muscles twitch.",
        explanation=(
            "Water pills (diuretics) can lower the salts in your blood. Then nerves can fire"
            " more easily. Steroid tablets, medicines with estrogen, and lithium can also"
            " cause twitching or shaking in some people. The leaflet in the box lists the"
            " side effects of your medicine."
        ),
        self_care=(
            "Read the leaflet that came with your medicine.",
            "Ask your pharmacist whether your medicine could cause twitching.",
            "Write down when the twitching started and when you take your doses.",
        ),
        see_a_doctor=(
            RedFlag(text="You think a medicine is causing your twitching.", urgency="routine"),
            RedFlag(
                text=(
                    "You feel very unwell, confused or shaky, or your heartbeat feels uneven:"
                    " get medical help straight away."
                ),
                urgency="emergency",
            ),
        ),
        disclaimer=_KEEP_TAKING,
        sources=(sources.MEDLINEPLUS_TWITCHING, sources.NHS_TWITCHING),
        codes=(
            Code(
                code="T50.2X5A",
                display=(
                    "Adverse effect of carbonic-anhydrase inhibitors, benzothiadiazides and"
                    " other diuretics, initial encounter"
                ),
            ),
            Code(
                code="T50.1X5A",
                display="Adverse effect of loop [high-ceiling] diuretics, initial encounter",
            ),
            Code(
                code="T38.0X5A",
                display=(
                    "Adverse effect of glucocorticoids and synthetic analogues, initial encounter"
                ),
            ),
            Code(
                code="T38.5X5A",
                display="Adverse effect of other estrogens and progestogens, initial encounter",
            ),
        ),
        aliases=("side effects", "water pills", "diuretics", "steroids", "lithium"),
        last_reviewed=REVIEWED,
    ),
)
