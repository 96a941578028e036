"""What a build knows about the content, and which page used which part.

The content pack is loaded once per build, at ``builder-inited``. Every
directive and role records, for the document it is in, the parts of the
content it rendered (a cause, a cause's name, a category, the causes a
filter selected, a site-wide text) together with a fingerprint of that
part. At the next build, :class:`ContentCollector` compares the recorded
fingerprints with the content as it is now and asks Sphinx to re-read
exactly the documents whose parts changed: editing one cause re-renders
its page and every grid, table and red-flag list that shows it, and no
other page. The pack's files are deliberately *not* noted as
dependencies, since every page would then be re-read on any edit.

Only picklable primitives are kept in the environment; the loaded pack
lives in a per-environment registry outside it.
"""

from __future__ import annotations

import hashlib
import importlib
import sys
import weakref
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sphinx.environment.collectors import EnvironmentCollector

from twitchfacts.catalog import Catalog
from twitchfacts.errors import PackError
from twitchfacts.packs import BUILTIN, Pack, load_pack, looks_like_path
from twitchfacts.sphinxext.config import settings
from twitchfacts.sphinxext.messages import warn

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

__all__ = [
    "SITE_DISCLAIMER",
    "SITE_REASSURANCE",
    "SITE_RED_FLAGS",
    "BuildContent",
    "ContentCollector",
    "category_key",
    "cause_key",
    "content",
    "load_content",
    "members_key",
    "name_key",
    "note",
    "shown_causes",
    "uses_key",
]

SITE_DISCLAIMER: Final = "site:disclaimer"
SITE_REASSURANCE: Final = "site:reassurance"
SITE_RED_FLAGS: Final = "site:red_flags"
_ABSENT: Final = "absent"


def cause_key(cause_id: str) -> str:
    """The part that is one whole cause (a page or card showing it)."""
    return f"cause:{cause_id}"


def uses_key(cause_id: str) -> str:
    """A whole cause that a page draws on without showing it (its red flags, say)."""
    return f"uses:{cause_id}"


def name_key(cause_id: str) -> str:
    """The part that is only a cause's name (a link to it)."""
    return f"name:{cause_id}"


def category_key(category_id: str) -> str:
    """The part that is one category's title, description and group."""
    return f"category:{category_id}"


def members_key(categories: Sequence[str], group: str | None) -> str:
    """The part that is *which* causes a filter selects, in order."""
    return f"members:{','.join(categories)}|{group or ''}"


@dataclass
class BuildContent:
    """The content pack of one build, with cached fingerprints of its parts."""

    pack: Pack
    mtimes: dict[str, int]
    _fingerprints: dict[str, str] = field(default_factory=dict)

    @property
    def catalog(self) -> Catalog:
        """The pack's catalog."""
        return self.pack.catalog

    def fingerprint(self, key: str) -> str:
        """A short hash of the part *key* names, as the content is now."""
        if key not in self._fingerprints:
            self._fingerprints[key] = _digest(repr(self._part(key)))
        return self._fingerprints[key]

    def _part(self, key: str) -> object:
        kind, _, rest = key.partition(":")
        catalog = self.catalog
        try:
            if kind in {"cause", "uses"}:
                return catalog.get(rest)
            if kind == "name":
                return catalog.get(rest).name
            if kind == "category":
                return catalog.get_category(rest)
            if kind == "members":
                categories, _, group = rest.partition("|")
                chosen = catalog.select([c for c in categories.split(",") if c], group or None)
                return [cause.id for cause in chosen]
        except KeyError:
            return _ABSENT
        return {
            SITE_DISCLAIMER: catalog.disclaimer,
            SITE_REASSURANCE: catalog.reassurance,
            SITE_RED_FLAGS: catalog.red_flags,
        }.get(key, _ABSENT)


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


_CONTENT: weakref.WeakKeyDictionary[BuildEnvironment, BuildContent] = weakref.WeakKeyDictionary()
_LOADED: dict[str, BuildContent] = {}


