"""Keeping a module pack's gettext catalogs in step with its English, with Babel.

Translators edit ``locales/<language>/LC_MESSAGES/content.po`` with any PO
editor; this module does the rest, as ``pybabel update`` and ``pybabel
compile`` would, but from the content itself rather than from source code:

* :func:`update` writes one entry per translatable text (context: where the
  text is, message id: its English). An entry whose English changed keeps
  its translation, marked fuzzy with the old English beside it, so the
  translator sees what changed; entries for texts that are gone are dropped.
* :func:`compile_catalogs` writes each ``content.mo`` from its ``.po``,
  leaving fuzzy entries out: a translation awaiting review is never shown.
* :func:`check` reports fuzzy entries as stale and a committed ``.mo`` whose
  entries are not what its ``.po`` compiles to.

Babel is imported only here, never when a pack is loaded.
"""

from __future__ import annotations

import datetime
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Final

from twitchfacts import __version__
from twitchfacts.catalog import Catalog
from twitchfacts.errors import LanguageError
from twitchfacts.files import write_atomically
from twitchfacts.i18n.apply import SOURCE_LANGUAGE, candidates
from twitchfacts.i18n.mo import DOMAIN, read_mo
from twitchfacts.i18n.texts import source_texts
from twitchfacts.rules.base import Problem, Rule, Severity
from twitchfacts.rules.translations import STALE
from twitchfacts.rules.translations import TAG as _TAG

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog as PoCatalog

__all__ = ["UNCOMPILED", "check", "compile_catalogs", "po_path", "update"]

UNCOMPILED = Rule(
    "translation-uncompiled",
    Severity.ERROR,
    "A translation catalog's .mo file is not what its .po file compiles to.",
)
_PROJECT: Final = "twitchfacts content"
_ISSUES: Final = "https://github.com/twitchfacts/twitchfacts/issues"
_HEADER: Final = (
    "# Translation ({language}) of {what}.\n"
    "# Each entry is one text: its context says where the text is, as\n"
    "# `twitchfacts validate` names it, and its msgid is the English. Run\n"
    "# `twitchfacts translations update --lang {language}` after the English changes.\n"
    "#"
)
#: Header dates are fixed so that updating unchanged content changes nothing.
_EPOCH: Final = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def catalog_language(language: str) -> str:
    """*language* as catalogs are named (``es-MX`` gives ``es_MX``).

    :raises LanguageError: if it is not a language tag, or is English (the
        language the content is written in).
    """
    name = candidates(language)[0] if isinstance(language, str) and language.strip() else ""
    if not _TAG.fullmatch(name):
        raise LanguageError(f"{language!r} is not a language tag; use one such as 'es' or 'es_MX'")
    if candidates(name)[-1] == SOURCE_LANGUAGE:
        raise LanguageError(
            "English is the language the content is written in; it needs no catalog"
        )
    return name


def po_path(locales: Path, language: str) -> Path:
    """Where the ``.po`` file of *language* lives under *locales*."""
    return locales / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def update(catalog: Catalog, locales: Path, language: str) -> tuple[int, int, int]:
    """Bring the ``.po`` of *language* in step with *catalog*'s English.

    :returns: How many entries are new, changed (now fuzzy) and removed.
    """
    language = catalog_language(language)
    path = po_path(locales, language)
    old = _read(path, language) if path.is_file() else None
    new = _new_catalog(language, DOMAIN, _PROJECT, "the twitchfacts content")
    previous = {message.context: message for message in old or () if message.id}
    added = changed = 0
    for context, english in source_texts(catalog).items():
        known = previous.pop(context, None)
        if known is None:
            new.add(english, "", context=context)
            added += 1
        elif known.id == english:
            new.add(english, known.string, context=context, flags=known.flags)
        else:
            new.add(
                english,
                known.string,
                context=context,
                flags={*known.flags, "fuzzy"},
                previous_id=known.id,
            )
            changed += 1
    _write_po(path, new)
    return added, changed, len(previous)


