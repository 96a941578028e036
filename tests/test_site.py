"""The documentation site stays in step with the content and the code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import twitchfacts
from twitchfacts.exports import json_ld, json_schema

DOCS = Path(__file__).parent.parent / "docs"


def _toctree(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    block = re.search(r"```\{toctree\}\n(.*?)```", text, re.S)
    assert block is not None, page
    return [line for line in block.group(1).splitlines() if line and not line.startswith(":")]


def test_the_causes_page_lists_every_category_in_order() -> None:
    assert _toctree(DOCS / "causes" / "index.md") == [c.id for c in twitchfacts.categories()]


@pytest.mark.parametrize("category", [c.id for c in twitchfacts.categories()])
def test_each_category_has_its_page_and_one_page_per_cause(category: str) -> None:
    page = (DOCS / "causes" / f"{category}.md").read_text(encoding="utf-8")
    assert page == f"```{{twitch:category}} {category}\n:toctree: {category}\n```\n"
    folder = DOCS / "causes" / category
    expected = {cause.id for cause in twitchfacts.by_category(category)}
    assert {path.stem for path in folder.glob("*.md")} == expected
    for cause_id in expected:
        text = (folder / f"{cause_id}.md").read_text(encoding="utf-8")
        assert text == f"```{{twitch:cause}} {cause_id}\n```\n"


def test_the_extension_page_documents_every_setting_and_warning() -> None:
    # Row for row as the code declares them, so the page cannot drift from
    # a changed default or description.
    from twitchfacts.sphinxext.config import SETTINGS
    from twitchfacts.sphinxext.messages import SUBTYPES

    page = (DOCS / "developers" / "extension.md").read_text(encoding="utf-8")
    rows = set(page.splitlines())
    for setting in SETTINGS:
        at_least = f" At least {setting.minimum}." if setting.minimum is not None else ""
        row = (
            f"| `{setting.name}` | `{setting.default!r}` | `{setting.rebuild or 'none'}` |"
            f" {setting.description}{at_least} |"
        )
        assert row in rows, row
    for subtype, meaning in SUBTYPES.items():
        assert f"| `twitchfacts.{subtype}` | {meaning} |" in rows


def test_the_published_schema_is_the_current_one() -> None:
    published = json.loads((DOCS / "_extra" / "twitchfacts-content.schema.json").read_text())
    assert published == json_schema.schema()


def test_the_json_ld_example_is_the_current_export() -> None:
    example = json.loads((DOCS / "_extra" / "examples" / "low-magnesium.jsonld").read_text())
    assert example == json_ld.cause_document(twitchfacts.get("low-magnesium"))


def test_every_directive_is_documented() -> None:
    from twitchfacts.sphinxext.domain import TwitchDomain

    page = (DOCS / "developers" / "extension.md").read_text(encoding="utf-8")
    for directive in TwitchDomain.directives:
        assert f"### `twitch:{directive}`" in page


def test_every_place_has_its_page_and_the_home_page_leads_to_it() -> None:
    from twitchfacts.model import PLACES

    assert _toctree(DOCS / "places" / "index.md") == list(PLACES)
    home = (DOCS / "index.md").read_text(encoding="utf-8")
    for place in PLACES:
        page = (DOCS / "places" / f"{place}.md").read_text(encoding="utf-8")
        assert f"```{{twitch:place}} {place}\n```" in page
    assert "```{twitch:body-map}\n```" in home  # links to every place page, as tested
    assert home.index("## Where do you feel it?") < home.index("## What can cause twitching")
