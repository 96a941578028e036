"""The exports: deterministic JSON, its JSON Schema, and schema.org JSON-LD."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from factories import catalog_with, good_cause
from twitchfacts.catalog import Catalog
from twitchfacts.errors import ExportError
from twitchfacts.exports import json_format, json_ld, json_schema
from twitchfacts.model import Category, Cause, Code, Movement, RedFlag, Source
from twitchfacts.packs import load

# --- JSON ---------------------------------------------------------------------------


def test_json_keys_come_in_the_published_order(builtin: Catalog) -> None:
    data = json.loads(json_format.dumps(builtin))
    assert list(data) == [
        "schema_version",
        "disclaimer",
        "reassurance",
        "red_flags",
        "authorities",
        "categories",
        "causes",
        "movements",
        "translations",
    ]
    assert data["schema_version"] == 4
    assert list(data["causes"][0]) == [field.name for field in dataclasses.fields(Cause)]
    assert list(data["movements"][0]) == [field.name for field in dataclasses.fields(Movement)]
    assert [cause["id"] for cause in data["causes"]] == [cause.id for cause in builtin.causes]


def test_json_export_is_byte_identical_after_a_round_trip(builtin: Catalog, tmp_path: Any) -> None:
    first = json_format.dumps(builtin)
    path = tmp_path / "export.json"
    path.write_text(first, encoding="utf-8")
    assert json_format.dumps(load(path)) == first
    assert first.endswith("}\n")
    assert "\\u" not in first  # readable UTF-8, not escapes


def test_json_export_refuses_values_json_cannot_hold() -> None:
    with pytest.raises(ExportError, match="a set value"):
        json_format.dumps(catalog_with(good_cause(summary={"x"})))  # type: ignore[arg-type]


# --- JSON Schema ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json_schema.schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def test_the_export_validates_against_the_schema(
    builtin: Catalog, validator: Draft202012Validator
) -> None:
    assert list(validator.iter_errors(json.loads(json_format.dumps(builtin)))) == []


@pytest.mark.parametrize("field", ["explanation", "category", "disclaimer", "summary", "sources"])
def test_the_schema_rejects_a_cause_missing_a_required_field(
    small: Catalog, validator: Draft202012Validator, field: str
) -> None:
    data = json.loads(json_format.dumps(small))
    assert validator.is_valid(data)
    del data["causes"][0][field]
    assert not validator.is_valid(data)


@pytest.mark.parametrize(
    "change",
    [
        {"explanation": " "},
        {"id": "Not A Slug"},
        {"sources": []},
        {"sources": [{"title": "T", "publisher": "P", "url": "javascript:alert(1)"}]},
        {"see_a_doctor": [{"text": "x", "urgency": "soon"}]},
        {"last_reviewed": "25/11/2026"},
        {"colour": "red"},
        {"self_care": "Rest."},
    ],
)
def test_the_schema_rejects_bad_causes(
    small: Catalog, validator: Draft202012Validator, change: dict[str, Any]
) -> None:
    data = json.loads(json_format.dumps(small))
    data["causes"][0].update(change)
    assert not validator.is_valid(data)


@pytest.mark.parametrize(
    ("definition", "record"),
    [
        ("cause", Cause),
        ("category", Category),
        ("source", Source),
        ("code", Code),
        ("redFlag", RedFlag),
    ],
)
def test_the_schema_describes_every_field(definition: str, record: type) -> None:
    properties = json_schema.schema()["$defs"][definition]["properties"]
    assert list(properties) == [field.name for field in dataclasses.fields(record)]


def test_the_schema_describes_every_catalog_key(builtin: Catalog) -> None:
    assert list(json_schema.schema()["properties"]) == list(json_format.to_data(builtin))


# --- JSON-LD --------------------------------------------------------------------------

#: The schema.org properties this project may use, per type (from schema.org's
#: type pages; a property is listed only under types that have it).
SCHEMA_ORG: dict[str, set[str]] = {
    "MedicalWebPage": {
        "name",
        "url",
        "inLanguage",
        "audience",
        "lastReviewed",
        "about",
        "citation",
    },
    "MedicalSymptom": {"name", "alternateName", "code", "cause"},
    "MedicalCause": {"identifier", "name", "alternateName", "description", "code", "subjectOf"},
    "MedicalCode": {"codeValue", "codingSystem"},
    "CreativeWork": {"name", "publisher", "url"},
    "ScholarlyArticle": {"name", "publisher", "url", "identifier"},
    "PropertyValue": {"propertyID", "value"},
    "Organization": {"name"},
    "Patient": set(),
}


def _nodes(value: object) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _nodes(item)
    elif isinstance(value, list):
        for item in value:
            yield from _nodes(item)


@pytest.mark.parametrize("kind", ["catalog", "cause"])
def test_json_ld_uses_only_schema_org_terms(builtin: Catalog, kind: str) -> None:
    document = (
        json_ld.catalog_document(builtin, urls={"als": "https://example.org/als"})
        if kind == "catalog"
        else json_ld.cause_document(builtin.get("als"), url="https://example.org/als")
    )
    assert document["@context"] == "https://schema.org"
    for node in _nodes(document):
        kind_of_node = node["@type"]
        assert kind_of_node in SCHEMA_ORG
        properties = {key for key in node if not key.startswith("@")}
        assert properties <= SCHEMA_ORG[kind_of_node], kind_of_node


def test_json_ld_matches_the_content(builtin: Catalog) -> None:
    document = json_ld.catalog_document(builtin)
    nodes = document["about"]["cause"]
    assert [node["name"] for node in nodes] == [cause.name for cause in builtin.causes]
    for node, cause in zip(nodes, builtin.causes, strict=True):
        assert node["identifier"] == cause.id
        assert node["description"] == cause.summary
        assert node.get("alternateName", []) == list(cause.aliases)
        assert [code["codeValue"] for code in node.get("code", [])] == [c.code for c in cause.codes]
        assert node["subjectOf"]["lastReviewed"] == cause.last_reviewed.isoformat()  # type: ignore[union-attr]
        assert [c["url"] for c in node["subjectOf"]["citation"]] == [s.url for s in cause.sources]
    oldest = min(cause.last_reviewed for cause in builtin.causes)  # type: ignore[type-var]
    assert document["lastReviewed"] == oldest.isoformat()
    assert document["audience"] == {"@type": "Patient"}
    assert document["about"]["code"]["codeValue"] == "R25.3"


def test_json_ld_names_each_article_by_its_doi_and_pmid(builtin: Catalog) -> None:
    cause = builtin.get("benign-twitching")
    citations = json_ld.cause_node(cause)["subjectOf"]["citation"]
    for source, citation in zip(cause.sources, citations, strict=True):
        if source.kind != "article":
            assert citation["@type"] == "CreativeWork"
            assert "identifier" not in citation
            continue
        assert citation["@type"] == "ScholarlyArticle"
        found = {item["propertyID"]: item["value"] for item in citation["identifier"]}
        assert found == {
            name: value for name, value in (("DOI", source.doi), ("PMID", source.pmid)) if value
        }


def test_json_ld_for_one_cause(builtin: Catalog) -> None:
    als = builtin.get("als")
    document = json_ld.cause_document(als, url="https://example.org/causes/als")
    assert document["name"] == als.name
    assert document["url"] == "https://example.org/causes/als"
    assert document["about"]["cause"][0]["@id"] == "https://example.org/causes/als"
    assert document["about"]["cause"][0]["code"] == [
        {"@type": "MedicalCode", "codeValue": "G12.21", "codingSystem": "ICD-10-CM"}
    ]


def test_script_text_cannot_close_the_script_element() -> None:
    hostile = '</script><script>alert(1)</script><!-- & \u2028 "quotes"'
    document = json_ld.cause_document(good_cause(name=hostile, summary=hostile))
    text = json_ld.script_text(document)
    for character in ("<", ">", "&", "\u2028"):
        assert character not in text
    assert json.loads(text) == document


def test_json_ld_lists_causes_briefly_where_they_are_only_mentioned(builtin: Catalog) -> None:
    urls = {"als": "a.html#cause-als", "statins": "s.html#cause-statins"}
    document = json_ld.catalog_document(builtin, full={"als"}, urls=urls)
    nodes = {node.get("identifier", node.get("@id")): node for node in document["about"]["cause"]}
    assert "subjectOf" in nodes["als"]
    # Named by its page's address, where its full node carries the identifier.
    assert nodes["s.html#cause-statins"] == {
        "@type": "MedicalCause",
        "@id": "s.html#cause-statins",
        "name": builtin.get("statins").name,
    }
    # Without an address, by its identifier.
    assert nodes["lithium"] == {
        "@type": "MedicalCause",
        "identifier": "lithium",
        "name": builtin.get("lithium").name,
    }
    assert document["lastReviewed"] == builtin.get("als").last_reviewed.isoformat()  # type: ignore[union-attr]
    assert {c["url"] for c in document["citation"]} == {s.url for s in builtin.get("als").sources}
