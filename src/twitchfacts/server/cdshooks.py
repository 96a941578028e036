"""CDS Hooks 2.0: the discovery document, and cards for a patient's conditions.

One service answers the ``patient-view`` hook. Its prefetch template asks
the EHR for the patient's Condition resources; the service reads their
ICD-10-CM codings, matches them as the Infobutton look-up does, and answers
one ``info`` card per cause found, with links to the cause's page in every
language the site has. A code it does not know gives no card.

The service never calls the EHR's FHIR server: without the prefetched
conditions it answers ``412 Precondition Failed``, as the specification
asks. Nothing from a request is kept or logged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Final

from twitchfacts.catalog import Catalog
from twitchfacts.server.matching import (
    CODE_SYSTEMS,
    CodeIndex,
    Match,
    display_code,
    parse_code,
)
from twitchfacts.server.site import Site

__all__ = [
    "HOOK",
    "MAX_BODY_BYTES",
    "PREFETCH_KEY",
    "SERVICE_ID",
    "CdsError",
    "cards",
    "codes",
    "discovery",
    "parse",
    "shorten",
]

#: The one hook this server answers, and its service's id.
HOOK: Final = "patient-view"
SERVICE_ID: Final = "twitchfacts-patient-view"
#: The prefetch key, and the FHIR search it asks the EHR to run.
PREFETCH_KEY: Final = "conditions"
PREFETCH_QUERY: Final = "Condition?patient={{context.patientId}}"
#: A request body larger than this is refused (413) before it is parsed. A
#: patient with hundreds of conditions fits in a few hundred kilobytes.
MAX_BODY_BYTES: Final = 2 * 1024 * 1024
#: The specification's limit for a card's summary.
SUMMARY_LIMIT: Final = 140
_SOURCE_LABEL: Final = "twitchfacts"
# Conditions an EHR says were recorded by mistake or ruled out.
_NOT_CONDITIONS: Final = frozenset({"entered-in-error", "refuted"})
# Markdown's punctuation that can start markup anywhere in a line, and the
# ordered-list marker a line could start with: escaped in card details, so
# content shows as written and never as a link, an image or HTML.
_MARKDOWN: Final = re.compile(r"([\\`*_{}\[\]()#+\-!|<>~&])")
_LIST_START: Final = re.compile(r"^(\d+)([.)])")
_LANGUAGE_NAMES: Final = {"en": "English", "es": "español"}


class CdsError(Exception):
    """A CDS Hooks request this service cannot answer.

    :param status: 400 for a malformed request, 404 for an unknown service,
        412 when the conditions were not prefetched, 413 for a body that is
        too large.
    :param message: What is wrong, in one sentence.
    """

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def discovery() -> dict[str, object]:
    """The discovery document (``GET /cds-services``)."""
    return {
        "services": [
            {
                "hook": HOOK,
                "id": SERVICE_ID,
                "title": "Patient information on muscle twitching",
                "description": (
                    "When a chart opens, links to plain-language pages about the causes of"
                    " muscle twitching that match the patient's ICD-10-CM conditions."
                ),
                "prefetch": {PREFETCH_KEY: PREFETCH_QUERY},
            }
        ]
    }


def parse(body: bytes) -> list[str]:
    """The ICD-10-CM codes of the prefetched conditions in a ``patient-view`` call.

    :raises CdsError: 400 for a body that is not UTF-8 JSON, a request
        without the fields the specification requires, or prefetched data
        of the wrong shape (the message gives its place); 412 if the
        conditions were not prefetched.
    """
    try:
        request = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise CdsError(400, "the request body is not UTF-8") from None
    except RecursionError:
        raise CdsError(400, "the request body nests too deeply to be a CDS Hooks request") from None
    except ValueError as error:
        raise CdsError(400, f"the request body is not JSON ({error})") from None
    if not isinstance(request, dict):
        raise CdsError(400, "the request body must be a JSON object")
    hook = request.get("hook")
    if hook != HOOK:
        raise CdsError(400, f"hook must be {HOOK!r}: this service answers only that hook")
    instance = request.get("hookInstance")
    if not isinstance(instance, str) or not instance:
        raise CdsError(400, "hookInstance must be a non-empty string")
    if not isinstance(request.get("context"), dict):
        raise CdsError(400, "context must be an object")
    prefetch = request.get("prefetch")
    if prefetch is None:
        raise _not_prefetched()
    if not isinstance(prefetch, dict):
        raise CdsError(400, "prefetch must be an object")
    if PREFETCH_KEY not in prefetch:
        raise _not_prefetched()
    conditions = prefetch[PREFETCH_KEY]
    if conditions is None:
        # CDS Hooks 2.0: a client with nothing to prefetch sends null, so
        # the patient has no conditions to look up (no cards, not an error).
        return []
    return codes(conditions, f"prefetch.{PREFETCH_KEY}")


def _not_prefetched() -> CdsError:
    return CdsError(
        412,
        f"prefetch.{PREFETCH_KEY} is missing: this service does not query the FHIR server;"
        f" prefetch {PREFETCH_QUERY}",
    )


def _object(value: object, where: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise CdsError(400, f"{where} must be an object")
    return value


def _array(value: object, where: str) -> list[object]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise CdsError(400, f"{where} must be an array")
    return value


def _resources(conditions: object, where: str) -> list[tuple[dict[str, object], str]]:
    """The resources of a searchset Bundle, or the one resource given, with their places."""
    data = _object(conditions, where)
    if data.get("resourceType") != "Bundle":
        return [(data, where)]
    found = []
    for n, entry in enumerate(_array(data.get("entry"), f"{where}.entry")):
        place = f"{where}.entry[{n}]"
        resource = _object(entry, place).get("resource")
        if resource is not None:
            found.append((_object(resource, f"{place}.resource"), f"{place}.resource"))
    return found


def _coded_status(condition: dict[str, object], where: str) -> set[str]:
    status = condition.get("verificationStatus")
    if status is None:
        return set()
    if isinstance(status, str):  # FHIR DSTU2 and STU3 give the code itself
        return {status}
    codings = _array(_object(status, f"{where}.verificationStatus").get("coding"), where)
    return {str(_object(c, where).get("code")) for c in codings}


def codes(conditions: object, where: str = PREFETCH_KEY) -> list[str]:
    """The ICD-10-CM codes of FHIR Condition resources (a searchset Bundle, or one resource).

    Other resources in the bundle (an OperationOutcome, say) and codings in
    other systems are passed over, as are conditions entered in error or
    refuted. Each code is listed once, in the order met.

    :raises CdsError: (400) for data of the wrong shape, naming its place.
    """
    found: dict[str, None] = {}
    for resource, place in _resources(conditions, where):
        if resource.get("resourceType") != "Condition":
            continue
        if _coded_status(resource, place) & _NOT_CONDITIONS:
            continue
        concept = resource.get("code")
        if concept is None:
            continue
        coding_place = f"{place}.code.coding"
        for n, coding in enumerate(
            _array(_object(concept, f"{place}.code").get("coding"), coding_place)
        ):
            item = _object(coding, f"{coding_place}[{n}]")
            system = item.get("system")
            if not isinstance(system, str) or system not in CODE_SYSTEMS:
                continue
            code = item.get("code")
            if not isinstance(code, str):
                raise CdsError(400, f"{coding_place}[{n}].code must be a string")
            found.setdefault(code, None)
    return list(found)


def shorten(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """*text* cut at a word boundary so that it has fewer than *limit* characters, ending in "…"."""
    if len(text) < limit:
        return text
    head = text[: limit - 1]
    # At the last space; a text with none in reach is cut short of the limit.
    cut = head.rsplit(" ", 1)[0] if " " in head else head[: limit - 2]
    return cut.rstrip(" ,;:.") + "…"


def _markdown(text: str) -> str:
    line = " ".join(text.split())
    return _LIST_START.sub(r"\1\\\2", _MARKDOWN.sub(r"\\\1", line))


def _card(
    match: Match, record_code: str, site: Site, catalogs: Mapping[str, Catalog]
) -> dict[str, object]:
    cause = match.cause
    name = str(cause.name)
    summary = shorten(f"Patient information on muscle twitching: {name}")
    how = {
        "exact": "",
        "seventh-character": f" through {_markdown(match.code)}, the same code with another"
        " seventh character",
        "broader": f" through {_markdown(match.code)}, a broader code",
    }[match.kind]
    # Not the summary: it was written for a reader wondering whether a twitch
    # is serious, not for a patient who has the diagnosis. The card points to
    # the page and names the signs on it that need help today or now.
    signs = [
        f"- {_markdown(str(flag.text))}"
        for flag in cause.see_a_doctor
        if getattr(flag, "urgency", None) in {"emergency", "urgent"}
    ]
    warning = (
        "\n\nSigns on that page that need help today or now:\n\n" + "\n".join(signs)
        if signs
        else ""
    )
    detail = (
        f"Patient-education page on {_markdown(name)} and muscle twitching.{warning}"
        f"\n\nMatched ICD-10-CM {_markdown(record_code)}{how}."
    )
    links = []
    for language, catalog in catalogs.items():
        try:
            translated = catalog.get(str(cause.id))
        except KeyError:
            continue
        label = f"{translated.name} ({_LANGUAGE_NAMES.get(language, language)})"
        links.append({"label": label, "url": site.page(translated, language), "type": "absolute"})
    return {
        "summary": summary,
        "indicator": "info",
        "detail": detail,
        "source": {"label": _SOURCE_LABEL, "url": site.url},
        "links": links,
    }


def cards(
    record_codes: Sequence[str], index: CodeIndex, site: Site, catalogs: Mapping[str, Catalog]
) -> dict[str, object]:
    """The service's answer: one card per cause that a code matches, each cause once.

    :param record_codes: The codes from :func:`parse`.
    :param index: The English catalog's code index.
    :param catalogs: The catalog in each language the site has, English first.
    """
    seen: set[str] = set()
    found = []
    for code in record_codes:
        for match in index.match(code):
            if match.cause.id in seen:
                continue
            seen.add(str(match.cause.id))
            found.append(_card(match, display_code(parse_code(code) or code), site, catalogs))
    return {"cards": found}
