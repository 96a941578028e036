"""The records: building one never raises for a content problem."""

from __future__ import annotations

import dataclasses

import pytest

from twitchfacts.model import Category, Cause, Code, RedFlag, Source


def test_records_build_with_nothing_given() -> None:
    cause = Cause()
    assert (cause.id, cause.self_care, cause.last_reviewed) == ("", (), None)
    assert Category().group == ""
    assert Code().system == "ICD-10-CM"
    assert RedFlag().urgency == "routine"
    assert Source().url == ""


def test_wrong_types_are_stored_for_the_validator() -> None:
    cause = Cause(summary=42, self_care="Rest.")  # type: ignore[arg-type]
    assert cause.summary == 42
    assert cause.self_care == "Rest."


def test_lists_become_tuples_so_records_stay_hashable() -> None:
    cause = Cause(self_care=["Rest."], aliases=["a", "b"])  # type: ignore[arg-type]
    assert cause.self_care == ("Rest.",)
    assert cause.aliases == ("a", "b")
    assert hash(cause) == hash(Cause(self_care=("Rest.",), aliases=("a", "b")))


def test_records_are_frozen_and_keyword_only() -> None:
    cause = Cause(id="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        cause.id = "y"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Cause("x")  # type: ignore[misc]
