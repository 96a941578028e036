"""Property: any valid catalog survives a JSON export and load unchanged."""

from __future__ import annotations

import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import TODAY
from twitchfacts.catalog import Catalog
from twitchfacts.exports import json_format
from twitchfacts.model import GROUPS, PLACES, URGENCIES, Category, Cause, Code, RedFlag, Source
from twitchfacts.packs import load
from twitchfacts.rules import Settings, validate

#: Any text a person might type, including quotes, markup and emoji; never blank.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40).filter(str.strip)
#: One sentence: no sentence-ending punctuation inside.
SENTENCE = TEXT.map(lambda text: text.translate(str.maketrans("", "", ".!?"))).filter(str.strip)
SLUGS = st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True)
URLS = st.builds(
    "https://{}.example.org/{}".format,
    st.from_regex(r"[a-z]{1,10}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9_~-]{0,10}", fullmatch=True),
)
CODES = st.sampled_from(
    [
        Code(code="R25.3", display="Fasciculation"),
        Code(code="G12.21", display="Amyotrophic lateral sclerosis"),
        Code(code="E83.42", display="Hypomagnesemia"),
    ]
)
PAGES = st.builds(Source, title=TEXT, publisher=TEXT, url=URLS)
ARTICLES = st.builds(
    Source,
    title=TEXT,
    publisher=TEXT,
    url=URLS,
    kind=st.just("article"),
    doi=st.from_regex(r"10\.[0-9]{4,6}/[a-z0-9.]{1,8}", fullmatch=True),
    pmid=st.from_regex(r"[1-9][0-9]{0,7}", fullmatch=True) | st.just(""),
)
SOURCES = PAGES | ARTICLES
FLAGS = st.builds(RedFlag, text=TEXT, urgency=st.sampled_from(URGENCIES))
DATES = st.dates(min_value=TODAY - datetime.timedelta(days=700), max_value=TODAY)
#: After every review date, and not yet due.
NEXT_REVIEWS = st.dates(TODAY + datetime.timedelta(days=1), TODAY + datetime.timedelta(days=900))


@st.composite
def catalogs(draw: st.DrawFn) -> Catalog:
    category_ids = draw(st.lists(SLUGS, min_size=1, max_size=3, unique=True))
    categories = tuple(
        Category(
            id=cid, title=draw(TEXT), description=draw(TEXT), group=draw(st.sampled_from(GROUPS))
        )
        for cid in category_ids
    )
    cause_ids = draw(st.lists(SLUGS, min_size=0, max_size=4, unique=True))
    causes = tuple(
        Cause(
            id=cid,
            name=f"name of {cid}",
            category=draw(st.sampled_from(category_ids)),
            summary=draw(SENTENCE),
            explanation=draw(TEXT),
            self_care=tuple(draw(st.lists(TEXT, min_size=1, max_size=3))),
            see_a_doctor=tuple(draw(st.lists(FLAGS, min_size=1, max_size=3))),
            disclaimer=draw(TEXT),
            sources=tuple(draw(st.lists(SOURCES, min_size=1, max_size=2))),
            codes=tuple(draw(st.lists(CODES, max_size=2))),
            aliases=tuple(f"{cid} alias {n}" for n in range(draw(st.integers(0, 2)))),
            places=tuple(draw(st.lists(st.sampled_from(PLACES), unique=True, max_size=3))),
            last_reviewed=draw(DATES),
            next_review=draw(st.none() | NEXT_REVIEWS),
        )
        for cid in cause_ids
    )
    red_flags = (RedFlag(text=draw(TEXT), urgency="emergency"), *draw(st.lists(FLAGS, max_size=2)))
    return Catalog(
        categories=categories,
        causes=causes,
        disclaimer=draw(TEXT),
        reassurance=draw(TEXT),
        red_flags=red_flags,
        authorities=("example.org",),
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(catalog=catalogs())
def test_any_valid_catalog_round_trips_through_json(catalog: Catalog, tmp_path: Path) -> None:
    assert validate(catalog, Settings(today=TODAY)) == []
    path = tmp_path / "pack.json"
    text = json_format.dumps(catalog)
    path.write_text(text, encoding="utf-8")
    loaded = load(path)
    assert loaded == catalog
    assert json_format.dumps(loaded) == text
