"""The warnings the extension gives, each with a subtype users can silence.

Every warning carries ``type="twitchfacts"``, a subtype from
:data:`SUBTYPES` and a location (file and line), so
``suppress_warnings = ["twitchfacts.unrendered"]`` silences one kind and
``-W`` turns the rest into a failed build. Nothing the extension is given
(a bad option, an unknown id, a broken content pack) raises.
"""

from __future__ import annotations

from typing import Final, Literal

from docutils import nodes
from sphinx.util import logging

#: Where a warning points: a file path, (docname, line), or a node.
Location = str | tuple[str | None, int | None] | nodes.Node | None

__all__ = ["SUBTYPES", "Subtype", "warn"]

Subtype = Literal[
    "config", "content", "unknown-id", "option", "duplicate", "unrendered", "missing-page"
]

#: Every subtype, with what it means; the extension's documentation lists them.
SUBTYPES: Final[dict[Subtype, str]] = {
    "config": "A `twitchfacts_` configuration value is invalid; its default is used instead.",
    "content": (
        "The content pack could not be loaded (pages show no content), or holds values the"
        " rules reject (those values are not shown)."
    ),
    "unknown-id": (
        "A directive or role names a cause or category that neither the pack nor any"
        " intersphinx inventory has."
    ),
    "option": "A directive option has a value it does not accept; the default is used.",
    "duplicate": "A cause or category is rendered as its canonical place twice.",
    "unrendered": (
        "A cause or category of the pack is rendered nowhere in the project (a link to it"
        " shows as text)."
    ),
    "missing-page": (
        "A category's toctree names a cause page, or a body map a place page, that does not exist."
    ),
}

_LOGGER: Final = logging.getLogger("twitchfacts")


def warn(message: str, subtype: Subtype, location: Location = None) -> None:
    """Log a warning of the extension's own type and the given subtype.

    Sphinx appends ``[twitchfacts.<subtype>]`` to the message, which tells
    the reader what to put in ``suppress_warnings``.
    """
    _LOGGER.warning(
        message,
        type="twitchfacts",
        subtype=subtype,
        location=location,
    )
