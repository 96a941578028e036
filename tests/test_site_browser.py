"""The built site in a real browser: accessibility, phones, disclaimer, focus."""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import site_checks
import twitchfacts

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def base_url(built_site: Path) -> Iterator[str]:
    with site_checks.serve(built_site) as url:
        yield url


def _each_page(
    browser: Any, site: Path, base_url: str, check: Any, **context: Any
) -> dict[str, list[str]]:
    found = {}
    page_context = browser.new_context(**context)
    page = page_context.new_page()
    try:
        for name in site_checks.pages(site):
            page.goto(base_url + name)
            problems = check(page, name)
            if problems:
                found[name] = problems
    finally:
        page_context.close()
    return found


def _expected(language: str) -> tuple[str, str]:
    """The disclaimer and the words "When to see a doctor", in a page's language."""
    from twitchfacts.labels import translator

    lang = None if language == site_checks.SITE_LANGUAGES[0] else language
    return twitchfacts.load(lang=lang).disclaimer, translator(lang)("When to see a doctor")


def test_the_site_has_pages(built_site: Path) -> None:
    names = site_checks.pages(built_site)
    assert len(names) > 40
    assert "causes/rare-conditions/als.html" in names
    assert "search.html" in names
    # The Spanish site has every page but the developer ones (and the index
    # of their Python modules), which stay in English.
    english = {name for name in names if site_checks.language_of(name) == "en"}
    spanish = {
        site_checks.path_in_language(name)
        for name in names
        if site_checks.language_of(name) == "es"
    }
    developers = ("developers/", "py-modindex.html")
    assert spanish == {name for name in english if not name.startswith(developers)}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_accessibility_violations(
    browser: Any, built_site: Path, base_url: str, scheme: str
) -> None:
    found = _each_page(
        browser,
        built_site,
        base_url,
        lambda page, _: site_checks.axe_violations(page),
        color_scheme=scheme,
        viewport=site_checks.DESKTOP,
    )
    assert found == {}


def test_on_a_phone_nothing_scrolls_sideways_and_help_is_on_the_first_screen(
    browser: Any, built_site: Path, base_url: str
) -> None:
    def check(page: Any, name: str) -> list[str]:
        disclaimer, help_words = _expected(site_checks.language_of(name))
        problems = site_checks.sideways_scroll(page)
        problems += site_checks.visible_in_first_screen(page, disclaimer, what="the disclaimer")
        if site_checks.path_in_language(name) != "when-to-see-a-doctor.html":
            problems += site_checks.visible_in_first_screen(
                page, help_words, what="the 'When to see a doctor' link"
            )
        return problems

    found = _each_page(
        browser, built_site, base_url, check, viewport=site_checks.PHONE, is_mobile=True
    )
    assert found == {}


def test_every_page_shows_the_disclaimer_and_cause_pages_say_when_to_see_a_doctor(
    browser: Any, built_site: Path, base_url: str
) -> None:

    def check(page: Any, name: str) -> list[str]:
        disclaimer, help_words = _expected(site_checks.language_of(name))
        problems = []
        if not page.get_by_text(disclaimer).first.is_visible():
            problems.append("no visible disclaimer")
        cause_id = name.rsplit("/", 1)[-1].removesuffix(".html")
        path = site_checks.path_in_language(name)
        if path.count("/") == 2 and path.startswith("causes/"):
            heading = page.locator(f"#cause-{cause_id}-see-a-doctor h2")
            if heading.count() != 1 or heading.inner_text().strip() != help_words:
                problems.append("no 'When to see a doctor' block")
            elif page.locator(f"#cause-{cause_id}-see-a-doctor .admonition").count() < 1:
                problems.append("'When to see a doctor' has no red flags")
        return problems

    found = _each_page(browser, built_site, base_url, check, viewport=site_checks.DESKTOP)
    assert found == {}


def test_keyboard_focus_reaches_every_link_in_order(
    browser: Any, built_site: Path, base_url: str
) -> None:
    found = _each_page(
        browser,
        built_site,
        base_url,
        lambda page, _: site_checks.focus_order(page),
        viewport=site_checks.DESKTOP,
    )
    assert found == {}


@pytest.mark.parametrize("theme", ["furo", "alabaster"])
def test_the_three_urgency_boxes_differ_by_words_and_icon_not_colour_alone(
    browser: Any, tmp_path: Path, theme: str
) -> None:
    from site_fixtures import build_site
    from twitchfacts.labels import URGENCY_TITLES
    from twitchfacts.model import URGENCIES

    source = tmp_path / "source"
    source.mkdir()
    (source / "conf.py").write_text(
        f'extensions = ["twitchfacts.sphinxext"]\nhtml_theme = "{theme}"\n'
        "twitchfacts_require_every_cause = False\n",
        encoding="utf-8",
    )
    (source / "index.rst").write_text(
        "When to see a doctor\n====================\n\n.. twitch:red-flags::\n   :scope: general\n",
        encoding="utf-8",
    )
    site = build_site(source, tmp_path / "html")
    with site_checks.serve(site) as url:
        page = browser.new_page()
        try:
            page.goto(url + "index.html")
            boxes = page.evaluate(
                """() => [...document.querySelectorAll('.twitch-urgency')].map(box => {
                    const title = box.querySelector('.admonition-title');
                    const icon = getComputedStyle(title, '::before');
                    return {
                        title: title.innerText.trim(),
                        icon: icon.maskImage || icon.webkitMaskImage,
                        width: parseFloat(icon.width) || 0,
                        display: icon.display,
                    };
                })"""
            )
            # Only the boxes: alabaster's own footer fails contrast, which is
            # the theme's, not ours.
            violations = site_checks.axe_violations(page, ".twitch-urgency")
        finally:
            page.close()
    assert [box["title"] for box in boxes] == [URGENCY_TITLES[u] for u in URGENCIES]
    icons = [box["icon"] for box in boxes]
    assert all(icon.startswith("url(") for icon in icons), icons
    assert len(set(icons)) == 3
    assert all(box["width"] > 0 and box["display"] != "none" for box in boxes), boxes
    assert violations == []


