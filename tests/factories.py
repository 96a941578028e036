"""Builders of valid content that tests break one field at a time."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

import twitchfacts
from twitchfacts.catalog import Catalog
from twitchfacts.model import Cause, Code, RedFlag, Source

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
    """A catalog with the built-in categories and texts and the given causes."""
    return twitchfacts.load().replace(causes=causes, **changes)
