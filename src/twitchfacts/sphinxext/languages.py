"""A site in several languages: one build per language, the first at the root.

A site lists its languages in ``twitchfacts_languages`` (``["en", "es"]``).
The first is built at the root of the output, each other one into a folder
named after it, with Sphinx's own switch: ``sphinx-build -D language=es
docs out/es``. Sphinx translates the page prose (gettext catalogs in
``locale_dirs``, made with its ``gettext`` builder and ``sphinx-intl``); the
content comes translated from the pack's catalogs. This module ties the
builds together, so that no page has to:

- every page names its copies in the other languages (``<link
  rel="alternate" hreflang>``, with ``x-default`` for the first language) and
  shows a plain link to them, which needs no JavaScript;
- pages written for one audience and kept in the first language only
  (``twitchfacts_untranslated``, the developer pages here) are left out of
  the other builds, and so are the table-of-contents entries that name
  them, which Sphinx would otherwise report as missing.

``html_baseurl``, where set, is the address of the site's root (the first
language's), the same in every build.
"""

from __future__ import annotations

import html
from functools import cache
from typing import TYPE_CHECKING, Any, Final

from sphinx.directives.other import TocTree
from sphinx.util.matching import Matcher
from sphinx.util.nodes import explicit_title_re

from twitchfacts.sphinxext.config import settings
from twitchfacts.sphinxext.domain import CauseIndex, TwitchDomain
from twitchfacts.sphinxext.messages import warn
from twitchfacts.sphinxext.words import WORDS

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.config import Config

__all__ = [
    "TranslatedTocTree",
    "add_alternates",
    "check_languages",
    "is_translated",
    "page_url",
    "primary",
    "register_toctree",
    "translations",
]


def primary(tag: str) -> str:
    """The language of a tag, as the site's folders name it: ``es`` for ``es_MX``."""
    return tag.replace("-", "_").split("_", 1)[0].lower()


def _languages(config: Config) -> list[str]:
    return [primary(tag) for tag in settings(config).languages]


def _current(config: Config) -> str:
    return primary(str(config.language or "en"))


def register_toctree(app: Sphinx, config: Config) -> None:
    """At ``config-inited``: use :class:`TranslatedTocTree`, only on a site in several languages.

    A site in one language keeps Sphinx's own directive (or another
    extension's), untouched.
    """
    if settings(config).languages and settings(config).untranslated:
        app.add_directive("toctree", TranslatedTocTree, override=True)


def check_languages(app: Sphinx, config: Config) -> None:
    """At ``config-inited``: check the languages, and leave out untranslated pages.

    Changing ``exclude_patterns`` here, before the environment is loaded,
    keeps incremental builds incremental (a later change would look like a
    new configuration every time).
    """
    tags = settings(config).languages
    if not all(isinstance(tag, str) and tag.strip() for tag in tags):
        warn(f"twitchfacts_languages = {tags!r} must list language tags ('en', 'es')", "config")
        config.twitchfacts_languages = ()
        return
    languages = _languages(config)
    if not languages:
        return
    if len(set(languages)) != len(languages):
        warn(f"twitchfacts_languages lists a language twice: {languages}", "config")
    if _current(config) not in languages:
        warn(
            f"language = {config.language!r} is not one of twitchfacts_languages"
            f" ({', '.join(languages)}): pages will not link to their translations",
            "config",
        )
        return
    if is_translated(config):
        config.exclude_patterns = [*config.exclude_patterns, *settings(config).untranslated]


def is_translated(config: Config) -> bool:
    """Whether this build is one of the site's translations (not its first language)."""
    languages = _languages(config)
    return bool(languages) and _current(config) in languages[1:]


@cache
def _matcher(patterns: tuple[str, ...]) -> Matcher:
    return Matcher(patterns)


def _untranslated(config: Config, path: str) -> bool:
    return _matcher(tuple(settings(config).untranslated))(path)


