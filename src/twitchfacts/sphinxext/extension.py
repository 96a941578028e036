"""Wiring: what the extension registers with Sphinx, and when each part runs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from twitchfacts import __version__
from twitchfacts.sphinxext import config, domain, pages, store

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ["ENV_VERSION", "setup_extension"]

#: Bumped whenever what the extension keeps in the pickled environment
#: changes shape, so Sphinx re-reads everything instead of misreading it.
ENV_VERSION: Final = 1

STATIC: Final = Path(__file__).parent / "static"


def setup_extension(app: Sphinx) -> dict[str, Any]:
    """Register the domain, configuration, collector and event handlers."""
    # Cards and badges are sphinx-design components, so its CSS must load.
    app.setup_extension("sphinx_design")

    # CONFIGURATION: declared with types and rebuild kinds, checked first.
    config.declare(app)
    app.connect("config-inited", config.check_config, priority=400)

    # DOMAIN: directives, roles and the index of causes.
    app.add_domain(domain.TwitchDomain)

    # CONTENT: loaded once per build, before outdated documents are chosen.
    app.connect("builder-inited", store.load_content, priority=400)
    app.connect("builder-inited", _add_static)
    app.add_env_collector(store.ContentCollector)

    # PAGES: the disclaimer everywhere; JSON-LD where causes are shown.
    app.connect("doctree-read", pages.add_page_disclaimer)
    app.connect("html-page-context", pages.add_json_ld)
    app.connect("html-page-context", pages.announce_disclaimer)

    # CHECKS: content rendered nowhere, and links left unresolved. The
    # missing-reference handler runs late so intersphinx resolves first.
    app.connect("env-check-consistency", domain.check_rendered)
    app.connect("env-check-consistency", pages.check_help_page)
    app.connect("missing-reference", domain.keep_text_for_unresolved, priority=900)

    return {
        "version": __version__,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }


def _add_static(app: Sphinx) -> None:
    """Serve the extension's stylesheet with HTML builders."""
    if app.builder.format != "html":
        return
    app.config.html_static_path.append(str(STATIC))
    app.add_css_file("twitchfacts.css")
