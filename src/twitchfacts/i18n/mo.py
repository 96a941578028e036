"""Reading compiled gettext catalogs (``.mo``) into translation records.

A pack's translations are read every time it is loaded, so reading must be
cheap. The standard library parses ``.mo`` files but offers no public way to
list their entries, and Babel's reader costs as much to import as loading
the whole built-in pack, so this module reads the (small, fixed, GNU
documented) format itself. Babel writes the files (see
:mod:`twitchfacts.i18n.catalogs`), and a test reads back what it wrote.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Final

from twitchfacts.errors import PackError
from twitchfacts.model import TranslatedText, Translation

__all__ = ["DOMAIN", "read_mo", "read_translations"]

#: The gettext domain of content catalogs: ``locales/<language>/LC_MESSAGES/content.mo``.
DOMAIN: Final = "content"
_MAGIC_LE: Final = 0x950412DE
_MAGIC_BE: Final = 0xDE120495
_CONTEXT_END: Final = "\x04"


def read_mo(path: Path) -> list[tuple[str, str, str]]:
    """The (context, message id, translation) of every entry of a ``.mo`` file.

    The header entry is left out; an entry without a context has ``""``.

    :raises PackError: if the file cannot be read or is not a ``.mo`` file.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PackError(f"{path}: cannot read: {error}") from None
    try:
        return _entries(data)
    except (struct.error, UnicodeDecodeError, ValueError) as error:
        raise PackError(f"{path}: not a compiled gettext catalog (.mo): {error}") from None


def _entries(data: bytes) -> list[tuple[str, str, str]]:
    (magic,) = struct.unpack("<I", data[:4])
    order = "<" if magic == _MAGIC_LE else ">" if magic == _MAGIC_BE else ""
    if not order:
        msg = "wrong magic number"
        raise ValueError(msg)
    _, count, originals, translations = struct.unpack(f"{order}4I", data[4:20])
    entries = []
    for index in range(count):
        key = _string(data, order, originals + 8 * index)
        value = _string(data, order, translations + 8 * index)
        if not key:
            continue  # the header
        # A context (a slug path) never holds the separator; a message may.
        context, message = key.split(_CONTEXT_END, 1) if _CONTEXT_END in key else ("", key)
        # Plural forms are separated by NUL; content has none, so keep the first.
        entries.append((context, message.split("\x00")[0], value.split("\x00")[0]))
    return entries


def _string(data: bytes, order: str, at: int) -> str:
    length, offset = struct.unpack(f"{order}2I", data[at : at + 8])
    if offset + length > len(data):
        msg = "a string runs past the end of the file"
        raise ValueError(msg)
    return data[offset : offset + length].decode("utf-8")


def read_translations(locales: Path) -> tuple[Translation, ...]:
    """Every language's translation compiled under *locales*, in language order.

    :param locales: A ``locales`` folder: ``<language>/LC_MESSAGES/content.mo``.
    """
    found = []
    for path in sorted(locales.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")):
        language = path.parent.parent.name
        texts = tuple(
            TranslatedText(context=context, source=source, text=text)
            for context, source, text in read_mo(path)
            if context  # every content text has one
        )
        found.append(Translation(language=language, texts=texts))
    return tuple(found)
