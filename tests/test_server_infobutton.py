"""GET /service: MedlinePlus Connect's parameters, Atom, JSON and JSONP, errors, caching."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from urllib.parse import quote

import feedparser
import pytest

from server_client import SITE, call, lookup
from twitchfacts.server.infobutton import MAX_PARAMETERS, MAX_QUERY_BYTES

ATOM = "{http://www.w3.org/2005/Atom}"
STATINS = f"{SITE}causes/medicines/statins.html"


def _feed(text: str) -> feedparser.FeedParserDict:
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def _entries(response_json: dict[str, object]) -> list[dict[str, object]]:
    return response_json["feed"]["entry"]  # type: ignore[index,no-any-return]


# --- the three formats ---------------------------------------------------------------


def test_atom_is_the_default_and_a_valid_feed() -> None:
    response = lookup("T46.6X5A")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/xml; charset=utf-8"
    feed = _feed(response.text)
    assert feed.version == "atom10"
    assert feed.feed.title == "twitchfacts"
    (entry,) = feed.entries
    assert entry.title == "Statins (cholesterol medicines)"
    assert entry.link == STATINS
    assert entry.id == STATINS
    assert "rarely cause twitching" in entry.summary
    assert ("http://hl7.org/fhir/sid/icd-10-cm", "T46.6X5A") in [
        (tag.scheme, tag.term) for tag in entry.tags
    ]
    assert "exact" in [tag.term for tag in entry.tags]


def test_atom_declares_its_namespace_and_language() -> None:
    root = ET.fromstring(lookup("E83.42").content)
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{required}") is not None, required
    entry = root.find(f"{ATOM}entry")
    assert entry is not None
    for required in ("id", "title", "updated", "link", "summary"):
        assert entry.find(f"{ATOM}{required}") is not None, required


def test_json_has_the_keys_medlineplus_connect_clients_read() -> None:
    response = lookup("T46.6X5A", knowledgeResponseType="application/json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    (entry,) = _entries(response.json())
    assert entry["title"]["_value"] == "Statins (cholesterol medicines)"  # type: ignore[index]
    assert [link["href"] for link in entry["link"]] == [STATINS]  # type: ignore[attr-defined]
    assert "rarely cause twitching" in entry["summary"]["_value"]  # type: ignore[index]
    assert {"scheme": "http://hl7.org/fhir/sid/icd-10-cm", "term": "T46.6X5A"}.items() <= (
        entry["category"][0].items()  # type: ignore[index]
    )


def test_jsonp_wraps_the_json_in_the_callback() -> None:
    response = lookup("E83.42", knowledgeResponseType="application/javascript", callback="app.show")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/javascript; charset=utf-8"
    text = response.text
    assert text.startswith("/**/app.show(") and text.endswith(");")
    document = json.loads(text[len("/**/app.show(") : -2])
    assert _entries(document)[0]["title"]["_value"] == "Low magnesium"  # type: ignore[index]


def test_the_three_formats_carry_the_same_entries() -> None:
    atom = [entry.link for entry in _feed(lookup("R25.3").text).entries]
    data = lookup("R25.3", knowledgeResponseType="application/json").json()
    assert atom == [entry["link"][0]["href"] for entry in _entries(data)]  # type: ignore[index]
    assert len(atom) >= 3


def test_summaries_are_escaped_html() -> None:
    data = lookup("E83.42", knowledgeResponseType="application/json").json()
    summary = _entries(data)[0]["summary"]
    assert summary["type"] == "html"  # type: ignore[index]
    assert summary["_value"].startswith("<p>") and summary["_value"].endswith("</p>")  # type: ignore[index]


# --- parameters ----------------------------------------------------------------------


@pytest.mark.parametrize("code", ["E83.42", "E8342", "e83.42"])
def test_the_code_with_or_without_its_dot(code: str) -> None:
    assert [e.title for e in _feed(lookup(code).text).entries] == ["Low magnesium"]


def test_the_fhir_system_uri_is_accepted_too() -> None:
    response = lookup("E83.42", **{"mainSearchCriteria.v.cs": "http://hl7.org/fhir/sid/icd-10-cm"})
    assert [e.title for e in _feed(response.text).entries] == ["Low magnesium"]


def test_the_display_name_is_accepted() -> None:
    response = lookup("E83.42", **{"mainSearchCriteria.v.dn": "Hypomagnesemia"})
    assert response.status_code == 200


def test_spanish_answers_link_to_the_spanish_site() -> None:
    response = lookup(
        "T46.6X5D",
        knowledgeResponseType="application/json",
        **{"informationRecipient.languageCode.c": "es"},
    )
    document = response.json()
    assert document["feed"]["lang"] == "es"
    (entry,) = _entries(document)
    assert entry["title"]["_value"].startswith("Estatinas")  # type: ignore[index]
    assert entry["link"][0]["href"] == f"{SITE}es/causes/medicines/statins.html"  # type: ignore[index]


@pytest.mark.parametrize(("tag", "language"), [("ES", "es"), ("es-MX", "es"), ("fr", "en")])
def test_language_variants_and_unknown_languages(tag: str, language: str) -> None:
    response = lookup("E83.42", **{"informationRecipient.languageCode.c": tag})
    assert _feed(response.text).feed.language == language


def test_other_infobutton_parameters_are_ignored() -> None:
    response = lookup("E83.42", **{"taskContext.c.c": "PROBLISTREV", "age.v.v": "45"})
    assert [e.title for e in _feed(response.text).entries] == ["Low magnesium"]


# --- matching through the service ------------------------------------------------------


def test_a_subsequent_encounter_finds_the_cause_with_the_initial_code() -> None:
    entry = _feed(lookup("T46.6X5D").text).entries[0]
    assert entry.link == STATINS
    assert "seventh-character" in [tag.term for tag in entry.tags]


def test_broader_matches_are_marked() -> None:
    entry = _feed(lookup("G12.211").text).entries[0]
    terms = [tag.term for tag in entry.tags]
    assert "broader" in terms and "G12.21" in terms


def test_a_sibling_code_gives_an_empty_feed() -> None:
    response = lookup("E83.41")
    assert response.status_code == 200
    assert _feed(response.text).entries == []


def test_an_unknown_code_gives_an_empty_feed_in_every_format() -> None:
    assert _feed(lookup("A00.0").text).entries == []
    assert _entries(lookup("A00.0", knowledgeResponseType="application/json").json()) == []


# --- errors --------------------------------------------------------------------------


def _xml_error(response_text: str) -> str:
    root = ET.fromstring(response_text.encode())
    assert root.tag == "error"
    return root.findtext("message") or ""


def test_an_unknown_code_system_is_a_400_in_xml() -> None:
    response = lookup("E83.42", **{"mainSearchCriteria.v.cs": "2.16.840.1.113883.6.96"})
    assert response.status_code == 400
    assert "not a code system this service knows" in _xml_error(response.text)
    assert response.headers["cache-control"] == "no-store"


def test_errors_come_in_the_format_asked_for() -> None:
    response = lookup(None, knowledgeResponseType="application/json")
    assert response.status_code == 400
    assert "mainSearchCriteria.v.c is missing" in response.json()["error"]["message"]
    jsonp = lookup(None, knowledgeResponseType="application/javascript", callback="cb")
    assert jsonp.status_code == 400
    assert jsonp.text.startswith("/**/cb(") and "is missing" in jsonp.text


def test_a_missing_code_system_is_a_400() -> None:
    response = call("GET", "/service?mainSearchCriteria.v.c=E83.42")
    assert response.status_code == 400
    assert "mainSearchCriteria.v.cs is missing" in _xml_error(response.text)


def test_text_that_is_not_a_code_is_a_400() -> None:
    response = lookup("<script>", knowledgeResponseType="application/json")
    assert response.status_code == 400
    assert "is not an ICD-10-CM code" in response.json()["error"]["message"]


def test_an_unknown_response_type_is_a_400_in_xml() -> None:
    response = lookup("E83.42", knowledgeResponseType="text/html")
    assert response.status_code == 400
    assert "knowledgeResponseType" in _xml_error(response.text)


@pytest.mark.parametrize(
    "callback",
    ["", "alert(1)//", "a-b", "x;alert(1)", "1abc", "a" * 65, "a.b.c.d.e", "ѐ", "</script>"],
)
def test_a_hostile_or_missing_callback_is_refused_in_json(callback: str) -> None:
    response = lookup("E83.42", knowledgeResponseType="application/javascript", callback=callback)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert "callback" in response.json()["error"]["message"]


def test_a_parameter_given_twice_with_different_values_is_a_400() -> None:
    query = (
        "mainSearchCriteria.v.cs=2.16.840.1.113883.6.90"
        "&mainSearchCriteria.v.c=E83.42&mainSearchCriteria.v.c=G12.21"
    )
    response = call("GET", "/service?" + query)
    assert response.status_code == 400
    assert "2 times" in _xml_error(response.text)


def test_thousands_of_parameters_are_refused() -> None:
    query = "&".join(f"p{n}=1" for n in range(MAX_PARAMETERS + 1))
    assert len(query) < MAX_QUERY_BYTES
    response = call("GET", "/service?" + query)
    assert response.status_code == 400
    assert "parameters" in _xml_error(response.text)
    many = "&".join(f"p{n}=1" for n in range(5000))
    assert call("GET", "/service?" + many).status_code == 414


def test_a_long_query_is_refused_before_it_is_read() -> None:
    response = lookup("E83.42", **{"mainSearchCriteria.v.dn": "x" * MAX_QUERY_BYTES})
    assert response.status_code == 414
    assert "longer than" in _xml_error(response.text)


@pytest.mark.parametrize("raw", ["%FF%FE", "%C3%28", "%ED%A0%80"])
def test_percent_encoded_bytes_that_are_not_utf8_are_a_400(raw: str) -> None:
    response = call(
        "GET",
        f"/service?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c={raw}",
    )
    assert response.status_code == 400
    assert "UTF-8" in _xml_error(response.text)


def test_a_malformed_language_is_a_400() -> None:
    response = lookup("E83.42", **{"informationRecipient.languageCode.c": "e$"})
    assert response.status_code == 400
    assert "language" in _xml_error(response.text)


def test_messages_do_not_echo_long_input_whole() -> None:
    response = lookup("E83.42", **{"mainSearchCriteria.v.cs": "9" * 300})
    assert response.status_code == 400
    assert "9" * 41 not in _xml_error(response.text)


# --- caching -------------------------------------------------------------------------


def test_answers_carry_cache_control_and_a_stable_etag() -> None:
    first, second = lookup("E83.42"), lookup("e8342")
    assert first.headers["cache-control"] == "public, max-age=3600"
    assert first.headers["etag"] == second.headers["etag"]
    assert (
        first.headers["etag"]
        != lookup("E83.42", knowledgeResponseType="application/json").headers["etag"]
    )


@pytest.mark.parametrize("header", ["{tag}", "W/{tag}", '"other", {tag}', "*"])
def test_if_none_match_gives_304(header: str) -> None:
    url = "/service?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=E83.42"
    tag = call("GET", url).headers["etag"]
    response = call("GET", url, headers={"If-None-Match": header.format(tag=tag)})
    assert response.status_code == 304
    assert response.content == b""
    assert response.headers["etag"] == tag


def test_a_stale_etag_gets_the_whole_answer() -> None:
    url = "/service?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=E83.42"
    response = call("GET", url, headers={"If-None-Match": '"stale"'})
    assert response.status_code == 200 and response.content


def test_head_is_answered_without_a_body() -> None:
    url = "/service?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=" + quote(
        "E83.42"
    )
    response = call("HEAD", url)
    assert response.status_code == 200 and response.content == b""
    assert response.headers["etag"]
