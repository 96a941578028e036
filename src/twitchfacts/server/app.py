"""The web application: three interfaces over one catalog, built once at start-up.

``GET /service`` is the Infobutton look-up (:mod:`~twitchfacts.server.infobutton`),
``GET /cds-services`` and ``POST /cds-services/{id}`` are CDS Hooks
(:mod:`~twitchfacts.server.cdshooks`). The application holds no state that
a request can change: the catalogs and code indexes are read-only after
:func:`create_app`, so any number of workers and replicas answer alike.

Starlette and uvicorn are imported only here and in
:mod:`~twitchfacts.server.run`, never by ``import twitchfacts``.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from twitchfacts.catalog import Catalog
from twitchfacts.errors import LanguageError
from twitchfacts.server import caching, cdshooks, infobutton
from twitchfacts.server.cdshooks import CdsError
from twitchfacts.server.infobutton import Query, RequestError
from twitchfacts.server.matching import CodeIndex
from twitchfacts.server.site import SOURCE_LANGUAGE, Site, SiteUrlError

__all__ = ["Service", "create_app", "from_environment", "load_catalogs"]

#: Environment variables read by :func:`from_environment`.
SITE_URL_VARIABLE: Final = "TWITCHFACTS_SITE_URL"
CONTENT_VARIABLE: Final = "TWITCHFACTS_CONTENT"

# Rendered look-ups kept in memory. A few thousand answers of a few
# kilobytes each: bounded, so memory stays flat however many codes are asked.
_CACHED_ANSWERS: Final = 4096
_JSON: Final = "application/json"
_ALWAYS: Final = {"X-Content-Type-Options": "nosniff"}


def load_catalogs(content: str | None = None) -> dict[str, Catalog]:
    """The pack's catalog in English and in every language it translates completely.

    Values the structure rules reject are left out, as the Sphinx extension
    leaves them out of pages. A translation that is incomplete or stale is
    not offered: those look-ups get English.

    :raises twitchfacts.errors.PackError: if the pack cannot be loaded.
    """
    from twitchfacts.i18n import translate  # noqa: PLC0415 - only the server needs it
    from twitchfacts.packs import load_pack  # noqa: PLC0415
    from twitchfacts.rules.showable import showable  # noqa: PLC0415

    written = load_pack(content, search=(str(Path.cwd()),)).catalog
    catalogs = {SOURCE_LANGUAGE: showable(written)[0]}
    translations = written.translations if isinstance(written.translations, tuple) else ()
    for translation in translations:
        language = str(getattr(translation, "language", ""))
        if not language.isalpha() or language in catalogs:
            continue  # regional variants ("es_MX") have no folder of their own on the site
        try:
            catalogs[language] = showable(translate(written, language))[0]
        except LanguageError:
            continue
    return catalogs


def _latest_review(catalog: Catalog) -> str:
    """When the content was last reviewed, as an Atom date: the feeds' ``updated``."""
    dates = [cause.last_reviewed for cause in catalog.causes if cause.last_reviewed is not None]
    latest = max(dates).isoformat() if dates else "1970-01-01"
    return f"{latest}T00:00:00Z"


class Service:
    """What every request reads: the catalogs, their code indexes and the site.

    :param catalogs: The content in each language the site has; English
        must be one of them.
    :param site: Where the pages live.
    """

    def __init__(self, catalogs: Mapping[str, Catalog], site: Site) -> None:
        english = catalogs[SOURCE_LANGUAGE]
        self.catalogs = {SOURCE_LANGUAGE: english} | dict(catalogs)
        self.site = site
        self.indexes = {language: CodeIndex(c) for language, c in self.catalogs.items()}
        self.updated = _latest_review(english)
        self.discovery = _json(cdshooks.discovery())
        self.answer = functools.lru_cache(maxsize=_CACHED_ANSWERS)(self._answer)

    def _answer(self, query: Query) -> tuple[bytes, str, str]:
        matches = self.indexes[query.language].match(query.code)
        feed = infobutton.Feed(query, matches, self.site, self.updated)
        body, media_type = infobutton.render(feed)
        return body, media_type, caching.entity_tag(body)


