"""Reading ease of Spanish text: Szigriszt-Pazos (INFLESZ) and Fernández-Huerta.

English grades (Flesch-Kincaid) do not carry over to Spanish, whose words
have more syllables. Spanish health writing is measured with the
Szigriszt-Pazos perspicuity index read on the INFLESZ scale (Barrio-Cantalejo
et al., 2008), where 55 to 65 is "normal" and 65 to 80 "bastante fácil",
and often with Fernández-Huerta's adaptation of Flesch reading ease. Both
count syllables with :mod:`twitchfacts.prose.syllables_es`.

Fernández-Huerta's formula as first printed divides sentences by words
(sentences per hundred words) where Flesch divides words by sentences, so
longer sentences would read as easier; the corrected form, with words per
sentence, is the one used here and by current tools.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from twitchfacts.prose.style import FIELD_TARGETS
from twitchfacts.prose.syllables_es import count_syllables

if TYPE_CHECKING:
    from twitchfacts.catalog import Catalog

__all__ = [
    "INFLESZ_BANDS",
    "SPANISH_TARGETS",
    "SpanishReading",
    "inflesz_band",
    "measure_catalog",
    "measure_spanish",
]

#: The lowest Szigriszt-Pazos score (INFLESZ scale) each measured field may
#: have: "bastante fácil" for summaries, "normal" for the rest.
SPANISH_TARGETS: Final = {field: 65.0 if field == "summary" else 55.0 for field in FIELD_TARGETS}

#: The INFLESZ scale: the lowest Szigriszt-Pazos score of each band.
INFLESZ_BANDS: Final = (
    (80.0, "muy fácil"),
    (65.0, "bastante fácil"),
    (55.0, "normal"),
    (40.0, "algo difícil"),
    (float("-inf"), "muy difícil"),
)

_WORD: Final = re.compile(r"[0-9A-Za-zÑñÁÉÍÓÚÜáéíóúü]+")
#: A sentence ends at ., ! or ? (Spanish opens questions with ¿, which is not an end).
_SENTENCE_END: Final = re.compile(r"[.!?…]+")


@dataclass(frozen=True)
class SpanishReading:
    """The reading ease of a Spanish text.

    :param szigriszt_pazos: Perspicuity, 0 to 100; higher is easier.
    :param fernandez_huerta: Fernández-Huerta reading ease; higher is easier.
    """

    words: int
    sentences: int
    syllables: int
    szigriszt_pazos: float
    fernandez_huerta: float

    @property
    def band(self) -> str:
        """The INFLESZ band of the Szigriszt-Pazos score, in Spanish."""
        return inflesz_band(self.szigriszt_pazos)


def inflesz_band(score: float) -> str:
    """The INFLESZ band a Szigriszt-Pazos *score* falls in ("bastante fácil" from 65)."""
    return next(name for lowest, name in INFLESZ_BANDS if score >= lowest)


def measure_spanish(text: str) -> SpanishReading:
    """Syllables, words and sentences of *text*, and both reading-ease scores.

    :raises ValueError: if *text* has no words to measure.
    """
    words = _WORD.findall(text)
    if not words:
        msg = "there is no Spanish text to measure"
        raise ValueError(msg)
    sentences = max(1, len([part for part in _SENTENCE_END.split(text) if _WORD.search(part)]))
    # A number ("10") has no letters to divide; it counts as one syllable.
    syllables = sum(max(1, count_syllables(word)) for word in words)
    per_word = syllables / len(words)
    per_sentence = len(words) / sentences
    return SpanishReading(
        words=len(words),
        sentences=sentences,
        syllables=syllables,
        szigriszt_pazos=round(206.835 - 62.3 * per_word - per_sentence, 1),
        fernandez_huerta=round(206.84 - 60.0 * per_word - 1.02 * per_sentence, 1),
    )


def measure_catalog(catalog: Catalog) -> dict[str, Any]:
    """Catalog-wide Spanish figures, per field and for all measured text together.

    The same texts as the English measure (:func:`twitchfacts.prose.reading.measured_texts`),
    read on the INFLESZ scale. Per field: the target, the mean and lowest
    Szigriszt-Pazos score, and how many texts fall below the target; per
    subject, each field's score; for all text, its score, band and words.
    """
    from twitchfacts.prose.reading import measured_texts  # noqa: PLC0415 - it imports textstat

    by_field: dict[str, list[float]] = {}
    scores: dict[str, dict[str, float]] = {}
    texts = []
    for subject, field, text in measured_texts(catalog):
        try:
            ease = measure_spanish(text).szigriszt_pazos
        except ValueError:  # no words: other rules report it
            continue
        by_field.setdefault(field, []).append(ease)
        scores.setdefault(subject, {})[field] = ease
        texts.append(text)
    fields = {
        field: {
            "target": SPANISH_TARGETS[field],
            "mean": round(sum(group) / len(group), 1),
            "lowest": min(group),
            "under_target": sum(ease < SPANISH_TARGETS[field] for ease in group),
            "count": len(group),
        }
        for field, group in by_field.items()
    }
    whole = measure_spanish(" ".join(texts)) if texts else None
    return {
        "fields": fields,
        "scores": scores,
        "all_text": {
            "ease": whole.szigriszt_pazos if whole else 0.0,
            "band": whole.band if whole else "",
            "words": whole.words if whole else 0,
        },
    }
