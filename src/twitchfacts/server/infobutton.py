"""The Infobutton look-up (``GET /service``): its request and its three answers.

The request takes MedlinePlus Connect's parameters, which follow HL7's
Infobutton URL-based implementation guide, so an EHR already set up for
MedlinePlus Connect only changes the base address. The answer is an Atom
1.0 feed (the default), the same feed in MedlinePlus Connect's JSON shape,
or that JSON wrapped for JSONP.

Everything here works on bytes and plain values, not on a web framework's
request, so every rule about bad input is tested without a server. A
request that cannot be answered raises :class:`RequestError`, which knows
the format the caller asked for, so even an error comes back in a form the
caller can read.
"""

from __future__ import annotations

import html
import json
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Collection
from dataclasses import dataclass
from typing import Final, Literal
from urllib.parse import parse_qsl

from twitchfacts.server.matching import CODE_SYSTEMS, ICD_10_CM_OID, Match, display_code, parse_code
from twitchfacts.server.site import SOURCE_LANGUAGE, Site

__all__ = [
    "MAX_PARAMETERS",
    "MAX_QUERY_BYTES",
    "Feed",
    "Query",
    "RequestError",
    "ResponseType",
    "parse",
    "render",
    "render_error",
]

#: The parameters this service reads; any other (Infobutton has many, such as
#: the patient's age or the task) is accepted and ignored.
SYSTEM: Final = "mainSearchCriteria.v.cs"
CODE: Final = "mainSearchCriteria.v.c"
DISPLAY_NAME: Final = "mainSearchCriteria.v.dn"
LANGUAGE: Final = "informationRecipient.languageCode.c"
RESPONSE_TYPE: Final = "knowledgeResponseType"
CALLBACK: Final = "callback"

#: A query string longer than this is refused before it is parsed. Real
#: Infobutton requests are a few hundred bytes.
MAX_QUERY_BYTES: Final = 4096
#: So is one with more parameters than this.
MAX_PARAMETERS: Final = 64

#: The three answers: Atom XML, JSON, JSONP.
ResponseType = Literal["xml", "json", "jsonp"]
_RESPONSE_TYPES: Final[dict[str, ResponseType]] = {
    "text/xml": "xml",
    "application/atom+xml": "xml",
    "application/json": "json",
    "application/javascript": "jsonp",
    "text/javascript": "jsonp",
}
_MEDIA_TYPES: Final[dict[ResponseType, str]] = {
    "xml": "text/xml; charset=utf-8",
    "json": "application/json",
    "jsonp": "application/javascript; charset=utf-8",
}

# A JavaScript name, or a dotted path of them: nothing that could close the
# call and run code of the caller's choosing.
_CALLBACK: Final = re.compile(r"[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,3}", re.ASCII)
# A language tag (``es``, ``es-MX``, ``es_US``): anything else is an error.
_LANGUAGE: Final = re.compile(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,3}", re.ASCII)
# Shown in messages without quoting whatever a caller sent in full.
_ECHO: Final = 40

_ATOM: Final = "http://www.w3.org/2005/Atom"
_XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"
_TITLE: Final = "twitchfacts"
# A stable namespace for the feeds' ids, so the same query always has the same id.
_FEED_IDS: Final = uuid.UUID("0b4f8f3e-55a4-5d6b-9c1e-7f1f2a0c9e31")


