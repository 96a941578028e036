"""The content in other languages: which texts translate, and applying a translation.

A pack's translations are data (:class:`~twitchfacts.model.Translation`
records in the ``translations`` of its :class:`~twitchfacts.catalog.Catalog`):
a JSON pack carries them in its ``translations`` part, and a module pack in
gettext catalogs beside it (``locales/<language>/LC_MESSAGES/content.po``,
compiled to ``content.mo``), read when the pack is loaded. Each translated
text is keyed by its context, the name problems give it (``als.summary``),
and remembers the English it was translated from, so a changed English text
makes its translation stale rather than silently wrong.

Ids, codes, official code descriptions and sources are not translated.
"""

from __future__ import annotations

from twitchfacts.i18n.apply import SOURCE_LANGUAGE, candidates, resolve, translate
from twitchfacts.i18n.texts import ALIASES, source_texts

__all__ = ["ALIASES", "SOURCE_LANGUAGE", "candidates", "resolve", "source_texts", "translate"]
