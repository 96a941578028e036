"""The ``twitch`` domain's directives.

Every directive reads content only through :attr:`TwitchDirective.content`,
a view of the build's catalog that records what the page reads (see
:mod:`twitchfacts.sphinxext.store`), and renders it with
:mod:`twitchfacts.sphinxext.render`. Options are taken as plain strings and
checked here, so a bad value is a located ``twitchfacts.option`` warning
with the default used instead, rather than a docutils error.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import ClassVar, final

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.util import docname_join
from sphinx.util.docutils import SphinxDirective

from twitchfacts.catalog import UnknownIdError, did_you_mean
from twitchfacts.model import GROUPS, PLACES, URGENCIES, Cause, RedFlag, Source
from twitchfacts.sphinxext import bodymap, render, store
from twitchfacts.sphinxext.config import settings
from twitchfacts.sphinxext.messages import Subtype, warn
from twitchfacts.sphinxext.words import MOVEMENT_PARTS, PLACE_NAMES, PLACE_TEXTS, WORDS
from twitchfacts.subjects import items_of

__all__ = [
    "CategoriesDirective",
    "CategoryDirective",
    "CauseDirective",
    "CausesDirective",
    "DisclaimerDirective",
    "ReassuranceDirective",
    "RedFlagsDirective",
    "SourcesDirective",
    "TwitchDirective",
]


class TwitchDirective(SphinxDirective):
    """Shared helpers: the content view, the renderer and located warnings.

    Subclasses implement :meth:`build`; :meth:`run` marks what they return
    as verbatim content (see :func:`twitchfacts.sphinxext.render.verbatim`).
    """

    @final
    def run(self) -> list[nodes.Node]:
        """Build the nodes, keeping content text exactly as written."""
        built = self.build()
        render.verbatim(*built)
        return built

    def build(self) -> list[nodes.Node]:
        """The nodes this directive renders."""
        raise NotImplementedError

    @cached_property
    def content_view(self) -> store.ContentView:
        """The build's content, as this page reads it."""
        return store.view(self.env)

    @cached_property
    def renderer(self) -> render.Renderer:
        """Renders content for this page, reading it through :attr:`content_view`."""
        config = settings(self.config)
        return render.Renderer(
            self.content_view,
            self.env.docname,
            review_interval=config.review_interval,
            language=self.config.language or "en",
        )

    def warn(self, message: str, subtype: Subtype) -> None:
        """A warning located at this directive."""
        warn(message, subtype, self.get_location())

    def unknown(self, kind: str, wanted: str, known: Sequence[str]) -> None:
        """Warn about an unknown id, naming the closest known ones."""
        self.warn(
            f"no {kind} with id {wanted!r} in {self.content_view.label}"
            + did_you_mean(wanted, known),
            "unknown-id",
        )

    def choice(self, name: str, choices: Sequence[str], default: str) -> str:
        """An option restricted to *choices*, or *default* with a warning."""
        value = self.options.get(name, default).strip()
        if value not in choices:
            self.warn(
                f":{name}: {value!r} is not one of {', '.join(choices)}; using {default!r}",
                "option",
            )
            return default
        return str(value)

    def words(self, name: str) -> list[str]:
        """An option holding a comma- or space-separated list."""
        return [part for part in self.options.get(name, "").replace(",", " ").split() if part]

    def categories_option(self) -> list[str]:
        """The ``:category:`` option, without the ids the catalog lacks."""
        known = self.content_view.category_ids
        wanted = []
        for category_id in self.words("category"):
            if category_id in known:
                wanted.append(category_id)
            else:
                self.unknown("category", category_id, known)
        return wanted

    def group_option(self) -> str | None:
        """The ``:group:`` option, if given and valid."""
        if "group" not in self.options:
            return None
        return self.choice("group", GROUPS, GROUPS[0]) if self.options["group"] else None

    def place_option(self) -> str | None:
        """The ``:place:`` option, if given; an unknown place selects nothing (with a warning)."""
        place = str(self.options.get("place", "")).strip()
        if not place:
            return None
        if place not in PLACES:
            self.warn(
                f":place: {place!r} is not a place on the body; use one of {', '.join(PLACES)}"
                + did_you_mean(place, PLACES),
                "option",
            )
        return place

    def section_depth(self) -> int:
        """How many sections the directive is nested in (0 at the top of a page)."""
        depth = 0
        # state_machine.node works under both docutils and MyST's mock state.
        node: nodes.Node | None = self.state_machine.node
        while node is not None:
            if isinstance(node, nodes.section):
                depth += 1
            node = node.parent
        return depth

    def canonical(self, kind: str, object_id: str, anchor: str, title: str) -> None:
        """Make this place the canonical one for a cause or category."""
        domain = self.env.domains["twitch"]
        domain.note_object(kind, object_id, self.env.docname, anchor, self.lineno, title)  # type: ignore[attr-defined]


