"""Let Sphinx translate the text in MyST tables.

MyST gives the paragraphs in a table's cells no source, and no raw text.
Sphinx's translation skips a node without a source (it takes it for text
Sphinx made itself), so the headings of the printed forms stayed English on
the Spanish site and never reached the message templates. This transform
runs before Sphinx's (priority 20) and gives each such paragraph its
table's place, and its own text as its raw text where it is plain text. A
cell with markup inside is left alone: its raw text cannot be rebuilt here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform

if TYPE_CHECKING:
    from sphinx.application import Sphinx


class TableCellSources(SphinxTransform):
    """Give plain-text table cells the source Sphinx's translation needs."""

    default_priority = 10

    def apply(self, **kwargs: Any) -> None:
        for paragraph in self.document.findall(nodes.paragraph):
            if paragraph.source or not isinstance(paragraph.parent, nodes.entry):
                continue
            if not all(isinstance(child, nodes.Text) for child in paragraph.children):
                continue
            table = next(
                (node for node in _ancestors(paragraph) if getattr(node, "source", None)), None
            )
            if table is None:
                continue
            paragraph.source, paragraph.line = table.source, table.line
            paragraph.rawsource = paragraph.astext()


def _ancestors(node: nodes.Node) -> list[nodes.Node]:
    found = []
    parent = node.parent
    while parent is not None:
        found.append(parent)
        parent = parent.parent
    return found


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the transform."""
    app.add_transform(TableCellSources)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
