"""What the extension adds to whole pages: the disclaimer, JSON-LD, a description.

Pages that show twitchfacts content get the disclaimer (every page, with
``twitchfacts_page_disclaimer = "top"``); pages that present causes get
schema.org JSON-LD in their ``<head>``. A page that only links to causes,
here or on another site, gets neither. Every HTML page gets a meta
description, which search engines show under the link: a cause's summary
on its own page, a category's description on its page, and otherwise the
page's first paragraph. A page that presents causes also prints as a
handout: a "Print this page" button, and the page's address on the paper.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any, Final

from docutils import nodes
from sphinx import addnodes

from twitchfacts.catalog import UnknownIdError
from twitchfacts.exports import json_ld
from twitchfacts.sphinxext import languages, render, store
from twitchfacts.sphinxext.config import settings
from twitchfacts.sphinxext.messages import warn
from twitchfacts.sphinxext.words import WORDS

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = [
    "add_json_ld",
    "add_meta_description",
    "add_page_disclaimer",
    "add_print_parts",
    "announce_disclaimer",
    "check_help_page",
]

#: What the pages Sphinx writes by itself are, for their descriptions.
_SPHINX_PAGES: Final = {"genindex": "Index", "search": "Search", "py-modindex": "Module index"}

#: Search engines show about this many characters of a description.
DESCRIPTION_LENGTH: Final = 155


def add_page_disclaimer(app: Sphinx, doctree: nodes.document) -> None:
    """At ``doctree-read``: put the disclaimer under the title of the page.

    With ``twitchfacts_page_disclaimer = "content"`` (the default) only a
    page that shows twitchfacts content gets it; with ``"top"`` every page
    does. A page that places it with ``twitch:disclaimer`` keeps it there.
    """
    env = app.env
    mode = settings(app.config).page_disclaimer
    if mode == "none" or (mode == "content" and not store.shows_content(env, env.docname)):
        return
    if any("twitch-site-disclaimer" in node["classes"] for node in doctree.findall(nodes.Element)):
        return
    box = render.disclaimer_box(store.view(env).disclaimer)
    box["classes"].append("twitch-page-disclaimer")
    help_page = settings(app.config).help_page
    if help_page and help_page != env.docname:
        box += render.help_link(help_page, env.docname)
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None:
        doctree.insert(0, box)
        return
    title_at = next(
        (index for index, child in enumerate(section.children) if isinstance(child, nodes.title)),
        -1,
    )
    section.insert(title_at + 1, box)


def check_help_page(app: Sphinx, env: Any) -> None:
    """At ``env-check-consistency``: the help page must exist."""
    help_page = settings(app.config).help_page
    if help_page and help_page not in env.found_docs:
        warn(
            f"twitchfacts_help_page = {help_page!r} names no document; disclaimers link nowhere",
            "config",
        )


def announce_disclaimer(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """At ``html-page-context``: the disclaimer on pages that have no document.

    The search page and the indexes are generated from templates, so the
    disclaimer goes into the theme's announcement slot (furo and other
    themes with an ``announcement`` option show it above the page).
    """
    if doctree is not None or settings(app.config).page_disclaimer != "top":
        return
    if "theme_announcement" in context:
        disclaimer = html.escape(store.content(app.env).catalog.disclaimer)
        banner = f'<span class="twitch-disclaimer-banner">{disclaimer}'
        help_page = settings(app.config).help_page
        if help_page and help_page in app.env.found_docs:
            uri = html.escape(app.builder.get_relative_uri(pagename, help_page))
            title = app.env.titles[help_page].astext() if help_page in app.env.titles else help_page
            banner += f' <a href="{uri}">{html.escape(title)}</a>'
        context["theme_announcement"] = banner + "</span>"


def add_json_ld(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """At ``html-page-context``: schema.org JSON-LD for the causes a page shows.

    Causes rendered here in full (their canonical place) are described in
    full; causes a card, table or list only mentions get a brief node that
    points at their own page, which keeps list pages light. The JSON is
    escaped so that no content can end the ``<script>`` element (see
    :func:`twitchfacts.exports.json_ld.script_text`).
    """
    if doctree is None or not settings(app.config).jsonld:
        return
    env = app.env
    built = store.content(env)
    domain = env.domains["twitch"]
    causes = []
    urls = {}
    here = set()  # described in full on this page: their canonical place
    for cause_id in store.shown_causes(env, pagename):
        try:
            cause = built.catalog.get(cause_id)
        except KeyError:
            continue
        causes.append(cause)
        place = domain.places("cause").get(cause_id)  # type: ignore[attr-defined]
        if place is not None:
            docname, anchor, _ = place
            urls[cause_id] = _url(app, pagename, docname) + "#" + anchor
            if docname == pagename:
                here.add(cause_id)
    if not causes:
        return
    title = env.titles.get(pagename)
    others = languages.translations(app, pagename)
    current = languages.primary(str(app.config.language or "en"))
    first = next(iter(others), current)
    document = json_ld.catalog_document(
        built.catalog,
        causes,
        name=title.astext() if title is not None else pagename,
        urls=urls,
        url=_url(app, pagename, pagename) if app.config.html_baseurl else None,
        full=here,
        language=built.language,
        translations={tag: url for tag, url in others.items() if tag != current}
        if current == first
        else None,
        original=(first, others[first]) if others and current != first else None,
    )
    script = f'<script type="application/ld+json">{json_ld.script_text(document)}</script>\n'
    context["metatags"] = context.get("metatags", "") + script


def _url(app: Sphinx, frompage: str, topage: str) -> str:
    if app.config.html_baseurl:
        # In the build's language folder, where the site has several.
        return languages.page_url(app, topage)
    return str(app.builder.get_relative_uri(frompage, topage))


def add_meta_description(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """At ``html-page-context``: a ``<meta name="description">`` for the page.

    A page that already has one (from a ``meta`` directive) keeps its own.
    """
    metatags = str(context.get("metatags", ""))
    if 'name="description"' in metatags:
        return
    if isinstance(doctree, nodes.document):
        description = _content_description(app, pagename) or _first_paragraph(doctree)
    else:  # a page Sphinx makes itself: the index, the search page
        name = context.get("title") or _SPHINX_PAGES.get(pagename, pagename)
        title = f"{name}: {context.get('docstitle', '')}"
        description = html.unescape(re.sub(r"<[^>]+>", "", title))
    if not description:
        return
    tag = f'<meta name="description" content="{html.escape(_shorten(description))}">\n'
    context["metatags"] = metatags + tag


def _content_description(app: Sphinx, pagename: str) -> str:
    """The summary of a cause, or the description of a category, whose page this is.

    Only what the page itself shows is looked at, so the cost is the page's,
    not the whole catalog's.
    """
    catalog = store.content(app.env).catalog
    domain = app.env.domains["twitch"]
    causes = domain.places("cause")  # type: ignore[attr-defined]
    for cause_id in store.shown_causes(app.env, pagename):
        place = causes.get(cause_id)
        if place is not None and place[0] == pagename and cause_id in catalog.cause_ids:
            return str(catalog.get(cause_id).summary)
    for category_id, (docname, _, _) in domain.places("category").items():  # type: ignore[attr-defined]
        if docname == pagename:
            try:
                return str(catalog.get_category(category_id).description)
            except UnknownIdError:
                continue
    return ""


def _first_paragraph(doctree: nodes.document) -> str:
    """The text of the first paragraph of the page's own prose.

    Boxes (the disclaimer, notes, red flags) and tables of contents are
    skipped: they say what every page says, or only list other pages.
    """
    for paragraph in doctree.findall(nodes.paragraph):
        if isinstance(paragraph, addnodes.compact_paragraph) or _in_furniture(paragraph):
            continue
        text = " ".join(paragraph.astext().split())
        if text:
            return text
    return ""


def _in_furniture(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, (nodes.Admonition, nodes.topic, nodes.sidebar)):
            return True
        if isinstance(parent, nodes.Element) and "toctree-wrapper" in parent["classes"]:
            return True
        parent = parent.parent
    return False


def _shorten(text: str) -> str:
    """*text*, cut at a word to fit what search engines show."""
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    cut = text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "\u2026"


#: Shows the print button and fills in the page's full address where the
#: build could not (no ``html_baseurl``). Reading the page never needs it:
#: without JavaScript the button stays hidden and the paper shows the
#: page's path within the site.
_PRINT_SCRIPT: Final = (
    "<script>document.querySelectorAll('.twitch-print-button').forEach(function(b){"
    "b.hidden=false;b.addEventListener('click',function(){window.print();});});"
    "document.querySelectorAll('.twitch-print-url[data-relative]').forEach(function(u){"
    "u.textContent=location.href.split('#')[0];});</script>\n"
)


def add_print_parts(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """At ``html-page-context``: a print button, and the address for the paper.

    Only pages that present causes get them: those are the pages a reader
    prints to take to an appointment. The stylesheet hides the theme's
    navigation in print and shows the address, which is hidden on screen.
    """
    if doctree is None or not store.shown_causes(app.env, pagename):
        return
    base = str(app.config.html_baseurl)
    address = _url(app, pagename, pagename) if base else app.builder.get_target_uri(pagename)
    relative = "" if base else " data-relative"
    button = (
        '<p class="twitch-print"><button type="button" class="twitch-print-button" hidden>'
        f"{html.escape(WORDS['print'])}</button></p>\n"
    )
    footer = (
        f'<p class="twitch-print-address">{html.escape(WORDS["online_at"])} '
        f'<span class="twitch-print-url"{relative}>{html.escape(address)}</span></p>\n'
    )
    body = str(context.get("body", ""))
    heading_end = body.find("</h1>")
    at = heading_end + len("</h1>") if heading_end >= 0 else 0
    context["body"] = body[:at] + button + body[at:] + footer + _PRINT_SCRIPT
