"""A small Sphinx project on disk, built in-process, for extension tests."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docutils import nodes

CONF = """
extensions = ["myst_parser", "twitchfacts.sphinxext"]
exclude_patterns = ["_build"]
"""

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class Project:
    """Write files, build with ``sphinx.testing``, read what came out."""

    def __init__(self, root: Path, make_app: Callable[..., Any]) -> None:
        self.root = root
        self.make_app = make_app
        self.root.mkdir(parents=True, exist_ok=True)
        self.write({"conf.py": CONF})
        self.app: Any = None

    def write(self, files: dict[str, str]) -> Project:
        """Write files (dedented) into the project."""
        for name, text in files.items():
            path = self.root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return self

    def build(
        self, builder: str = "html", *, parallel: int = 0, warnings: bool = False, **conf: Any
    ) -> Any:
        """Build (incrementally, if built before) and return the app.

        The build must give no warning unless *warnings* says the test expects
        some (and then reads :attr:`warnings`). The previous build's app is
        cleaned up first, so builds never share Sphinx's global state.
        """
        if self.app is not None:
            self.app.cleanup()
        self.app = self.make_app(
            builder,
            srcdir=self.root,
            builddir=self.root / "_build",
            confoverrides=conf,
            parallel=parallel,
        )
        self.read: list[str] = []
        self.app.connect("source-read", lambda _app, docname, _source: self.read.append(docname))
        self.app.build()
        if not warnings:
            assert self.warnings == [], f"unexpected warnings (pass warnings=True): {self.warnings}"
        return self.app

    @property
    def warnings(self) -> list[str]:
        """The warnings of the last build, one string each, without colours."""
        text = _ANSI.sub("", self.app.warning.getvalue())
        return [line for line in text.splitlines() if "WARNING" in line or "ERROR" in line]

    def html(self, docname: str) -> str:
        """The HTML the last build wrote for a document."""
        return (self.app.outdir / f"{docname}.html").read_text(encoding="utf-8")

    def doctree(self, docname: str) -> nodes.document:
        """The resolved doctree of a document."""
        return self.app.env.get_and_resolve_doctree(docname, self.app.builder, tags=self.app.tags)
