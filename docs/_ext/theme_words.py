"""The theme's and the site's own words, in the build's language.

Sphinx translates its own words and the theme's ``{% trans %}`` blocks
through the ``sphinx`` message catalog, and a project may add to it: this
site's ``locales/<lang>/LC_MESSAGES/sphinx.po``. Two kinds of words escape
that, and this extension passes them through the same catalog:

- ``html_title``, ``html_short_title`` and ``copyright``: Sphinx never
  translates values from ``conf.py``;
- a few labels furo writes without gettext (the sidebar toggles' names,
  the titles of its icons, "Toggle navigation of …"). A Spanish page must
  not give a screen reader English names to read in a Spanish voice.

A word the catalog lacks stays as it is, so an English build is unchanged.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from sphinx.locale import get_translation

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

_ = get_translation("sphinx")

#: Labels furo writes into attributes and icon titles without gettext.
_LABEL = re.compile(r'(aria-label="|<title>)([^"<{]+)("|</title>)')
#: The name furo gives each expandable part of the navigation.
_TOGGLE_OF = "Toggle navigation of "


def _title(config: Config) -> None:
    for name in ("html_title", "html_short_title", "copyright"):
        value = getattr(config, name, None)
        if isinstance(value, str) and value:
            setattr(config, name, _(value))


def _words(page: str) -> str:
    def translate(match: re.Match[str]) -> str:
        opening, label, closing = match.groups()
        text = html.unescape(label)
        if text.startswith(_TOGGLE_OF):
            translated = _(_TOGGLE_OF + "%s") % text.removeprefix(_TOGGLE_OF)
        else:
            translated = _(text)
        return opening + html.escape(translated, quote=True) + closing

    return _LABEL.sub(translate, page)


def _translate_rendered_pages(app: Sphinx) -> None:
    if app.builder.format != "html" or not app.config.language or app.config.language == "en":
        return
    templates: Any = app.builder.templates
    render = templates.render

    def render_translated(template: str, context: dict[str, Any]) -> str:
        return _words(render(template, context))

    templates.render = render_translated


def setup(app: Sphinx) -> dict[str, Any]:
    """Translate the title at start, and the theme's fixed labels on every page."""
    app.connect("config-inited", lambda app, config: _title(config))
    app.connect("builder-inited", _translate_rendered_pages)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
