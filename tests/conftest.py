"""Shared fixtures: a small valid catalog to break in tests, the CLI, and
Sphinx projects built in-process with Sphinx's own testing fixtures.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import twitchfacts
from factories import good_cause
from sphinx_project import Project
from twitchfacts.catalog import Catalog
from twitchfacts.exports import json_format
from twitchfacts.prose import vale as vale_runner


@pytest.fixture(scope="session")
def builtin() -> Catalog:
    """The built-in catalog."""
    return twitchfacts.load()


@pytest.fixture
def small(builtin: Catalog) -> Catalog:
    """A valid catalog with the built-in categories and texts and one test cause."""
    return builtin.replace(causes=(good_cause(),), movements=(), translations=())


@pytest.fixture
def write_json(tmp_path: Path) -> Callable[..., Path]:
    """Write data (or a catalog) as a JSON pack and return its path."""

    def write(data: Catalog | dict[str, Any] | str, name: str = "pack.json") -> Path:
        path = tmp_path / name
        if isinstance(data, Catalog):
            path.write_text(json_format.dumps(data), encoding="utf-8")
        elif isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_text(json.dumps(data), encoding="utf-8")
        return path

    return write


@dataclasses.dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., Result]:
    """Run ``python -m twitchfacts`` in a subprocess, as a user would."""

    def run(*args: str | Path) -> Result:
        done = subprocess.run(
            [sys.executable, "-m", "twitchfacts", *map(str, args)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run


pytest_plugins = ("sphinx.testing.fixtures", "site_fixtures")


@pytest.fixture(scope="session")
def vale() -> str:
    """The Vale binary. A test that runs Vale asks for this fixture, so it
    says so (it gets the ``vale`` mark) and fails loudly where Vale is
    missing instead of passing or failing for a reason nobody sees.
    """
    found = vale_runner.find_vale()
    if found is None:
        pytest.fail(
            f"Vale is needed and not found ({vale_runner.why_not_found()}). Run the tests"
            f" through `nox -s tests` (which installs it), or `{vale_runner.INSTALL_HINT}`"
            " and put it on PATH or in $TWITCHFACTS_VALE; or deselect with -m 'not vale'."
        )
    return found


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Vale, so `-m 'not vale'` leaves them out knowingly."""
    for item in items:
        if "vale" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.vale)


@pytest.fixture
def project(tmp_path: Path, make_app: Callable[..., Any]) -> Project:
    """An empty Sphinx project using the extension, to fill and build."""
    return Project(tmp_path / "project", make_app)
