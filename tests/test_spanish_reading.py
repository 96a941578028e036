"""The Spanish syllable counter and reading-ease scores, against hand-made answers."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twitchfacts.prose.reading_es import inflesz_band, measure_spanish
from twitchfacts.prose.syllables_es import count_syllables, syllables

WORDS = Path(__file__).parent / "data" / "es_syllables.txt"


def _divided() -> list[tuple[str, list[str]]]:
    pairs = []
    for line in WORDS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, division = line.split()
            pairs.append((word, division.lower().split("-")))
    return pairs


DIVIDED = _divided()


def test_the_word_list_covers_every_rule() -> None:
    words = {word for word, _ in DIVIDED}
    assert len(DIVIDED) >= 120
    # diphthong, hiatus with an accent, qu/gu, gü, ll/rr/ch, y, h, clusters
    assert {"ciudad", "día", "queso", "guion", "pingüino", "calle", "carro", "coche"} <= words
    assert {"hoy", "mayo", "búho", "prohibir", "otro", "instrumento"} <= words


@pytest.mark.parametrize(("word", "expected"), DIVIDED, ids=[word for word, _ in DIVIDED])
def test_each_hand_divided_word(word: str, expected: list[str]) -> None:
    assert syllables(word) == expected
    assert count_syllables(word) == len(expected)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("¿Qué?", ["qué"]),
        ("ÁFRICA", ["á", "fri", "ca"]),
        ("TSH", ["tsh"]),
        ("2026", []),
        ("", []),
        ("no-sé", ["no", "sé"]),
    ],
)
def test_case_punctuation_and_words_without_vowels(word: str, expected: list[str]) -> None:
    assert syllables(word) == expected


def test_decomposed_accents_count_like_composed_ones() -> None:
    decomposed = unicodedata.normalize("NFD", "día")
    assert syllables(decomposed) == ["dí", "a"]


@given(st.text(alphabet="abcdefghijklmnñopqrstuvwxyzáéíóúü", min_size=1, max_size=14))
def test_division_keeps_every_letter_in_order(word: str) -> None:
    parts = syllables(word)
    assert "".join(parts) == word
    assert all(parts)


def test_a_short_text_is_scored_by_both_formulas() -> None:
    # 8 words, 12 syllables, 2 sentences, counted by hand.
    reading = measure_spanish("El niño come pan. ¿La casa es roja?")
    assert (reading.words, reading.syllables, reading.sentences) == (8, 12, 2)
    assert reading.szigriszt_pazos == pytest.approx(206.835 - 62.3 * 1.5 - 4, abs=0.05)
    assert reading.fernandez_huerta == pytest.approx(206.84 - 60 * 1.5 - 1.02 * 4, abs=0.05)
    assert reading.band == "muy fácil"


def test_longer_words_and_sentences_read_as_harder() -> None:
    easy = measure_spanish("El músculo salta. Suele pasar. No es grave.")
    hard = measure_spanish(
        "La fasciculación benigna se caracteriza por contracciones involuntarias"
        " intermitentes de unidades motoras aisladas en pacientes sin enfermedad."
    )
    assert easy.szigriszt_pazos > hard.szigriszt_pazos
    assert easy.fernandez_huerta > hard.fernandez_huerta
    assert hard.band in {"algo difícil", "muy difícil"}


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (80.0, "muy fácil"),
        (79.9, "bastante fácil"),
        (65.0, "bastante fácil"),
        (64.9, "normal"),
        (55.0, "normal"),
        (54.9, "algo difícil"),
        (40.0, "algo difícil"),
        (39.9, "muy difícil"),
    ],
)
def test_inflesz_bands(score: float, band: str) -> None:
    assert inflesz_band(score) == band


def test_a_number_counts_as_one_syllable_in_a_text() -> None:
    assert measure_spanish("Dura 10 minutos.").syllables == 2 + 1 + 3


def test_text_without_words_is_refused() -> None:
    with pytest.raises(ValueError, match="no Spanish text"):
        measure_spanish("¿? ... !")
