"""What a build knows about the content, and which page read which part.

The content pack is loaded once per build, at ``builder-inited``: its
values that the rules reject are reported as located ``twitchfacts.content``
warnings and taken out (:func:`twitchfacts.rules.showable.showable`), so
directives only ever render values of the right type.

Directives and roles never read the catalog directly. They read it through
a :class:`ContentView` bound to their document, and the view records every
part it hands out (a cause, a cause's name, a category, which causes a
filter selects, a site-wide text) with a fingerprint of that part. At the
next build, :class:`ContentCollector` compares the recorded fingerprints
with the content as it is now and asks Sphinx to re-read exactly the
documents whose parts changed. Because recording happens where the data is
read, a directive cannot forget to record what it shows. The pack's files
are deliberately *not* noted as dependencies, since every page would then
be re-read on any edit.

Only picklable primitives are kept in the environment; the loaded pack
lives in a per-environment registry outside it.
"""

from __future__ import annotations

import hashlib
import sys
import weakref
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sphinx.environment.collectors import EnvironmentCollector

from twitchfacts.catalog import Catalog
from twitchfacts.errors import LanguageError, PackError
from twitchfacts.i18n import SOURCE_LANGUAGE, resolve, translate
from twitchfacts.packs import BUILTIN, Pack, load_pack, looks_like_path
from twitchfacts.rules.base import Problem
from twitchfacts.rules.showable import showable
from twitchfacts.sphinxext.config import settings
from twitchfacts.sphinxext.messages import warn

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from twitchfacts.model import Category, Cause, Movement, RedFlag

__all__ = [
    "BuildContent",
    "ContentCollector",
    "ContentView",
    "content",
    "load_content",
    "shown_causes",
    "shows_content",
    "view",
]

SITE_DISCLAIMER: Final = "site:disclaimer"
SITE_REASSURANCE: Final = "site:reassurance"
SITE_RED_FLAGS: Final = "site:red_flags"
SITE_MOVEMENTS: Final = "site:movements"
CATEGORY_LIST: Final = "categories:"
#: Parts that only name something (a link's text) rather than show content.
_NAMING: Final = ("name:", "category:", CATEGORY_LIST)
_ABSENT: Final = "absent"


def _cause_key(cause_id: str) -> str:
    return f"cause:{cause_id}"


def _name_key(cause_id: str) -> str:
    return f"name:{cause_id}"


def _category_key(category_id: str) -> str:
    return f"category:{category_id}"


def _members_key(categories: Sequence[str], group: str | None, place: str | None = None) -> str:
    return f"members:{','.join(categories)}|{group or ''}|{place or ''}"


@dataclass
class BuildContent:
    """The content pack of one build, with cached fingerprints of its parts.

    :param pack: The pack as loaded, for its label and files.
    :param catalog: What may be shown: the pack's catalog without the values
        the rules reject.
    """

    pack: Pack
    catalog: Catalog
    mtimes: dict[str, int]
    problems: tuple[tuple[str, str | None], ...] = ()
    #: The language the content is shown in (English when the build's is not available).
    language: str = SOURCE_LANGUAGE
    _fingerprints: dict[str, str] = field(default_factory=dict)

    def fingerprint(self, key: str) -> str:
        """A short hash of the part *key* names, as the content is now."""
        if key not in self._fingerprints:
            self._fingerprints[key] = _digest(repr(self._part(key)))
        return self._fingerprints[key]

    def _part(self, key: str) -> object:
        kind, _, rest = key.partition(":")
        catalog = self.catalog
        parts: dict[str, Callable[[], object]] = {
            "cause": lambda: catalog.get(rest),
            "name": lambda: catalog.get(rest).name,
            "category": lambda: catalog.get_category(rest),
            "categories": lambda: [category.id for category in catalog.categories],
            "members": lambda: _members(catalog, rest),
            "site": lambda: {
                SITE_DISCLAIMER: catalog.disclaimer,
                SITE_REASSURANCE: catalog.reassurance,
                SITE_RED_FLAGS: catalog.red_flags,
                SITE_MOVEMENTS: catalog.movements,
            }[key],
        }
        try:
            return parts[kind]()
        except KeyError:
            return _ABSENT


