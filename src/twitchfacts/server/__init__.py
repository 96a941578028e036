"""A self-hostable Infobutton and CDS Hooks responder: ``twitchfacts serve``.

EHRs ask "what should this patient read about this diagnosis?" in two
standard ways: an Infobutton look-up by code (the interface MedlinePlus
Connect offers) and a CDS Hooks call when a chart opens. This package
answers both from a content pack, with links to the published site.

It needs the ``serve`` extra (Starlette and uvicorn). Importing this package
imports neither, so the command line can say how to install them:
:func:`missing` names what is absent. The application is in
:mod:`twitchfacts.server.app`; the pure parts (code matching, request
parsing and rendering, caching headers) are modules of their own.
"""

from __future__ import annotations

import importlib.util
from typing import Final

__all__ = ["INSTALL_HINT", "REQUIREMENTS", "missing"]

#: The distributions the ``serve`` extra installs, by their import names.
REQUIREMENTS: Final = ("starlette", "uvicorn")
#: What to run when they are missing.
INSTALL_HINT: Final = 'pip install "twitchfacts[serve]"'


def missing() -> list[str]:
    """The modules of the ``serve`` extra that cannot be imported here."""
    return [name for name in REQUIREMENTS if importlib.util.find_spec(name) is None]
