"""Driving the server in-process, through httpx's ASGI transport.

Each call runs in its own event loop, so the tests stay plain functions; the
application itself is built once per catalog, as the server builds it.
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any
from urllib.parse import urlencode

import httpx

from twitchfacts.server.app import create_app, load_catalogs
from twitchfacts.server.matching import ICD_10_CM_OID
from twitchfacts.server.site import Site

SITE = "https://facts.example/"
SERVICE = "/cds-services/twitchfacts-patient-view"


@functools.cache
def builtin_app() -> Any:
    return create_app(load_catalogs(), Site(SITE))


def call(method: str, url: str, *, app: Any = None, **options: Any) -> httpx.Response:
    """One request to the application (the built-in one unless *app* is given)."""

    async def run() -> httpx.Response:
        transport = httpx.ASGITransport(app=app or builtin_app())
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.request(method, url, **options)

    return asyncio.run(run())


def lookup(code: str | None = "R25.3", **parameters: str) -> httpx.Response:
    """An Infobutton look-up with MedlinePlus Connect's parameters."""
    query = {"mainSearchCriteria.v.cs": ICD_10_CM_OID}
    if code is not None:
        query["mainSearchCriteria.v.c"] = code
    query.update(parameters)
    return call("GET", "/service?" + urlencode(query))


def condition(*codes: str, system: str = "http://hl7.org/fhir/sid/icd-10-cm") -> dict[str, Any]:
    return {
        "resourceType": "Condition",
        "code": {"coding": [{"system": system, "code": code} for code in codes]},
    }


def hook_request(*resources: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A patient-view call whose prefetched conditions are *resources*."""
    request: dict[str, Any] = {
        "hook": "patient-view",
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "context": {"userId": "Practitioner/example", "patientId": "1288992"},
        "prefetch": {
            "conditions": {
                "resourceType": "Bundle",
                "type": "searchset",
                "entry": [{"resource": resource} for resource in resources],
            }
        },
    }
    request.update(changes)
    return request


def raw_call(
    method: str,
    path: str,
    *,
    query: bytes = b"",
    body: bytes = b"",
    app: Any = None,
    length: bytes | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One request straight to the ASGI application, with the query string's bytes as given.

    An HTTP client would percent-encode what it sends; a hostile one need not.
    """
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "root_path": "",
        "headers": [
            (b"host", b"testserver"),
            (b"content-length", str(len(body)).encode() if length is None else length),
        ],
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }
    sent: list[dict[str, Any]] = []
    chunks = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> dict[str, Any]:
        return chunks.pop(0) if chunks else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run((app or builtin_app())(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in start["headers"]}
    content = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], headers, content
