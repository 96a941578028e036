"""The body map: a picture of the body whose parts link to the place pages.

It is drawn at build time from the places the content uses, so a place
with no causes is drawn but not linked. Each part is a real link (``<a>``
in the SVG), reachable with the keyboard and named for screen readers; the
same links follow as a plain list, which is also what builders other than
HTML show. Its colours come from the text colour of the page
(``currentColor``), so it keeps the theme's contrast in light and dark.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from docutils import nodes

from twitchfacts.sphinxext.words import WORDS

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = [
    "DRAWING_ORDER",
    "LABELS",
    "LINE_LENGTH",
    "SHAPES",
    "body_map",
    "label_lines",
    "register",
]

#: The outline of each place, drawn in a 240-wide figure that sits 40 units
#: in from the left of a 400 x 400 box, from the head down.
SHAPES: Final[Mapping[str, tuple[str, ...]]] = {
    "face": ("M120 14 a36 40 0 1 0 0.1 0 Z",),
    "eyelid": ("M100 48 q8 -7 16 0 q-8 5 -16 0 Z", "M124 48 q8 -7 16 0 q-8 5 -16 0 Z"),
    "mouth-and-tongue": ("M108 72 q12 8 24 0 q-12 -3 -24 0 Z",),
    "trunk": (
        "M110 92 h20 v10 h26 q6 0 6 8 v100 q0 8 -8 8 h-76 q-8 0 -8 -8 v-100 q0 -8 6 -8 h26 Z",
    ),
    "arms-and-hands": (
        "M76 108 l-10 4 l-22 104 l-4 18 a8 8 0 1 0 14 4 l4 -18 l22 -96 Z",
        "M164 108 l10 4 l22 104 l4 18 a8 8 0 1 1 -14 4 l-4 -18 l-22 -96 Z",
    ),
    "legs-and-feet": (
        "M84 222 h32 l-4 122 l6 12 h-26 l2 -12 Z",
        "M124 222 h32 l-10 122 l2 12 h-26 l6 -12 Z",
    ),
}

#: Where each label sits in the whole box: its x and y, which side of the
#: figure it is on, and the point of the figure its thin line leads to.
LABELS: Final[Mapping[str, tuple[int, int, str, int, int]]] = {
    "face": (272, 34, "start", 194, 40),
    "eyelid": (112, 40, "end", 142, 47),
    "mouth-and-tongue": (112, 84, "end", 150, 75),
    "trunk": (272, 150, "start", 202, 150),
    "arms-and-hands": (272, 222, "start", 240, 218),
    "legs-and-feet": (272, 300, "start", 196, 300),
}

#: The order the parts are drawn in, and so the order the keyboard visits
#: them: the head from the outside in (each part on top of the one it sits
#: on, so the eyelids and mouth take the pointer, not the face), then down.
DRAWING_ORDER: Final = (
    "face",
    "eyelid",
    "mouth-and-tongue",
    "trunk",
    "arms-and-hands",
    "legs-and-feet",
    "all-over",
)

#: Labels longer than this go on two lines in the picture, to fit a phone's
#: width; the link's accessible name and the list under the picture keep
#: the full name.
LINE_LENGTH: Final = 12


def label_lines(name: str) -> tuple[str, ...]:
    """*name* as the picture shows it: one line, or two split at the space nearest its middle.

    Splitting by rule rather than by a table of names keeps every language's
    labels fitting ("Neck, back," / "chest and belly"; "Boca y" / "lengua").
    """
    spaces = [index for index, char in enumerate(name) if char == " "]
    if len(name) <= LINE_LENGTH or not spaces:
        return (name,)
    middle = len(name) / 2
    cut = min(spaces, key=lambda index: (abs(index - middle), -index))
    return (name[:cut], name[cut + 1 :])


#: The place that is everywhere: a labelled button under the figure.
_ALL_OVER_BOX: Final = (125, 362, 150, 32)


class body_map(nodes.container):  # noqa: N801 - docutils names node classes in lower case
    """The map: its children are the plain list of links (the text alternative).

    Attributes: ``places`` (place ids in drawing order), ``labels`` (place id
    to its name), ``targets`` (place id to the docname of its page, only for
    places with causes), ``map_id`` (unique on the page).
    """


def visit_html(translator: Any, node: body_map) -> None:
    builder = translator.builder
    here = builder.current_docname
    names: Mapping[str, str] = node["labels"]
    targets: Mapping[str, str] = node["targets"]
    title_id = f"{node['map_id']}-title"
    parts = [
        translator.starttag(node, "figure", CLASS="twitch-body-map"),
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" role="group"'
        f' aria-labelledby="{title_id}" focusable="false">',
        f'<title id="{title_id}">{html.escape(WORDS["body_map_title"])}</title>',
    ]
    for place in node["places"]:
        name = html.escape(names[place])
        target = targets.get(place)
        drawing = _drawing(place, name)
        if target is None:
            parts.append(f'<g class="twitch-map-part twitch-map-empty">{drawing}</g>')
        else:
            href = html.escape(builder.get_relative_uri(here, target))
            parts.append(
                f'<a class="twitch-map-part" href="{href}" aria-label="{name}">{drawing}</a>'
            )
    parts.append("</svg>")
    parts.append('<figcaption class="twitch-map-links">')
    translator.body.append("\n".join(parts))


def depart_html(translator: Any, node: body_map) -> None:
    translator.body.append("</figcaption></figure>\n")


def _drawing(place: str, name: str) -> str:
    if place not in SHAPES:  # "all-over": a labelled button under the figure
        x, y, width, height = _ALL_OVER_BOX
        return (
            f'<rect class="twitch-map-shape" x="{x}" y="{y}" width="{width}"'
            f' height="{height}" rx="{height // 2}"/>'
            f'<text x="{x + width // 2}" y="{y + 21}" text-anchor="middle">{name}</text>'
        )
    shapes = "".join(f'<path class="twitch-map-shape" d="{d}"/>' for d in SHAPES[place])
    text_x, text_y, anchor, to_x, to_y = LABELS[place]
    line_x = text_x - 4 if anchor == "start" else text_x + 4
    lines = [html.escape(line) for line in label_lines(html.unescape(name))]
    # A space between the lines, so that the visible text reads as the
    # accessible name does (WCAG 2.5.3, label in name).
    spans = " ".join(
        f'<tspan x="{text_x}" dy="{0 if index == 0 else 17}">{line}</tspan>'
        for index, line in enumerate(lines)
    )
    return (
        f'<g transform="translate(40 0)">{shapes}</g>'
        f'<line class="twitch-map-leader" x1="{line_x}" y1="{text_y - 4}" x2="{to_x}"'
        f' y2="{to_y}"/>'
        f'<text x="{text_x}" y="{text_y}" text-anchor="{anchor}">{spans}</text>'
    )


def register(app: Sphinx) -> None:
    """Teach the HTML builders the map; every other builder shows the list of links."""
    app.add_node(body_map, html=(visit_html, depart_html))
