"""A catalog in another language: every text replaced by its translation, or refused.

A translation is applied whole or not at all. If any text has no
translation, or its translation was made from an English text that has
since changed, :func:`translate` refuses with a
:class:`~twitchfacts.errors.LanguageError` saying how many texts are missing
and stale: a reader must never get half the advice in one language, or
advice translated from what the page used to say.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any, Final, TypeVar

from twitchfacts.catalog import Catalog
from twitchfacts.errors import LanguageError
from twitchfacts.i18n.texts import ALIAS_SEPARATOR, ALIASES, context, source_texts
from twitchfacts.model import Category, Cause, Movement, RedFlag, TranslatedText, Translation
from twitchfacts.subjects import category_subject, cause_subject, movement_subject

__all__ = ["SOURCE_LANGUAGE", "candidates", "find", "gaps", "resolve", "translate"]

#: The language the content is written in, and translated from.
SOURCE_LANGUAGE: Final = "en"

_R = TypeVar("_R")


def candidates(language: str) -> list[str]:
    """The catalog languages to try for *language*, most specific first.

    ``"es-MX"`` and ``"es_MX"`` give ``["es_MX", "es"]``: a reader in Mexico
    gets the Mexican catalog if the pack has one, else the Spanish one.
    """
    base, _, region = language.strip().replace("-", "_").partition("_")
    base = base.lower()
    return [f"{base}_{region.upper()}", base] if region else [base]


def find(catalog: Catalog, language: str) -> Translation | None:
    """The pack's translation that serves *language*, if it has one."""
    by_language: dict[str, Translation] = {}
    for translation in _translations(catalog):
        # Of two translations into one language the first counts, as in validation.
        by_language.setdefault(translation.language, translation)
    for candidate in candidates(language):
        if candidate in by_language:
            return by_language[candidate]
    return None


def resolve(catalog: Catalog, language: str) -> str:
    """The language *catalog* would be shown in for *language*: a translation's, or English.

    :raises LanguageError: if *language* is blank or the pack has no translation for it.
    """
    if not isinstance(language, str) or not language.strip():
        raise LanguageError(f"{language!r} is not a language; use a tag such as 'es' or 'es_MX'")
    if candidates(language)[-1] == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    translation = find(catalog, language)
    if translation is None:
        known = [SOURCE_LANGUAGE, *sorted({t.language for t in _translations(catalog)})]
        raise LanguageError(
            f"this content has no translation into {language!r}; it is available in"
            f" {', '.join(known)}"
        )
    return translation.language


def _translations(catalog: Catalog) -> list[Translation]:
    """The catalog's translations that are well-formed enough to use."""
    values = catalog.translations if isinstance(catalog.translations, tuple) else ()
    return [
        value
        for value in values
        if isinstance(value, Translation)
        and isinstance(value.language, str)
        and isinstance(value.texts, tuple)
    ]


def gaps(catalog: Catalog, translation: Translation) -> tuple[list[str], list[str]]:
    """The contexts of *catalog* with no translation, and those whose translation is stale."""
    texts = _by_context(translation)
    missing: list[str] = []
    stale: list[str] = []
    for where, english in source_texts(catalog).items():
        entry = texts.get(where)
        if entry is None or not entry.text.strip():
            missing.append(where)
        elif entry.source != english:
            stale.append(where)
    return missing, stale


def translate(catalog: Catalog, language: str) -> Catalog:
    """*catalog* with every text in *language* (English gives *catalog* itself).

    :raises LanguageError: if the pack has no translation for *language*,
        or its translation is incomplete or stale.
    """
    if resolve(catalog, language) == SOURCE_LANGUAGE:
        return catalog
    translation = find(catalog, language)
    if translation is None:  # pragma: no cover - resolve() has found it
        raise LanguageError(f"no translation into {language!r}")
    missing, stale = gaps(catalog, translation)
    if missing or stale:
        first = ", ".join((missing + stale)[:3])
        raise LanguageError(
            f"the {translation.language!r} translation is not complete: {len(missing)} texts"
            f" have no translation and {len(stale)} were translated from English that has"
            f" since changed (first: {first}); it is not shown until a translator updates it."
            f" `twitchfacts validate --lang {translation.language}` lists them all"
        )
    return _Translator(_by_context(translation)).catalog(catalog)