def _json(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _error(status: int, message: str) -> Response:
    body = _json({"error": {"status": status, "message": message}})
    headers = {"Cache-Control": caching.NO_STORE, **_ALWAYS}
    return Response(body, status_code=status, media_type=_JSON, headers=headers)


def _cacheable(request: Request, body: bytes, media_type: str, tag: str) -> Response:
    headers = {"Cache-Control": caching.PUBLIC, "ETag": tag, **_ALWAYS}
    if caching.not_modified(request.headers.get("if-none-match"), tag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) one larger than *limit* before reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None:
        # isascii too: "²".isdigit() is true, and int() refuses it.
        if not (declared.isascii() and declared.isdigit()):
            raise CdsError(400, "Content-Length is not a number")
        if int(declared) > limit:
            raise CdsError(413, f"the request body is larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise CdsError(413, f"the request body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(catalogs: Mapping[str, Catalog], site: Site) -> Starlette:
    """The application answering from *catalogs*, linking to pages on *site*."""
    service = Service(catalogs, site)

    async def lookup(request: Request) -> Response:
        try:
            query = infobutton.parse(request.scope.get("query_string", b""), service.catalogs)
        except RequestError as error:
            body, media_type = infobutton.render_error(error)
            headers = {"Cache-Control": caching.NO_STORE, **_ALWAYS}
            return Response(body, status_code=error.status, media_type=media_type, headers=headers)
        body, media_type, tag = service.answer(query)
        return _cacheable(request, body, media_type, tag)

    async def discover(request: Request) -> Response:
        body = service.discovery
        return _cacheable(request, body, _JSON, caching.entity_tag(body))

    async def call(request: Request) -> Response:
        if request.path_params["service_id"] != cdshooks.SERVICE_ID:
            return _error(
                404, f"no CDS service with this id; the one here is {cdshooks.SERVICE_ID}"
            )
        try:
            body = await _read_body(request, cdshooks.MAX_BODY_BYTES)
            codes = cdshooks.parse(body)
        except CdsError as error:
            return _error(error.status, error.message)
        except ClientDisconnect:
            return _error(400, "the client went away before sending the whole body")
        english = SOURCE_LANGUAGE
        answer = cdshooks.cards(codes, service.indexes[english], site, service.catalogs)
        headers = {"Cache-Control": caching.NO_STORE, **_ALWAYS}
        return Response(_json(answer), media_type=_JSON, headers=headers)

    async def http_error(request: Request, error: Exception) -> Response:
        status = error.status_code if isinstance(error, HTTPException) else 500
        messages = {404: "no such address here", 405: "this address does not take that method"}
        response = _error(status, messages.get(status, "the request could not be answered"))
        # A 405 names the methods the address takes (RFC 9110, Allow).
        for name, value in (getattr(error, "headers", None) or {}).items():
            response.headers[name] = value
        return response

    return Starlette(
        routes=[
            Route("/service", lookup, methods=["GET"]),
            Route("/cds-services", discover, methods=["GET"]),
            Route("/cds-services/{service_id}", call, methods=["POST"]),
        ],
        middleware=[
            # Outermost: an error of ours is a JSON 500, never a traceback
            # in the log with the request that caused it.
            Middleware(ContainErrors),
            # CDS Hooks clients in a browser call from the EHR's origin. The
            # answers are public pages' addresses and no cookies are used, so
            # any origin may read them.
            Middleware(
                CORSMiddleware,
                allow_origins=["*"],
                allow_methods=["GET", "POST", "OPTIONS"],
                # Any header: no credentials are read, and a refused
                # preflight would be a plain-text 400 the client cannot use.
                allow_headers=["*"],
                expose_headers=["ETag"],
                max_age=86400,
            ),
        ],
        exception_handlers={HTTPException: http_error, Exception: http_error},
    )


class ContainErrors:
    """Answer an unexpected error with a plain JSON 500, and log nothing.

    Starlette's own error handling answers and then raises the error again,
    and uvicorn logs it with its traceback, which can hold the request's
    patient data. This middleware sits inside it and stops the error there.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the application; if it fails before answering, answer for it."""
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception:  # any error: that is the point
            if scope["type"] == "http" and not started:
                await _error(500, "the request could not be answered")(scope, receive, send)


def from_environment() -> Starlette:
    """The application configured by environment variables, for ``uvicorn --factory``.

    ``TWITCHFACTS_SITE_URL`` (required) is the published site;
    ``TWITCHFACTS_CONTENT`` (optional) a content pack. Each worker process
    builds its own copy at start-up.
    """
    url = os.environ.get(SITE_URL_VARIABLE)
    if not url:
        raise SiteUrlError(f"set {SITE_URL_VARIABLE} to the published site's address")
    return create_app(load_catalogs(os.environ.get(CONTENT_VARIABLE) or None), Site(url))