def update_labels(language: str, translations: dict[str, str] | None = None) -> tuple[int, int]:
    """Bring the catalog of twitchfacts' own words in *language* up to date with its labels.

    Entries are the English words themselves (no context), as Sphinx reads
    extension catalogs. Translations already there are kept; *translations*
    adds or replaces some.

    :returns: How many words have no translation, and how many entries were removed.
    """
    from twitchfacts import labels  # noqa: PLC0415

    language = catalog_language(language)
    path = labels.LOCALES / language / "LC_MESSAGES" / f"{labels.DOMAIN}.po"
    known = {m.id: m for m in _read(path, language) if m.id} if path.is_file() else {}
    old = {word: message.string for word, message in known.items()}
    fuzzy = {word for word, message in known.items() if message.fuzzy}
    for word, text in (translations or {}).items():
        old[word] = text
        fuzzy.discard(word)
    new = _new_catalog(language, labels.DOMAIN, "twitchfacts", "twitchfacts' own words")
    message_ids = list(labels.messages())
    for message_id in message_ids:
        # A word still awaiting review stays marked, so it is not shown.
        empty = ("", "") if isinstance(message_id, tuple) else ""
        flags = {"fuzzy"} if message_id in fuzzy else set()
        new.add(message_id, old.get(message_id, empty), flags=flags)
    _write_po(path, new)
    untranslated = sum(not _translated(old.get(message_id)) for message_id in message_ids)
    return untranslated, len(set(old) - set(message_ids))


def _translated(text: object) -> bool:
    """Whether a catalog entry's translation is there (every plural form, for a count)."""
    if isinstance(text, (tuple, list)):
        return bool(text) and all(text)
    return bool(text)


def compile_catalogs(locales: Path) -> list[Path]:
    """Write every ``content.mo`` under *locales* that differs from its ``.po``; return them."""
    written = []
    for path in sorted(locales.glob("*/LC_MESSAGES/*.po")):
        target = path.with_suffix(".mo")
        if not _current(path, target):
            write_atomically(target, _compiled(path))
            written.append(target)
    return written


def check(locales: Path) -> list[Problem]:
    """Fuzzy entries (stale translations) and ``.mo`` files that are not current."""
    return list(_check(locales))


def _check(locales: Path) -> Iterator[Problem]:
    for path in sorted(locales.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        language = path.parent.parent.name
        for message in _read(path, language):
            if message.id and message.fuzzy and message.string:
                yield STALE.problem(
                    f"{message.context}[{language}]",
                    "marked fuzzy in the catalog: the English changed since this was"
                    " translated; review the translation and remove the fuzzy mark",
                )
        target = path.with_suffix(".mo")
        if not _current(path, target):
            yield UNCOMPILED.problem(
                f"catalog:translations[{language}]",
                f"{target} is not what {path.name} compiles to; run"
                " `twitchfacts translations compile`",
            )


def _new_catalog(language: str, domain: str, project: str, what: str) -> PoCatalog:
    """An empty catalog with the project's header, dated so that rewriting it changes nothing."""
    from babel.messages.catalog import Catalog as PoCatalog  # noqa: PLC0415

    return PoCatalog(
        locale=language,
        domain=domain,
        header_comment=_HEADER.format(language=language, what=what),
        project=project,
        version=__version__,
        msgid_bugs_address=_ISSUES,
        copyright_holder="the twitchfacts contributors",
        last_translator="the twitchfacts contributors",
        language_team=f"twitchfacts {language}",
        creation_date=_EPOCH,
        revision_date=_EPOCH,
        charset="utf-8",
        fuzzy=False,
    )


def _current(po: Path, mo: Path) -> bool:
    """Whether *mo* holds exactly the entries *po* compiles to.

    Entries are compared, not bytes: the header Babel writes names Babel's
    own version, which may differ between machines without any text
    changing.
    """
    if not mo.is_file():
        return False
    with tempfile.TemporaryDirectory(prefix="twitchfacts-mo-") as folder:
        fresh = Path(folder) / mo.name
        fresh.write_bytes(_compiled(po))
        return sorted(read_mo(fresh)) == sorted(read_mo(mo))


def _read(path: Path, language: str) -> PoCatalog:
    from babel.messages.pofile import read_po  # noqa: PLC0415

    with path.open("rb") as stream:
        return read_po(stream, locale=language, domain=DOMAIN)


def _compiled(path: Path) -> bytes:
    from babel.messages.mofile import write_mo  # noqa: PLC0415

    buffer = io.BytesIO()
    write_mo(buffer, _read(path, path.parent.parent.name), use_fuzzy=False)
    return buffer.getvalue()


def _write_po(path: Path, catalog: PoCatalog) -> None:
    from babel.messages.pofile import write_po  # noqa: PLC0415

    buffer = io.BytesIO()
    write_po(buffer, catalog, width=88, include_previous=True, omit_header=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, buffer.getvalue())
