"""The built-in content: complete, corrected, sourced, and in our own words."""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from twitchfacts.catalog import Catalog
from twitchfacts.model import GROUPS, Cause
from twitchfacts.rules import Settings, validate

SEED_CAUSES = {
    "dehydration",
    "overexertion",
    "poor-diet",
    "low-magnesium",
    "low-potassium",
    "stress-and-anxiety",
    "asthma-relievers",
    "statins",
    "als",
    "multiple-sclerosis",
}
ADDED_CAUSES = {
    "caffeine-and-stimulants",
    "lack-of-sleep",
    "alcohol",
    "benign-twitching",
    "nerve-damage",
    "low-calcium",
    "kidney-disease",
    "overactive-thyroid",
    "other-medicines",
    "spinal-muscular-atrophy",
    "muscle-disease",
    "isaacs-syndrome",
    "pesticide-poisoning",
}


def _texts(catalog: Catalog) -> Iterator[tuple[str, str]]:
    """Every piece of reader-facing text, with where it is."""
    yield "catalog:disclaimer", catalog.disclaimer
    yield "catalog:reassurance", catalog.reassurance
    for index, flag in enumerate(catalog.red_flags):
        yield f"catalog:red_flags[{index}]", flag.text
    for category in catalog.categories:
        yield f"category:{category.id}", f"{category.title}. {category.description}"
    for cause in catalog.causes:
        for field in dataclasses.fields(Cause):
            value = getattr(cause, field.name)
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                text = getattr(item, "text", item)
                if isinstance(text, str):
                    yield f"{cause.id}.{field.name}", text


def test_the_builtin_content_passes_every_rule_strictly(builtin: Catalog) -> None:
    problems = validate(builtin, Settings(today=datetime.date.today()))
    assert [problem.format("builtin") for problem in problems] == []


def test_every_cause_of_the_source_article_is_kept(builtin: Catalog) -> None:
    ids = {cause.id for cause in builtin.causes}
    assert ids >= SEED_CAUSES


def test_the_causes_the_article_missed_are_added(builtin: Catalog) -> None:
    ids = {cause.id for cause in builtin.causes}
    assert ids >= ADDED_CAUSES


def test_both_groups_of_the_article_stay_visible(builtin: Catalog) -> None:
    assert {category.group for category in builtin.categories} == set(GROUPS)
    medicines = builtin.get_category("medicines")
    assert "physiolog" not in medicines.title.casefold()


def test_harmless_causes_come_first(builtin: Catalog) -> None:
    assert builtin.causes[0].category == "daily-life"
    order = [category.id for category in builtin.categories]
    assert order.index("harmless-nerve-twitches") < order.index("rare-conditions")


def test_emergency_red_flags_come_first(builtin: Catalog) -> None:
    urgencies = [flag.urgency for flag in builtin.red_flags]
    assert urgencies == sorted(urgencies, key=lambda urgency: urgency != "emergency")
    assert "emergency" in urgencies
    assert "routine" in urgencies


def test_the_als_page_reassures_with_figures_and_red_flags(builtin: Catalog) -> None:
    als = builtin.get("als")
    for figure in ("7 in 10", "121", "32 years"):
        assert figure in als.disclaimer
    assert "weakness" in als.summary
    flags = " ".join(flag.text for flag in als.see_a_doctor).casefold()
    for sign in ("weakness", "swallowing", "thinner"):
        assert sign in flags


def test_ms_is_not_presented_as_a_twitching_disease(builtin: Catalog) -> None:
    ms = builtin.get("multiple-sclerosis")
    assert "does not often cause twitching" in ms.summary
    assert all(code.code != "G35" for code in ms.codes)


def test_the_article_medicines_are_named_correctly(builtin: Catalog) -> None:
    asthma = builtin.get("asthma-relievers")
    assert {"salbutamol", "albuterol"} <= {alias.casefold() for alias in asthma.aliases}
    assert "tremor" in asthma.explanation
    statins = builtin.get("statins")
    assert "rarely cause twitching" in statins.summary


def test_medicine_pages_say_to_keep_taking_the_medicine(builtin: Catalog) -> None:
    for cause in builtin.by_category("medicines"):
        assert "Keep taking" in cause.disclaimer, cause.id


def test_dehydration_is_not_overstated(builtin: Catalog) -> None:
    dehydration = builtin.get("dehydration")
    assert "not one of the main causes" in dehydration.explanation


def test_only_causes_without_a_fitting_code_lack_one(builtin: Catalog) -> None:
    assert {cause.id for cause in builtin.causes if not cause.codes} == {"alcohol"}


@pytest.mark.parametrize(
    "junk", ["see also", "leave a comment", "natty", "explosion", "notorious", "surprise party"]
)
def test_no_scraping_junk_or_alarmist_phrases(builtin: Catalog, junk: str) -> None:
    for where, text in _texts(builtin):
        assert junk not in text.casefold(), where


def _six_grams(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.casefold().replace("\u2019", "").replace("'", ""))
    return {
        hashlib.sha256(" ".join(words[i : i + 6]).encode()).hexdigest()[:16]
        for i in range(len(words) - 5)
    }


def test_no_six_words_in_a_row_come_from_the_source_article(builtin: Catalog) -> None:
    lines = (Path(__file__).parent / "data" / "seed-6grams.txt").read_text().splitlines()
    seed = {line for line in lines if line and not line.startswith("#")}
    assert len(seed) > 400
    copied = [where for where, text in _texts(builtin) if _six_grams(text) & seed]
    assert copied == []


def test_the_six_word_check_can_fail() -> None:
    lines = (Path(__file__).parent / "data" / "seed-6grams.txt").read_text().splitlines()
    seed = {line for line in lines if line and not line.startswith("#")}
    # The one phrase of the article quoted in this project, as a probe.
    phrase = "a mini explosion under your skin"
    assert _six_grams(phrase) & seed
