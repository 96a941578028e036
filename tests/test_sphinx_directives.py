"""The twitch domain's directives and roles, and the warnings they give."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from sphinx.errors import SphinxError

import twitchfacts
from sphinx_project import Project
from twitchfacts.exports import json_format
from twitchfacts.labels import PLACE_NAMES, URGENCY_ACTIONS, URGENCY_TITLES
from twitchfacts.model import URGENCIES

QUIET = {"twitchfacts_require_every_cause": False}


def _json_ld(html: str) -> list[dict[str, object]]:
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_cause_renders_every_field(project: Project) -> None:
    project.write({"index.rst": ".. twitch:cause:: als\n"}).build(**QUIET)
    als = twitchfacts.get("als")
    html = project.html("index")
    assert project.warnings == []
    assert '<section class="twitch-cause" id="cause-als">' in html
    for text in (als.summary, als.explanation, als.self_care[0], als.see_a_doctor[0].text):
        assert text in html
    assert "When to see a doctor" in html
    assert "Questions to ask your doctor" in html
    assert all(question in html for question in als.questions)
    assert "Last reviewed: " in html
    assert "G12.21" in html
    assert als.sources[0].url in html
    assert "twitch-badge-neurological" in html
    assert "Also called: amyotrophic lateral sclerosis" in html


def test_the_cause_is_indexed_and_in_the_inventory(project: Project) -> None:
    project.write({"index.rst": ".. twitch:cause:: als\n"}).build(**QUIET)
    domain = project.app.env.domains["twitch"]
    objects = list(domain.get_objects())
    assert ("als", "ALS (motor neurone disease)", "cause", "index", "cause-als", 1) in objects
    index = project.html("twitch-causeindex")
    assert "Lou Gehrig" in index
    assert "index.html#cause-als" in index
    from sphinx.util.inventory import InventoryFile

    with (project.app.outdir / "objects.inv").open("rb") as stream:
        inventory = InventoryFile.load(
            stream, "https://example.org", lambda base, uri: f"{base}/{uri}"
        )
    entry = inventory["twitch:cause"]["als"]
    assert entry.uri == "https://example.org/index.html#cause-als"
    assert entry.display_name == "ALS (motor neurone disease)"


def test_aliases_reach_the_search_index(project: Project) -> None:
    project.write({"index.rst": ".. twitch:cause:: als\n"}).build(**QUIET)
    search = (project.app.outdir / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(search.removeprefix("Search.setIndex(").removesuffix(")"))
    assert index["indexentries"]["als (motor neurone disease)"] == [[0, "cause-als", False]]
    assert "gehrig" in index["terms"]  # aliases are searchable page text


@pytest.mark.parametrize(
    ("options", "expected", "absent"),
    [
        ("", ["twitch-cause-cards", "Caffeine and other stimulants", "Isaacs syndrome"], []),
        (":category: medicines", ["Statins", "Asthma reliever"], ["Alcohol"]),
        (":group: neurological", ["ALS", "Multiple sclerosis"], ["Statins"]),
        (
            ":layout: list\n   :category: poisoning",
            ["twitch-cause-list", "Farm insecticide"],
            ["ALS"],
        ),
        (
            ":layout: table\n   :columns: name, codes, reviewed\n   :category: body-chemistry",
            ["twitch-cause-table", "E83.42", "Last reviewed"],
            ["In short"],
        ),
    ],
)
def test_causes_layouts_and_filters(
    project: Project, options: str, expected: list[str], absent: list[str]
) -> None:
    project.write({"index.rst": f".. twitch:causes::\n   {options}\n"}).build(**QUIET)
    html = project.html("index")
    assert project.warnings == []
    for text in expected:
        assert text in html
    for text in absent:
        assert text not in html


def test_cards_link_to_the_canonical_place(project: Project) -> None:
    project.write(
        {
            "index.rst": (
                ".. toctree::\n\n   statins\n\n.. twitch:causes::\n   :category: medicines\n"
            ),
            "statins.md": "```{twitch:cause} statins\n```\n",
        }
    ).build(**QUIET)
    assert 'href="statins.html#cause-statins"' in project.html("index")


def test_category_renders_intro_cards_and_toctree(project: Project) -> None:
    pages = {
        f"medicines/{cause.id}.md": f"```{{twitch:cause}} {cause.id}\n```\n"
        for cause in twitchfacts.by_category("medicines")
    }
    project.write(
        {"index.md": "```{twitch:category} medicines\n:toctree: medicines\n```\n", **pages}
    ).build(**QUIET)
    html = project.html("index")
    assert project.warnings == []
    assert 'id="category-medicines"' in html
    assert twitchfacts.load().get_category("medicines").description in html
    toctree = project.app.env.tocs["index"]
    assert "medicines/statins" in str(project.app.env.toctree_includes["index"])
    assert project.app.env.toctree_includes["index"] == [
        f"medicines/{cause.id}" for cause in twitchfacts.by_category("medicines")
    ]
    assert len(project.app.env.toctree_includes["index"]) == 5
    assert toctree is not None


def test_categories_shows_both_groups(project: Project) -> None:
    project.write({"index.md": "```{twitch:categories}\n```\n"}).build(**QUIET)
    html = project.html("index")
    assert html.index("Physiological") < html.index("Neurological")
    assert "Minerals, kidneys and hormones" in html


def test_red_flags_put_emergencies_first_and_link_causes(project: Project) -> None:
    project.write(
        {
            "index.rst": ".. toctree::\n\n   statins\n\n.. twitch:red-flags::\n",
            "statins.rst": ".. twitch:cause:: statins\n",
        }
    ).build(**QUIET)
    html = project.html("index")
    titles = [URGENCY_TITLES[urgency] for urgency in URGENCIES]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    for urgency in URGENCIES:
        assert f"twitch-{urgency}" in html
        assert URGENCY_ACTIONS[urgency] in html
    assert 'href="statins.html#cause-statins"' in html


@pytest.mark.parametrize(
    ("options", "present", "absent"),
    [
        (":urgency: emergency", ["Emergency: get help now"], ["See a doctor if", "Urgent:"]),
        (":urgency: urgent", ["Urgent: get help today"], ["See a doctor if", "Emergency:"]),
        (":urgency: routine", ["See a doctor if"], ["Emergency: get help now", "Urgent:"]),
        (":scope: general", ["lasts more than 2 weeks"], ["(ALS"]),
    ],
)
def test_red_flags_options(
    project: Project, options: str, present: list[str], absent: list[str]
) -> None:
    project.write({"index.rst": f".. twitch:red-flags::\n   {options}\n"}).build(**QUIET)
    html = project.html("index")
    for text in present:
        assert text in html
    for text in absent:
        assert text not in html


def test_disclaimer_reassurance_sources_and_pathway(project: Project) -> None:
    catalog = twitchfacts.load()
    project.write(
        {
            "index.md": """
            # Home

            ```{twitch:disclaimer}
            ```
            ```{twitch:reassurance}
            ```
            ```{twitch:sources}
            ```
            ```{twitch:pathway}
            ```
            """
        }
    ).build(**QUIET)
    html = project.html("index").split("</head>")[1]
    assert html.count(catalog.disclaimer) == 1  # the directive replaces the automatic one
    assert catalog.reassurance in html
    assert "https://www.nhs.uk/conditions/twitching-eyes-and-muscles/" in html
    assert html.count("https://www.nhs.uk/conditions/twitching-eyes-and-muscles/") == 1
    # Sources that only movements cite are listed too, saying what they back.
    tremor = html[html.index("https://www.nhs.uk/conditions/tremor/") :]
    assert "Cited for: telling movements apart: Tremor (shaking)." in tremor[:400]
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html
    assert 'aria-describedby="twitch-pathway-0"' in html
    assert '<ol class="simple twitch-pathway-steps" id="twitch-pathway-0">' in html


def test_every_page_gets_the_disclaimer_under_its_title_when_asked(project: Project) -> None:
    project.write({"index.md": "# Title\n\nText.\n", "other.rst": "Plain\n=====\n\n.. toctree::\n"})
    project.build(
        html_theme="furo",
        twitchfacts_page_disclaimer="top",
        suppress_warnings=["toc.not_included"],
        **QUIET,
    )
    catalog = twitchfacts.load()
    html = project.html("index")
    assert html.index("<h1>Title") < html.index(catalog.disclaimer) < html.index("<p>Text.")
    assert catalog.disclaimer in project.html("other")
    assert catalog.disclaimer in project.html("search")  # in the theme's announcement slot


def test_by_default_only_pages_that_show_content_get_the_disclaimer(project: Project) -> None:
    project.write(
        {
            "index.md": "# Title\n\n```{toctree}\nals\nlinks\n```\n",
            "als.md": "# ALS\n\n```{twitch:cause} als\n```\n",
            "links.md": "# Links\n\nSee {twitch:cause}`als`.\n",
        }
    ).build(html_theme="furo", **QUIET)
    disclaimer = twitchfacts.load().disclaimer
    assert disclaimer in project.html("als")
    for page in ("index", "links", "search"):
        assert disclaimer not in project.html(page), page


def test_the_page_disclaimer_can_be_switched_off(project: Project) -> None:
    project.write({"index.md": "# Title\n"}).build(twitchfacts_page_disclaimer="none", **QUIET)
    assert twitchfacts.load().disclaimer not in project.html("index")


def test_roles_use_the_cause_name_or_an_explicit_title(project: Project) -> None:
    project.write(
        {
            "index.rst": (
                ".. toctree::\n\n   als\n\n"
                "See :twitch:cause:`als`, :twitch:cause:`that page <als>` and"
                " :twitch:category:`medicines`.\n\n.. twitch:category:: medicines\n"
            ),
            "als.rst": ".. twitch:cause:: als\n",
        }
    ).build(**QUIET)
    html = project.html("index")
    assert re.search(
        r'href="als.html#cause-als"><span[^>]*>ALS \(motor neurone disease\)</span>', html
    )
    assert re.search(r'href="als.html#cause-als"><span[^>]*>that page</span>', html)
    assert re.search(r'href="#category-medicines"><span[^>]*>Medicines</span>', html)
    assert "<code" not in html.split("<p>See")[1].split("</p>")[0]


def test_json_ld_in_the_head_of_pages_with_causes(project: Project) -> None:
    project.write(
        {
            "index.rst": "Home\n====\n\n.. toctree::\n\n   als\n   plain\n",
            "als.rst": ".. twitch:cause:: als\n",
            "plain.rst": "Plain\n=====\n\nNo causes here.\n",
        }
    ).build(**QUIET)
    html = project.html("als")
    head = html.split("</head>")[0]
    (document,) = _json_ld(head)
    assert document["@type"] == "MedicalWebPage"
    assert document["name"] == "ALS (motor neurone disease)"
    cause = document["about"]["cause"][0]  # type: ignore[index]
    assert cause["@id"] == "#cause-als"
    assert _json_ld(project.html("plain")) == []
    project.build(twitchfacts_jsonld=False, **QUIET)
    assert _json_ld(project.html("als")) == []


# --- warnings ---------------------------------------------------------------------------


def _warned(project: Project, subtype: str) -> list[str]:
    return [line for line in project.warnings if line.endswith(f"[twitchfacts.{subtype}]")]


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        (
            ".. twitch:cause:: alss\n",
            "index.rst:1: WARNING: no cause with id 'alss' in twitchfacts.content;"
            " did you mean 'als'?",
        ),
        (".. twitch:category:: medicine\n", "index.rst:1: WARNING: no category with id 'medicine'"),
        (".. twitch:causes::\n   :category: medicine\n", "did you mean 'medicines'?"),
        (
            "Text :twitch:cause:`statin` here.\n",
            "index.rst:1: WARNING: no cause with id 'statin' in twitchfacts.content or in any"
            " intersphinx inventory; did you mean 'statins'?",
        ),
        ("Text :twitch:category:`poison` here.\n", "did you mean 'poisoning'?"),
    ],
)
def test_unknown_ids_warn_with_location_and_close_matches(
    project: Project, source: str, fragment: str
) -> None:
    project.write({"index.rst": source}).build(warnings=True, **QUIET)
    (warning,) = _warned(project, "unknown-id")
    assert fragment in warning


@pytest.mark.parametrize(
    "source",
    [
        ".. twitch:causes::\n   :layout: grid\n",
        ".. twitch:causes::\n   :group: muscular\n",
        ".. twitch:causes::\n   :layout: table\n   :columns: name, colour\n",
        ".. twitch:red-flags::\n   :urgency: soon\n",
    ],
)
def test_bad_options_warn_and_fall_back(project: Project, source: str) -> None:
    project.write({"index.rst": source}).build(warnings=True, **QUIET)
    (warning,) = _warned(project, "option")
    assert "index.rst:1: WARNING:" in warning


def test_a_cause_rendered_twice_warns_at_the_second_place(project: Project) -> None:
    project.write(
        {
            "index.rst": ".. toctree::\n\n   a\n   b\n",
            "a.rst": ".. twitch:cause:: als\n",
            "b.rst": "B\n=\n\n.. twitch:cause:: als\n",
        }
    ).build(warnings=True, **QUIET)
    (warning,) = _warned(project, "duplicate")
    assert "b.rst:4: WARNING: cause 'als' is already rendered at a:1" in warning
    assert project.app.env.domains["twitch"].places("cause")["als"][0] == "a"


def test_no_index_allows_a_second_rendering(project: Project) -> None:
    project.write(
        {
            "index.rst": ".. toctree::\n\n   a\n\n.. twitch:cause:: als\n   :no-index:\n",
            "a.rst": ".. twitch:cause:: als\n",
        }
    ).build(**QUIET)
    assert _warned(project, "duplicate") == []


def test_unrendered_causes_warn_when_every_cause_is_required(project: Project) -> None:
    project.write({"index.rst": ".. twitch:cause:: als\n"})
    project.build(twitchfacts_require_every_cause=True, warnings=True)
    unrendered = _warned(project, "unrendered")
    assert len(unrendered) == len(twitchfacts.causes()) - 1 + len(twitchfacts.categories())
    assert any(
        "cause 'statins' of twitchfacts.content is rendered nowhere" in w for w in unrendered
    )


def test_warnings_can_be_suppressed_by_subtype(project: Project) -> None:
    project.write({"index.rst": ".. twitch:cause:: als\n"})
    project.build(
        twitchfacts_require_every_cause=True, suppress_warnings=["twitchfacts.unrendered"]
    )


def test_a_missing_cause_page_in_a_category_toctree_warns(project: Project) -> None:
    project.write({"index.md": "```{twitch:category} poisoning\n:toctree: poisoning\n```\n"})
    project.build(warnings=True, **QUIET)
    (warning,) = _warned(project, "missing-page")
    assert "no page 'poisoning/pesticide-poisoning'" in warning


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("twitchfacts_page_disclaimer", "bottom"),
        ("twitchfacts_jsonld", "yes"),
        ("twitchfacts_content", 42),
        ("twitchfacts_review_interval", 0),
        ("twitchfacts_review_interval", "2 years"),
    ],
)
def test_bad_config_values_warn_and_use_defaults(
    project: Project, setting: str, value: object
) -> None:
    project.write({"conf.py": f"extensions = ['twitchfacts.sphinxext']\n{setting} = {value!r}\n"})
    project.write({"index.rst": "Home\n====\n"}).build(warnings=True, **QUIET)
    (warning,) = _warned(project, "config")
    assert f"{setting} = {value!r} is not valid" in warning
    assert getattr(project.app.config, setting) != value


@pytest.mark.parametrize(
    ("interval", "expected"),
    [(None, "Next review due: November 24, 2028."), (365, "Next review due: November 25, 2027.")],
)
def test_a_cause_shows_when_it_was_reviewed_and_is_due_again(
    project: Project, interval: int | None, expected: str
) -> None:
    conf = {} if interval is None else {"twitchfacts_review_interval": interval}
    project.write({"index.rst": ".. twitch:cause:: als\n"}).build(**QUIET, **conf)
    html = project.html("index")
    assert "Last reviewed: November 25, 2026." in html
    assert expected in html


def test_a_cause_page_links_each_article_by_its_doi(project: Project) -> None:
    project.write({"index.rst": ".. twitch:cause:: benign-twitching\n"}).build(**QUIET)
    html = project.html("index")
    cause = twitchfacts.get("benign-twitching")
    articles = [source for source in cause.sources if source.kind == "article"]
    assert articles
    for source in articles:
        if source.doi:
            assert f'href="https://doi.org/{source.doi}"' in html
        if source.pmid:
            assert f'href="https://pubmed.ncbi.nlm.nih.gov/{source.pmid}/"' in html


def test_a_broken_pack_warns_instead_of_raising(project: Project) -> None:
    project.write({"broken.json": "{not json", "index.rst": ".. twitch:cause:: als\n"})
    project.build(twitchfacts_content="broken.json", warnings=True, **QUIET)
    (warning,) = _warned(project, "content")
    assert "broken.json:1:2: not valid JSON" in warning
    assert _warned(project, "unknown-id")


def test_warnings_fail_the_build_under_w(project: Project) -> None:
    project.write({"index.rst": ".. twitch:cause:: alss\n"})
    with pytest.raises(SphinxError, match="alss"):
        project.make_app(
            "html",
            srcdir=project.root,
            builddir=project.root / "_build",
            confoverrides=QUIET,
            warningiserror=True,
            exception_on_warning=True,
        ).build()


def test_readability_figures_are_computed_at_build_time(project: Project) -> None:
    from twitchfacts.prose import reading

    project.write({"index.md": "# Reading\n\n```{twitch:readability}\n```\n"}).build(**QUIET)
    html = project.html("index")
    figures = reading.overall(reading.measure(twitchfacts.load()), twitchfacts.load())
    assert "6 or lower" in html
    assert f"grade {figures['all_text']['grade']:.1f}" in html
    assert "twitch-readability-causes" in html
    per_cause = html[html.index("twitch-readability-causes") :]
    header = per_cause[: per_cause.index("</thead>")]
    assert "Questions to ask" in header
    assert "Movement:" not in header  # movements have no row here, so no column
    assert "Movement: what it feels like" in html  # they are in the table by kind


def test_the_page_disclaimer_links_to_the_help_page(project: Project) -> None:
    project.write(
        {
            "index.md": "# Home\n\n```{toctree}\nhelp\n```\n",
            "help.md": "# When to see a doctor\n\n```{twitch:red-flags}\n```\n",
        }
    ).build(
        twitchfacts_help_page="help", twitchfacts_page_disclaimer="top", html_theme="furo", **QUIET
    )
    assert 'class="twitch-help-link"><a class="reference internal" href="help.html">' in (
        project.html("index")
    )
    assert "twitch-help-link" not in project.html("help")  # no link to itself
    assert '<a href="help.html">When to see a doctor</a>' in project.html("search")


def test_a_missing_help_page_warns(project: Project) -> None:
    project.write({"index.md": "# Home\n"}).build(
        twitchfacts_help_page="nowhere", warnings=True, **QUIET
    )
    (warning,) = _warned(project, "config")
    assert "twitchfacts_help_page = 'nowhere' names no document" in warning


# --- a description for search engines on every page -----------------------------------------


def _description(html: str) -> str:
    tags = re.findall(r'<meta [^>]*name="description"[^>]*>', html)
    assert len(tags) == 1, tags
    content = re.search(r'content="([^"]*)"', tags[0])
    assert content
    return content.group(1)


def test_every_page_gets_a_description_from_what_it_shows(project: Project) -> None:
    import twitchfacts

    builtin = twitchfacts.load()
    project.write(
        {
            "index.md": """
            # Home

            ```{toctree}
            cause
            category
            own
            ```

            Plain words about this site, long enough to show that a description is cut at a
            word and ends with an ellipsis, because search engines show only so much of it and
            the rest would be lost anyway.
            """,
            "cause.md": "# ALS\n\n```{twitch:cause} als\n```\n",
            "category.md": "# Medicines\n\n```{twitch:category} medicines\n```\n",
            "own.rst": "Own\n===\n\n.. meta::\n   :description: Written by hand.\n\nText.\n",
        }
    )
    project.build()
    assert _description(project.html("cause")) == builtin.get("als").summary
    medicines = builtin.get_category("medicines").description
    assert _description(project.html("category")).startswith(medicines[:100].rsplit(" ", 1)[0])
    home = _description(project.html("index"))
    assert home.startswith("Plain words about this site")
    assert home.endswith("\u2026") and len(home) <= 155
    assert _description(project.html("own")) == "Written by hand."


def test_a_description_never_comes_from_the_disclaimer(project: Project) -> None:
    project.write({"index.md": "# Home\n\n```{twitch:disclaimer}\n```\n\nThe page itself.\n"})
    project.build()
    assert _description(project.html("index")) == "The page itself."


def test_medical_codes_wait_closed_for_health_professionals(project: Project) -> None:
    project.write({"index.rst": ".. twitch:cause:: als\n"}).build(**QUIET)
    html = project.html("index")
    closed = re.search(
        r'<details class="[^"]*twitch-professional[^"]*">(.*?)</details>', html, re.S
    )
    assert closed, "the codes are not in a closed <details>"
    assert "<summary>For health professionals</summary>" in closed.group(1)
    assert "G12.21" in closed.group(1)
    assert "G12.21" not in html.replace(closed.group(0), "").split("application/ld+json")[0]


def test_other_builders_show_the_codes_in_full(project: Project) -> None:
    project.write({"index.rst": ".. twitch:cause:: als\n"}).build("text", **QUIET)
    text = (project.app.outdir / "index.txt").read_text(encoding="utf-8")
    assert "Medical codes" in text
    assert "G12.21" in text


# --- where readers feel it ------------------------------------------------------------------


def test_a_place_page_shows_its_causes_the_anywhere_ones_and_quick_help(project: Project) -> None:
    builtin = twitchfacts.load()
    project.write({"index.rst": "Eyelid\n======\n\n.. twitch:place:: eyelid\n"}).build(**QUIET)
    html = project.html("index")
    cards, _, rest = html.partition("Causes that can show anywhere in the body")
    anywhere, _, help_part = rest.partition("When to get help quickly")
    for cause in builtin.by_place("eyelid"):
        assert cause.name in cards, cause.id
    assert builtin.get("als").name not in html
    for cause in builtin.by_place("all-over"):
        if "eyelid" not in cause.places:
            assert cause.name in anywhere, cause.id
    eyelid = builtin.get("eyelid-twitching")
    urgent = [flag for flag in eyelid.see_a_doctor if flag.urgency == "urgent"]
    routine = [flag for flag in eyelid.see_a_doctor if flag.urgency == "routine"]
    assert urgent[0].text in help_part
    assert routine[0].text not in help_part
    assert builtin.disclaimer in html  # the page shows content


def test_an_unknown_place_is_a_located_warning(project: Project) -> None:
    project.write({"index.rst": "Eyelid\n======\n\n.. twitch:place:: eylid\n"})
    project.build(warnings=True, **QUIET)
    assert any(
        "index.rst:4: WARNING: 'eylid' is not a place on the body" in w
        and "did you mean 'eyelid'" in w
        for w in project.warnings
    ), project.warnings


def test_causes_filter_by_place(project: Project) -> None:
    builtin = twitchfacts.load()
    project.write(
        {
            "index.rst": (
                "Mouth\n=====\n\n.. twitch:causes::\n   :layout: list\n"
                "   :place: mouth-and-tongue\n"
            )
        }
    ).build(**QUIET)
    html = project.html("index")
    shown = [
        cause.id
        for cause in builtin.causes
        if f'href="#cause-{cause.id}"' in html or f">{cause.name}<" in html
    ]
    assert set(shown) == {cause.id for cause in builtin.by_place("mouth-and-tongue")}


def test_moving_a_cause_to_a_place_updates_that_place_page(project: Project) -> None:
    from twitchfacts.exports import json_format

    builtin = twitchfacts.load()
    project.write(
        {
            "pack.json": json_format.dumps(builtin),
            "index.rst": "Trunk\n=====\n\n.. twitch:place:: trunk\n",
        }
    ).build(twitchfacts_content="pack.json", **QUIET)
    assert builtin.get("overexertion").name not in project.html("index")
    moved = json.loads(json_format.dumps(builtin))
    for cause in moved["causes"]:
        if cause["id"] == "overexertion":
            cause["places"] = [*cause["places"], "trunk"]
    (project.root / "pack.json").write_text(json.dumps(moved), encoding="utf-8")
    project.build(twitchfacts_content="pack.json", **QUIET)
    assert "index" in project.read
    assert builtin.get("overexertion").name in project.html("index")


def test_the_body_map_links_each_place_that_has_causes(project: Project) -> None:
    from twitchfacts.model import PLACES

    pages = {f"places/{place}.rst": f"{place}\n{'=' * len(place)}\n\nText.\n" for place in PLACES}
    toctree = "".join(f"   places/{place}\n" for place in PLACES)
    project.write(
        {
            "index.rst": f"Home\n====\n\n.. twitch:body-map::\n\n.. toctree::\n\n{toctree}",
            **pages,
        }
    ).build(**QUIET)
    html = project.html("index")
    figure = re.search(r'<figure class="[^"]*twitch-body-map[^"]*".*?</figure>', html, re.S)
    assert figure, "no body map"
    svg, _, caption = figure.group(0).partition("</svg>")
    for place in PLACES:
        name = PLACE_NAMES[place]
        assert f'<a class="twitch-map-part" href="places/{place}.html" aria-label="{name}">' in svg
        assert f'href="places/{place}.html"' in caption and f">{name}<" in caption
    assert 'role="group"' in svg and "<title id=" in svg


def test_the_body_map_warns_about_a_missing_place_page(project: Project) -> None:
    project.write({"index.rst": "Home\n====\n\n.. twitch:body-map::\n   :pages: parts/{place}\n"})
    project.build(warnings=True, **QUIET)
    missing = [w for w in project.warnings if "twitchfacts.missing-page" in w]
    assert len(missing) == 7, project.warnings
    assert "index.rst:4: WARNING: no page 'parts/face' for the place 'face'" in missing[0]


def test_other_builders_show_the_body_map_as_its_list_of_links(project: Project) -> None:
    from twitchfacts.model import PLACES

    pages = {f"places/{place}.rst": f"{place}\n{'=' * len(place)}\n\nText.\n" for place in PLACES}
    toctree = "".join(f"   places/{place}\n" for place in PLACES)
    project.write(
        {"index.rst": f"Home\n====\n\n.. twitch:body-map::\n\n.. toctree::\n\n{toctree}", **pages}
    ).build("text", **QUIET)
    text = (project.app.outdir / "index.txt").read_text(encoding="utf-8")
    for place in PLACES:
        assert PLACE_NAMES[place] in text


def test_the_body_map_draws_the_eyelids_over_the_face_and_keeps_reading_order(
    project: Project,
) -> None:
    from twitchfacts.model import PLACES

    pages = {f"places/{place}.rst": f"{place}\n{'=' * len(place)}\n\nText.\n" for place in PLACES}
    toctree = "".join(f"   places/{place}\n" for place in PLACES)
    project.write(
        {"index.rst": f"Home\n====\n\n.. twitch:body-map::\n\n.. toctree::\n\n{toctree}", **pages}
    ).build(**QUIET)
    svg = project.html("index").partition("</svg>")[0]
    order = re.findall(r'<a class="twitch-map-part" href="places/([a-z-]+)\.html"', svg)
    assert order == ["face", "eyelid", "mouth-and-tongue", "trunk", "arms-and-hands",
                     "legs-and-feet", "all-over"]  # fmt: skip


def test_a_place_page_added_later_is_linked_from_the_map(project: Project) -> None:
    project.write(
        {
            "index.rst": "Home\n====\n\n.. twitch:body-map::\n\n.. toctree::\n\n   places/eyelid\n",
            "places/eyelid.rst": "Eyelid\n======\n\nText.\n",
        }
    ).build(warnings=True, **QUIET)
    assert 'href="places/face.html"' not in project.html("index")
    project.write(
        {
            "index.rst": (
                "Home\n====\n\n.. twitch:body-map::\n\n.. toctree::\n\n   places/eyelid\n"
                "   places/face\n"
            ),
            "places/face.rst": "Face\n====\n\nText.\n",
        }
    ).build(warnings=True, **QUIET)
    assert 'href="places/face.html"' in project.html("index")


def test_an_unknown_place_option_selects_nothing(project: Project) -> None:
    project.write({"index.rst": "Home\n====\n\n.. twitch:causes::\n   :place: eylid\n"})
    project.build(warnings=True, **QUIET)
    assert any(":place: 'eylid' is not a place" in w for w in project.warnings)
    assert "No causes to show." in project.html("index")


def test_without_a_base_url_the_paper_shows_the_page_path(project: Project) -> None:
    project.write(
        {
            "index.rst": "Home\n====\n\n.. toctree::\n\n   sub/als\n",
            "sub/als.rst": "ALS\n===\n\n.. twitch:cause:: als\n",
        }
    ).build(**QUIET)
    html = (project.app.outdir / "sub" / "als.html").read_text(encoding="utf-8")
    assert '<span class="twitch-print-url" data-relative>sub/als.html</span>' in html


def test_a_place_page_links_to_the_page_about_when_to_see_a_doctor(project: Project) -> None:
    project.write(
        {
            "index.rst": "Eyelid\n======\n\n.. twitch:place:: eyelid\n\n.. toctree::\n\n   help\n",
            "help.rst": "When to see a doctor\n====================\n\n.. twitch:red-flags::\n",
        }
    ).build(twitchfacts_help_page="help", **QUIET)
    help_part = project.html("index").partition("When to get help quickly")[2]
    assert 'href="help.html"' in help_part.partition("twitch-flag-")[0]


# --- twitch:movements ------------------------------------------------------------------


def test_movements_table_tells_each_movement_apart_with_links(project: Project) -> None:
    project.write(
        {
            "index.rst": "Home\n====\n\n.. toctree::\n\n   moves\n   all\n",
            "moves.rst": "Is it a twitch?\n===============\n\n.. twitch:movements::\n",
            "all.rst": "All\n===\n\n.. twitch:cause:: statins\n",
        }
    ).build(**QUIET)
    html = project.html("moves")
    movements = twitchfacts.movements()
    table = html[html.index('<table class="twitch-movements') : html.index("</table>")]
    assert "<caption>" in table
    assert "How to tell a twitch from other movements" in table
    assert table.count('<th class="stub">') == len(movements)
    for movement in movements:
        assert f'id="movement-{movement.id}"' in table
        assert movement.feels_like in table
        assert movement.usual_cause in table
        assert all(flag.text in table for flag in movement.get_help)
    cramp = table[table.index('id="movement-cramp"') : table.index('id="movement-tremor"')]
    # Most urgent first, under the titles the cause pages use.
    assert cramp.index(URGENCY_TITLES["urgent"]) < cramp.index(URGENCY_TITLES["routine"])
    assert 'href="all.html#cause-statins"' in cramp
    assert "Statins (cholesterol medicines)" in cramp
    # Each sign carries its urgency, as on the cause pages (the style checks rely on it).
    assert '<p class="twitch-flag-urgent">' in cramp
    assert '<p class="twitch-flag-routine">' in cramp
    # Each cell carries its own heading for the stacked phone layout.
    assert cramp.count('class="twitch-cell-label"') == 3


def test_a_movement_link_to_a_cause_the_build_left_out_is_dropped_with_a_warning(
    project: Project,
) -> None:
    catalog = twitchfacts.load()
    cramp = next(movement for movement in catalog.movements if movement.id == "cramp")
    broken = dataclasses.replace(cramp, causes=("statinz", "statins"))
    project.write(
        {
            "pack.json": json_format.dumps(catalog.replace(movements=(broken,))),
            "index.rst": "Moves\n=====\n\n.. twitch:movements::\n",
        }
    )
    project.build(warnings=True, twitchfacts_content="pack.json", **QUIET)
    assert any(
        "movement:cramp.causes[0]: unknown-cause: no cause has id 'statinz'" in warning
        and "did you mean 'statins'" in warning
        for warning in project.warnings
    )
    html = project.html("index")
    assert "statinz" not in html
    assert "#cause-statins" in html or "Statins (cholesterol medicines)" in html


def test_a_pack_without_movements_gives_a_located_warning_and_no_table(project: Project) -> None:
    catalog = twitchfacts.load().replace(movements=())
    project.write(
        {
            "pack.json": json_format.dumps(catalog),
            "index.rst": "Moves\n=====\n\n.. twitch:movements::\n",
        }
    )
    project.build(warnings=True, twitchfacts_content="pack.json", **QUIET)
    assert len(project.warnings) == 1
    assert "index.rst:4" in project.warnings[0]
    assert "has no movements to tell apart" in project.warnings[0]
    assert "twitch-movements" not in project.html("index")


def test_a_captioned_table_keeps_its_id_once_under_furo(project: Project) -> None:
    project.write(
        {"index.rst": "Home\n====\n\n.. table:: Kinds\n\n   ===  ===\n   a    b\n   ===  ===\n"}
    ).build(html_theme="furo", **QUIET)
    html = project.html("index")
    assert '<div class="table-wrapper' in html  # furo wrapped it
    (table_id,) = re.findall(r'<table class="[^"]*" id="([^"]+)"', html)
    assert html.count(f'id="{table_id}"') == 1


# --- a site in another language ------------------------------------------------------------


def test_a_spanish_build_shows_the_spanish_content(project: Project) -> None:
    project.write({"index.rst": ".. twitch:cause:: als\n"}).build(language="es", **QUIET)
    html = project.html("index")
    spanish = twitchfacts.get("als", lang="es")
    assert '<html lang="es"' in html
    assert spanish.summary in html
    assert spanish.see_a_doctor[0].text in html
    assert twitchfacts.get("als").summary not in html
    # The extension's own words come in Spanish too.
    assert "Cuándo consultar a un médico" in html
    assert "Emergencia: busque ayuda ahora si" in html
    assert "Para profesionales de la salud" in html
    assert "Imprimir esta página</button>" in html
    assert "Esta página está en internet en" in html
    assert "When to see a doctor" not in html.split("</head>", 1)[1]
    (document,) = _json_ld(html)
    assert document["inLanguage"] == "es"
    # And an English build in the same process is English again.
    project.build(**QUIET)
    assert "When to see a doctor" in project.html("index")


def test_a_language_the_pack_lacks_is_a_warning_and_the_english_is_shown(
    project: Project,
) -> None:
    project.write({"index.rst": ".. twitch:cause:: als\n"})
    project.build(language="fr", warnings=True, **QUIET)
    assert any("no translation into 'fr'" in warning for warning in project.warnings)
    assert twitchfacts.get("als").summary in project.html("index")


def test_a_missing_language_is_said_again_by_every_build_that_reuses_the_content(
    project: Project,
) -> None:
    project.write({"index.rst": ".. twitch:cause:: als\n"})
    for _ in range(2):
        project.build(language="fr", warnings=True, **QUIET)
        assert any("no translation into 'fr'" in warning for warning in project.warnings)
