"""Rules about translations: missing, stale and orphaned texts, and Spanish reading ease.

Each problem names the text and the language: ``als.summary[es]``. A text
with no translation, or whose translation was made from English that has
since changed, keeps the whole language from being shown (see
:func:`twitchfacts.i18n.translate`), so both are errors. A translation of a
text that no longer exists is only a warning: it is never shown.

With prose checks on, Spanish texts are measured on the INFLESZ scale
(Szigriszt-Pazos): summaries must reach 65 ("bastante fácil"), every other
measured text 55 ("normal"). English grades do not apply to Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from twitchfacts._text import describe
from twitchfacts.catalog import Catalog
from twitchfacts.i18n.apply import SOURCE_LANGUAGE, candidates
from twitchfacts.i18n.texts import source_texts
from twitchfacts.model import TranslatedText, Translation
from twitchfacts.rules.base import Problem, Rule, Settings, Severity
from twitchfacts.rules.structure import WRONG_TYPE

__all__ = ["RULES", "TAG", "check"]

MISSING = Rule("translation-missing", Severity.ERROR, "A text has no translation in a language.")
STALE = Rule(
    "translation-stale",
    Severity.ERROR,
    "A translation was made from English that has since changed.",
)
ORPHAN = Rule(
    "translation-orphan", Severity.WARNING, "A translation is of a text that no longer exists."
)
BAD_LANGUAGE = Rule(
    "bad-language",
    Severity.ERROR,
    "A translation's language is not a language tag, is English, or comes twice.",
)
SPANISH_LEVEL = Rule(
    "reading-level-es",
    Severity.ERROR,
    "A Spanish text is below its INFLESZ reading-ease target.",
)

RULES: Final = (MISSING, STALE, ORPHAN, BAD_LANGUAGE, SPANISH_LEVEL)

#: A language tag as gettext names catalogs.
TAG: Final = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
#: A measured field's context: the field, then an optional item index.
_FIELD: Final = re.compile(r"(?:^|[.:])(?P<field>[a-z_]+)(?:\[\d+\])?$")


def check(catalog: Catalog, settings: Settings) -> Iterator[Problem]:
    """Every translation problem, language by language."""
    translations: object = catalog.translations
    if not isinstance(translations, tuple):
        yield WRONG_TYPE.problem(
            "catalog:translations",
            f"expected a tuple of translations, found {describe(translations)}",
        )
        return
    english = source_texts(catalog)
    seen: set[str] = set()
    wanted = _wanted(settings.languages)
    for index, translation in enumerate(translations):
        if not isinstance(translation, Translation):
            yield WRONG_TYPE.problem(
                f"catalog:translations[{index}]",
                f"expected a Translation record, found {describe(translation)}",
            )
            continue
        language = translation.language
        where = f"catalog:translations[{index}].language"
        if not isinstance(language, str) or not TAG.fullmatch(language):
            yield BAD_LANGUAGE.problem(
                where,
                f"{language!r} is not a language tag; write it as gettext names catalogs"
                " (es, es_MX)",
            )
            continue
        if candidates(language)[-1] == SOURCE_LANGUAGE or language in seen:
            yield BAD_LANGUAGE.problem(
                where,
                f"{language!r} is English, the language the content is written in"
                if language not in seen
                else f"{language!r} has two translations; merge them",
            )
            continue
        seen.add(language)
        if wanted is not None and language not in wanted:
            continue
        texts: object = translation.texts
        if not isinstance(texts, tuple):
            yield WRONG_TYPE.problem(
                f"catalog:translations[{index}].texts",
                f"expected a tuple of translated texts, found {describe(texts)}",
            )
            continue
        yield from _wrong_texts(translation, index)
        yield from _check_texts(translation, english)
        if settings.prose and candidates(language)[-1] == "es":
            yield from _check_spanish(translation, english)
    for language in settings.languages or ():
        served = candidates(language)
        if served[-1] != SOURCE_LANGUAGE and not seen & set(served):
            yield MISSING.problem(
                f"catalog:translations[{language}]",
                f"this content has no {language} translation; add one with"
                f" `twitchfacts translations update --lang {served[-1]}`",
            )


def _wanted(languages: tuple[str, ...] | None) -> set[str] | None:
    """The catalog languages that serve the languages asked for (``es_MX`` is served by ``es``)."""
    if languages is None:
        return None
    return {candidate for language in languages for candidate in candidates(language)}


def _usable(translation: Translation) -> list[TranslatedText]:
    return [
        text
        for text in translation.texts
        if isinstance(text, TranslatedText)
        and all(isinstance(part, str) for part in (text.context, text.source, text.text))
    ]


def _wrong_texts(translation: Translation, index: int) -> Iterator[Problem]:
    texts: tuple[object, ...] = translation.texts  # a pack may hold anything here
    for position, text in enumerate(texts):
        where = f"catalog:translations[{index}].texts[{position}]"
        if not isinstance(text, TranslatedText):
            yield WRONG_TYPE.problem(
                where, f"expected a translated text record, found {describe(text)}"
            )
            continue
        for name in ("context", "source", "text"):
            value: object = getattr(text, name)
            if not isinstance(value, str):
                yield WRONG_TYPE.problem(
                    f"{where}.{name}", f"expected text, found {describe(value)}"
                )


def _check_texts(translation: Translation, english: dict[str, str]) -> Iterator[Problem]:
    language = translation.language
    texts = {text.context: text for text in _usable(translation)}
    for context, source in english.items():
        entry = texts.get(context)
        if entry is None or not entry.text.strip():
            yield MISSING.problem(
                f"{context}[{language}]",
                f"no {language} translation of this text; until there is one, the {language}"
                " content is not shown",
            )
        elif entry.source != source:
            yield STALE.problem(
                f"{context}[{language}]",
                f"the English changed since this was translated (from {entry.source!r});"
                " update the translation to match the new English",
            )
    for context in texts:
        if context not in english:
            yield ORPHAN.problem(
                f"{context}[{language}]",
                "this translates a text the content no longer has; remove it",
            )


def _check_spanish(translation: Translation, english: dict[str, str]) -> Iterator[Problem]:
    from twitchfacts.prose.reading_es import (  # noqa: PLC0415 - prose only
        SPANISH_TARGETS,
        measure_spanish,
    )

    grouped: dict[str, list[str]] = {}
    for text in _usable(translation):
        if text.context not in english:
            continue
        match = _FIELD.search(text.context)
        if match is None or match["field"] not in SPANISH_TARGETS or not text.text.strip():
            continue
        # List items are measured together, as the English ones are.
        key = text.context.rsplit("[", 1)[0] if text.context.endswith("]") else text.context
        grouped.setdefault(key, []).append(text.text)
    for key, parts in grouped.items():
        field = _FIELD.search(key)
        target = SPANISH_TARGETS[field["field"]] if field else 55.0
        try:
            reading = measure_spanish(" ".join(parts))
        except ValueError:
            continue  # no words to measure ("..."): the text is checked by people, not here
        if reading.szigriszt_pazos < target:
            yield SPANISH_LEVEL.problem(
                f"{key}[{translation.language}]",
                f"INFLESZ {reading.szigriszt_pazos:g} ({reading.band}) is below the target of"
                f" {target:g} for this text; use shorter sentences and everyday words",
            )
