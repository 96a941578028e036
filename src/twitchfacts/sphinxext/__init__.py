"""The twitchfacts Sphinx extension: render content packs as pages.

Enable it with ``extensions = ["twitchfacts.sphinxext"]``. It adds the
``twitch`` domain (directives ``twitch:cause``, ``twitch:causes``,
``twitch:category``, ``twitch:categories``, ``twitch:disclaimer``,
``twitch:reassurance``, ``twitch:red-flags``, ``twitch:sources`` and the
roles ``twitch:cause`` and ``twitch:category``), the ``twitchfacts_*``
configuration values, the disclaimer on every page, and JSON-LD.

Only :func:`setup` lives here; importing this package imports Sphinx, which
is why ``import twitchfacts`` never imports it. Importing it where Sphinx is
not installed raises an ``ImportError`` that names the ``sphinx`` extra.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ["MINIMUM_SPHINX", "setup"]

if importlib.util.find_spec("sphinx") is None:  # pragma: no cover - tested in a subprocess
    raise ImportError(
        'twitchfacts.sphinxext needs Sphinx; install it with: pip install "twitchfacts[sphinx]"',
        name="sphinx",
    )

#: The oldest Sphinx the extension is tested with (the ``sphinx`` extra).
MINIMUM_SPHINX: Final = (8, 2)
_INSTALL: Final = 'pip install "twitchfacts[sphinx]"'


def setup(app: Sphinx) -> dict[str, Any]:
    """Set up the extension (Sphinx calls this).

    :raises sphinx.errors.ExtensionError: naming the ``sphinx`` extra, if
        the installed Sphinx is older than the extension needs.
    """
    import sphinx  # noqa: PLC0415
    from sphinx.errors import ExtensionError  # noqa: PLC0415

    if sphinx.version_info[:2] < MINIMUM_SPHINX:
        wanted = ".".join(map(str, MINIMUM_SPHINX))
        msg = (
            f"twitchfacts.sphinxext needs Sphinx {wanted} or newer, and this is Sphinx"
            f" {sphinx.__version__}; install what it needs with: {_INSTALL}"
        )
        raise ExtensionError(msg)
    from twitchfacts.sphinxext.extension import setup_extension  # noqa: PLC0415

    return setup_extension(app)
