"""A site built once per language: links between the builds, and pages kept in one language."""

from __future__ import annotations

import json
import re
from typing import Any

from sphinx_project import Project

SITE = {
    "index.rst": """
        Home
        ====

        .. toctree::

           page
           dev/api

        Some prose.
        """,
    "page.rst": ".. twitch:cause:: als\n",
    "dev/api.rst": "API\n===\n\nFor developers.\n",
}
LANGUAGES = {
    "twitchfacts_languages": ["en", "es"],
    "twitchfacts_untranslated": ["dev/**"],
    "twitchfacts_require_every_cause": False,
}


def _alternates(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def _switch(html: str) -> str:
    (switch,) = re.findall(r'<nav class="twitch-languages"[^>]*>.*?</nav>', html)
    return switch


def _json_ld(html: str) -> dict[str, Any]:
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    document: dict[str, Any] = json.loads(block)
    return document


def test_each_page_of_the_first_language_names_and_links_its_translation(
    project: Project,
) -> None:
    project.write(SITE).build(**LANGUAGES)
    index = project.html("index")
    assert _alternates(index) == {
        "en": "index.html",
        "es": "es/index.html",
        "x-default": "index.html",
    }
    assert _switch(index) == (
        '<nav class="twitch-languages" aria-label="Language">'
        '<span lang="en" aria-current="page">English</span> / '
        '<a href="es/index.html" hreflang="es" lang="es">Español</a></nav>'
    )
    # The cause page says, in JSON-LD, where its translation is.
    document = _json_ld(project.html("page"))
    assert document["inLanguage"] == "en"
    assert document["workTranslation"] == [
        {"@type": "MedicalWebPage", "url": "es/page.html", "inLanguage": "es"}
    ]
    assert "translationOfWork" not in document


def test_a_page_kept_in_one_language_has_no_translations_to_name(project: Project) -> None:
    project.write(SITE).build(**LANGUAGES)
    api = project.html("dev/api")
    assert _alternates(api) == {}
    assert "twitch-languages" not in api
    assert 'href="dev/api.html"' in project.html("index")  # still in the English contents


def test_the_translated_build_leaves_out_untranslated_pages_quietly(project: Project) -> None:
    project.write(SITE).build(language="es", **LANGUAGES)  # no warning: the entry is dropped
    assert not (project.app.outdir / "dev" / "api.html").exists()
    assert "dev/api" not in project.app.env.all_docs
    index = project.html("index")
    assert '<html lang="es"' in index
    assert "dev/api" not in index
    assert _alternates(index) == {
        "en": "../index.html",
        "es": "../es/index.html",
        "x-default": "../index.html",
    }
    assert _switch(index) == (
        '<nav class="twitch-languages" aria-label="Idioma">'
        '<a href="../index.html" hreflang="en" lang="en">English</a> / '
        '<span lang="es" aria-current="page">Español</span></nav>'
    )
    document = _json_ld(project.html("page"))
    assert document["inLanguage"] == "es"
    assert document["translationOfWork"] == {
        "@type": "MedicalWebPage",
        "url": "../page.html",
        "inLanguage": "en",
    }
    assert "workTranslation" not in document


def test_addresses_are_absolute_under_the_site_root_when_a_base_url_is_set(
    project: Project,
) -> None:
    base = "https://example.org/site/"
    project.write(SITE).build(language="es", html_baseurl=base, **LANGUAGES)
    page = project.html("page")
    assert _alternates(page) == {
        "en": base + "page.html",
        "es": base + "es/page.html",
        "x-default": base + "page.html",
    }
    # The canonical address is the Spanish page's own, not the English one.
    assert f'<link rel="canonical" href="{base}es/page.html"' in page
    document = _json_ld(page)
    assert document["url"] == base + "es/page.html"
    assert document["translationOfWork"]["url"] == base + "page.html"


def test_a_site_in_one_language_gets_no_language_links(project: Project) -> None:
    project.write(SITE).build(twitchfacts_require_every_cause=False)
    index = project.html("index")
    assert "twitch-languages" not in index
    assert 'hreflang="' not in index


def test_a_build_in_a_language_the_site_does_not_list_is_a_warning(project: Project) -> None:
    project.write(SITE).build(language="fr", warnings=True, **LANGUAGES)
    assert any(
        "language = 'fr' is not one of twitchfacts_languages" in warning
        for warning in project.warnings
    )
    assert "twitch-languages" not in project.html("index")
    # Pages are only left out of the site's own translations.
    assert (project.app.outdir / "dev" / "api.html").exists()


def test_languages_that_are_not_tags_are_a_warning_not_a_crash(project: Project) -> None:
    project.write(SITE).build(warnings=True, **{**LANGUAGES, "twitchfacts_languages": ["en", 3]})
    assert any("twitchfacts_languages" in warning for warning in project.warnings)
    assert "twitch-languages" not in project.html("index")
