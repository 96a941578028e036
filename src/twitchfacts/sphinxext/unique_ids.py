"""Keep every id on a page unique where the theme wraps a captioned table.

furo wraps each table in a ``div.table-wrapper`` so that a wide table
scrolls inside itself, and copies all of the table's attributes onto the
wrapper, its ids included. A table with a caption has an id (Sphinx gives
captioned tables one, for links and numbering), so the page then carries
that id twice: invalid HTML, and a link or an ``aria-`` reference to it may
land on the wrong element. This post-transform runs after furo's and takes
the ids off a wrapper whose table keeps the same ones; links still reach
the table. Under any other theme it finds nothing to do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ["WrapperIds", "register"]

#: The class furo gives its wrapper.
WRAPPER: Final = "table-wrapper"


class WrapperIds(SphinxPostTransform):
    """Drop the ids a table wrapper copied from the table inside it."""

    formats = ("html",)
    default_priority = 900  # after furo's wrapping (500)

    def run(self, **kwargs: Any) -> None:
        """Clear the copied ids in :attr:`document`."""
        for wrapper in list(self.document.findall(nodes.container)):
            if WRAPPER not in wrapper["classes"] or not wrapper["ids"]:
                continue
            tables = [child for child in wrapper.children if isinstance(child, nodes.table)]
            if tables and set(wrapper["ids"]) <= set(tables[0]["ids"]):
                wrapper["ids"] = []


def register(app: Sphinx) -> None:
    """Add the post-transform to *app*."""
    app.add_post_transform(WrapperIds)