class TranslatedTocTree(TocTree):
    """Sphinx's ``toctree``, without entries for pages this language leaves out.

    In the site's first language, and in a site with one language, it is
    Sphinx's directive unchanged.
    """

    def run(self) -> list[nodes.Node]:
        """Drop the left-out pages' lines, then build the table as Sphinx does."""
        if is_translated(self.config):
            for index in reversed(range(len(self.content))):
                if self._left_out(self.content[index]):
                    del self.content[index]
        return super().run()

    def _left_out(self, line: str) -> bool:
        entry = line.strip()
        match = explicit_title_re.match(entry)
        target = match.group(2) if match else entry
        if not target or "://" in target or target == "self":
            return False
        docname = self.env.relfn2path(target, self.env.docname)[0]
        for suffix in self.config.source_suffix:
            docname = docname.removesuffix(suffix)
        return _untranslated(self.config, docname) or any(
            _untranslated(self.config, docname + suffix) for suffix in self.config.source_suffix
        )


#: The pages Sphinx makes without a document that every language's build has.
_GENERATED_EVERYWHERE: Final = frozenset(
    {"genindex", "search", f"{TwitchDomain.name}-{CauseIndex.name}"}
)


def translations(app: Sphinx, pagename: str) -> dict[str, str]:
    """Each language's address of *pagename*, as a link from this page; empty if it has none."""
    config = app.config
    languages = _languages(config)
    if len(languages) < 2 or _current(config) not in languages:
        return {}
    if pagename in app.env.all_docs:
        if _untranslated(config, str(app.env.doc2path(pagename, False))):
            return {}
    elif pagename not in _GENERATED_EVERYWHERE:
        # A page Sphinx makes only for some documents (the Python module
        # index, for the developer pages) may not exist in another language.
        return {}
    return {language: page_url(app, pagename, language) for language in languages}


def page_url(app: Sphinx, pagename: str, language: str | None = None) -> str:
    """The address of *pagename* in *language* (this build's by default).

    Absolute under ``html_baseurl`` when it is set; otherwise relative to
    the page itself, so the site works from any folder or host.
    """
    config = app.config
    languages = _languages(config)
    current = _current(config)
    language = current if language is None else language
    first = languages[0] if languages else current
    target = app.builder.get_target_uri(pagename)
    folder = "" if language == first else language + "/"
    base = str(config.html_baseurl)
    if base:
        return base.rstrip("/") + "/" + folder + target
    root = "../" * target.count("/") + ("../" if current != first else "")
    return root + folder + target


@cache
def _name(language: str) -> str:
    """A language's name in itself ("Español"), from Babel's locale data."""
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415 - only for multilingual sites

    try:
        name = Locale.parse(language).get_display_name(language) or language
    except (ValueError, UnknownLocaleError):
        return language
    return name[:1].upper() + name[1:]


def add_alternates(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """At ``html-page-context``: the page's other languages, in its head and at its top.

    The head names every language's copy (``hreflang``) and the first
    language as ``x-default``; the page shows "English / Español", the
    current language as plain text and the others as links, each in its own
    language (``lang``) so screen readers pronounce it right.
    """
    addresses = translations(app, pagename)
    if not addresses:
        return
    languages = list(addresses)
    links = [
        f'<link rel="alternate" hreflang="{language}" href="{html.escape(url)}">\n'
        for language, url in addresses.items()
    ]
    default = html.escape(addresses[languages[0]])
    links.append(f'<link rel="alternate" hreflang="x-default" href="{default}">\n')
    context["metatags"] = str(context.get("metatags", "")) + "".join(links)
    if app.config.html_baseurl:
        # Sphinx's canonical address leaves out the language's folder.
        context["pageurl"] = page_url(app, pagename)
    current = _current(app.config)
    parts = []
    for language, url in addresses.items():
        name = html.escape(_name(language))
        if language == current:
            parts.append(f'<span lang="{language}" aria-current="page">{name}</span>')
        else:
            parts.append(
                f'<a href="{html.escape(url)}" hreflang="{language}" lang="{language}">{name}</a>'
            )
    switch = (
        f'<nav class="twitch-languages" aria-label="{html.escape(WORDS["language"])}">'
        + " / ".join(parts)
        + "</nav>\n"
    )
    if doctree is None and "theme_announcement" in context:
        # Pages made from templates (search, index) show no body of ours.
        context["theme_announcement"] = switch + str(context.get("theme_announcement") or "")
        return
    context["body"] = switch + str(context.get("body", ""))
