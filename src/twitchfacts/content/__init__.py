"""The built-in content pack: the causes of muscle twitching, for worried readers.

Every cause is written in plain words and checked against the sources it
cites.

This package is itself a content pack (see :mod:`twitchfacts.packs`): it
defines ``CAUSES``, ``CATEGORIES``, ``DISCLAIMER``, ``REASSURANCE``,
``RED_FLAGS`` and ``MOVEMENTS``. Causes live in one module per family so that an editor
changing, say, the medicines only touches ``medicines.py``; the order here
is the order readers meet them in, harmless everyday causes first.
"""

from __future__ import annotations

from twitchfacts.content import (
    body_chemistry,
    daily_life,
    harmless,
    medicines,
    neurological,
    poisoning,
    spasms,
    substances,
)
from twitchfacts.content.categories import CATEGORIES
from twitchfacts.content.general import DISCLAIMER, REASSURANCE, RED_FLAGS
from twitchfacts.content.movements import MOVEMENTS

__all__ = ["CATEGORIES", "CAUSES", "DISCLAIMER", "MOVEMENTS", "REASSURANCE", "RED_FLAGS"]

CAUSES = (
    *daily_life.CAUSES,
    *substances.CAUSES,
    *medicines.CAUSES,
    *body_chemistry.CAUSES,
    *poisoning.CAUSES,
    *harmless.CAUSES,
    *spasms.CAUSES,
    *neurological.CAUSES,
)
