"""Whatever arrives, the server answers with a 2xx or a 4xx it can explain, never a 500."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server_client import SERVICE, condition, hook_request, raw_call

RESPONSE = json.loads(
    (Path(__file__).parent / "data" / "cds-hooks" / "response.schema.json").read_text("utf-8")
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_NAMES = st.sampled_from(
    [
        "mainSearchCriteria.v.cs",
        "mainSearchCriteria.v.c",
        "mainSearchCriteria.v.dn",
        "informationRecipient.languageCode.c",
        "knowledgeResponseType",
        "callback",
        "other",
    ]
)
_VALUES = st.one_of(
    st.sampled_from(
        [
            "2.16.840.1.113883.6.90",
            "http://hl7.org/fhir/sid/icd-10-cm",
            "E83.42",
            "T46.6X5D",
            "G12.211",
            "en",
            "es",
            "text/xml",
            "application/json",
            "application/javascript",
            "cb",
        ]
    ),
    st.text(max_size=40),
)


def _readable(status: int, headers: dict[str, str], body: bytes) -> None:
    """A 200, 304 or 4xx whose body parses in the format its media type names."""
    assert status in {200, 304} or 400 <= status < 500, (status, body[:200])
    if status == 304:
        assert body == b""
        return
    media = headers["content-type"]
    if media.startswith("text/xml"):
        ET.fromstring(body)
    elif media.startswith("application/javascript"):
        text = body.decode("ascii")
        assert text.startswith("/**/") and text.endswith(");")
        json.loads(text[text.index("(") + 1 : -2])
    else:
        assert media == "application/json", media
        json.loads(body)
    assert headers["cache-control"]


@FUZZ
@given(pairs=st.lists(st.tuples(_NAMES, _VALUES), max_size=8))
def test_any_set_of_infobutton_parameters(pairs: list[tuple[str, str]]) -> None:
    query = "&".join(f"{quote(name)}={quote(value)}" for name, value in pairs).encode()
    _readable(*raw_call("GET", "/service", query=query))


@FUZZ
@given(query=st.binary(max_size=600))
def test_any_bytes_as_a_query_string(query: bytes) -> None:
    _readable(*raw_call("GET", "/service", query=query))


@FUZZ
@given(body=st.binary(max_size=2000))
def test_any_bytes_as_a_cds_hooks_body(body: bytes) -> None:
    _readable(*raw_call("POST", SERVICE, body=body))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
_PLACES = st.sampled_from(
    [
        (),
        ("prefetch",),
        ("prefetch", "conditions"),
        ("prefetch", "conditions", "entry"),
        ("prefetch", "conditions", "entry", 0),
        ("prefetch", "conditions", "entry", 0, "resource"),
        ("prefetch", "conditions", "entry", 0, "resource", "code"),
        ("prefetch", "conditions", "entry", 0, "resource", "code", "coding"),
        ("prefetch", "conditions", "entry", 0, "resource", "code", "coding", 0),
        ("prefetch", "conditions", "entry", 0, "resource", "code", "coding", 0, "code"),
        ("prefetch", "conditions", "entry", 0, "resource", "code", "coding", 0, "system"),
        ("prefetch", "conditions", "entry", 0, "resource", "resourceType"),
        ("prefetch", "conditions", "resourceType"),
        ("prefetch", "conditions", "entry", 0, "resource", "verificationStatus"),
        ("context",),
        ("hook",),
        ("hookInstance",),
    ]
)


def _replace(document: Any, place: tuple[Any, ...], value: object) -> Any:
    if not place:
        return value
    inner = document[place[0]] if len(place) > 1 else None
    document[place[0]] = _replace(inner, place[1:], value)
    return document


@FUZZ
@given(place=_PLACES, value=_JSON)
def test_a_patient_view_call_with_any_value_anywhere(place: tuple[Any, ...], value: object) -> None:
    request = _replace(hook_request(condition("E83.42", "T46.6X5D")), place, value)
    status, headers, body = raw_call("POST", SERVICE, body=json.dumps(request).encode())
    _readable(status, headers, body)
    if status == 200:
        jsonschema.validate(json.loads(body), RESPONSE)
