"""The built site's HTML: valid, with correct structured data, and reproducible."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import site_checks
import twitchfacts
from site_fixtures import ROOT, SITE_LANGUAGES, build_site

pytestmark = pytest.mark.site

DOCS = ROOT / "docs"


def _kept_warnings() -> set[str]:
    """The Nu checker warnings the docs list as kept, with their reasons."""
    page = (DOCS / "developers" / "quality.md").read_text(encoding="utf-8")
    section = page.split("## Nu HTML Checker warnings we keep", 1)[1]
    return {
        " ".join(match.split())
        for match in re.findall(r'^- "(.+?)"(?= furo| Each)', section, re.M | re.S)
    }


def test_the_nu_checker_finds_no_errors(built_site: Path) -> None:
    messages = site_checks.nu_check(built_site)
    errors = [f"{m.file}: {m.message}" for m in messages if m.kind == "error"]
    assert errors == []


def test_every_nu_warning_kept_is_documented(built_site: Path) -> None:
    kept = _kept_warnings()
    assert len(kept) == 2
    warnings = {
        " ".join(m.message.split()) for m in site_checks.nu_check(built_site) if m.kind != "error"
    }
    assert warnings <= kept


def test_json_ld_parses_uses_schema_org_and_matches_the_content(
    built_site: Path, vocabulary: site_checks.Vocabulary
) -> None:
    catalogs = {
        language: twitchfacts.load(lang=None if language == SITE_LANGUAGES[0] else language)
        for language in SITE_LANGUAGES
    }
    checked = 0
    problems: dict[str, list[str]] = {}
    for name in site_checks.pages(built_site):
        catalog = catalogs[site_checks.language_of(name)]
        html = (built_site / name).read_text(encoding="utf-8")
        documents, found = site_checks.json_ld(html)
        for document in documents:
            found += vocabulary.problems(document)
            causes = document["about"]["cause"]
            for node in causes:
                # A brief node is named by its page's address (#cause-<id>).
                cause_id = node.get("identifier") or node["@id"].rsplit("#cause-", 1)[1]
                cause = catalog.get(cause_id)
                if node["name"] != cause.name:
                    found.append(f"{cause.id}: name {node['name']!r}")
                checked += 1
                if "subjectOf" not in node:  # a brief mention, described on its own page
                    continue
                if [c["codeValue"] for c in node.get("code", [])] != [c.code for c in cause.codes]:
                    found.append(f"{cause.id}: codes differ")
                if node["subjectOf"]["lastReviewed"] != cause.last_reviewed.isoformat():  # type: ignore[union-attr]
                    found.append(f"{cause.id}: review date differs")
            described = [
                node["subjectOf"]["lastReviewed"] for node in causes if "subjectOf" in node
            ]
            if described and document["lastReviewed"] != min(described):
                found.append("page lastReviewed is not its oldest section's")
        if found:
            problems[name] = found
    assert problems == {}
    # Each cause page and the lists, in every language.
    assert checked >= 2 * len(SITE_LANGUAGES) * len(catalogs["en"].causes)


def test_cause_pages_carry_exactly_their_cause(built_site: Path) -> None:
    for cause in twitchfacts.causes():
        page = built_site / "causes" / cause.category / f"{cause.id}.html"
        (document,), problems = site_checks.json_ld(page.read_text(encoding="utf-8"))
        assert problems == []
        (node,) = document["about"]["cause"]
        assert node["identifier"] == cause.id
        assert node["subjectOf"]["lastReviewed"] == cause.last_reviewed.isoformat()  # type: ignore[union-attr]


def _html(site: Path) -> dict[str, bytes]:
    return {name: (site / name).read_bytes() for name in site_checks.pages(site)}


def test_two_clean_builds_are_identical(tmp_path: Path) -> None:
    source = tmp_path / "docs"
    shutil.copytree(DOCS, source, ignore=shutil.ignore_patterns("_build"))
    first = _html(build_site(source, tmp_path / "one", languages=SITE_LANGUAGES))
    shutil.rmtree(source)
    shutil.copytree(DOCS, source, ignore=shutil.ignore_patterns("_build"))
    second = _html(build_site(source, tmp_path / "two", languages=SITE_LANGUAGES))
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_a_two_job_build_equals_a_serial_one(tmp_path: Path, built_site: Path) -> None:
    parallel = _html(build_site(DOCS, tmp_path / "j2", jobs=2, languages=SITE_LANGUAGES))
    serial = _html(built_site)
    assert [name for name in serial if serial[name] != parallel.get(name)] == []


def test_every_page_has_a_description_and_a_favicon(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        text = page.read_text(encoding="utf-8")
        if "<title>" not in text:
            continue  # a redirect stub, not a page
        assert len(re.findall(r'<meta [^>]*name="description"', text)) == 1, page
        assert re.search(r'<link rel="(shortcut )?icon" href="[^"]*favicon\.svg"', text), page
