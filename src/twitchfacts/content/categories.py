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
NERVE_DAMAGE: Final = "nerve-damage"
RARE_CONDITIONS: Final = "rare-conditions"

CATEGORIES: Final = (
    Category(
        id=DAILY_LIFE,
        title="Stress, sleep and exercise",
        description=(
            "Most twitches come from everyday things such as worry, a short night or a hard"
            " workout. These twitches are harmless and tend to fade once the trigger eases."
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
            "Some medicines list twitching, shaking or cramps as a side effect. Keep taking"
            " your medicine and ask your pharmacist or doctor about it."
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
            "Some farm and garden bug sprays can poison the nerves. This is rare, and it is"
            " an emergency."
        ),
        group="physiological",
    ),
    Category(
        id=HARMLESS_NERVE_TWITCHES,
        title="Harmless nerve twitches",
        description=(
            "Many healthy people have nerves that fire now and then for no clear reason."
            " The twitches can go on for months, but muscles stay strong."
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
            " clear signs, most of all muscles that get weaker over time."
        ),
        group="neurological",
    ),
)
