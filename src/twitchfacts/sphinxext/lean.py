"""Lean pages: each HTML page loads only the stylesheets and scripts it uses.

Sphinx links every registered stylesheet and script from every page: the
code-highlighting colours on pages without code, sphinx-design's styles and
tab script on pages with no card or tab, and the scripts that only the
search page needs (``doctools.js``, ``documentation_options.js``,
``sphinx_highlight.js``, and ``translations.js`` in other languages than
English). On a phone with a weak signal each is a request
and bytes before the page settles. With ``twitchfacts_lean_pages = True``
the extension looks at each page's rendered body when its HTML is written,
drops the assets it names below that the page does not use, marks the
scripts that remain ``defer`` so that none holds up the first paint, and
writes the page without the template's indentation.

Only assets named here are ever dropped; another extension's files are
left alone. Scripts from files are deferred, which keeps their order among
themselves; a file script that comes before an inline script is left as it
is, so the inline script still runs after it. The search page keeps its
scripts as they are: its template adds scripts of its own that run at once
and need them.

What a reader gives up: the words searched for are no longer highlighted on
the page opened from the results (``sphinx_highlight.js``), and Sphinx's
keyboard shortcuts (``doctools.js``, "/" to search) are gone. Both are
small against a second less of waiting on a weak signal.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from twitchfacts.sphinxext.config import settings

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = [
    "CONDITIONAL_ASSETS",
    "SEARCH_PAGE",
    "compact_css",
    "compact_html",
    "compact_pages",
    "trim_assets",
]

#: The page whose template needs Sphinx's search scripts, run at once.
SEARCH_PAGE: Final = "search"

_Test = Callable[[str, str], bool]


def _has_class(prefix: str) -> _Test:
    """True when an element in the body has a class starting with *prefix*."""
    pattern = re.compile(r'class="(?:[^"]*\s)?' + re.escape(prefix))
    return lambda pagename, body: pattern.search(body) is not None


def _is_search_page(pagename: str, body: str) -> bool:
    return pagename == SEARCH_PAGE


def _uses_theme_extras(pagename: str, body: str) -> bool:
    """Whether furo's styles for other extensions (code, sphinx-design, tabs) apply."""
    tests = (_has_class(prefix) for prefix in ("highlight", "sd-", "sphinx-bs", "shadow"))
    return any(test(pagename, body) for test in tests)


#: Each asset that is dropped from a page that does not need it, by the end
#: of its file name, with the test that says a page needs it.
CONDITIONAL_ASSETS: Final[dict[str, _Test]] = {
    # Pygments' colours, for highlighted code blocks.
    "pygments.css": _has_class("highlight"),
    # sphinx-design's styles and its tab script.
    "sphinx-design.min.css": _has_class("sd-"),
    "design-tabs.js": _has_class("sd-tab-set"),
    # The extension's styles for the table that tells movements apart, and
    # for its pictures (the body map, the pathway flowchart).
    "twitchfacts-movements.css": _has_class("twitch-movements"),
    "twitchfacts-pictures.css": lambda pagename, body: (
        _has_class("twitch-body-map")(pagename, body)
        or _has_class("twitch-pathway")(pagename, body)
    ),
    # furo's styles for code blocks, sphinx-design, tabs and Read the Docs'
    # version menu; a build on Read the Docs keeps it everywhere.
    "furo-extensions.css": lambda pagename, body: (
        bool(os.environ.get("READTHEDOCS")) or _uses_theme_extras(pagename, body)
    ),
    # Sphinx's search support, and its highlighting of the searched words
    # on the page opened from the results, given up on other pages.
    "documentation_options.js": _is_search_page,
    "doctools.js": _is_search_page,
    "sphinx_highlight.js": _is_search_page,
    # The words of those scripts in the build's language (a build in another
    # language than English links it from every page; only search uses it).
    "translations.js": _is_search_page,
}


def _needed(filename: object, pagename: str, body: str) -> bool:
    name = str(filename or "").split("?")[0].rsplit("/", 1)[-1]
    test = CONDITIONAL_ASSETS.get(name)
    return test is None or test(pagename, body)


def _deferred(script: Any) -> Any:
    """The same script with ``defer``; inline scripts cannot be deferred."""
    if isinstance(script, str) or not script.filename:
        return script
    if "defer" in script.attributes or "async" in script.attributes:
        return script
    attributes = {**script.attributes, "defer": "defer"}
    return type(script)(script.filename, priority=script.priority, **attributes)


def trim_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """At ``html-page-context``: keep the assets the page uses, and defer its scripts."""
    if not settings(app.config).lean_pages:
        return
    body = str(context.get("body", ""))
    for key in ("css_files", "script_files"):
        assets = context.get(key)
        if not isinstance(assets, list):
            continue
        kept = [
            asset for asset in assets if _needed(getattr(asset, "filename", asset), pagename, body)
        ]
        if key == "script_files" and pagename != SEARCH_PAGE:
            kept = _defer_in_order(kept)
        # In place: the list is the builder's own for this page, so a file a
        # later handler adds still reaches the page.
        assets[:] = kept


def _defer_in_order(scripts: list[Any]) -> list[Any]:
    """Defer each file script that no inline script comes after."""
    result = []
    inline_after = False
    for script in reversed(scripts):
        if isinstance(script, str) or not getattr(script, "filename", None):
            inline_after = True
            result.append(script)
        else:
            result.append(script if inline_after else _deferred(script))
    return result[::-1]


#: Elements whose white space is their content, kept exactly.
_VERBATIM: Final = re.compile(
    r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.DOTALL | re.IGNORECASE
)
_INDENT: Final = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")


def compact_html(page: str) -> str:
    """*page* without the template's indentation and blank lines.

    A run of white space that holds a line break becomes one line break, so
    every space between words or elements stays a space: the page reads and
    lays out exactly as before. Preformatted text, text areas, scripts and
    styles are left as they are. About 2 % of every compressed page.
    """
    parts = _VERBATIM.split(page)
    # split() gives [text, verbatim, tag name, text, verbatim, tag name, ...].
    return "".join(
        _INDENT.sub("\n", part) if index % 3 == 0 else part
        for index, part in enumerate(parts)
        if index % 3 != 2  # the tag name's group: already inside the verbatim part
    )


def compact_pages(app: Sphinx) -> None:
    """At ``builder-inited``: write each HTML page through :func:`compact_html`.

    Sphinx has no event after a page is rendered, so the builder's template
    renderer is wrapped, once, for this build only.
    """
    if not settings(app.config).lean_pages or app.builder.format != "html":
        return
    templates: Any = getattr(app.builder, "templates", None)
    if templates is None or getattr(templates.render, "twitchfacts_compact", False):
        return
    render = templates.render

    def render_compact(template: str, context: dict[str, Any]) -> str:
        return compact_html(render(template, context))

    render_compact.twitchfacts_compact = True  # type: ignore[attr-defined]
    templates.render = render_compact


_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_SPACE = re.compile(r"\s+")


def compact_css(text: str) -> str:
    """*text* without comments and with each run of white space made one space.

    The comments explain the stylesheet to its maintainers and are a third
    of its compressed size. Nothing else changes: a single space inside a
    string or between selectors is left as it is, so the rules mean exactly
    what they meant.
    """
    return _SPACE.sub(" ", _COMMENT.sub("", text)).strip() + "\n"