class RequestError(Exception):
    """A request this service cannot answer, with the status and format of the answer.

    :param status: The HTTP status (400, or 414 for a query that is too long).
    :param message: What is wrong and how to put it right, in one sentence.
    :param response_type: The format the error is written in: the one the
        caller asked for, when that much of the request could be read.
    :param callback: For JSONP, the caller's (checked) function name.
    """

    def __init__(
        self,
        status: int,
        message: str,
        response_type: ResponseType = "xml",
        callback: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.response_type: ResponseType = response_type
        self.callback = callback


@dataclass(frozen=True, slots=True)
class Query:
    """A readable Infobutton request.

    :param code: The code looked up, in its compared form (``"R253"``).
    :param language: The language of the answer: one the server offers.
    :param response_type: The format of the answer.
    :param callback: For JSONP, the function name the answer calls.
    """

    code: str
    language: str
    response_type: ResponseType
    callback: str | None = None


@dataclass(frozen=True, slots=True)
class Feed:
    """An answer to a look-up, ready to render in any format.

    :param query: What was asked.
    :param matches: The causes that answer it (from
        :meth:`~twitchfacts.server.matching.CodeIndex.match`), in the
        query's language.
    :param site: Where the pages are.
    :param updated: When the content was last reviewed, as an Atom date.
    """

    query: Query
    matches: tuple[Match, ...]
    site: Site
    updated: str


def _echo(value: str) -> str:
    return repr(value if len(value) <= _ECHO else value[:_ECHO] + "...")


def _parameters(raw: bytes) -> dict[str, list[str]]:
    """The query string's parameters, refusing what no real client sends."""
    if len(raw) > MAX_QUERY_BYTES:
        raise RequestError(414, f"the query string is longer than {MAX_QUERY_BYTES} bytes")
    try:
        text = raw.decode("ascii")
        pairs = parse_qsl(
            text,
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_PARAMETERS,
        )
    except UnicodeDecodeError:
        raise RequestError(400, "the query string is not percent-encoded UTF-8") from None
    except ValueError:
        raise RequestError(
            400, f"the query string has more than {MAX_PARAMETERS} parameters"
        ) from None
    found: dict[str, list[str]] = {}
    for name, value in pairs:
        found.setdefault(name, []).append(value)
    return found


def _one(parameters: dict[str, list[str]], name: str) -> str | None:
    values = parameters.get(name)
    if not values:
        return None
    if len(set(values)) > 1:
        raise RequestError(400, f"{name} is given {len(values)} times with different values")
    return values[0].strip()


def parse(raw_query: bytes, languages: Collection[str]) -> Query:
    """Read an Infobutton request from its raw query string.

    :param raw_query: The query string as it came (percent-encoded bytes).
    :param languages: The languages the server offers; English is always one.
    :raises RequestError: for anything that stops an answer: a missing or
        repeated parameter, a code system other than ICD-10-CM, a value that
        is not a code, an unknown format, an unsafe JSONP callback.

    An unknown but well-formed language gets English (as MedlinePlus
    Connect does); the feed says which language it is in.
    """
    parameters = _parameters(raw_query)
    # The format first, so that every later error is written in it.
    requested = _one(parameters, RESPONSE_TYPE) or "text/xml"
    response_type = _RESPONSE_TYPES.get(requested.lower())
    if response_type is None:
        known = ", ".join(_RESPONSE_TYPES)
        raise RequestError(400, f"{RESPONSE_TYPE}={_echo(requested)} is not one of: {known}")
    callback = None
    if response_type == "jsonp":
        callback = _one(parameters, CALLBACK)
        if not callback:
            raise RequestError(400, f"JSONP needs a {CALLBACK} parameter", "json")
        if not _CALLBACK.fullmatch(callback):
            raise RequestError(
                400,
                f"{CALLBACK} must be a JavaScript name such as handleFeed or app.show"
                " (letters, digits, _ and $, at most 64 characters per part)",
                "json",
            )

    def fail(message: str) -> RequestError:
        return RequestError(400, message, response_type, callback)

    system = _one(parameters, SYSTEM)
    code = _one(parameters, CODE)
    if not system:
        raise fail(f"{SYSTEM} is missing: give ICD-10-CM's OID, {ICD_10_CM_OID}")
    if system not in CODE_SYSTEMS:
        raise fail(
            f"{SYSTEM}={_echo(system)} is not a code system this service knows;"
            f" it answers ICD-10-CM codes ({ICD_10_CM_OID})"
        )
    if not code:
        raise fail(f"{CODE} is missing: give an ICD-10-CM code such as R25.3")
    key = parse_code(code)
    if key is None:
        raise fail(f"{CODE}={_echo(code)} is not an ICD-10-CM code (such as R25.3 or T46.6X5A)")
    display_name = _one(parameters, DISPLAY_NAME)
    if display_name is not None and len(display_name) > 512:
        raise fail(f"{DISPLAY_NAME} is longer than 512 characters")
    tag = _one(parameters, LANGUAGE) or SOURCE_LANGUAGE
    if not _LANGUAGE.fullmatch(tag):
        raise fail(f"{LANGUAGE}={_echo(tag)} is not a language code such as en or es")
    primary = tag.replace("_", "-").split("-")[0].lower()
    language = primary if primary in languages else SOURCE_LANGUAGE
    return Query(key, language, response_type, callback)


# --- rendering -------------------------------------------------------------------------


def _summary_html(text: object) -> str:
    """A cause's summary as the HTML MedlinePlus Connect clients expect, safely escaped."""
    return f"<p>{html.escape(str(text))}</p>"


def _entry_date(match: Match, fallback: str) -> str:
    reviewed = match.cause.last_reviewed
    return f"{reviewed.isoformat()}T00:00:00Z" if reviewed is not None else fallback


def _feed_id(query: Query) -> str:
    return f"urn:uuid:{uuid.uuid5(_FEED_IDS, f'{query.code}/{query.language}')}"


def _categories(feed: Feed, match: Match) -> list[dict[str, str]]:
    code = {"scheme": "http://hl7.org/fhir/sid/icd-10-cm", "term": match.code}
    if match.display:
        code["label"] = match.display
    return [code, {"scheme": feed.site.docs("how-codes-are-matched"), "term": match.kind}]


def _search_criteria(query: Query) -> list[dict[str, str]]:
    """The request, echoed as the Infobutton response guide's feed categories."""
    return [
        {"scheme": CODE, "term": display_code(query.code)},
        {"scheme": SYSTEM, "term": ICD_10_CM_OID},
        {"scheme": LANGUAGE, "term": query.language},
    ]


# Characters XML 1.0 cannot carry at all; a pack might hold one by mistake.
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _atom(tag: str) -> str:
    # Atom elements are unqualified names under a default namespace declared
    # on the root (as feed readers expect), not ElementTree's ns0: prefixes.
    return tag


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, _atom(tag), attributes)
    element.text = _xml_safe(text)
    return element