def load_content(app: Sphinx) -> None:
    """At ``builder-inited``: load the configured pack for this build.

    A pack whose files have not changed since it was last loaded in this
    process is reused; a changed module pack is reloaded, so that
    ``sphinx-autobuild`` and test suites see edits. A pack that cannot be
    loaded gives a ``twitchfacts.content`` warning and an empty catalog.
    """
    env = app.env
    if not hasattr(env, "twitchfacts_usage"):
        env.twitchfacts_usage = {}  # type: ignore[attr-defined]
    spec = settings(app.config).content or BUILTIN
    if looks_like_path(spec) and not Path(spec).is_absolute():
        spec = str(Path(app.confdir, spec))
    cached = _LOADED.get(spec)
    if cached is not None and cached.mtimes == _mtimes(cached.pack.files):
        _CONTENT[env] = cached
        return
    if cached is not None and not looks_like_path(spec):
        _reload_modules(cached.pack.files)
    try:
        pack = load_pack(spec)
    except PackError as error:
        warn(f"cannot load content pack {spec}: {error}", "content")
        pack = Pack(spec, Catalog(), ())
    loaded = BuildContent(pack, _mtimes(pack.files))
    _LOADED[spec] = loaded
    _CONTENT[env] = loaded


def _mtimes(files: Iterable[str]) -> dict[str, int]:
    stamps = {}
    for file in files:
        try:
            stamps[file] = Path(file).stat().st_mtime_ns
        except OSError:
            stamps[file] = -1
    return stamps


def _reload_modules(files: Sequence[str]) -> None:
    """Reload the modules loaded from *files*, submodules before packages."""
    wanted = set(files)
    modules = [
        module
        for module in list(sys.modules.values())
        if getattr(module, "__file__", None)
        and str(Path(module.__file__ or "").resolve()) in wanted
    ]
    for module in sorted(modules, key=lambda module: -module.__name__.count(".")):
        try:
            importlib.reload(module)
        except Exception:
            return


def content(env: BuildEnvironment) -> BuildContent:
    """The content of the build *env* belongs to."""
    return _CONTENT[env]


def note(env: BuildEnvironment, key: str, docname: str | None = None) -> None:
    """Record that a document (the current one by default) shows part *key*."""
    usage: dict[str, dict[str, str]] = env.twitchfacts_usage  # type: ignore[attr-defined]
    usage.setdefault(docname or env.docname, {})[key] = content(env).fingerprint(key)


def shown_causes(env: BuildEnvironment, docname: str) -> list[str]:
    """The ids of the causes a document shows, in the order they appear."""
    usage: dict[str, dict[str, str]] = env.twitchfacts_usage  # type: ignore[attr-defined]
    return [key[6:] for key in usage.get(docname, {}) if key.startswith("cause:")]


class ContentCollector(EnvironmentCollector):
    """Keeps the per-document record of shown content right across builds.

    It forgets a document's record when the document is re-read, merges the
    records of parallel readers, and decides which documents are outdated
    because the content they show has changed.
    """

    def clear_doc(self, app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        """Forget what a document showed: it is about to be read again."""
        env.twitchfacts_usage.pop(docname, None)  # type: ignore[attr-defined]

    def merge_other(
        self,
        app: Sphinx,
        env: BuildEnvironment,
        docnames: AbstractSet[str],
        other: BuildEnvironment,
    ) -> None:
        """Take over the records of the documents a parallel reader read."""
        theirs: dict[str, dict[str, str]] = other.twitchfacts_usage  # type: ignore[attr-defined]
        ours: dict[str, dict[str, str]] = env.twitchfacts_usage  # type: ignore[attr-defined]
        for docname in sorted(docnames):
            if docname in theirs:
                ours[docname] = theirs[docname]

    def process_doc(self, app: Sphinx, doctree: nodes.document) -> None:
        """Nothing to do: directives record what they show while parsing."""

    def get_outdated_docs(
        self,
        app: Sphinx,
        env: BuildEnvironment,
        added: set[str],
        changed: set[str],
        removed: set[str],
    ) -> list[str]:
        """The documents that show content which changed since they were read."""
        current = content(env)
        usage: dict[str, dict[str, str]] = env.twitchfacts_usage  # type: ignore[attr-defined]
        return sorted(
            docname
            for docname, parts in usage.items()
            if docname not in changed | removed
            and any(current.fingerprint(key) != stamp for key, stamp in parts.items())
        )

    def get_updated_docs(self, app: Sphinx, env: BuildEnvironment) -> list[str]:
        """Nothing more to write: outdated documents are re-read instead."""
        return []