class CauseDirective(TwitchDirective):
    """``twitch:cause ID``: one cause in full, at its canonical place."""

    required_arguments = 1
    option_spec: ClassVar = {"no-index": directives.flag}

    def build(self) -> list[nodes.Node]:
        cause_id = self.arguments[0].strip()
        try:
            cause = self.content_view.get(cause_id)
        except UnknownIdError:
            self.unknown("cause", cause_id, self.content_view.cause_ids)
            return []
        self.content_view.show([cause])
        section = self.renderer.cause_section(cause, level=self.section_depth() + 1)
        self.set_source_info(section)
        if "no-index" in self.options:
            return [section]
        anchor = render.cause_anchor(cause.id)
        self.canonical("cause", cause.id, anchor, cause.name)
        # The name goes in the general index; aliases reach the search through
        # the page text ("Also called: ...") and the index of causes. An index
        # entry per alias costs about a tenth more memory on large sites.
        index = addnodes.index(entries=[("single", cause.name, anchor, "", None)])
        section.insert(1, index)
        return [section]


class CausesDirective(TwitchDirective):
    """``twitch:causes``: causes as cards, a list or a table, filtered."""

    option_spec: ClassVar = {
        "layout": directives.unchanged,
        "category": directives.unchanged,
        "group": directives.unchanged,
        "place": directives.unchanged,
        "columns": directives.unchanged,
    }

    def build(self) -> list[nodes.Node]:
        layout = self.choice("layout", ("cards", "list", "table"), "cards")
        categories = self.categories_option()
        group = self.group_option()
        place = self.place_option()
        if self.words("category") and not categories:
            return []  # every category named was unknown: already warned
        causes = self.content_view.select(categories, group, place)
        self.content_view.show(causes)
        if not causes:
            return [render.paragraph(WORDS["no_causes"], "twitch-empty")]
        if layout == "list":
            node: nodes.Node = self.renderer.cause_list(causes)
        elif layout == "table":
            node = self.renderer.cause_table(causes, self._columns())
        else:
            node = self.renderer.cause_cards(causes)
        self.set_source_info(node)
        return [node]

    def _columns(self) -> list[str]:
        columns = []
        for column in self.words("columns") or ["name", "category", "summary"]:
            if column in render.TABLE_COLUMNS:
                columns.append(column)
            else:
                self.warn(
                    f":columns: {column!r} is not a column; choose from"
                    f" {', '.join(render.TABLE_COLUMNS)}",
                    "option",
                )
        return columns or ["name", "category", "summary"]


class CategoryDirective(TwitchDirective):
    """``twitch:category ID``: a category's introduction, then its causes."""

    required_arguments = 1
    option_spec: ClassVar = {"toctree": directives.unchanged, "no-index": directives.flag}

    def build(self) -> list[nodes.Node]:
        category_id = self.arguments[0].strip()
        try:
            category = self.content_view.get_category(category_id)
        except UnknownIdError:
            self.unknown("category", category_id, self.content_view.category_ids)
            return []
        causes = self.content_view.by_category(category.id)
        self.content_view.show(causes)
        anchor = render.category_anchor(category.id)
        section = nodes.section(ids=[anchor], classes=["twitch-category"])
        self.set_source_info(section)
        section += nodes.title("", "", render.text(category.title))
        section += nodes.paragraph(
            "",
            "",
            render.badge(
                render.GROUP_TITLES.get(category.group, category.group),
                f"twitch-badge-{category.group}",
            ),
            classes=["twitch-meta"],
        )
        section += render.paragraph(category.description, "twitch-summary")
        if causes:
            section += self.renderer.cause_cards(causes)
        if "toctree" in self.options:
            section += self._toctree(causes)
        if "no-index" not in self.options:
            self.canonical("category", category.id, anchor, category.title)
        return [section]

    def _toctree(self, causes: Sequence[Cause]) -> nodes.Node:
        folder = self.options["toctree"].strip().strip("/")
        found = self.env.found_docs
        entries = []
        for cause in causes:
            docname = docname_join(self.env.docname, f"{folder}/{cause.id}" if folder else cause.id)
            if docname in found:
                entries.append(docname)
            else:
                self.warn(
                    f"no page {docname!r} for cause {cause.id!r}; create it with a"
                    f" twitch:cause {cause.id} directive",
                    "missing-page",
                )
        toctree = addnodes.toctree()
        toctree["parent"] = self.env.docname
        toctree["entries"] = [(None, docname) for docname in entries]
        toctree["includefiles"] = entries
        toctree["maxdepth"] = -1
        toctree["caption"] = None
        toctree["glob"] = False
        toctree["hidden"] = True
        toctree["includehidden"] = False
        toctree["numbered"] = 0
        toctree["titlesonly"] = False
        self.set_source_info(toctree)
        wrapper = nodes.compound(classes=["toctree-wrapper"])
        wrapper += toctree
        return wrapper


