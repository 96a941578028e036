"""``twitch:movements``: the table that tells a twitch from a cramp, a tremor or a tic.

A worried reader often cannot name what they feel. Each row is one kind of
movement from the content (:class:`~twitchfacts.model.Movement`): what it
feels like, its usual cause with links to the causes to read next, and when
to get help, grouped by urgency in the words the cause pages use.

The table has short column headings and a caption, and each row's first
cell is its header. On a phone its rows stack into blocks (the stylesheet
does this), and each cell then shows its own heading, carried in the cell
as text, so the table never scrolls sideways and a screen reader that drops
table semantics for stacked rows still hears what each cell is.
"""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes

from twitchfacts.model import URGENCIES, Movement
from twitchfacts.sphinxext import render
from twitchfacts.sphinxext.directives import TwitchDirective
from twitchfacts.sphinxext.words import MOVEMENT_PARTS, URGENCY_TITLES

__all__ = ["COLUMNS", "MovementsDirective"]

#: The fields shown, one per column, in order.
COLUMNS = ("name", "feels_like", "usual_cause", "get_help")


class MovementsDirective(TwitchDirective):
    """``twitch:movements``: every movement of the content, one row each."""

    option_spec: ClassVar = {}

    def build(self) -> list[nodes.Node]:
        movements = self.content_view.movements
        if not movements:
            self.warn(
                f"{self.content_view.label} has no movements to tell apart; add MOVEMENTS to"
                " the pack (or 'movements' to a JSON pack), or remove this directive",
                "content",
            )
            return []
        table = nodes.table(classes=["twitch-movements"])
        table += nodes.title("", "", render.text(MOVEMENT_PARTS["caption"]))
        group = nodes.tgroup(cols=len(COLUMNS))
        table += group
        for position, _ in enumerate(COLUMNS):
            group += nodes.colspec(colwidth=1, stub=int(position == 0))
        head = nodes.thead()
        head_row = nodes.row()
        for column in COLUMNS:
            head_row += nodes.entry("", render.paragraph(MOVEMENT_PARTS[column]))
        head += head_row
        group += head
        body = nodes.tbody()
        for movement in movements:
            body += self._row(movement)
        group += body
        self.set_source_info(table)
        return [table]

    def _row(self, movement: Movement) -> nodes.row:
        row = nodes.row(ids=[f"movement-{movement.id}"])
        name = nodes.paragraph("", "", nodes.strong("", "", render.text(movement.name)))
        if movement.also_called:
            name += render.text(f" ({movement.also_called})")
        row += nodes.entry("", name)
        row += self._cell("feels_like", render.paragraph(movement.feels_like))
        row += self._cell(
            "usual_cause", render.paragraph(movement.usual_cause), self._links(movement)
        )
        row += self._cell("get_help", *self._help(movement))
        return row

    @staticmethod
    def _cell(column: str, *children: nodes.Node | None) -> nodes.entry:
        label = render.paragraph(MOVEMENT_PARTS[column], "twitch-cell-label")
        return nodes.entry("", label, *(child for child in children if child is not None))

    def _links(self, movement: Movement) -> nodes.paragraph | None:
        """Links to the causes to read next; causes the build left out are skipped."""
        known = [cause_id for cause_id in movement.causes if self.content_view.has_cause(cause_id)]
        if not known:
            return None
        links = nodes.paragraph("", "", render.text(MOVEMENT_PARTS["read_more"] + " "))
        links["classes"].append("twitch-movement-causes")
        for position, cause_id in enumerate(known):
            if position:
                links += render.text(", ")
            name = self.content_view.name_of(cause_id)
            links += render.xref("cause", cause_id, name, self.env.docname)
        return links

    @staticmethod
    def _help(movement: Movement) -> list[nodes.Node]:
        """The signs, most urgent first, under the titles the cause pages use."""
        parts: list[nodes.Node] = []
        for urgency in URGENCIES:
            flags = [flag for flag in movement.get_help if flag.urgency == urgency]
            if not flags:
                continue
            title = nodes.paragraph(
                "", "", nodes.strong("", "", render.text(URGENCY_TITLES[urgency]))
            )
            title["classes"] += ["twitch-movement-urgency", f"twitch-movement-{urgency}"]
            parts.append(title)
            parts.append(render.bullet_list(render.flag_paragraph(flag) for flag in flags))
        return parts