def _members(catalog: Catalog, filter_key: str) -> list[str]:
    """Which causes a ``members:`` key's filter selects, in order."""
    categories, group, place = filter_key.split("|")
    chosen = catalog.select([c for c in categories.split(",") if c], group or None, place or None)
    return [cause.id for cause in chosen]


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


class ContentView:
    """The build's content as one document reads it: every read is recorded.

    Directives, roles and renderers get content only from here, so what a
    page shows is exactly what its record lists, and an edit to any of it
    re-reads the page.
    """

    def __init__(self, env: BuildEnvironment, docname: str) -> None:
        self._env = env
        self._docname = docname
        self._built = content(env)

    @property
    def label(self) -> str:
        """How messages name the pack."""
        return self._built.pack.label

    @property
    def language(self) -> str:
        """The language the content is shown in.

        Reading it records nothing: it changes only with the configuration,
        which rebuilds every page anyway.
        """
        return self._built.language

    def _note(self, *keys: str) -> None:
        usage: dict[str, dict[str, str]] = self._env.twitchfacts_usage  # type: ignore[attr-defined]
        record = usage.setdefault(self._docname, {})
        for key in keys:
            record[key] = self._built.fingerprint(key)

    def get(self, cause_id: str) -> Cause:
        """One whole cause (recorded even when unknown, so it shows once added).

        :raises twitchfacts.catalog.UnknownIdError: if there is none.
        """
        self._note(_cause_key(cause_id))
        return self._built.catalog.get(cause_id)

    def name_of(self, cause_id: str) -> str:
        """Only a cause's name, for the text of a link to it.

        :raises twitchfacts.catalog.UnknownIdError: if there is none.
        """
        self._note(_name_key(cause_id))
        return str(self._built.catalog.get(cause_id).name)

    def has_cause(self, cause_id: str) -> bool:
        """Whether the pack has this cause (recorded as its name)."""
        self._note(_name_key(cause_id))
        return cause_id in self._built.catalog.cause_ids

    def get_category(self, category_id: str) -> Category:
        """One category.

        :raises twitchfacts.catalog.UnknownIdError: if there is none.
        """
        self._note(_category_key(category_id))
        return self._built.catalog.get_category(category_id)

    @property
    def categories(self) -> tuple[Category, ...]:
        """Every category, in reading order."""
        found = self._built.catalog.categories
        self._note(CATEGORY_LIST, *(_category_key(category.id) for category in found))
        return found

    @property
    def category_ids(self) -> list[str]:
        """The ids of every category (for suggestions in messages)."""
        self._note(CATEGORY_LIST)
        return [category.id for category in self._built.catalog.categories]

    @property
    def cause_ids(self) -> list[str]:
        """The ids of every cause (for suggestions in messages)."""
        self._note(_members_key([], None))
        return list(self._built.catalog.cause_ids)

    @property
    def causes(self) -> tuple[Cause, ...]:
        """Every cause, in reading order."""
        return self.select()

    def select(
        self, categories: Sequence[str] = (), group: str | None = None, place: str | None = None
    ) -> tuple[Cause, ...]:
        """The causes a filter selects (see :meth:`twitchfacts.catalog.Catalog.select`)."""
        self._note(_members_key(categories, group, place), *map(_category_key, categories))
        found = self._built.catalog.select(categories, group, place)
        self._note(*(_cause_key(cause.id) for cause in found))
        return found

    def has_causes_at(self, place: str) -> bool:
        """Whether any cause shows at *place* (recorded as which causes, not what they say)."""
        self._note(_members_key([], None, place))
        return bool(self._built.catalog.select(place=place))

    def by_category(self, category_id: str) -> tuple[Cause, ...]:
        """The causes of one category, in reading order."""
        self.get_category(category_id)
        return self.select([category_id])

    def count(self, category_id: str) -> int:
        """How many causes a category has (recorded as which causes, not what they say)."""
        self._note(_members_key([category_id], None))
        return len(self._built.catalog.select([category_id]))

    @property
    def red_flags(self) -> tuple[RedFlag, ...]:
        """The general signs that call for a doctor."""
        self._note(SITE_RED_FLAGS)
        return self._built.catalog.red_flags

    @property
    def movements(self) -> tuple[Movement, ...]:
        """The kinds of movement readers may call a twitch, in reading order."""
        self._note(SITE_MOVEMENTS)
        return self._built.catalog.movements

    @property
    def disclaimer(self) -> str:
        """The site-wide disclaimer."""
        self._note(SITE_DISCLAIMER)
        return self._built.catalog.disclaimer

    @property
    def reassurance(self) -> str:
        """The short answer to "should I worry?"."""
        self._note(SITE_REASSURANCE)
        return self._built.catalog.reassurance

    def whole(self) -> Catalog:
        """The whole catalog, for a view of all of it (reading levels, say)."""
        self.causes  # noqa: B018 - reading records every cause
        self.categories  # noqa: B018
        self._note(SITE_DISCLAIMER, SITE_REASSURANCE, SITE_RED_FLAGS, SITE_MOVEMENTS)
        return self._built.catalog

    def show(self, causes: Iterable[Cause]) -> None:
        """Say that the page presents these causes, for its structured data."""
        shown: dict[str, list[str]] = self._env.twitchfacts_shown  # type: ignore[attr-defined]
        listed = shown.setdefault(self._docname, [])
        listed.extend(cause.id for cause in causes if cause.id not in listed)


