"""Hostile content, built into a site and opened in Chromium, stays inert."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import site_checks
import twitchfacts
from site_fixtures import build_site
from twitchfacts.exports import json_format
from twitchfacts.model import Source

pytestmark = pytest.mark.site

SCRIPT = "<script>window.__twitchfacts_pwned = 'script'</script>"
CLOSE = "</script><script>window.__twitchfacts_pwned = 'close'</script>"
IMAGE = "<img src=x onerror=\"window.__twitchfacts_pwned = 'img'\">"
MARKUP = "**bold** `code` {twitch:cause}`als` <b>bold</b> \"quotes\" 'single'"
PAYLOAD = f"{SCRIPT} {CLOSE} {IMAGE} {MARKUP}"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    causes = tuple(
        dataclasses.replace(
            cause,
            name=f"{cause.name} {SCRIPT}",
            summary=f"{cause.summary} {PAYLOAD}",
            explanation=PAYLOAD,
            aliases=(CLOSE, IMAGE),
            sources=(
                Source(title=f"Evil {IMAGE}", publisher=CLOSE, url="javascript:alert(1)"),
                *cause.sources,
            ),
        )
        for cause in twitchfacts.causes()[:2]
    )
    catalog = twitchfacts.load().replace(
        causes=causes, movements=(), disclaimer=f"Disclaimer {PAYLOAD}"
    )
    (root / "pack.json").write_text(json_format.dumps(catalog), encoding="utf-8")
    (root / "conf.py").write_text(
        'extensions = ["myst_parser", "twitchfacts.sphinxext"]\n'
        'twitchfacts_content = "pack.json"\nhtml_theme = "furo"\n'
        "twitchfacts_require_every_cause = False\n",
        encoding="utf-8",
    )
    pages = "\n".join(f"{cause.id}" for cause in causes)
    (root / "index.md").write_text(
        f"# Home\n\n```{{twitch:causes}}\n```\n\n```{{twitch:red-flags}}\n```\n\n"
        f"```{{toctree}}\n{pages}\n```\n",
        encoding="utf-8",
    )
    for cause in causes:
        (root / f"{cause.id}.md").write_text(f"```{{twitch:cause}} {cause.id}\n```\n")
    return build_site(root, root / "_build")


@pytest.fixture(scope="module")
def pages(browser: Any, hostile_site: Path) -> Iterator[dict[str, Any]]:
    context = browser.new_context()
    dialogs: list[str] = []
    opened = {}
    with site_checks.serve(hostile_site) as url:
        for name in site_checks.pages(hostile_site):
            page = context.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(url + name)
            opened[name] = page
        yield {"pages": opened, "dialogs": dialogs}
    context.close()


def test_no_script_runs(pages: dict[str, Any]) -> None:
    for name, page in pages["pages"].items():
        assert site_checks.scripts_ran(page) == [], name
    assert pages["dialogs"] == []


def test_no_injected_element_exists(pages: dict[str, Any]) -> None:
    for name, page in pages["pages"].items():
        assert page.locator("img[src='x']").count() == 0, name
        assert page.locator("a[href^='javascript:']").count() == 0, name
        inline = page.evaluate(
            "() => [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json')"
            ".map((s) => s.textContent)"
        )
        assert not any("__twitchfacts_pwned" in text for text in inline), name


def test_the_text_shows_literally(pages: dict[str, Any]) -> None:
    cause = twitchfacts.causes()[0]
    page = pages["pages"][f"{cause.id}.html"]
    text = page.inner_text("article")
    for part in (SCRIPT, CLOSE, IMAGE, MARKUP):
        assert part in text


def test_json_ld_holds_the_payload_as_data(pages: dict[str, Any], hostile_site: Path) -> None:
    cause = twitchfacts.causes()[0]
    html = (hostile_site / f"{cause.id}.html").read_text(encoding="utf-8")
    (document,), problems = site_checks.json_ld(html)
    assert problems == []
    assert document["about"]["cause"][0]["description"] == f"{cause.summary} {PAYLOAD}"
