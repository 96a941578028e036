"""Poisoning by organophosphate and carbamate insecticides.

It is rare, but an emergency, so readers must recognise it. The source
article blamed "bug spray": the insecticides that poison nerves this way
are now used mainly on farms (in the US, home uses of chlorpyrifos and
diazinon ended between 2000 and 2004), and the sprays sold for homes today
are mostly of other kinds. The page says so, and tells helpers how to keep
themselves safe.
"""

from __future__ import annotations

from twitchfacts.content import sources
from twitchfacts.content.categories import POISONING
from twitchfacts.content.daily_life import REVIEWED
from twitchfacts.model import Cause, Code, RedFlag

CAUSES = (
    Cause(
        id="pesticide-poisoning",
        name="Farm insecticide poisoning (organophosphates)",
        category=POISONING,
        summary="Some farm bug killers can make the whole body twitch, and this is an emergency.",
        explanation=(
            "Some insecticides, called organophosphates and carbamates, stop a chemical"
            " switch in the nerves from turning off. Nerves then keep firing. This causes"
            " twitching across the body, heavy sweating, drooling, watery eyes, being sick"
            " and trouble breathing. Today these products are used mainly on farms. Most"
            " insect sprays sold for homes are of other kinds. Poisoning is rare, and it is"
            " an emergency."
        ),
        self_care=(
            "Call your emergency number first if someone has signs of poisoning.",
            "Move away from the chemical into fresh air, if you can do so safely.",
            "If you help someone, wear gloves and take care not to touch the chemical yourself.",
            "Take off clothes with the chemical on them and wash the skin with soap and water.",
            "If the chemical got in the eyes, rinse them with clean running water for 15 minutes.",
            "If you are not sure how serious it is, call NHS 111 in England, or Poison Help on"
            " 1-800-222-1222 in the US.",
            "Keep the product label to show the medical team.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You have twitching, sweating, drooling or trouble breathing after"
                    " contact with a farm insecticide: call your emergency number now."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You feel unwell after working with insecticides, even if the signs are"
                    " mild. Get help today from a doctor, a poison help line or NHS 111."
                ),
                urgency="urgent",
            ),
        ),
        questions=(
            "What should I do if someone is exposed to a farm chemical again?",
            "What protection should I wear when I work with these chemicals?",
            "Do I need any checks in the weeks after the poisoning?",
        ),
        disclaimer=(
            "Poisoning is an emergency. Do not wait to see if it gets better, and do not try"
            " to make the person vomit."
        ),
        sources=(
            sources.NHS_POISONING,
            sources.MEDLINEPLUS_INSECTICIDE_POISONING,
            sources.MSD_INSECTICIDE_POISONING,
            sources.EPA_CHLORPYRIFOS,
        ),
        codes=(
            Code(
                code="T60.0X1A",
                display=(
                    "Toxic effect of organophosphate and carbamate insecticides, accidental"
                    " (unintentional), initial encounter"
                ),
            ),
        ),
        aliases=(
            "organophosphate poisoning",
            "insecticide poisoning",
            "pesticides",
            "bug spray",
        ),
        places=("all-over",),
        last_reviewed=REVIEWED,
    ),
)
