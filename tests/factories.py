"""Builders of valid content that tests break one field at a time."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

import twitchfacts
from twitchfacts.catalog import Catalog
from twitchfacts.model import Cause, Code, Movement, RedFlag, Source

TODAY = datetime.date(2026, 11, 25)


def good_cause(**changes: Any) -> Cause:
    """A cause that passes every rule; tests change one field to break one rule."""
    cause = Cause(
        id="test-cause",
        name="Test cause",
        category="daily-life",
        summary="This cause is only used in tests.",
        explanation="It exists so that each test can break one rule at a time.",
        self_care=("Rest.",),
        see_a_doctor=(RedFlag(text="The twitching lasts more than 2 weeks.", urgency="routine"),),
        disclaimer="Talk to a doctor if you are worried.",
        sources=(
            Source(
                title="Muscle twitching", publisher="MedlinePlus", url="https://medlineplus.gov/"
            ),
        ),
        codes=(Code(code="R25.3", display="Fasciculation"),),
        aliases=("test alias",),
        places=("legs-and-feet",),
        last_reviewed=datetime.date(2026, 1, 1),
    )
    return dataclasses.replace(cause, **changes)


def catalog_with(*causes: Cause, **changes: Any) -> Catalog:
    """A catalog with the built-in categories and texts and the given causes.

    The built-in movements and translations are left out (unless given):
    the movements link to built-in causes these catalogs do not have, and
    the translations translate texts they do not have.
    """
    return twitchfacts.load().replace(
        causes=causes, **{"movements": (), "translations": (), **changes}
    )


def good_movement(**changes: Any) -> Movement:
    """A movement that passes every rule in a catalog holding :func:`good_cause`."""
    movement = Movement(
        id="test-movement",
        name="Test movement",
        also_called="test term",
        feels_like="A small jump under the skin.",
        usual_cause="Tiredness or stress.",
        get_help=(RedFlag(text="It lasts more than 2 weeks.", urgency="routine"),),
        causes=("test-cause",),
        sources=(
            Source(
                title="Muscle twitching", publisher="MedlinePlus", url="https://medlineplus.gov/"
            ),
        ),
    )
    return dataclasses.replace(movement, **changes)
