"""Docutils nodes for content: one function or method per kind of block.

Content text only ever goes into ``Text`` nodes, never through a parser,
so markup characters in a pack (``<script>``, ``*``, backticks, MyST roles)
show literally in every output format. Links to causes and categories are
``pending_xref`` nodes that Sphinx resolves at write time, so a card can
point at a cause rendered on another page. Layout uses plain docutils nodes
with classes, styled by the extension's own stylesheet, so the text, LaTeX
and man builders keep working and a page loads no CSS it does not use.

A :class:`Renderer` reads content through the page's
:class:`~twitchfacts.sphinxext.store.ContentView`, so everything it shows is
recorded for incremental builds; the module-level helpers take only the
values they are given. A part with nothing valid in it is left out rather
than shown empty: the loader has already warned about what was taken out.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

from docutils import nodes
from sphinx import addnodes

from twitchfacts import labels
from twitchfacts.catalog import UnknownIdError
from twitchfacts.i18n.apply import SOURCE_LANGUAGE
from twitchfacts.model import URGENCIES, Category, Cause, RedFlag, Source
from twitchfacts.reviews import DEFAULT_REVIEW_INTERVAL_DAYS, is_date, next_review
from twitchfacts.sphinxext.collapsible import collapsible
from twitchfacts.sphinxext.words import (
    CAUSE_PARTS,
    GROUP_TITLES,
    TABLE_COLUMNS,
    URGENCY_ACTIONS,
    URGENCY_TITLES,
    WORDS,
    count,
    translate,
)

if TYPE_CHECKING:
    from twitchfacts.sphinxext.store import ContentView

__all__ = [
    "GROUP_TITLES",
    "TABLE_COLUMNS",
    "Renderer",
    "category_anchor",
    "cause_anchor",
    "disclaimer_box",
    "source_citation",
    "table",
    "verbatim",
    "xref",
]


def cause_anchor(cause_id: str) -> str:
    """The HTML id of a cause's canonical place."""
    return nodes.make_id(f"cause-{cause_id}")


def category_anchor(category_id: str) -> str:
    """The HTML id of a category's canonical place."""
    return nodes.make_id(f"category-{category_id}")


def text(value: object) -> nodes.Text:
    """Content as a text node: whatever it holds shows literally."""
    return nodes.Text(str(value))


def verbatim(*trees: nodes.Node) -> None:
    """Keep Sphinx's smart quotes and page translation out of rendered content.

    The quotes an editor typed are the quotes readers see, so the text on a
    page equals the text in the data (and in the exports) character for
    character. Sphinx skips elements marked ``support_smartquotes=False``
    and everything inside them.

    Content arrives already in the build's language (from the pack's own
    catalogs), so Sphinx's translation of page prose must neither extract
    it into the site's message templates nor replace it: every block of
    text (paragraph, title, term) is marked ``translatable=False``, which
    both skip. Inline elements are not marked: Sphinx takes an inline with
    that attribute for a placeholder of its own and unwraps it.
    """
    for tree in trees:
        if isinstance(tree, nodes.Element):
            tree["support_smartquotes"] = False
            for element in tree.findall(nodes.TextElement):
                if not isinstance(element, nodes.Inline):
                    element["translatable"] = False


def paragraph(value: object, *classes: str) -> nodes.paragraph:
    """A paragraph of content text."""
    return nodes.paragraph("", "", text(value), classes=list(classes))


def xref(kind: str, target: str, label: str, docname: str) -> addnodes.pending_xref:
    """A link to a cause or category, resolved once every page is read."""
    node = addnodes.pending_xref(
        "",
        refdomain="twitch",
        reftype=kind,
        reftarget=target,
        refdoc=docname,
        refexplicit=True,
        refwarn=False,
    )
    node += nodes.inline("", "", text(label), classes=["twitch-xref", f"twitch-{kind}"])
    return node


def flag_paragraph(flag: RedFlag) -> nodes.paragraph:
    """A red flag's text, marked with its urgency.

    Every red flag on a page goes through here, so the style checks and the
    stylesheet can tell an urgent or emergency sign (which may tell a
    reader to stop a medicine and call for help) from a routine one.
    """
    return paragraph(flag.text, f"twitch-flag-{flag.urgency}")


def badge(label: str, *classes: str) -> nodes.inline:
    """A small label, such as a cause's category."""
    return nodes.inline("", "", text(label), classes=["twitch-badge", *classes])


def bullet_list(items: Iterable[nodes.Node], *classes: str) -> nodes.bullet_list:
    """A bullet list with one item per node."""
    listing = nodes.bullet_list(classes=list(classes))
    for item in items:
        listing += nodes.list_item("", item)
    return listing


