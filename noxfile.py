# /// script
# dependencies = ["nox>=2026.10.20"]
# ///
"""Every check twitchfacts runs, as nox sessions.

``nox`` with no arguments runs the default set, which is what CI runs;
``nox -l`` lists every session with its purpose. Options after ``--`` go to
the tool a session runs (``nox -s tests -- -k packs``).
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
# uv creates environments in about a fifth of the time pip takes; nox falls
# back to virtualenv where uv is missing.
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["lint", "validate", "tests", "docs", "linkcheck"]

# uv reaches the package index itself: make it trust the system's
# certificates, and never try to download an interpreter.
os.environ.setdefault("UV_SYSTEM_CERTS", "1")
os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
SITE = ROOT / "docs" / "_build" / "html"


def _group(name: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, name))


@nox.session
def lint(session: nox.Session) -> None:
    """Lint and format-check with ruff, then type-check src/ with mypy --strict."""
    session.install("-e", ".", *_group("lint"), *_group("docs"))
    session.run("ruff", "check", *session.posargs)
    session.run("ruff", "format", "--check", *session.posargs)
    session.run("mypy", "--strict", "src")


@nox.session
def validate(session: nox.Session) -> None:
    """Check the built-in content against every rule (twitchfacts validate --strict)."""
    session.install(".")
    session.run("twitchfacts", "validate", "--strict", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite with coverage (pytest --strict-markers --strict-config)."""
    session.install("-e", ".", *_group("tests"), *_group("docs"))
    session.run(
        "pytest",
        "--strict-markers",
        "--strict-config",
        "--cov",
        "--cov-report=term-missing",
        *session.posargs,
    )


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site into docs/_build/html, failing on any warning."""
    session.install("-e", ".", *_group("docs"))
    session.run(
        "sphinx-build",
        "-W",
        "--keep-going",
        "-n",
        "-b",
        "html",
        "docs",
        str(SITE),
        *session.posargs,
    )
    session.log(f"The site is built: open {SITE / 'index.html'}")


#: A host every source list relies on; if it answers, the network is open.
_PROBE = ("medlineplus.gov", 443)


def _network_open() -> bool:
    try:
        with socket.create_connection(_PROBE, timeout=5):
            return True
    except OSError:
        return False


@nox.session
def linkcheck(session: nox.Session) -> None:
    """Check the site's links: internal ones always, external ones if the network allows."""
    session.install("-e", ".", *_group("docs"))
    offline = not _network_open()
    host, port = _PROBE
    notice = (
        f"EXTERNAL LINKS NOT CHECKED: {host}:{port} cannot be reached from this machine. Only"
        " links inside the site are checked. Run `nox -s linkcheck` where the network is open"
        " to check the sources readers click."
    )
    if offline:
        session.warn(notice)
    else:
        session.log("Network open: checking internal and external links.")
    options = ["-D", r"linkcheck_ignore=^https?://"] if offline else []
    session.run(
        "sphinx-build",
        "-b",
        "linkcheck",
        "-W",
        "--keep-going",
        *options,
        "docs",
        str(ROOT / "docs" / "_build" / "linkcheck"),
        *session.posargs,
    )
    if offline:
        session.warn(notice)


if __name__ == "__main__":
    nox.main()
