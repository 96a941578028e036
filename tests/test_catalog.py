"""Look-ups on a catalog: by id, category, code and search text."""

from __future__ import annotations

import pytest

from factories import catalog_with, good_cause
from twitchfacts.catalog import Catalog, UnknownIdError, close_matches, normalize_code
from twitchfacts.model import Code


def test_get_finds_a_cause_by_id(builtin: Catalog) -> None:
    assert builtin.get("als").name == "ALS (motor neurone disease)"


def test_get_suggests_close_ids(builtin: Catalog) -> None:
    with pytest.raises(KeyError) as raised:
        builtin.get("caffeine")
    error = raised.value
    assert isinstance(error, UnknownIdError)
    assert isinstance(error, LookupError)
    assert error.suggestions[0] == "caffeine-and-stimulants"
    assert str(error) == "no cause with id 'caffeine'; did you mean 'caffeine-and-stimulants'?"


def test_get_of_a_typo_suggests_the_spelling(builtin: Catalog) -> None:
    with pytest.raises(UnknownIdError, match="did you mean 'dehydration'"):
        builtin.get("dehydraton")


def test_get_of_nonsense_suggests_nothing(builtin: Catalog) -> None:
    with pytest.raises(UnknownIdError) as raised:
        builtin.get("zzzzzz")
    assert str(raised.value) == "no cause with id 'zzzzzz'"


def test_by_category_keeps_reading_order(builtin: Catalog) -> None:
    ids = [cause.id for cause in builtin.by_category("medicines")]
    assert ids == [
        "asthma-relievers",
        "statins",
        "lithium",
        "serotonin-syndrome",
        "other-medicines",
    ]


def test_by_category_rejects_unknown_categories(builtin: Catalog) -> None:
    with pytest.raises(
        UnknownIdError, match="no category with id 'medicine'; did you mean 'medicines'"
    ):
        builtin.by_category("medicine")


def test_by_group(builtin: Catalog) -> None:
    neurological = {cause.id for cause in builtin.by_group("neurological")}
    assert {"als", "benign-twitching", "multiple-sclerosis"} <= neurological
    assert "caffeine-and-stimulants" not in neurological


@pytest.mark.parametrize("code", ["G12.21", "g12.21", "G1221", " G12.21 "])
def test_by_code_ignores_dots_case_and_spaces(builtin: Catalog, code: str) -> None:
    assert [cause.id for cause in builtin.by_code(code)] == ["als"]


def test_by_code_finds_every_carrier_once() -> None:
    shared = Code(code="R25.3", display="Fasciculation")
    catalog = catalog_with(
        good_cause(id="a", name="A", aliases=(), codes=(shared, shared)),
        good_cause(id="b", name="B", aliases=(), codes=(shared,)),
    )
    assert [cause.id for cause in catalog.by_code("R25.3")] == ["a", "b"]
    assert catalog.by_code("R25.3", system="SNOMED CT") == ()
    assert catalog.by_code("Z99.9") == ()


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("coffee", "caffeine-and-stimulants"),
        ("Lou Gehrig", "als"),
        ("ALS", "als"),
        ("MAGNESIUM", "low-magnesium"),
        ("pinched", "nerve-damage"),
        ("dehydration", "dehydration"),
    ],
)
def test_search_finds_names_and_aliases(builtin: Catalog, text: str, first: str) -> None:
    assert builtin.search(text)[0].id == first


def test_search_ranks_exact_before_partial() -> None:
    catalog = catalog_with(
        good_cause(id="a", name="Low calcium and more", aliases=()),
        good_cause(id="b", name="Calcium", aliases=()),
    )
    assert [cause.id for cause in catalog.search("calcium")] == ["b", "a"]


def test_search_needs_every_word_and_ignores_accents() -> None:
    catalog = catalog_with(good_cause(name="Café twitch", aliases=()))
    assert catalog.search("cafe twitch")
    assert catalog.search("café nothing") == ()
    assert catalog.search("   ") == ()


def test_catalogs_compare_by_content(builtin: Catalog) -> None:
    copy = Catalog(
        categories=builtin.categories,
        causes=list(builtin.causes),  # type: ignore[arg-type]
        disclaimer=builtin.disclaimer,
        reassurance=builtin.reassurance,
        red_flags=builtin.red_flags,
        movements=list(builtin.movements),  # type: ignore[arg-type]
        translations=builtin.translations,
    )
    assert copy == builtin
    assert builtin.replace(disclaimer="Other.") != builtin


def test_indexes_skip_values_of_the_wrong_type() -> None:
    catalog = Catalog(causes=(good_cause(), "junk"))  # type: ignore[arg-type]
    assert catalog.get("test-cause").id == "test-cause"


def test_close_matches_and_normalize_code() -> None:
    assert close_matches("", ["a"]) == []
    assert close_matches("stat", ["statins", "state", "x"]) == ["statins", "state"]
    assert normalize_code(" e83.42 ") == "E8342"
