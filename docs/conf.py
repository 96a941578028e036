"""Sphinx configuration for the twitchfacts site."""

from __future__ import annotations

import twitchfacts

project = "twitchfacts"
author = "the twitchfacts maintainers"
copyright = "2026, the twitchfacts maintainers"
version = release = twitchfacts.__version__
language = "en"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx_design",
    "twitchfacts.sphinxext",
]

# The content rendered by the twitch directives: the built-in pack.
twitchfacts_content = "twitchfacts.content"
# Every disclaimer links here, so readers on a phone find it at once.
twitchfacts_help_page = "when-to-see-a-doctor"
# This site is for worried readers: every page carries the disclaimer, the
# developer pages included.
twitchfacts_page_disclaimer = "top"
# It publishes the whole pack, so a cause without a page is a mistake.
twitchfacts_require_every_cause = True
# gzip and brotli copies beside every text file, for hosts that serve them.
twitchfacts_precompress = True

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

exclude_patterns = ["_build", "snippets"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
# Standard-library types are not linked: the build runs offline, without the
# Python inventory.
nitpick_ignore_regex = [
    ("py:class", r"(datetime|os|collections\.abc|typing|pathlib|types|enum)\..*"),
    # The type of every query's `content` parameter; it exists only for type
    # checkers, so that `import twitchfacts` stays cheap. api.md explains it.
    ("py:class", "Content"),
    # Sphinx and docutils classes named in the extension's signatures.
    ("py:class", r"(sphinx|docutils)\..*"),
]

# furo: clear, accessible, and made for reading on a phone.
html_theme = "furo"
html_title = "twitchfacts: causes of muscle twitching"
html_short_title = "twitchfacts"
html_last_updated_fmt = None
html_copy_source = False
html_static_path = ["_static"]
html_css_files = ["site.css"]
# A small SVG (under 1 KB), so browsers do not ask for a missing favicon.ico.
html_favicon = "_static/favicon.svg"
# The JSON Schema is published at the site root.
html_extra_path = ["_extra"]
html_show_sourcelink = False
