"""Sphinx configuration for the twitchfacts site."""

from __future__ import annotations

import sys
from pathlib import Path

import twitchfacts

# This site's own small extensions (docs/_ext): the theme's words in Spanish,
# and the text of its tables translated like the rest of each page.
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "twitchfacts"
author = "the twitchfacts maintainers"
copyright = "2026, the twitchfacts maintainers"
version = release = twitchfacts.__version__
language = "en"
# The site in English and Spanish. English is built at the root, so the
# addresses already published keep working and it is the x-default; Spanish
# is built into es/ (`-D language=es`, as `nox -s docs` does). The page prose
# is translated in locales/es/LC_MESSAGES (see developers/translations.md).
twitchfacts_languages = ["en", "es"]
# Written for developers, and kept in English only: the Spanish site leaves
# these pages out.
twitchfacts_untranslated = ["developers/**"]
# The links between the two languages (hreflang) are absolute only with
# html_baseurl, which is where the site is published: pass it when
# publishing (-D html_baseurl=https://.../). The Lighthouse check builds
# with a local address.
locale_dirs = ["locales"]

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx_design",
    "twitchfacts.sphinxext",
    "theme_words",
    "table_cells",
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
# Each page links only the styles and scripts it uses, and defers scripts:
# readers on a weak phone signal wait for nothing they do not need.
twitchfacts_lean_pages = True
# Search results list page titles without fetching every page for a
# summary: a search for a common word would otherwise download most of the
# site (about 370 KB compressed).
html_show_search_summary = False

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

exclude_patterns = ["_build", "snippets", "_ext"]

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
# This site's additions to the theme, kept without comments because every
# page loads them (each comment byte is a byte on a reader's weak signal):
# - code blocks wrap instead of scrolling sideways, since a scrolling block
#   cannot be reached with the keyboard (WCAG 2.1.1) and wrapped lines read
#   better on a phone;
# - printed pages are handouts: none of furo's navigation, search, theme
#   switch, page-to-page links or footer (whose space alone could start an
#   empty sheet), and the text across the whole width;
# - the diary and the question list are forms to fill in on paper: rows
#   tall enough to write in, the table across the whole width.
html_css_files = ["site.css"]
# A small SVG (under 1 KB), so browsers do not ask for a missing favicon.ico.
html_favicon = "_static/favicon.svg"
# The JSON Schema is published at the site root.
html_extra_path = ["_extra"]
html_show_sourcelink = False