def _cause_pages(site: Path) -> list[str]:
    """The cause pages in every language of the site, English first."""
    return [
        name
        for name in site_checks.pages(site)
        if re.fullmatch(r"([a-z]{2}/)?causes/[^/]+/[^/]+\.html", name)
    ]


#: What the theme and the extension put on screen and print must hide, by language.
_SCREEN_ONLY = {
    "en": ("Print this page", "Skip to content", "Back to top", "Contents"),
    "es": ("Imprimir esta página", "Ir al contenido", "Volver arriba"),
}


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_cause_page_prints_as_a_handout_of_at_most_two_pages(
    browser: Any, built_site: Path, base_url: str, paper: str
) -> None:
    from pypdf import PdfReader

    disclaimers = {
        language: twitchfacts.load(lang=None if language == "en" else language).disclaimer
        for language in site_checks.SITE_LANGUAGES
    }
    names = _cause_pages(built_site)
    assert len(names) == len(site_checks.SITE_LANGUAGES) * len(twitchfacts.load().causes)
    found: dict[str, list[str]] = {}
    context = browser.new_context()
    page = context.new_page()
    try:
        for name in names:
            page.goto(base_url + name)
            page.emulate_media(media="print")
            paper_pages = PdfReader(io.BytesIO(page.pdf(format=paper))).pages
            # NFKC: the PDF's text has ligatures ("caf\ufb00eine").
            text = unicodedata.normalize(
                "NFKC", " ".join(" ".join(sheet.extract_text().split()) for sheet in paper_pages)
            )
            problems = []
            language = site_checks.language_of(name)
            if len(paper_pages) > 2:
                problems.append(f"{len(paper_pages)} pages")
            if disclaimers[language].split(".")[0] not in text:
                problems.append("no disclaimer")
            if (base_url + name) not in text.replace(" ", ""):
                problems.append("no address")
            problems += [f"shows {shown!r}" for shown in _SCREEN_ONLY[language] if shown in text]
            if problems:
                found[name] = problems
    finally:
        context.close()
    assert found == {}


def test_the_print_button_appears_only_with_javascript(
    browser: Any, built_site: Path, base_url: str
) -> None:
    name = _cause_pages(built_site)[0]
    for javascript, shown in ((True, True), (False, False)):
        context = browser.new_context(java_script_enabled=javascript)
        page = context.new_page()
        page.goto(base_url + name)
        assert page.get_by_role("button", name="Print this page").is_visible() is shown
        assert page.get_by_role("heading", level=1).is_visible()
        context.close()


def test_the_body_map_is_the_first_picture_and_each_part_takes_the_keyboard(
    browser: Any, base_url: str
) -> None:
    from twitchfacts.labels import PLACE_NAMES

    context = browser.new_context(viewport=site_checks.PHONE)
    page = context.new_page()
    try:
        page.goto(base_url + "index.html")
        first = page.evaluate(
            "() => { const p = document.querySelector('article').querySelector('svg, img');"
            " return p && p.closest('figure') ? p.closest('figure').className : null; }"
        )
        assert first is not None and "twitch-body-map" in first
        reached = set()
        for _ in range(150):
            page.keyboard.press("Tab")
            reached.add(
                page.evaluate(
                    "() => { const a = document.activeElement;"
                    " return a && a.closest('svg') ? a.getAttribute('aria-label') : null; }"
                )
            )
        assert reached - {None} == set(PLACE_NAMES.values())
        # What a speech-input user reads on the picture is the link's name
        # (WCAG 2.5.3): a label broken over two lines still reads whole.
        shown = page.evaluate(
            "() => [...document.querySelectorAll('svg a')].map(a =>"
            " [a.getAttribute('aria-label'), a.textContent.replace(/\\s+/g, ' ').trim()])"
        )
        assert shown and all(label == text for label, text in shown), shown
    finally:
        context.close()


@pytest.mark.parametrize("name", ["tools/diary.html", "tools/questions.html"])
def test_each_tool_prints_on_one_sheet_with_room_to_write(
    browser: Any, base_url: str, name: str
) -> None:
    from pypdf import PdfReader

    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(base_url + name)
        page.emulate_media(media="print")
        rows = page.locator(".twitch-form td").evaluate_all(
            "cells => cells.map(cell => cell.getBoundingClientRect().height)"
        )
        sheets = PdfReader(io.BytesIO(page.pdf(format="A4"))).pages
    finally:
        context.close()
    assert rows and min(rows) >= 30, rows  # room to write by hand
    assert len(sheets) == 1
    text = unicodedata.normalize("NFKC", " ".join(sheet.extract_text() for sheet in sheets))
    assert twitchfacts.load().disclaimer.split(".")[0] in " ".join(text.split())
