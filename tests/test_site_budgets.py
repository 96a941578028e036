"""The built site on a weak phone signal: sizes, not times (issue 11 §4).

Each reader page must load in full with at most 25 KB of gzip, hold up
rendering with no script, and link no stylesheet or script it does not use;
a search for a common word must stay under 80 KB. Sizes are measured in
Chromium on a phone's viewport, through a loopback host that serves the
build's pre-compressed copies as a static host would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import site_checks

pytestmark = pytest.mark.site

#: Pages for developers and Sphinx's generated indexes; everything else is
#: a page for readers.
NOT_FOR_READERS = ("developers/", "genindex.html", "py-modindex.html", "search.html")


def reader_pages(site: Path) -> list[str]:
    return [
        name
        for name in site_checks.pages(site)
        if not site_checks.path_in_language(name).startswith(NOT_FOR_READERS)
    ]


@pytest.fixture(scope="module")
def base_url(built_site: Path) -> Iterator[str]:
    with site_checks.serve(built_site) as url:
        yield url


def test_the_reader_pages_include_every_kind_of_page(built_site: Path) -> None:
    names = reader_pages(built_site)
    for expected in ("index.html", "when-to-see-a-doctor.html", "places/eyelid.html"):
        assert expected in names
    assert any(name.startswith("causes/rare-conditions/") for name in names)
    assert not any(name.startswith("developers/") for name in names)


def test_every_reader_page_loads_in_full_within_its_budget(
    browser: Any, built_site: Path, base_url: str
) -> None:
    found = {}
    context = browser.new_context(viewport=site_checks.PHONE)
    try:
        for name in reader_pages(built_site):
            page = context.new_page()
            sizes = site_checks.downloads(page, base_url, built_site, name)
            page.close()
            assert name in sizes, f"{name} itself was not fetched: {sorted(sizes)}"
            problems = site_checks.over_budget(sizes, site_checks.PAGE_BUDGET)
            if problems:
                found[name] = problems
    finally:
        context.close()
    assert found == {}


def test_no_reader_page_has_a_script_that_blocks_rendering(built_site: Path) -> None:
    found = {
        name: problems
        for name in reader_pages(built_site)
        if (problems := site_checks.blocking_scripts((built_site / name).read_text("utf-8")))
    }
    assert found == {}


def test_no_page_links_a_stylesheet_or_script_it_does_not_use(built_site: Path) -> None:
    found = {
        name: problems
        for name in site_checks.pages(built_site)
        if (problems := site_checks.unused_assets((built_site / name).read_text("utf-8"), name))
    }
    assert found == {}


def test_a_search_for_a_common_word_stays_within_its_budget(
    browser: Any, built_site: Path, base_url: str
) -> None:
    context = browser.new_context(viewport=site_checks.PHONE)
    try:
        page = context.new_page()
        sizes = site_checks.downloads(
            page,
            base_url,
            built_site,
            "search.html?q=twitching",
            ready="() => document.querySelectorAll('#search-results li').length > 20",
        )
        results = page.locator("#search-results li").count()
    finally:
        context.close()
    assert "searchindex.js" in sizes
    assert site_checks.over_budget(sizes, site_checks.SEARCH_BUDGET) == []
    assert results > 20
