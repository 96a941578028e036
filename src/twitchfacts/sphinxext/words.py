"""The extension's words in the build's language, through Sphinx's own translations.

Each mapping here has the keys of its English original in
:mod:`twitchfacts.labels` and gives each word translated, when it is read,
with :func:`sphinx.locale.get_translation` and the extension's message
catalog (registered in :func:`register`), as Sphinx's own domains do.
Renderers import their words from here, so a page in Spanish gets Spanish
headings without any of them having to ask for it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final

from sphinx.locale import get_translation, get_translator

from twitchfacts import labels

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = [
    "CAUSE_PARTS",
    "GROUP_TITLES",
    "MOVEMENT_PARTS",
    "PATHWAY",
    "PLACE_NAMES",
    "PLACE_TEXTS",
    "READABILITY",
    "TABLE_COLUMNS",
    "URGENCY_ACTIONS",
    "URGENCY_TITLES",
    "WORDS",
    "count",
    "lazy",
    "register",
    "translate",
]

_ = get_translation(labels.DOMAIN)


def translate(word: str) -> str:
    """*word* (one of :mod:`twitchfacts.labels`) in the build's language."""
    return str(_(word))


def lazy(word: str) -> str:
    """*word* (one of :data:`twitchfacts.labels.WORDS`), translated each time it is shown.

    For class attributes Sphinx reads during the build, such as an index's
    name: they are defined once, at import, before any build's language.
    """
    return _(labels.WORDS[word])


def count(word: str, number: int) -> str:
    """A word of :data:`twitchfacts.labels.COUNTS` with its number ("5 causes").

    The catalog chooses the plural form, so languages with other plural
    rules than English's get them right.
    """
    singular, plural = labels.COUNTS[word]
    translator = get_translator(labels.DOMAIN)
    return translator.ngettext(singular, plural, number).format(count=number)


class _Translated(Mapping[str, str]):
    """A read-only view of an English mapping that translates each value as it is read."""

    def __init__(self, english: Mapping[Any, str]) -> None:
        self._english: Mapping[str, str] = english

    def __getitem__(self, key: str) -> str:
        return translate(self._english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)


URGENCY_TITLES: Final = _Translated(labels.URGENCY_TITLES)
URGENCY_ACTIONS: Final = _Translated(labels.URGENCY_ACTIONS)
CAUSE_PARTS: Final = _Translated(labels.CAUSE_PARTS)
PLACE_NAMES: Final = _Translated(labels.PLACE_NAMES)
PLACE_TEXTS: Final = _Translated(labels.PLACE_TEXTS)
MOVEMENT_PARTS: Final = _Translated(labels.MOVEMENT_PARTS)
GROUP_TITLES: Final = _Translated(labels.GROUP_TITLES)
TABLE_COLUMNS: Final = _Translated(labels.TABLE_COLUMNS)
READABILITY: Final = _Translated(labels.READABILITY)
PATHWAY: Final = _Translated(labels.PATHWAY)
WORDS: Final = _Translated(labels.WORDS)


def register(app: Sphinx) -> None:
    """Give Sphinx the extension's message catalog, in this build's language.

    Sphinx keeps translations for the whole process and adds a newly loaded
    language to the ones already there, so the catalog another build loaded
    (a Spanish site built before an English one) is dropped first.
    """
    from sphinx import locale  # noqa: PLC0415

    locale.translators.pop(("general", labels.DOMAIN), None)
    app.add_message_catalog(labels.DOMAIN, str(labels.LOCALES))
