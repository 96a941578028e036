"""What the extension adds to whole pages: the disclaimer, and JSON-LD.

Pages that show twitchfacts content get the disclaimer (every page, with
``twitchfacts_page_disclaimer = "top"``); pages that present causes get
schema.org JSON-LD in their ``<head>``. A page that only links to causes,
here or on another site, gets neither.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes

from twitchfacts.exports import json_ld
from twitchfacts.sphinxext import render, store
from twitchfacts.sphinxext.config import settings
from twitchfacts.sphinxext.messages import warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ["add_json_ld", "add_page_disclaimer", "announce_disclaimer", "check_help_page"]


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
        box += _help_link(help_page, env.docname)
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None:
        doctree.insert(0, box)
        return
    title_at = next(
        (index for index, child in enumerate(section.children) if isinstance(child, nodes.title)),
        -1,
    )
    section.insert(title_at + 1, box)


def _help_link(help_page: str, docname: str) -> nodes.paragraph:
    """A link to the "when to see a doctor" page, titled with its title."""
    link = addnodes.pending_xref(
        "",
        nodes.inline("", "When to see a doctor"),
        refdomain="std",
        reftype="doc",
        reftarget="/" + help_page,
        refdoc=docname,
        refexplicit=False,
        refwarn=True,
    )
    return nodes.paragraph("", "", link, classes=["twitch-help-link"])


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
    document = json_ld.catalog_document(
        built.catalog,
        causes,
        name=title.astext() if title is not None else pagename,
        urls=urls,
        url=_url(app, pagename, pagename) if app.config.html_baseurl else None,
        full=here,
    )
    script = f'<script type="application/ld+json">{json_ld.script_text(document)}</script>\n'
    context["metatags"] = context.get("metatags", "") + script


def _url(app: Sphinx, frompage: str, topage: str) -> str:
    base = str(app.config.html_baseurl)
    if base:
        return base.rstrip("/") + "/" + app.builder.get_target_uri(topage)
    return str(app.builder.get_relative_uri(frompage, topage))
