"""Poisoning by organophosphate and carbamate insecticides.

It is rare, but an emergency, so readers must recognise it.
"""

from __future__ import annotations

from twitchfacts.content import sources
from twitchfacts.content.categories import POISONING
from twitchfacts.content.daily_life import REVIEWED
from twitchfacts.model import Cause, Code, RedFlag

CAUSES = (
    Cause(
        id="pesticide-poisoning",
        name="Bug spray (pesticide) poisoning",
        category=POISONING,
        summary="Some farm and garden bug sprays can cause twitching all over the body.",
        explanation=(
            "Some bug sprays, called organophosphates and carbamates, stop a chemical"
            " switch in the nerves from turning off. Nerves then keep firing. This causes"
            " twitching across the body, heavy sweating, drooling, small pupils and trouble"
            " breathing. It is rare, and it is an emergency."
        ),
        self_care=(
            "Move away from the chemical into fresh air.",
            "Take off clothes with spray on them and wash your skin with soap and water.",
            "Keep the product label to show the medical team.",
        ),
        see_a_doctor=(
            RedFlag(
                text=(
                    "You have twitching, sweating, drooling or trouble breathing after"
                    " contact with a bug spray or farm chemical: call your emergency number."
                ),
                urgency="emergency",
            ),
            RedFlag(
                text=(
                    "You feel unwell after working with pesticides, even if the signs are"
                    " mild: call a poison help line or your doctor the same day."
                ),
                urgency="routine",
            ),
        ),
        disclaimer=(
            "Poisoning is an emergency. Do not wait to see if it gets better, and do not try"
            " to make the person vomit."
        ),
        sources=(
            sources.NHS_POISONING,
            sources.FASCICULATION_CAUSES_GP_NOTES,
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
        aliases=("organophosphate poisoning", "insecticide poisoning", "pesticides"),
        last_reviewed=REVIEWED,
    ),
)
