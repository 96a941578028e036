"""Medicines that can cause twitching, shaking or cramps.

The source article blamed "asthma drugs" and "high-cholesterol drugs": the
first are beta-2 agonist relievers, which cause shakiness (tremor) and
sometimes cramps; the second are statins, which cause muscle aches and
cramps rather than true twitching. Both are said plainly here.

Most of the time the safe advice is to keep taking a prescribed medicine
and ask about the side effect. The exceptions are said as plainly, in the
medicine's own red flags, because its own guidance says so: a statin with
unexplained muscle pain (NHS, Mayo Clinic), signs of too much lithium, and
serotonin syndrome. Only urgent and emergency red flags may say to stop a
medicine, and only together with whom to contact straight away (the
``StopMedicineUrgent`` style rule checks this).
"""

from __future__ import annotations

from twitchfacts.content import sources
from twitchfacts.content.categories import MEDICINES
from twitchfacts.content.daily_life import REVIEWED
from twitchfacts.model import Cause, Code, RedFlag

_KEEP_TAKING = (
    "Keep taking a prescribed medicine until you have talked to your doctor or pharmacist."
    " Stopping it on your own can be more harmful than the side effect. The signs that need"
    " help straight away are under 'When to see a doctor'."
)

CAUSES = (
    Cause(
        id="asthma-relievers",
        name="Asthma reliever medicines",
        category=MEDICINES,
        summary="Reliever inhalers for asthma can make your hands shake for a short time.",
        explanation=(
            "Reliever medicines such as salbutamol (also called albuterol) open the airways."
            " They can also make muscles shake for a while after a dose. This shaking is"
            " called tremor, and it is not quite the same as a twitch. They can also cause"
            " muscle cramps and a faster heartbeat. These effects are common and usually pass."
        ),
        self_care=(
            "Keep using your inhaler as your doctor or nurse told you.",
            "Ask a nurse or pharmacist to check how you use your inhaler.",
            "If you need your reliever 3 or more times a week, book an asthma review.",
            "If you are pregnant or breastfeeding, keep using your reliever. It is safe to use,"
            " and asthma that is not controlled is a risk to you and your baby.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "Your reliever does not help your breathing, or you are too breathless to"
                    " speak: call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "After using your reliever, your heart races and you also have chest pain"
                    " or feel faint: call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "After using your reliever, you have weak muscles or cramps that do not go"
                    " away. Get help today from a doctor or NHS 111."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text="The shaking bothers you, or your heart often races after a dose.",
                urgency="routine",
            ),
        ),
        questions=(
            "Is my asthma well controlled, or do I use my reliever too often?",
            "Could a change to my asthma plan mean I need my reliever less?",
            "Which signs mean I should get help straight away?",
        ),
        disclaimer=_KEEP_TAKING,
        sources=(sources.NHS_SALBUTAMOL, sources.NHS_TWITCHING, sources.NHS_PALPITATIONS),
        codes=(
            Code(code="G25.1", display="Drug-induced tremor"),
            Code(code="T48.6X5A", display="Adverse effect of antiasthmatics, initial encounter"),
        ),
        aliases=("salbutamol", "albuterol", "inhaler", "asthma medicine", "beta-2 agonist"),
        places=("arms-and-hands", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="statins",
        name="Statins (cholesterol medicines)",
        category=MEDICINES,
        summary="Statins can cause muscle aches and cramps, but they rarely cause twitching.",
        explanation=(
            "Statins such as atorvastatin and simvastatin lower cholesterol. Mild muscle"
            " aches are a common side effect. Very rarely, statins damage muscle. Signs are"
            " muscle pain, tenderness, weakness or cramps with no clear reason, and in severe"
            " cases urine as dark as cola. The risk is higher at high doses and with some"
            " other medicines."
        ),
        self_care=(
            "If you have a mild ache with a clear cause, such as a hard workout, keep taking"
            " your statin and mention it to your doctor.",
            "Tell your doctor or pharmacist about all the other medicines you take.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You have very bad muscle pain or weakness, and your urine is dark like"
                    " cola. Call your emergency number or go to the emergency department now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You have muscle pain, tenderness, weakness or cramps with no clear cause."
                    " Stop taking your statin and call your doctor or NHS 111 straight away."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text="A mild ache with a clear cause does not go away, or it bothers you.",
                urgency="routine",
            ),
        ),
        questions=(
            "Could my statin be causing my muscle aches or cramps?",
            "Do I need a blood test to check my muscles?",
            "Would another dose or another statin suit me better?",
        ),
        disclaimer=(
            "Statins protect your heart, so do not stop one because of a mild ache with a"
            " clear cause. Muscle pain, tenderness, weakness or cramps with no clear cause are"
            " different: follow the urgent advice under 'When to see a doctor'."
        ),
        sources=(sources.NHS_ATORVASTATIN, sources.MAYO_STATINS),
        codes=(
            Code(code="G72.0", display="Drug-induced myopathy"),
            Code(
                code="T46.6X5A",
                display=(
                    "Adverse effect of antihyperlipidemic and antiarteriosclerotic drugs,"
                    " initial encounter"
                ),
            ),
        ),
        aliases=("cholesterol medicine", "atorvastatin", "simvastatin", "rosuvastatin"),
        places=("arms-and-hands", "legs-and-feet"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="lithium",
        name="Lithium",
        category=MEDICINES,
        summary="Lithium can make your hands shake, and twitches can mean the level is too high.",
        explanation=(
            "Lithium is a medicine for bipolar disorder and some kinds of depression. A mild"
            " shake of the hands is a common side effect. The level of lithium in your blood"
            " must stay in a safe range, so you have regular blood tests. Too much lithium can"
            " cause twitches, strong shaking, being sick, diarrhea, unsteady walking, slurred"
            " speech or confusion. Being ill or starting some other medicines can make the"
            " level rise."
        ),
        self_care=(
            "Keep taking lithium as your doctor told you, and go to every blood test.",
            "Drink enough fluids each day, and more when it is hot.",
            "Check with a pharmacist before you take any other medicine, including pain"
            " relief you can buy.",
            "Carry your lithium record book and show it to any doctor or pharmacist you see.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You take lithium and have twitches, strong shaking, new or worse being sick"
                    " or diarrhea, unsteady walking, slurred speech or drowsiness. Call your"
                    " doctor, your mental health team or NHS 111 straight away. Do not take"
                    " your next dose until they have told you what to do."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text=(
                    "You take lithium and you have been sick or had diarrhea for more than a"
                    " day. Get help today from your doctor or NHS 111."
                ),
                urgency="urgent",
            ),
            RedFlag(
                text=(
                    "Someone on lithium is very confused, very drowsy or has a seizure: call"
                    " your emergency number now."
                ),
                urgency="emergency",
            ),
        ),
        questions=(
            "When is my next lithium blood test, and what level should it show?",
            "Which signs of a high lithium level should make me get help at once?",
            "Could any other medicine I take change my lithium level?",
        ),
        disclaimer=(
            "Do not stop lithium because of mild side effects: stopping suddenly can bring back"
            " mood symptoms. Signs of too much lithium are different: get help straight away"
            " as 'When to see a doctor' describes."
        ),
        sources=(
            sources.NHS_LITHIUM,
            sources.NHS_GGC_LITHIUM_TOXICITY,
            sources.HEALTHIFY_LITHIUM,
        ),
        codes=(Code(code="G25.1", display="Drug-induced tremor"),),
        aliases=("lithium carbonate", "lithium toxicity", "too much lithium"),
        places=("arms-and-hands", "all-over"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="serotonin-syndrome",
        name="Serotonin syndrome",
        category=MEDICINES,
        summary=(
            "Rarely, mixing some drugs can cause jerks, sweats and a fever that need help fast."
        ),
        explanation=(
            "Serotonin is a chemical that carries messages in the brain and nerves. Some"
            " medicines raise it. These include many drugs for depression, the painkiller"
            " tramadol, and triptans for migraine. Some cough medicines do too. Taking two of"
            " them at once, or a higher dose, can rarely lead to too much. So can street drugs"
            " such as ecstasy or cocaine. Signs often start within a day. They include"
            " jerking or stiff muscles, shaking, restlessness or confusion, heavy sweating, a"
            " fast heartbeat and a high temperature."
        ),
        self_care=(
            "Tell your doctor and pharmacist about all the medicines you take. Herbal remedies"
            " count too, such as St John's wort.",
            "Before you add a new medicine, ask a pharmacist if it is safe with the ones you take.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You have started, raised or mixed these medicines, or used street drugs."
                    " Now you have jerking or stiff muscles with sweating, a high temperature, a"
                    " racing heart or confusion. Call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You have started or raised one of these medicines, and you feel restless,"
                    " shaky or sweaty, or your muscles twitch. Get help today from your doctor"
                    " or NHS 111."
                ),
                urgency="urgent",
            ),
        ),
        questions=(
            "Which of my medicines raise serotonin, and is it safe to take them together?",
            "Which cold, pain or herbal remedies should I not take with them?",
            "Which signs mean I should call the emergency number?",
        ),
        disclaimer=(
            "Serotonin syndrome is rare. Most people take these medicines safely. Do not stop"
            " a medicine for depression on your own unless a doctor tells you to."
        ),
        sources=(
            sources.MSD_SEROTONIN_SYNDROME,
            sources.CLEVELAND_SEROTONIN_SYNDROME,
            sources.HEALTHIFY_SEROTONIN_SYNDROME,
        ),
        codes=(Code(code="G90.81", display="Serotonin syndrome"),),
        aliases=("serotonin toxicity", "antidepressants", "SSRI", "tramadol", "triptans"),
        places=("legs-and-feet", "all-over"),
        last_reviewed=REVIEWED,
    ),
    Cause(
        id="other-medicines",
        name="Other medicines",
        category=MEDICINES,
        summary="Some other medicines can make muscles twitch.",
        explanation=(
            "Water pills (diuretics) can lower the salts in your blood. Then nerves can fire"
            " more easily. Steroid tablets and medicines with estrogen can also cause"
            " twitching in some people. The leaflet in the box lists the side effects of your"
            " medicine."
        ),
        self_care=(
            "Read the leaflet that came with your medicine.",
            "Ask your pharmacist whether your medicine could cause twitching.",
            "Write down when the twitching started and when you take your doses.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You suddenly become confused. Or you have started, raised or mixed a"
                    " medicine, and now your muscles jerk or go stiff with a high temperature or"
                    " heavy sweating. Call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You feel very unwell or very shaky, or your heartbeat feels uneven. Get"
                    " help today from your doctor or NHS 111."
                ),
                urgency="urgent",
            ),
            RedFlag(text="You think a medicine is causing your twitching.", urgency="routine"),
        ),
        questions=(
            "Could any of my medicines be making my muscles twitch?",
            "Is there another medicine or dose that would suit me better?",
            "What should I do before I start, stop or change a medicine?",
        ),
        disclaimer=_KEEP_TAKING,
        sources=(sources.MEDLINEPLUS_TWITCHING, sources.NHS_TWITCHING),
        codes=(
            Code(code="R25.3", display="Fasciculation"),
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
        aliases=("side effects", "water pills", "diuretics", "steroids"),
        places=("all-over",),
        last_reviewed=REVIEWED,
    ),
)
