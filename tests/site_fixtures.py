"""Fixtures for the ``site`` tests: the built site, Chromium and schema.org.

The ``nox -s site`` session builds the site and names it in
``$TWITCHFACTS_SITE``; run alone, these fixtures build it themselves.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import site_checks

ROOT = Path(__file__).parent.parent
SCHEMA_DTS = "schema-dts@2.1.0"


SITE_LANGUAGES = site_checks.SITE_LANGUAGES


def build_site(source: Path, out: Path, *, jobs: int = 0, languages: tuple[str, ...] = ()) -> Path:
    """Build a Sphinx site in a fresh interpreter, as ``sphinx-build`` does.

    With *languages*, once per language: the first into *out*, the others
    into folders of it named after them.
    """
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764028800"}
    for language in languages or (None,):
        target = out if language is None or language == languages[0] else out / language
        command = [sys.executable, "-m", "sphinx", "-q", "-E", "-b", "html"]
        if jobs:
            command += ["-j", str(jobs)]
        if language:
            command += ["-D", f"language={language}"]
        done = subprocess.run(
            [*command, str(source), str(target)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The documentation site, built."""
    given = os.environ.get("TWITCHFACTS_SITE")
    if given:
        return Path(given)
    return build_site(
        ROOT / "docs", tmp_path_factory.mktemp("site") / "html", languages=SITE_LANGUAGES
    )


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    try:
        executable = site_checks.chromium_path()
    except RuntimeError as error:
        pytest.fail(str(error))
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, args=site_checks.CHROMIUM_FLAGS
        )
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def vocabulary(tmp_path_factory: pytest.TempPathFactory) -> site_checks.Vocabulary:
    """schema.org, as Google's schema-dts package describes it."""
    given = os.environ.get("TWITCHFACTS_SCHEMA_DTS")
    if given:
        return site_checks.Vocabulary.load(Path(given))
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail(
            f"npm is needed to fetch {SCHEMA_DTS} (the schema.org vocabulary); install"
            " Node.js or set $TWITCHFACTS_SCHEMA_DTS to its dist/schema.d.ts"
        )
    folder = tmp_path_factory.mktemp("schema-dts")
    done = subprocess.run(
        [npm, "pack", SCHEMA_DTS, "--silent"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with tarfile.open(folder / done.stdout.strip().splitlines()[-1]) as archive:
        archive.extractall(folder, filter="data")
    return site_checks.Vocabulary.load(folder / "package" / "dist" / "schema.d.ts")
