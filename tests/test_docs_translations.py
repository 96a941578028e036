"""The site's page prose in Spanish: every message translated, current, and its markup kept.

The messages come from Sphinx's own ``gettext`` builder, run as the Spanish
build sees the site (so the pages kept in English are left out); the
translations are the catalogs in ``docs/locales``. Content text is not among
the messages: it comes translated from the content pack.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
LOCALES = DOCS / "locales"
#: What a translation must keep exactly: link targets, role names, the
#: target of a role with its own text, and inline code.
_MARKUP = re.compile(r"\]\(([^)]*)\)|(\{[\w:-]+\})|`[^`<]*<([^`>]+)>`|`([^`<]+)`")


def _markup(text: str) -> list[tuple[str, ...]]:
    """The parts of *text* a translation keeps, in a comparable order."""
    # A role's own text is translated, so only its name and target count.
    return sorted(_MARKUP.findall(text))


def _read(path: Path) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream)


def _conf_value(name: str) -> object:
    tree = ast.parse((DOCS / "conf.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"docs/conf.py sets no {name}")


def _translations() -> list[str]:
    languages = _conf_value("twitchfacts_languages")
    assert isinstance(languages, list)
    return [str(language) for language in languages[1:]]


@pytest.fixture(scope="module", params=_translations())
def templates(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path]:
    """The message templates of the site, as the build in this language reads it."""
    language = str(request.param)
    out = tmp_path_factory.mktemp(f"gettext-{language}")
    command = [sys.executable, "-m", "sphinx", "-q", "-b", "gettext", "-D", f"language={language}"]
    done = subprocess.run(
        [*command, str(DOCS), str(out)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return language, out


def test_the_nox_sessions_build_the_languages_the_site_lists() -> None:
    noxfile = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    (languages,) = [
        ast.literal_eval(node.value)
        for node in noxfile.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "SITE_LANGUAGES" for t in node.targets)
    ]
    assert list(languages) == _conf_value("twitchfacts_languages")


def test_every_message_of_every_page_is_translated_and_current(templates: tuple[str, Path]) -> None:
    language, out = templates
    pots = sorted(out.glob("*.pot"))
    assert len(pots) >= 5, "the gettext build found almost no pages"
    problems = []
    for pot in pots:
        wanted = {message.id for message in _read(pot) if message.id}
        po = LOCALES / language / "LC_MESSAGES" / f"{pot.stem}.po"
        if not po.is_file():
            problems.append(f"{po.relative_to(ROOT)} is missing")
            continue
        catalog = _read(po)
        have = {message.id: message for message in catalog if message.id}
        problems += [f"{po.name}: not translated: {i!r}" for i in sorted(wanted - set(have))]
        problems += [f"{po.name}: no longer on the page: {i!r}" for i in sorted(set(have) - wanted)]
        for message_id, message in have.items():
            if message.fuzzy or not message.string:
                problems.append(f"{po.name}: fuzzy or empty: {message_id!r}")
            elif _markup(str(message_id)) != _markup(str(message.string)):
                problems.append(f"{po.name}: links or code changed in: {message_id!r}")
    assert problems == []


def test_the_pages_kept_in_english_have_no_catalog(templates: tuple[str, Path]) -> None:
    language, out = templates
    untranslated = _conf_value("twitchfacts_untranslated")
    assert untranslated == ["developers/**"]
    assert not (out / "developers.pot").exists()
    assert not (LOCALES / language / "LC_MESSAGES" / "developers.po").exists()
