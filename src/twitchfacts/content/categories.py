"""The categories causes are grouped under, in the order readers meet them.

The two groups come from the article the content started from, and readers
still see them: causes in the body and daily life (``physiological``) and
causes in the nerves and muscles themselves (``neurological``). Within each
group the categories say what kind of cause it is; a medicine or a worry is
not called "physiological" on its own (see the accuracy notes in the
contributing guide).
"""

from __future__ import annotations

from typing import Final

from twitchfacts.model import Category

DAILY_LIFE: Final = "daily-life"
SUBSTANCES: Final = "substances"
MEDICINES: Final = "medicines"
BODY_CHEMISTRY: Final = "body-chemistry"
POISONING: Final = "poisoning"
HARMLESS_NERVE_TWITCHES: Final = "harmless-nerve-twitches"
TICS_AND_SPASMS: Final = "tics-and-spasms"
NERVE_DAMAGE: Final = "nerve-damage"
RARE_CONDITIONS: Final = "rare-conditions"

CATEGORIES: Final = (
    Category(
        id=DAILY_LIFE,
        title="Stress, sleep and exercise",
        description=(
            "Most twitches come from everyday things such as worry, a short night or a hard"
            " workout. These twitches are harmless. They often fade once the trigger eases."
        ),
        group="physiological",
    ),
    Category(
        id=SUBSTANCES,
        title="Caffeine, alcohol and stimulants",
        description=(
            "Things we drink or take to feel more awake, or to relax, can make nerves fire"
            " more easily. Cutting down often calms the twitching."
        ),
        group="physiological",
    ),
    Category(
        id=MEDICINES,
        title="Medicines",
        description=(
            "Some medicines list twitching, shaking or cramps as a side effect. Most of the"
            " time, keep taking your medicine and ask a pharmacist or doctor about it. Its"
            " page says when the advice is different, and when to get help straight away."
        ),
        group="physiological",
    ),
    Category(
        id=BODY_CHEMISTRY,
        title="Minerals, kidneys and hormones",
        description=(
            "Nerves need the right amount of salts such as magnesium, potassium and calcium."
            " Low levels, kidney disease or an overactive thyroid can upset this balance."
            " A blood test can check it."
        ),
        group="physiological",
    ),
    Category(
        id=POISONING,
        title="Poisoning",
        description=(
            "Some insecticides used on farms can poison the nerves. This is rare, and it is"
            " an emergency."
        ),
        group="physiological",
    ),
    Category(
        id=HARMLESS_NERVE_TWITCHES,
        title="Harmless twitches and jerks",
        description=(
            "Many healthy people have an eyelid that flickers, a jerk as they fall asleep, or"
            " twitches that come and go for no clear reason. These can go on for months,"
            " but the muscles stay strong."
        ),
        group="neurological",
    ),
    Category(
        id=TICS_AND_SPASMS,
        title="Tics, spasms and dystonia",
        description=(
            "Some movements feel like twitching but are something else. Tics are common in"
            " children and often fade. Spasms that spread across the face, or twisting you"
            " cannot control, should be checked by a doctor."
        ),
        group="neurological",
    ),
    Category(
        id=NERVE_DAMAGE,
        title="Pressure on a nerve or nerve damage",
        description=(
            "A squeezed or damaged nerve can make the muscles it serves twitch. Other signs"
            " such as pain, numbness or weakness usually come with it."
        ),
        group="neurological",
    ),
    Category(
        id=RARE_CONDITIONS,
        title="Rare nerve and muscle conditions",
        description=(
            "A few rare conditions can cause twitching. In these, twitching comes with other"
            " clear signs, such as muscles that get weaker, or muscles that ripple and stay"
            " stiff."
        ),
        group="neurological",
    ),
)
