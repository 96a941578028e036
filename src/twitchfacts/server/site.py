"""The addresses of cause pages on the published site that answers link to.

The site keeps each cause at ``causes/<category id>/<cause id>.html``, the
English pages at its root and each translation under its language
(``es/causes/...``). The server never fetches these pages: it only needs
their addresses, so the site can live anywhere (a static host, a CDN).
"""

from __future__ import annotations

from typing import Final
from urllib.parse import quote, urlsplit

from twitchfacts.errors import TwitchfactsError
from twitchfacts.model import Cause

__all__ = ["SOURCE_LANGUAGE", "Site", "SiteUrlError"]

#: The language of the pages at the site's root.
SOURCE_LANGUAGE: Final = "en"


class SiteUrlError(TwitchfactsError):
    """The site address given to the server cannot be linked to."""


class Site:
    """The published site, by its base address.

    :param url: An absolute ``http`` or ``https`` address; a missing final
        ``/`` is added, so ``https://example.org/twitch`` means the folder.
    :raises SiteUrlError: if *url* is not such an address.
    """

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise SiteUrlError(
                f"--site-url: {url!r} is not an absolute http:// or https:// address"
                " (for example https://twitchfacts.example.org/)"
            )
        if parts.query or parts.fragment:
            raise SiteUrlError(f"--site-url: {url!r} has a query or fragment; give the folder only")
        self.url: str = url if url.endswith("/") else url + "/"

    def page(self, cause: Cause, language: str = SOURCE_LANGUAGE) -> str:
        """The address of *cause*'s page on the site in *language*."""
        folder = "" if language == SOURCE_LANGUAGE else f"{quote(language)}/"
        category = quote(str(cause.category), safe="")
        name = quote(str(cause.id), safe="")
        return f"{self.url}{folder}causes/{category}/{name}.html"

    def docs(self, anchor: str) -> str:
        """An address in this server's developer page (``developers/server.html``)."""
        return f"{self.url}developers/server.html#{anchor}"