def subsection(title: str, anchor: str, level: int, *children: nodes.Node) -> nodes.container:
    """A part of a cause under a real heading (``<h2>``-``<h6>``) of *level*.

    The heading is a rubric with a heading level rather than a section, so
    screen readers can jump between the parts, but the five parts of every
    cause do not flood the page's table of contents and the site's
    navigation. On a page of many causes that keeps the navigation readable
    and the build about a fifth faster (see the Performance page).
    """
    part = nodes.container(ids=[anchor], classes=["twitch-subsection"])
    part += nodes.rubric("", title, **{"heading-level": min(level, 6)})
    part.extend(children)
    return part


def admonition(title: str, classes: Sequence[str], *children: nodes.Node) -> nodes.admonition:
    """A titled box, styled by the theme's admonition classes."""
    box = nodes.admonition(classes=list(classes))
    box += nodes.title("", title)
    box.extend(children)
    return box


def disclaimer_box(disclaimer: str, title: str | None = None) -> nodes.admonition:
    """The site-wide (or a cause's) disclaimer, as a note."""
    heading = str(WORDS["disclaimer"]) if title is None else str(title)
    return admonition(heading, ["note", "twitch-disclaimer"], paragraph(disclaimer))


def help_link(help_page: str, docname: str) -> nodes.paragraph:
    """A link to the "when to see a doctor" page, titled with its title."""
    link = addnodes.pending_xref(
        "",
        nodes.inline("", str(WORDS["help_link"])),
        refdomain="std",
        reftype="doc",
        reftarget="/" + help_page,
        refdoc=docname,
        refexplicit=False,
        refwarn=True,
    )
    return nodes.paragraph("", "", link, classes=["twitch-help-link"])


def external_link(url: str, label: str) -> nodes.Node:
    """A link to a source, or plain text if the address is not http(s).

    The validator refuses such addresses; this is the second line of
    defence, so a ``javascript:`` URL in an unchecked pack never becomes a
    link.
    """
    try:
        scheme = urlsplit(url).scheme
    except ValueError:
        scheme = ""
    if scheme not in {"http", "https"}:
        return nodes.inline("", "", text(label), classes=["twitch-unlinked"])
    return nodes.reference("", "", text(label), refuri=url, classes=["twitch-source-link"])


# --- one cause -------------------------------------------------------------------------

#: The admonition class each urgency's box takes (themes colour and mark
#: these), besides the extension's own classes.
_BOX_CLASSES: Final = {"emergency": "danger", "urgent": "warning", "routine": "important"}


