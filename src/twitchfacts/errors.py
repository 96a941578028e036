"""The exceptions twitchfacts raises for problems a user can fix.

The command line turns each into a one-line message and an exit code, never
a traceback; programs can catch :class:`TwitchfactsError` to handle them all.
"""

from __future__ import annotations

__all__ = ["ExportError", "LanguageError", "PackError", "TwitchfactsError"]


class TwitchfactsError(Exception):
    """Base class of every error caused by input rather than by a bug."""


class PackError(TwitchfactsError):
    """A content pack could not be loaded.

    The message says which pack, and where in it (file and line, or the path
    to the JSON value) the problem is. When several problems were found at
    once they are all in ``problems``, one line each.
    """

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        self.problems = problems
        super().__init__(message)

    def __str__(self) -> str:
        head = super().__str__()
        return "\n".join([head, *(f"  {line}" for line in self.problems)])


class ExportError(TwitchfactsError):
    """Content holds a value that the chosen export format cannot represent."""


class LanguageError(TwitchfactsError):
    """Content was asked for in a language the pack cannot give in full.

    Medical advice is never shown half translated or translated from an
    older English text: a language the pack lacks, or one whose translation
    is incomplete or stale, is refused with this error, whose message says
    which languages the pack has or how many texts need a translator.
    """
