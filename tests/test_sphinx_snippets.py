"""Every documented example, in reStructuredText and in MyST, gives the same
doctree. The examples are the files the extension's documentation shows.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sphinx_project import Project
from twitchfacts.model import PLACES

SNIPPETS = Path(__file__).parent.parent / "docs" / "snippets"
NAMES = sorted(path.stem for path in (SNIPPETS / "rst").glob("*.rst"))
QUIET = {"twitchfacts_require_every_cause": False, "suppress_warnings": ["toc.no_title"]}


def _normalized(project: Project, docname: str) -> str:
    doctree = project.doctree(docname)
    text = doctree.pformat()
    text = re.sub(r' source="[^"]*"', "", text)
    return re.sub(r"<document[^>]*>", "<document>", text)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """Both flavours of every snippet, each built as a page of its own project."""
    from sphinx.testing.util import SphinxTestApp

    doctrees: dict[str, dict[str, str]] = {}
    for flavour, suffix in (("rst", ".rst"), ("myst", ".md")):
        project = Project(tmp_path_factory.mktemp(flavour), SphinxTestApp)
        files = {
            f"{name}{suffix}": (SNIPPETS / flavour / f"{name}{suffix}").read_text()
            for name in NAMES
        }
        # The pages the body map leads to, so that its example links them.
        places = {f"places/{place}.rst": f"{place}\n{'=' * len(place)}\n" for place in PLACES}
        pages = [*NAMES, *(f"places/{place}" for place in PLACES)]
        toctree = (
            ".. toctree::\n\n" + "".join(f"   {name}\n" for name in pages)
            if flavour == "rst"
            else "```{toctree}\n" + "".join(f"{name}\n" for name in pages) + "```\n"
        )
        project.write({f"index{suffix}": toctree, **files, **places})
        try:
            project.build(**QUIET)
            assert project.warnings == []
            doctrees[flavour] = {name: _normalized(project, name) for name in NAMES}
        finally:
            project.app.cleanup()
    return doctrees


def test_there_is_a_snippet_for_every_directive_and_the_roles() -> None:
    from twitchfacts.sphinxext.domain import TwitchDomain

    covered = set()
    for path in (SNIPPETS / "rst").glob("*.rst"):
        covered.update(re.findall(r"twitch:([a-z-]+)", path.read_text()))
    assert set(TwitchDomain.directives) | set(TwitchDomain.roles) <= covered
    assert sorted(path.stem for path in (SNIPPETS / "myst").glob("*.md")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_rst_and_myst_give_the_same_doctree(built: dict[str, dict[str, str]], name: str) -> None:
    rst, myst = built["rst"][name], built["myst"][name]
    assert "twitch" in rst
    assert rst == myst


def test_the_comparison_can_fail(built: dict[str, dict[str, str]]) -> None:
    assert built["rst"]["cause"] != built["rst"]["causes-list"]


def test_every_snippet_is_shown_in_the_docs() -> None:
    page = (SNIPPETS.parent / "developers" / "extension.md").read_text()
    for name in NAMES:
        assert f"../snippets/rst/{name}.rst" in page
        assert f"../snippets/myst/{name}.md" in page
