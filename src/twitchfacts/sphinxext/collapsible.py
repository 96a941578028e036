"""A part of a page that readers open when they want it: ``<details>`` in HTML.

Medical codes are for systems and professionals. They stay in the data and
the JSON-LD, and on the page they sit behind a closed "For health
professionals" summary, out of a worried reader's way but one click (or
one key press) from anyone who needs them. ``<details>`` needs no
JavaScript and every browser makes its summary keyboard-operable.

The node is a container, so builders other than HTML (text, LaTeX, man)
render its children as they would any container, in full.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from docutils import nodes

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ["collapsible", "register"]


class collapsible(nodes.container):  # noqa: N801 - docutils names node classes in lower case
    """A container shown closed, under a one-line ``summary`` attribute."""


def visit_html(translator: Any, node: collapsible) -> None:
    translator.body.append(translator.starttag(node, "details"))
    translator.body.append(f"<summary>{html.escape(str(node['summary']))}</summary>\n")


def depart_html(translator: Any, node: collapsible) -> None:
    translator.body.append("</details>\n")


def register(app: Sphinx) -> None:
    """Teach the HTML builders the node; every other builder treats it as a container."""
    app.add_node(collapsible, html=(visit_html, depart_html))
