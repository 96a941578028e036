"""Each site check fails on a page broken on purpose: the checks can fail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import site_checks

pytestmark = pytest.mark.site

GOOD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Good</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}</head>
<body><main><h1>Good page</h1><p>General information, not medical advice.</p>
<p><a href="#a">First</a> <a href="#b">Second</a></p>{body}</main></body></html>
"""


def _open(browser: Any, tmp_path: Path, *, head: str = "", body: str = "", **context: Any) -> Any:
    path = tmp_path / "page.html"
    path.write_text(GOOD.format(head=head, body=body), encoding="utf-8")
    page = browser.new_context(**context).new_page()
    page.goto(path.as_uri())
    return page


def test_a_good_page_passes(browser: Any, tmp_path: Path) -> None:
    page = _open(browser, tmp_path, viewport=site_checks.PHONE)
    assert site_checks.axe_violations(page) == []
    assert site_checks.sideways_scroll(page) == []
    assert site_checks.focus_order(page) == []
    assert site_checks.scripts_ran(page) == []


def test_an_image_without_alt_text_fails_the_accessibility_check(
    browser: Any, tmp_path: Path
) -> None:
    pixel = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
    page = _open(browser, tmp_path, body=f'<img src="{pixel}">')
    assert any(v.startswith("image-alt") for v in site_checks.axe_violations(page))


def test_low_contrast_fails_the_accessibility_check(browser: Any, tmp_path: Path) -> None:
    page = _open(browser, tmp_path, body='<p style="color:#bbb;background:#fff">Faint</p>')
    assert any(v.startswith("color-contrast") for v in site_checks.axe_violations(page))


def test_an_injected_script_is_caught(browser: Any, tmp_path: Path) -> None:
    page = _open(browser, tmp_path, body="<script>window.__twitchfacts_pwned = 1</script>")
    assert site_checks.scripts_ran(page) == ["an injected script ran (marker 1)"]


def test_a_page_wider_than_a_phone_is_caught(browser: Any, tmp_path: Path) -> None:
    page = _open(
        browser, tmp_path, body='<div style="width:900px">Wide</div>', viewport=site_checks.PHONE
    )
    assert site_checks.sideways_scroll(page)


def test_a_hidden_disclaimer_is_caught(browser: Any, tmp_path: Path) -> None:
    page = _open(
        browser,
        tmp_path,
        body='<p style="margin-top:3000px">Far below.</p>',
        viewport=site_checks.PHONE,
    )
    assert site_checks.visible_in_first_screen(page, "Far below.", what="it")
    assert site_checks.visible_in_first_screen(page, "not medical advice", what="it") == []


def test_a_link_tab_cannot_reach_is_caught(browser: Any, tmp_path: Path) -> None:
    page = _open(
        browser,
        tmp_path,
        body='<a href="#c" tabindex="-1" style="display:block">x</a>'
        '<p><a href="#d" onfocus="this.blur()">Trap</a></p>',
    )
    assert site_checks.focus_order(page)


def test_unescaped_json_ld_is_caught() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"name": "</script>'
        '<script>alert(1)</script>"}</script></head><body></body></html>'
    )
    _, problems = site_checks.json_ld(html)
    assert problems
    assert problems[0].startswith("JSON-LD does not parse")


def test_made_up_schema_org_terms_are_caught(vocabulary: site_checks.Vocabulary) -> None:
    assert vocabulary.problems({"@type": "MedicalWebPage", "possibleCause": "x"})
    assert vocabulary.problems({"@type": "MedicalPage"})
    assert vocabulary.problems(
        {"@type": "MedicalSymptom", "cause": {"@type": "Organization", "name": "x"}}
    )
    assert (
        vocabulary.problems({"@type": "MedicalSymptom", "cause": {"@type": "MedicalCause"}}) == []
    )


def test_invalid_html_is_caught(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "bad.html").write_text(
        "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
        "<body><p>text</p><head></head></body></html>",
        encoding="utf-8",
    )
    messages = site_checks.nu_check(site)
    assert any(m.kind == "error" and "head" in m.message for m in messages)


def test_a_page_over_its_budget_is_caught() -> None:
    sizes = {"page.html": 20_000, "_static/big.css": 9_000}
    assert site_checks.over_budget(sizes, 28_000) != []
    assert site_checks.over_budget(sizes, 30_000) == []
    assert site_checks.over_budget({"page.html": 10, "https://cdn.example/x.js": -1}, 30_000)


def test_a_script_that_blocks_rendering_is_caught() -> None:
    assert site_checks.blocking_scripts('<script src="a.js"></script>') != []
    assert site_checks.blocking_scripts('<script defer="defer" src="a.js"></script>') == []
    assert site_checks.blocking_scripts("<script>inline()</script>") == []


def test_a_stylesheet_the_page_does_not_use_is_caught() -> None:
    link = '<link rel="stylesheet" type="text/css" href="_static/pygments.css?v=1" />'
    assert site_checks.unused_assets(f"{link}<p>text</p>", "page.html") != []
    used = f'{link}<div class="highlight-python notranslate"><pre>x</pre></div>'
    assert site_checks.unused_assets(used, "page.html") == []
    search_script = '<script src="_static/doctools.js"></script>'
    assert site_checks.unused_assets(search_script, "page.html") != []
    assert site_checks.unused_assets(search_script, "search.html") == []
