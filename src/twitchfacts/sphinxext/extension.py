"""Wiring: what the extension registers with Sphinx, and when each part runs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from twitchfacts import __version__
from twitchfacts.files import write_atomically
from twitchfacts.sphinxext import (
    bodymap,
    collapsible,
    compress,
    config,
    domain,
    languages,
    lean,
    pages,
    store,
    unique_ids,
    words,
)

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

__all__ = ["ENV_VERSION", "STYLESHEET", "STYLESHEETS", "setup_extension"]

#: Bumped whenever what the extension keeps in the pickled environment
#: changes shape, so Sphinx re-reads everything instead of misreading it.
ENV_VERSION: Final = 3

#: The extension's main stylesheet, copied into the output's ``_static``.
STYLESHEET: Final = Path(__file__).parent / "static" / "twitchfacts.css"
#: Every stylesheet of the extension: the main one, and the ones only the
#: movements table and the pictures need (lean pages link each only where
#: its blocks are).
STYLESHEETS: Final = (
    STYLESHEET,
    STYLESHEET.with_name("twitchfacts-movements.css"),
    STYLESHEET.with_name("twitchfacts-pictures.css"),
)


def setup_extension(app: Sphinx) -> dict[str, Any]:
    """Register the domain, configuration, collector and event handlers."""
    # CONFIGURATION: declared with types and rebuild kinds, checked first.
    config.declare(app)
    app.connect("config-inited", config.check_config, priority=400)
    # LANGUAGES: a site built once per language; the first at the root.
    app.connect("config-inited", languages.check_languages, priority=450)
    app.connect("config-inited", languages.register_toctree, priority=450)

    # DOMAIN: directives, roles and the index of causes, and the extension's
    # own nodes (a closed part for health professionals, the body map).
    app.add_domain(domain.TwitchDomain)
    collapsible.register(app)
    bodymap.register(app)
    # A captioned table's id, copied by furo onto the table's wrapper, kept once.
    unique_ids.register(app)
    # The extension's own words, in the build's language.
    words.register(app)

    # CONTENT: loaded once per build, before outdated documents are chosen.
    app.connect("builder-inited", store.load_content, priority=400)
    app.add_env_collector(store.ContentCollector)

    # STYLES: linked from every HTML page and copied into _static, without
    # touching html_static_path (changing a configuration value would make
    # every rebuild look like a new configuration).
    app.connect("builder-inited", _link_stylesheet)
    app.connect("env-updated", _copy_stylesheet)

    # PAGES: the disclaimer where content is shown; JSON-LD, a print button
    # and the address for the paper where causes are; a description everywhere.
    app.connect("doctree-read", pages.add_page_disclaimer)
    app.connect("html-page-context", pages.add_json_ld)
    app.connect("html-page-context", pages.announce_disclaimer)
    app.connect("html-page-context", pages.add_meta_description)
    app.connect("html-page-context", pages.add_print_parts)
    # After the disclaimer, which fills the announcement of template pages.
    app.connect("html-page-context", languages.add_alternates)
    # Late, so that assets other handlers add are seen too.
    app.connect("html-page-context", lean.trim_assets, priority=900)
    app.connect("builder-inited", lean.compact_pages)

    # CHECKS: content rendered nowhere, and links nothing resolved (Sphinx
    # asks only after this project and intersphinx have both tried).
    app.connect("env-check-consistency", domain.check_rendered)
    app.connect("env-check-consistency", pages.check_help_page)
    app.connect("warn-missing-reference", domain.report_unresolved)

    # OUTPUT: compressed copies of the text files, for static hosts.
    app.connect("build-finished", compress.precompress)

    return {
        "version": __version__,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }


def _link_stylesheet(app: Sphinx) -> None:
    if app.builder.format == "html":
        for stylesheet in STYLESHEETS:
            app.add_css_file(stylesheet.name)


def _copy_stylesheet(app: Sphinx, env: BuildEnvironment) -> list[str]:
    if app.builder.format == "html":
        static = Path(app.outdir) / "_static"
        static.mkdir(parents=True, exist_ok=True)
        for stylesheet in STYLESHEETS:
            compact = lean.compact_css(stylesheet.read_text(encoding="utf-8"))
            target = static / stylesheet.name
            if not target.is_file() or target.read_text(encoding="utf-8") != compact:
                write_atomically(target, compact)
    return []
