"""The ``twitch`` domain: canonical places, the roles, the index of causes.

It records where each cause and category is rendered, resolves the roles
that link to them, and builds the index of causes.

The domain data maps each id to its canonical place, ``(docname, anchor,
line)``. When a cause is rendered as canonical twice, the place that sorts
first (by document, then line) wins whatever order documents were read in,
so serial and parallel builds agree, and the other place gets a
``twitchfacts.duplicate`` warning.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from typing import TYPE_CHECKING, Any, ClassVar, Final

from docutils import nodes
from sphinx.domains import Domain, Index, IndexEntry, ObjType
from sphinx.roles import XRefRole
from sphinx.util.nodes import make_refnode

from twitchfacts.catalog import UnknownIdError, did_you_mean
from twitchfacts.sphinxext import directives, movements, pathway, readability, store, words
from twitchfacts.sphinxext.messages import warn

if TYPE_CHECKING:
    from sphinx.addnodes import pending_xref
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

__all__ = [
    "CauseIndex",
    "TwitchDomain",
    "TwitchRole",
    "check_rendered",
    "report_unresolved",
]

_Place = tuple[str, str, int]  # docname, anchor, line
_KINDS: Final = ("cause", "category")


class TwitchRole(XRefRole):
    """``:twitch:cause:`ID``` and ``:twitch:category:`ID```.

    Without an explicit title the link text is the cause's (or category's)
    current name, so renaming a cause renames every link to it. An id this
    project's pack does not have is left to intersphinx, which links it into
    another twitchfacts site with that site's own name for it; only when
    nothing resolves it is it reported, where the role is written.
    """

    def process_link(
        self,
        env: BuildEnvironment,
        refnode: nodes.Element,
        has_explicit_title: bool,
        title: str,
        target: str,
    ) -> tuple[str, str]:
        target = target.strip()
        label = None if has_explicit_title else _local_label(env, self.reftype, target)
        # The local name is only the text's default: ``refexplicit`` stays
        # false so that intersphinx, resolving the id in another site, shows
        # that site's own name for it.
        refnode["support_smartquotes"] = False  # the name exactly as written
        return (label or title), target


def _local_label(env: BuildEnvironment, kind: str, target: str) -> str | None:
    """The name this project's pack gives the id, if it has it (recorded for the page)."""
    content = store.view(env)
    try:
        if kind == "cause":
            return content.name_of(target)
        return str(content.get_category(target).title)
    except UnknownIdError:
        return None


class CauseIndex(Index):
    """The index of causes: every name and alias, linked to its cause."""

    name = "causeindex"
    localname = words.lazy("cause_index")
    shortname = words.lazy("cause_index_short")

    def generate(
        self, docnames: Iterable[str] | None = None
    ) -> tuple[list[tuple[str, list[IndexEntry]]], bool]:
        domain = self.domain
        assert isinstance(domain, TwitchDomain)
        wanted = set(docnames) if docnames is not None else None
        catalog = store.content(domain.env).catalog
        letters: dict[str, list[IndexEntry]] = {}
        for cause_id, (docname, anchor, _) in domain.places("cause").items():
            if wanted is not None and docname not in wanted:
                continue
            try:
                cause = catalog.get(cause_id)
            except UnknownIdError:
                continue
            see = words.WORDS["see_cause"].format(name=cause.name)
            names = [(cause.name, ""), *((alias, see) for alias in cause.aliases)]
            for name, description in names:
                letters.setdefault(name[0].upper(), []).append(
                    IndexEntry(name, 0, docname, anchor, "", "", description)
                )
        content = [
            (letter, sorted(entries, key=lambda entry: entry.name.casefold()))
            for letter, entries in sorted(letters.items())
        ]
        return content, False