def view(env: BuildEnvironment, docname: str | None = None) -> ContentView:
    """The content as the document being read (or *docname*) sees it."""
    return ContentView(env, docname or env.docname)


_CONTENT: weakref.WeakKeyDictionary[BuildEnvironment, BuildContent] = weakref.WeakKeyDictionary()
_LOADED: dict[str, BuildContent] = {}


def load_content(app: Sphinx) -> None:
    """At ``builder-inited``: load the configured pack for this build.

    A pack whose files have not changed since it was last loaded in this
    process is reused. A changed module pack is imported afresh (its modules
    are dropped from ``sys.modules`` first), so ``sphinx-autobuild`` and test
    suites see edits; if it now fails to load, the build shows no content
    and says why, rather than showing the old content silently.

    Relative pack paths, and modules not found on ``sys.path``, are looked
    for in the configuration directory and then the current directory, as
    ``python -m`` would.
    """
    env = app.env
    for attribute in ("twitchfacts_usage", "twitchfacts_shown"):
        if not hasattr(env, attribute):
            setattr(env, attribute, {})
    spec = settings(app.config).content or BUILTIN
    if looks_like_path(spec) and not Path(spec).is_absolute():
        spec = str(Path(app.confdir, spec))
    language = app.config.language or SOURCE_LANGUAGE
    key = f"{spec}|{language}"
    cached = _LOADED.get(key)
    if cached is not None and cached.mtimes == _mtimes(cached.pack.files):
        _CONTENT[env] = cached
        _report(cached)
        return
    if cached is not None and not looks_like_path(spec):
        _forget_modules(cached.pack.files)
    notes: list[tuple[str, str | None]] = []
    shown = SOURCE_LANGUAGE
    try:
        pack = load_pack(spec, search=(str(app.confdir), str(Path.cwd())))
    except PackError as error:
        warn(f"cannot load content pack {spec}: {error}", "content")
        pack = Pack(spec, Catalog(), cached.pack.files if cached else ())
        catalog, problems = pack.catalog, list[Problem]()
    else:
        translated, note = _in_language(pack, language)
        catalog, problems = showable(translated)
        shown = SOURCE_LANGUAGE if note else resolve(pack.catalog, language)
        if note:
            # Kept with the content, so that every build that reuses it says so again.
            notes.append((note, f"{pack.files[0]}:1" if pack.files else None))
    loaded = BuildContent(
        pack,
        catalog,
        _mtimes(pack.files),
        (
            *notes,
            *(
                (
                    f"{problem.format(pack.label)}; left out of the pages",
                    _locate(pack.files, problem.where),
                )
                for problem in problems
            ),
        ),
        language=shown,
    )
    _LOADED[key] = loaded
    _CONTENT[env] = loaded
    _report(loaded)