class Renderer:
    """Renders content for one page, reading it through the page's view.

    :param content: The page's view of the build's content.
    :param docname: The page, for links to causes on other pages.
    :param review_interval: Days a review holds when a cause gives no next
        review date.
    :param language: How dates are written (a Babel locale).
    """

    def __init__(
        self,
        content: ContentView,
        docname: str,
        *,
        review_interval: int = DEFAULT_REVIEW_INTERVAL_DAYS,
        language: str = "en",
    ) -> None:
        self.content = content
        self.docname = docname
        self.review_interval = review_interval
        self.language = language

    def category_badge(self, cause: Cause) -> nodes.inline | None:
        """The badge naming a cause's category, coloured by its group, if it has one."""
        if not cause.category:
            return None
        try:
            category = self.content.get_category(cause.category)
        except UnknownIdError:
            return None
        return badge(category.title, f"twitch-badge-{category.group}")

    def _meta(self, cause: Cause) -> nodes.paragraph:
        meta = nodes.paragraph("", "", classes=["twitch-meta"])
        category = self.category_badge(cause)
        if category is not None:
            meta += category
        return meta

    def cause_section(self, cause: Cause, level: int = 1) -> nodes.section:
        """The canonical place of a cause: every field that holds something, under its name.

        :param level: The heading level the cause's name will have, so its
            parts get the level below it.
        """
        anchor = cause_anchor(cause.id)
        sub = level + 1
        section = nodes.section(ids=[anchor], classes=["twitch-cause"])
        section += nodes.title("", "", text(cause.name))
        meta = self._meta(cause)
        if cause.aliases:
            meta += nodes.inline(
                "",
                "",
                text(str(WORDS["also_called"]).format(names=", ".join(cause.aliases))),
                classes=["twitch-aliases"],
            )
        section += meta
        if cause.summary:
            section += paragraph(cause.summary, "twitch-summary")
        if cause.disclaimer:
            section += disclaimer_box(cause.disclaimer, CAUSE_PARTS["disclaimer"])
        parts: list[tuple[str, str, list[nodes.Node]]] = [
            (
                "explanation",
                "explanation",
                [paragraph(cause.explanation)] if cause.explanation else [],
            ),
            (
                "self_care",
                "self-care",
                [bullet_list((paragraph(item) for item in cause.self_care), "twitch-self-care")]
                if cause.self_care
                else [],
            ),
            ("see_a_doctor", "see-a-doctor", self.red_flag_boxes(cause.see_a_doctor)),
            (
                "questions",
                "questions",
                [bullet_list((paragraph(item) for item in cause.questions), "twitch-questions")]
                if cause.questions
                else [],
            ),
            (
                "sources",
                "sources",
                [
                    *([_sources(cause.sources)] if cause.sources else []),
                    self._review_dates(cause),
                ],
            ),
        ]
        for field, suffix, children in parts:
            if children:
                section += subsection(CAUSE_PARTS[field], f"{anchor}-{suffix}", sub, *children)
        if cause.codes:
            professional = collapsible(
                classes=["twitch-professional"], summary=translate(labels.FOR_PROFESSIONALS)
            )
            professional += subsection(CAUSE_PARTS["codes"], f"{anchor}-codes", sub, _codes(cause))
            section += professional
        return section

    def red_flag_boxes(
        self,
        flags: Iterable[RedFlag],
        linked: Sequence[tuple[Cause, RedFlag]] = (),
        urgencies: Sequence[str] = URGENCIES,
    ) -> list[nodes.Node]:
        """One box per urgency, most urgent first, each saying what to do.

        Each box's title names its level in words and the stylesheet gives
        it its own icon, so the three never differ by colour alone.

        :param flags: Signs that stand on their own (general, or one cause's).
        :param linked: Signs that belong to a cause, each listed with a link to it.
        """
        flags = list(flags)
        boxes: list[nodes.Node] = []
        for urgency in urgencies:
            if urgency not in URGENCY_TITLES:
                continue
            items: list[nodes.Node] = [
                flag_paragraph(flag) for flag in flags if flag.urgency == urgency
            ]
            for cause, flag in linked:
                if flag.urgency == urgency:
                    item = flag_paragraph(flag)
                    item += text(" (")
                    item += xref("cause", cause.id, cause.name, self.docname)
                    item += text(")")
                    items.append(item)
            if items:
                boxes.append(
                    admonition(
                        URGENCY_TITLES[urgency],
                        [_BOX_CLASSES[urgency], "twitch-urgency", f"twitch-{urgency}"],
                        paragraph(URGENCY_ACTIONS[urgency], "twitch-urgency-action"),
                        bullet_list(items),
                    )
                )
        return boxes

    def _review_dates(self, cause: Cause) -> nodes.paragraph:
        """When the cause was last checked, and when it will be checked again."""
        reviewed = cause.last_reviewed
        due = next_review(cause, self.review_interval)
        shown = self.date(reviewed) if is_date(reviewed) else WORDS["not_recorded"]
        line = str(WORDS["last_reviewed"]).format(date=shown)
        if due is not None:
            line += " " + str(WORDS["next_review"]).format(date=self.date(due))
        return paragraph(line, "twitch-reviewed")

    def date(self, value: datetime.date | None) -> str:
        """A date as readers of the page's language write it."""
        from babel.core import UnknownLocaleError  # noqa: PLC0415 - Sphinx depends on Babel
        from babel.dates import format_date  # noqa: PLC0415

        try:
            return str(format_date(value, format="long", locale=self.language or "en"))
        except (UnknownLocaleError, ValueError):
            return str(format_date(value, format="long", locale="en"))

    # --- many causes ---------------------------------------------------------------------

    def cause_cards(self, causes: Sequence[Cause]) -> nodes.Node:
        """The causes as cards, each titled with a link to it."""
        return _card_grid(
            (
                [
                    _card_title(xref("cause", cause.id, cause.name, self.docname)),
                    self._meta(cause),
                    paragraph(cause.summary, "twitch-card-text"),
                ]
                for cause in causes
            ),
            "twitch-cause-cards",
        )

    def category_cards(self, categories: Sequence[Category]) -> nodes.Node:
        """Categories as cards: title linking to the category, description, count."""
        return _card_grid(
            (
                [
                    _card_title(xref("category", category.id, category.title, self.docname)),
                    paragraph(category.description, "twitch-card-text"),
                    paragraph(_count(self.content.count(category.id)), "twitch-count"),
                ]
                for category in categories
            ),
            "twitch-category-cards",
        )

    def cause_list(self, causes: Sequence[Cause]) -> nodes.bullet_list:
        """The causes as a list: linked name, then the summary."""
        items = []
        for cause in causes:
            item = nodes.paragraph("", "")
            item += nodes.strong("", "", xref("cause", cause.id, cause.name, self.docname))
            item += text(f": {cause.summary}")
            items.append(item)
        return bullet_list(items, "twitch-cause-list")

    def cause_table(self, causes: Sequence[Cause], columns: Sequence[str]) -> nodes.table:
        """The causes as a table with the chosen :data:`TABLE_COLUMNS`."""
        return table(
            [TABLE_COLUMNS[column] for column in columns],
            ([self._cell(cause, column) for column in columns] for cause in causes),
            "twitch-cause-table",
        )

    def _cell(self, cause: Cause, column: str) -> nodes.Node:
        if column == "name":
            return nodes.paragraph("", "", xref("cause", cause.id, cause.name, self.docname))
        if column == "category":
            return self._meta(cause)
        if column == "sources":
            return nodes.paragraph(
                "",
                "",
                *_join(external_link(source.url, source.publisher) for source in cause.sources),
            )
        return paragraph(self._cell_text(cause, column))

    def _cell_text(self, cause: Cause, column: str) -> str:
        if column == "codes":
            return ", ".join(code.code for code in cause.codes) or "none"
        if column == "reviewed":
            reviewed = cause.last_reviewed
            return self.date(reviewed) if is_date(reviewed) else WORDS["not_recorded"]
        if column == "next-review":
            due = next_review(cause, self.review_interval)
            return self.date(due) if due else WORDS["not_recorded"]
        return cause.summary