#: The place whose causes can show anywhere on the body.
ALL_OVER = "all-over"
#: The levels a place page lists; routine signs are on "When to see a doctor".
URGENT_LEVELS = ("emergency", "urgent")


class PlaceDirective(TwitchDirective):
    """``twitch:place PLACE``: the way in for a reader who knows where they feel it.

    The causes most likely at that place on the body (harmless everyday
    ones first), the causes that can show anywhere, and the urgent and
    emergency signs of those causes, each linked to its cause.
    """

    required_arguments = 1

    def build(self) -> list[nodes.Node]:
        place = self.arguments[0].strip()
        if place not in PLACES:
            self.warn(
                f"{place!r} is not a place on the body; use one of {', '.join(PLACES)}"
                + did_you_mean(place, PLACES),
                "unknown-id",
            )
            return []
        here = self.content_view.select(place=place)
        anywhere = (
            tuple(c for c in self.content_view.select(place=ALL_OVER) if c not in here)
            if place != ALL_OVER
            else ()
        )
        self.content_view.show([*here, *anywhere])
        level = self.section_depth() + 1
        anchor = nodes.make_id(f"place-{place}-{self.env.new_serialno('twitch-place')}")
        result: list[nodes.Node] = [render.paragraph(PLACE_TEXTS["intro"], "twitch-summary")]
        if here:
            result.append(self.renderer.cause_cards(here))
        else:
            result.append(render.paragraph(WORDS["no_causes"], "twitch-empty"))
        if anywhere:
            result.append(
                render.subsection(
                    PLACE_TEXTS["anywhere"],
                    f"{anchor}-anywhere",
                    level,
                    self.renderer.cause_list(anywhere),
                )
            )
        linked = [
            (cause, flag)
            for cause in (*here, *anywhere)
            for _, flag in items_of(cause.see_a_doctor, RedFlag)
            if flag.urgency in URGENT_LEVELS
        ]
        if linked:
            result.append(
                render.subsection(
                    PLACE_TEXTS["help"],
                    f"{anchor}-help",
                    level,
                    render.paragraph(PLACE_TEXTS["help_intro"]),
                    *self._help_page_link(),
                    *self.renderer.red_flag_boxes([], linked, URGENT_LEVELS),
                )
            )
        for node in result:
            self.set_source_info(node)
        return result

    def _help_page_link(self) -> list[nodes.Node]:
        """A link to the page about when to see a doctor, where the site has one."""
        help_page = settings(self.config).help_page
        return [render.help_link(help_page, self.env.docname)] if help_page else []


class BodyMapDirective(TwitchDirective):
    """``twitch:body-map``: a picture of the body whose parts lead to the place pages.

    ``:pages:`` says where the place pages are, as a document name with
    ``{place}`` in it (default ``places/{place}``, relative to this page).
    A place with no causes is drawn but not linked; a place page that does
    not exist is a ``missing-page`` warning.
    """

    option_spec: ClassVar = {"pages": directives.unchanged}

    def build(self) -> list[nodes.Node]:
        pattern = self.options.get("pages", "").strip() or "places/{place}"
        if "{place}" not in pattern:
            self.warn(f":pages: {pattern!r} has no {{place}}; using 'places/{{place}}'", "option")
            pattern = "places/{place}"
        targets = {}
        links = nodes.bullet_list(classes=["twitch-map-list"])
        for place in bodymap.DRAWING_ORDER:
            if not self.content_view.has_causes_at(place):
                continue
            docname = docname_join(self.env.docname, pattern.replace("{place}", place))
            # Re-read this page when the place page comes or goes: a source
            # file that does not exist yet keeps the page out of date.
            self.env.note_dependency(str(self.env.doc2path(docname)))
            if docname not in self.env.found_docs:
                self.warn(f"no page {docname!r} for the place {place!r}", "missing-page")
                continue
            targets[place] = docname
            link = addnodes.pending_xref(
                "",
                nodes.inline("", PLACE_NAMES[place]),
                refdomain="std",
                reftype="doc",
                reftarget="/" + docname,
                refexplicit=True,
                refdoc=self.env.docname,
            )
            links += nodes.list_item("", nodes.paragraph("", "", link))
        node = bodymap.body_map(
            places=list(bodymap.DRAWING_ORDER),
            labels=dict(PLACE_NAMES),
            targets=targets,
            map_id=nodes.make_id(
                f"twitch-body-map-{self.env.docname}-{self.env.new_serialno('twitch-body-map')}"
            ),
        )
        node += links
        self.set_source_info(node)
        return [node]