def _empty(parent: ET.Element, tag: str, attributes: dict[str, str]) -> ET.Element:
    safe = {name: _xml_safe(value) for name, value in attributes.items()}
    return ET.SubElement(parent, _atom(tag), safe)


def _atom_feed(feed: Feed) -> bytes:
    query = feed.query
    root = ET.Element(_atom("feed"), {"xmlns": _ATOM, _XML_LANG: query.language})
    _text(root, "title", _TITLE, type="text")
    _text(root, "id", _feed_id(query))
    _text(root, "updated", feed.updated)
    author = ET.SubElement(root, _atom("author"))
    _text(author, "name", _TITLE)
    _text(author, "uri", feed.site.url)
    for category in _search_criteria(query):
        _empty(root, "category", category)
    for match in feed.matches:
        page = feed.site.page(match.cause, query.language)
        entry = ET.SubElement(root, _atom("entry"), {_XML_LANG: query.language})
        _text(entry, "title", str(match.cause.name), type="text")
        _empty(
            entry,
            "link",
            {"rel": "alternate", "type": "text/html", "hreflang": query.language, "href": page},
        )
        _text(entry, "id", page)
        _text(entry, "updated", _entry_date(match, feed.updated))
        _text(entry, "summary", _summary_html(match.cause.summary), type="html")
        for category in _categories(feed, match):
            _empty(entry, "category", category)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


def _value(text: str, kind: str | None = None) -> dict[str, str]:
    return {"_value": text} if kind is None else {"_value": text, "type": kind}


def _json_feed(feed: Feed) -> dict[str, object]:
    """The feed in MedlinePlus Connect's JSON shape (``feed.entry[].title._value`` ...)."""
    query = feed.query
    entries = []
    for match in feed.matches:
        page = feed.site.page(match.cause, query.language)
        entries.append(
            {
                "lang": query.language,
                "title": _value(str(match.cause.name), "text"),
                "link": [
                    {"href": page, "rel": "alternate", "type": "text/html"},
                ],
                "id": _value(page),
                "updated": _value(_entry_date(match, feed.updated)),
                "summary": _value(_summary_html(match.cause.summary), "html"),
                "category": _categories(feed, match),
            }
        )
    return {
        "feed": {
            "base": feed.site.url,
            "lang": query.language,
            "title": _value(_TITLE, "text"),
            "id": _value(_feed_id(query)),
            "updated": _value(feed.updated),
            "author": {"name": _value(_TITLE), "uri": _value(feed.site.url)},
            "category": _search_criteria(query),
            "entry": entries,
        }
    }


def _jsonp(callback: str, document: object) -> bytes:
    # ASCII only: U+2028 and U+2029 end a line in older JavaScript. The
    # comment keeps the body from starting with bytes another format could
    # claim (the old Flash content-sniffing attack).
    body = json.dumps(document, ensure_ascii=True, separators=(",", ":"))
    return f"/**/{callback}({body});".encode("ascii")


def _json(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def render(feed: Feed) -> tuple[bytes, str]:
    """The answer's body and media type, in the format the query asked for."""
    query = feed.query
    if query.response_type == "xml":
        return _atom_feed(feed), _MEDIA_TYPES["xml"]
    document = _json_feed(feed)
    if query.response_type == "jsonp" and query.callback:
        return _jsonp(query.callback, document), _MEDIA_TYPES["jsonp"]
    return _json(document), _MEDIA_TYPES["json"]


def render_error(error: RequestError) -> tuple[bytes, str]:
    """An error's body and media type, in the format the caller asked for if it could be read."""
    if error.response_type == "xml":
        root = ET.Element("error")
        ET.SubElement(root, "status").text = str(error.status)
        ET.SubElement(root, "message").text = _xml_safe(error.message)
        data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
        return data, _MEDIA_TYPES["xml"]
    document = {"error": {"status": error.status, "message": error.message}}
    if error.response_type == "jsonp" and error.callback:
        return _jsonp(error.callback, document), _MEDIA_TYPES["jsonp"]
    return _json(document), _MEDIA_TYPES["json"]