def _in_language(pack: Pack, language: str) -> tuple[Catalog, str]:
    """The pack's content in the build's ``language``, or in English and why.

    A site in another language shows the pack's translation only when it is
    complete and current; otherwise the build says why, and the pages show
    the English rather than advice half translated or translated from older
    English.
    """
    try:
        return translate(pack.catalog, language), ""
    except LanguageError as error:
        return pack.catalog, f"{pack.label}: {error}; the pages show the English content"


def _report(loaded: BuildContent) -> None:
    """Warn about what of the pack is not shown, and why, where it is written."""
    for message, location in loaded.problems:
        warn(message, "content", location)


def _locate(files: Sequence[str], where: str) -> str | None:
    """``file:line`` of the record a problem is about, as well as it can be found.

    The line is that of the record's id (``"id": "als"`` in JSON,
    ``id="als"`` in Python); a problem of the catalog, or of a record whose
    id cannot be found, points at the first line of the pack's main file.
    """
    subject = where.split(".", 1)[0].removeprefix("category:")
    needles = (f'"id": "{subject}"', f'id="{subject}"', f"id='{subject}'")
    for file in files:
        try:
            lines = Path(file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(lines, start=1):
            if any(needle in line for needle in needles):
                return f"{file}:{number}"
    return f"{files[0]}:1" if files else None


def _mtimes(files: Iterable[str]) -> dict[str, int]:
    stamps = {}
    for file in files:
        try:
            stamps[file] = Path(file).stat().st_mtime_ns
        except OSError:
            stamps[file] = -1
    return stamps


def _forget_modules(files: Sequence[str]) -> None:
    """Drop the modules loaded from *files*, so the next import runs them again."""
    wanted = set(files)
    for name, module in list(sys.modules.items()):
        origin = getattr(module, "__file__", None)
        if origin and str(Path(origin).resolve()) in wanted:
            del sys.modules[name]


def content(env: BuildEnvironment) -> BuildContent:
    """The content of the build *env* belongs to."""
    return _CONTENT[env]


def shows_content(env: BuildEnvironment, docname: str) -> bool:
    """Whether a document shows twitchfacts content (not only links to it)."""
    usage: dict[str, dict[str, str]] = env.twitchfacts_usage  # type: ignore[attr-defined]
    return any(not key.startswith(_NAMING) for key in usage.get(docname, {}))


def shown_causes(env: BuildEnvironment, docname: str) -> list[str]:
    """The ids of the causes a document presents, in the order they appear."""
    shown: dict[str, list[str]] = env.twitchfacts_shown  # type: ignore[attr-defined]
    return list(shown.get(docname, ()))


class ContentCollector(EnvironmentCollector):
    """Keeps the per-document record of read content right across builds.

    It forgets a document's record when the document is re-read, merges the
    records of parallel readers, and decides which documents are outdated
    because the content they show has changed.
    """

    def clear_doc(self, app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        """Forget what a document read: it is about to be read again."""
        env.twitchfacts_usage.pop(docname, None)  # type: ignore[attr-defined]
        env.twitchfacts_shown.pop(docname, None)  # type: ignore[attr-defined]

    def merge_other(
        self,
        app: Sphinx,
        env: BuildEnvironment,
        docnames: AbstractSet[str],
        other: BuildEnvironment,
    ) -> None:
        """Take over the records of the documents a parallel reader read."""
        for attribute in ("twitchfacts_usage", "twitchfacts_shown"):
            theirs = getattr(other, attribute)
            ours = getattr(env, attribute)
            for docname in sorted(docnames):
                if docname in theirs:
                    ours[docname] = theirs[docname]

    def process_doc(self, app: Sphinx, doctree: nodes.document) -> None:
        """Nothing to do: the views record what is read while parsing."""

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