class TwitchDomain(Domain):
    """Causes of muscle twitching, as a Sphinx domain."""

    name = "twitch"
    label = "Twitching causes"
    object_types: ClassVar = {
        "cause": ObjType("cause", "cause"),
        "category": ObjType("category", "category"),
    }
    directives: ClassVar = {
        "cause": directives.CauseDirective,
        "causes": directives.CausesDirective,
        "category": directives.CategoryDirective,
        "categories": directives.CategoriesDirective,
        "place": directives.PlaceDirective,
        "body-map": directives.BodyMapDirective,
        "disclaimer": directives.DisclaimerDirective,
        "reassurance": directives.ReassuranceDirective,
        "red-flags": directives.RedFlagsDirective,
        "sources": directives.SourcesDirective,
        "readability": readability.ReadabilityDirective,
        "pathway": pathway.PathwayDirective,
        "movements": movements.MovementsDirective,
    }
    roles: ClassVar = {
        "cause": TwitchRole(innernodeclass=nodes.inline, warn_dangling=True),
        "category": TwitchRole(innernodeclass=nodes.inline, warn_dangling=True),
    }
    indices: ClassVar = [CauseIndex]
    initial_data: ClassVar = {"cause": {}, "category": {}}

    def places(self, kind: str) -> dict[str, _Place]:
        """The canonical place of every rendered cause or category, by id."""
        places: dict[str, _Place] = self.data[kind]
        return places

    def note_object(
        self, kind: str, object_id: str, docname: str, anchor: str, line: int, title: str
    ) -> None:
        """Record a canonical place, warning if the id already has one.

        The place is also a standard label named like its anchor
        (``cause-als``), so projects without this extension can link to it
        with ``:ref:`` through intersphinx.
        """
        if self._add(kind, object_id, (docname, anchor, line)):
            self.env.domains.standard_domain.note_hyperlink_target(anchor, docname, anchor, title)

    def _add(self, kind: str, object_id: str, place: _Place) -> bool:
        """Record a place; whether it is the canonical one."""
        places = self.places(kind)
        existing = places.get(object_id)
        if existing is None or existing == place:
            places[object_id] = place
            return True
        first, second = sorted([existing, place], key=lambda p: (p[0], p[2]))
        places[object_id] = first
        warn(
            f"{kind} {object_id!r} is already rendered at {first[0]}:{first[2]};"
            " use :no-index: to show it again without making it its canonical place",
            "duplicate",
            (second[0], second[2]),
        )
        return first == place

    def clear_doc(self, docname: str) -> None:
        """Forget the places a document held: it is about to be read again."""
        for kind in _KINDS:
            places = self.places(kind)
            for object_id in [key for key, place in places.items() if place[0] == docname]:
                del places[object_id]

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        """Take over the places a parallel reader found, checking duplicates."""
        for kind in _KINDS:
            theirs: dict[str, _Place] = otherdata[kind]
            for object_id, place in sorted(theirs.items()):
                if place[0] in docnames:
                    self._add(kind, object_id, place)

    def resolve_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> nodes.reference | None:
        """Link to a cause or category's canonical place, if it has one."""
        place = self.places(typ).get(target) if typ in _KINDS else None
        if place is None:
            return None
        docname, anchor, _ = place
        return make_refnode(builder, fromdocname, docname, anchor, contnode)

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> list[tuple[str, nodes.reference]]:
        """Resolve ``:any:`` references to causes and categories."""
        found = []
        for kind in _KINDS:
            reference = self.resolve_xref(env, fromdocname, builder, kind, target, node, contnode)
            if reference is not None:
                found.append((f"twitch:{kind}", reference))
        return found

    def get_objects(self) -> Iterable[tuple[str, str, str, str, str, int]]:
        """Every canonical place, for ``objects.inv`` and the site search."""
        catalog = store.content(self.env).catalog
        for kind in _KINDS:
            for object_id, (docname, anchor, _) in sorted(self.places(kind).items()):
                try:
                    label = (
                        catalog.get(object_id).name
                        if kind == "cause"
                        else catalog.get_category(object_id).title
                    )
                except UnknownIdError:
                    label = object_id
                yield object_id, label, kind, docname, anchor, 1


def check_rendered(app: object, env: BuildEnvironment) -> None:
    """At ``env-check-consistency``: report content rendered nowhere.

    Only when ``twitchfacts_require_every_cause`` asks for it, and only in a
    project that renders causes at all: a project that only links to
    another site renders none. A category with no causes in the pack is
    never required.
    """
    from twitchfacts.sphinxext.config import settings  # noqa: PLC0415

    if not settings(env.config).require_every_cause:
        return
    domain = env.domains["twitch"]
    assert isinstance(domain, TwitchDomain)
    if not domain.places("cause"):
        return
    built = store.content(env)
    catalog = built.catalog
    expected = {
        "cause": ([cause.id for cause in catalog.causes], "a page with a "),
        "category": (
            [category.id for category in catalog.categories if catalog.by_category(category.id)],
            "a ",
        ),
    }
    for kind, (ids, where) in expected.items():
        for object_id in ids:
            if object_id not in domain.places(kind):
                warn(
                    f"{kind} {object_id!r} of {built.pack.label} is rendered nowhere;"
                    f" add {where}twitch:{kind} {object_id} directive",
                    "unrendered",
                )


def report_unresolved(app: object, domain: Domain | None, node: pending_xref) -> bool | None:
    """At ``warn-missing-reference``: say why a ``twitch`` role points nowhere.

    Sphinx emits this only for a role that neither this project nor
    intersphinx resolved (links made by directives, in cards and tables, do
    not ask for warnings and just show as text). The warning is located where
    the role is written: unknown if no pack has the id, unrendered if this
    project's pack has it but no page renders it.
    """
    if domain is None or domain.name != TwitchDomain.name:
        return None
    if not node.get("refwarn"):
        return True  # a directive's link, even under nitpicky: text is right
    kind, target = node["reftype"], node["reftarget"]
    env = domain.env
    catalog = store.content(env).catalog
    known = catalog.cause_ids if kind == "cause" else {c.id for c in catalog.categories}
    if target in known:
        warn(
            f"{kind} {target!r} is not rendered in this project, so the link shows as"
            f" text; add a twitch:{kind} {target} directive",
            "unrendered",
            node,
        )
    else:
        warn(
            f"no {kind} with id {target!r} in {store.content(env).pack.label} or in any"
            " intersphinx inventory" + did_you_mean(target, sorted(known)),
            "unknown-id",
            node,
        )
    return True