class CategoriesDirective(TwitchDirective):
    """``twitch:categories``: both groups, each with its categories as cards.

    A category with no causes in the pack is left out: a small pack that
    takes the built-in categories shows only those it has causes in.
    """

    option_spec: ClassVar = {"group": directives.unchanged}

    def build(self) -> list[nodes.Node]:
        group = self.group_option()
        container = nodes.container(classes=["twitch-categories"])
        self.set_source_info(container)
        categories = self.content_view.categories
        for each in (group,) if group else GROUPS:
            shown = [
                category
                for category in categories
                if category.group == each and self.content_view.count(category.id)
            ]
            if not shown:
                continue
            heading = nodes.paragraph("", "", classes=["twitch-group-title"])
            heading += render.badge(render.GROUP_TITLES[each], f"twitch-badge-{each}")
            container += heading
            container += self.renderer.category_cards(shown)
        return [container]


class DisclaimerDirective(TwitchDirective):
    """``twitch:disclaimer``: the site-wide disclaimer, here."""

    def build(self) -> list[nodes.Node]:
        box = render.disclaimer_box(self.content_view.disclaimer)
        box["classes"].append("twitch-site-disclaimer")
        self.set_source_info(box)
        return [box]


class ReassuranceDirective(TwitchDirective):
    """``twitch:reassurance``: the short answer to "should I worry?"."""

    def build(self) -> list[nodes.Node]:
        node = render.paragraph(self.content_view.reassurance, "twitch-reassurance")
        self.set_source_info(node)
        return [node]


class RedFlagsDirective(TwitchDirective):
    """``twitch:red-flags``: when to see a doctor, most urgent first."""

    option_spec: ClassVar = {"urgency": directives.unchanged, "scope": directives.unchanged}

    def build(self) -> list[nodes.Node]:
        urgency = self.choice("urgency", ("all", *URGENCIES), "all")
        scope = self.choice("scope", ("all", "general", "causes"), "all")
        general: list[RedFlag] = []
        linked: list[tuple[Cause, RedFlag]] = []
        if scope in {"all", "general"}:
            general = list(self.content_view.red_flags)
        if scope in {"all", "causes"}:
            for cause in self.content_view.causes:
                linked.extend((cause, flag) for flag in cause.see_a_doctor)
        urgencies = URGENCIES if urgency == "all" else (urgency,)
        boxes = self.renderer.red_flag_boxes(general, linked, urgencies)
        for box in boxes:
            self.set_source_info(box)
        return boxes


class SourcesDirective(TwitchDirective):
    """``twitch:sources``: every source, once, with the causes and movements that cite it."""

    def build(self) -> list[nodes.Node]:
        cited: dict[str, tuple[Source, list[Cause], list[str]]] = {}
        for cause in self.content_view.causes:
            for source in cause.sources:
                cited.setdefault(source.url, (source, [], []))[1].append(cause)
        for movement in self.content_view.movements:
            for source in movement.sources:
                cited.setdefault(source.url, (source, [], []))[2].append(movement.name)
        items = []
        for source, causes, movements in cited.values():
            item = render.source_citation(source)
            item += render.text(f". {WORDS['cited_for']} ")
            for position, cause in enumerate(causes):
                if position:
                    item += render.text(", ")
                item += render.xref("cause", cause.id, cause.name, self.env.docname)
            if movements:
                item += render.text("; " if causes else "")
                item += render.text(f"{MOVEMENT_PARTS['cited_for']} " + ", ".join(movements))
            item += render.text(".")
            items.append(item)
        listing = render.bullet_list(items, "twitch-all-sources")
        self.set_source_info(listing)
        return [listing]
