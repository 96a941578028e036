"""Patient-education content about the causes of muscle twitching, as typed data.

The functions here answer the common questions about the built-in content
(or about any content pack passed as ``content``)::

    >>> import twitchfacts
    >>> twitchfacts.get("caffeine-and-stimulants").name
    'Caffeine and other stimulants'
    >>> [cause.id for cause in twitchfacts.by_code("G12.21")]
    ['als']

Importing this package is cheap on purpose: nothing is loaded until a
function is first called, and Sphinx, docutils and the ICD-10-CM tables are
never imported by these functions. A program that makes many queries
against a pack other than the built-in one should call :func:`load` once
and use the :class:`~twitchfacts.catalog.Catalog` it returns.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TypeAlias

    from twitchfacts.catalog import Catalog
    from twitchfacts.model import Category, Cause, Movement

    #: What ``content`` accepts: a loaded catalog, a pack (module name, ``.py``
    #: or ``.json`` path), or ``None`` for the built-in content.
    Content: TypeAlias = Catalog | str | os.PathLike[str] | None

__all__ = [
    "__version__",
    "by_category",
    "by_code",
    "by_place",
    "categories",
    "causes",
    "get",
    "load",
    "movements",
    "search",
]

__version__ = "0.1.0"

_builtin: dict[str, Catalog] = {}
_builtin_lock = threading.Lock()


def load(content: str | os.PathLike[str] | None = None, *, lang: str | None = None) -> Catalog:
    """Load a content pack and return its catalog.

    :param content: A module name, a ``.py`` or ``.json`` path, or ``None``
        for the built-in content (loaded once, then shared).
    :param lang: A language (``"es"``, ``"es_MX"``, which falls back to
        ``"es"``): every text comes in it. ``None`` or English gives the
        content as written.
    :raises twitchfacts.errors.PackError: if the pack cannot be loaded; the
        message says where the problem is.
    :raises twitchfacts.errors.LanguageError: if the pack has no complete,
        current translation into *lang*.
    """
    from twitchfacts.packs import load as load_pack  # noqa: PLC0415 - keeps import cheap

    if content is not None:
        return _in_language(load_pack(content), lang)
    with _builtin_lock:
        english = _builtin.get("en") or load_pack(None)
        _builtin["en"] = english
        if lang is None:
            return english
        from twitchfacts.i18n import resolve  # noqa: PLC0415 - only when a language is asked

        # Cached by the language shown, so "es", "es-MX" and "ES" share one copy.
        key = resolve(english, lang)
        if key not in _builtin:
            _builtin[key] = _in_language(english, lang)
        return _builtin[key]


def _in_language(catalog: Catalog, lang: str | None) -> Catalog:
    if lang is None:
        return catalog
    from twitchfacts.i18n import translate  # noqa: PLC0415 - only when a language is asked

    return translate(catalog, lang)


def _catalog(content: Content, lang: str | None = None) -> Catalog:
    from twitchfacts.catalog import Catalog  # noqa: PLC0415 - keeps import cheap

    return _in_language(content, lang) if isinstance(content, Catalog) else load(content, lang=lang)


def causes(content: Content = None, *, lang: str | None = None) -> tuple[Cause, ...]:
    """Every cause, in reading order (harmless everyday causes first)."""
    return _catalog(content, lang).causes


def categories(content: Content = None, *, lang: str | None = None) -> tuple[Category, ...]:
    """Every category, in reading order."""
    return _catalog(content, lang).categories


def movements(content: Content = None, *, lang: str | None = None) -> tuple[Movement, ...]:
    """The kinds of movement readers may call a twitch (cramp, tremor, tic ...).

    Each says what it feels like, its usual cause and when to get help, and
    names the causes to read next: the way in for a reader who is not sure
    that what they feel is a twitch at all.
    """
    return _catalog(content, lang).movements


def get(cause_id: str, content: Content = None, *, lang: str | None = None) -> Cause:
    """The cause with this id.

    :raises twitchfacts.catalog.UnknownIdError: (a :class:`KeyError`) if no
        cause has this id; its message suggests the closest ids.
    """
    return _catalog(content, lang).get(cause_id)


def by_category(
    category_id: str, content: Content = None, *, lang: str | None = None
) -> tuple[Cause, ...]:
    """The causes in one category, in reading order.

    :raises twitchfacts.catalog.UnknownIdError: if no category has this id.
    """
    return _catalog(content, lang).by_category(category_id)


def by_code(code: str, content: Content = None, *, lang: str | None = None) -> tuple[Cause, ...]:
    """The causes that carry an ICD-10-CM code, with or without its dot.

    This is how a clinical record (say, a diagnosis of ``E83.42``) finds the
    patient-education text that explains it.
    """
    return _catalog(content, lang).by_code(code)


def by_place(place: str, content: Content = None, *, lang: str | None = None) -> tuple[Cause, ...]:
    """The causes whose twitching shows at a place on the body, harmless ones first.

    *place* is one of :data:`twitchfacts.model.PLACES` (``"eyelid"``,
    ``"legs-and-feet"``, ...): the way in for a reader who knows only where
    they feel it.
    """
    return _catalog(content, lang).by_place(place)


def search(text: str, content: Content = None, *, lang: str | None = None) -> tuple[Cause, ...]:
    """The causes whose name or aliases match what a reader typed.

    Case and accents are ignored; every word must match. Best matches come
    first: ``search("coffee")`` finds caffeine, ``search("lou gehrig")``
    finds ALS.
    """
    return _catalog(content, lang).search(text)
