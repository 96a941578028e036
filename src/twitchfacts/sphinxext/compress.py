"""Pre-compressed copies of the built site's text files, for static hosts.

A reader on a weak phone signal waits for every byte. Static hosts that
serve ``page.html.gz`` or ``page.html.br`` in place of ``page.html`` (nginx's
``gzip_static`` and ``brotli_static``, Caddy's ``precompressed``) send them
without compressing on each request, and at the strongest settings. With
``twitchfacts_precompress = True`` the extension writes both beside every
text file when an HTML build finishes: gzip always (the standard library),
brotli when the ``brotli`` package (Google's own bindings) is installed.

The copies are reproducible (no time stamp in the gzip header), written
whole or not at all, and only rewritten when their file has changed.
"""

from __future__ import annotations

import gzip
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from twitchfacts.files import write_atomically
from twitchfacts.sphinxext.config import settings

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ["TEXT_SUFFIXES", "compressors", "precompress"]

#: The files worth compressing: text. Images other than SVG, fonts and
#: ``objects.inv`` are compressed already.
TEXT_SUFFIXES: Final = frozenset({".html", ".css", ".js", ".svg", ".json", ".jsonld", ".txt"})


def compressors() -> dict[str, Callable[[bytes], bytes]]:
    """The compressions available here, by the suffix their copies get."""
    found: dict[str, Callable[[bytes], bytes]] = {
        ".gz": lambda data: gzip.compress(data, compresslevel=9, mtime=0)
    }
    try:
        brotli: Any = importlib.import_module("brotli")
    except ImportError:
        return found
    found[".br"] = lambda data: bytes(brotli.compress(data, quality=11))
    return found


def precompress(app: Sphinx, exception: Exception | None) -> None:
    """At ``build-finished``: write the compressed copies, if the project asks."""
    if exception is not None or app.builder.format != "html":
        return
    if not settings(app.config).precompress:
        return
    kinds = compressors()
    for path in sorted(Path(app.outdir).rglob("*")):
        if path.suffix not in TEXT_SUFFIXES or not path.is_file():
            continue
        changed = path.stat().st_mtime_ns
        data: bytes | None = None
        for suffix, compress in kinds.items():
            copy = path.with_name(path.name + suffix)
            if copy.exists() and copy.stat().st_mtime_ns >= changed:
                continue
            data = path.read_bytes() if data is None else data
            write_atomically(copy, compress(data))
