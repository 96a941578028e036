"""CDS Hooks 2.0: discovery, cards for prefetched conditions, CORS, bad requests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from server_client import SERVICE, SITE, call, condition, hook_request, raw_call
from twitchfacts.server.cdshooks import MAX_BODY_BYTES, shorten

SCHEMAS = Path(__file__).parent / "data" / "cds-hooks"


def _schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


DISCOVERY = _schema("discovery.schema.json")
RESPONSE = _schema("response.schema.json")


def _cards(*resources: dict[str, Any], **changes: Any) -> list[dict[str, Any]]:
    response = call("POST", SERVICE, json=hook_request(*resources, **changes))
    assert response.status_code == 200, response.text
    document = response.json()
    jsonschema.validate(document, RESPONSE)
    cards: list[dict[str, Any]] = document["cards"]
    return cards


# --- the schemas can fail ----------------------------------------------------------


@pytest.mark.parametrize(
    "document",
    [
        {},
        {"cards": [{"summary": "x" * 140, "indicator": "info", "source": {"label": "a"}}]},
        {"cards": [{"summary": "x", "indicator": "hint", "source": {"label": "a"}}]},
        {"cards": [{"summary": "x", "indicator": "info", "source": {}}]},
        {"cards": [{"summary": "x", "indicator": "info", "source": {"label": "a"}, "links": []}]},
        {
            "cards": [
                {
                    "summary": "x",
                    "indicator": "info",
                    "source": {"label": "a"},
                    "links": [{"label": "a", "url": "/relative", "type": "absolute"}],
                }
            ]
        },
    ],
)
def test_the_response_schema_rejects_what_the_specification_forbids(document: object) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, RESPONSE)


def test_the_discovery_schema_rejects_a_service_without_an_id() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"services": [{"hook": "patient-view", "description": "d"}]}, DISCOVERY)


# --- discovery ------------------------------------------------------------------------


def test_discovery_lists_one_patient_view_service_with_its_prefetch() -> None:
    response = call("GET", "/cds-services")
    assert response.status_code == 200
    document = response.json()
    jsonschema.validate(document, DISCOVERY)
    (service,) = document["services"]
    assert service["hook"] == "patient-view"
    assert SERVICE.endswith("/" + service["id"])
    assert service["prefetch"] == {"conditions": "Condition?patient={{context.patientId}}"}
    assert response.headers["etag"] and "max-age" in response.headers["cache-control"]
    again = call("GET", "/cds-services", headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304


# --- cards ----------------------------------------------------------------------------


def test_a_known_code_gets_an_info_card_with_absolute_links() -> None:
    (card,) = _cards(condition("E83.42"))
    assert card["indicator"] == "info"
    assert card["summary"] == "Patient information on muscle twitching: Low magnesium"
    assert card["source"]["label"] == "twitchfacts"
    urls = [link["url"] for link in card["links"]]
    assert urls == [
        f"{SITE}causes/body-chemistry/low-magnesium.html",
        f"{SITE}es/causes/body-chemistry/low-magnesium.html",
    ]
    assert all(link["type"] == "absolute" for link in card["links"])


def test_unknown_codes_and_other_systems_get_no_card() -> None:
    assert _cards(condition("A00.0")) == []
    assert _cards(condition("E83.41")) == []  # a sibling of low magnesium
    assert _cards(condition("E83.42", system="http://snomed.info/sct")) == []
    assert _cards() == []


def test_the_oid_names_icd_10_cm_in_codings_too() -> None:
    (card,) = _cards(condition("E83.42", system="urn:oid:2.16.840.1.113883.6.90"))
    assert "Low magnesium" in card["summary"]


def test_matching_rules_apply_and_are_explained() -> None:
    (card,) = _cards(condition("T46.6X5D"))
    assert card["links"][0]["url"].endswith("/causes/medicines/statins.html")
    assert "another seventh character" in card["detail"]
    (broader,) = _cards(condition("G12.211"))
    assert "a broader code" in broader["detail"]


def test_each_cause_gets_one_card_however_many_conditions_match() -> None:
    cards = _cards(condition("T46.6X5A", "G72.0"), condition("T46.6X5D"), condition("E83.42"))
    assert [card["links"][0]["url"].rsplit("/", 1)[1] for card in cards] == [
        "statins.html",
        "low-magnesium.html",
    ]


def test_conditions_entered_in_error_or_refuted_get_no_card() -> None:
    for status in ("entered-in-error", "refuted"):
        wrong = condition("E83.42") | {"verificationStatus": {"coding": [{"code": status}]}}
        assert _cards(wrong) == []
    confirmed = condition("E83.42") | {"verificationStatus": {"coding": [{"code": "confirmed"}]}}
    assert len(_cards(confirmed)) == 1


def test_other_resources_in_the_bundle_are_passed_over() -> None:
    outcome = {"resourceType": "OperationOutcome", "issue": []}
    assert len(_cards(outcome, condition("E83.42"))) == 1


def test_a_single_condition_instead_of_a_bundle_is_read() -> None:
    request = hook_request()
    request["prefetch"]["conditions"] = condition("E83.42")
    response = call("POST", SERVICE, json=request)
    assert len(response.json()["cards"]) == 1


def test_card_summaries_stay_under_140_characters() -> None:
    text = "word " * 60
    short = shorten(text.strip())
    assert len(short) < 140 and short.endswith("…") and not short.endswith(" …")
    assert shorten("short") == "short"


def test_details_show_content_as_written_not_as_markdown(builtin: Any) -> None:
    from twitchfacts.model import RedFlag
    from twitchfacts.server.app import create_app
    from twitchfacts.server.site import Site

    hostile = builtin.get("low-magnesium").__class__(
        id="low-magnesium",
        name="Low [magnesium](javascript:alert(1))",
        category="body-chemistry",
        summary="A summary.",
        see_a_doctor=(RedFlag(text="<img src=x onerror=alert(1)> *bold*", urgency="urgent"),),
        codes=builtin.get("low-magnesium").codes,
    )
    app = create_app({"en": builtin.replace(causes=(hostile,))}, Site(SITE))
    response = call("POST", SERVICE, app=app, json=hook_request(condition("E83.42")))
    (card,) = response.json()["cards"]
    assert "[magnesium](javascript" not in card["detail"]
    assert "- \\<img" in card["detail"]
    assert "\\*bold\\*" in card["detail"]


def test_a_card_names_the_signs_that_need_help_not_the_reassuring_summary(builtin: Any) -> None:
    # A patient with the diagnosis is not the worried reader the summary is
    # written for ("twitching without weakness is very rarely ALS").
    for code, cause_id in (("G90.81", "serotonin-syndrome"), ("G12.21", "als")):
        cause = builtin.get(cause_id)
        (card,) = call("POST", SERVICE, json=hook_request(condition(code))).json()["cards"]
        assert str(cause.summary) not in card["detail"]
        urgent = [flag for flag in cause.see_a_doctor if flag.urgency in {"emergency", "urgent"}]
        assert urgent
        for flag in urgent:
            assert flag.text.split(":")[0].split(",")[0] in card["detail"]


def test_a_patient_with_no_conditions_gets_no_cards() -> None:
    # CDS Hooks 2.0: a prefetch key the client has no data for is null.
    response = call("POST", SERVICE, json=hook_request(prefetch={"conditions": None}))
    assert response.status_code == 200
    assert response.json() == {"cards": []}


def test_older_fhir_status_strings_are_read() -> None:
    refuted = {**condition("E83.42"), "verificationStatus": "entered-in-error"}
    confirmed = {**condition("E83.42"), "verificationStatus": "confirmed"}
    assert call("POST", SERVICE, json=hook_request(refuted)).json() == {"cards": []}
    assert len(call("POST", SERVICE, json=hook_request(confirmed)).json()["cards"]) == 1


def test_a_coding_system_of_the_wrong_type_is_passed_over_not_a_500() -> None:
    odd = {"resourceType": "Condition", "code": {"coding": [{"system": ["x"], "code": "E83.42"}]}}
    response = call("POST", SERVICE, json=hook_request(odd))
    assert response.status_code == 200
    assert response.json() == {"cards": []}


def test_a_wrong_method_names_the_methods_allowed() -> None:
    response = call("DELETE", "/service")
    assert response.status_code == 405
    assert sorted(response.headers["allow"].split(", ")) == ["GET", "HEAD"]


def test_a_preflight_with_any_header_is_allowed() -> None:
    response = call(
        "OPTIONS",
        SERVICE,
        headers={
            "Origin": "https://ehr.example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type, X-Requested-With",
        },
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"


def test_a_summary_without_spaces_is_still_cut_under_the_limit() -> None:
    cut = shorten("x" * 300)
    assert len(cut) < 140
    assert cut.endswith("…")


def test_answers_to_calls_are_never_cached() -> None:
    response = call("POST", SERVICE, json=hook_request(condition("E83.42")))
    assert response.headers["cache-control"] == "no-store"
    assert "etag" not in response.headers


# --- CORS -----------------------------------------------------------------------------


def test_cors_preflight_for_a_browser_based_ehr() -> None:
    response = call(
        "OPTIONS",
        SERVICE,
        headers={
            "Origin": "https://ehr.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    assert "POST" in response.headers["access-control-allow-methods"]
    allowed = response.headers["access-control-allow-headers"].lower()
    assert "authorization" in allowed and "content-type" in allowed


def test_cors_headers_on_answers() -> None:
    headers = {"Origin": "https://ehr.example"}
    for response in (
        call("GET", "/cds-services", headers=headers),
        call("POST", SERVICE, json=hook_request(condition("E83.42")), headers=headers),
    ):
        assert response.headers["access-control-allow-origin"] == "*"
        assert "etag" in response.headers.get("access-control-expose-headers", "").lower()


# --- bad requests ---------------------------------------------------------------------


def _error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    message: str = response.json()["error"]["message"]
    return message


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{not json", 400, "not JSON"),
        (b"\xff\xfe{}", 400, "not UTF-8"),
        (b"[]", 400, "JSON object"),
        (b"[" * 100_000 + b"]" * 100_000, 400, "nests too deeply"),
        (b'{"x": 1' + b"0" * 5000 + b"}", 400, "not JSON"),
        (json.dumps(hook_request(hook="order-sign")).encode(), 400, "patient-view"),
        (json.dumps(hook_request(hookInstance=7)).encode(), 400, "hookInstance"),
        (json.dumps(hook_request(context="1288992")).encode(), 400, "context"),
        (json.dumps(hook_request(prefetch=[])).encode(), 400, "prefetch must be an object"),
        (json.dumps(hook_request(prefetch={})).encode(), 412, "prefetch.conditions is missing"),
        (json.dumps(hook_request(prefetch=None)).encode(), 412, "missing"),
    ],
)
def test_bad_bodies_get_a_clear_4xx(body: bytes, status: int, words: str) -> None:
    response = call("POST", SERVICE, content=body, headers={"Content-Type": "application/json"})
    assert words in _error(response, status)


@pytest.mark.parametrize(
    ("conditions", "place"),
    [
        ("Condition/1", "prefetch.conditions must be an object"),
        ({"resourceType": "Bundle", "entry": {}}, "prefetch.conditions.entry must be an array"),
        ({"resourceType": "Bundle", "entry": [3]}, "prefetch.conditions.entry[0] must be"),
        (
            {"resourceType": "Bundle", "entry": [{"resource": condition("E83.42") | {"code": []}}]},
            "entry[0].resource.code must be an object",
        ),
        (
            {
                "resourceType": "Bundle",
                "entry": [
                    {
                        "resource": {
                            "resourceType": "Condition",
                            "code": {
                                "coding": [
                                    {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": 8342}
                                ]
                            },
                        }
                    }
                ],
            },
            "coding[0].code must be a string",
        ),
    ],
)
def test_prefetched_data_of_the_wrong_shape_is_located(conditions: object, place: str) -> None:
    request = hook_request()
    request["prefetch"]["conditions"] = conditions
    assert place in _error(call("POST", SERVICE, json=request), 400)


def test_a_body_over_the_limit_is_a_413() -> None:
    body = b" " * (MAX_BODY_BYTES + 1)
    assert "larger than" in _error(call("POST", SERVICE, content=body), 413)


def test_a_streamed_body_over_the_limit_is_a_413_without_a_declared_length() -> None:
    def chunks() -> Any:
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b" " * 65536

    async def stream() -> Any:
        for chunk in chunks():
            yield chunk

    response = call("POST", SERVICE, content=stream())
    assert "larger than" in _error(response, 413)


@pytest.mark.parametrize("length", [b"-5", b"1e3", b"\xb2", b" "])
def test_a_bad_content_length_is_a_400(length: bytes) -> None:
    status, headers, body = raw_call("POST", SERVICE, body=b"{}", length=length)
    assert status == 400
    assert headers["content-type"] == "application/json"
    assert "Content-Length is not a number" in json.loads(body)["error"]["message"]


def test_a_declared_length_over_the_limit_is_refused_before_reading() -> None:
    response = call("POST", SERVICE, content=b"{}", headers={"Content-Length": "99999999999"})
    assert "larger than" in _error(response, 413)


def test_an_unknown_service_is_a_404_in_json() -> None:
    response = call("POST", "/cds-services/nothing", json=hook_request(condition("E83.42")))
    assert "twitchfacts-patient-view" in _error(response, 404)


def test_unknown_addresses_and_methods_are_json_errors() -> None:
    _error(call("GET", "/nowhere"), 404)
    _error(call("GET", SERVICE), 405)
    _error(call("DELETE", "/service"), 405)


def test_an_error_of_ours_is_a_json_500_and_is_not_raised_to_the_log(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from twitchfacts.server import cdshooks

    def broken(*_: object, **__: object) -> object:
        raise RuntimeError("patient 1288992 has E83.42")

    monkeypatch.setattr(cdshooks, "cards", broken)
    response = call("POST", SERVICE, json=hook_request(condition("E83.42")))
    assert response.status_code == 500
    assert response.json() == {
        "error": {"status": 500, "message": "the request could not be answered"}
    }
    assert "1288992" not in response.text