def _by_context(translation: Translation) -> dict[str, TranslatedText]:
    """The usable entries by context; an entry with a field that is not text is left out."""
    texts = translation.texts if isinstance(translation.texts, tuple) else ()
    return {
        text.context: text
        for text in texts
        if isinstance(text, TranslatedText)
        and all(isinstance(part, str) for part in (text.context, text.source, text.text))
    }


class _Translator:
    """Rebuilds records with their texts replaced, by context."""

    def __init__(self, texts: dict[str, TranslatedText]) -> None:
        self.texts = texts

    def text(self, where: str, value: object) -> object:
        entry = self.texts.get(where)
        return entry.text if entry is not None and isinstance(value, str) else value

    def items(self, subject: str, field: str, values: object) -> object:
        if not isinstance(values, tuple):
            return values
        return tuple(
            self.text(context(subject, f"{field}[{n}]"), value) for n, value in enumerate(values)
        )

    def flags(self, subject: str, field: str, flags: object) -> object:
        if not isinstance(flags, tuple):
            return flags
        return tuple(
            dataclasses.replace(
                flag, text=str(self.text(context(subject, f"{field}[{n}].text"), flag.text))
            )
            if isinstance(flag, RedFlag) and isinstance(flag.text, str)
            else flag
            for n, flag in enumerate(flags)
        )

    def aliases(self, subject: str, aliases: object) -> object:
        entry = self.texts.get(context(subject, ALIASES))
        if entry is None:
            return aliases
        parts = entry.text.split(ALIAS_SEPARATOR.strip())
        return tuple(alias.strip() for alias in parts if alias.strip())

    def cause(self, cause: Cause, subject: str) -> Cause:
        # Records may hold values of any type (the validator judges them),
        # so the changes are typed loosely; each keeps its field's value type.
        changes: dict[str, Any] = {
            name: self.text(context(subject, name), getattr(cause, name))
            for name in ("name", "summary", "explanation", "disclaimer")
        }
        changes["self_care"] = self.items(subject, "self_care", cause.self_care)
        changes["questions"] = self.items(subject, "questions", cause.questions)
        changes["see_a_doctor"] = self.flags(subject, "see_a_doctor", cause.see_a_doctor)
        changes["aliases"] = self.aliases(subject, cause.aliases)
        return dataclasses.replace(cause, **changes)

    def category(self, category: Category, subject: str) -> Category:
        changes: dict[str, Any] = {
            name: self.text(context(subject, name), getattr(category, name))
            for name in ("title", "description")
        }
        return dataclasses.replace(category, **changes)

    def movement(self, movement: Movement, subject: str) -> Movement:
        changes: dict[str, Any] = {
            name: self.text(context(subject, name), getattr(movement, name))
            for name in ("name", "also_called", "feels_like", "usual_cause")
        }
        changes["get_help"] = self.flags(subject, "get_help", movement.get_help)
        return dataclasses.replace(movement, **changes)

    def catalog(self, catalog: Catalog) -> Catalog:
        return catalog.replace(
            causes=_each(catalog.causes, Cause, cause_subject, self.cause),
            categories=_each(catalog.categories, Category, category_subject, self.category),
            movements=_each(catalog.movements, Movement, movement_subject, self.movement),
            disclaimer=self.text("catalog:disclaimer", catalog.disclaimer),
            reassurance=self.text("catalog:reassurance", catalog.reassurance),
            red_flags=self.flags("catalog:", "red_flags", catalog.red_flags),
            translations=(),
        )


def _each(
    values: Iterable[object],
    kind: type[_R],
    subject_of: Callable[[_R, int], str],
    change: Callable[[_R, str], _R],
) -> tuple[object, ...]:
    """Each record changed; of records sharing an id only the first (the one shown)."""
    seen: set[str] = set()
    changed: list[object] = []
    for index, value in enumerate(values):
        subject = subject_of(value, index) if isinstance(value, kind) else ""
        if subject and subject not in seen:
            seen.add(subject)
            changed.append(change(value, subject))  # type: ignore[arg-type]
        else:
            changed.append(value)
    return tuple(changed)
