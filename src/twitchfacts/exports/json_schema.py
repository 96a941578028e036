"""The published JSON Schema (Draft 2020-12) of the JSON export format.

The schema describes what a JSON content pack may hold, so it requires only
what a pack must give (``schema_version`` and ``causes``); the export always
writes every key. It is written out by hand, because each property carries a
description for the people reading it, and a test keeps its properties in
step with the record fields.
"""

from __future__ import annotations

from typing import Any, Final

from twitchfacts.model import GROUPS, ICD_10_CM, PLACES, SOURCE_KINDS, URGENCIES
from twitchfacts.parse import READABLE_VERSIONS, SCHEMA_VERSION

__all__ = ["SCHEMA_ID", "schema"]

#: The schema's identifier; it changes with
#: :data:`~twitchfacts.parse.SCHEMA_VERSION`.
SCHEMA_ID: Final = f"urn:twitchfacts:schema:content:{SCHEMA_VERSION}"


def _text(description: str) -> dict[str, Any]:
    return {"type": "string", "pattern": r"\S", "description": description}


def _texts(description: str, *, min_items: int = 0) -> dict[str, Any]:
    return {
        "type": "array",
        "items": {"$ref": "#/$defs/text"},
        "minItems": min_items,
        "description": description,
    }


def _record(description: str, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def schema() -> dict[str, Any]:
    """The JSON Schema, as data ready for ``json.dumps`` or a validator."""
    slug = {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"}
    defs: dict[str, Any] = {
        "text": {"type": "string", "pattern": r"\S", "description": "Text that is not blank."},
        "slug": {**slug, "description": "Lower-case letters, digits and hyphens."},
        "redFlag": _record(
            "A sign that calls for medical help.",
            {
                "text": _text("What to look out for and what to do."),
                "urgency": {
                    "enum": list(URGENCIES),
                    "description": (
                        "emergency: call the emergency number or go to A&E now; urgent: get"
                        " help the same day (an urgent appointment or a phone service such as"
                        " NHS 111); routine: book an appointment."
                    ),
                },
            },
            ["text", "urgency"],
        ),
        "source": _record(
            "A page a reader can open to check the facts.",
            {
                "title": _text("The page's title."),
                "publisher": _text("Who publishes it."),
                "url": {
                    "type": "string",
                    "pattern": r"^https?://[^\s/?#]+\S*$",
                    "description": "An absolute https address (http is read, with a warning).",
                },
                "kind": {
                    "enum": list(SOURCE_KINDS),
                    "description": (
                        "page: written for the public; article: a journal article, which"
                        " carries a DOI or PMID. Default: page."
                    ),
                },
                "doi": {
                    "type": "string",
                    "pattern": r"^(|10\.\d{4,9}/\S+)$",
                    "description": "An article's DOI, without https://doi.org/.",
                },
                "pmid": {
                    "type": "string",
                    "pattern": r"^(|[1-9]\d{0,8})$",
                    "description": "An article's PubMed id.",
                },
            },
            ["title", "publisher", "url"],
        ),
        "code": _record(
            "A clinical code for the cause.",
            {
                "system": _text(f"The coding system, normally {ICD_10_CM}."),
                "code": _text("The code, with its dot (R25.3)."),
                "display": _text("The official description of the code."),
            },
            ["system", "code", "display"],
        ),
        "category": _record(
            "A family of causes shown under one heading.",
            {
                "id": {"$ref": "#/$defs/slug"},
                "title": _text("The heading readers see."),
                "description": _text("A short plain introduction."),
                "group": {
                    "enum": list(GROUPS),
                    "description": "Causes in the body and daily life, or in nerves and muscles.",
                },
            },
            ["id", "title", "description", "group"],
        ),
        "cause": _record(
            "One cause of muscle twitching.",
            {
                "id": {"$ref": "#/$defs/slug"},
                "name": _text("The name readers know it by."),
                "category": {**slug, "description": "The id of a category."},
                "summary": _text("One plain sentence."),
                "explanation": _text("How it can lead to twitching."),
                "self_care": _texts("What the reader can safely do.", min_items=1),
                "see_a_doctor": {
                    "type": "array",
                    "items": {"$ref": "#/$defs/redFlag"},
                    "minItems": 1,
                    "description": "Signs, specific to this cause, that call for help.",
                },
                "questions": _texts("Questions the reader may want to ask a doctor."),
                "disclaimer": _text("A caution that fits this cause."),
                "sources": {
                    "type": "array",
                    "items": {"$ref": "#/$defs/source"},
                    "minItems": 1,
                    "description": "Where the facts come from.",
                },
                "codes": {
                    "type": "array",
                    "items": {"$ref": "#/$defs/code"},
                    "description": "Clinical codes, where one exists.",
                },
                "aliases": _texts("Other names readers search for."),
                "places": {
                    "type": "array",
                    "items": {"enum": list(PLACES)},
                    "uniqueItems": True,
                    "description": "Where on the body its twitching usually shows.",
                },
                "last_reviewed": {
                    "type": "string",
                    "format": "date",
                    "pattern": r"^\d{4}-\d{2}-\d{2}$",
                    "description": "When the text was last checked (YYYY-MM-DD).",
                },
                "next_review": {
                    "type": ["string", "null"],
                    "format": "date",
                    "pattern": r"^\d{4}-\d{2}-\d{2}$",
                    "description": (
                        "When the text is due to be checked again (YYYY-MM-DD); null means"
                        " the review interval after last_reviewed."
                    ),
                },
            },
            [
                "id",
                "name",
                "category",
                "summary",
                "explanation",
                "self_care",
                "see_a_doctor",
                "disclaimer",
                "sources",
                "last_reviewed",
            ],
        ),
        "translation": _record(
            "Every translated text of the pack in one language.",
            {
                "language": {
                    "type": "string",
                    "pattern": "^[a-z]{2,3}(_[A-Z]{2})?$",
                    "description": "The language, as gettext names catalogs (es, es_MX).",
                },
                "texts": {
                    "type": "array",
                    "items": _record(
                        "One translated text.",
                        {
                            "context": _text(
                                "Which text it translates, as problems name it (als.summary)."
                            ),
                            "source": _text("The English text it was translated from."),
                            "text": _text("The translation."),
                        },
                        ["context", "source", "text"],
                    ),
                },
            },
            ["language", "texts"],
        ),
        "movement": _record(
            "A kind of movement readers may call a twitch, told apart from the others.",
            {
                "id": {"$ref": "#/$defs/slug"},
                "name": _text("The everyday name, such as Cramp."),
                "also_called": {
                    "type": "string",
                    "description": "The medical name, or another name readers meet; may be blank.",
                },
                "feels_like": _text("What a reader notices."),
                "usual_cause": _text("What usually causes it, and how worried to be."),
                "get_help": {
                    "type": "array",
                    "items": {"$ref": "#/$defs/redFlag"},
                    "minItems": 1,
                    "description": "When to get help, each with its urgency.",
                },
                "causes": {
                    "type": "array",
                    "items": {"$ref": "#/$defs/slug"},
                    "description": "Ids of the causes to read next; each must be in the pack.",
                },
                "sources": {
                    "type": "array",
                    "items": {"$ref": "#/$defs/source"},
                    "minItems": 1,
                    "description": "Where the facts come from.",
                },
            },
            ["id", "name", "feels_like", "usual_cause", "get_help", "sources"],
        ),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "twitchfacts content",
        "description": (
            "Patient-education content about the causes of muscle twitching, as written by"
            " `twitchfacts export --format json` and read as a content pack."
        ),
        "type": "object",
        "properties": {
            "schema_version": {
                "enum": list(READABLE_VERSIONS),
                "description": f"Exports write {SCHEMA_VERSION}; older versions are still read.",
            },
            "disclaimer": _text("The disclaimer every page carries."),
            "reassurance": _text('The short answer to "should I worry?".'),
            "red_flags": {
                "type": "array",
                "items": {"$ref": "#/$defs/redFlag"},
                "description": "General signs that call for a doctor, whatever the cause.",
            },
            "authorities": {
                "type": "array",
                "items": {
                    "type": "string",
                    "pattern": r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$",
                },
                "description": (
                    "Web hosts this pack recognises as publishers of patient information,"
                    " besides the ones twitchfacts knows."
                ),
            },
            "categories": {"type": "array", "items": {"$ref": "#/$defs/category"}},
            "causes": {"type": "array", "items": {"$ref": "#/$defs/cause"}},
            "movements": {
                "type": "array",
                "items": {"$ref": "#/$defs/movement"},
                "description": (
                    "The kinds of movement readers may call a twitch (cramp, tremor, tic ...),"
                    " for the page that tells them apart."
                ),
            },
            "translations": {
                "type": "array",
                "items": {"$ref": "#/$defs/translation"},
                "description": "The pack's texts in other languages, one object per language.",
            },
        },
        "required": ["schema_version", "causes"],
        "additionalProperties": False,
        "$defs": defs,
    }
