"""The built site in English and Spanish: each page finds its other language; search in both."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import site_checks

pytestmark = pytest.mark.site

_ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')
_SWITCH = re.compile(r'<nav class="twitch-languages"[^>]*>(.*?)</nav>', re.S)


@pytest.fixture(scope="module")
def base_url(built_site: Path) -> Iterator[str]:
    with site_checks.serve(built_site) as url:
        yield url


def _resolve(name: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(name), href))


def _language_problems(site: Path, name: str) -> list[str]:
    """What is wrong with how page *name* names its language and its translations."""
    html = (site / name).read_text(encoding="utf-8")
    language = site_checks.language_of(name)
    found = []
    (tag,) = re.findall(r'<html[^>]* lang="([^"]+)"', html)
    if tag != language:
        found.append(f'<html lang="{tag}">')
    alternates = dict(_ALTERNATE.findall(html))
    switch = _SWITCH.search(html)
    if name.startswith("developers/") or name == "py-modindex.html":
        return (
            [*found, "a page kept in English names translations"] if alternates or switch else found
        )
    if set(alternates) != {*site_checks.SITE_LANGUAGES, "x-default"}:
        found.append(f"alternates {sorted(alternates)}")
    targets = {tag: _resolve(name, href) for tag, href in alternates.items()}
    if targets.get(language) != name:
        found.append("does not name itself")
    if targets.get("x-default") != targets.get("en"):
        found.append("x-default is not the English page")
    for other, target in targets.items():
        if not (site / target).is_file():
            found.append(f"{other}: {target} does not exist")
            continue
        back = dict(_ALTERNATE.findall((site / target).read_text(encoding="utf-8")))
        if _resolve(target, back.get(language, "")) != name:
            found.append(f"{target} does not name this page back")
    pattern = r'href="([^"]+)" hreflang="([^"]+)" lang="\2"'
    links = re.findall(pattern, switch[1]) if switch else []
    if len(links) != len(site_checks.SITE_LANGUAGES) - 1:
        found.append(f"language link: {links}")
    return found


def test_every_translated_page_names_each_language_and_is_named_back(built_site: Path) -> None:
    names = site_checks.pages(built_site)
    problems = {name: found for name in names if (found := _language_problems(built_site, name))}
    assert problems == {}
    assert len(names) > 100  # about 60 pages in each language


def test_json_ld_links_each_cause_page_to_its_translation(built_site: Path) -> None:
    name = "causes/rare-conditions/als.html"
    (english,), problems = site_checks.json_ld((built_site / name).read_text(encoding="utf-8"))
    (spanish,), more = site_checks.json_ld((built_site / "es" / name).read_text(encoding="utf-8"))
    assert problems == more == []
    assert english["inLanguage"] == "en"
    assert spanish["inLanguage"] == "es"
    (translation,) = english["workTranslation"]
    assert translation["inLanguage"] == "es"
    assert _resolve(name, translation["url"]) == "es/" + name
    assert _resolve("es/" + name, spanish["translationOfWork"]["url"]) == name


def test_searching_the_spanish_site_in_spanish_finds_the_page(browser: Any, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    try:
        # Spanish stemming: "párpados" (plural) finds the page about the eyelid.
        page.goto(base_url + "es/search.html?q=p%C3%A1rpados")
        results = page.locator("#search-results li a")
        results.first.wait_for(timeout=15_000)
        found = [link.get_attribute("href") or "" for link in results.all()]
    finally:
        context.close()
    assert any("eyelid-twitching.html" in href for href in found), found
