"""The twitchfacts Sphinx extension: render content packs as pages.

Enable it with ``extensions = ["twitchfacts.sphinxext"]``. It adds the
``twitch`` domain (directives ``twitch:cause``, ``twitch:causes``,
``twitch:category``, ``twitch:categories``, ``twitch:disclaimer``,
``twitch:reassurance``, ``twitch:red-flags``, ``twitch:sources`` and the
roles ``twitch:cause`` and ``twitch:category``), the ``twitchfacts_*``
configuration values, the disclaimer on every page, and JSON-LD.

Only :func:`setup` lives here; importing this package imports Sphinx, which
is why ``import twitchfacts`` never imports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ["setup"]


def setup(app: Sphinx) -> dict[str, Any]:
    """Set up the extension (Sphinx calls this)."""
    from twitchfacts.sphinxext.extension import setup_extension  # noqa: PLC0415

    return setup_extension(app)