def _sources(sources: Iterable[Source]) -> nodes.bullet_list:
    return bullet_list((source_citation(source) for source in sources), "twitch-sources")


#: The class docutils writes as ``lang="en"``: the language content is written in.
_SOURCE_LANGUAGE: Final = f"language-{SOURCE_LANGUAGE}"


def source_citation(source: Source) -> nodes.paragraph:
    """A source as readers see it: its linked title, publisher and identifiers.

    An article's DOI links to doi.org and its PMID to PubMed, so a reader or
    reviewer reaches the exact paper even when the main address moves.
    """
    # Sources keep their own words: marked as English, so that a screen
    # reader on a page in another language reads them in an English voice.
    cited = nodes.inline("", "", classes=[_SOURCE_LANGUAGE])
    cited += external_link(source.url, source.title)
    cited += text(f", {source.publisher}")
    item = nodes.paragraph("", "", cited)
    if source.doi:
        item += text(". ")
        item += external_link(f"https://doi.org/{source.doi}", f"doi:{source.doi}")
    if source.pmid:
        item += text(". ")
        item += external_link(
            f"https://pubmed.ncbi.nlm.nih.gov/{source.pmid}/", f"PMID: {source.pmid}"
        )
    return item


def _codes(cause: Cause) -> nodes.bullet_list:
    return bullet_list(
        (
            nodes.paragraph(
                "",
                "",
                nodes.literal("", "", text(code.code)),
                text(" "),
                # The official description, never translated (see source_citation).
                nodes.inline(
                    "", "", text(f"{code.display} ({code.system})"), classes=[_SOURCE_LANGUAGE]
                ),
            )
            for code in cause.codes
        ),
        "twitch-codes",
    )


def _count(number: int) -> str:
    return count("causes", number)


def _card_title(link: nodes.Node) -> nodes.Node:
    # The link itself stretches over the card, so the whole card is
    # clickable while the link keeps the cause's name as its text.
    return nodes.paragraph("", "", link, classes=["twitch-card-title", "twitch-card-link"])


def _card_grid(cards: Iterable[list[nodes.Node]], kind: str) -> nodes.Node:
    grid = nodes.container(classes=["twitch-card-grid", kind])
    for children in cards:
        card = nodes.container(classes=["twitch-card"])
        card.extend(children)
        grid += card
    return grid


def table(headings: Sequence[str], rows: Iterable[Sequence[nodes.Node]], kind: str) -> nodes.table:
    """A table with a header row and one row per sequence of cells."""
    result = nodes.table(classes=[kind])
    group = nodes.tgroup(cols=len(headings))
    result += group
    for _ in headings:
        group += nodes.colspec(colwidth=1)
    head = nodes.thead()
    head += _row(nodes.paragraph("", "", text(heading)) for heading in headings)
    group += head
    body = nodes.tbody()
    for cells in rows:
        body += _row(cells)
    group += body
    return result


def _row(cells: Iterable[nodes.Node]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        row += nodes.entry("", cell)
    return row


def _join(parts: Iterable[nodes.Node]) -> list[nodes.Node]:
    joined: list[nodes.Node] = []
    for part in parts:
        if joined:
            joined.append(text("; "))
        joined.append(part)
    return joined
