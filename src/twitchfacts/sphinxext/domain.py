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
from twitchfacts.sphinxext import directives, pathway, store
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
    "keep_text_for_unresolved",
]

_Place = tuple[str, str, int]  # docname, anchor, line
_KINDS: Final = ("cause", "category")


class TwitchRole(XRefRole):
    """``:twitch:cause:`ID``` and ``:twitch:category:`ID```.

    Without an explicit title the link text is the cause's (or category's)
    current name, so renaming a cause renames every link to it. Unknown ids
    are reported where the role is written, with the closest ids.
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
        catalog = store.content(env).catalog
        kind = self.reftype
        try:
            label = (
                catalog.get(target).name if kind == "cause" else catalog.get_category(target).title
            )
        except UnknownIdError:
            known = (
                [cause.id for cause in catalog.causes]
                if kind == "cause"
                else [category.id for category in catalog.categories]
            )
            warn(
                f"no {kind} with id {target!r}" + did_you_mean(target, known),
                "unknown-id",
                self.get_location(),
            )
            store.note(env, f"{kind}:{target}")
            return title, target
        store.note(env, store.name_key(target) if kind == "cause" else store.category_key(target))
        refnode["refexplicit"] = True
        refnode["support_smartquotes"] = False  # the name exactly as written
        return (title if has_explicit_title else label), target


class CauseIndex(Index):
    """The index of causes: every name and alias, linked to its cause."""

    name = "causeindex"
    localname = "Index of causes of twitching"
    shortname = "causes"

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
            names = [(cause.name, ""), *((alias, f"see {cause.name}") for alias in cause.aliases)]
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
        "disclaimer": directives.DisclaimerDirective,
        "reassurance": directives.ReassuranceDirective,
        "red-flags": directives.RedFlagsDirective,
        "sources": directives.SourcesDirective,
        "readability": directives.ReadabilityDirective,
        "pathway": pathway.PathwayDirective,
    }
    roles: ClassVar = {
        "cause": TwitchRole(innernodeclass=nodes.inline),
        "category": TwitchRole(innernodeclass=nodes.inline),
    }
    indices: ClassVar = [CauseIndex]
    initial_data: ClassVar = {"cause": {}, "category": {}}

    def places(self, kind: str) -> dict[str, _Place]:
        """The canonical place of every rendered cause or category, by id."""
        places: dict[str, _Place] = self.data[kind]
        return places

    def note_object(self, kind: str, object_id: str, docname: str, anchor: str, line: int) -> None:
        """Record a canonical place, warning if the id already has one."""
        self._add(kind, object_id, (docname, anchor, line))

    def _add(self, kind: str, object_id: str, place: _Place) -> None:
        places = self.places(kind)
        existing = places.get(object_id)
        if existing is None or existing == place:
            places[object_id] = place
            return
        first, second = sorted([existing, place], key=lambda p: (p[0], p[2]))
        places[object_id] = first
        warn(
            f"{kind} {object_id!r} is already rendered at {first[0]}:{first[2]};"
            " use :no-index: to show it again without making it its canonical place",
            "duplicate",
            (second[0], second[2]),
        )

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
    """At ``env-check-consistency``: report content rendered nowhere."""
    from twitchfacts.sphinxext.config import settings  # noqa: PLC0415

    if not settings(env.config).require_every_cause:
        return
    domain = env.domains["twitch"]
    assert isinstance(domain, TwitchDomain)
    built = store.content(env)
    expected = {
        "cause": ([cause.id for cause in built.catalog.causes], "a page with a "),
        "category": ([category.id for category in built.catalog.categories], "a "),
    }
    for kind, (ids, where) in expected.items():
        for object_id in ids:
            if object_id not in domain.places(kind):
                warn(
                    f"{kind} {object_id!r} of {built.pack.label} is rendered nowhere;"
                    f" add {where}twitch:{kind} {object_id} directive",
                    "unrendered",
                )


def keep_text_for_unresolved(
    app: object, env: BuildEnvironment, node: pending_xref, contnode: nodes.Element
) -> nodes.Element | None:
    """At ``missing-reference``: show unresolved ``twitch`` links as text.

    The problem (an unknown or unrendered id) was already reported where it
    is; without this, nitpicky builds would report it a second time. Runs
    after intersphinx, so links into other projects still resolve.
    """
    if node.get("refdomain") != "twitch":
        return None
    return contnode
