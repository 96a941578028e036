"""Which causes answer a code: exact, another seventh character, parents; never a sibling."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import twitchfacts
from factories import catalog_with, good_cause
from twitchfacts.catalog import Catalog, normalize_code
from twitchfacts.model import Code
from twitchfacts.server.matching import CodeIndex, display_code, parse_code

DOCS = Path(__file__).parent.parent / "docs"


@pytest.fixture(scope="module")
def index(builtin: Catalog) -> CodeIndex:
    return CodeIndex(builtin)


def _found(index: CodeIndex, code: str) -> list[tuple[str, str, str]]:
    return [(m.cause.id, m.code, m.kind) for m in index.match(code)]


@pytest.mark.parametrize("code", ["E83.42", "E8342", "e83.42", " E83.42 ", "E 83.42"])
def test_the_exact_code_with_or_without_its_dot(index: CodeIndex, code: str) -> None:
    assert _found(index, code) == [("low-magnesium", "E83.42", "exact")]


def test_a_code_many_causes_carry_lists_each_in_reading_order(
    index: CodeIndex, builtin: Catalog
) -> None:
    found = [cause_id for cause_id, _, kind in _found(index, "R25.3") if kind == "exact"]
    expected = [c.id for c in builtin.causes if any(x.code == "R25.3" for x in c.codes)]
    assert found == expected
    assert len(found) >= 3


def test_a_subsequent_encounter_finds_the_initial_encounter_code(index: CodeIndex) -> None:
    assert _found(index, "T46.6X5D") == [("statins", "T46.6X5A", "seventh-character")]
    assert _found(index, "T466X5S") == [("statins", "T46.6X5A", "seventh-character")]


def test_the_exact_seventh_character_wins_over_another(index: CodeIndex) -> None:
    assert _found(index, "T46.6X5A") == [("statins", "T46.6X5A", "exact")]


def test_a_more_specific_code_finds_its_parent_as_a_broader_match(index: CodeIndex) -> None:
    # G12.21 (ALS) is carried; G12.211 does not exist in the tables, but any
    # code below G12.21 must find it, marked as broader.
    assert _found(index, "G12.211") == [("als", "G12.21", "broader")]


def test_parents_are_tried_longest_first() -> None:
    catalog = catalog_with(
        good_cause(id="category", codes=(Code(code="G71"),)),
        good_cause(id="subcategory", codes=(Code(code="G71.1"),)),
    )
    index = CodeIndex(catalog)
    assert _found(index, "G71.19") == [("subcategory", "G71.1", "broader")]
    assert _found(index, "G71.0") == [("category", "G71", "broader")]


def test_a_sibling_is_never_returned(index: CodeIndex) -> None:
    # Too much magnesium is not the low-magnesium page (E83.42).
    assert _found(index, "E83.41") == []
    assert _found(index, "E83.49") == []
    # Nor is another adverse effect with the same first characters.
    assert _found(index, "T46.6X1A") == []


def test_a_seventh_character_match_never_crosses_the_sixth(index: CodeIndex) -> None:
    assert _found(index, "T46.6X4D") == []


def test_an_unknown_code_finds_nothing(index: CodeIndex) -> None:
    assert _found(index, "A00.0") == []
    assert _found(index, "Z99.89") == []


@pytest.mark.parametrize("text", ["", "R", "R2", "25.3", "RR5.3", "R25.34567", "R25.3;", "x" * 100])
def test_text_that_is_not_a_code_is_not_looked_up(index: CodeIndex, text: str) -> None:
    assert parse_code(text) is None
    assert index.match(text) == ()


def test_codes_are_written_as_the_tables_print_them() -> None:
    assert display_code("T466X5D") == "T46.6X5D"
    assert display_code("R25") == "R25"


def test_a_cause_carrying_two_matching_codes_is_listed_once() -> None:
    catalog = catalog_with(
        good_cause(codes=(Code(code="T46.6X5A"), Code(code="T46.6X5S"))),
    )
    assert _found(CodeIndex(catalog), "T46.6X5D") == [
        ("test-cause", "T46.6X5A", "seventh-character")
    ]


def test_codes_of_other_systems_and_broken_codes_are_not_indexed() -> None:
    catalog = catalog_with(
        good_cause(codes=(Code(system="SNOMED CT", code="R25.3"), Code(code="not a code"))),
    )
    assert CodeIndex(catalog).match("R25.3") == ()


_CHARACTERS = st.sampled_from(string.ascii_uppercase + string.digits)
_RANDOM_CODES = st.builds(
    lambda letter, digit, rest: letter + digit + "".join(rest),
    st.sampled_from(string.ascii_uppercase),
    st.sampled_from(string.digits),
    st.lists(_CHARACTERS, min_size=1, max_size=5),
)
# Codes near the ones the content carries (cut short, lengthened, with the
# last character changed), where siblings and parents actually occur.
_CARRIED = sorted({normalize_code(c.code) for cause in twitchfacts.causes() for c in cause.codes})
_NEAR_CODES = st.builds(
    lambda carried, keep, tail: (carried[: max(3, len(carried) - keep)] + "".join(tail))[:7],
    st.sampled_from(_CARRIED),
    st.integers(0, 3),
    st.lists(_CHARACTERS, max_size=3),
)
_CODES = st.one_of(_RANDOM_CODES, _NEAR_CODES)
_BUILTIN_INDEX = CodeIndex(twitchfacts.load())


@settings(max_examples=500)
@given(code=_CODES)
def test_every_match_is_the_code_itself_its_seventh_character_or_a_parent(code: str) -> None:
    index = _BUILTIN_INDEX
    wanted = normalize_code(code)
    for match in index.match(code):
        carried = normalize_code(match.code)
        if match.kind == "exact":
            assert carried == wanted
        elif match.kind == "seventh-character":
            assert len(wanted) == len(carried) == 7 and carried[:6] == wanted[:6]
        else:
            assert match.kind == "broader"
            assert wanted.startswith(carried) and len(carried) < len(wanted)


def test_every_built_in_cause_has_its_page_where_links_point() -> None:
    """Links go to causes/<category id>/<cause id>.html: the docs folders must agree."""
    for cause in twitchfacts.causes():
        assert (DOCS / "causes" / cause.category / f"{cause.id}.md").is_file(), cause.id
