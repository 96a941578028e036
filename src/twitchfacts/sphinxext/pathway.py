"""``twitch:pathway``: the path from a twitch to the right help, as a picture.

It is drawn from the red flags at build time.

HTML builders get an SVG flowchart; every builder gets the same steps as a
numbered list, which is also the picture's text equivalent for screen
readers (the SVG points at it with ``aria-describedby``). All text in the
SVG is XML-escaped.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import ClassVar, Final
from xml.sax.saxutils import escape

from docutils import nodes

from twitchfacts.model import URGENCIES, RedFlag
from twitchfacts.sphinxext import render
from twitchfacts.sphinxext.directives import TwitchDirective
from twitchfacts.sphinxext.words import PATHWAY

__all__ = ["PathwayDirective", "steps", "svg"]

_WIDTH: Final = 340
_BOX: Final = 300
_LINE: Final = 18
_CHARS: Final = 34


def steps(
    red_flags: Sequence[RedFlag], everyday: Sequence[str], language: str = "en"
) -> list[tuple[str, str, str]]:
    """The pathway as (question or step, answer "yes" leads to, kind) rows.

    The questions go from the most urgent level to the least, as a reader
    must ask them. The words are the build's (:data:`~twitchfacts.labels.PATHWAY`).

    :param red_flags: The general signs that call for a doctor.
    :param everyday: The names of the first few everyday causes, as examples.
    :param language: The language the examples are listed in ("a, b or c").
    """
    count = dict.fromkeys(URGENCIES, 0)
    for flag in red_flags:
        if flag.urgency in count:
            count[flag.urgency] += 1
    examples = [_lower_first(name) for name in everyday[:3]] or [PATHWAY["example"]]
    rows = [(PATHWAY["start"], "", "start")]
    rows += [
        (PATHWAY[urgency].format(count=count[urgency]), PATHWAY[f"{urgency}_answer"], urgency)
        for urgency in URGENCIES
    ]
    listed = _or_list(examples, language)
    rows.append(
        (PATHWAY["harmless"], PATHWAY["harmless_answer"].format(examples=listed), "harmless")
    )
    return rows


def _or_list(items: Sequence[str], language: str) -> str:
    """*items* as *language* lists alternatives ("a, b or c"; "a, b o c"), from Babel's data."""
    from babel.core import UnknownLocaleError  # noqa: PLC0415 - with it
    from babel.lists import format_list  # noqa: PLC0415 - only while drawing the pathway

    try:
        return str(format_list(list(items), style="or", locale=language))
    except (ValueError, LookupError, UnknownLocaleError):
        return str(format_list(list(items), style="or", locale="en"))


def _lower_first(name: str) -> str:
    """Lower-case a name's first letter unless it starts an acronym ("ALS")."""
    if len(name) > 1 and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def svg(rows: Sequence[tuple[str, str, str]], description_id: str) -> str:
    """The flowchart of :func:`steps` as an SVG element; every text is escaped."""
    parts: list[str] = []
    y = 10
    for index, (question, answer, kind) in enumerate(rows):
        lines = textwrap.wrap(question, _CHARS)
        height = _LINE * len(lines) + 16
        parts.append(_box(y, height, lines, f"twitch-path-{kind}"))
        y += height
        if answer:
            answer_lines = textwrap.wrap(answer, _CHARS)
            y += 10
            answer_height = _LINE * len(answer_lines) + 16
            parts.append(_box(y, answer_height, answer_lines, f"twitch-path-answer-{kind}"))
            y += answer_height
        if index < len(rows) - 1:
            parts.append(
                f'<line x1="{_WIDTH // 2}" y1="{y}" x2="{_WIDTH // 2}" y2="{y + 22}"'
                ' class="twitch-path-arrow" marker-end="url(#twitch-arrow)"/>'
            )
            y += 30
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {y + 10}"'
        f' class="twitch-pathway-svg" role="img" aria-labelledby="{description_id}-title"'
        f' aria-describedby="{description_id}">'
        f'<title id="{description_id}-title">{escape(PATHWAY["title"])}</title>'
        '<defs><marker id="twitch-arrow" viewBox="0 0 10 10" refX="5" refY="5"'
        ' markerWidth="6" markerHeight="6" orient="auto-start-reverse">'
        '<path d="M 0 0 L 10 5 L 0 10 z" class="twitch-path-arrowhead"/></marker></defs>'
        + "".join(parts)
        + "</svg>"
    )


def _box(y: int, height: int, lines: list[str], kind: str) -> str:
    x = (_WIDTH - _BOX) // 2
    texts = "".join(
        f'<text x="{_WIDTH // 2}" y="{y + 22 + n * _LINE}" text-anchor="middle">'
        f"{escape(line)}</text>"
        for n, line in enumerate(lines)
    )
    return (
        f'<g class="twitch-path-box {kind}"><rect x="{x}" y="{y}" width="{_BOX}"'
        f' height="{height}" rx="8"/>{texts}</g>'
    )


class PathwayDirective(TwitchDirective):
    """``twitch:pathway``: the flowchart and its text equivalent."""

    option_spec: ClassVar = {}

    def build(self) -> list[nodes.Node]:
        everyday = self.content_view.select(group="physiological")
        rows = steps(
            self.content_view.red_flags,
            [cause.name for cause in everyday],
            self.content_view.language,
        )
        serial = self.env.new_serialno("twitch-pathway")
        description_id = f"twitch-pathway-{serial}"
        container = nodes.container(classes=["twitch-pathway"])
        self.set_source_info(container)
        container += nodes.raw("", svg(rows, description_id), format="html")
        listing = nodes.enumerated_list(ids=[description_id], classes=["twitch-pathway-steps"])
        for question, answer, _ in rows:
            item = nodes.list_item()
            item += render.paragraph(f"{question} {answer}".strip())
            listing += item
        container += listing
        return [container]
