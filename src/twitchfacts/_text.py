"""Small text helpers shared by look-ups, messages and rules."""

from __future__ import annotations

import unicodedata

__all__ = ["describe", "fold"]


def fold(text: str) -> str:
    """*text* lower-cased, accents stripped and spaces collapsed.

    Readers type "Lou Gehrig" or "lou gehrig's"; look-ups and duplicate
    checks compare folded forms so that case and accents never matter.
    """
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def describe(value: object) -> str:
    """A short phrase naming what *value* is, for "expected X, found Y" messages."""
    if isinstance(value, str):
        return f"text ({value!r})" if len(value) < 40 else "text"
    for kinds, phrase in _KINDS:
        if isinstance(value, kinds):
            return phrase.format(value)
    return f"a {type(value).__name__}"


#: Checked in order: bool before int, since True is an int.
_KINDS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (type(None), "nothing (null)"),
    (bool, "true/false ({})"),
    ((int, float), "a number ({})"),
    ((list, tuple), "a list"),
    (dict, "an object"),
)
